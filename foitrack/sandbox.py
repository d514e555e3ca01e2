"""Run one function per file in worker processes, each file under a time and a memory limit.

A worker that dies (killed for memory, a crash inside a C library, os._exit) or runs past
its time limit fails the file it held and no other: it is replaced by a fresh worker and the
batch goes on. (concurrent.futures' ProcessPoolExecutor breaks as a whole when one of its
workers dies, which is why this small pool exists.)

Invariants:
- `run` yields exactly one (key, outcome) per task, in the order tasks finish; an outcome is
  whatever the function returned, or a `Failure` saying why the worker could not return it.
- Workers are forked, so they inherit whatever the parent warmed up; they ignore Ctrl-C (the
  parent decides what to keep) and exit when the parent goes away.
- At most `jobs` tasks are drawn from the iterator ahead of their results.
- A worker runs at most `tasks_per_worker` tasks, then a fresh one is forked, so memory stays flat
  however many tasks there are.
"""

from __future__ import annotations

import os
import resource
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:  # multiprocessing is imported where a pool starts: the CLI only needs this module's limits
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

Key = TypeVar("Key")
Task = TypeVar("Task")

_PR_SET_PDEATHSIG = 1
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
_CRASHES = (signal.SIGKILL, signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS)
DEFAULT_SECONDS = 120.0
"""Wall-clock time one file may take to read and extract."""
DEFAULT_MEMORY_MB = 400
"""Address space a worker may add for one task, in MiB, on top of MEMORY_PER_MB per MiB of its input."""
MEMORY_PER_MB = 8
"""MiB of address space allowed per MiB of a task's input: a 100 MB text needs several copies of itself."""
MAX_MEMORY_MB = 6144
"""The most one task may have, however large its input."""
TASKS_PER_WORKER = 100
"""Tasks a worker runs before a fresh one takes its place. A long-lived worker's memory creeps up with
every file (freed memory the allocator keeps in pieces, caches, a reader library's leaks), so a
batch of thousands would need more memory than a batch of hundreds; a fork costs a few ms."""


