"""The photo worker pool: `analyse_image` in separate processes, with a timeout.

`PhotoWorkers` is the adapter `causette.services.photos` runs uploads on. Each
worker process is started with `init_worker(factory)`, which builds the nudity
detector once (loading the ONNX model takes ~0.1 s and its session cannot cross
processes); `analyse` then runs `causette.media.pipeline.analyse_image` on one
upload. Arguments, results and errors are picklable. A worker that crashes or
hangs on a crafted file takes only itself down: the pool is replaced and the
upload refused.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from causette.domain.errors import InvalidInput, Unavailable
from causette.media.nudity import NudityDetector
from causette.media.pipeline import ImageAnalysis, analyse_image

__all__ = ["DetectorFactory", "PhotoWorkers", "analyse", "default_detector", "init_worker"]

DetectorFactory = Callable[[], NudityDetector | None]

_detector: NudityDetector | None = None


def default_detector() -> NudityDetector | None:
    """NudeNet with one onnxruntime thread (workers share 2 cores), or None when the
    `photos` extra is missing: the policy then fails closed (images held for review)."""
    from causette.media.nudity import NudeNetDetector

    try:
        return NudeNetDetector(threads=1)
    except RuntimeError:
        return None


def init_worker(factory: DetectorFactory) -> None:
    """Pool initializer: build this process's detector once."""
    global _detector
    try:
        _detector = factory()
    except Exception:  # a broken model must not kill the worker: fail closed instead
        _detector = None


def analyse(
    data: bytes,
    content_type: str | None,
    filename: str | None,
    max_bytes: int,
    max_pixels: int,
) -> ImageAnalysis:
    """Decode, clean, hash and classify one upload (raises `InvalidImage` for a bad file)."""
    return analyse_image(
        data,
        detector=_detector,
        max_bytes=max_bytes,
        max_pixels=max_pixels,
        content_type=content_type,
        filename=filename,
    )


class PhotoWorkers:
    """A small process pool for `analyse_image`, with a per-task timeout.

    At most `size` analyses run at once (a semaphore, so the timeout measures work,
    not queueing) and at most `max_waiting` wait; more is `Unavailable("photos_busy")`.
    A task over `timeout` seconds, or a worker that dies, gets its pool killed and
    replaced: the upload is refused with `image_timeout` / `image_failed`, and tasks
    running in the same pool at that moment fail with `image_failed` too.
    """

    def __init__(
        self,
        *,
        size: int = 1,
        timeout: float = 20.0,
        detector_factory: DetectorFactory = default_detector,
        max_waiting: int = 8,
    ) -> None:
        if not 1 <= size <= 4:
            raise ValueError("1 to 4 photo workers")
        self.size = size
        self.timeout = timeout
        self.detector_factory = detector_factory
        self.max_waiting = max_waiting
        self._pool: ProcessPoolExecutor | None = None
        self._slots: asyncio.Semaphore | None = None
        self._slots_loop: asyncio.AbstractEventLoop | None = None
        self._waiting = 0

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn: a forked child would inherit the event loop's threads and locks.
            self._pool = ProcessPoolExecutor(
                self.size,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=init_worker,
                initargs=(self.detector_factory,),
            )
        return self._pool

    def _kill(self, pool: ProcessPoolExecutor) -> None:
        if self._pool is pool:
            self._pool = None
        # ProcessPoolExecutor cannot cancel a running task; terminating its processes
        # is the only way to get a hung decoder's CPU back (Python 3.14 adds
        # terminate_workers(); until then, its private process table).
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)

    async def analyse(
        self,
        data: bytes,
        *,
        content_type: str | None,
        filename: str | None,
        max_bytes: int,
        max_pixels: int,
    ) -> ImageAnalysis:
        """Analyse one upload in a worker; raise `InvalidImage` for a bad file."""
        if self._waiting >= self.max_waiting:
            raise Unavailable("photos_busy", "Trop d'images en cours d'envoi : réessayez.")
        loop = asyncio.get_running_loop()
        if self._slots is None or self._slots_loop is not loop:
            # The pool may outlive an event loop (tests); a semaphore belongs to one.
            self._slots, self._slots_loop = asyncio.Semaphore(self.size), loop
        slots = self._slots
        self._waiting += 1
        try:
            await slots.acquire()
        finally:
            self._waiting -= 1
        try:
            pool = self._start()
            task = loop.run_in_executor(
                pool, analyse, data, content_type, filename, max_bytes, max_pixels
            )
            try:
                return await asyncio.wait_for(task, self.timeout)
            except TimeoutError:
                self._kill(pool)
                raise InvalidInput(
                    "image_timeout",
                    "Cette image est trop longue à traiter : essayez un autre fichier.",
                    field="image",
                ) from None
            except BrokenProcessPool:
                self._kill(pool)
                raise InvalidInput(
                    "image_failed",
                    "Cette image n'a pas pu être traitée : essayez un autre fichier.",
                    field="image",
                ) from None
        finally:
            slots.release()

    def shutdown(self) -> None:
        if self._pool is not None:
            self._kill(self._pool)
