"""Quotes and their speakers against hand-labelled excerpts (issue 6).

A labelled line is ``{"source", "outlet", "text", "quotes": [{"starts", "speaker"}]}``:
every quote whose opening and closing marks both lie in the excerpt, by its first words,
and the speaker the excerpt names (null when it names nobody: "ujarnya" with no name
before it).

- quotes: a found quote matches a gold quote when its text starts with the gold words;
  precision over found quotes, recall over gold quotes;
- speakers: a speaker is right when it equals the gold name or one contains the other as
  whole words ("Budhy" for "Budhy Hendratno"); precision over found quotes that name a
  speaker (a name where the excerpt names nobody is wrong), recall over gold quotes that
  name one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from telisik.extract.entities import find_entities
from telisik.extract.quotes import find_quotes

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(name: str) -> str:
    return " " + " ".join(_WORD.findall(name.lower())) + " "


def same_speaker(found: str | None, gold: str | None) -> bool:
    """The found speaker names the gold one: equal, or one inside the other as whole words."""
    if found is None or gold is None:
        return False
    a, b = _words(found), _words(gold)
    return a.strip() != "" and (a in b or b in a)


def evaluate_quotes(path: Path, lang: str = "id") -> dict[str, Any]:
    """Quote and speaker precision and recall over a labelled JSONL file, with every miss described."""
    found_quotes = matched = gold_quotes = 0
    named_gold = named_found = right = 0
    misses: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text, gold = item["text"], item["quotes"]
        quotes = find_quotes(text, find_entities(text, lang), lang)
        found_quotes += len(quotes)
        gold_quotes += len(gold)
        named_gold += sum(1 for g in gold if g["speaker"])
        where = item["source"][:40]
        for q in quotes:
            g = next((g for g in gold if q.text.strip().startswith(g["starts"])), None)
            matched += g is not None
            if q.speaker is not None:
                named_found += 1
                if g is not None and same_speaker(q.speaker, g["speaker"]):
                    right += 1
                else:
                    misses.append(f"{where}: {q.text[:40]!r} → {q.speaker!r}, gold {g and g['speaker']!r}")
            elif g is not None and g["speaker"]:
                misses.append(f"{where}: {q.text[:40]!r} → None, gold {g['speaker']!r}")
        for g in gold:
            if not any(q.text.strip().startswith(g["starts"]) for q in quotes):
                misses.append(f"{where}: missed quote {g['starts']!r}")
    return {
        "file": path.name, "gold_quotes": gold_quotes, "system_quotes": found_quotes,
        "quote_p": matched / found_quotes if found_quotes else 0.0,
        "quote_r": matched / gold_quotes if gold_quotes else 0.0,
        "gold_named": named_gold, "system_named": named_found,
        "speaker_p": right / named_found if named_found else 0.0,
        "speaker_r": right / named_gold if named_gold else 0.0,
        "misses": misses,
    }
