"""Number phrases from real sentences, each with every count or amount expected in it.

The Indonesian phrases are short excerpts of IndoSum articles (Kurniawan & Louvan 2018,
CC BY-SA 4.0; ``corpus/indosum-stream.jsonl`` of ../shared/data), the English ones of the
Gun Violence Corpus (Postma et al. 2018) and NeuS (Lee et al. 2022). A row lists every
mention: (text, min, max, unit); ``None`` is an open bound. The intervals of qualifiers and
vague quantities follow the conventions in ``telisik/language/numbers.py`` ("hampir 40" is
36..39, "ratusan" 200..999). Rows the layer cannot read right are left out and listed in
the issue report (tokenised decimals "Rp 144, 34 triliun", a typo in a scale word "trilun",
"Seribu lebih" read as exactly 1000); the number after each row is its line in the review.
"""

from __future__ import annotations

import pytest

from telisik.language.numbers import find_numbers

Expected = list[tuple[str, float | None, float | None, str | None]]

INDONESIAN: list[tuple[str, Expected]] = [
    ('siapa-siapa saja 110 pesepak bola', [('110', 110, 110, None)]),  # 1
    ('diperkirakan berharga 210,7 juta euro. Hal itu', [('210,7 juta euro', 210700000, 210700000, 'EUR')]),  # 2
    ('Messi terlempar dari tiga besar dan', [('tiga', 3, 3, None)]),  # 3
    ('baru yang melibatkan dua megabintang', [('dua', 2, 2, None)]),  # 4
    ('Secara umum, ada sepuluh kriteria yang', [('sepuluh', 10, 10, None)]),  # 5
    ('diperhitungkan CIES. Tujuh kriteria - -', [('Tujuh', 7, 7, None)]),  # 6
    ('diperkuat si pemain. Satu hal yang', [('Satu', 1, 1, None)]),  # 7
    ('secara teknis merupakan seorang pemain', [('seorang', 1, 1, None)]),  # 8
    ('" Badai kategori empat menghantam', [('empat', 4, 4, None)]),  # 9
    ('daerah diguyur hujan 1.000 milimeter', [('1.000', 1000, 1000, None)]),  # 10
    ('bisa diakses, dengan lebih dari 60 ribu rumah terputus', [('lebih dari 60 ribu', 60001, None, None)]),  # 11
    ('dilarikan ke rumah sakit kurang dari dua bulan lalu.', [('kurang dari dua', None, 1, None)]),  # 12
    ('DPR itu menyampaikan lima poin yang pada', [('lima', 5, 5, None)]),  # 13
    ('Nintendo yang runtuh sekitar satu dekade lalu.', [('sekitar satu', 1, 1, None)]),  # 14
    ('nyaris telah ditonton nyaris 500 ribu kali. Ucapan', [('nyaris 500 ribu', 450000, 499999, None)]),  # 15
    ('kuasa hukum, tuntutannya US$36,25 juta. Gugatan', [('US$36,25 juta', 36250000, 36250000, 'USD')]),  # 17
    ('dalam usia 22 tahun, enam bulan setelah', [('22', 22, 22, None), ('enam', 6, 6, None)]),  # 18
    ('itu disebut meminta uang US$300 ribu untuk', [('US$300 ribu', 300000, 300000, 'USD')]),  # 19
    ('ribu atau setara dengan Rp 3 miliar terlebih dulu', [('Rp 3 miliar', 3000000000, 3000000000, 'IDR')]),  # 20
    ('oleh driver berukuran 8,2 mm, dan', [('8,2', 8.2, 8.2, None)]),  # 21
    ('mematok harga hanya $130 saja,', [('$130', 130, 130, 'USD')]),  # 22
    ('daya hanya sampai 30%. Beberapa', [('30%', 30, 30, 'percent')]),  # 23
    ('prioritas Madrid di 2017 - 2018? Sang kiper', [('2017 - 2018', 2017, 2018, 'year')]),  # 24
    ('PT. Freeport menjadi 51 persen. Pada saat ini', [('51 persen', 51, 51, 'percent')]),  # 25
    ('ke televisi WOR - TV. Tiga puluh satu tahun tentu', [('Tiga puluh satu', 31, 31, None)]),  # 26
    ("' Mata Najwa ' ditonton ribuan pasang mata", [('ribuan', 2000, 9999, None)]),  # 27
    ('dua kategori itu, ada delapan nomine. Film', [('dua', 2, 2, None), ('delapan', 8, 8, None)]),  # 28
    ('Piala Maya melibatkan sekitar 180 sosok aktif di', [('sekitar 180', 180, 180, None)]),  # 29
    ('Inggris, nilainya mencapai 29,5 juta euro (sekitar', [('mencapai 29,5 juta euro', 29500000, 29500000, 'EUR')]),  # 31
    ('mencapai 29,5 juta euro (sekitar Rp 458,1 miliar). Artinya,', [('mencapai 29,5 juta euro', 29500000, 29500000, 'EUR'), ('sekitar Rp 458,1 miliar', 458100000000, 458100000000, 'IDR')]),  # 32
    ('80,5 juta euro (sekitar Rp 1,2 triliun) untuk', [('80,5 juta euro', 80500000, 80500000, 'EUR'), ('sekitar Rp 1,2 triliun', 1200000000000, 1200000000000, 'IDR')]),  # 33
    ('Hotspur seharga 51 juta euro. Baca', [('51 juta euro', 51000000, 51000000, 'EUR')]),  # 34
    ('100 pound sterling atau Rp 1,7 juta di lokasi', [('100 pound sterling', 100, 100, 'GBP'), ('Rp 1,7 juta', 1700000, 1700000, 'IDR')]),  # 35
    ('orang yang masih berusia di bawah 18 tahun.', [('di bawah 18', None, 17, None)]),  # 36
    ('angka perokok hingga di bawah lima persen pada 2034.', [('di bawah lima persen', None, 5, 'percent'), ('2034', 2034, 2034, 'year')]),  # 37
    ('yang sama. Artinya, 64,22 persen impor CPO', [('64,22 persen', 64.22, 64.22, 'percent')]),  # 38
    ('batu mulai berkurang. Ratusan polisi', [('Ratusan', 200, 999, None)]),  # 39
    ('di belakang kami ada jutaan pendukung dan', [('jutaan', 2000000, 999999999, None)]),  # 40
    ('PKPI. Kami memiliki lebih dari 400 anggota DPRD', [('lebih dari 400', 401, None, None)]),  # 41
    ('di industri mutiara bisa mencapai 53 ribu orang setiap', [('mencapai 53 ribu', 53000, 53000, None)]),  # 42
    ('euro atau setara dengan 1,1 triliun rupiah. Sementara', [('1,1 triliun rupiah', 1100000000000, 1100000000000, 'IDR')]),  # 43
    ('dilakukan, omsetnya Rp 300 ribu dan mendapat', [('Rp 300 ribu', 300000, 300000, 'IDR')]),  # 44
    ('senilai 850 juta euro (Rp 13 triliun) yang dibuat', [('850 juta euro', 850000000, 850000000, 'EUR'), ('Rp 13 triliun', 13000000000000, 13000000000000, 'IDR')]),  # 45
    ('lama 20 tahun dan denda paling banyak Rp 1 miliar. Sedangkan', [('20', 20, 20, None), ('paling banyak Rp 1 miliar', None, 1000000000, 'IDR')]),  # 46
    ('dengan ancaman penjara maksimal 15 tahun penjara', [('maksimal 15', None, 15, None)]),  # 47
    ('tahun penjara dan denda Rp 750 juta.', [('Rp 750 juta', 750000000, 750000000, 'IDR')]),  # 48
    ('Bakar Uang " mejeng di belasan bus', [('belasan', 11, 19, None)]),  # 49
    ('di Indonesia masih mencapai 11,13 persen atau sekitar', [('mencapai 11,13 persen', 11.13, 11.13, 'percent')]),  # 50
    ('11,13 persen atau sekitar 28,5 juta (September', [('11,13 persen', 11.13, 11.13, 'percent'), ('sekitar 28,5 juta', 28500000, 28500000, None)]),  # 51
    ('yaitu masing-masing sekitar 8 persen, baik di', [('sekitar 8 persen', 8, 8, 'percent')]),  # 52
    ('pelayanan kesehatan atau sekitar 13,6 triliun rupiah. Sedangkan', [('sekitar 13,6 triliun rupiah', 13600000000000, 13600000000000, 'IDR')]),  # 53
    ('bus panjang di koridor sembilan, dan kita juga', [('sembilan', 9, 9, None)]),  # 54
    ('yang tersedia, dan lebih dari 63% di antara', [('lebih dari 63%', 63, None, 'percent')]),  # 55
    ('diharga normal, yakni US$500; tapi tentu', [('US$500', 500, 500, 'USD')]),  # 56
    ('yang berlangsung selama kurang lebih lima bulan resmi', [('kurang lebih lima', 5, 5, None)]),  # 57
    ('anak mereka akan hadir sekitar enam sampai delapan minggu sebelum', [('sekitar enam sampai delapan', 6, 8, None)]),  # 58
    ('Awang terdiri dari enam hingga tujuh universitas di', [('enam hingga tujuh', 6, 7, None)]),  # 59
    ('tersebut sudah mendapat lebih dari 130 juta views hingga', [('lebih dari 130 juta', 130000001, None, None)]),  # 60
    ('pengurus Golkar yang setidak-tidaknya lima tahun menjadi', [('setidak-tidaknya lima', 5, None, None)]),  # 61
    ('tergolong surplus, hampir satu juta ekor dalam', [('hampir satu juta', 900000, 999999, None)]),  # 62
    ('perusahaan tumbuh lebih dari 100 persen, baik dari', [('lebih dari 100 persen', 100, None, 'percent')]),  # 63
    ('mengambil porsi sebesar Rp 1,2 triliun. " Kami akan', [('Rp 1,2 triliun', 1200000000000, 1200000000000, 'IDR')]),  # 64
    ('perseroan telah mencapai Rp 43 triliun dari target Rp', [('mencapai Rp 43 triliun', 43000000000000, 43000000000000, 'IDR')]),  # 65
    ('dengan semester I 2017 mencapai Rp 75,9 triliun.', [('2017', 2017, 2017, 'year'), ('mencapai Rp 75,9 triliun', 75900000000000, 75900000000000, 'IDR')]),  # 69
    ('selama ini, kata dia, hampir 40 persen wisatawan', [('hampir 40 persen', 36, 40, 'percent')]),  # 70
    ('GSX dan bergabung dengan belasan ribu bikers GSX', [('belasan ribu', 11000, 19000, None)]),  # 71
    ('- R150 dan GSX - S150 mencapai 7.137 unit sepanjang', [('mencapai 7.137', 7137, 7137, None)]),  # 72
    ('bodinya lebih ringan 20 - 30 persen daripada', [('20 - 30 persen', 20, 30, 'percent')]),  # 73
    ('pound atau setara dengan Rp 8,5 miliar kala', [('Rp 8,5 miliar', 8500000000, 8500000000, 'IDR')]),  # 74
    ('per helikopter untuk 4 hingga 6 kursi untuk', [('4 hingga 6', 4, 6, None)]),  # 75
    ('di Bukalapak dengan lebih dari 1,8 juta pelapak.', [('lebih dari 1,8 juta', 1800001, None, None)]),  # 76
    ('akan menginvestasikan 250 miliar yuan (atau Rp', [('250 miliar yuan', 250000000000, 250000000000, 'CNY')]),  # 77
    ('juga: China Anggarkan Rp 1.650 Triliun untuk Bangun', [('Rp 1.650 Triliun', 1650000000000000, 1650000000000000, 'IDR')]),  # 78
    ('anggaran hingga 124 miliar dolar AS atau lebih', [('124 miliar dolar AS', 124000000000, 124000000000, 'USD')]),  # 79
    ('124 miliar dolar AS atau lebih dari Rp 1.650 triliun. Dana yang', [('124 miliar dolar AS', 124000000000, 124000000000, 'USD'), ('lebih dari Rp 1.650 triliun', 1650000000000000, None, 'IDR')]),  # 80
    ('Agama. “ Bahkan, selama hampir 40 tahun setelah', [('hampir 40', 36, 39, None)]),  # 81
    ('perolehan laba bersihnya mencapai Rp 368,77 miliar per Juni 2017.', [('mencapai Rp 368,77 miliar', 368770000000, 368770000000, 'IDR')]),  # 82
    ('di gerai supermarket sekitar tiga orang hingga', [('sekitar tiga', 3, 3, None)]),  # 83
    ('operasional dalam satu hingga dua bulan ke', [('satu hingga dua', 1, 2, None)]),  # 84
    ('(PBB) sebesar US$2 juta. Hal itu,', [('US$2 juta', 2000000, 2000000, 'USD')]),  # 85
    ('anggota X - Men itu, mencapai US$780 juta dari dunia.', [('mencapai US$780 juta', 780000000, 780000000, 'USD')]),  # 86
    ('oleh segerombolan motor kurang lebih 10 motor dengan', [('kurang lebih 10', 10, 10, None)]),  # 88
    ('Monas yang dihadiri puluhan ribu umat Islam.', [('puluhan ribu', 20000, 99000, None)]),  # 89
    ('ibu mertuanya sudah sekitar empat tahun mengidap', [('sekitar empat', 4, 4, None)]),  # 90
    ('telah berlangsung selama lebih dari enam tahun,', [('lebih dari enam', 7, None, None)]),  # 91
    ('racun syaraf sarin setidaknya dua kali', [('setidaknya dua', 2, None, None)]),  # 92
    ('pendaki yang meninggal. Lebih dari lima ribu pendaki telah', [('Lebih dari lima ribu', 5001, None, None)]),  # 93
    ('pendaki harus membayar 11.000 dolar AS (sekitar Rp', [('11.000 dolar AS', 11000, 11000, 'USD')]),  # 94
    ('11.000 dolar AS (sekitar Rp 146 juta) untuk', [('11.000 dolar AS', 11000, 11000, 'USD'), ('sekitar Rp 146 juta', 146000000, 146000000, 'IDR')]),  # 95
    ('mana Nepal mendapatkan lebih dari empat juta dolar AS (sekitar Rp 53', [('lebih dari empat juta dolar AS', 4000000, None, 'USD'), ('sekitar Rp 53', 53, 53, 'IDR')]),  # 96
    ('empat juta dolar AS (sekitar Rp 53 miliar) tahun ini', [('empat juta dolar AS', 4000000, 4000000, 'USD'), ('sekitar Rp 53 miliar', 53000000000, 53000000000, 'IDR')]),  # 97
    ('dalam RUU Minol baru sekitar 30 sampai 40 persen. " Terus', [('sekitar 30 sampai 40 persen', 30, 40, 'percent')]),  # 98
    ('responden remaja berusia antara 12 - 21 tahun. Metode', [('antara 12 - 21', 12, 21, None)]),  # 99
    ('A (kadar alkohol kurang dari lima persen) di mini', [('kurang dari lima persen', None, 5, 'percent')]),  # 100
    ('ia menghabiskan sembilan puluh hari untuk', [('sembilan puluh', 90, 90, None)]),  # 101
    ('DPR yang diperkaya lebih dari 12 juta dolar AS dan juga lebih', [('lebih dari 12 juta dolar AS', 12000000, None, 'USD')]),  # 102
    ('juta dolar AS dan juga lebih dari Rp 40 miliar. Nanti', [('lebih dari Rp 40 miliar', 40000000000, None, 'IDR')]),  # 103
    ('uang hingga sebesar 7,3 juta dolar AS terkait proyek', [('7,3 juta dolar AS', 7300000, 7300000, 'USD')]),  # 104
    ('hutan di Indonesia atau sekitar 22 juta hektar tanah', [('sekitar 22 juta', 22000000, 22000000, None)]),  # 105
    ('enggak banyak, jumlahnya puluhan saja tapi bisa', [('puluhan', 20, 99, None)]),  # 106
    ('terjadi di malam hari mencapai 85 hingga 100 persen. Menimbang', [('mencapai 85 hingga 100 persen', 85, 100, 'percent')]),  # 107
    ('dibandrol dengan harga 280 dolar AS, demikian', [('280 dolar AS', 280, 280, 'USD')]),  # 108
    ('murah 189 dolar AS atau sekitar Rp 2,5 juta. Windows 10 S', [('189 dolar AS', 189, 189, 'USD'), ('sekitar Rp 2,5 juta', 2500000, 2500000, 'IDR'), ('10', 10, 10, None)]),  # 109
    ('dana segar seri A sekitar US$2 juta (lebih dari 26', [('sekitar US$2 juta', 2000000, 2000000, 'USD'), ('lebih dari 26', 27, None, None)]),  # 110
    ('A sekitar US$2 juta (lebih dari 26 miliar Rupiah) yang dipimpin', [('sekitar US$2 juta', 2000000, 2000000, 'USD'), ('lebih dari 26 miliar Rupiah', 26000000000, None, 'IDR')]),  # 111
    ('Mandiri baru memiliki 300 ribu EDC di seluruh', [('300 ribu', 300000, 300000, None)]),  # 112
    ('populasi orang Indonesia sekitar 36% di antaranya', [('sekitar 36%', 36, 36, 'percent')]),  # 113
    ('2015 dan telah memiliki sekitar 1.000 merchant', [('2015', 2015, 2015, 'year'), ('sekitar 1.000', 1000, 1000, None)]),  # 114
    ('dana Seri B senilai $17 juta atau sekitar', [('$17 juta', 17000000, 17000000, 'USD')]),  # 115
    ('B senilai $17 juta atau sekitar 224 miliar Rupiah. Pendanaan', [('$17 juta', 17000000, 17000000, 'USD'), ('sekitar 224 miliar Rupiah', 224000000000, 224000000000, 'IDR')]),  # 116
    ('20.000 dolar AS dan 200.000 dolar Singapura', [('20.000 dolar AS', 20000, 20000, 'USD'), ('200.000 dolar Singapura', 200000, 200000, 'SGD')]),  # 117
    ('kecil Rp 150 juta dan paling banyak Rp 750 juta. Sebelumnya,', [('Rp 150 juta', 150000000, 150000000, 'IDR'), ('paling banyak Rp 750 juta', None, 750000000, 'IDR')]),  # 118
    ('pada gempa berskala antara 6,5 - 7,5 SR jarang', [('antara 6,5 - 7,5', 6.5, 7.5, None)]),  # 119
    ("shameful ' karena hanya lima persen dari total", [('lima persen', 5, 5, 'percent')]),  # 120
    ('yang diperkirakan kurang dari satu bulan, ucap', [('kurang dari satu', None, 0, None)]),  # 121
    ('diberitakan berkisar Rp 8 sampai 10 miliar untuk satu', [('Rp 8 sampai 10 miliar', 8000000000, 10000000000, 'IDR'), ('satu', 1, 1, None)]),  # 122
    ('untuk mahasiswi berkisar antara Rp 1,5 juta hingga Rp 2 juta. Sementara', [('antara Rp 1,5 juta hingga Rp 2 juta', 1500000, 2000000, 'IDR')]),  # 123
    ("Tan'im. Lokasi itu sekitar 19,5 km dari pusat", [('sekitar 19,5', 19.5, 19.5, None)]),  # 126
    ('adalah sebagian saja -- paling sedikit tiga helai rambut.', [('paling sedikit tiga', 3, None, None)]),  # 127
    ('masih terancam, tapi setidaknya satu poin yang', [('setidaknya satu', 1, None, None)]),  # 128
    ('transaksinya perhari sekitar 40 ribu sampai 45 ribu dengan nilai', [('sekitar 40 ribu sampai 45 ribu', 40000, 45000, None)]),  # 129
    ('negeri untuk besaran maksimal Rp 1 juta dikenakan', [('maksimal Rp 1 juta', None, 1000000, 'IDR')]),  # 130
    ('untuk besaran pengiriman Rp 1 juta sampai Rp 5 juta biayanya Rp 25', [('Rp 1 juta sampai Rp 5 juta', 1000000, 5000000, 'IDR'), ('Rp 25', 25, 25, 'IDR')]),  # 131
    ('duel tinju bernilai jutaan dollar AS pada Agustus', [('jutaan dollar AS', 2000000, 999999999, 'USD')]),  # 132
    ('besar. Kerugian tercatat mencapai 3,1 triliun Won atau', [('mencapai 3,1 triliun Won', 3100000000000, 3100000000000, 'KRW')]),  # 133
    ('sedang diminati oleh sedikitnya lima klub besar di', [('sedikitnya lima', 5, None, None)]),  # 134
    ('dengan jaminan US$4.610 atau lebih', [('US$4.610', 4610, 4610, 'USD')]),  # 135
    ('jaminan US$4.610 atau lebih dari Rp 61 juta. Pembebasan', [('US$4.610', 4610, 4610, 'USD'), ('lebih dari Rp 61 juta', 61000000, None, 'IDR')]),  # 136
    ('- Pro Thermal dibanderol $1.500, sedangkan', [('$1.500', 1500, 1500, 'USD')]),  # 137
    ('dengan total surplus 4,15 miliar dolar AS. Industri yang', [('4,15 miliar dolar AS', 4150000000, 4150000000, 'USD')]),  # 138
    ('hanya dua pasang menjadi lebih dari tiga pasang per', [('dua', 2, 2, None), ('lebih dari tiga', 4, None, None)]),  # 139
    ("Southeby's yang hanya 8 - 11 juta poundsterling.", [('8 - 11 juta poundsterling', 8000000, 11000000, 'GBP')]),  # 140
    ('penjualan yang diikuti lebih dari seribu penawar yang', [('lebih dari seribu', 1001, None, None)]),  # 141
    ('CNN Indonesia - - Setidaknya 26 orang terluka', [('Setidaknya 26', 26, None, None)]),  # 142
    ('Saudi dengan banderol sekitar $460. Sumber', [('sekitar $460', 460, 460, 'USD')]),  # 143
    ('Suara.com - Diluncurkan sekitar dua pekan lalu,', [('sekitar dua', 2, 2, None)]),  # 144
    ('16 Agustus kemarin sudah lebih dari 8.000 unit Toyota', [('lebih dari 8.000', 8001, None, None)]),  # 145
    ('saya terima, varian G MT sekitar 57,8 persen dari', [('sekitar 57,8 persen', 57.8, 57.8, 'percent')]),  # 146
    ('stand ada 4 orang, ya sekitar 280 sampai 300 yang terlibat,', [('4', 4, 4, None), ('sekitar 280 sampai 300', 280, 300, None)]),  # 147
    ('kerugian hingga ratusan juta rupiah. Dan saat ini', [('ratusan juta rupiah', 200000000, 999000000, 'IDR')]),  # 148
    ('menyusuri sungai selama kurang lebih satu jam tersebut', [('kurang lebih satu', 1, 1, None)]),  # 149
    ('tapi kita hanya ada sekitar tujuh ribu hakim, maka', [('sekitar tujuh ribu', 7000, 7000, None)]),  # 150
    ('hakim, maka kita butuh sekitar empat ribu hakim untuk', [('sekitar empat ribu', 4000, 4000, None)]),  # 151
    ('memutus perkara, yaitu di atas 70 persen. " Angka', [('di atas 70 persen', 70, None, 'percent')]),  # 152
    ('menarif harga sebesar Rp 200.000 per pemohon', [('Rp 200.000', 200000, 200000, 'IDR')]),  # 153
    ('dari cagar alam seluas 23.840,81 hektare, suaka', [('23.840,81', 23840.81, 23840.81, None)]),  # 154
    ('harus diturunkan sampai nol. " Jadi', [('nol', 0, 0, None)]),  # 156
    ('ketika semesta berusia antara tiga sampai tujuh miliar tahun, jauh', [('antara tiga sampai tujuh miliar', 3000000000, 7000000000, None)]),  # 157
    ('konsolidasi negara maksimal 3 persen terhadap', [('maksimal 3 persen', None, 3, 'percent')]),  # 158
    ('tahun di Real Madrid antara 2010 dan 2013. Baca juga:', [('antara 2010 dan 2013', 2010, 2013, 'year')]),  # 159
    ('video dengan durasi di atas 60 detik dan di', [('di atas 60', 61, None, None)]),  # 160
    ('pengguna di kisaran usia 16 sampai dengan 22 tahun. Selain', [('16 sampai dengan 22', 16, 22, None)]),  # 161
    ('Bank) 2017 di level 22 hingga 24 persen, ” kata', [('2017', 2017, 2017, 'year'), ('22 hingga 24 persen', 22, 24, 'percent')]),  # 162
    ('beragam mulai dari Rp 15 ribu hingga Rp 45 ribu. Meski', [('Rp 15 ribu hingga Rp 45 ribu', 15000, 45000, 'IDR')]),  # 163
    ('menghilang. Perjalanan sekitar sembilan bulan dalam', [('sekitar sembilan', 9, 9, None)]),  # 164
    ('tahun penjara dan denda maksimal Rp 1,5 miliar. Hingga', [('maksimal Rp 1,5 miliar', None, 1500000000, 'IDR')]),  # 165
    ('dan denda sampai dengan Rp 50 juta rupiah. Sementara', [('Rp 50 juta rupiah', 50000000, 50000000, 'IDR')]),  # 166
    ('Dark World, bakal punya lebih dari satu sekuel. Ia', [('lebih dari satu', 2, None, None)]),  # 168
    ('secara nasional sebanyak 350 hingga 400 ribu ton, dari', [('350 hingga 400 ribu', 350000, 400000, None)]),  # 169
    ('itu Lampung menyumbang sekitar 170 ribu ton biji kopi', [('sekitar 170 ribu', 170000, 170000, None)]),  # 170
    ('ini produksi kopi lebih kurang 650 ribu ton, 400', [('lebih kurang 650 ribu', 650000, 650000, None), ('400', 400, 400, None)]),  # 171
    ('Sri, menginggat selama hampir dua minggu setelah', [('hampir dua', 1, 1, None)]),  # 172
    ('bahwa begitu kita mencapai satu tujuan,', [('mencapai satu', 1, 1, None)]),  # 175
    ('bola mereka yang mencapai 57 persen. Sami Khedira', [('mencapai 57 persen', 57, 57, 'percent')]),  # 176
    ('DPRD kabupaten kota minimal Rp 350 juta. Uang itu lalu', [('minimal Rp 350 juta', 350000000, None, 'IDR')]),  # 177
    ('keras dari jarak sekira 20 meter ke pojok', [('sekira 20', 20, 20, None)]),  # 178
    ('barang-barang bernilai jutaan dolar. Pelanggan', [('jutaan dolar', 2000000, 999999999, 'USD')]),  # 179
    ('mengucurkan investasi 300 juta dolar Amerika. Luas 60', [('300 juta dolar Amerika', 300000000, 300000000, 'USD'), ('60', 60, 60, None)]),  # 181
    ('telah diputar sebanyak satu miliar kali.', [('satu miliar', 1000000000, 1000000000, None)]),  # 182
    ('Rancana Prima senilai 2,7 miliar rupiah. Paket', [('2,7 miliar rupiah', 2700000000, 2700000000, 'IDR')]),  # 183
    ('dana investasi sebesar US$4 miliar. Selain itu,', [('US$4 miliar', 4000000000, 4000000000, 'USD')]),  # 184
    ('memakan korban jiwa sedikitnya 1.000 orang,', [('sedikitnya 1.000', 1000, None, None)]),  # 185
    ('di Rakhine selama lebih dari dua minggu tanpa', [('lebih dari dua', 3, None, None)]),  # 186
    ('asupan air sebanyak 50 sampai 75 persen dari berat', [('50 sampai 75 persen', 50, 75, 'percent')]),  # 187
    ('konsolidasi sebesar 8 persen dari Rp 16,52', [('8 persen', 8, 8, 'percent'), ('Rp 16,52', 16.52, 16.52, 'IDR')]),  # 188
    ('menjual chip senilai $69 miliar, unggul jauh', [('$69 miliar', 69000000000, 69000000000, 'USD')]),  # 189
    ('penjualan sebesar $62,8 miliar. Divisi', [('$62,8 miliar', 62800000000, 62800000000, 'USD')]),  # 190
    ('ke Bournemouth seharga 20 juta pound. Musim', [('20 juta pound', 20000000, 20000000, 'GBP')]),  # 191
    ('Dalam Negeri (PMDN) dan 1,18 miliar dollar AS untuk', [('1,18 miliar dollar AS', 1180000000, 1180000000, 'USD')]),  # 192
    ('investasi hingga USD 300 juta dalam tiga', [('USD 300 juta', 300000000, 300000000, 'USD'), ('tiga', 3, 3, None)]),  # 193
    ('di Indonesia mencapai 445 juta dollar AS pada tahun', [('mencapai 445 juta dollar AS', 445000000, 445000000, 'USD')]),  # 194
    ('dengan nilai investasi mencapai USD 42 juta. " Upaya ini', [('mencapai USD 42 juta', 42000000, 42000000, 'USD')]),  # 195
    ('dana senilai 20 juta dollar AS untuk', [('20 juta dollar AS', 20000000, 20000000, 'USD')]),  # 196
    ('kapasitas produksi mencapai 150 juta botol per', [('mencapai 150 juta', 150000000, 150000000, None)]),  # 197
    ('penambahan buku antara 4 ribu hingga 6 ribu judul buku,', [('antara 4 ribu hingga 6 ribu', 4000, 6000, None)]),  # 198
    ('akan diselenggarakan kurang lebih dua minggu lagi,', [('kurang lebih dua', 2, 2, None)]),  # 199
    ('Glenn akan membawakan sekitar 18 hingga 19 lagu dalam', [('sekitar 18 hingga 19', 18, 19, None)]),  # 200
    ('pun telah dilakukan ratusan ribu orang dari', [('ratusan ribu', 200000, 999000, None)]),  # 201
    ('tercatat paling tinggi mencapai Rp 3,9 juta, bahkan di', [('mencapai Rp 3,9 juta', 3900000, 3900000, 'IDR')]),  # 202
    ('Kabupaten Karawang yakni Rp 3.919.291, terendah', [('Rp 3.919.291', 3919291, 3919291, 'IDR')]),  # 203
    ('ialah Pangandaran 1.558.793, " kata Kepala', [('1.558.793', 1558793, 1558793, None)]),  # 204
    ('juta, Kabupaten Subang Rp 2.52 juta. Lalu Kota', [('Rp 2.52 juta', 2520000, 2520000, 'IDR')]),  # 205
    ('tunai Rp 15 juta, uang USD 2.400, enam buah', [('Rp 15 juta', 15000000, 15000000, 'IDR'), ('USD 2.400', 2400, 2400, 'USD'), ('enam', 6, 6, None)]),  # 206
    ('rekor dengan menembus lebih dari 4 miliar penonton.', [('lebih dari 4 miliar', 4000000001, None, None)]),  # 207
    ('-nya, @LuisFonsi. " Empat miliar penonton!', [('Empat miliar', 4000000000, 4000000000, None)]),  # 208
    ('juta viewers dalam waktu kurang dari 2 minggu dengan', [('kurang dari 2', None, 1, None)]),  # 209
    ('via streaming sebanyak 4,6 miliar dalam 6 bulan', [('4,6 miliar', 4600000000, 4600000000, None), ('6', 6, 6, None)]),  # 210
    ('lotre Powerball sebesar 758 juta dolar AS atau hampir Rp', [('758 juta dolar AS', 758000000, 758000000, 'USD')]),  # 211
    ('758 juta dolar AS atau hampir Rp 10 triliun. Ini adalah', [('758 juta dolar AS', 758000000, 758000000, 'USD'), ('hampir Rp 10 triliun', 9000000000000, 10000000000000, 'IDR')]),  # 212
    ('seluruh hadiah 50 ribu dolar AS (Rp 600 juta)', [('50 ribu dolar AS', 50000, 50000, 'USD'), ('Rp 600 juta', 600000000, 600000000, 'IDR')]),  # 213
    ('440 juta dolar AS (lebih dari Rp 5 triliun) sebelum', [('440 juta dolar AS', 440000000, 440000000, 'USD'), ('lebih dari Rp 5 triliun', 5000000000000, None, 'IDR')]),  # 214
    ('lalu. Di album itu, ada sekitar tujuh lagu populer', [('sekitar tujuh', 7, 7, None)]),  # 215
    ('sudah dipelihara selama lebih dari empat tahun, kalau', [('lebih dari empat', 5, None, None)]),  # 216
    ('dengan usia yang sudah mendekati 35 tahun, banyak', [('mendekati 35', 31, 34, None)]),  # 217
    ('Pertumbuhan upah sebesar 2% sampai 4% menunjukkan', [('2% sampai 4%', 2, 4, 'percent')]),  # 218
    ('CNN Indonesia - - Setidaknya empat orang tewas', [('Setidaknya empat', 4, None, None)]),  # 219
    ('25 basis poin menjadi 1,25 persen hingga 1,50 persen Dari dalam', [('25', 25, 25, None), ('1,25 persen hingga 1,50 persen', 1.25, 1.5, 'percent')]),  # 220
    ('AS telah menjatuhkan setidaknya 2.000 senjata hingga', [('setidaknya 2.000', 2000, None, None)]),  # 221
    ('pendapatan box office melebihi US$1 miliar. Disney tidak', [('melebihi US$1 miliar', 1000000000, None, 'USD')]),  # 222
    ('besar dengan pendapatan mencapai US$84,2 juta dari bujet', [('mencapai US$84,2 juta', 84200000, 84200000, 'USD')]),  # 223
    ('ini berkonsentrasi pada 12 – 16 startup tahap', [('12 – 16', 12, 16, None)]),  # 224
    ('dari dana ini umumnya $200 ribu - $1,25 juta dan jumlah', [('$200 ribu - $1,25 juta', 200000, 1250000, 'USD')]),  # 225
    ('ini selama umur startup antara $1 juta - $2.5 juta. ” Patrick', [('antara $1 juta - $2.5 juta', 1000000, 2500000, 'USD')]),  # 226
    ('pengalamannya selama dua belas tahun terakhir', [('dua belas', 12, 12, None)]),  # 227
    ('bisa meriah omset hingga ratusan ribu rupiah. Palai', [('ratusan ribu rupiah', 200000, 999000, 'IDR')]),  # 228
    ('padahal kenyataannya mencapai US$100. Rangkaian', [('mencapai US$100', 100, 100, 'USD')]),  # 229
    ('Vinales agar tetap di atas 0,5 detik.', [('di atas 0,5', 0.5, None, None)]),  # 230
    ('perangkat dengan harga kurang dari US$200 kian diminati.', [('kurang dari US$200', None, 200, 'USD')]),  # 231
    ('/ ekor / hari) sejumlah 345,7 ribu ton / hari', [('345,7 ribu', 345700, 345700, None)]),  # 232
    ('non subsidi saat ini sekitar Rp 6.800/liter. Jadi', [('sekitar Rp 6.800', 6800, 6800, 'IDR')]),  # 233
    ('kebutuhan energi sebesar 13,3% kebutuhan', [('13,3%', 13.3, 13.3, 'percent')]),  # 234
    ('mencapai 500 nit – nyaris 10 kali lebih', [('mencapai 500', 500, 500, None), ('nyaris 10', 9, 9, None)]),  # 235
    ('sudah mengidentifikasi sedikitnya 5 orang yang', [('sedikitnya 5', 5, None, None)]),  # 236
    ('ini masih mencari sekitar 4 - 5 perusahaan', [('sekitar 4 - 5', 4, 5, None)]),  # 237
    ('standar konsumsi BBM paling sedikit 20 km per liter', [('paling sedikit 20', 20, None, None)]),  # 238
    ('dengan kapasitas mesin 980 - 1.200 untuk mesin', [('980 - 1.200', 980, 1200, None)]),  # 239
    ('segede ini harganya 30 juta rupiah, yang jenis', [('30 juta rupiah', 30000000, 30000000, 'IDR')]),  # 240
    ('tidur. Tidur selama lebih dari sembilan jam memiliki', [('lebih dari sembilan', 10, None, None)]),  # 241
    ('Instagram yang disukai lebih dari 43 ribu orang itu', [('lebih dari 43 ribu', 43001, None, None)]),  # 242
    ('dana di Indonesia masih di bawah 1% dari total', [('di bawah 1%', None, 1, 'percent')]),  # 243
    ('terdapat transaksi lebih dari $150 juta per tahun', [('lebih dari $150 juta', 150000000, None, 'USD')]),  # 244
    ('dengan perolehan kursi paling sedikit 20 persen dari jumlah', [('paling sedikit 20 persen', 20, None, 'percent')]),  # 245
    ('puncak krisis, setelah hampir tiga pekan lalu', [('hampir tiga', 2, 2, None)]),  # 246
    ('Tersangka beli saham belasan miliar sebagai salah', [('belasan miliar', 11000000000, 19000000000, None)]),  # 247
    ('Nah, setiap belanja minimal Rp 500 ribu akan', [('minimal Rp 500 ribu', 500000, None, 'IDR')]),  # 248
    ('pemompaan selama tiga sampai lima menit, Anda', [('tiga sampai lima', 3, 5, None)]),  # 249
    ('yang dibayarkan sudah mencapai 25,10765551 BTC atau lebih', [('mencapai 25,10765551', 25.10765551, 25.10765551, None)]),  # 250
    ('senilai $1,2 miliar (lebih dari 15 triliun Rupiah). Diprediksi', [('$1,2 miliar', 1200000000, 1200000000, 'USD'), ('lebih dari 15 triliun Rupiah', 15000000000000, None, 'IDR')]),  # 251
    ('- sebut memiliki valuasi lebih dari $3 miliar (lebih dari 40', [('lebih dari $3 miliar', 3000000000, None, 'USD'), ('lebih dari 40', 41, None, None)]),  # 252
    ('secara tahunan menjadi Rp 4.369,97 triliun. Kenaikan', [('Rp 4.369,97 triliun', 4369970000000000, 4369970000000000, 'IDR')]),  # 253
    ('bunga bersih sebesar tiga persen secara tahunan', [('tiga persen', 3, 3, 'percent')]),  # 254
    ('sebesar AUD$20 atau sekitar Rp 200 ribuan untuk', [('AUD$20', 20, 20, 'AUD'), ('sekitar Rp 200 ribuan', 200000, 200000, 'IDR')]),  # 255
    ('termahal ada yang bahkan mencapai ratusan juta, " kata Haji', [('mencapai ratusan juta', 200000000, 999000000, None)]),  # 256
    ('Eks pilar Chelsea ini hampir enam bulan tidak', [('hampir enam', 5, 5, None)]),  # 257
    ('Kerajaan Bhumibol mencapai US$59,4 miliar atau setara Rp', [('mencapai US$59,4 miliar', 59400000000, 59400000000, 'USD')]),  # 258
    ('40.000 kontrak sewa. Setengah dari total', [('40.000', 40000, 40000, None)]),  # 259
    ('WIB banjir setinggi 1,5 - 2 meter namun', [('1,5 - 2', 1.5, 2, None)]),  # 260
    ('pada Juli lalu, yaitu mencapai 13,5 ribu kunjungan.', [('mencapai 13,5 ribu', 13500, 13500, None)]),  # 261
    ('paling tidak interval satu hingga tiga tahun, jangan', [('satu hingga tiga', 1, 3, None)]),  # 262
    ('suap dengan total mencapai Rp 20 miliar yang', [('mencapai Rp 20 miliar', 20000000000, 20000000000, 'IDR')]),  # 263
    ('ISIS, " katanya. Tiga ratus pasukan', [('Tiga ratus', 300, 300, None)]),  # 264
    ('berhenti merokok selama 3 sampai 8 tahun, namun', [('3 sampai 8', 3, 8, None)]),  # 265
    ('mereka masih berisiko sekitar 2,6 hingga 3,5 kali lipat', [('sekitar 2,6 hingga 3,5', 2.6, 3.5, None)]),  # 266
    ('Rooney yang dikenal ratusan juta orang di', [('ratusan juta', 200000000, 999000000, None)]),  # 267
    ('“ Kami berencana membuat satu juta pasang sepatu', [('satu juta', 1000000, 1000000, None)]),  # 268
    ('CPM display berkisar $2 sampai $6, CPM video', [('$2 sampai $6', 2, 6, 'USD')]),  # 269
    ('membutuhkan lahan antara satu hingga lima hektare.', [('antara satu hingga lima', 1, 5, None)]),  # 270
    ('dana dari proyek e - KTP sekitar US$4,5 juta. Menurut', [('sekitar US$4,5 juta', 4500000, 4500000, 'USD')]),  # 271
    ('porsi pembiayaan sekitar 50 persen sampai 70 persen dari nilai', [('sekitar 50 persen sampai 70 persen', 50, 70, 'percent')]),  # 272
    ('dana sebesar US$ 200 atau sekitar', [('US$ 200', 200, 200, 'USD')]),  # 273
    ('sebesar US$ 200 atau sekitar Rp 2,7 jutaan.', [('US$ 200', 200, 200, 'USD'), ('sekitar Rp 2,7 jutaan', 2700000, 2700000, 'IDR')]),  # 274
    ('melalui Kandepag. “ Hampir satu tahun sekolah', [('Hampir satu', 0, 0, None)]),  # 275
    ('perolehan pendanaan $3,5 juta (atau sekitar', [('$3,5 juta', 3500000, 3500000, 'USD')]),  # 276
    ('$3,5 juta (atau sekitar 46,5 miliar Rupiah) yang dipimpin', [('$3,5 juta', 3500000, 3500000, 'USD'), ('sekitar 46,5 miliar Rupiah', 46500000000, 46500000000, 'IDR')]),  # 277
    ('uang logam sebesar 1.062 juta keping, naik', [('1.062 juta', 1062000000, 1062000000, None)]),  # 278
    ('hingga 75,52 persen dari 11.353 ribu buku pada 2016', [('75,52 persen', 75.52, 75.52, 'percent'), ('11.353 ribu', 11353000, 11353000, None), ('2016', 2016, 2016, 'year')]),  # 279
    ('Gmail yang memiliki lebih dari satu miliar pengguna aktif', [('lebih dari satu miliar', 1000000001, None, None)]),  # 280
]

