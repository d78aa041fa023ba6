"""Independent sources: shared upstream sources and syndicated copies count once."""

from __future__ import annotations

from datetime import date

from telisik.models import (
    AnalysedArticle, Article, CanonicalEntity, Claim, ClaimRef, Extraction, PublishedDate, Quote, Verdict,
)
from telisik.reconcile import reconcile
from telisik.reconcile.sources import article_relay, count_independent_sources, independent_sources, root_article


def ref(article_id: int, outlet: str, value: float = 8, chain: tuple[str, ...] = (), start: int = 0) -> ClaimRef:
    return ClaimRef(article_id, outlet, None, Claim("killed", value, value, start, start + 3, "x", source_chain=chain))


def member(article_id: int, outlet: str, claims: list[Claim], quotes: tuple[Quote, ...] = (), day: int = 6) -> AnalysedArticle:
    article = Article(id=article_id, version=1, source_key=f"doc:{article_id}", text="x" * 300, lang="id",
                      outlet=outlet, published=PublishedDate(date(2022, 1, day), True, "text"))
    return AnalysedArticle(article, Extraction(article_id, claims=tuple(claims), quotes=quotes))


def test_a_syndicated_copy_counts_once_and_is_listed_as_also_published_by() -> None:
    refs = [ref(1, "Antara"), ref(2, "Republika"), ref(3, "Kompas")]
    assert count_independent_sources(refs) == 3
    copies = {2: 1}  # Republika ran Antara's story
    assert count_independent_sources(refs, copies) == 2
    antara = next(s for s in independent_sources(refs, copies) if s.name == "Antara")
    assert antara.articles == (1, 2) and antara.also_published_by == (2,)
    assert [r.copy_of for r in antara.reports] == [None, 1]


def test_a_copy_of_a_copy_stands_on_the_original() -> None:
    assert root_article(3, {3: 2, 2: 1}) == 1
    assert root_article(1, {3: 2, 2: 1}) == 1
    assert root_article(1, {1: 2, 2: 1}) in (1, 2)  # a cycle in bad data ends


def test_a_copy_whose_original_has_no_claim_of_the_kind_uses_the_originals_outlet() -> None:
    refs = [ref(2, "Republika"), ref(3, "Suara")]
    assert count_independent_sources(refs, {2: 1, 3: 1}, outlets={1: "Antara"}) == 1


def test_two_outlets_relaying_one_ministry_are_one_source_with_their_relays() -> None:
    refs = [ref(1, "Mata Indonesia", chain=("Kementerian Dalam Negeri Kazakhstan",)),
            ref(2, "Bisnis.com", chain=("Kementerian Dalam Negeri", "Kazakh"))]
    [source] = independent_sources(refs, article_relays={1: ("Al Jazeera",)})
    assert source.name == "Kementerian Dalam Negeri Kazakhstan"
    assert {r.outlet: (r.via, r.via_inferred) for r in source.reports} == {
        "Mata Indonesia": (("Al Jazeera",), True), "Bisnis.com": (("Kazakh",), False)
    }


def test_an_alias_of_the_story_entity_is_the_same_originator() -> None:
    refs = [ref(1, "A", chain=("Kemendagri",)), ref(2, "B", chain=("Kementerian Dalam Negeri",))]
    assert count_independent_sources(refs) == 2
    ministry = CanonicalEntity("Kementerian Dalam Negeri", "ORG", aliases=("Kemendagri",))
    assert count_independent_sources(refs, entities=[ministry]) == 1


def test_different_ministries_stay_apart() -> None:
    refs = [ref(1, "A", chain=("Kementerian Dalam Negeri",)), ref(2, "B", chain=("Kementerian Kesehatan",))]
    assert count_independent_sources(refs) == 2


def test_article_relay_is_the_one_outlet_its_quotes_name() -> None:
    one = (Quote("a", 0, 1, "X", "kata", ("Al Jazeera",)), Quote("b", 2, 3, "X", "sambung", ()))
    several = (Quote("a", 0, 1, "X", "kata", ("TheGuardian",)), Quote("b", 2, 3, "Y", "mengatakan", ("Interfax",)))
    assert article_relay(member(1, "A", [], one)) == ("Al Jazeera",)
    assert article_relay(member(2, "B", [], several)) == ()


def test_reconcile_gives_a_copy_no_second_vote() -> None:
    def killed(value: float) -> Claim:
        return Claim("killed", value, value, 0, 3, "x")

    # Two copies of the 3 against one 5 would make 3 the most reported; the copy does not vote.
    members = [member(1, "Antara", [killed(3)]), member(2, "Republika", [killed(3)]), member(3, "Kompas", [killed(5)])]
    [group] = reconcile(1, members, {2: 1}).groups
    assert group.verdict is Verdict.CONFLICT
    assert "3 vs 5" in group.explanation and "3 vs 3" not in group.explanation
    assert group.independent_sources == 2
    assert len(group.claims) == 3  # the copy's claim is kept as evidence
    [alone] = reconcile(1, members[:2], {2: 1}).groups
    assert alone.verdict is Verdict.SINGLE
