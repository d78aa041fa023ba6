"""The English steps of the entity tagger (telisik/extract/ner/english.py): the capitalisation table."""

from __future__ import annotations

import json
from pathlib import Path

from telisik.extract.ner.english import build_case_table, case_table, english_lexicon, is_ordinary
from telisik.language.wordclasses import read_clusters


def test_build_case_table_counts_capitalisation_away_from_sentence_starts(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    texts = [f"Police said the driver fled from Springfield. Killed on day {i}, the man met Smith." for i in range(4)]
    corpus.write_text("\n".join(json.dumps({"text": text}) for text in texts), encoding="utf-8")
    output = tmp_path / "table.txt"
    assert build_case_table(corpus, output) == len(read_clusters(output))
    table = read_clusters(output)
    assert table["springfield"].capitalised == 100 and table["driver"].capitalised == 0
    assert table["killed"].count == 4 and table["killed"].capitalised == 0  # only ever sentence-initial: no evidence
    assert "day" in table and "0" not in table  # words seen fewer than three times are left out
    build_case_table(corpus, tmp_path / "again.txt")
    assert output.read_bytes() == (tmp_path / "again.txt").read_bytes()


def test_shipped_table_knows_ordinary_words_and_names() -> None:
    lexicon = english_lexicon()
    assert len(case_table()) > 5_000  # 6,764 words counted from ECB+ (bench/english_case_table.py)
    assert is_ordinary("Killed", lexicon) and is_ordinary("Driver", lexicon)
    assert not is_ordinary("Williams", lexicon) and not is_ordinary("Bloomington", lexicon)
    assert not is_ordinary("Judge", lexicon)  # a title is a cue word, never an ordinary word
