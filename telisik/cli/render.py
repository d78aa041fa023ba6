"""Text rendering of CLI results with rich: tables, side-by-side facts."""

from __future__ import annotations

from typing import Any, Callable

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from telisik.models import IngestReport
from telisik.pipeline import RunReport

console = Console(highlight=False)

LEAD_CHARACTERS = 90
VERDICT_STYLE = {
    "agree": "green", "refine": "cyan", "update": "yellow", "conflict": "bold red", "different-scope": "magenta",
    "single": "dim",
}


def _headline(article: dict[str, Any]) -> str:
    if article.get("title"):
        return article["title"]
    lead = article.get("lead") or ""
    short = lead if len(lead) <= LEAD_CHARACTERS else lead[: LEAD_CHARACTERS - 1].rstrip() + "…"
    return f"[italic]{short}[/italic]"


def _date(article: dict[str, Any]) -> str:
    value = (article.get("published") or "—")[:10]
    return f"{value}*" if article.get("published_inferred") else value


def ingest_report(report: IngestReport) -> None:
    console.print(
        f"ingested: {len(report.added)} new, {len(report.updated)} new versions, "
        f"{report.unchanged} unchanged, {len(report.failures)} failed"
    )
    for failure in report.failures:
        console.print(f"  [red]failed[/red] {failure.origin}: {failure.message}")


def run_report(report: RunReport) -> None:
    table = Table("stage", "ok", "failed", "seconds", title="pipeline run")
    for stage, tally in report.stages.items():
        table.add_row(stage.value, str(tally.ok), str(tally.failed), f"{tally.seconds:.2f}")
    console.print(table)
    if report.failed:
        console.print("[red]some items failed; `telisik article ID` or the stage_results table says why[/red]")


def _articles_table(articles: list[dict[str, Any]]) -> Table:
    table = Table("id", "outlet", "published", "title", show_edge=False)
    for a in articles:
        table.add_row(str(a["id"]), a.get("outlet") or "?", _date(a), _headline(a))
    return table


def _value(claim: dict[str, Any]) -> str:
    return claim["text"] + (f" ({claim['subject']})" if claim.get("subject") else "")


def facts_table(detail: dict[str, Any]) -> Table:
    """One row per claim kind, one column per article: the facts side by side."""
    articles = detail["articles"]
    table = Table("fact", *[f"{a.get('outlet') or '?'} #{a['id']}" for a in articles], "verdict", "sources",
                  show_edge=False)
    for group in detail["comparison"]:
        cells = []
        for a in articles:
            said = [_value(c) for c in group["claims"] if c["article"] == a["id"]]
            cells.append("; ".join(said) or "—")
        verdict = group["verdict"]
        table.add_row(group["kind"], *cells, f"[{VERDICT_STYLE.get(verdict, '')}]{verdict}[/]",
                      str(group["independent_sources"]))
    return table


def stories(listed: list[dict[str, Any]], detail_of: Callable[[int], dict[str, Any]]) -> None:
    """Stories of several articles in full (facts side by side when outlets differ), the rest one line each."""
    multi = [s for s in listed if len(s["outlets"]) > 1]
    console.print(f"[bold]{len(listed)} stories[/bold], {len(multi)} covered by more than one outlet\n")
    singles = [s for s in listed if len(s["articles"]) == 1]
    for s in listed:
        if len(s["articles"]) == 1:
            continue
        outlets = ", ".join(s["outlets"]) or "unknown outlet"
        console.print(f"[bold]Story {s['id']}[/bold] · {len(s['articles'])} articles · {outlets}")
        console.print(_articles_table(s["articles"]))
        if len(s["outlets"]) > 1:
            detail = detail_of(s["id"])
            if detail["comparison"]:
                console.print(facts_table(detail))
            else:
                console.print("  [dim]no comparable figures found in these articles[/dim]")
        console.print()
    if singles:
        console.print(f"[bold]{len(singles)} single-article stories[/bold]")
        table = Table("story", "id", "outlet", "published", "title", show_edge=False)
        for s in singles:
            a = s["articles"][0]
            table.add_row(str(s["id"]), str(a["id"]), a.get("outlet") or "?", _date(a), _headline(a))
        console.print(table)
    console.print("[dim]* publication date inferred from the text[/dim]")


