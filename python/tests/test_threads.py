"""The interpreter lock is released while a file is checked."""

from __future__ import annotations

import json
import threading
import time

import fosx
from conftest import AS_OF, ROOT


def test_other_threads_run_while_a_file_is_checked() -> None:
    doc = json.loads((ROOT / "fixtures/valid/progress-report.json").read_bytes())
    # A collection big enough to take a while (its repeated ids are errors).
    big = json.dumps([doc] * 3000).encode()
    inside = []
    ticks = []

    def check() -> None:
        start = time.perf_counter()
        report = fosx.validate(big, as_of=AS_OF)
        inside.append((start, time.perf_counter()))
        assert report.summary.documents == 3000

    worker = threading.Thread(target=check)
    worker.start()
    while worker.is_alive():
        ticks.append(time.perf_counter())
        time.sleep(0.0005)
    worker.join()
    (start, end), = inside
    during = [t for t in ticks if start < t < end]
    # Held through the check, the lock would let no tick in between.
    assert end - start > 0.02, "the check was too quick to tell"
    assert len(during) >= 5, (len(during), end - start)
