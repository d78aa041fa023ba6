"""The import rules of STYLE.md: stages never import each other; only store/ holds SQL.

Layers, bottom up: core (models, errors, settings) → language → stages and store →
pipeline, evaluate → api → cli, report. A module may import only from its own
package or a lower layer.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "telisik"
STAGES = {"ingest", "normalise", "extract", "cluster", "reconcile", "summarise"}
LAYER = {
    "__init__": 0, "models": 0, "errors": 0, "settings": 0,
    "language": 1,
    **{stage: 2 for stage in STAGES}, "store": 2,
    "serialise": 3, "checkpoint": 3, "pipeline": 3, "parallel": 3,
    "api": 4, "evaluate": 5,
    "cli": 6, "report": 6, "serve": 6, "__main__": 7,
}


def top_level(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def telisik_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("telisik"):
            parts = node.module.split(".")
            if len(parts) > 1:
                found.add(parts[1])
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("telisik."):
                    found.add(alias.name.split(".")[1])
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down_the_layers(path: Path) -> None:
    own = top_level(path)
    assert own in LAYER, f"{own} has no layer: add it to LAYER"
    for imported in telisik_imports(path) - {own, "__version__"}:
        assert imported in LAYER, f"{path.name} imports unknown telisik.{imported}"
        if own in STAGES:
            assert imported not in STAGES, f"stage {own} imports stage {imported}: talk through models"
        assert LAYER[imported] <= LAYER[own], f"{own} (layer {LAYER[own]}) imports {imported} (layer {LAYER[imported]})"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_sql_lives_only_in_store(path: Path) -> None:
    if top_level(path) == "store":
        return
    source = path.read_text(encoding="utf-8")
    assert "import sqlalchemy" not in source and "sqlite3" not in source, f"{path.name} reaches the database"