def story(detail: dict[str, Any]) -> None:
    """`telisik story ID`: the articles, the fact table with verdicts and sources, summary,
    timeline, quotes as speaker → relay → outlet, and the in-article flags with their spans."""
    console.print(f"[bold]Story {detail['id']}[/bold] · {', '.join(detail['outlets'])}")
    console.print(_articles_table(detail["articles"]))
    copies = [a for a in detail["articles"] if a.get("copy_of") is not None]
    for a in copies:
        console.print(f"[dim]#{a['id']} ({a.get('outlet') or '?'}) is a copy of #{a['copy_of']}: also published by[/dim]")
    _incident(detail.get("incident"))
    if detail["comparison"]:
        console.print("\n[bold]Facts side by side[/bold]")
        console.print(facts_table(detail))
        for group in detail["comparison"]:
            _fact_evidence(group)
    if detail.get("events"):
        console.print("\n[bold]Events side by side[/bold]")
        for event in detail["events"]:
            verdict = event["verdict"]
            console.print(f"[{VERDICT_STYLE.get(verdict, '')}]{verdict}[/] {escape(event['explanation'])}")
            shown: dict[tuple[int, int], list[dict[str, Any]]] = {}
            for m in event["mentions"]:  # one line per sentence, naming every action read in it
                shown.setdefault((m["article"], m["sentence"]["start"]), []).append(m)
            for mentions in shown.values():
                m = mentions[0]
                when = f" {m['when'][:10]}" if m.get("when") else ""
                actions = ", ".join(dict.fromkeys(x["action"] for x in mentions))
                where = _reference(f"#{m['article']}:{m['sentence']['start']}-{m['sentence']['end']}")
                console.print(f"  {escape(m['outlet'] or '?')}{when} [italic]{escape(actions)}[/italic]: "
                              f"{escape(m['sentence']['text'])} {where}")
    if detail["summary"]:
        console.print("\n[bold]Summary[/bold]")
        for s in detail["summary"]:
            cites = ", ".join(f"#{c['article']}:{_span(c)}" for c in s["citations"])
            text = f"[bold]{s['text']}[/bold]" if s.get("kind") == "statement" else s["text"]
            console.print(f"• {text} {_reference(cites)}")
    if detail["timeline"]:
        console.print("\n[bold]Timeline[/bold]")
        for t in detail["timeline"]:
            cites = ", ".join(dict.fromkeys(f"#{c['article']}" for c in t["citations"]))  # every article, once
            console.print(f"{t['label']}  {t['text']} {_reference(cites)}")
    if detail["quotes"]:
        console.print("\n[bold]Quotes[/bold] [dim](speaker → relay → outlet)[/dim]")
        for q in detail["quotes"]:
            chain = " → ".join(escape(link) for link in q.get("chain") or [q["speaker"] or "?"])
            verb = f" [dim]({q['verb']})[/dim]" if q.get("verb") else ""
            where = _reference(f"#{q['article']}:{q['start']}-{q['end']}")
            console.print(f"[bold]{chain}[/bold]{verb}: “{escape(q['text'])}” {where}")
    if detail["flags"]:
        console.print("\n[bold]Flags[/bold]")
    for f in detail["flags"]:
        spans = f"#{f['article']}:{f['start']}-{f['end']}"
        if f.get("related"):
            spans += f" & {f['related']['start']}-{f['related']['end']}"
        console.print(f"[yellow]⚑ {f['code']}[/yellow] {escape(f['message'])} {_reference(spans)}")


