"""The worker pool: which worker runs what, and when a fresh one takes over."""

from __future__ import annotations

import os

import pytest

from foitrack.sandbox import Limits, WorkerPool


def _pid(task: int) -> int:
    return os.getpid()


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_worker_is_replaced_after_its_share_of_tasks(jobs: int) -> None:
    # a long-lived worker's memory creeps up with every file: a fresh one keeps a big batch as small as a short one
    with WorkerPool[int, int](_pid, jobs, Limits(), tasks_per_worker=3) as pool:
        outcomes = [outcome for outcome in pool.run((n, n) for n in range(10)) if outcome is not None]
    assert sorted(key for key, _ in outcomes) == list(range(10))
    pids = [pid for _, pid in outcomes]
    assert os.getpid() not in pids
    assert max(pids.count(pid) for pid in set(pids)) == 3
    assert len(set(pids)) >= 4


def test_a_worker_has_its_next_task_before_the_last_result_is_handed_on() -> None:
    # the caller stores a result while the worker reads the next file, rather than the worker waiting for it
    with WorkerPool[int, int](_pid, 1, Limits()) as pool:
        held = []
        for outcome in pool.run((n, n) for n in range(3)):
            if outcome is not None:
                held.append((outcome[0], pool.workers[0].key))
    assert held == [(0, 1), (1, 2), (2, None)]
