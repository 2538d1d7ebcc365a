"""Quick start with nothing but Python 3.11+: `python3 run.py` and `python3 run.py test`.

It installs the locked dependencies into .venv (through uv, itself installed into .uv/),
then builds the warehouse from reports/ and opens the dashboard, or runs the tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
UV_VERSION = "0.13.9"
BIN = "Scripts" if os.name == "nt" else "bin"
UV_HOME = ROOT / ".uv"
VENV = ROOT / ".venv"


def _run(*cmd: str | Path, env: dict | None = None) -> None:
    print("$", " ".join(str(c) for c in cmd), flush=True)
    result = subprocess.run([str(c) for c in cmd], cwd=ROOT, env=env)
    if result.returncode:
        raise SystemExit(result.returncode)


def uv() -> Path:
    """uv in a private virtual environment (created on first use)."""
    exe = UV_HOME / BIN / ("uv.exe" if os.name == "nt" else "uv")
    if not exe.exists():
        venv.EnvBuilder(with_pip=True).create(UV_HOME)
        _run(UV_HOME / BIN / "python", "-m", "pip", "install", "--quiet", f"uv=={UV_VERSION}")
    return exe


def sync(dev: bool) -> Path:
    """Install exactly the locked packages into .venv; return its Python."""
    # --inexact keeps test tools that `run.py test` installed, so switching back is instant.
    extra = [] if dev else ["--no-dev", "--inexact"]
    _run(uv(), "sync", "--locked", *extra, "--python", sys.executable)
    return VENV / BIN / "python"


def start() -> None:
    """Build the warehouse from the bundled reports and open the dashboard."""
    python = sync(dev=False)
    _run(python, "-m", "etl", "build")
    _run(python, "-m", "app.serve", "--browser.gatherUsageStats=false")


# The default run leaves out the suites that take minutes; `test --all` (CI) runs everything.
QUICK = ["-m", "not slow and not browser"]


def test(pytest_args: list[str]) -> None:
    """Run the quick suite (about eight minutes), or with --all every test, browser ones too."""
    python = sync(dev=True)
    if "--all" in pytest_args:
        pytest_args = [a for a in pytest_args if a != "--all"]
    elif not any(a == "-m" or a.startswith("-m") for a in pytest_args):
        pytest_args = [*QUICK, *pytest_args]
    _run(python, "-m", "pytest", *pytest_args)


def main() -> None:
    """`python3 run.py` opens the dashboard; `python3 run.py test [--all] [pytest args]` tests."""
    if sys.version_info < (3, 11):  # noqa: UP036 - run.py is the first thing a user runs
        raise SystemExit("Python 3.11 or newer is needed.")
    args = sys.argv[1:]
    if not args or args[0] == "start":
        start()
    elif args[0] == "test":
        test(args[1:])
    else:
        raise SystemExit(main.__doc__)


if __name__ == "__main__":
    main()
