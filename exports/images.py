"""Charts to PNG and SVG through kaleido and the system's Chromium, one browser reused."""

from __future__ import annotations

import atexit
import os
import threading
import warnings
from pathlib import Path

import plotly.graph_objects as go

DEFAULT_WIDTH = 1280
# Downloads are 16:9 at slide size, so a PNG drops onto a slide as it is.
SLIDE = {"width": 1280, "height": 720}
_lock = threading.Lock()
_state = {"started": False}


def _start() -> None:
    import kaleido

    if not os.environ.get("BROWSER_PATH") and Path("/usr/bin/chromium").exists():
        os.environ["BROWSER_PATH"] = "/usr/bin/chromium"
    kaleido.start_sync_server(silence_warnings=True)
    atexit.register(stop)
    _state["started"] = True


def stop() -> None:
    """Close the browser that renders images."""
    import kaleido

    with _lock:
        if _state["started"]:
            kaleido.stop_sync_server(silence_warnings=True)
            _state["started"] = False


def render(
    fig: go.Figure,
    fmt: str = "png",
    width: int = DEFAULT_WIDTH,
    height: int | None = None,
    scale: float = 2,
) -> bytes:
    """The chart as PNG or SVG bytes, exactly as drawn: title, unit, sources, filters."""
    if fmt not in ("png", "svg"):
        raise ValueError(f"unsupported image format {fmt!r}")
    with _lock:
        if not _state["started"]:
            _start()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "kopts is ignored if using a server"
            return fig.to_image(
                format=fmt,
                width=width,
                height=height or fig.layout.height or 500,
                scale=scale if fmt == "png" else 1,
            )
