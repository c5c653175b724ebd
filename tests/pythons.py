"""Find the CPython interpreters the suite runs examples on.

Standard library only, because `dev.py` imports it before any virtual environment exists.
An interpreter for a version is looked for, newest patch release first, in:

1. the folders in `GUIDE_PYTHON_PATH` (os.pathsep-separated), for anything else;
2. the cache that `.ci/provision_pythons.py` fills (Debian's builds, on CI);
3. `PATH` (python.org installers, distribution packages);
4. pyenv's and uv's install folders, which keep their interpreters off `PATH`.

`GUIDE_PYTHONS="3.12 3.14"` narrows the versions looked for.
"""
from __future__ import annotations

import functools
import os
import subprocess
from pathlib import Path

VERSIONS = ("3.11", "3.12", "3.13", "3.14", "3.15")
REFERENCE = "3.14"  # recordings are this version's output; see CONTRIBUTING.md
CACHE = Path(os.environ.get("GUIDE_PYTHONS_CACHE")
             or Path.home() / ".cache" / "parallel-python-guide" / "pythons")


def wanted_versions() -> list[str]:
    return os.environ.get("GUIDE_PYTHONS", " ".join(VERSIONS)).split()


def candidates(version: str) -> list[Path]:
    """Every executable that claims to be `python<version>`, in search order."""
    name = f"python{version}"
    folders = [Path(p) for p in os.environ.get("GUIDE_PYTHON_PATH", "").split(os.pathsep) if p]
    folders.append(CACHE / "bin")
    folders += [Path(p) for p in os.environ.get("PATH", "").split(os.pathsep)
                if p and "shims" not in Path(p).parts]  # pyenv's shims only redirect
    found = [folder / name for folder in folders]
    pyenv = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    found += sorted(pyenv.glob(f"{version}.*/bin/{name}"))
    uv = Path(os.environ.get("UV_PYTHON_INSTALL_DIR")
              or Path.home() / ".local" / "share" / "uv" / "python")
    found += sorted(uv.glob(f"cpython-{version}.*/bin/{name}"))
    return [p for p in found if p.is_file() and os.access(p, os.X_OK)]


@functools.cache
def full_version(executable: str) -> str | None:
    """'3.14.10' for a working CPython with the GIL, else None."""
    code = ("import platform, sys, sysconfig; "
            "print(platform.python_implementation(), platform.python_version(), "
            "bool(sysconfig.get_config_var('Py_GIL_DISABLED')))")
    try:
        out = subprocess.run([executable, "-c", code], capture_output=True, text=True,
                             timeout=30, check=True).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    return out[1] if out[:1] == ["CPython"] and out[2:] == ["False"] else None


def patch_key(version: str) -> tuple:
    return tuple(int(part) for part in version.split(".")[:3] if part.isdigit())


def find(version: str) -> tuple[str, str] | None:
    """(executable, full version) of the newest patch release of `version` found."""
    best = None
    for candidate in candidates(version):
        full = full_version(str(candidate))
        if full and full.startswith(version + ".") and (
                best is None or patch_key(full) > patch_key(best[1])):
            best = (str(candidate), full)
    return best
