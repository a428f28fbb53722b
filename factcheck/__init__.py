"""Whether the numbers of news copy hold together.

>>> import factcheck
>>> report = factcheck.check("全省进出口3964.6亿元。其中出口2181.3亿元，占全省进出口的55%。")
>>> [v.rule for v in report.verified]
['FC101']
"""

from __future__ import annotations

from factcheck.api import check
from factcheck.config import Config
from factcheck.finding import Finding, Severity, Verified
from factcheck.report import Report

__all__ = ["Config", "Finding", "Report", "Severity", "Verified", "check"]
__version__ = "0.1.0"
