"""Why a build stopped, in words an analyst can act on; nothing was published."""

from __future__ import annotations


class BuildError(Exception):
    """The build stopped before publishing; the live warehouse and its Parquet copy are as
    they were."""


class GateFailed(BuildError):
    """The staged warehouse broke a quality check; nothing was published."""


class BuildBusy(BuildError):
    """Another build of the same warehouse is running; the message says which."""


class BuildInterrupted(BuildError):
    """The user stopped the build (Ctrl-C); nothing was published."""
