"""One build at a time per warehouse: an flock on `<warehouse>.lock`, naming who holds it.

Two builds at once would both publish and the last rename would win, so an older build could
undo what a newer one decided. The lock is held from planning to publishing; the kernel
releases it when its holder dies, so a killed build never blocks the next one.
"""

from __future__ import annotations

import fcntl
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from etl.building.errors import BuildBusy

_HELD: set[int] = set()


def _forget_in_child() -> None:
    # A forked reader shares the lock's open file; were the build killed, orphaned readers
    # would keep the lock. A child's copy is closed: the parent alone holds it.
    for fd in _HELD:
        with suppress(OSError):
            os.close(fd)
    _HELD.clear()


os.register_at_fork(after_in_child=_forget_in_child)


def lock_path(live: Path) -> Path:
    """The lock file of a warehouse (never removed: removing it would let two builds in)."""
    return live.with_name(live.name + ".lock")


def holder(live: Path) -> str:
    """Who holds the lock, as its holder wrote it ('' when unknown)."""
    try:
        return lock_path(live).read_text(encoding="utf-8").strip()
    except OSError:
        return ""


@contextmanager
def build_lock(live: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the warehouse's build lock; wait up to `wait` seconds, then raise BuildBusy."""
    path = lock_path(live)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    who = holder(live) or "another process"
                    raise BuildBusy(
                        f"another build of {live.name} is running ({who}); "
                        "try again when it has finished"
                    ) from None
                time.sleep(0.2)
        stamp = datetime.now().isoformat(timespec="seconds")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}, since {stamp}\n".encode(), 0)
        _HELD.add(fd)
        yield
    finally:
        _HELD.discard(fd)
        os.close(fd)  # closing releases the lock
