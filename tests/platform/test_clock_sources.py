"""Code and tests read the business clock: no wall-clock reads outside backend/kernel/clock.py."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: The one module allowed to read the wall clock.
ALLOWED = {ROOT / "backend" / "kernel" / "clock.py"}
WALL_CLOCK = re.compile(
    r"\b(?:date|datetime)\.today\(\)"
    r"|\bdatetime\.(?:now|utcnow)\("
    r"|\b(?:timezone\.now|timezone\.localtime)\(\)"
)


def wall_clock_reads(text: str) -> list[str]:
    """The wall-clock reads in a module's text, ``line: code``."""
    return [
        f"{number}: {line.strip()}"
        for number, line in enumerate(text.splitlines(), start=1)
        if WALL_CLOCK.search(line) and not line.lstrip().startswith("#")
    ]


def test_the_scan_sees_each_way_of_reading_the_wall_clock() -> None:
    # the calls are assembled so that this file itself holds none of them
    reads = ["date.today", "datetime.now", "datetime.utcnow", "timezone.now"]
    calls = [f"{name}(UTC)" if name == "datetime.now" else f"{name}()" for name in reads]
    sample = "".join(f"{var} = {call}\n" for var, call in zip("abcd", calls, strict=True)) + (
        "e = clock.today()\nf = time.monotonic()\n# " + calls[1] + " in a note\n"
    )
    assert [hit.split(":")[0] for hit in wall_clock_reads(sample)] == ["1", "2", "3", "4"]


def test_backend_and_tests_never_read_the_wall_clock() -> None:
    offenders = {
        str(path.relative_to(ROOT)): hits
        for folder in ("backend", "tests")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path not in ALLOWED
        and path != Path(__file__).resolve()
        and (hits := wall_clock_reads(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}, "read backend.kernel.clock (now/today) instead: " + repr(offenders)
