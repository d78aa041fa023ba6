"""Victim groups: who a casualty claim is about (police, military, civilians, …).

Two outlets may give different numbers because they count different people
("8 police and guards killed" vs "10 people killed"): that is a difference of
scope, not a contradiction. The words of each group are data, per language,
in ``data/<lang>/victim_groups.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

UNSPECIFIED = "unspecified"
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> dict[tuple[str, ...], str]:
    path = resources.files("telisik.reconcile") / "data" / lang / "victim_groups.txt"
    if not path.is_file():
        return {}
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            group, phrase = line.split("\t", 1)
            entries[tuple(phrase.lower().split())] = group
    return entries


def victim_group(subject: str | None, lang: str = "id") -> str:
    """``police``, ``military+police``, … or ``unspecified`` when the words name no group."""
    if not subject:
        return UNSPECIFIED
    lexicon = {**_lexicon("en"), **_lexicon(lang if lang in ("id", "en") else "id")}
    words = [w.lower() for w in WORD.findall(subject)]
    longest = max((len(k) for k in lexicon), default=0)
    found, i = set(), 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            group = lexicon.get(tuple(words[i : i + size]))
            if group is not None:
                found.add(group)
                i += size
                break
        else:
            i += 1
    return "+".join(sorted(found)) or UNSPECIFIED
