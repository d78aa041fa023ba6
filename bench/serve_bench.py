"""Latency of `telisik serve` over a store of 10,000 stories: the story page and search.

    .venv/bin/python bench/serve_bench.py [--stories 10000] [--seconds 15] [--no-write]

1. Builds (once; cached in bench/out/) a SQLite store of synthetic stories through
   the store API: each story is 1–3 Indonesian articles from different outlets,
   written from templates with random places, figures, people and dates, then
   normalised, extracted, reconciled and summarised by the real stage code (only
   clustering is skipped: each article is assigned to the story it was written for).
2. Starts `telisik serve` on a free loopback port in a separate process.
3. Drives it with `wrk` (Debian's package; `apt-get install wrk`) on loopback:
   random story pages `/stories/{id}`, and random `/api/search?q=` queries
   (stemmed words that occur in the corpus), once with 1 connection (latency of
   one request alone) and once with 8 (under load). p50 / p99 from wrk's latency
   distribution, written to the `serve` section of bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import httpx
from readme_table import markdown_table, replace_section

from telisik import __version__, api, extract, normalise, reconcile, summarise
from telisik.models import AnalysedArticle, Assignment
from telisik.store import Store

OUT = Path(__file__).resolve().parent / "out"
SEED = 20220106

OUTLETS = ["Kompas", "Detik", "Tempo", "Bisnis.com", "Mata Indonesia", "CNN Indonesia", "Antara", "Republika",
           "Liputan6", "Tribunnews", "Okezone", "Suara", "Viva", "Sindonews", "JPNN"]
PLACES = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Palembang", "Denpasar", "Padang",
          "Pontianak", "Manado", "Ambon", "Jayapura", "Kupang", "Mataram", "Banjarmasin", "Pekanbaru", "Malang",
          "Yogyakarta", "Bogor", "Cianjur", "Garut", "Sukabumi", "Lombok", "Palu", "Aceh", "Banten", "Cirebon"]
PEOPLE = ["Budi Santoso", "Siti Rahmawati", "Agus Wibowo", "Dewi Lestari", "Joko Susilo", "Rina Marlina",
          "Hendra Gunawan", "Putri Ayu", "Bambang Hartono", "Sri Mulyani", "Teguh Prasetyo", "Indah Permata"]
AGENCIES = ["Badan Nasional Penanggulangan Bencana", "Kepolisian Daerah", "Dinas Kesehatan", "Basarnas",
            "Kementerian Sosial", "Pemerintah Kota"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

EVENTS = [
    ("banjir", "Banjir melanda {place}", "Banjir bandang melanda sejumlah kecamatan di {place} pada {day}."),
    ("gempa", "Gempa guncang {place}", "Gempa berkekuatan {mag} magnitudo mengguncang {place} pada {day}."),
    ("kebakaran", "Kebakaran di {place}", "Kebakaran hebat menghanguskan pasar dan permukiman warga di {place} pada {day}."),
    ("longsor", "Tanah longsor di {place}", "Tanah longsor menimbun rumah warga di {place} setelah hujan deras pada {day}."),
    ("kecelakaan", "Kecelakaan bus di {place}", "Sebuah bus terguling di jalan lintas {place} pada {day}."),
    ("ledakan", "Ledakan di {place}", "Ledakan terjadi di sebuah gudang di {place} pada {day}."),
    ("bentrok", "Bentrokan di {place}", "Bentrokan antarwarga pecah di {place} pada {day}."),
    ("pembangunan", "Pembangunan jembatan {place}", "Pembangunan jembatan baru di {place} dihentikan setelah insiden pada {day}."),
]


def _day_phrase(d: date) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"


def _article_text(rng: random.Random, event: tuple[str, str, str], place: str, day: date, killed: int,
                  injured: int, outlet: str) -> tuple[str, str]:
    _, title, lead = event
    speaker, agency = rng.choice(PEOPLE), rng.choice(AGENCIES)
    fill = {"place": place, "day": _day_phrase(day), "mag": f"{rng.uniform(4.5, 7.2):.1f}"}
    injured_phrase = rng.choice([f"{injured} orang luka-luka", f"lebih dari {max(injured - rng.randint(1, 9), 1)} orang terluka"])
    sentences = [
        lead.format(**fill),
        f"Sedikitnya {killed} orang tewas dan {injured_phrase} dalam peristiwa tersebut, menurut {agency} {place}.",
        f"\"Kami masih mendata korban dan kerugian,\" kata {speaker}, juru bicara {agency}, kepada {outlet}.",
        f"Warga {place} diminta tetap waspada, sementara bantuan logistik mulai dikirim ke lokasi pada {_day_phrase(day + timedelta(days=1))}.",
        rng.choice([
            "Pemerintah daerah menetapkan status tanggap darurat selama dua pekan.",
            "Petugas gabungan dari TNI dan Polri dikerahkan untuk membantu evakuasi.",
            "Sejumlah sekolah diliburkan sementara karena kondisi belum aman.",
            "Aliran listrik di beberapa wilayah sempat padam selama beberapa jam.",
        ]),
    ]
    return title.format(**fill), " ".join(sentences)


def build_store(path: Path, stories: int) -> None:
    """Write ``stories`` synthetic stories into a new store at ``path`` through the store API."""
    rng = random.Random(SEED)
    store = api.open_store(str(path))
    start = date(2021, 1, 1)
    began = time.perf_counter()
    for story_id in range(1, stories + 1):
        event = rng.choice(EVENTS)
        place, day = rng.choice(PLACES), start + timedelta(days=rng.randrange(730))
        killed, injured = rng.randint(1, 60), rng.randint(5, 400)
        members = []
        for j, outlet in enumerate(rng.sample(OUTLETS, rng.choice([1, 1, 2, 2, 3]))):
            title, text = _article_text(rng, event, place, day, killed + rng.choice([0, 0, 0, 1]), injured, outlet)
            published = datetime(day.year, day.month, day.day, 8 + 3 * j, tzinfo=timezone.utc) + timedelta(days=1)
            raw = api.raw_from_text(text, doc_id=f"bench-{story_id}-{j}", lang="id", title=title, outlet=outlet,
                                    published=published.isoformat())
            _, article_id = store.add_document(raw)
            article = normalise.normalise(raw, article_id, 1)
            extraction = extract.extract(article)
            store.save_article(article)
            store.save_extraction(extraction)
            store.save_assignment(Assignment(article_id, story_id, j == 0, 1.0 if j == 0 else 0.5,
                                             "synthetic: written for this story (bench/serve_bench.py)"))
            members.append(AnalysedArticle(article, extraction))
        comparison = reconcile.reconcile(story_id, members)
        store.save_comparison(comparison)
        store.save_summary(summarise.summarise(story_id, members, comparison))
        if story_id % 1000 == 0:
            print(f"  {story_id} stories, {time.perf_counter() - began:.0f} s", file=sys.stderr)
    store.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    telisik = Path(sys.executable).parent / "telisik"
    process = subprocess.Popen([str(telisik), "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300  # the first start stems every article for the search index
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return process, base
        except httpx.HTTPError:
            time.sleep(0.5)
    process.kill()
    raise SystemExit("the server did not start")


LUA = """
math.randomseed(%(seed)d)
local paths = {%(paths)s}
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
"""

_LATENCY_LINE = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.M)
_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def run_wrk(base: str, paths: list[str], connections: int, seconds: int) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA % {"seed": SEED, "paths": ", ".join(f'"{p}"' for p in paths)})
    try:
        result = subprocess.run(
            ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script.name, base],
            capture_output=True, text=True, check=True,
        ).stdout
    finally:
        os.unlink(script.name)
    percentiles = {f"p{m.group(1)}": float(m.group(2)) * _UNIT[m.group(3)] for m in _LATENCY_LINE.finditer(result)}
    requests = re.search(r"Requests/sec:\s+([\d.]+)", result)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", result)
    return percentiles | {"rps": float(requests.group(1)) if requests else float("nan"),
                          "errors": float(errors.group(1)) if errors else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=15, help="wrk run length per measurement")
    parser.add_argument("--no-write", action="store_true", help="print, don't rewrite bench/README.md")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install -y wrk")

    OUT.mkdir(exist_ok=True)
    db = OUT / f"serve-{args.stories}.db"
    if not db.exists():
        print(f"building {args.stories} synthetic stories in {db} …", file=sys.stderr)
        began = time.perf_counter()
        partial = db.with_suffix(".partial")
        for leftover in OUT.glob(partial.name + "*"):
            leftover.unlink()
        build_store(partial, args.stories)
        partial.rename(db)
        print(f"built in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    store = Store.open(f"sqlite:///{db}")
    counts = store.counts()
    store.close()

    rng = random.Random(SEED)
    story_paths = [f"/stories/{rng.randint(1, args.stories)}" for _ in range(2000)]
    words = ["banjir", "gempa", "bangun", "pembangunan", "tewas", "korban", "evakuasi", "Jakarta", "Surabaya",
             "kebakaran pasar", "longsor", "bus terguling", "tanggap darurat", "juru bicara", "Basarnas", "luka"]
    search_paths = [f"/api/search?q={rng.choice(words).replace(' ', '+')}" for _ in range(2000)]

    process, base = start_server(db)
    rows = []
    try:
        for name, paths in (("story page `/stories/{id}`", story_paths), ("search `/api/search?q=`", search_paths)):
            run_wrk(base, paths, 1, 2)  # warm-up
            for connections in (1, 8):
                r = run_wrk(base, paths, connections, args.seconds)
                if r["errors"]:  # latency of error pages is not the latency of the page
                    raise SystemExit(f"{name}: {int(r['errors'])} responses were not 2xx; fix the server first")
                rows.append([name, connections, f"{r['p50']:.1f}", f"{r['p99']:.1f}", f"{r['rps']:.0f}", int(r["errors"])])
                print(rows[-1], file=sys.stderr)
    finally:
        process.terminate()
        process.wait(timeout=20)

    body = (
        f"Measured {date.today().isoformat()} with telisik {__version__}, Python {platform.python_version()}, "
        f"`telisik serve` (one uvicorn process) on loopback, driven by `wrk -t1 --latency` for {args.seconds} s per row "
        f"with random paths (`.venv/bin/python bench/serve_bench.py`). Store: {counts['stories']} synthetic stories, "
        f"{counts['articles']} articles, {counts['claims']} claims (SQLite, WAL). The machine has 2 cores shared with "
        "other work, so treat the numbers as an order of magnitude.\n\n"
        + markdown_table(["endpoint", "connections", "p50 ms", "p99 ms", "requests/s", "non-2xx"], rows)
    )
    print(body)
    if not args.no_write:
        replace_section("serve", body)


if __name__ == "__main__":
    main()
