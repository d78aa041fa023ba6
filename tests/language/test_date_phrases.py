"""Date phrases from real sentences, each with the mentions expected and their values.

The Indonesian phrases are short excerpts of articles in IndoSum (Kurniawan & Louvan 2018,
CC BY-SA 4.0; ``corpus/indosum-stream.jsonl`` of ../shared/data), the English ones of local
US news in the Gun Violence Corpus (Postma et al. 2018; ``cluster/gva-dev.jsonl``). Each is
resolved against its article's publication date, as the extract stage does. A row lists
every mention in the phrase: (text, ISO value, granularity, relative). Rows a reader could
not resolve from the phrase alone, or that the layer gets wrong and cannot know (a future
event written with a bare weekday and no future word: "plan a candlelight vigil Tuesday";
"akan digelar Sabtu" in an article whose metadata date is the day after that Saturday) are
left out; the number after each row is its line in the review of the corpus sample.
"""

from __future__ import annotations

from datetime import date

import pytest

from telisik.language.dates import find_dates

Expected = list[tuple[str, str, str, bool]]

INDONESIAN: list[tuple[str, str, Expected]] = [
    ('keterangan tertulis, Rabu (9 / 8 / 2017). Agar bisa', '2017-08-09', [('Rabu (9 / 8 / 2017)', '2017-08-09', 'day', False)]),  # 2
    ('Diaz Kemayoran Jakpus, Selasa (7 / 8 / 2017) malam. Dalam', '2017-08-09', [('Selasa (7 / 8 / 2017) malam', '2017-08-07T19:00:00', 'part-of-day', False)]),  # 3
    ('Menteng, Jakarta Pusat, Jumat (15 / 9). Proses', '2017-09-16', [('Jumat (15 / 9)', '2017-09-15', 'day', True)]),  # 4
    ('yang sudah terbentuk dari 13 tahun yang lalu. "', '2017-09-16', [('13 tahun yang lalu', '2004-01-01', 'year', True)]),  # 5
    ('di Planet Hollywood, Sabtu (12 / 8) kemarin. Sumber', '2017-08-13', [('Sabtu (12 / 8) kemarin', '2017-08-12', 'day', True)]),  # 6
    ('Me) Crazy. Itu terjadi Rabu (9 / 8) lalu saat ia', '2017-08-13', [('Rabu (9 / 8) lalu', '2017-08-09', 'day', True)]),  # 7
    ('Stadion Filip, Makedonia, Rabu waktu', '2017-08-09', [('Rabu', '2017-08-09', 'day', True)]),  # 8
    ('sana. Tiket menargetkan tahun ini secara', '2017-08-26', [('tahun ini', '2017-01-01', 'year', True)]),  # 9
    ('per tahunnya. Diklaim, tahun lalu Tiket', '2017-08-26', [('tahun lalu', '2016-01-01', 'year', True)]),  # 10
    ('meluncurkan aplikasi pada tiga tahun lalu sekitar 8', '2017-08-26', [('tiga tahun lalu', '2014-01-01', 'year', True)]),  # 11
    ('tersebut pada Mei atau Juni tahun depan. Aborsi', '2017-10-01', [('tahun depan', '2018-01-01', 'year', True)]),  # 12
    ('dilaksanakan hari ini (Senin 17 / 04 / 2017)', '2017-04-18', [('hari ini', '2017-04-18', 'day', True), ('Senin 17 / 04 / 2017', '2017-04-17', 'day', False)]),  # 14
    ('di Balai Kota Jakarta, kemarin.', '2017-04-18', [('kemarin', '2017-04-17', 'day', True)]),  # 15
    ('sebelum tanggal 27 Agustus 2017 (hari ini)', '2017-08-27', [('27 Agustus 2017', '2017-08-27', 'day', False), ('hari ini', '2017-08-27', 'day', True)]),  # 17
    ('Qualcomm di Hong Kong, minggu lalu, sesi “', '2017-10-24', [('minggu lalu', '2017-10-16', 'week', True)]),  # 18
    ('menundukkan kepalanya. " Tadi malam penyidik', '2018-01-28', [('Tadi malam', '2018-01-27T19:00:00', 'part-of-day', True)]),  # 19
    ('Soundgarden yang meninggal 17 Mei lalu. Seperti', '2017-06-06', [('17 Mei lalu', '2017-05-17', 'day', True)]),  # 20
    ('film Peter Rabbit pada Minggu (4 / 2) pukul 9.45 malam lalu. " Ini', '2018-02-07', [('Minggu (4 / 2) pukul 9.45 malam lalu', '2018-02-04T21:45:00', 'minute', True)]),  # 21
    ('masa krisis pengungsi dua tahun lalu. Sementara', '2017-12-01', [('dua tahun lalu', '2015-01-01', 'year', True)]),  # 22
    ('yang dijadwalkan rilis pada 18 November mendatang di AS dan', '2016-10-17', [('18 November mendatang', '2016-11-18', 'day', True)]),  # 23
    ('memukau penonton di BIFF pekan ini, film', '2016-10-17', [('pekan ini', '2016-10-17', 'week', True)]),  # 24
    ('Jember, Jawa Timur, Minggu (24 / 12) malam. " Kami', '2017-12-25', [('Minggu (24 / 12) malam', '2017-12-24T19:00:00', 'part-of-day', True)]),  # 25
    ('kawasan Tubod, Iligan City, Minggu pagi. Saat', '2017-11-06', [('Minggu pagi', '2017-11-05T06:00:00', 'part-of-day', True)]),  # 26
    ('ada gunanya. Lebih dari 15 tahun lalu kami', '2016-11-06', [('15 tahun lalu', '2001-01-01', 'year', True)]),  # 27
    ('festitval ini digelar 2 - 5 Oktober ini, ” ujar', '2016-11-06', [('2 - 5 Oktober', '2016-10-02', 'day', True)]),  # 28
    ("' ini sudah beredar sejak lima tahun lalu. Awalnya,", '2016-10-11', [('lima tahun lalu', '2011-01-01', 'year', True)]),  # 29
    ('dikunjungi publik mulai 13 Mei hingga 26 November 2017 mendatang.', '2017-05-12', [('13 Mei hingga 26 November 2017', '2017-05-13', 'day', False)]),  # 30
    ('60 Srondol Kulon, Semarang, Sabtu (12 / 8) sekitar pukul 03.30 WIB dini hari.', '2017-08-12', [('Sabtu (12 / 8) sekitar pukul 03.30 WIB', '2017-08-12T03:30:00+07:00', 'minute', True)]),  # 31
    ('final IBL 2017 yang digelar 4 - 7 Mei 2017, melawan', '2017-04-20', [('4 - 7 Mei 2017', '2017-05-04', 'day', False)]),  # 33
    ('Kota DKI Jakarta, pada Selasa malam, (7 / 11). Kata', '2017-11-08', [('Selasa malam, (7 / 11)', '2017-11-07T19:00:00', 'part-of-day', True)]),  # 34
    ('dengan skor 3 - 1 pada Minggu (28 / 5 / 2017) dini hari WIB di', '2017-05-28', [('Minggu (28 / 5 / 2017) dini hari', '2017-05-28T02:00:00', 'part-of-day', False)]),  # 35
    ('Opera Theater selama 3 - 26 Januari mendatang, demikian', '2016-11-26', [('3 - 26 Januari mendatang', '2017-01-03', 'day', True)]),  # 36
    ('ke Yogyakarta pada Rabu (17 / 5) sore dan', '2017-05-19', [('Rabu (17 / 5) sore', '2017-05-17T15:00:00', 'part-of-day', True)]),  # 37
    ('kabar dari Wiwit pada Sabtu (6 / 5) yang lalu. Saat itu,', '2017-05-19', [('Sabtu (6 / 5) yang lalu', '2017-05-06', 'day', True)]),  # 38
    ('Adisutjipto Yogyakarta pada Minggu (7 / 5) pukul 10.00 WIB. " Mbak', '2017-05-19', [('Minggu (7 / 5) pukul 10.00 WIB', '2017-05-07T10:00:00+07:00', 'minute', True)]),  # 39
    ('Sabtu (6 / 5) malam hingga Minggu (7 / 5) dini hari. Wiwit', '2017-05-19', [('Sabtu (6 / 5) malam', '2017-05-06T19:00:00', 'part-of-day', True), ('Minggu (7 / 5) dini hari', '2017-05-07T02:00:00', 'part-of-day', True)]),  # 40
    ('kembali ke Carrington pada 8 Juli, sebelum', '2017-06-10', [('8 Juli', '2017-07-08', 'day', True)]),  # 41
    ('AC Milan 2 - 1 Liverpool, 23 / 05 / 2007 – 38 tahun,', '2017-06-01', [('23 / 05 / 2007', '2007-05-23', 'day', False)]),  # 42
    ('hari ini atau paling lambat besok sebagai', '2017-07-18', [('hari ini', '2017-07-18', 'day', True), ('besok', '2017-07-19', 'day', True)]),  # 43
    ('gabung dengan The Reds bulan lalu dari AS', '2017-07-12', [('bulan lalu', '2017-06-01', 'month', True)]),  # 44
    ('elektronik (e - KTP). " Selasa jam 14.00 kami akan', '2017-08-15', [('Selasa jam 14.00', '2017-08-15T14:00:00', 'minute', True)]),  # 45
    ('yang meninggal akhir pekan lalu di dekat', '2017-05-25', [('pekan lalu', '2017-05-15', 'week', True)]),  # 46
    ('mengumumkan pertandingan malam ini melawan', '2016-12-02', [('malam ini', '2016-12-02T19:00:00', 'part-of-day', True)]),  # 47
    ('Sumedang, Jawa Barat pada Rabu dini hari (21 / 9). Longsor', '2016-09-21', [('Rabu dini hari (21 / 9)', '2016-09-21T02:00:00', 'part-of-day', True)]),  # 48
    ('sejak Selasa kemarin (20 / 9). "', '2016-09-21', [('Selasa kemarin', '2016-09-20', 'day', True), ('(20 / 9)', '2016-09-20', 'day', True)]),  # 49
    ('Terbuka yang digelar mulai 30 Januari hingga 4 Februari itu berawal', '2018-01-31', [('30 Januari hingga 4 Februari', '2018-01-30', 'day', True)]),  # 50
    ('ini harus lebih siap untuk minggu depan.', '2017-04-10', [('minggu depan', '2017-04-17', 'week', True)]),  # 51
    ('Festival 2017 dibuka pada 14 September - 17 September di CGV', '2017-09-16', [('14 September - 17 September', '2017-09-14', 'day', True)]),  # 52
    ('bernama Karam itu lahir tujuh bulan lalu di Irak.', '2017-04-17', [('tujuh bulan lalu', '2016-09-01', 'month', True)]),  # 53
    ('Las Vegas, Nevada, AS, 26 Agustus 2017 malam waktu', '2017-11-03', [('26 Agustus 2017 malam', '2017-08-26T19:00:00', 'part-of-day', False)]),  # 54
    ('malam waktu setempat atau 27 Agustus 2017 pagi WIB.', '2017-11-03', [('27 Agustus 2017 pagi', '2017-08-27T06:00:00', 'part-of-day', False)]),  # 55
    ('ke rumah sakit kurang dari dua bulan lalu.', '2017-07-14', [('dua bulan lalu', '2017-05-01', 'month', True)]),  # 56
    ('semua harus berkumpul pada 8 Januari nanti. Karena', '2017-01-03', [('8 Januari nanti', '2017-01-08', 'day', True)]),  # 57
    ('Watch Dogs 2 dalam beberapa bulan mendatang, Xbox', '2016-10-17', []),  # 59
    ('GP Spanyol akan berlangsung Sabtu (13 / 5 / 2017) pukul 11.00 - 12.00', '2017-05-13', [('Sabtu (13 / 5 / 2017) pukul 11.00', '2017-05-13T11:00:00', 'minute', False)]),  # 61
    ('survei yang digelar tanggal 16 hingga 22 Januari 2018, sosok Uu', '2018-02-06', [('16 hingga 22 Januari 2018', '2018-01-16', 'day', False)]),  # 64
    ('yang selesai pada Selasa malam. " Ini', '2017-04-13', [('Selasa malam', '2017-04-11T19:00:00', 'part-of-day', True)]),  # 65
    ('itu, Taufiq mengaku, DPRD siang ini akan', '2017-10-23', [('siang ini', '2017-10-23T12:00:00', 'part-of-day', True)]),  # 66
    ('- 2 dari Empoli di kandang dua pekan lalu. Kondisi', '2017-05-08', [('dua pekan lalu', '2017-04-24', 'day', True)]),  # 67
    ('Gangguan ini terjadi pada Kamis, (20 / 4), dan', '2017-04-21', [('Kamis, (20 / 4)', '2017-04-20', 'day', True)]),  # 68
    ('Antasari ke penjara mencuat tujuh tahun silam. Iriawan', '2016-11-17', [('tujuh tahun silam', '2009-01-01', 'year', True)]),  # 69
    ('kejadian yang terjadi pada Sabtu (18 / 02) sekitar pukul 17.00 waktu', '2017-02-21', [('Sabtu (18 / 02) sekitar pukul 17.00', '2017-02-18T17:00:00', 'minute', True)]),  # 70
    ('di Stadion Thuwunna, Minggu (17 / 9) nanti. Mereka', '2017-09-16', [('Minggu (17 / 9) nanti', '2017-09-17', 'day', True)]),  # 71
    ('gereja di Desa Lelema pada Sabtu, 19 Februari 2017. Sofian', '2017-04-25', [('Sabtu, 19 Februari 2017', '2017-02-19', 'day', False)]),  # 72
    ('Tengah dan Yogyakarta, pada Selasa (15 / 11) sekitar pukul 19:41 WIB.', '2016-11-17', [('Selasa (15 / 11) sekitar pukul 19:41 WIB', '2016-11-15T19:41:00+07:00', 'minute', True)]),  # 73
    ('itu disebut akan tayang Kamis (16 / 3) mendatang. Namun', '2017-03-18', [('Kamis (16 / 3) mendatang', '2017-03-16', 'day', True)]),  # 74
    ('lebaran 2017 terjadi pada Kamis, 22 Juni. Prediksi', '2017-06-17', [('Kamis, 22 Juni', '2017-06-22', 'day', True)]),  # 75
    ('pada 23 Juni. " Pada 22 Juni malam itu', '2017-06-17', [('23 Juni', '2017-06-23', 'day', True), ('22 Juni malam', '2017-06-22T19:00:00', 'part-of-day', True)]),  # 76
    ('pemerintah dimulai dari 27 hingga 30 Juni.', '2017-06-17', [('27 hingga 30 Juni', '2017-06-27', 'day', True)]),  # 77
    ('Bangsa-Bangsa (PBB), Kamis (21 / 12) siang waktu New', '2017-12-22', [('Kamis (21 / 12) siang', '2017-12-21T12:00:00', 'part-of-day', True)]),  # 78
    ('Mojokerto, Jawa Timur, Senin (26 / 9) pagi tadi.', '2016-09-26', [('Senin (26 / 9) pagi', '2016-09-26T06:00:00', 'part-of-day', True)]),  # 79
    ('untuk periode tanggal 12 sampai dengan 14 Desember 2016. " Kami', '2016-11-20', [('12 sampai dengan 14 Desember 2016', '2016-12-12', 'day', False)]),  # 80
    ('Tol (GT) Warugunung, Selasa (19 / 12 ). Meski', '2017-12-20', [('Selasa (19 / 12 )', '2017-12-19', 'day', True)]),  # 81
    ('tersebut, baru diketahuinya dua hari lalu melalui', '2017-03-16', [('dua hari lalu', '2017-03-14', 'day', True)]),  # 82
    ('deras yang mengguyur sejak Kamis (22 / 2 / 2018) sore hingga', '2018-02-23', [('Kamis (22 / 2 / 2018) sore', '2018-02-22T15:00:00', 'part-of-day', False)]),  # 83
    ('peringkat ke - 83 dunia. Enam bulan lalu, dia', '2017-09-10', [('Enam bulan lalu', '2017-03-01', 'month', True)]),  # 84
    ('Jasa Marga Dwimawan Heru, Senin (26 / 6), pukul 07.00 WIB kepadatan', '2017-06-26', [('Senin (26 / 6), pukul 07.00 WIB', '2017-06-26T07:00:00+07:00', 'minute', True)]),  # 85
    ('teroris lainnya pada Selasa sekitar pukul 07.30 hingga', '2017-08-16', [('Selasa sekitar pukul 07.30', '2017-08-15T07:30:00', 'minute', True)]),  # 86
    ('Award pada Grand Final, 25 Oktober 2017, pukul 19:30 waktu', '2017-10-22', [('25 Oktober 2017, pukul 19:30', '2017-10-25T19:30:00', 'minute', False)]),  # 87
    ('terus bertahan sejak empat tahun lalu, " Spiegel', '2017-11-12', [('empat tahun lalu', '2013-01-01', 'year', True)]),  # 88
    ('tiba di Cleveland pada Selasa pekan depan. Tapi', '2017-01-30', [('Selasa pekan depan', '2017-02-07', 'day', True)]),  # 89
    ('agar Islam dilarang, bulan ini dijatuhi', '2017-12-02', [('bulan ini', '2017-12-01', 'month', True)]),  # 90
    ('di Stadion Manahan, Solo, Minggu (4 / 2) petang. Dengan', '2018-02-05', [('Minggu (4 / 2) petang', '2018-02-04T18:00:00', 'part-of-day', True)]),  # 92
    ('" Silakan ke Danau Toba 6 sampai 9 Desember nanti. Dijamin', '2017-10-16', [('6 sampai 9 Desember nanti', '2017-12-06', 'day', True)]),  # 93
    ('Kabupaten Ponorogo, sekitar pukul 13.15 WIB, Rabu. " Lari,', '2017-04-06', [('pukul 13.15 WIB, Rabu', '2017-04-05T13:15:00+07:00', 'minute', True)]),  # 94
    ('yang dirawat sampai hari Jumat pukul 00.30, " kata', '2017-10-27', [('Jumat pukul 00.30', '2017-10-27T00:30:00', 'minute', True)]),  # 95
    ('pencarian sampai Jumat pagi ini. Semua', '2017-10-27', [('Jumat pagi ini', '2017-10-27T06:00:00', 'part-of-day', True)]),  # 96
    ('di Setu Babakan, Sabtu malam (29 / 7). Dikatakan', '2017-07-31', [('Sabtu malam (29 / 7)', '2017-07-29T19:00:00', 'part-of-day', True)]),  # 97
    ('anak kedua mereka pada hari Kamis pagi, 15 Februari lalu. Namun', '2018-02-19', [('Kamis pagi, 15 Februari lalu', '2018-02-15T06:00:00', 'part-of-day', True)]),  # 98
    ('Ellen DeGeneres Show pada 7 November silam. " Ini', '2018-02-19', [('7 November silam', '2017-11-07', 'day', True)]),  # 99
    ('rilis laporan BPS hari ini (01 / 10 / 2016), terdapat', '2016-10-07', [('hari ini', '2016-10-07', 'day', True), ('(01 / 10 / 2016)', '2016-10-01', 'day', False)]),  # 101
    ('tujuan Jakarta - Medan pada Kamis 3 Agustus 2017. Dalam', '2018-02-20', [('Kamis 3 Agustus 2017', '2017-08-03', 'day', False)]),  # 102
    ('minta dibuatkan KTP pada Kamis siang hari. Lalu', '2017-01-29', [('Kamis siang', '2017-01-26T12:00:00', 'part-of-day', True)]),  # 104
    ('yang nantinya terpilih. Jumat pekan lalu, Partai', '2017-10-30', [('Jumat pekan lalu', '2017-10-27', 'day', True)]),  # 105
    ('terlibat kecelakaan pada Sabtu, (6 / 5 / 2017) pagi. Hal', '2017-05-08', [('Sabtu, (6 / 5 / 2017) pagi', '2017-05-06T06:00:00', 'part-of-day', False)]),  # 106
    ('kepada Poskotanews, Minggu, (7 / 5 / 2017). Sementara', '2017-05-08', [('Minggu, (7 / 5 / 2017)', '2017-05-07', 'day', False)]),  # 107
    ('pertama NYFW First Stage, Kamis (7 / 9) pukul 12.00 waktu', '2017-09-08', [('Kamis (7 / 9) pukul 12.00', '2017-09-07T12:00:00', 'minute', True)]),  # 108
    ('Jember, Jawa Timur, Sabtu sore. " Korban', '2017-12-17', [('Sabtu sore', '2017-12-16T15:00:00', 'part-of-day', True)]),  # 109
    ('kesimpulan, " kata dia. Sehari sebelumnya, putra', '2017-11-25', [('Sehari sebelumnya', '2017-11-24', 'day', True)]),  # 112
    ('selama sehari pada 21 Nopember 2017 akibat', '2017-11-28', [('21 Nopember 2017', '2017-11-21', 'day', False)]),  # 113
    ('JITF berlangsung dari 20 - 23 Nopember 2017, namun Tim', '2017-11-28', [('20 - 23 Nopember 2017', '2017-11-20', 'day', False)]),  # 114
    ('di DPRD ibu kota pada Rabu mendatang, 9 Agustus', '2017-08-05', [('Rabu mendatang', '2017-08-09', 'day', True), ('9 Agustus', '2017-08-09', 'day', True)]),  # 115
    ('dan Liberty Media, pada Jumat (15 / 9 / 2017) pagi. " Grand', '2017-09-16', [('Jumat (15 / 9 / 2017) pagi', '2017-09-15T06:00:00', 'part-of-day', False)]),  # 116
    ('Wali Amanat (MWA) IPB, Rabu sore (15 / 11) di Kampus', '2017-11-16', [('Rabu sore (15 / 11)', '2017-11-15T15:00:00', 'part-of-day', True)]),  # 117
    ('Terbuka kita gelar tadi pagi diikuti 15', '2017-11-16', [('tadi pagi', '2017-11-16T06:00:00', 'part-of-day', True)]),  # 118
    ('kontraktor. " Karena 2 - 3 bulan lalu saya masih', '2017-10-13', [('3 bulan lalu', '2017-07-01', 'month', True)]),  # 119
    ('Nusantara II, Jakarta, Jumat dini hari seperti', '2017-07-21', [('Jumat dini hari', '2017-07-21T02:00:00', 'part-of-day', True)]),  # 120
    ('sebanyak 15 persen sejak tiga bulan yang lalu. Ikan', '2017-01-26', [('tiga bulan yang lalu', '2016-10-01', 'month', True)]),  # 121
    ('pada keberangkatan setiap Jumat pukul 20.45 WIB di Stasiun', '2017-08-25', [('Jumat pukul 20.45 WIB', '2017-08-25T20:45:00+07:00', 'minute', True)]),  # 122
    ('Tugu Yogyakarta pada Minggu 20.00 WIB. Sedangkan', '2017-08-25', [('Minggu 20.00 WIB', '2017-08-20T20:00:00+07:00', 'minute', True)]),  # 123
    ('Stasiun Solo Balapan pada Minggu malam pukul 20.00 WIB. " Dalam', '2017-08-25', [('Minggu malam pukul 20.00 WIB', '2017-08-20T20:00:00+07:00', 'minute', True)]),  # 124
    ('PON. Pembukaan PON tanggal 17 September jam 19.30 WIB mulai', '2016-09-04', [('17 September jam 19.30 WIB', '2016-09-17T19:30:00+07:00', 'minute', True)]),  # 125
    ('sesi latihan bebas pada Jumat silam (19 / 5),', '2017-05-22', [('Jumat silam', '2017-05-19', 'day', True), ('(19 / 5)', '2017-05-19', 'day', True)]),  # 126
    ('II). " terhitung mulai 27 / 9 / 2016 pukul 15.00 Wita.', '2016-09-28', [('27 / 9 / 2016 pukul 15.00 Wita', '2016-09-27T15:00:00+08:00', 'minute', False)]),  # 127
    ('berbahaya. " Pasca letusan tadi siang kondisi', '2016-09-28', [('tadi siang', '2016-09-28T12:00:00', 'part-of-day', True)]),  # 128
    ('mulai dini hari tadi, atau 1 April 2017 pukul 00.00 WIB. Meski', '2017-04-01', [('1 April 2017 pukul 00.00 WIB', '2017-04-01T00:00:00+07:00', 'minute', False)]),  # 129
    ('bentuk kepedulian. " Pada Minggu nanti kami akan', '2018-01-09', [('Minggu nanti', '2018-01-14', 'day', True)]),  # 130
    ('Jatimulya, Tambun Selatan, Senin (8 / 5) malam sekitar pukul 23.00 WIB. " Para', '2017-05-10', [('Senin (8 / 5) malam sekitar pukul 23.00 WIB', '2017-05-08T23:00:00+07:00', 'minute', True)]),  # 131
    ('Selasa (25 / 04) lusa dengan', '2017-04-23', [('Selasa (25 / 04)', '2017-04-25', 'day', True), ('lusa', '2017-04-25', 'day', True)]),  # 132
    ('Matraman, Jakarta Timur, Rabu, (13 / 12 / 2017) dini hari. Kabid', '2017-12-14', [('Rabu, (13 / 12 / 2017) dini hari', '2017-12-13T02:00:00', 'part-of-day', False)]),  # 133
    ('tetap stabil, meski dua hari sebelumnya kelar', '2018-01-22', [('dua hari sebelumnya', '2018-01-20', 'day', True)]),  # 134
    ('Cars 3 yang akan tayang bulan depan – ini', '2017-05-29', [('bulan depan', '2017-06-01', 'month', True)]),  # 135
    ('yang berlangsung pada 28 Agustus sampai 10 September ini, di', '2017-08-14', [('28 Agustus sampai 10 September', '2017-08-28', 'day', True)]),  # 136
    ('Kong turun 0,46 persen. Sore ini, mayoritas', '2017-10-10', [('Sore ini', '2017-10-10T15:00:00', 'part-of-day', True)]),  # 137
    ('kunjungan kerja ke Bogor, Senin (12 / 2 / 2018) siang, untuk', '2018-02-13', [('Senin (12 / 2 / 2018) siang', '2018-02-12T12:00:00', 'part-of-day', False)]),  # 138
    ('yang dilaksanakan pada hari Rabu (14 / 6) dini hari nanti. Pada jeda', '2017-06-14', [('Rabu (14 / 6) dini hari nanti', '2017-06-14T02:00:00', 'part-of-day', True)]),  # 139
    ('Untuk lisensi e - money, awal tahun ini Emtek telah', '2017-09-23', [('awal tahun ini', '2017-01-01', 'day', True)]),  # 140
    ('dengan DailySocial sekitar 4 bulan yang lalu, Michael', '2017-07-15', [('4 bulan yang lalu', '2017-03-01', 'month', True)]),  # 141
    ('tersebut terjadi pada Jumat (14 / 7 / 2017) sekitar pukul 13.30 WIB di lantai', '2017-07-19', [('Jumat (14 / 7 / 2017) sekitar pukul 13.30 WIB', '2017-07-14T13:30:00+07:00', 'minute', False)]),  # 142
    ('tidak dikenal itu pada hari Sabtu (5 / 8) sekitar jam 19.30 WIB. " Akibat', '2017-08-07', [('Sabtu (5 / 8) sekitar jam 19.30 WIB', '2017-08-05T19:30:00+07:00', 'minute', True)]),  # 143
    ('Kelurahan Durenjaya,, Sabtu (7 / 10 / 2017), petang Menhub', '2017-10-08', [('Sabtu (7 / 10 / 2017), petang', '2017-10-07T18:00:00', 'part-of-day', False)]),  # 144
    ('Super TV bakal tayang mulai Jumat, 26 Januari mendatang di XtvN,', '2018-01-04', [('Jumat, 26 Januari mendatang', '2018-01-26', 'day', True)]),  # 145
    ('Perfect dirilis pada Kamis (30 / 11) lalu. Lagu itu', '2017-12-04', [('Kamis (30 / 11) lalu', '2017-11-30', 'day', True)]),  # 146
    ('Indonesia. Di tanggal 14 September kemarin, perusahaan', '2017-09-16', [('14 September kemarin', '2017-09-14', 'day', True)]),  # 147
    ('gangguan teknis terjadi, Jumat pagi (28 / 10). Pesawat', '2016-10-29', [('Jumat pagi (28 / 10)', '2016-10-28T06:00:00', 'part-of-day', True)]),  # 148
    ('dilangsungkan pada hari Sabtu pada pukul 15.40 waktu', '2017-05-13', [('Sabtu pada pukul 15.40', '2017-05-13T15:40:00', 'minute', True)]),  # 151
    ('ujar Haipeng. Kurang dari sebulan lalu, China juga', '2016-10-21', [('sebulan lalu', '2016-09-01', 'month', True)]),  # 152
    ('di malam Grammy Awards, Minggu (28 / 1) malam lalu. Bukan', '2018-02-01', [('Minggu (28 / 1) malam lalu', '2018-01-28T19:00:00', 'part-of-day', True)]),  # 153
    ('Argo Yuwono di Jakarta, Senin(24 / 7). Argo', '2017-07-25', [('Senin(24 / 7)', '2017-07-24', 'day', True)]),  # 154
    ('kantor pletonnya. Kemarin (5 / 6) jam 10 malam, dia minum', '2017-06-08', [('Kemarin', '2017-06-07', 'day', True), ('(5 / 6) jam 10 malam', '2017-06-05T22:00:00', 'hour', True)]),  # 155
    ('mulai dibangun sejak 13 tahun silam atau 2004.', '2018-01-20', [('13 tahun silam', '2005-01-01', 'year', True)]),  # 156
    ('Bandung Barat pada Jumat (10 / 3 / 2017) pukul 20.36 WIB. Hujan', '2017-03-14', [('Jumat (10 / 3 / 2017) pukul 20.36 WIB', '2017-03-10T20:36:00+07:00', 'minute', False)]),  # 158
    ('di dunia fesyen sejak sembilan tahun lalu. Sebelum', '2017-02-02', [('sembilan tahun lalu', '2008-01-01', 'year', True)]),  # 159
    ('Bandung Lautan Api (GBLA), Rabu (12 / 7) sore nanti. Manajer', '2017-07-12', [('Rabu (12 / 7) sore nanti', '2017-07-12T15:00:00', 'part-of-day', True)]),  # 160
    ('2 - 1 di San Siro, Mingu (17 / 9) malam WIB, lewat', '2017-09-18', [('(17 / 9) malam', '2017-09-17T19:00:00', 'part-of-day', True)]),  # 161
    ('dan ditantang Torino tengah pekan mendatang. SIMAK', '2017-09-18', [('pekan mendatang', '2017-09-25', 'week', True)]),  # 162
    ('karung berisikan pasir. Kemarin malam Anies telah', '2017-12-13', [('Kemarin malam', '2017-12-12T19:00:00', 'part-of-day', True)]),  # 163
    ('akan difinalisasi selama tiga pekan mendatang untuk dapat', '2016-12-27', [('tiga pekan mendatang', '2017-01-17', 'day', True)]),  # 164
    ('rangkaian itu tanggal 1 sampai 2 September untuk KA', '2017-08-30', [('1 sampai 2 September', '2017-09-01', 'day', True)]),  # 165
    ('Negara Sulawesi Tengah, kemarin sore. Ayah Ipda', '2017-04-05', [('kemarin sore', '2017-04-04T15:00:00', 'part-of-day', True)]),  # 166
    ('di Magelang tanggal 19, 20 sampai 21 November 1945. Pada hari', '2016-11-11', [('20 sampai 21 November 1945', '1945-11-20', 'day', False)]),  # 167
    ('XIX/2016 akan dilangsungkan Selasa 20 September. Kontingen', '2016-09-23', [('Selasa 20 September', '2016-09-20', 'day', True)]),  # 168
    ('melalui pesan singkat, Senin, (20 / 11) siang. Persib', '2017-11-21', [('Senin, (20 / 11) siang', '2017-11-20T12:00:00', 'part-of-day', True)]),  # 169
    ('Venesia 2017 pada 30 Agustus - 9 September lalu. " Kami', '2017-12-19', [('30 Agustus - 9 September lalu', '2017-08-30', 'day', True)]),  # 170
    ('Suara.com -, (8 / 11 / 2017) pagi. SBY', '2017-11-08', [('(8 / 11 / 2017) pagi', '2017-11-08T06:00:00', 'part-of-day', False)]),  # 171
    ('Saya tidak mau dalam 3 tahun mendatang masih', '2017-04-02', [('3 tahun mendatang', '2020-01-01', 'year', True)]),  # 172
    ('pemberlakuannya itu tetap 1 April 2017 tetapi', '2017-03-25', [('1 April 2017', '2017-04-01', 'day', False)]),  # 173
    ('kendaraan ganjil-genap pada 28 Juni - 26 Juli 2016.', '2016-08-30', [('28 Juni - 26 Juli 2016', '2016-06-28', 'day', False)]),  # 174
    ('menjual 7.000.586 tiket per Sabtu (12 / 8) pada pukul 15.00 waktu', '2017-08-15', [('Sabtu (12 / 8) pada pukul 15.00', '2017-08-12T15:00:00', 'minute', True)]),  # 175
    ('Raden Saleh, Jakarta Pusat, Senin (11 / 12/ 2017). Selain', '2017-12-13', [('Senin (11 / 12/ 2017)', '2017-12-11', 'day', False)]),  # 176
    ('perangkat tambahan CX. Di tahun yang akan datang, 10%', '2018-01-03', [('tahun yang akan datang', '2019-01-01', 'year', True)]),  # 177
    ('perdana di SBS TV pada hari Rabu pukul 10 malam waktu Korea', '2016-11-19', [('Rabu pukul 10 malam', '2016-11-16T22:00:00', 'hour', True)]),  # 178
    ('itu tayang perdana hari ini (17 / 11) pukul 19.10 WIB, 24 jam', '2016-11-19', [('hari ini', '2016-11-19', 'day', True), ('(17 / 11) pukul 19.10 WIB', '2016-11-17T19:10:00+07:00', 'minute', True)]),  # 179
    ('Cup 2017 pada Jum"at (16 / 6) sore waktu', '2017-06-17', [('(16 / 6) sore', '2017-06-16T15:00:00', 'part-of-day', True)]),  # 180
    ('tebing di Desa Canggal pada Jumat (2 / 7) sekitar 17.30 WIB. Menurut', '2017-07-03', [('Jumat (2 / 7) sekitar 17.30 WIB', '2017-07-02T17:30:00+07:00', 'minute', True)]),  # 182
    ('miliknya yang dibeli satu tahun lalu. Namun', '2017-11-18', [('satu tahun lalu', '2016-01-01', 'year', True)]),  # 184
    ('30 hari, terhitung 4 Januari sampai 4 Februari 2018. Rita dan', '2017-12-20', [('4 Januari sampai 4 Februari 2018', '2018-01-04', 'day', False)]),  # 185
    ('Art Bang berlangsung sejak 16 – 28 Januari 2018 di Lippo di', '2018-01-22', [('16 – 28 Januari 2018', '2018-01-16', 'day', False)]),  # 186
    ('krisis, setelah hampir tiga pekan lalu Catalunya', '2017-10-22', [('tiga pekan lalu', '2017-10-01', 'day', True)]),  # 188
    ('ke masyarakat umum sejak 17 - 28 Maret lalu. Sisanya,', '2017-05-21', [('17 - 28 Maret lalu', '2017-03-17', 'day', True)]),  # 189
    ('ke - 42 di New York Selasa yang lalu. Beberapa', '2017-03-30', [('Selasa yang lalu', '2017-03-28', 'day', True)]),  # 190
    ('Tulung, warga Samarinda, Minggu petang. Dia', '2016-11-15', [('Minggu petang', '2016-11-13T18:00:00', 'part-of-day', True)]),  # 191
    ('14.00 waktu setempat atau Senin dini hari pukul 01.00 WIB.', '2017-06-12', [('Senin dini hari pukul 01.00 WIB', '2017-06-12T01:00:00+07:00', 'minute', True)]),  # 192
    ('selama berbulan-bulan. Seminggu yang lalu, gerilyawan', '2018-01-28', [('Seminggu yang lalu', '2018-01-21', 'day', True)]),  # 193
    ('tersebut meledak pada hari Sabtu (27 / 1 / 2018), sekitar pukul 12:15 waktu', '2018-01-28', [('Sabtu (27 / 1 / 2018), sekitar pukul 12:15', '2018-01-27T12:15:00', 'minute', False)]),  # 194
    ('North London Derby malam (30 / 4) nanti, yang', '2017-04-30', [('(30 / 4) nanti', '2017-04-30', 'day', True)]),  # 195
    ('menuju Australia pada hari Sabtu (27 / 5) sekitar pukul 22.00 WITA dengan', '2017-05-28', [('Sabtu (27 / 5) sekitar pukul 22.00 WITA', '2017-05-27T22:00:00+08:00', 'minute', True)]),  # 196
    ('yang terakhir dicetak pada 25 April 2016 pukul 16.14 waktu', '2016-09-22', [('25 April 2016 pukul 16.14', '2016-04-25T16:14:00', 'minute', False)]),  # 197
    ('pemeriksaan di lantai dua. Enam hari lalu, Irvan', '2017-05-03', [('Enam hari lalu', '2017-04-27', 'day', True)]),  # 199
    ('di pulau itu sejak dua hari yang lalu. Zedd dan', '2017-09-16', [('dua hari yang lalu', '2017-09-14', 'day', True)]),  # 201
    ('Lama, Jakarta Selatan, Kamis (16 / 11 / 2017) malam.', '2017-11-19', [('Kamis (16 / 11 / 2017) malam', '2017-11-16T19:00:00', 'part-of-day', False)]),  # 202
    ('di RS Medika Permata Hijau, Rabu, (16 / 11) malam. Namun,', '2017-11-19', [('Rabu, (16 / 11) malam', '2017-11-16T19:00:00', 'part-of-day', True)]),  # 203
    ('yang berlangsung pada 8 hingga 10 November kemarin tersebut', '2017-11-13', [('8 hingga 10 November kemarin', '2017-11-08', 'day', True)]),  # 204
    ('Dalam acara yang dimulai Jumat, 9 September 2016, sejak pukul 20.30 WIB ketiga', '2016-09-11', [('Jumat, 9 September 2016, sejak pukul 20.30 WIB', '2016-09-09T20:30:00+07:00', 'minute', False)]),  # 205
    ('1 Syawal 1438 H jatuh pada Ahad Legi, 25', '2017-06-25', [('Ahad', '2017-06-25', 'day', True)]),  # 206
    ('berlangsung dari tanggal 25 hingga 30 September lalu.', '2017-10-02', [('25 hingga 30 September lalu', '2017-09-25', 'day', True)]),  # 207
    ('Hall 5, ICE BSD CITY, pada 21 Januari 2018, pukul 19.00 WIB.', '2017-09-28', [('21 Januari 2018, pukul 19.00 WIB', '2018-01-21T19:00:00+07:00', 'minute', False)]),  # 208
    ('dikenalkan ke publik tepat setahun yang lalu, di acara', '2017-10-19', [('setahun yang lalu', '2016-01-01', 'year', True)]),  # 209
    ('pendirian rumah ibadat. Ahad lalu, Tri', '2016-10-04', [('Ahad lalu', '2016-10-02', 'day', True)]),  # 210
    ('pada tanggal 5 September 2017 pada pukul 17:45 di Kejora', '2017-08-19', [('5 September 2017 pada pukul 17:45', '2017-09-05T17:45:00', 'minute', False)]),  # 211
    ('Menteng, Jakarta pada Ahad (7 / 1). SBY', '2018-01-08', [('Ahad (7 / 1)', '2018-01-07', 'day', True)]),  # 212
    ('untuk platform Android. Lima bulan yang lalu, mantan CEO', '2017-09-27', [('Lima bulan yang lalu', '2017-04-01', 'month', True)]),  # 213
    ('melawan Middlesbrough pada Selasa (9 / 5) dini hari mendatang. Beberapa', '2017-05-07', [('Selasa (9 / 5) dini hari mendatang', '2017-05-09T02:00:00', 'part-of-day', True)]),  # 214
    ('tersebut terjadi pada Rabu sekitar pukul 14.00 WIB.', '2017-04-14', [('Rabu sekitar pukul 14.00 WIB', '2017-04-12T14:00:00+07:00', 'minute', True)]),  # 215
    ('Chila di Kazan Arena, Kamis (29 / 6) pukul 01.00 dini hari WIB. Tentu saja', '2017-06-27', [('Kamis (29 / 6) pukul 01.00 dini hari WIB', '2017-06-29T01:00:00+07:00', 'minute', True)]),  # 216
    ('pre - order dari tanggal 6 November sampai dengan 10 November di Shopee.', '2017-11-10', [('6 November sampai dengan 10 November', '2017-11-06', 'day', True)]),  # 217
    ('itu ke Lanal Batam. Pada Jumat (9 / 2) sekitar pukul 15.00 WIB Kapal', '2018-02-10', [('Jumat (9 / 2) sekitar pukul 15.00 WIB', '2018-02-09T15:00:00+07:00', 'minute', True)]),  # 218
    ('" Ini perundingannya sejak awal tahun ini dan mulai', '2017-09-29', [('sejak awal tahun ini', '2017-01-01', 'day', True)]),  # 219
    ('ini dan mulai intensif tiga bulan lalu. Dengan', '2017-09-29', [('tiga bulan lalu', '2017-06-01', 'month', True)]),  # 220
    ('Messi telah ditandatangani sepuluh tahun silam. Saat itu', '2016-12-03', [('sepuluh tahun silam', '2006-01-01', 'year', True)]),  # 221
    ('Indonesia dalam kurun waktu tiga tahun mendatang. Sementara', '2016-09-06', [('tiga tahun mendatang', '2019-01-01', 'year', True)]),  # 222
    ('akan dilaksanakan pada 1 hingga 4 Juli mendatang dengan tema', '2017-06-13', [('1 hingga 4 Juli mendatang', '2017-07-01', 'day', True)]),  # 223
    ('kontrak (dengan Barcelona) satu pekan lalu. Hal ini', '2017-12-07', [('satu pekan lalu', '2017-11-30', 'day', True)]),  # 224
    ('sel kanker. Sebelumnya, sepuluh tahun lalu, periset', '2017-01-09', [('sepuluh tahun lalu', '2007-01-01', 'year', True)]),  # 225
    ('baru digunakan sekitar enam bulan yang lalu. Namun', '2017-09-19', [('enam bulan yang lalu', '2017-03-01', 'month', True)]),  # 226
    ('dahulu pada tanggal 17 oktober jam 18.00 KST (16.00', '2017-10-18', [('17 oktober jam 18.00', '2017-10-17T18:00:00', 'minute', True)]),  # 227
    ('usianya masih 18 tahun. “ Setahun lalu saya', '2017-07-18', [('Setahun lalu', '2016-01-01', 'year', True)]),  # 228
    ('Real Madrid untuk periode lima tahun mendatang. Ia', '2017-06-25', [('lima tahun mendatang', '2022-01-01', 'year', True)]),  # 229
    ('Bandara Soekarno Hatta pada 17 Juli yang lalu. Namun', '2017-07-25', [('17 Juli yang lalu', '2017-07-17', 'day', True)]),  # 230
    ('kami lakukan sekitar dua minggu yang lalu dan', '2017-10-02', [('dua minggu yang lalu', '2017-09-18', 'day', True)]),  # 231
    ('pukul 04.37 waktu setempat (Kamis, 23.37 WIB) itu', '2016-09-03', [('Kamis, 23.37 WIB', '2016-09-01T23:37:00+07:00', 'minute', True)]),  # 232
    ('Data diambil per tanggal 23 Juni pukul 06.30 WIB: 1. 15', '2017-06-24', [('23 Juni pukul 06.30 WIB', '2017-06-23T06:30:00+07:00', 'minute', True)]),  # 233
    ('pertama kali terjadi pada Minggu (20 / 8 / 2017) sekitar pukul 16.00 Wita,', '2017-08-24', [('Minggu (20 / 8 / 2017) sekitar pukul 16.00 Wita', '2017-08-20T16:00:00+08:00', 'minute', False)]),  # 234
    ('oleh petugas pada Senin (21 / 8 / 2017), sekitar pukul 03.00 Wita, "', '2017-08-24', [('Senin (21 / 8 / 2017), sekitar pukul 03.00 Wita', '2017-08-21T03:00:00+08:00', 'minute', False)]),  # 235
    ('Aceh, Kab Aceh Tamiang pada Minggu (5 / 11) dini hari, pukul 02.30. BNN', '2017-11-06', [('Minggu (5 / 11) dini hari, pukul 02.30', '2017-11-05T02:30:00', 'minute', True)]),  # 236
    ('BNN sejak tengah malam (5 / 11) sekitar pukul 00.30. Saat itu,', '2017-11-06', [('(5 / 11) sekitar pukul 00.30', '2017-11-05T00:30:00', 'minute', True)]),  # 237
    ('perdana pada Mei 2015 atau 703 hari lalu.', '2017-04-05', [('Mei 2015', '2015-05-01', 'month', False), ('703 hari lalu', '2015-05-03', 'day', True)]),  # 238
    ('akses dikirimkan pada hari Rabu minggu ini.', '2017-09-16', [('Rabu minggu ini', '2017-09-13', 'day', True)]),  # 239
    ('mengatakan MSH ditangkap Senin 8 Mei lalu sekitar', '2017-05-11', [('Senin 8 Mei lalu', '2017-05-08', 'day', True)]),  # 240
]

