"""A one-line progress bar on a terminal; silent when output is not a terminal."""

from __future__ import annotations

import sys
from typing import TextIO


class Progress:
    """Counts steps and redraws one line on stderr."""

    def __init__(self, total: int, enabled: bool = True, stream: TextIO = sys.stderr):
        self.total, self.done, self.stream = total, 0, stream
        self.enabled = enabled and total > 0 and stream.isatty()

    def step(self, label: str = "") -> None:
        """One more step done."""
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            bar = "█" * filled + "·" * (width - filled)
            self.stream.write(f"\r{bar} {self.done}/{self.total} {label[:40]:<40}")
            self.stream.flush()

    def close(self) -> None:
        """End the progress line."""
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
