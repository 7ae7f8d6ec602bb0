"""Presentation helpers shared by the front ends (`marsad search`, the app's chat and Search tab): plain strings in,
plain strings out, no index and no HTML, so a front end shows a field without importing the searcher."""

from __future__ import annotations

import re

__all__ = ["NO_QUERY_WORD", "no_query_word", "outlet"]


def outlet(source: str | None) -> str:
    """The outlet as a reader names it: a long source with its provenance in brackets ("skynews (corpus:path/…)")
    is the outlet alone; any other is cut at 60 characters. `marsad search`, the app's citations and its Search tab
    show it (the JSON outputs keep the whole field)."""
    source = (source or "").strip()
    named = re.fullmatch(r"([^()]+?)\s*\(.*\)", source)
    if named and len(source) > 40:
        return named.group(1)
    return source if len(source) <= 60 else source[:59] + "…"


NO_QUERY_WORD = {"ar": "لا كلمة من كلمات البحث هنا", "en": "no word of the query here"}
"""What a search result without any of the query's words says (mostly one the vectors filled in below the keyword
hits: the nearest, not a match): the app's Search tab shows both languages, `marsad search` the query's."""


def no_query_word(language: str | None = None) -> str:
    """:data:`NO_QUERY_WORD` in ``language`` ("ar"/"en"), or in both (None), as the app shows it."""
    return NO_QUERY_WORD.get(language or "", f"{NO_QUERY_WORD['en']} · {NO_QUERY_WORD['ar']}")
