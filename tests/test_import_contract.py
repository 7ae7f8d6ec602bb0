"""The direction of imports is a checked contract (pyproject ``[tool.importlinter]``, STYLE.md):
cli > ui > evals > agent > index > core > schemas, and no cycles between sibling modules —
imports inside functions included. ``make test`` runs the same check (``tools/lint_imports.py``)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept():
    proc = subprocess.run([sys.executable, str(REPO / "tools" / "lint_imports.py")], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "0 broken" in proc.stdout


def test_every_installed_package_is_linted_and_mapped():
    """Each folder of the design card installs under ``marsad.`` and is a layer of the contract."""
    conf = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = conf["tool"]["setuptools"]
    for folder in ("schemas", "index", "agent", "evals", "ui"):
        assert setuptools["package-dir"][f"marsad.{folder}"] == folder
    layers = conf["tool"]["importlinter"]["contracts"][0]["layers"]
    tops = {p for p in setuptools["packages"] if p.count(".") == 1}
    assert tops == set(layers), "a package is missing from the layers contract"
    on_disk = set()
    for package, folder in setuptools["package-dir"].items():
        for init in (REPO / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(REPO / folder)
            on_disk.add(".".join([package, *rel.parts]))
    assert on_disk == set(setuptools["packages"]), on_disk ^ set(setuptools["packages"])


def test_a_stale_top_level_import_fails_lint(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("from schemas import Chunk\nimport agent.offline\nfrom marsad.config import Settings\n")
    ruff = Path(sys.executable).with_name("ruff")
    proc = subprocess.run([str(ruff), "check", "--no-cache", "--config", str(REPO / "pyproject.toml"), str(probe)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stdout.count("TID251") == 3, proc.stdout
