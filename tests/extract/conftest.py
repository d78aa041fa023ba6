"""Shared test text: paragraphs of the two seed articles (../shared/seeds), quoted verbatim.

They are the project's canonical demo; the tests pin what the baseline reads from them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from telisik.models import Article, PublishedDate

SEED_000 = (
    "MATA INDONESIA, ALMATY – Presiden Kazakhstan, Kassym-Jomart Tokayev meminta bantuan aliansi militer Rusia "
    "untuk mengirim pasukan penjaga perdamaian setelah gagal memadamkan protes yang berlangsung sejak Rabu (6/1).\n"
    "Kazakhstan diguncang oleh protes sejak awal tahun lantaran harga bahan bakar Tahun Baru yang melonjak drastis. "
    "Puncaknya, pada Rabu (5/1), di mana para pengunjuk rasa menyerbu gedung-gedung pemerintahan dan bentrok dengan "
    "aparat kepolisian.\n"
    "“Hari ini saya mengimbau kepada kepala negara bagian CSTO (Organisasi Perjanjian Keamanan Kolektif) untuk "
    "membantu Kazakhstan dalam mengatasi ancaman teroris ini. faktanya ini bukan lagi ancaman, ini merusak integritas "
    "negara,” kata Presiden Tokayev, melansir Al Jazeera, Kamis, 6 Januari 2022.\n"
    "Presiden Tokayev – yang sebelumnya memberlakukan keadaan darurat nasional, juga mengatakan bahwa kelompok "
    "teroris yang menurutnya menerima pelatihan ekstensif di luar negeri saat ini mengamuk di seluruh negeri.\n"
    "“Mereka menyita bangunan dan infrastruktur dan, yang paling penting, merebut tempat di mana senjata ringan "
    "berada,” sambungnya, seraya menambahkan bahwa mereka juga telah menyita lima pesawat di bandara di kota "
    "terbesar di negara itu, Almaty.\n"
    "“Saat ini ada pertempuran yang sedang berlangsung di dekat Almaty dengan angkatan udara dari kementerian "
    "pertahanan, pertempuran yang keras kepala,” sambung sang presiden.\n"
    "Kementerian Dalam Negeri Kazakhstan mengatakan, sebanyak delapan petugas polisi dan anggota penjaga nasional "
    "tewas dalam kerusuhan itu dan lebih dari 300 orang terluka. Tidak ada angka korban sipil yang dirilis.\n"
    "Banyak warga kesal dengan dominasi partai yang memerintah, yang memegang lebih dari 80 persen kursi di parlemen."
)

SEED_003 = (
    "Bisnis.com, JAKARTA--Para pemimpin aliansi bekas negara Uni Soviet yang dipimpin Moskow setuju untuk mengirim "
    "“pasukan penjaga perdamaian” ke Kazakhstan untuk membantu presiden negara itu mendapatkan kembali kendali "
    "kekuasaan setelah aksi demo berlanjut di seluruh negeri akibat kenaikan harga bahan bakar.\n"
    "Perdana Menteri Amenia, Nikol Pashinyan mengatakan pagi ini bahwa Organisasi Perjanjian Keamanan Kolektif "
    "(CSTO) yang merupakan aliansi militer Rusia, Belarus, Armenia, Kazakhstan, Kirgistan, dan Tajikistan, akan "
    "mengirimkan pasukan untuk “menstabilkan” negara Asia Tengah tersebut.\n"
    "Pengumuman itu muncul setelah Presiden Kazakhstan Kassym-Jomart Tokayeva meminta bantuan kepada blok tersebut. "
    'Dia menggambarkan pengunjuk rasa sebagai "teroris" dan menuduh negara itu telah menjadi korban "serangan" oleh '
    "geng-geng terlatih asing. Akibatnya delaapan orang tewas dan 317 lika-luka.\n"
    "“Almaty diserang, dihancurkan, dirusak, penduduk Almaty menjadi korban serangan teroris, bandit, oleh karena "
    "itu adalah tugas kita … untuk mengambil semua tindakan yang mungkin untuk melindungi negara kita,” kata Tokayev "
    "dalam pidato televisi keduanya seperti dikutip TheGuardian, Kamis (6/1).\n"
    "Akan tetapi belum ada tanggapan langsung dari pihak Kremlin, meskipun anggota parlemen Leonid Kalashnikov "
    'mengatakan kepada Interfax: "Jika presiden Tokayev membuat permintaan, kami akan berkewajiban untuk bereaksi".\n'
    "Sebelumnya Dmitry Peskov, juru bicara Putin, mengatakan penting untuk diperhatikan bahwa tidak boleh ada negara "
    "asing yang ikut campur di Kazakhstan.\n"
    "Media lokal, Kazakh, mengutip Kementerian Dalam Negeri yang mengatakan 317 polisi dan prajurit penjaga nasional "
    'terluka dan delapan orang tewas "oleh tangan massa yang mengamuk".\n'
    "Pada hari sebelumnya, kantor walikota Almaty dibakar. Banyak penerbangan dialihkan atau dibatalkan setelah "
    "penyerbuan bandara, menurut Kazakh."
)

SEED_PUBLISHED = date(2022, 1, 6)


ArticleFactory = Callable[..., Article]


def build_article(text: str, lang: str = "id", published: date | None = SEED_PUBLISHED, article_id: int = 1) -> Article:
    """An Article as normalise would hand it over (sentences left to the extract stage)."""
    stamp = PublishedDate(published, inferred=True, source="text") if published else None
    return Article(id=article_id, version=1, source_key=f"test:{article_id}", text=text, lang=lang, published=stamp)


@pytest.fixture
def make_article() -> ArticleFactory:
    return build_article


@pytest.fixture
def seed_000() -> str:
    return SEED_000


@pytest.fixture
def seed_003() -> str:
    return SEED_003
