"""The README's Python intake example, run as printed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def readme_block(marker: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(
        rf"<!-- {marker}:[^>]*-->\n```python\n(.*?)```\n<!-- /{marker} -->", text, re.S
    )
    assert found, f"README.md has no {marker} block"
    return found.group(1)


def test_the_python_intake_example_sorts_an_inbox(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    valid = {
        "a.json": "fixtures/valid/timetable.json",
        "R&D report.csv": "fixtures/valid/progress-report.csv",
        "with space.xml": "fixtures/valid/notification.xml",
    }
    invalid = {
        "bad & broken.json": "fixtures/json/S04-status-typo.json",
        "bad one.csv": "fixtures/csv/S04-bad-stakeholder.csv",
    }
    for name, source in {**valid, **invalid}.items():
        shutil.copyfile(ROOT / source, inbox / name)
    code = readme_block("python-intake") + "\nprint(len(problems))\n"
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": ""},
    )
    assert run.returncode == 0, run.stderr
    assert sorted(os.listdir(tmp_path / "accepted")) == sorted(valid)
    assert sorted(os.listdir(tmp_path / "rejected")) == sorted(invalid)
    assert os.listdir(inbox) == []
    assert int(run.stdout) >= 2
