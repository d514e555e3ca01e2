"""The worker pool: which worker runs what, and when a fresh one takes over."""

from __future__ import annotations

import os

from foitrack.sandbox import Limits, WorkerPool


def _pid(task: int) -> int:
    return os.getpid()


def test_a_worker_has_its_next_task_before_the_last_result_is_handed_on() -> None:
    # the caller stores a result while the worker reads the next file, rather than the worker waiting for it
    with WorkerPool[int, int](_pid, 1, Limits()) as pool:
        held = []
        for outcome in pool.run((n, n) for n in range(3)):
            if outcome is not None:
                held.append((outcome[0], pool.workers[0].key))
    assert held == [(0, 1), (1, 2), (2, None)]
