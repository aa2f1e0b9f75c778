"""Where the per-article analysis runs: in this process, in a pool of local processes, or on
a Dask distributed cluster. Every engine takes chunks of sources and hands back futures whose
``result()`` is what ``pipeline.analyse_chunk`` returns; the pipeline keeps a bounded number
in flight and consumes them in input order, so output never depends on the engine.

Why Dask for clusters: it is pure Python, installs from PyPI in seconds, ships functions by
reference to an importable package, and ``LocalCluster`` runs the same scheduler and worker
code in CI that a real cluster runs. Ray would do the job too but brings a far larger native
runtime for features (actors, object store, autoscaling) this per-article map does not use.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor

from .errors import TimelineError

ENGINES = ("local", "dask")


class _Done:
    """A computed-on-demand result with the Future interface the pipeline uses."""

    def __init__(self, fn: Callable, arg) -> None:
        self._fn, self._arg = fn, arg

    def result(self):
        from threadpoolctl import threadpool_limits

        with threadpool_limits(1):  # one worker is one core: numpy's BLAS threads gain little on small batches
            return self._fn(self._arg)


class SerialEngine:
    """Analyse in this process (one worker, or nothing worth a pool), on one core."""

    window = 1

    def submit(self, fn: Callable, chunk):
        return _Done(fn, chunk)

    def close(self) -> None:
        pass


def _one_thread_each() -> None:
    """Worker start: one BLAS thread per process, or the processes fight over the cores."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    from threadpoolctl import threadpool_limits  # numpy's BLAS is already running in a forked worker

    threadpool_limits(1)


class ProcessEngine:
    """A pool of local processes, started on the first chunk that needs analysing (a run served
    from the cache loads no model). With fork the workers inherit the model the parent loaded."""

    def __init__(self, workers: int, preload: Callable[[], object] | None = None) -> None:
        self.workers, self.window = workers, 3 * workers
        self._preload = preload
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, fn: Callable, chunk) -> Future:
        if self._pool is None:
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
            if self._preload is not None and method == "fork":
                self._preload()  # load once here; every forked worker shares it instead of loading its own
            self._pool = ProcessPoolExecutor(max_workers=self.workers, initializer=_one_thread_each,
                                             mp_context=multiprocessing.get_context(method))
        return self._pool.submit(fn, chunk)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


class DaskEngine:
    """A Dask distributed cluster: the scheduler at ``scheduler`` (tcp://host:8786), or a
    ``LocalCluster`` of ``workers`` single-threaded processes started for this run."""

    def __init__(self, scheduler: str | None = None, workers: int = 1) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise TimelineError("the dask engine needs Dask distributed: pip install -e '.[dask]'") from exc
        self._cluster = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="30s")
            else:
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None)
                self._client = Client(self._cluster)
        except OSError as exc:
            raise TimelineError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
        n = len(self._client.nthreads()) or workers
        self.window = 3 * max(1, n)

    def submit(self, fn: Callable, chunk):
        return self._client.submit(fn, chunk, pure=False)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_engine(name: str = "local", workers: int = 1, scheduler: str | None = None,
                preload: Callable[[], object] | None = None):
    """The engine called ``name`` ("local" or "dask")."""
    if name == "dask":
        return DaskEngine(scheduler, workers)
    if name != "local":
        raise TimelineError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
    if scheduler:
        raise TimelineError("--scheduler needs --engine dask")
    return ProcessEngine(workers, preload) if workers > 1 else SerialEngine()
