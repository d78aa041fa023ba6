"""Quality of every stage on every dev file of ../shared/data, as one table.

    .venv/bin/python bench/eval_baseline.py [--data DIR] [--only TASK] [--no-write]

Runs `telisik eval` for each (task, file) pair and writes the headline metrics
to the "eval" section of bench/README.md. These are the numbers the README quotes.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from readme_table import markdown_table, replace_section

from telisik import __version__
from telisik.evaluate import run_eval

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"

RUNS = [
    ("ner", "ner/dev/nergrit.conll", {}),
    ("ner", "ner/dev/nerp.conll", {}),
    ("ner", "ner/dev/idner-news-2k.conll", {}),
    ("ner", "ner/dev/nerui.conll", {}),
    ("ner", "ner/dev/nerugm.conll", {}),
    ("cluster", "cluster/ecbplus-dev.jsonl", {}),
    ("cluster", "cluster/gva-dev.jsonl", {}),
    ("casualties", "casualties/inageo-dev.jsonl", {}),
    ("casualties", "casualties/gva-dev.jsonl", {}),
    ("summarise", "summarise/indosum-dev.jsonl", {"max_words": 60}),  # the references' length
    ("summarise", "summarise/neus-val.jsonl", {"max_words": 75}),
]


def headline(task: str, result: dict) -> str:
    if task == "ner":
        m = result["micro"]
        per_type = ", ".join(f"{t} {v['f1']:.3f}" for t, v in sorted(result["per_type"].items()))
        return f"micro P {m['p']:.3f} R {m['r']:.3f} F1 **{m['f1']:.3f}**; macro-F1 {result['macro_f1']:.3f} ({per_type})"
    if task == "cluster":
        p, b = result["pairwise"], result["bcubed"]
        return (f"pairwise P {p['p']:.3f} R {p['r']:.3f} F1 **{p['f1']:.3f}**; B³ P {b['p']:.3f} R {b['r']:.3f} "
                f"F1 **{b['f1']:.3f}**; {result['stories']} stories / {result['docs']} docs")
    if task == "casualties":
        k, i = result["killed"], result["injured"]
        shown = (f"killed acc **{k['accuracy']:.3f}** MAE {k['mae']:.2f} (n={k['n']}); injured acc **{i['accuracy']:.3f}** "
                 f"MAE {i['mae']:.2f} (n={i['n']}); false-positive rate {result['false_positive_rate']:.3f}")
        if "when" in result:
            shown += f"; incident day {result['when']['accuracy']:.3f} ({result['when']['coverage']:.0%} dated)"
        if "where" in result:
            w = result["where"]
            shown += f", city {w['accuracy']:.3f} / any name {w['accuracy_any_name']:.3f} ({w['coverage']:.0%} placed)"
        return shown
    return (f"ROUGE-1 **{result['rouge1']:.3f}**, ROUGE-2 {result['rouge2']:.3f}, ROUGE-L {result['rougeL']:.3f}; "
            f"citation validity {result['citation_validity']:.3f} (n={result['n']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--only", default=None, help="run one task only (and do not rewrite the README)")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"no data at {args.data}: see ../shared/data/DATA.md")
    rows = []
    for task, name, options in RUNS:
        if args.only and task != args.only:
            continue
        began = time.perf_counter()
        result = run_eval(task, args.data / name, **options)
        seconds = time.perf_counter() - began
        extra = f" (--max-words {options['max_words']})" if "max_words" in options else ""
        rows.append([f"`eval {task}`", f"`{name}`{extra}", headline(task, result), f"{seconds:.0f}"])
        print(" | ".join(str(c) for c in rows[-1]), flush=True)
    body = "\n".join([
        f"Measured {datetime.now(timezone.utc):%Y-%m-%d} with telisik {__version__} "
        "(`.venv/bin/python bench/eval_baseline.py`).",
        "",
        markdown_table(["command", "file", "result", "seconds"], rows),
    ])
    if not (args.no_write or args.only):
        replace_section("eval", body)


if __name__ == "__main__":
    main()
