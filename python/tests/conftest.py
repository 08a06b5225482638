"""The package against the command line: the `fosx` binary built by cargo.

`FOSX_BIN` names the binary; without it, `target/debug/fosx` or
`target/release/fosx` of the repository (what `cargo test` and
`cargo build --release` make) is used. Without a binary the run stops with
an error: the comparisons cannot be skipped silently.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import List

import pytest

ROOT = Path(__file__).resolve().parents[2]
AS_OF = "2026-11-28"


def _binary() -> Path:
    named = os.environ.get("FOSX_BIN")
    if named:
        return Path(named).resolve()
    found = [ROOT / "target" / p / "fosx" for p in ("debug", "release")]
    found = [p for p in found if p.is_file()]
    if not found:
        pytest.exit(
            "no fosx binary: run `cargo build` (or set FOSX_BIN) before pytest",
            returncode=2,
        )
    # The newer of the two, so that a stale build is not compared.
    return max(found, key=lambda p: p.stat().st_mtime)


BIN = _binary()


def cli(args: List[str]) -> subprocess.CompletedProcess:
    """Runs `fosx ARGS` in the repository's root, in English."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env["NO_COLOR"] = "1"
    return subprocess.run(
        [str(BIN), *args], cwd=ROOT, env=env, capture_output=True, timeout=60
    )


@pytest.fixture(autouse=True)
def _in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    # Paths are given as the command line is given them: relative to the root.
    monkeypatch.chdir(ROOT)
