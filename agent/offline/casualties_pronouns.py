"""Casualty counts: a kill verb with its victim as an object pronoun, in a relative clause.

News tells a victim first and the killing after it in a relative clause whose verb carries the victim as a pronoun:
"الشاب الذي قتله جنود الدورية" (one), "زميليه اللذين قتلهما قناص" (two). Such a verb was no word of killing (no
frame opened) or was read with the word after it, its subject, as the victim ("قتلهما قناص" = 1, the sniper). The
plural ("الذين قتلهم") is left as it was: it mostly retells the dead of an incident told elsewhere, with no count.
"""

from __future__ import annotations

from marsad.agent.numbers import Quantity
from marsad.agent.offline import rules

__all__ = ["PRONOUN_KILLS", "pronoun_kill", "pronoun_victims"]

PRONOUN_KILLS = True
"""Module switch (A/B measurement) of :func:`pronoun_kill` and :func:`pronoun_victims`."""
_KILLS: dict[str, int] = {k: int(v) for k, v in rules.table("casualties", "pronoun_kills").items()}
"""A kill verb with an object pronoun of one or two -> the victims the pronoun counts."""
_RELATIVES = rules.words("casualties", "pronoun_kill_relatives")
_REL_REACH = 2
"""How far before the verb the relative pronoun may stand ("الذي قتله"، "الذي كان قد قتله" is not read)."""

KILL_FORMS = frozenset(_KILLS)


def pronoun_kill(words: list[str], k: int) -> bool:
    """True when ``words[k]`` is a kill verb whose object pronoun is the victim told before its relative pronoun
    ("الذي قتله"، "اللذين قتلهما"، "و" before the verb too: "والذي قتله")."""
    if not PRONOUN_KILLS or words[k] not in _KILLS:
        return False
    return any(w in _RELATIVES or (w[:1] == "و" and w[1:] in _RELATIVES) for w in words[max(0, k - _REL_REACH):k])


def pronoun_victims(words: list[str], k: int) -> Quantity | None:
    """The victims the pronoun of the kill verb at ``k`` counts (:func:`pronoun_kill`): one or two."""
    if not pronoun_kill(words, k):
        return None
    return Quantity(_KILLS[words[k]], False, k, k + 1)
