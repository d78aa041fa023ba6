"""Multi-document eval items (casualties, summarise): analysing their documents.

An item is ``{id, lang, docs: [{id, text, ...}], ...}``. Each doc is analysed on
its own with :func:`telisik.api.analyse_record` (normalise + extract), with
article ids 1, 2, … in the item's order and the item's ``lang`` filled in when the
doc carries none. A doc the pipeline rejects (a
:class:`~telisik.errors.TelisikError`, e.g. a page of captcha text with no
article) is left out and counted, as a batch run would record and skip it. The
surviving documents are then reconciled as one story (``story_id=0``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from telisik.errors import TelisikError
from telisik.models import AnalysedArticle, Comparison


@dataclass(frozen=True, slots=True)
class AnalysedItem:
    """The analysed documents of one item, and how many could not be analysed."""

    members: tuple[AnalysedArticle, ...]
    failed_docs: int


def analyse_item(item: dict[str, Any]) -> AnalysedItem:
    """Analyse every document of one item (see the module docstring)."""
    from telisik.api import analyse_record  # the pipeline is imported lazily

    members: list[AnalysedArticle] = []
    failed = 0
    for article_id, doc in enumerate(item["docs"], start=1):
        record = {**doc, "lang": doc.get("lang") or item.get("lang")}
        try:
            members.append(analyse_record(record, article_id))
        except TelisikError:
            failed += 1
    return AnalysedItem(tuple(members), failed)


def reconcile_members(members: Sequence[AnalysedArticle]) -> Comparison:
    """The comparison of one item's analysed documents (empty if none survived)."""
    if not members:
        return Comparison(story_id=0)
    from telisik.reconcile import reconcile  # the stage is imported lazily

    return reconcile(story_id=0, members=list(members))