def _reference(where: str) -> str:
    """ "[#1:178-182]", dimmed, its brackets escaped so rich does not read them as markup."""
    return f"[dim]{escape('[' + where + ']')}[/dim]"


def _fact_evidence(group: dict[str, Any]) -> None:
    """Under the table: why the verdict, who the independent sources are, and the sentences."""
    verdict = group["verdict"]
    console.print(f"\n[{VERDICT_STYLE.get(verdict, '')}]{group['kind']}: {verdict}[/] — {escape(group['explanation'])}")
    for src in group.get("sources", []):
        reports = "; ".join(
            f"{r['outlet'] or '#' + str(r['article'])}"
            + (f" via {' ← '.join(r['via'])}" + (" (inferred)" if r["via_inferred"] else "") if r["via"] else "")
            + (f", a copy of #{r['copy_of']}" if r.get("copy_of") is not None else "")
            for r in src.get("reports", [])
        )
        console.print(f"  source: [bold]{escape(src['name'])}[/bold] ← {escape(reports)}")
    for c in group["claims"]:
        console.print(f"  [dim]#{c['article']}:{_span(c)} {escape(c['outlet'] or '?')}:[/dim] "
                      f"{escape(c['text'])} ({c.get('victim_group') or '?'}){_setting(c)}")


def _setting(c: dict[str, Any]) -> str:
    """ ", Almaty, 2022-01-05": where and when the claim's context says it happened, when it does."""
    parts = [escape(c["place"])] if c.get("place") else []
    parts += [c["event_time"][:10]] if c.get("event_time") else []
    return "".join(f", {part}" for part in parts)


PLACE_BASIS = {
    "claims": "named with the tolls",
    "text": "the first town the articles name",
    "dateline": "the town the reports are filed from",
    "claims-place": "named with the tolls; no town named",
}


def _incident(found: dict[str, Any] | None) -> None:
    """Where and when, each with what it rests on (a story without tolls has neither)."""
    if not found or not (found.get("place") or found.get("when")):
        return
    parts = []
    if found.get("place"):
        cite = found.get("place_citation")
        where = " " + _reference(f"#{cite['article']}:{_span(cite)}") if cite else ""
        parts.append(f"{escape(found['place'])} [dim]({PLACE_BASIS.get(found['place_basis'], '')})[/dim]{where}")
    if found.get("when"):
        cites = ", ".join(dict.fromkeys(f"#{c['article']}" for c in found["when_citations"]))
        basis = " [dim](the first day the articles name)[/dim]" if found.get("when_basis") == "text" else ""
        parts.append(f"{found['when']}{basis} {_reference(cites)}")
    console.print("[bold]Where and when[/bold] " + " · ".join(parts))


def _span(s: dict[str, Any]) -> str:
    """start-end of a span or claim, saying so when it indexes the title rather than the text."""
    return f"{s['start']}-{s['end']}" + (" of the title" if s.get("field") == "title" else "")


def article(detail: dict[str, Any]) -> None:
    published = detail["published"]
    dateline = detail["dateline"]
    console.print(f"[bold]Article {detail['id']}[/bold] · {detail.get('outlet') or '?'} · story {detail['story']}")
    console.print(f"published: {published['value'] or '—'}" + (" (inferred)" if published["inferred"] else ""))
    if dateline["outlet"] or dateline["place"]:
        console.print(f"dateline: {dateline['outlet'] or '—'}, {dateline['place'] or '—'}")
    console.print(f"language: {detail['lang']} · version {detail['version']} of {len(detail['versions'])}")
    for key in ("dates", "numbers", "entities", "claims", "quotes", "flags"):
        console.print(f"{key}: {len(detail[key])}")
    for c in detail["claims"]:
        console.print(f"  {c['kind']}: {c['text']} (min {c['min']}, max {c['max']})"
                      + (" — in the title" if c.get("field") == "title" else ""))
