"""ARCHITECTURE.md sends a reader to a family's entry module for its rule modules: every ``<family>_*.py`` beside
an entry module that lists its family is named in that module's docstring, so a new rule module is found there."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ENTRIES = [p for d in ("agent/offline", "agent/qa", "agent") for p in sorted((ROOT / d).glob("*.py"))
           if "_" not in p.stem and "``" + p.stem + "_" in (ast.get_docstring(ast.parse(p.read_text("utf-8"))) or "")]


def test_the_families_are_found():
    names = {p.stem for p in ENTRIES}
    assert {"attacks", "agreements", "casualties", "roles", "frames", "scope", "counts", "events"} <= names


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda p: str(p.relative_to(ROOT)))
def test_an_entry_module_lists_every_rule_module_of_its_family(entry: Path):
    doc = ast.get_docstring(ast.parse(entry.read_text("utf-8"))) or ""
    modules = sorted(p.stem for p in entry.parent.glob(entry.stem + "_*.py"))
    missing = [m for m in modules if "``" + m + "``" not in doc]
    assert not missing, f"{entry.relative_to(ROOT)}: add these rule modules to its docstring's list: {missing}"
