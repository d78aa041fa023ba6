"""The clusterings of bench/cluster_ceiling.py (the batch and greedy ceilings of issue 5, session 8)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def ceiling() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("cluster_ceiling", BENCH / "cluster_ceiling.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def blocks(groups: list[int], inside: float = 0.9, outside: float = 0.1) -> np.ndarray:
    labels = np.asarray(groups)
    similarity = np.where(labels[:, None] == labels[None, :], inside, outside)
    np.fill_diagonal(similarity, 1.0)
    return similarity


@pytest.mark.parametrize("link", ["average", "complete", "single"])
def test_a_cut_between_the_two_levels_gives_the_blocks(ceiling: ModuleType, link: str) -> None:
    groups = [0, 1, 0, 2, 1, 0]
    tree = ceiling.agglomerate(blocks(groups), link)
    predicted = ceiling.cut(tree, 0.5)
    assert ceiling.scores([str(g) for g in groups], predicted) == (1.0, 1.0)
    assert len(set(ceiling.cut(tree, 0.95))) == len(groups)  # above both levels: all apart
    assert len(set(ceiling.cut(tree, 0.05))) == 1  # below both: all together


def test_the_greedy_pass_joins_the_best_story_by_mean_score(ceiling: ModuleType) -> None:
    groups = [0, 1, 0, 2, 1, 0]
    assert ceiling.greedy(blocks(groups), 0.5) == [0, 1, 0, 2, 1, 0]


def test_the_greedy_pass_depends_on_order(ceiling: ModuleType) -> None:
    # a–b 0.8, b–c 0.9, a–c 0.2. Arriving a, b, c: b joins a, then c's mean with {a, b} is 0.55, so all
    # three are one story. Arriving a, c, b: c opens its own story (0.2), and b joins c's (0.9 > 0.8).
    similarity = np.array([[1.0, 0.8, 0.2], [0.8, 1.0, 0.9], [0.2, 0.9, 1.0]])
    assert ceiling.greedy(similarity, 0.5) == [0, 0, 0]
    order = [0, 2, 1]  # a, c, b
    assert ceiling.greedy(similarity[np.ix_(order, order)], 0.5) == [0, 1, 1]


def test_the_best_cut_is_the_highest_pairwise_f1(ceiling: ModuleType) -> None:
    table = {0.1: (0.5, 0.9), 0.3: (0.8, 0.7), 0.7: (0.6, 0.95)}
    assert ceiling.best_cut(table) == 0.3
