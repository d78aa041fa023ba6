"""The source an article credits as a whole (telisik.extract.credits), and what it does to claims and sources."""

from __future__ import annotations

import pytest

from telisik import api
from telisik.extract.credits import credit_claims, find_credit
from telisik.models import Claim, ClaimRef
from telisik.reconcile.sources import independent_sources

CREDITS = [
    ("Kamera baru itu dijual Rp 5 juta.\nSumber: The Verge", ("The Verge",)),
    ("Kamera baru itu dijual Rp 5 juta.\n\nSumber: The Verge dan Liliputing.", ("The Verge", "Liliputing")),
    ("Two people died.\nSource: Reuters, AP", ("Reuters", "AP")),
    ("Banjir merendam 40 rumah.\n(Antara)", ("Antara",)),
    ("Banjir merendam 40 rumah.\n[ANTARA]", ("Antara",)),
    ("Banjir merendam 40 rumah.\n(the Associated Press)", ("Associated Press",)),
    # the reporter's initials, an aside in brackets, a word "sumber" in a sentence: no credit
    ("Banjir merendam 40 rumah.\n(rsa)", ()),
    ("Banjir merendam 40 rumah.\n(foto: dok. BPBD)", ()),
    ("Menurut sumber: polisi menahan tiga orang yang diduga terlibat dalam kerusuhan di pasar itu.", ()),
    ("Banjir merendam 40 rumah, kata sumber kepolisian.", ()),
]


@pytest.mark.parametrize(("text", "credit"), CREDITS)
def test_credit_lines(text: str, credit: tuple[str, ...]) -> None:
    assert find_credit(text) == credit


def claim(chain: tuple[str, ...] = ()) -> Claim:
    return Claim(kind="killed", min=8, max=8, text="8 tewas", start=0, end=7, sentence_start=0, sentence_end=20,
                 source_chain=chain)


def test_one_credited_source_ends_every_chain() -> None:
    bare, said = credit_claims([claim(), claim(("Polisi",))], ("Antara",))
    assert bare.source_chain == ("Antara",)  # named no source: it came from the agency
    assert said.source_chain == ("Polisi", "Antara")  # the police, relayed by the agency
    assert credit_claims([claim(("Antara",))], ("Antara",))[0].source_chain == ("Antara",)  # not twice


def test_several_credits_or_the_outlets_own_name_change_nothing() -> None:
    assert credit_claims([claim()], ("The Verge", "Liliputing"))[0].source_chain == ()
    assert credit_claims([claim()], ("Antara",), outlet="antaranews")[0].source_chain == ()
    assert credit_claims([claim()], ()) == [claim()]


def test_two_outlets_rewriting_one_agency_report_are_one_source() -> None:
    texts = {
        "kompas": "Banjir bandang di Garut menewaskan 12 orang pada Selasa.\n(Antara)",
        "detik": "Sebanyak 12 orang tewas akibat banjir bandang di Garut, Selasa.\n\nSumber: Antara",
        "tempo": "Banjir bandang di Garut menewaskan 12 orang, Selasa.",  # its own report
    }
    refs = []
    for number, (outlet, text) in enumerate(texts.items(), start=1):
        analysed = api.analyse_text(text, doc_id=outlet, article_id=number, outlet=outlet, lang="id")
        [killed] = [c for c in analysed.extraction.claims if c.kind == "killed"]
        refs.append(ClaimRef(number, outlet, None, killed))
    sources = independent_sources(refs)
    assert sorted((s.name, s.articles) for s in sources) == [("Antara", (1, 2)), ("tempo", (3,))]
