"""Presentation helpers shared by the front ends (`marsad search`, the app's chat and Search tab): plain strings in,
plain strings out, no index and no HTML, so a front end shows a field without importing the searcher."""

from __future__ import annotations

import re

__all__ = ["outlet"]


def outlet(source: str | None) -> str:
    """The outlet as a reader names it: a long source with its provenance in brackets ("skynews (corpus:path/…)")
    is the outlet alone; any other is cut at 60 characters. `marsad search`, the app's citations and its Search tab
    show it (the JSON outputs keep the whole field)."""
    source = (source or "").strip()
    named = re.fullmatch(r"([^()]+?)\s*\(.*\)", source)
    if named and len(source) > 40:
        return named.group(1)
    return source if len(source) <= 60 else source[:59] + "…"
