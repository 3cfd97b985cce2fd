"""Running one pure function over many inputs: in this process, a process pool, or a Dask cluster.

Per-article analysis and per-story comparison and rendering are pure functions of their inputs,
so they can run anywhere and in any order; results come back in input order, which makes the
output the same bytes whatever the number of workers. :class:`Workers` is the one place that
decides where they run:

* ``jobs=1``: in this process (no pool, nothing to pickle);
* ``scheduler="processes"`` (default): a pool of ``jobs`` worker processes on this machine
  (default: every core this process may use);
* ``scheduler="dask"``: a ``dask.distributed`` cluster, the one at ``address``
  (``tcp://host:8786``, e.g. started by dask-jobqueue on SLURM) or, without an address, a
  local cluster of ``jobs`` worker processes. Needs the optional extra ``biaslens[dask]``.

No scheduler of our own: the process pool is the standard library's, the cluster is Dask's.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence, TypeVar

from .errors import SettingsError

T = TypeVar("T")
R = TypeVar("R")

SCHEDULERS = ("processes", "dask")


def default_jobs() -> int:
    """The number of cores this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Plan:
    """Where work runs: ``jobs`` workers (``None``: every core), ``scheduler``, Dask ``address``."""

    jobs: int | None = None
    scheduler: str = "processes"
    address: str | None = None

    def __post_init__(self) -> None:
        if self.jobs is not None and self.jobs < 1:
            raise SettingsError(f"--jobs must be 1 or more, not {self.jobs}")
        if self.scheduler not in SCHEDULERS:
            raise SettingsError(f"unknown scheduler {self.scheduler!r}; choose one of: {', '.join(SCHEDULERS)}")
        if self.address and self.scheduler != "dask":
            raise SettingsError("a Dask address needs --scheduler dask")

    @property
    def workers(self) -> int:
        """How many workers a local pool or local cluster gets."""
        return self.jobs if self.jobs is not None else default_jobs()

    @property
    def forks(self) -> bool:
        """True when the work runs in worker processes forked from this one (Linux process pool)."""
        return self.scheduler == "processes" and self.workers > 1 and sys.platform.startswith("linux")


class Workers:
    """A pool of workers for one command; use as a context manager, then :meth:`map`.

    The pool starts on the first :meth:`map` that has more than one input, so a run with
    nothing to do starts no process.
    """

    def __init__(self, plan: Plan | None = None, initializer: Callable[..., None] | None = None, initargs: tuple = ()):
        self.plan = plan or Plan()
        self._initializer = initializer
        self._initargs = initargs
        self._pool: Any = None
        self._client: Any = None
        self._cluster: Any = None

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def local(self) -> bool:
        """True when work runs in this process (one job, process scheduler)."""
        return self.plan.scheduler == "processes" and self.plan.workers == 1

    def map(self, function: Callable[[T], R], items: Iterable[T]) -> list[R]:
        """``[function(item) for item in items]``, computed by the workers, in input order.

        ``function`` must be a module-level function (workers import it by name).
        """
        return self.submit(function, items)()

    def submit(self, function: Callable[[T], R], items: Iterable[T]) -> Callable[[], list[R]]:
        """Start :meth:`map`'s work and return at once; calling the result waits for the list.

        The caller does its own share meanwhile (a run reads the next batch of stories from the
        store and writes the previous batch's files while the workers build this one), and the
        workers find the next batch queued when they finish this one instead of waiting for
        the slowest story of each batch. In this process (one job) the work is done here, now.
        """
        items = list(items)
        if self.plan.scheduler == "dask":
            client = self._dask()
            futures = client.map(function, items, pure=False)
            return lambda: list(client.gather(futures))
        if self.local or len(items) <= 1:
            if self._initializer is not None and self._pool is None:
                self._initializer(*self._initargs)
            done = [function(item) for item in items]
            return lambda: done
        first: list[R] = []
        if self._pool is None:
            # The first item runs here, before the pool forks: the workers then inherit every
            # lazily loaded model and compiled pattern instead of each loading its own.
            if self._initializer is not None:
                self._initializer(*self._initargs)
            first.append(function(items[0]))
            items = items[1:]
        pool = self._processes()
        # One task per item: stories differ in size by 100x; small tasks keep every core busy.
        futures = [pool.submit(function, item) for item in items]
        return lambda: first + [future.result() for future in futures]

    def _processes(self) -> Any:
        if self._pool is None:
            from concurrent.futures import ProcessPoolExecutor

            # fork (Linux): workers start with the parent's imported modules and loaded models
            # instead of importing numpy, scikit-learn and matplotlib again.
            method = "fork" if sys.platform.startswith("linux") else None
            self._pool = ProcessPoolExecutor(
                max_workers=self.plan.workers,
                mp_context=multiprocessing.get_context(method),
                initializer=_start_worker,
                initargs=(os.getpid(), self._initializer, self._initargs),
            )
        return self._pool

    def _dask(self) -> Any:
        if self._client is None:
            try:
                # Optional: declared in the [dask] extra (dask[distributed]), imported only here.
                from dask.distributed import Client, LocalCluster
            except ImportError:
                raise SettingsError(
                    "--scheduler dask needs Dask: pip install 'biaslens[dask]'"
                ) from None
            if self.plan.address:
                self._client = Client(self.plan.address)
            else:
                self._cluster = LocalCluster(
                    n_workers=self.plan.workers, threads_per_worker=1, processes=True, dashboard_address=None
                )
                self._client = Client(self._cluster)
            if self._initializer is not None:
                self._client.run(self._initializer, *self._initargs)
        return self._client

    def close(self) -> None:
        """Stop the pool or disconnect from the cluster (a local cluster is shut down)."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def in_child(function: Callable[..., R], *args: Any) -> R:
    """``function(*args)`` run in a forked child process: its result, or its exception raised here.

    What the function allocates is freed with the child. A parent that holds the heap of a large
    step (grouping 10,000 articles fills 700 MB) keeps it after the step (CPython rarely gives
    memory back to the system), and every worker forked afterwards starts with a copy of it.
    ``function`` must be a module-level function; its result is pickled back.
    """
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as child:
        return child.submit(function, *args).result()


def _start_worker(parent: int, initializer: Callable[..., None] | None, initargs: tuple) -> None:
    # A forked worker waits on a pipe whose other end it holds itself, so it would outlive a run
    # killed with SIGKILL (cron's timeout, the OOM killer), holding memory and the run's
    # stderr. On Linux the kernel kills it when its parent dies; the getppid check covers a
    # parent that died before the request was made.
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl (another C library): orphans stay possible
            pass
        if os.getppid() != parent:
            os._exit(1)
    if initializer is not None:
        initializer(*initargs)


def batches(items: Sequence[T], size: int) -> Iterable[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``: work is streamed, not held all at once."""
    for start in range(0, len(items), max(1, size)):
        yield items[start : start + size]
