"""The CRF's weights are kept in the table cache; what is read back is what CRFsuite gives."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from telisik.extract.ner import crf_model_path
from telisik.extract.ner.linear import LinearCRF, _read_weights, load_linear
from telisik.language import tables


def test_cached_weights_equal_crfsuites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tables.ENVIRONMENT, str(tmp_path))
    parsed = LinearCRF(*_read_weights(crf_model_path()))
    written = load_linear(crf_model_path())  # parses, writes the table
    assert len(list(tmp_path.glob("crf-*" + tables.SUFFIX))) == 1
    read = load_linear(crf_model_path())  # reads it
    for model in (written, read):
        assert model.index == parsed.index
        assert np.array_equal(model.table, parsed.table) and np.array_equal(model.trans, parsed.trans)


def test_a_missing_model_still_fails_as_missing(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        load_linear(str(tmp_path / "absent.crfsuite"))
