"""Full-text search with Indonesian stemming: `bangun` finds `pembangunan`.

Article titles and texts are reduced to their stems by the Sastrawi stemmer
(PySastrawi) and kept in the ``articles_stem_fts`` index (migration 6); a query
is stemmed the same way and each of its stems is matched as a quoted FTS5
string, so no user input is ever read as query syntax.

SQLite cannot stem by itself, so :func:`index_pending` writes the rows: the
server calls it at start-up, after an article is posted, and before a search
when the last look is older than :data:`INDEX_CHECK_SECONDS` (articles that
``telisik run`` adds in another process show up in search within that time).
It only does work for articles that are new or whose text changed (the
migration's triggers drop a changed article's row).
"""

from __future__ import annotations

import re
import threading
import time
import weakref

from telisik.language.stemming import stem
from telisik.store import Store

INDEX_BATCH = 500  # articles stemmed per transaction: small enough that readers are never held up long
INDEX_CHECK_SECONDS = 10.0  # finding unindexed articles scans the article ids: not on every search
MAX_QUERY_TERMS = 16  # a longer query is cut: every term is one more FTS5 phrase to intersect

_WORD = re.compile(r"\w+(?:-\w+)*", re.UNICODE)
_index_lock = threading.Lock()
_last_check: weakref.WeakKeyDictionary[Store, float] = weakref.WeakKeyDictionary()  # store → its last look


def stem_word(word: str) -> str:
    """The stem of one lower-cased word (Sastrawi, cached; a word it does not know is kept as it is)."""
    return stem(word, "id")


def stem_text(text: str) -> str:
    """Every word of ``text`` lower-cased and stemmed, joined by spaces."""
    return " ".join(stem_word(w) for w in _WORD.findall(text.lower()))


def query_terms(query: str) -> list[str]:
    """The stems of a user query, duplicates dropped, at most :data:`MAX_QUERY_TERMS`."""
    terms: list[str] = []
    for word in _WORD.findall(query.lower()):
        for term in stem_word(word).split():
            if term not in terms:
                terms.append(term)
    return terms[:MAX_QUERY_TERMS]


def index_pending(store: Store) -> int:
    """Stem and index every article missing from the stemmed index; return how many."""
    done = 0
    with _index_lock:  # two requests must not stem the same articles twice
        _last_check[store] = time.monotonic()
        while batch := store.unstemmed_articles(INDEX_BATCH):
            store.save_stems([(i, stem_text(title), stem_text(text)) for i, title, text in batch])
            done += len(batch)
    return done


def search(store: Store, query: str, limit: int, offset: int, *, fresh: bool = False) -> tuple[int, list[int]]:
    """(how many articles match, one page of their ids, best first); ``fresh`` indexes whatever is new first."""
    if fresh or time.monotonic() - _last_check.get(store, float("-inf")) > INDEX_CHECK_SECONDS:
        index_pending(store)
    return store.search_stems(query_terms(query), limit, offset)
