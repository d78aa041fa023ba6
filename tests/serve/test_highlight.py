"""Cutting article text into marked pieces for HTML."""

from __future__ import annotations

from telisik.serve.highlight import Mark, cut


def test_pieces_cover_the_text_exactly_once() -> None:
    text = "Delapan orang tewas di Almaty pada Rabu (5/1)."
    marks = [Mark(0, 7, "number", "8"), Mark(0, 19, "claim", "killed 8"), Mark(23, 29, "entity", "LOC Almaty")]
    pieces = cut(text, marks)
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.classes) for p in pieces[:3]] == [
        ("Delapan", "claim number"), (" orang tewas", "claim"), (" di ", ""),
    ]
    assert pieces[3].title == "LOC Almaty"


def test_crossing_marks_split_into_flat_pieces() -> None:
    pieces = cut("abcdef", [Mark(0, 4, "quote", "q"), Mark(2, 6, "entity", "e")])
    assert [(p.text, p.classes) for p in pieces] == [("ab", "quote"), ("cd", "entity quote"), ("ef", "entity")]


def test_marks_outside_the_text_or_empty_are_dropped() -> None:
    pieces = cut("abc", [Mark(1, 1, "date", "x"), Mark(2, 9, "date", "y"), Mark(-1, 2, "date", "z")])
    assert [(p.text, p.classes) for p in pieces] == [("abc", "")]


def test_no_text_no_pieces() -> None:
    assert cut("", [Mark(0, 1, "entity", "x")]) == []
