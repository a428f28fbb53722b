"""The ``factcheck`` command: read copy, check it, write a report, exit 0, 1 or 2.

Exit codes are the contract CI relies on: 0 nothing at or above ``--fail-on``, 1 findings
at or above it, 2 the run itself could not be done (bad arguments, settings or input). A bad
input is never a traceback: it is one line on stderr naming the file and the problem, so a
newsroom's CI log says what to fix.

The pipeline modules are imported where they are used, so ``factcheck schema`` or
``factcheck rules`` start without loading the extractor.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

import claims
from claims.document import Document
from claims.model import Claim
from factcheck.baseline import load_report, new_findings
from factcheck.config import Config, ConfigError, load_config, selector_specificity
from factcheck.finding import Severity
from factcheck.inputs import InputError, InputText, expand_paths, read_input
from factcheck.report import Report
from factcheck.reports import REPORTERS, json_report, text
from factcheck.reports.claims_table import render_claims
from factcheck.reports.common import tool_version
from factcheck.reports.merge import merge_reports
from factcheck.rules.base import RuleMeta

PROG = "factcheck"
SEED = "hunan-daily-2025-10-31.md"
FAIL_ON = ("error", "warning", "never")


class UsageError(Exception):
    """Arguments that do not make a run; reported like argparse's own errors, on one line."""


