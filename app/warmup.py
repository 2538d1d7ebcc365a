"""Load what plotly loads lazily, once per dashboard process and in the background.

Plotly imports its default template and the modules behind each trace and layout property
on first use: about a second, which would otherwise fall on the first chart a visitor opens.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading

import plotly.graph_objects as go
import streamlit as st

# The trace types the pages draw, and the layout every chart sets.
DRAWN_WITH = ("scatter", "bar", "heatmap", "layout")


def load_plotly() -> None:
    """Import the default template and every module of the trace types the pages draw."""
    go.Figure(go.Scatter()).to_json()
    for name in DRAWN_WITH:
        package = importlib.import_module(f"plotly.graph_objs.{name}")
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)


@st.cache_resource(show_spinner=False)
def start() -> threading.Thread:
    """Start the warm-up once per server process (the thread ends when plotly is loaded)."""
    thread = threading.Thread(target=load_plotly, name="warm-up", daemon=True)
    thread.start()
    return thread
