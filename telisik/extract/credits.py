"""The source an article credits as a whole: "Sumber: The Verge", a closing "(Antara)".

Indonesian outlets rewrite foreign and wire reports and say so on a line of its own, not in
each sentence: a technology story ends with ``Sumber: The Verge``, a rewritten wire story
with ``(Antara)`` or ``[Antara]``. Every figure in such an article comes through that source,
so two outlets rewriting one agency report are one source, not two. :func:`find_credit` reads
the credit; :func:`credit_claims` adds it to the source chain of the article's claims — as the
originator of a claim that names no source, and as the relay of one that does
("kata polisi" in an article credited to Antara: the police, through Antara).

A credit line is ``Sumber: X`` or ``Source: X`` (``X`` one or more names joined by ``dan``,
``and``, ``&`` or commas), or a line that is only a bracketed outlet or agency name the media
lists know (``language/data/id/outlets.txt`` and ``media_outlets.txt``: ``(Antara)``, ``[AFP]``)
— not the reporter's initials that end many articles (``(rsa)``). An article crediting
several sources ("Sumber: The Verge dan Liliputing") does not say which figure came from which,
so its claims are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from telisik.language.lexicon import outlet_names
from telisik.models import Claim

SOURCE_LINE = re.compile(r"(?im)^[^\S\n]*[(\[]?[^\S\n]*(?:sumber|source)[^\S\n]*:[^\S\n]*(?P<names>[^\n]+?)[^\S\n]*[)\]]?[^\S\n]*\.?[^\S\n]*$")
BRACKET_LINE = re.compile(r"(?m)^[^\S\n]*[(\[][^\S\n]*(?P<name>[^\n()\[\]]{2,40}?)[^\S\n]*[)\]][^\S\n]*$")
JOINERS = re.compile(r"\s*(?:,|&|\bdan\b|\band\b)\s*", re.IGNORECASE)
# A credited name is a name, not a sentence: at most this many words.
MAX_NAME_WORDS = 5


def find_credit(text: str) -> tuple[str, ...]:
    """The names the article credits as its source, in the order written; () when it credits none."""
    names: list[str] = []
    for match in SOURCE_LINE.finditer(text):
        for name in JOINERS.split(match.group("names")):
            name = name.strip(" .()[]")
            if name and len(name.split()) <= MAX_NAME_WORDS and name not in names:
                names.append(name)
    for match in BRACKET_LINE.finditer(text):
        name = _outlets().get(_key(match.group("name")))
        if name is not None and name not in names:
            names.append(name)
    return tuple(names)


def credit_claims(claims: list[Claim], credit: tuple[str, ...], outlet: str | None = None) -> list[Claim]:
    """``claims`` with the article's one credited source at the end of their source chains; as they
    are when the credit names the article's own outlet ("(Antara)" closing an Antara article)."""
    if len(credit) != 1 or (outlet and _same_outlet(credit[0], outlet)):
        return claims
    source = credit[0]
    return [c if source in c.source_chain else replace(c, source_chain=(*c.source_chain, source)) for c in claims]


def _same_outlet(a: str, b: str) -> bool:
    """"Antara" and "antaranews" are one outlet: one name, letters only, begins the other."""
    x, y = ("".join(ch for ch in _key(name) if ch.isalnum()) for name in (a, b))
    return bool(x and y) and (x.startswith(y) or y.startswith(x))


def _key(name: str) -> str:
    return " ".join(name.casefold().removeprefix("the ").split())


@cache
def _outlets() -> dict[str, str]:
    """Outlet and agency names by their key, as the lists write them."""
    return {_key(name): name for name in reversed(outlet_names())}
