"""Throughput of extraction and of the whole check, in characters per second, and peak memory.

Run: ``python benchmarks/throughput.py``. Warm measurements (the patterns, lexicons and unit
registry are loaded before timing); the best of several rounds on one core. It also checks
that time grows linearly with document length by timing the page repeated 1, 4 and 16 times.
Targets (issue tracker): extraction ≥ 2,000,000 chars/s, whole check ≥ 1,000,000 chars/s.

It then splits the time by stage (parse, claims, rules) and prints one floor: what building
the validated claim records alone costs (``Claim.model_validate`` of every claim the
extractor found), a cost any extractor that returns these records pays whatever its scanner.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import claims
from claims.model import Claim
from factcheck.config import Config
from factcheck.engine import check_document

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "articles" / "zh" / "hunan-daily-2025-10-31.md"
CORPUS = ROOT.parent / "shared" / "corpus" / "zh-news"


def extract(text: str) -> object:
    return claims.extract(claims.parse(text))


def check(text: str) -> object:
    doc = claims.parse(text)
    return check_document(doc, claims.extract(doc), Config())


def best_seconds(job: Callable[[str], object], texts: list[str], rounds: int) -> float:
    for text in texts:
        job(text)  # warm
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            job(text)
        best = min(best, time.process_time() - start)
    return best


def peak_memory(job: Callable[[str], object], texts: list[str]) -> int:
    tracemalloc.start()
    for text in texts:
        job(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    inputs = {"seed page": [SEED.read_text("utf-8")]}
    if CORPUS.is_dir():
        inputs["corpus"] = [p.read_text("utf-8") for p in sorted(CORPUS.glob("*.md"))]
    for label, job in (("extraction", extract), ("whole check", check)):
        for name, texts in inputs.items():
            chars = sum(len(t) for t in texts)
            seconds = best_seconds(job, texts, args.rounds)
            peak = peak_memory(job, texts)
            print(
                f"{label:12} {name:10} {chars:>8} chars  {chars / seconds:>12,.0f} chars/s  "
                f"peak {peak / 1e6:.1f} MB"
            )
    for name, texts in inputs.items():
        print_stages(name, texts, args.rounds)
    seed = inputs["seed page"][0]
    for times in (1, 4, 16, 64):
        text = "\n\n".join([seed] * times)
        seconds = best_seconds(check, [text], max(1, args.rounds // times))
        print(
            f"whole check  seed x{times:<3} {len(text):>8} chars  {seconds * 1e3:8.1f} ms  "
            f"{seconds * 1e6 / len(text):6.1f} µs per character"
        )


def print_stages(name: str, texts: list[str], rounds: int) -> None:
    """Where the time of the whole check goes, and the floor the claim records set."""
    chars = sum(len(t) for t in texts)
    docs = [claims.parse(t) for t in texts]
    found = [claims.extract(d) for d in docs]
    pairs = list(zip(docs, found, strict=True))
    dumps = [c.model_dump() for cs in found for c in cs]
    stages: list[tuple[str, Callable[[], object]]] = [
        ("parse", lambda: [claims.parse(t) for t in texts]),
        ("claims", lambda: [claims.extract(d) for d in docs]),
        ("rules", lambda: [check_document(d, c, Config()) for d, c in pairs]),
        ("records alone", lambda: [Claim.model_validate(d) for d in dumps]),
    ]
    for stage, job in stages:
        seconds = best_seconds(lambda _, run=job: run(), [""], rounds)
        print(
            f"stage {stage:14} {name:10} {seconds * 1e3:8.2f} ms  "
            f"{chars / seconds:>12,.0f} chars/s  ({len(dumps)} claims)"
        )


if __name__ == "__main__":
    main()
