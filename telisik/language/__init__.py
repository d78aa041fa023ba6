"""The shared language layer: numbers, dates, sentences and language detection.

It sits below the stages (any stage may import it) and imports only
:mod:`telisik.models` and :mod:`telisik.errors`. Everything language-specific is
data under ``data/<lang>/``: a new language is a new folder of word lists.
"""