class InternalError(Exception):
    """factcheck itself failed on an input; reported on one line with the file it was reading."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see `{self.prog} --help`)")


# --- seams to the pipeline (module-level so tests can stand in for them) ---------------------


def rule_metas() -> tuple[RuleMeta, ...]:
    from factcheck.rules.registry import all_rules

    return tuple(rule.meta for rule in all_rules())


def find_rule_meta(id_or_name: str) -> RuleMeta | None:
    from factcheck.rules.registry import find_rule

    rule = find_rule(id_or_name)
    return None if rule is None else rule.meta


def read_claims(source: InputText, lexicon: tuple[str, ...] = ()) -> tuple[Document, list[Claim]]:
    """Parse and extract; a text the parser rejects (bad front matter) is an input error."""
    try:
        doc = claims.parse(source.text, path=source.path)
        return doc, claims.extract(doc, lexicon=lexicon)
    except ValueError as exc:
        raise InputError(source.path, f"cannot read as copy: {exc}") from None


def extract_claims(source: InputText) -> list[Claim]:
    return read_claims(source)[1]


def check_input(source: InputText, config: Config) -> Report:
    from factcheck.engine import check_document

    doc, found = read_claims(source, config.lexicon)
    return check_document(doc, found, config)


# --- inputs and settings ---------------------------------------------------------------------


def seed_path() -> str:
    """The bundled reference page (package data next to this module)."""
    return str(Path(__file__).resolve().parent / "data" / SEED)


def read_one(path: str | None) -> InputText:
    return read_input(seed_path() if path is None else path)


def split_selectors(values: Sequence[str] | None) -> tuple[str, ...]:
    """``--select FC1,share-mismatch --select FC2`` → ("FC1", "share-mismatch", "FC2")."""
    return tuple(s.strip() for v in values or () for s in v.split(",") if s.strip())


class Settings:
    """The settings for each checked file: its nearest config, with the command line on top.

    ``--select`` replaces the file's ``select``; ``--ignore`` adds to its ``ignore``.
    """

    def __init__(self, args: argparse.Namespace, metas: Sequence[RuleMeta]) -> None:
        self.explicit: str | None = args.config
        self.select = split_selectors(args.select)
        self.ignore = split_selectors(args.ignore)
        self.metas = metas
        self.cache: dict[str | None, Config] = {}
        for flag, selectors in (("--select", self.select), ("--ignore", self.ignore)):
            for selector in selectors:
                if not any(selector_specificity(selector, m) is not None for m in metas):
                    raise UsageError(
                        f"{flag} names {selector!r}: no rule has this id, name or prefix "
                        f"(`{PROG} rules` lists them)"
                    )

    def for_path(self, path: str | None) -> Config:
        folder = None if path in (None, "-") else os.path.dirname(os.path.abspath(str(path)))
        key = None if self.explicit else folder
        if key not in self.cache:
            config = load_config(folder, self.explicit)
            config.check_rules(self.metas)
            update: dict[str, object] = {"ignore": (*config.ignore, *self.ignore)}
            if self.select:
                update["select"] = self.select
            self.cache[key] = config.model_copy(update=update)
        return self.cache[key]


# --- output ----------------------------------------------------------------------------------


def _file_mode(path: str) -> int:
    """The mode of the file being replaced, or what a new file gets under the umask."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: str, content: str) -> None:
    """Write ``content`` so readers see the old file or the new one, never half of it."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temp = tempfile.mkstemp(prefix=".factcheck-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(path, f"cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(content)
        os.chmod(temp, _file_mode(path))  # mkstemp makes it private; a report is not
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise InputError(path, f"cannot write: {exc.strerror or exc}") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def emit(content: str, output: str | None) -> None:
    if output:
        write_atomic(output, content)
    else:
        sys.stdout.write(content)
        sys.stdout.flush()


def exit_code(report: Report, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    return 1 if report.at_or_above(Severity(fail_on)) else 0


# --- subcommands -----------------------------------------------------------------------------


def run_check(args: argparse.Namespace) -> int:
    metas = rule_metas()
    settings = Settings(args, metas)
    if args.diff and (args.files or args.baseline):
        raise UsageError("--diff ORIGINAL EDITED takes no other files and no --baseline")
    if args.diff:
        original, edited = args.diff
        report = new_findings(check_file(edited, settings), check_file(original, settings))
        first: str | None = edited
    else:
        baseline = load_report(args.baseline) if args.baseline else None
        report, first = check_paths(args.files, settings)
        if baseline is not None:
            report = new_findings(report, baseline)
    fail_on = args.fail_on or settings.for_path(first).fail_on
    if args.format == "text":
        content = text.render(report, metas, show_verified=args.show_verified)
    else:
        content = REPORTERS[args.format](report, metas)
    emit(content, args.output)
    return exit_code(report, fail_on)


def check_paths(files: Sequence[str], settings: Settings) -> tuple[Report, str | None]:
    """Check every file (folders expanded); the first path names whose settings set fail-on.

    The bundled page takes the settings of the working folder, not of the installed package.
    """
    if not files:
        return check_file(seed_path(), settings, settings.for_path(None)), None
    paths = expand_paths(files)
    return merge_reports([check_file(p, settings) for p in paths]), paths[0]


def check_file(path: str, settings: Settings, config: Config | None = None) -> Report:
    """One file through the pipeline; a crash names the file instead of dumping a traceback.

    Set ``FACTCHECK_DEBUG=1`` to see the traceback of a crash.
    """
    source = read_input(path)
    try:
        return check_input(source, config or settings.for_path(path))
    except (InputError, ConfigError, UsageError):
        raise
    except Exception as exc:
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        raise InternalError(
            f"{path}: internal error, please report it: {type(exc).__name__}: {exc} "
            "(FACTCHECK_DEBUG=1 shows the traceback)"
        ) from exc


def run_claims(args: argparse.Namespace) -> int:
    content = render_claims(extract_claims(read_one(args.file)), args.format)
    emit(content, args.output)
    return 0


def run_rules(args: argparse.Namespace) -> int:
    metas = rule_metas()
    rows = [("id", "name", "severity", "summary")]
    rows += [(m.id, m.name, m.severity.value, m.summary) for m in metas]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = ["  ".join([*(r[i].ljust(widths[i]) for i in range(3)), r[3]]) for r in rows]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def run_explain(args: argparse.Namespace) -> int:
    meta = find_rule_meta(args.rule)
    if meta is None:
        known = [m.id for m in rule_metas()] + [m.name for m in rule_metas()]
        close = difflib.get_close_matches(args.rule, known, n=1)
        hint = f"; did you mean {close[0]}?" if close else f"; `{PROG} rules` lists them"
        raise UsageError(f"unknown rule {args.rule!r}{hint}")
    head = f"{meta.id} {meta.name} ({meta.severity.value})"
    sys.stdout.write(f"{head}\n\n{meta.summary}\n\n{meta.doc.strip()}\n")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json_report.schema())
    return 0


# --- the parser ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Check that the numbers in news copy add up.",
        epilog="Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {tool_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = commands.add_parser("check", help="check files and report what does not add up")
    check.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="files or folders ('-' for stdin); none: the bundled sample page",
    )
    check.add_argument("--format", choices=tuple(REPORTERS), default="text")
    check.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default=None,
        help="lowest severity that makes the exit status 1 (default: settings, else error)",
    )
    check.add_argument(
        "--diff",
        nargs=2,
        metavar=("ORIGINAL", "EDITED"),
        help="report only findings EDITED has and ORIGINAL has not",
    )
    check.add_argument(
        "--baseline",
        metavar="REPORT.json",
        help="report only findings not in this saved JSON report",
    )
    check.add_argument("--output", "-o", metavar="FILE", help="write the report here")
    check.add_argument(
        "--select",
        action="append",
        metavar="RULES",
        help="comma-separated ids, names or prefixes to run (replaces the settings' select)",
    )
    check.add_argument(
        "--ignore",
        action="append",
        metavar="RULES",
        help="comma-separated ids, names or prefixes to skip (added to the settings' ignore)",
    )
    check.add_argument("--config", metavar="FILE", help="settings file (skips the search)")
    check.add_argument(
        "--show-verified",
        action="store_true",
        help="also list the relations that held (text format)",
    )
    check.set_defaults(run=run_check)

    claims = commands.add_parser("claims", help="list the numeric claims found in a file")
    claims.add_argument("file", nargs="?", metavar="FILE", help="a file, '-' for stdin")
    claims.add_argument("--format", choices=("table", "json"), default="table")
    claims.add_argument("--output", "-o", metavar="FILE", help="write the list here")
    claims.set_defaults(run=run_claims)

    rules = commands.add_parser("rules", help="list the rules")
    rules.set_defaults(run=run_rules)

    explain = commands.add_parser("explain", help="show a rule's documentation")
    explain.add_argument("rule", metavar="ID_OR_NAME")
    explain.set_defaults(run=run_explain)

    schema = commands.add_parser("schema", help="print the JSON Schema of the JSON report")
    schema.set_defaults(run=run_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of exiting."""
    try:
        args = build_parser().parse_args(argv)
        status: int = args.run(args)
        return status
    except SystemExit as exc:  # --help and --version
        if isinstance(exc.code, int):
            return exc.code
        return 0 if exc.code is None else 1
    except (UsageError, InputError, ConfigError, InternalError) as exc:
        message = " ".join(str(exc).split())
        sys.stderr.write(f"{PROG}: error: {message}\n")
        return 2
    except BrokenPipeError:  # `factcheck check | head`: stop quietly, as the docs advise
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