@dataclass(frozen=True)
class Limits:
    """What one file may cost: wall-clock seconds, and MiB of memory (a base plus so much per MiB of input)."""

    seconds: float = DEFAULT_SECONDS
    memory_mb: int = DEFAULT_MEMORY_MB
    memory_per_mb: int = MEMORY_PER_MB

    def memory_for(self, size: int) -> int:
        """MiB one task with `size` bytes of input may add to the worker."""
        return max(self.memory_mb, min(MAX_MEMORY_MB, self.memory_mb + self.memory_per_mb * size // 2**20))


@dataclass(frozen=True)
class Failure:
    """Why a worker returned nothing for a task: it died, or ran out of time or memory."""

    reason: str


@dataclass
class _Worker(Generic[Key]):
    process: BaseProcess
    conn: Connection
    key: Key | None = None
    busy: bool = False
    started: float = 0.0
    done: int = 0


def _limit_memory(memory_mb: int) -> None:
    """Cap this process's address space at what it holds now plus `memory_mb` (soft limit, moved per task)."""
    if memory_mb <= 0:
        return
    try:  # os.open, not open(): a text file object costs more than the read, and this runs per task
        fd = os.open("/proc/self/statm", os.O_RDONLY)
        try:
            held = int(os.read(fd, 256).split()[0]) * _PAGE_SIZE
        finally:
            os.close(fd)
    except (OSError, ValueError, IndexError):
        held = 0
    cap = held + memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):
        pass  # a platform that will not lower it: the time limit still holds


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the parent dies (kill -9 included), so none is orphaned."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: a worker still exits when its pipe closes


def _serve(
    conn: Connection,
    parent_end: Connection,
    function: Callable[[Any], Any],
    limits: Limits,
    size_of: Callable[[Any], int] | None,
) -> None:
    """A worker's life: take a task, send back its result, until told to stop (None) or the pipe closes."""
    parent_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    if os.getppid() == 1:
        return  # the parent died before the line above took effect
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        memory_mb = limits.memory_for(_size(size_of, task))
        _limit_memory(memory_mb)
        try:
            result: Any = function(task)
        except MemoryError:
            result = Failure(f"needs more than {memory_mb:,} MB of memory to read (a limit against hostile files)")
        except Exception as error:  # noqa: BLE001 - the function should not raise; if it does, say so
            result = Failure(f"unexpected error: {type(error).__name__}: {error}")
        try:
            conn.send(result)
        except MemoryError:
            conn.send(Failure(f"needs more than {memory_mb:,} MB of memory to read (a limit against hostile files)"))
        except (EOFError, OSError):
            return


def _size(size_of: Callable[[Any], int] | None, task: Any) -> int:
    try:
        return size_of(task) if size_of else 0
    except OSError:
        return 0


class WorkerPool(Generic[Key, Task]):
    """`jobs` forked workers running `function(task)`, each task under `limits`."""

    def __init__(
        self,
        function: Callable[[Task], Any],
        jobs: int,
        limits: Limits,
        size_of: Callable[[Task], int] | None = None,
        tasks_per_worker: int = TASKS_PER_WORKER,
    ) -> None:
        self.function = function
        self.size_of = size_of
        self.jobs = max(1, jobs)
        self.tasks_per_worker = max(1, tasks_per_worker)
        self.limits = limits
        import multiprocessing

        self.context = multiprocessing.get_context("fork")
        self.workers: list[_Worker[Key]] = []

    def __enter__(self) -> WorkerPool[Key, Task]:
        self.workers = [self._start() for _ in range(self.jobs)]
        return self

    def __exit__(self, *exc: object) -> None:
        for worker in self.workers:
            self._stop(worker, kill=worker.busy)

    def _start(self) -> _Worker[Key]:
        parent, child = self.context.Pipe()
        process = self.context.Process(
            target=_serve,
            args=(child, parent, self.function, self.limits, self.size_of),
            daemon=True,
            name="foitrack-reader",
        )
        process.start()
        child.close()
        return _Worker(process=process, conn=parent)

    def _stop(self, worker: _Worker[Key], *, kill: bool) -> None:
        if not kill:
            try:
                worker.conn.send(None)
            except (OSError, ValueError):
                kill = True
        worker.conn.close()
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()

    def _replace(self, worker: _Worker[Key]) -> None:
        self._stop(worker, kill=True)
        self.workers[self.workers.index(worker)] = self._start()

    def run(
        self, tasks: Iterable[tuple[Key, Task]], wake_in: Callable[[], float | None] | None = None
    ) -> Iterator[tuple[Key, Any] | None]:
        """Yield (key, result or Failure) as each task finishes, or None when `wake_in` seconds pass idle.

        `wake_in` is asked before each wait how long the caller can wait before it needs a
        turn (None: as long as it takes); a None is yielded when that time runs out. A worker
        whose result is in gets its next task before the result is yielded, so it reads while
        the caller stores.
        """
        from multiprocessing.connection import wait

        todo = iter(tasks)
        yield from self._fill(todo)
        while True:
            busy = [w for w in self.workers if w.busy]
            if not busy:
                return
            timeout = self._timeout(busy, wake_in() if wake_in else None)
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
            outcomes = [outcome for worker in busy if (outcome := self._collect(worker, ready)) is not None]
            yield from self._fill(todo)
            yield from outcomes
            if not outcomes and not ready:
                yield None

    def _fill(self, todo: Iterator[tuple[Key, Task]]) -> Iterator[tuple[Key, Any]]:
        """Give each idle worker its next task; yield a Failure for a task whose worker died taking it."""
        for index in range(len(self.workers)):
            while not self.workers[index].busy:
                try:
                    key, task = next(todo)
                except StopIteration:
                    return
                worker = self.workers[index]
                if worker.done >= self.tasks_per_worker:
                    self._stop(worker, kill=False)
                    worker = self.workers[index] = self._start()
                if not self._hand(worker, key, task):
                    yield key, self._death(worker)  # in its place, a fresh worker that is idle

    def _hand(self, worker: _Worker[Key], key: Key, task: Task) -> bool:
        worker.key, worker.busy, worker.started = key, True, time.monotonic()
        try:
            worker.conn.send(task)
        except (OSError, EOFError, ValueError):
            return False
        return True

    def _timeout(self, busy: list[_Worker[Key]], wake: float | None) -> float:
        first_deadline = min(w.started for w in busy) + self.limits.seconds
        left = max(0.0, first_deadline - time.monotonic())
        return left if wake is None else min(left, wake)

    def _collect(self, worker: _Worker[Key], ready: list[Any]) -> tuple[Key, Any] | None:
        key = worker.key
        assert key is not None
        if worker.conn in ready:
            try:
                result = worker.conn.recv()
            except (EOFError, OSError):
                return key, self._death(worker)
            except Exception as error:  # noqa: BLE001 - a result that will not unpickle fails its file only
                worker.busy = False
                return key, Failure(f"the worker's result could not be read: {type(error).__name__}: {error}")
            worker.busy, worker.key = False, None
            worker.done += 1
            return key, result
        if worker.process.sentinel in ready or not worker.process.is_alive():
            return key, self._death(worker)
        if time.monotonic() - worker.started >= self.limits.seconds:
            self._replace(worker)
            return key, Failure(
                f"took longer than {self.limits.seconds:g} s to read: stopped (a limit against hostile files)"
            )
        return None

    def _death(self, worker: _Worker[Key]) -> Failure:
        worker.process.join(timeout=1)
        code = worker.process.exitcode
        self._replace(worker)
        if code is not None and code < 0:
            name = _signal_name(-code)
            hint = " (out of memory, or a crash in a reader library)" if -code in _CRASHES else ""
            return Failure(f"the reader process was killed by {name}{hint} while reading it")
        return Failure(f"the reader process died while reading it (exit code {code})")


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
