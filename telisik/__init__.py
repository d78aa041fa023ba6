"""telisik: news intelligence for Indonesian (and English) online news.

The public Python API lives in :mod:`telisik.api`; the stages, in the order they
run, are listed in :mod:`telisik.pipeline`.
"""

__version__ = "0.1.0"
