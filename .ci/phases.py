"""Run `make test`'s phases in stages: the phases of a stage side by side, stage after stage.

    python3 .ci/phases.py --stage setup --stage lint typecheck schema-check \
        --stage test-postgres test-sqlite test-frontend test-clock [--log-dir DIR]

Each phase is a make target (after the ``setup`` phase run as ``make -o setup <target>``, so
no two phases set up at once), its output streamed to ``<log-dir>/<phase>.log``. A stage with a
failed phase is the last one run. At the end the tail of each failed phase's log is printed,
then a table of every phase's wall time and result; the exit status is non-zero when any phase
failed. Standard library only: it runs before (and without) the virtualenv.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Lines of a failed phase's log printed at the end.
TAIL_LINES = 60
#: What the ``setup`` phase makes; later phases take it as done (``make -o``).
SETUP_TARGETS = ["setup", ".venv/bin/.installed", "frontend/node_modules/.installed"]
#: Per-phase environment on top of the caller's (the passes share one machine).
PHASE_ENV: dict[str, dict[str, str]] = {
    # Tests that never touch a database (pure computation, source scans) ran on SQLite already.
    "test-postgres": {"BANKPM_TEST_DB_ONLY": "1"},
    # The jsdom page tests share two cores with three pytest runs here: time, not a hang.
    "test-frontend": {"VITEST_ARGS": "--testTimeout=60000"},
}


@dataclass
class Phase:
    """One make target run as a phase, with its log and outcome."""

    name: str
    log: Path
    started: float = 0.0
    seconds: float = 0.0
    returncode: int | None = None
    proc: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def start(self) -> None:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        basetemp = ROOT / "build" / "test-tmp" / self.name
        basetemp.parent.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            **PHASE_ENV.get(self.name, {}),
            # pytest's temporary directories and cache, one per phase
            "PYTEST_ADDOPTS": " ".join(
                [
                    os.environ.get("PYTEST_ADDOPTS", ""),
                    f"--basetemp={basetemp}",
                    "-p no:cacheprovider",
                ]
            ).strip(),
        }
        command = ["make", "--no-print-directory", self.name]
        if self.name == "setup":  # the virtualenv and the console's packages side by side
            command[2:2] = ["-j2"]
        else:  # set up already: never again, from several phases at once
            for done in SETUP_TARGETS:
                command[2:2] = ["-o", done]
        with self.log.open("wb") as out:
            out.write(f"$ {' '.join(command)}\n".encode())
        self.started = time.monotonic()
        with self.log.open("ab") as out:  # the child keeps its own copy of the handle
            self.proc = subprocess.Popen(
                command,
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )

    def poll(self) -> bool:
        """Whether the phase has ended (recording its time and status)."""
        assert self.proc is not None
        if self.returncode is None and (code := self.proc.poll()) is not None:
            self.returncode = code
            self.seconds = time.monotonic() - self.started
            state = "ok" if code == 0 else f"FAILED (exit {code})"
            print(f"[phases] {self.name}: {state} after {_duration(self.seconds)}", flush=True)
        return self.returncode is not None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()


def _duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}:{rest:02d}"


def _run_stage(phases: list[Phase]) -> None:
    for phase in phases:
        phase.start()
    names = ", ".join(p.name for p in phases)
    print(f"[phases] {'side by side: ' if len(phases) > 1 else ''}{names}", flush=True)
    try:
        while not all([phase.poll() for phase in phases]):
            time.sleep(0.2)
    except KeyboardInterrupt:
        for phase in phases:
            phase.stop()
        raise


def _tail(path: Path) -> str:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join(lines[-TAIL_LINES:])


def _table(phases: list[Phase], total: float) -> str:
    width = max(len(p.name) for p in phases + [Phase("total", Path())])
    rows = [f"{'phase':<{width}}  {'wall':>6}  result", f"{'-' * width}  ------  ------"]
    for p in phases:
        if p.returncode is None:
            result, wall = "not run", "-"
        else:
            result, wall = ("ok" if p.returncode == 0 else "FAILED"), _duration(p.seconds)
        rows.append(f"{p.name:<{width}}  {wall:>6}  {result}")
    rows.append(f"{'total':<{width}}  {_duration(total):>6}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--stage", action="append", nargs="+", default=[], help="make targets run side by side"
    )
    parser.add_argument("--log-dir", default="build/test-logs", type=Path)
    args = parser.parse_args(argv)
    log_dir = args.log_dir if args.log_dir.is_absolute() else ROOT / args.log_dir
    stages = [[Phase(name, log_dir / f"{name}.log") for name in stage] for stage in args.stage]
    began = time.monotonic()

    failed: list[Phase] = []
    for stage in stages:
        _run_stage(stage)
        failed = [p for p in stage if p.returncode != 0]
        if failed:
            break

    for phase in failed:
        print(f"\n===== {phase.name} failed; last {TAIL_LINES} lines of {phase.log} =====")
        print(_tail(phase.log))
    print("\n" + _table([p for stage in stages for p in stage], time.monotonic() - began))
    if failed:
        print(f"\nFAILED: {', '.join(p.name for p in failed)} (full logs in {log_dir})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
