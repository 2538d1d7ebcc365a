"""Open report and metadata files safely: regular files inside their folder, read whole and still.

A pipe or device named like a report would block a build forever, a link may point anywhere on
the machine, and a file being rewritten while it is read would be published half-written.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from etl.reading.decode import ReadError

ATTEMPTS = 3  # a file still changing after this many reads is rejected


def _inside(path: Path, root: Path) -> bool:
    real, top = os.path.realpath(path), os.path.realpath(root)
    return os.path.commonpath([real, top]) == top


def check_inside(path: Path, root: Path) -> None:
    """Raise ReadError when `path` is a link leading out of `root` (to a file or a folder)."""
    if not _inside(path, root):
        what = "a folder" if os.path.isdir(path) else "somewhere"
        raise ReadError(f"the file is a link to {what} outside the reports folder")


def _size(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 1 << 20 else f"{n / 2**10:.0f} KB"


def _read_all(fd: int, limit: int) -> bytes:
    chunks, size = [], 0
    while size <= limit:
        chunk = os.read(fd, min(1 << 20, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_regular(path: Path, limit: int, root: Path | None = None) -> tuple[bytes, int, int]:
    """(bytes, size, mtime_ns) of a regular file of at most `limit` bytes inside `root`.

    Raises ReadError for links leaving `root`, pipes, devices and folders, files over the
    limit and files that keep changing while they are read.
    """
    if root is not None:
        check_inside(path, root)
    for _ in range(ATTEMPTS):
        try:
            # O_NONBLOCK: opening a pipe with no writer must not wait for one
            fd = os.open(os.path.realpath(path), os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        except OSError as exc:
            raise ReadError(f"the file cannot be opened: {exc.strerror or exc}") from None
        try:
            before = os.fstat(fd)
            if not stat.S_ISREG(before.st_mode):
                raise ReadError("not a regular file (a pipe, device or folder)")
            if before.st_size > limit:
                raise ReadError(
                    f"the file is {_size(before.st_size)}, over the {_size(limit)} limit"
                )
            data = _read_all(fd, limit)
            after = os.fstat(fd)
        except OSError as exc:
            raise ReadError(f"the file cannot be read: {exc.strerror or exc}") from None
        finally:
            os.close(fd)
        if len(data) > limit:
            raise ReadError(f"the file grew over the {_size(limit)} limit while it was read")
        still = (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns)
        if still and len(data) == after.st_size:
            return data, after.st_size, after.st_mtime_ns
    raise ReadError(f"the file kept changing while it was read ({ATTEMPTS} attempts)")