ENGLISH: list[tuple[str, Expected]] = [
    ('gun violence, a 15-year-old', [('15', 15, 15, None)]),  # 1
    ('opened fire, killing a teen girl who was', []),  # 2
    ('The incident happened at around 2 a.m. Sunday', []),  # 3
    ('in the Chevy when two men approached', [('two', 2, 2, None)]),  # 4
    ('followed when one of the men', [('one', 1, 1, None)]),  # 5
    ('a burgundy suburban at about 4 a.m. in front', []),  # 6
    ('Five wounded in', [('Five', 5, 5, None)]),  # 7
    ('neighborhood block where at least six more people', [('at least six', 6, None, None)]),  # 8
    ('right arm. Police said four of the five', [('four', 4, 4, None), ('five', 5, 5, None)]),  # 9
    ('off measures approved by at least nine committees, on', [('at least nine', 9, None, None)]),  # 10
    ('Biden outlined in his $1.9 trillion relief', [('$1.9 trillion', 1900000000000, 1900000000000, 'USD')]),  # 11
    ('of 284 residents of the eight-story Tyler', [('284', 284, 284, None), ('eight', 8, 8, None)]),  # 12
    ('House. Brigdes, who is nine months', [('nine', 9, 9, None)]),  # 13
    ('The shooting came three years after a', [('three', 3, 3, None)]),  # 14
    ('Ben Liquors, that left seven people injured', [('seven', 7, 7, None)]),  # 15
    ('away that can hold more than 1,200 people and', [('more than 1,200', 1201, None, None)]),  # 16
    ('said in an interview about two weeks ago. He', [('about two', 2, 2, None)]),  # 17
    ('in the coming years from 2,800 residents to', [('2,800', 2800, 2800, None)]),  # 18
    ('TAMPA — More than 15 shots were', [('More than 15', 16, None, None)]),  # 19
    ('or (813) 226-3377. Follow', []),  # 20
    ('coming forward, ten men were', [('ten', 10, 10, None)]),  # 21
    ('were burdened with six shootings, one', [('six', 6, 6, None), ('one', 1, 1, None)]),  # 22
    ('city in a span of just over two weeks between', [('over two', 3, None, None)]),  # 23
    ('silver coins valued at $5,000 and two', [('$5,000', 5000, 5000, 'USD'), ('two', 2, 2, None)]),  # 24
    ('when a car pulled up and about five or six males', [('about five', 5, 5, None), ('six', 6, 6, None)]),  # 25
    ('prayed and chanted. Dozens of people', [('Dozens', 24, 99, None)]),  # 26
    ('"It cost me another $100 to bail myself', [('$100', 100, 100, 'USD')]),  # 27
    ('weapon by a person under 18.', [('under 18', None, 17, None)]),  # 28
    ('More from New Jersey 101.5: Subscribe to', [('101.5', 101.5, 101.5, None)]),  # 29
    ('tumbled a record 16.4% in April as', [('16.4%', 16.4, 16.4, 'percent')]),  # 30
    ('is now staring at $100 trillion in total debt,', [('$100 trillion', 100000000000000, 100000000000000, 'USD')]),  # 31
    ('was slain in their home about four blocks away', [('about four', 4, 4, None)]),  # 32
    ('they think there was more than one person.', [('more than one', 2, None, None)]),  # 33
    ('boyfriend before at least one of them pulled', [('at least one', 1, None, None)]),  # 34
    ('with a possibility of up to 20 years in', [('up to 20', None, 20, None)]),  # 35
    ('Last month, I joined about 15,000 other cyclists', [('about 15,000', 15000, 15000, None)]),  # 36
    ('shooter situation into a nearly three-hour hostage', [('nearly three', 2, 2, None)]),  # 37
    ('her daughter again nearly 15 minutes later', [('nearly 15', 13, 14, None)]),  # 38
    ('U.S. businesses with over 100 employees will', [('over 100', 101, None, None)]),  # 39
    ('yet known, police said. Eleven victims', [('Eleven', 11, 11, None)]),  # 40
    ('earlier this year to nearly eight years in', [('nearly eight', 7, 7, None)]),  # 41
    ('(New York Daily News) Some 30 minutes later,', [('Some 30', 30, 30, None)]),  # 42
    ('before his suicide About seven blocks away,', [('About seven', 7, 7, None)]),  # 43
    ('in April — representing 9.8 million people who say', [('9.8 million', 9800000, 9800000, None)]),  # 44
    ("I've lived here for over three decades,", [('over three', 4, None, None)]),  # 45
    ('City that occurred almost two weeks ago', [('almost two', 1, 1, None)]),  # 46
    ('There’s a reward of up to $3,000. RELATED', [('up to $3,000', None, 3000, 'USD')]),  # 47
    ('people were killed and at least 15 wounded', [('at least 15', 15, None, None)]),  # 48
    ('responsible for more than two dozen', [('more than two dozen', 25, None, None)]),  # 49
    ('Details about at least four additional', [('at least four', 4, None, None)]),  # 50
    ('he said in Spanish. Less than nine hours earlier', [('Less than nine', None, 8, None)]),  # 51
    ('and appears to be one of about three dozen rifle', [('one', 1, 1, None), ('about three dozen', 36, 36, None)]),  # 52
    ('served in the Army from 1991 to 2000. Those who', [('1991 to 2000', 1991, 2000, 'year')]),  # 53
    ('from Canal Street. Forty police', [('Forty', 40, 40, None)]),  # 54
    ('Ten victims aged between 20 and 37 were shot,', [('Ten', 10, 10, None), ('between 20 and 37', 20, 37, None)]),  # 55
    ('States and in Europe. Thousands of mourners', [('Thousands', 2000, 9999, None)]),  # 56
    ('morning. (Julia Scheib) Twelve-year-old', [('Twelve', 12, 12, None)]),  # 57
    ('victims, some of the roughly 40 people who', [('roughly 40', 40, 40, None)]),  # 58
    ('Englewood neighborhood. Fifty-year-old', [('Fifty', 50, 50, None)]),  # 59
    ('in good condition. Twenty minutes', [('Twenty', 20, 20, None)]),  # 60
    ('whose headquarters are less than two blocks from', [('less than two', None, 1, None)]),  # 61
    ("price was jacked up to $2 million and that's", [('up to $2 million', None, 2000000, 'USD')]),  # 62
    ('21, was being held on $1,100,000 bail after', [('21', 21, 21, None), ('$1,100,000', 1100000, 1100000, 'USD')]),  # 63
    ('costs. It had raised more than $2,400 by Thursday', [('more than $2,400', 2400, None, 'USD')]),  # 64
    ('More than 4.4 million Americans', [('More than 4.4 million', 4400001, None, None)]),  # 65
    ('were measured in the millions. From March 15', [('millions', 2000000, 999999999, None)]),  # 66
    ('SEATTLE – At least two people opened', [('At least two', 2, None, None)]),  # 67
    ('South Main Street, and at least five people were', [('at least five', 5, None, None)]),  # 68
    ('been employed there for nearly nine years, but', [('nearly nine', 8, 8, None)]),  # 69
    ('in Myrtle Beach in less than 48 hours. Rhodes', [('less than 48', None, 47, None)]),  # 70
    ('said they heard about three to four shots. One', [('about three to four', 3, 4, None), ('One', 1, 1, None)]),  # 71
    ('He is being held on $1 million bail. Court', [('$1 million', 1000000, 1000000, 'USD')]),  # 72
    ('said. Phipps was busted about six hours later', [('about six', 6, 6, None)]),  # 73
    ('shooting deaths up 79% from last year', [('79%', 79, 79, 'percent')]),  # 74
    ('Sunday afternoon. Up to three officers were', [('Up to three', None, 3, None)]),  # 75
    ('Department, questioned hundreds of people but', [('hundreds', 200, 999, None)]),  # 76
    ('the city has seen a nearly 11% drop in', [('nearly 11%', 9, 11, 'percent')]),  # 77
    ('vaccine was found to be more than 90% effective,', [('more than 90%', 90, None, 'percent')]),  # 79
    ('he said. "It\'s now up to four. That\'s just', [('up to four', None, 4, None)]),  # 80
    ('Force Base in Honolulu (1999 - 2003); Buechel Air', [('1999 - 2003', 1999, 2003, 'year')]),  # 81
    ('and Sunday night, at least seven other people', [('at least seven', 7, None, None)]),  # 82
    ('killed when they walked up to two armed security', [('up to two', None, 2, None)]),  # 83
    ('original post, which has nearly 3,000 shares.', [('nearly 3,000', 2700, 2999, None)]),  # 84
    ('bond was set at $10,000, ten percent.', [('$10,000', 10000, 10000, 'USD'), ('ten percent', 10, 10, 'percent')]),  # 85
    ('of an additional 200 million doses of the', [('200 million', 200000000, 200000000, None)]),  # 86
    ('point: It was requesting less than $5 billion for border', [('less than $5 billion', None, 5000000000, 'USD')]),  # 87
    ('driving convictions in less than five years. A', [('less than five', None, 4, None)]),  # 88
    ('was said to be a dispute over $10, and Mason', [('over $10', 10, None, 'USD')]),  # 89
    ('left but came back with about eight family', [('about eight', 8, 8, None)]),  # 90
    ('holding the line on his zero-tolerance', [('zero', 0, 0, None)]),  # 91
    ('Center and said he saw around seven police cars on', [('around seven', 7, 7, None)]),  # 92
    ('voting rights to some 1.5 million people with', [('some 1.5 million', 1500000, 1500000, None)]),  # 93
    ('three vehicles, injuring at least eight people', [('three', 3, 3, None), ('at least eight', 8, None, None)]),  # 94
    ('Alpine ISD has just under 1,000 students,', [('under 1,000', None, 999, None)]),  # 95
    ('who is believed to be between 17 to 20 years old,', [('between 17 to 20', 17, 20, None)]),  # 96
    ('50th Street and Lincoln. Forty-two-year-old Kevin', [('Forty-two', 42, 42, None)]),  # 97
    ('bond at $500,000 with no 10 percent option', [('$500,000', 500000, 500000, 'USD'), ('10 percent', 10, 10, 'percent')]),  # 98
    ('surgery concluded at approximately 4 p.m., after', []),  # 99
    ('would need to post at least $5,000 cash to bring', [('at least $5,000', 5000, None, 'USD')]),  # 100
    ('and was sentenced to twenty-five years in', [('twenty-five', 25, 25, None)]),  # 101
    ('Destiny Brown, a friend. Approximately 25 to 35 individuals', [('Approximately 25 to 35', 25, 35, None)]),  # 102
    ('count of eluding police. Eighteen-year-old', [('Eighteen', 18, 18, None)]),  # 103
    ('the driver tried to get around two cars swerving', [('around two', 2, 2, None)]),  # 104
    ('FROM JAIL AFTER HISTORIC $4 BILLION BOND Someone', [('$4 BILLION', 4000000000, 4000000000, 'USD')]),  # 105
    ('which is usually around six weeks, unless', [('around six', 6, 6, None)]),  # 106
    ('candidates must turn over five years of tax', [('over five', 6, None, None)]),  # 107
    ('Retail sales fell 16.4 percent last month,', [('16.4 percent', 16.4, 16.4, 'percent')]),  # 108
    ('shots fired — anywhere between three to five — come from', [('between three to five', 3, 5, None)]),  # 109
    ("man's loaded handgun. Twenty-two-year-old", [('Twenty-two', 22, 22, None)]),  # 110
    ('month so far this year. About 4.7 million Americans', [('About 4.7 million', 4700000, 4700000, None)]),  # 112
    ('a bag of marijuana and nearly one thousand dollars in cash in', [('nearly one thousand dollars', 900, 1000, 'USD')]),  # 113
    ("Bond has been set at $2.5 million. The sheriff's", [('$2.5 million', 2500000, 2500000, 'USD')]),  # 114
    ('estimate it will take six to seven days to', [('six to seven', 6, 7, None)]),  # 115
    ('make a full recovery. -Twenty-four people were', [('Twenty-four', 24, 24, None)]),  # 116
    ('Planned Parenthood. -Three hundred people were', [('Three hundred', 300, 300, None)]),  # 117
    ('the shootout/standoff. One hundred and fifty were inside', [('One hundred and fifty', 150, 150, None)]),  # 118
    ('gunman was captured. One hundred and fifteen Colorado', [('One hundred and fifteen', 115, 115, None)]),  # 119
    ("building's parking lot, more than five hours after a", [('more than five', 6, None, None)]),  # 120
    ('been locked down for almost five hours, says it', [('almost five', 4, 4, None)]),  # 121
    ('on their body cameras. Twenty-one shots were', [('Twenty-one', 21, 21, None)]),  # 122
    ('division. A little over one week later,', [('over one', 2, None, None)]),  # 123
    ('alprazolam pills along over $2,000 in cash,', [('over $2,000', 2000, None, 'USD')]),  # 124
    ('insurance, would require more than $30 trillion in additional', [('more than $30 trillion', 30000000000000, None, 'USD')]),  # 125
    ('and Warren, it was in excess of 2,000 people."', [('in excess of 2,000', 2001, None, None)]),  # 126
    ('Twenty-three-year-old Zach', [('Twenty-three', 23, 23, None)]),  # 127
    ('death and mayhem for more than three years and led', [('more than three', 4, None, None)]),  # 128
    ('mother calls for justice nearly two months after', [('nearly two', 1, 1, None)]),  # 129
    ('vehicle, property damage less than $200 and aggravated', [('less than $200', None, 200, 'USD')]),  # 130
    ('knocked out power to more than 2 million people, closed', [('more than 2 million', 2000001, None, None)]),  # 131
    ('crime tips line at 919-890- 7318 or e-mail at', []),  # 132
]


def _read(phrase: str, lang: str) -> Expected:
    mentions = find_numbers(phrase, lang)
    for m in mentions:
        assert phrase[m.start : m.end] == m.text
    return [(m.text, m.min, m.max, m.unit) for m in mentions]


@pytest.mark.parametrize(("phrase", "expected"), INDONESIAN, ids=[row[0][:50] for row in INDONESIAN])
def test_indonesian_phrase(phrase: str, expected: Expected) -> None:
    assert _read(phrase, "id") == expected


@pytest.mark.parametrize(("phrase", "expected"), ENGLISH, ids=[row[0][:50] for row in ENGLISH])
def test_english_phrase(phrase: str, expected: Expected) -> None:
    assert _read(phrase, "en") == expected


def test_the_tables_are_large_enough() -> None:
    assert len([row for row in INDONESIAN + ENGLISH if row[1]]) >= 150
    assert len([row for row in ENGLISH if row[1]]) >= 50
