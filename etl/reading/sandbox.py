"""Run a reader in a child process under a time and memory limit, so no file can hang a build."""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing as mp
import os
import resource
import signal
import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

DEFAULT_SECONDS = 30
DEFAULT_MEMORY = 1 << 30  # 1 GiB of address space for the child, beyond what it inherits


def _address_space() -> int:
    """Bytes of address space this process maps now (a forked child starts with as much)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * resource.getpagesize()
    except OSError:
        return 0


PR_SET_PDEATHSIG = 1  # prctl option (linux/prctl.h): a signal for when the parent dies
_PARENT_POLL_SECONDS = 0.5


def die_with_parent(watch: bool = False) -> None:
    """End this (forked) process when its parent dies, so a killed build leaves no readers.

    On Linux the kernel sends SIGKILL when the thread that forked us ends; `watch` adds a
    thread that checks every half second whether we were handed to another parent (where
    prctl is missing, or where the forking thread may end before the parent does).
    """
    parent = os.getppid()
    with contextlib.suppress(OSError, AttributeError):  # not Linux: the watch still works
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    if watch:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL_SECONDS)
    os._exit(1)


def _child(conn, func: Callable[[bytes], object], data: bytes, memory: int, seconds: int) -> None:
    try:
        die_with_parent()
        limit = _address_space() + memory
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CPU, (seconds + 1, seconds + 2))
        conn.send(("ok", func(data)))
    except MemoryError:
        conn.send(("error", "needs more memory than a report may take"))
    except Exception as exc:  # the reason goes back to the parent, which rejects the file
        conn.send(("error", str(exc) or type(exc).__name__))
    finally:
        conn.close()


class SandboxError(Exception):
    """The reader failed, ran out of time or memory; the message says which."""


def run_limited(
    func: Callable[[bytes], T],
    data: bytes,
    seconds: int = DEFAULT_SECONDS,
    memory: int = DEFAULT_MEMORY,
) -> T:
    """func(data) in a forked child; raise SandboxError with the reason when it fails."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, func, data, memory, seconds), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(seconds):
            raise SandboxError(f"reading took longer than {seconds} s")
        try:
            status, payload = parent.recv()
        except EOFError:
            raise SandboxError(
                "the reader stopped without an answer (memory or CPU limit)"
            ) from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
    if status != "ok":
        raise SandboxError(payload)
    return payload
