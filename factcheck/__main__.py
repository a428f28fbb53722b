"""``python -m factcheck``: the same command as the ``factcheck`` script."""

from factcheck.cli import main

raise SystemExit(main())
