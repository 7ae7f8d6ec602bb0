"""Shared by the offline attack tests: a text written for a test, read as an article whose first line is its title."""

from __future__ import annotations


def headline_attacks(extract, text: str, *, published: str):
    """The attack records conftest's ``offline_extract`` (passed as ``extract``) finds in ``text``, whose first line
    is also the title, published on ``published``."""
    return extract(text, title=text.split("\n")[0], published=published).attacks