ENGLISH: list[tuple[str, str, Expected]] = [
    ('A 21-year-old woman was shot Friday night in Hampton.', '2017-01-27', [('Friday night', '2017-01-27T19:00:00', 'part-of-day', True)]),  # 1
    ('Hartsville man died Sunday night after police', '2016-02-22', [('Sunday night', '2016-02-21T19:00:00', 'part-of-day', True)]),  # 2
    ('from UAB hospital late Saturday evening, according to', '2016-07-09', [('Saturday evening', '2016-07-09T19:00:00', 'part-of-day', True)]),  # 3
    ('occurred across the nation this week.  --', '2016-07-09', [('this week', '2016-07-04', 'week', True)]),  # 4
    ('the hand in Central Islip on Monday night, police', '2017-03-14', [('Monday night', '2017-03-13T19:00:00', 'part-of-day', True)]),  # 5
    ('Stringer News (@Stringernews) March 14, 2017', '2017-03-14', [('March 14, 2017', '2017-03-14', 'day', False)]),  # 6
    ('officers responded at 11 p.m. Wednesday to a call of a', '2017-02-15', [('at 11 p.m. Wednesday', '2017-02-15T23:00:00', 'hour', True)]),  # 7
    ('pronounced dead on the scene at 9:39 Friday night.  ------', '2016-12-02', [('at 9:39 Friday night', '2016-12-02T21:39:00', 'minute', True)]),  # 8
    ('in Clarksburg Posted: Friday, July 26, 2013 5:24 AM EST', '2013-07-26', [('Friday, July 26, 2013 5:24 AM EST', '2013-07-26T05:24:00-05:00', 'minute', False)]),  # 9
    ('26, 2013 5:24 AM EST Updated: Tuesday, July 30, 2013 5:45 PM EST', '2013-07-26', [('Tuesday, July 30, 2013 5:45 PM EST', '2013-07-30T17:45:00-05:00', 'minute', False)]),  # 10
    ('goodbye to one of their own Friday. The city held', '2013-07-26', [('Friday', '2013-07-26', 'day', True)]),  # 11
    ('a shooting at about 4:30 a.m. July 26 in the', '2013-07-26', [('July 26', '2013-07-26', 'day', True)]),  # 12
    ('County. Muller was arrested Friday morning by the Marion', '2013-07-26', [('Friday morning', '2013-07-26T06:00:00', 'part-of-day', True)]),  # 13
    ('Fred and Freddy for the past year-and-a-half', '2013-07-26', []),  # 14
    ('them from the calls already this morning. They built a', '2013-07-26', [('this morning', '2013-07-26T06:00:00', 'part-of-day', True)]),  # 15
    ('incident happened at about 2:08 a.m. ET on Saturday when a series', '2016-02-06', [('2:08 a.m. ET on Saturday', '2016-02-06T02:08:00-05:00', 'minute', True)]),  # 18
    ('News Service (@tbnewsservice) February 6, 2016      Click', '2016-02-06', [('February 6, 2016', '2016-02-06', 'day', False)]),  # 19
    ('Guglielmi (@AJGuglielmi) February 14, 2017  A man and a', '2017-02-14', [('February 14, 2017', '2017-02-14', 'day', False)]),  # 20
    ('a pregnant woman was injured Tuesday afternoon in a shooting', '2017-02-14', [('Tuesday afternoon', '2017-02-14T15:00:00', 'part-of-day', True)]),  # 21
    ('by the toddler\'s death."Today, Chicago, I', '2017-02-14', [('Today', '2017-02-14', 'day', True)]),  # 22
    ('child shot and killed since Saturday.The man was', '2017-02-14', [('Saturday', '2017-02-11', 'day', True)]),  # 23
    ('his 20s.No one was in custody Tuesday night.Chicago Police', '2017-02-14', [('Tuesday night', '2017-02-14T19:00:00', 'part-of-day', True)]),  # 24
    ('Emanuel released a statement Tuesday evening:', '2017-02-14', [('Tuesday evening', '2017-02-14T19:00:00', 'part-of-day', True)]),  # 25
    ('time officers arrived around 11:30 p.m. Wednesday. Also wounded', '2014-02-13', [('11:30 p.m. Wednesday', '2014-02-12T23:30:00', 'minute', True)]),  # 26
    ('1 fatally, in East Orange  July 6, 2015, 11:11 AM Last', '2015-07-06', [('July 6, 2015, 11:11 AM', '2015-07-06T11:11:00', 'minute', False)]),  # 27
    ('2015, 11:11 AM Last updated: Monday, July 6, 2015, 11:12 AM', '2015-07-06', [('Monday, July 6, 2015, 11:12 AM', '2015-07-06T11:12:00', 'minute', False)]),  # 28
    ('died shortly before midnight Sunday at University', '2015-07-06', [('Sunday', '2015-07-05', 'day', True)]),  # 29
    ('in Newark.  It happened about 11:30 p.m. Sunday when police', '2015-07-06', [('11:30 p.m. Sunday', '2015-07-05T23:30:00', 'minute', True)]),  # 30
    ('being held in custody.  Sunday afternoon’s events', '2015-03-08', [('Sunday afternoon', '2015-03-08T15:00:00', 'part-of-day', True)]),  # 31
    ('made a first court appearance Monday on suspicion', '2016-07-18', [('Monday', '2016-07-18', 'day', True)]),  # 32
    ('be arraigned on the charges Aug. 1.  “I think', '2016-07-18', [('Aug. 1', '2016-08-01', 'day', True)]),  # 33
    ('Woodland. He was apprehended Saturday afternoon on Ocean Beach', '2016-07-18', [('Saturday afternoon', '2016-07-16T15:00:00', 'part-of-day', True)]),  # 34
    ('were dispatched about 10:30 p.m. Friday after a woman', '2016-07-18', [('10:30 p.m. Friday', '2016-07-15T22:30:00', 'minute', True)]),  # 35
    ('told Washougal police June 22 that Luyster', '2016-07-18', [('June 22', '2016-06-22', 'day', True)]),  # 36
    ('the Cowlitz County Jail on June 8.  In the past,', '2016-07-18', [('June 8', '2016-06-08', 'day', True)]),  # 37
    ('criminal history dates to June 1988, when he was', '2016-07-18', [('June 1988', '1988-06-01', 'month', False)]),  # 38
    ('to 30 months in prison.  On April 12, 2015, Shanee', '2016-10-19', [('April 12, 2015', '2015-04-12', 'day', False)]),  # 39
    ('charges relating to the May 7, 2015, gang-related', '2016-01-28', [('May 7, 2015', '2015-05-07', 'day', False)]),  # 40
    ('but are recovering.  On January 25, 2016, Aramis', '2016-01-28', [('January 25, 2016', '2016-01-25', 'day', False)]),  # 41
    ('of ten years in prison.  On Tuesday, January 26, 2016, Kirshean', '2016-01-28', [('Tuesday, January 26, 2016', '2016-01-26', 'day', False)]),  # 42
    ('count of RICO conspiracy.  On Wednesday, January 27, 2016, Antonio', '2016-01-28', [('Wednesday, January 27, 2016', '2016-01-27', 'day', False)]),  # 43
    ('of ten years in prison.  On Thursday, January 25, 2016, Kojuan Lee,', '2016-01-28', [('Thursday, January 25, 2016', '2016-01-25', 'day', False)]),  # 44
    ('of RICO conspiracy. Also on Thursday, Tyrone Price,', '2016-01-28', [('Thursday', '2016-01-28', 'day', True)]),  # 45
    ('is expected to plead guilty next week on certain', '2016-01-28', [('next week', '2016-02-01', 'week', True)]),  # 46
    ('In two trials in March and May 2015, juries', '2016-01-28', [('May 2015', '2015-05-01', 'month', False)]),  # 47
    ('including a September – October 2013 mass murder', '2016-01-28', [('October 2013', '2013-10-01', 'month', False)]),  # 48
    ('of the Phantoms, and the September 2013 shooting ofa', '2016-01-28', [('September 2013', '2013-09-01', 'month', False)]),  # 49
    ('Vice Lords in Michigan. On September 8, 2015, Johnson was', '2016-01-28', [('September 8, 2015', '2015-09-08', 'day', False)]),  # 50
    ('was reported just before 1 a.m. Monday.  Hettle was', '2016-12-12', [('1 a.m. Monday', '2016-12-12T01:00:00', 'hour', True)]),  # 51
    ('wounded in a drive-by assault Tuesday in Detroit.', '2015-01-28', [('Tuesday', '2015-01-27', 'day', True)]),  # 52
    ('on Briarwood Court around 6 p.m. on Saturday by Tift County', '2017-01-01', [('6 p.m. on Saturday', '2016-12-31T18:00:00', 'hour', True)]),  # 53
    ('head in an Akron townhouse Thursday afternoon, police said.', '2013-04-18', [('Thursday afternoon', '2013-04-18T15:00:00', 'part-of-day', True)]),  # 54
    ("be open to traffic by next Monday morning, November 30.  We've also", '2015-11-27', [('Monday morning, November 30', '2015-11-30T06:00:00', 'part-of-day', True)]),  # 55
    ('Swasey released a statement Sunday morning.  Statement by', '2015-11-27', [('Sunday morning', '2015-11-22T06:00:00', 'part-of-day', True)]),  # 56
    ('gathered on the UCCS campus Saturday night to hold a', '2015-11-27', [('Saturday night', '2015-11-21T19:00:00', 'part-of-day', True)]),  # 57
    ("to honor the victims of yesterday's shooting.", '2015-11-27', [('yesterday', '2015-11-26', 'day', True)]),  # 58
    ('civilians will be done on Monday, Nov. 30.', '2015-11-27', [('Monday, Nov. 30', '2015-11-30', 'day', True)]),  # 59
    ('officers) "I got to see them last night and the mayor', '2015-11-27', [('last night', '2015-11-26T19:00:00', 'part-of-day', True)]),  # 60
    ('big and small, that came out yesterday afternoon...some are', '2015-11-27', [('yesterday afternoon', '2015-11-26T15:00:00', 'part-of-day', True)]),  # 61
    ('were shot in Waterbury early Thursday morning and one of the', '2016-08-18', [('Thursday morning', '2016-08-18T06:00:00', 'part-of-day', True)]),  # 62
    ('Police say Meyer on Jan. 11 pointed a', '2016-04-05', [('Jan. 11', '2016-01-11', 'day', True)]),  # 63
    ('that killed four people Wednesday in Orangeburg', '2015-07-15', [('Wednesday', '2015-07-15', 'day', True)]),  # 64
    ('Police (@houstonpolice) September 26, 2016  Our bomb', '2016-09-26', [('September 26, 2016', '2016-09-26', 'day', False)]),  # 66
    ('at the apartments just after 4 a.m. Tuesday.  Cooke said', '2015-04-21', [('4 a.m. Tuesday', '2015-04-21T04:00:00', 'hour', True)]),  # 67
    ('person was critically wounded Tuesday morning, is a known', '2013-02-21', [('Tuesday morning', '2013-02-19T06:00:00', 'part-of-day', True)]),  # 68
    ('home and opened fire around 8 a.m. Tuesday morning. According to', '2013-02-21', [('8 a.m. Tuesday morning', '2013-02-19T08:00:00', 'hour', True)]),  # 69
    ('safe.    More on Crimesider  Feb. 12, 2013 - Utah House', '2013-02-21', [('Feb. 12, 2013', '2013-02-12', 'day', False)]),  # 70
    ('vet to get his teeth checked Oct. 21 when Surratt', '2015-11-12', [('Oct. 21', '2015-10-21', 'day', True)]),  # 71
    ('has not been charged in last week’s deaths,', '2015-07-23', [('last week', '2015-07-13', 'week', True)]),  # 72
    ('light.  Pascoe said that on Jan. 14, 2015, Smith was', '2015-07-23', [('Jan. 14, 2015', '2015-01-14', 'day', False)]),  # 73
    ('one handgun and it discharged Feb. 13, killing the', '2015-07-25', [('Feb. 13', '2015-02-13', 'day', True)]),  # 74
    ('complete announcement:  On May 26, 2016 at 12:18 p.m. Roanoke Police', '2016-05-26', [('May 26, 2016 at 12:18 p.m.', '2016-05-26T12:18:00', 'minute', False)]),  # 75
    ('FIGHT PWITH HIS BROTHER IN AUGUST 2015. PIN NOVEMBER', '2016-12-08', [('AUGUST 2015', '2015-08-01', 'month', False)]),  # 76
    ('AUGUST 2015. PIN NOVEMBER OF THIS YEAR HE WAS', '2016-12-08', [('AUGUST 2015', '2015-08-01', 'month', False), ('THIS YEAR', '2016-01-01', 'year', True)]),  # 77
    ('after her mother died just months ago from a blood', '2017-03-04', []),  # 78
    ('because they can be gone tomorrow," said', '2017-03-04', [('tomorrow', '2017-03-05', 'day', True)]),  # 79
    ('wife Renata passed just three months ago from sickle', '2017-03-04', [('three months ago', '2016-12-01', 'month', True)]),  # 80
    ('in Beebe with his daughter Monday evening. They were', '2017-03-04', [('Monday evening', '2017-02-27T19:00:00', 'part-of-day', True)]),  # 81
    ('Mesa police report that on January 23, they went to', '2017-01-28', [('January 23', '2017-01-23', 'day', True)]),  # 82
    ('on Monday. (FOX Carolina 11/2/2015)  The coroner', '2015-11-02', [('Monday', '2015-11-02', 'day', True), ('11/2/2015', '2015-11-02', 'day', False)]),  # 83
    ('behind the deaths as of Monday afternoon.  On Tuesday,', '2015-11-02', [('Monday afternoon', '2015-11-02T15:00:00', 'part-of-day', True), ('Tuesday', '2015-10-27', 'day', True)]),  # 84
    ('has not been identified as of 3:45 p.m. Tuesday.  Shore said', '2015-11-02', [('3:45 p.m. Tuesday', '2015-10-27T15:45:00', 'minute', True)]),  # 85
    ('sometime between noon and 3 p.m. Sunday.  Michael', '2015-11-02', [('3 p.m. Sunday', '2015-11-01T15:00:00', 'hour', True)]),  # 86
    ('member came to the house at 3:30 p.m. Sunday, but no one', '2015-11-02', [('at 3:30 p.m. Sunday', '2015-11-01T15:30:00', 'minute', True)]),  # 87
    ('his family.  Around 5:25 p.m. Monday, Slaughter and', '2017-04-11', [('5:25 p.m. Monday', '2017-04-10T17:25:00', 'minute', True)]),  # 88
    ('Morrell Park neighborhood Thursday night, police said.', '2016-07-29', [('Thursday night', '2016-07-28T19:00:00', 'part-of-day', True)]),  # 89
    ('reopening about 1:45 p.m.  Last month in Florida, a', '2016-04-26', [('Last month', '2016-03-01', 'month', True)]),  # 90
    ('of the victims died around 11 a.m. Sunday. Police later', '2013-06-23', [('11 a.m. Sunday', '2013-06-23T11:00:00', 'hour', True)]),  # 91
    ('neighbor says it looked like Wednesday night.  "When I came', '2016-08-25', [('Wednesday night', '2016-08-24T19:00:00', 'part-of-day', True)]),  # 92
    ('Fabriccio Patti, on Dec. 2 inside Lucky', '2017-03-31', [('Dec. 2', '2016-12-02', 'day', True)]),  # 93
    ('a young man dead.  At about 10:20 p.m. Sunday night, Austin Police', '2014-06-23', [('10:20 p.m. Sunday night', '2014-06-22T22:20:00', 'minute', True)]),  # 94
    ('massacre that began around 2 a.m. Sunday. Another 53', '2016-06-14', [('2 a.m. Sunday', '2016-06-12T02:00:00', 'hour', True)]),  # 95
    ('Police responded around 1:49 a.m. Saturday to a gun shot', '2016-05-02', [('1:49 a.m. Saturday', '2016-04-30T01:49:00', 'minute', True)]),  # 96
    ('It happened around 8:30 p.m. Sunday, Jan. 15, in the 7100', '2017-01-16', [('Sunday, Jan. 15', '2017-01-15', 'day', True)]),  # 97
    ('15-year-old Ibram Hanna on August 12, 2016 with a gun', '2017-01-05', [('August 12, 2016', '2016-08-12', 'day', False)]),  # 98
    ('presented testimony at the December 9 hearing,', '2017-01-05', [('December 9', '2016-12-09', 'day', True)]),  # 99
    ('Run Loop in Zephyrhills at 9:17 p.m. on Wednesday.  According to', '2017-03-30', [('at 9:17 p.m. on Wednesday', '2017-03-29T21:17:00', 'minute', True)]),  # 100
    ('to the residence around 2:47 p.m. Friday for a report', '2016-06-20', [('2:47 p.m. Friday', '2016-06-17T14:47:00', 'minute', True)]),  # 101
    ('at a home in Lowell at about 11 p.m. Wednesday.  Capt. Kelly', '2014-06-26', [('11 p.m. Wednesday', '2014-06-25T23:00:00', 'hour', True)]),  # 102
    ('By: WCTV Eyewitness News  May 16, 2016  JACKSON CO.,', '2016-05-16', [('May 16, 2016', '2016-05-16', 'day', False)]),  # 103
    ('girl was hospitalized Thursday evening after at least', '2016-05-07', [('Thursday evening', '2016-05-05T19:00:00', 'part-of-day', True)]),  # 104
    ("that question was answered tonight.”  Jenkins'", '2016-05-07', [('tonight', '2016-05-07T19:00:00', 'part-of-day', True)]),  # 105
    ('Odoms, 4, who was shot last Monday during a', '2016-05-30', [('last Monday', '2016-05-23', 'day', True)]),  # 106
    ('occurred shortly after 3 p.m. Friday at a home.', '2015-09-05', [('3 p.m. Friday', '2015-09-04T15:00:00', 'hour', True)]),  # 107
    ('At approximately 2 p.m. Tuesday afternoon, San Angelo', '2015-08-18', [('2 p.m. Tuesday afternoon', '2015-08-18T14:00:00', 'hour', True)]),  # 109
    ('pulled the trigger.  Last year, at least 265', '2016-02-23', [('Last year', '2015-01-01', 'year', True)]),  # 110
    ('The shooting took place early Thursday around 2 a.m. on Volunteer', '2016-07-08', [('Thursday around 2 a.m.', '2016-07-07T02:00:00', 'hour', True)]),  # 111
    ('A child was hospitalized Sunday evening with injuries', '2016-08-29', [('Sunday evening', '2016-08-28T19:00:00', 'part-of-day', True)]),  # 112
    ('17-year-old Latino male, died Sunday, Dec. 18, after being', '2017-01-03', [('Sunday, Dec. 18', '2016-12-18', 'day', True)]),  # 113
    ('Pratt Fox 5 (@Fox5Kaitlyn) October 4, 2016  Monday night,', '2016-10-04', [('October 4, 2016', '2016-10-04', 'day', False), ('Monday night', '2016-10-03T19:00:00', 'part-of-day', True)]),  # 114
    ('and then committed suicide Wednesday evening, the Pasco', '2015-03-25', [('Wednesday evening', '2015-03-25T19:00:00', 'part-of-day', True)]),  # 115
    ('condition in intensive care Wednesday morning.  Police say', '2016-01-27', [('Wednesday morning', '2016-01-27T06:00:00', 'part-of-day', True)]),  # 116
    ('Resort at 7801 East State St. at 4:16 a.m. Saturday.  ---  UPDATE:', '2016-10-15', [('at 4:16 a.m. Saturday', '2016-10-15T04:16:00', 'minute', True)]),  # 118
    ('five other people were shot Saturday morning.    One man', '2016-10-15', [('Saturday morning', '2016-10-15T06:00:00', 'part-of-day', True)]),  # 119
    ('Chicago Sun-Times analysis in November 2014 found that O', '2016-06-28', [('November 2014', '2014-11-01', 'month', False)]),  # 120
    ('silver or gray Nissan.  As of 4:45 a.m. Friday deputies were', '2016-07-15', [('4:45 a.m. Friday', '2016-07-15T04:45:00', 'minute', True)]),  # 121
    ('in District Heights, Md. Friday evening, according to', '2016-06-25', [('Friday evening', '2016-06-24T19:00:00', 'part-of-day', True)]),  # 122
    ('— Tracy Clemons (@TracyABC13) November 23, 2016  Plenty of', '2016-11-23', [('November 23, 2016', '2016-11-23', 'day', False)]),  # 123
    ('Berrien County Courthouse on Monday, July 11, 2016 in St. Joseph,', '2016-07-12', [('Monday, July 11, 2016', '2016-07-11', 'day', False)]),  # 124
    ('said the investigation began April 20, when officers', '2016-07-12', [('April 20', '2016-04-20', 'day', True)]),  # 125
    ('Pub in Woonsocket on June 19, 2015. Alvarado had', '2016-06-01', [('June 19, 2015', '2015-06-19', 'day', False)]),  # 127
    ('guilty Judge Krause on March 23.  Had the case', '2016-06-01', [('March 23', '2016-03-23', 'day', True)]),  # 128
    ('the Westgate neighborhood on Sunday around 11 a.m..  The boy was', '2016-05-09', [('Sunday around 11 a.m.', '2016-05-08T11:00:00', 'hour', True)]),  # 129
    ('Home teen was injured Friday afternoon in what city', '2015-08-21', [('Friday afternoon', '2015-08-21T15:00:00', 'part-of-day', True)]),  # 130
    ('motive.  Shortly before 7 a.m. Wednesday, deputies', '2017-01-28', [('7 a.m. Wednesday', '2017-01-25T07:00:00', 'hour', True)]),  # 131
    ('in Stroud Township around 7:30 p.m. Sunday.  When', '2017-03-13', [('7:30 p.m. Sunday', '2017-03-12T19:30:00', 'minute', True)]),  # 132
    ('by: Hope Jensen Updated: Oct 31, 2016 - 2:21 PM', '2016-10-31', [('Oct 31, 2016', '2016-10-31', 'day', False)]),  # 133
    ('at about 11:15 p.m. on Saturday, Jan. 14 at 11439 60th', '2017-01-15', [('Saturday, Jan. 14', '2017-01-14', 'day', True)]),  # 134
    ('that occurred in Seminole on December 9, 2016.  The suspect', '2017-01-15', [('December 9, 2016', '2016-12-09', 'day', False)]),  # 135
    ('headed to the store at about 5 a.m. on Tuesday when she saw', '2013-08-20', [('5 a.m. on Tuesday', '2013-08-20T05:00:00', 'hour', True)]),  # 136
    ('Borough shortly before 6 pm Thursday. They', '2016-01-14', [('6 pm Thursday', '2016-01-14T18:00:00', 'hour', True)]),  # 137
    ('avenues following a shooting Wednesday evening, Jan. 11, 2017, in', '2017-01-11', [('Wednesday evening, Jan. 11, 2017', '2017-01-11T19:00:00', 'part-of-day', False)]),  # 138
    ('boy was shot in the stomach this evening in', '2017-01-11', [('this evening', '2017-01-11T19:00:00', 'part-of-day', True)]),  # 139
    ('Greenway Avenue just before 4:30 p.m. Wednesday after a woman', '2016-10-06', [('4:30 p.m. Wednesday', '2016-10-05T16:30:00', 'minute', True)]),  # 140
    ('responded to the location on Sept. 29 on reports of', '2016-10-06', [('Sept. 29', '2016-09-29', 'day', True)]),  # 141
    ("best friend, was shot about 5:30 p.m. Saturday at Robinson's", '2014-03-25', [('5:30 p.m. Saturday', '2014-03-22T17:30:00', 'minute', True)]),  # 142
    ('to gun violence a couple years ago and made a', '2014-03-25', []),  # 143
    ('were called were before 2:30 a.m. Tuesday to the sports', '2016-09-14', [('2:30 a.m. Tuesday', '2016-09-13T02:30:00', 'minute', True)]),  # 144
    ('turns himself in Posted: Monday, June 22, 2015 4:50 PM EDT', '2015-06-22', [('Monday, June 22, 2015 4:50 PM EDT', '2015-06-22T16:50:00-04:00', 'minute', False)]),  # 146
    ('22, 2015 4:50 PM EDT Updated: Tuesday, June 23, 2015 9:15 AM EDT  A', '2015-06-22', [('Tuesday, June 23, 2015 9:15 AM EDT', '2015-06-23T09:15:00-04:00', 'minute', False)]),  # 147
    ('men at the Glitz Ultra Lounge Feb. 7. Emanuel', '2016-09-01', [('Feb. 7', '2016-02-07', 'day', True)]),  # 148
    ('He left the jail Aug. 16.  Two of the', '2016-09-01', [('Aug. 16', '2016-08-16', 'day', True)]),  # 149
    ('accidental shooting Posted: Saturday, May 30, 2015 1:11 PM EDT', '2015-05-30', [('Saturday, May 30, 2015 1:11 PM EDT', '2015-05-30T13:11:00-04:00', 'minute', False)]),  # 150
]


def _read(phrase: str, lang: str, reference: str) -> Expected:
    mentions = find_dates(phrase, lang, date.fromisoformat(reference))
    for m in mentions:
        assert phrase[m.start : m.end] == m.text
    return [(m.text, m.value.isoformat(), m.granularity, m.relative) for m in mentions]


@pytest.mark.parametrize(("phrase", "reference", "expected"), INDONESIAN, ids=[row[0][:50] for row in INDONESIAN])
def test_indonesian_phrase(phrase: str, reference: str, expected: Expected) -> None:
    assert _read(phrase, "id", reference) == expected


@pytest.mark.parametrize(("phrase", "reference", "expected"), ENGLISH, ids=[row[0][:50] for row in ENGLISH])
def test_english_phrase(phrase: str, reference: str, expected: Expected) -> None:
    assert _read(phrase, "en", reference) == expected


def test_the_tables_are_large_enough() -> None:
    phrases = [row for row in INDONESIAN + ENGLISH if row[2]]
    assert len(phrases) >= 150 and len([row for row in ENGLISH if row[2]]) >= 50
