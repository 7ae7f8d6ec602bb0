"""Check the import contracts of ``pyproject.toml`` against the installed layout.

The design card's folders (``schemas/``, ``index/``, ``agent/``, ``evals/``, ``ui/``) live at the
top of the repository but install as ``marsad.schemas`` … (setuptools ``package-dir``). import-linter
(grimp) finds a package's modules by walking its directory, so it would not see sub-packages that
live elsewhere. This script lays the Python files out as the wheel does, in a temporary directory,
and runs ``lint-imports`` there. Usage: ``python tools/lint_imports.py`` (exit status of lint-imports).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def stage(dest: Path) -> Path:
    """Copy every package's ``.py`` files to ``dest`` in the installed layout; return ``dest``."""
    conf = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    mapping: dict[str, str] = conf.get("package-dir", {})
    for package in conf["packages"]:
        parts = package.split(".")
        # the nearest mapped ancestor decides where the package's source lives
        for i in range(len(parts), 0, -1):
            head = ".".join(parts[:i])
            if head in mapping:
                src = REPO / mapping[head] / Path(*parts[i:])
                break
        else:
            src = REPO / Path(*parts)
        target = dest / Path(*parts)
        target.mkdir(parents=True, exist_ok=True)
        for py in src.glob("*.py"):
            shutil.copy2(py, target / py.name)
    return dest


def main() -> int:
    from importlinter.cli import lint_imports

    with tempfile.TemporaryDirectory(prefix="marsad-lint-") as tmp:
        stage(Path(tmp))
        # lint-imports puts the working directory first on sys.path: run it from the staged tree,
        # or the repository's own marsad/ (without the mapped sub-packages) would be found instead.
        os.chdir(tmp)
        sys.path.insert(0, tmp)
        for name in [m for m in sys.modules if m == "marsad" or m.startswith("marsad.")]:
            del sys.modules[name]
        return lint_imports(config_filename=str(REPO / "pyproject.toml"), no_cache=True)


if __name__ == "__main__":
    sys.exit(main())
