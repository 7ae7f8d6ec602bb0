"""Word sets shared by several rule families (casualty words, relative pronouns, the "in" that fronts a place).

Kept apart from the rule modules so that frames and casualty reading can both use them
without importing each other.
"""

from __future__ import annotations

from marsad.agent.offline import rules

__all__ = ["FRONTING_IN", "KILLED", "OBJECT_PRONOUNS", "PLACE_NOUNS", "REL_PRONOUNS"]

KILLED = rules.words("vocab", "killed")

REL_PRONOUNS = rules.words("vocab", "rel_pronouns")

OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")
"""Pronouns glued to a verb or a noun (normalised, longest first): "نسبته"، "فرضتها"، "اتهمتهم"، "مواقعهم"."""

FRONTING_IN = rules.words("vocab", "fronting_in")
"""The "in" that opens a sentence ("في"، "وفي"، "ففي"): the place after it is put first, as what the rest
tells of ("وفي تعز، ..." opens a new place of a round-up)."""

PLACE_NOUNS = frozenset(rules.table("locations", "place_nouns"))
"""Nouns of a kind of place ("منطقة"، "حي"، "قرية" ...): a name after one is a place, often one no gazetteer knows."""
