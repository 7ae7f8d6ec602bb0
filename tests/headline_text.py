"""Shared by the offline attack tests: a text written for a test, read as an article whose first line is its title."""

from __future__ import annotations

from marsad.agent.offline import OfflineExtractor
from marsad.schemas import Document


def headline_attacks(ex: OfflineExtractor, text: str, *, published: str):
    """The attack records ``ex`` finds in ``text`` (its first line is also the title), published on ``published``."""
    return ex.extract(Document(doc_id="t", title=text.split("\n")[0], text=text, published=published)).attacks
