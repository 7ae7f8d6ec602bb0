"""The direction of imports is a checked contract (STYLE.md):

- schemas/ imports nothing from marsad, agent, index, evals or ui;
- marsad/ (core) imports nothing from agent, index, evals or ui, except inside the CLI
  command functions (lazy, at call time);
- index/ imports nothing from agent, evals or ui; agent/ nothing from evals or ui;
- evals/ nothing from ui.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "schemas": {"marsad", "agent", "index", "evals", "ui"},
    "marsad": {"agent", "index", "evals", "ui"},
    "index": {"agent", "evals", "ui"},
    "agent": {"evals", "ui"},
    "evals": {"ui"},
}


def _top_level_imports(path: Path) -> set[str]:
    """Modules imported at module level (not inside functions: those are lazy by design)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        stack = [node]
        while stack:
            n = stack.pop()
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(n, ast.Import):
                names.update(a.name.split(".")[0] for a in n.names)
            elif isinstance(n, ast.ImportFrom) and n.module and n.level == 0:
                names.add(n.module.split(".")[0])
            stack.extend(ast.iter_child_nodes(n))
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layers_import_only_downwards(package):
    bad = []
    for path in sorted((REPO / package).rglob("*.py")):
        if package == "marsad" and "cli" in path.parts:
            continue
        hit = _top_level_imports(path) & FORBIDDEN[package]
        if hit:
            bad.append(f"{path.relative_to(REPO)} imports {sorted(hit)}")
    assert not bad, "layer contract broken:\n" + "\n".join(bad)


def test_schemas_import_nothing_of_the_project_even_lazily():
    for path in (REPO / "schemas").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for n in ast.walk(tree):
            if isinstance(n, ast.ImportFrom) and n.module and n.module.split(".")[0] in FORBIDDEN["schemas"]:
                raise AssertionError(f"{path} imports {n.module}")
