"""Casualty counts: a kill verb with its victim as an object pronoun, in a relative clause.

News tells a victim first and the killing after it in a relative clause whose verb carries the victim as a pronoun:
"الشاب الذي قتله جنود الدورية" (one), "زميليه اللذين قتلهما قناص" (two). Such a verb was no word of killing (no
frame opened) or was read with the word after it, its subject, as the victim ("قتلهما قناص" = 1, the sniper). The
plural ("الذين قتلهم") is left as it was: it mostly retells the dead of an incident told elsewhere, with no count.
With armed men named right after it ("ثم قتلها مسلحون مجهولون"، :func:`armed_pronoun_kill`) the verb is a killing
with no relative pronoun before it, and its pronoun counts the dead the same way.
"""

from __future__ import annotations

from marsad.agent.numbers import Quantity
from marsad.agent.offline import rules
from marsad.agent.offline.context import bare_in
from marsad.agent.offline.text import Sentence

__all__ = ["PRONOUN_KILLS", "armed_pronoun_kill", "kill_asserted", "pronoun_kill", "pronoun_victims"]

PRONOUN_KILLS = True
"""Module switch (A/B measurement) of :func:`pronoun_kill` and :func:`pronoun_victims`."""
_KILLS: dict[str, int] = {k: int(v) for k, v in rules.table("casualties", "pronoun_kills").items()}
"""A kill verb with an object pronoun of one or two -> the victims the pronoun counts."""
_RELATIVES = rules.words("casualties", "pronoun_kill_relatives")
_ARMED_KILLERS = rules.words("attacks", "killer_armed_words")
"""Armed men named by what they are ("الإرهابي"، "مسلحون"): the subject of a kill verb carrying its victim as a
pronoun ("قتلها مسلحون مجهولون")."""
_UNASSERTED = rules.words("attacks", "denial_verbs") | rules.words("attacks", "unasserted_kill_words")
"""Words that make a killing told after them in its sentence no told fact: a denial ("نفى المتحدث أن يكون قتله
مسلحون"), a hedge ("ربما"، "يرجح"، "يعتقد"), a question ("هل"، "تساءل") or a fiction ("وفي الحلقة الأخيرة من المسلسل
قتلته ...")."""
_REL_REACH = 2
"""How far before the verb the relative pronoun may stand ("الذي قتله"، "الذي كان قد قتله" is not read)."""

KILL_FORMS = frozenset(_KILLS)


def pronoun_kill(words: list[str], k: int) -> bool:
    """True when ``words[k]`` is a kill verb whose object pronoun is the victim told before its relative pronoun
    ("الذي قتله"، "اللذين قتلهما"، "و" before the verb too: "والذي قتله")."""
    if not PRONOUN_KILLS or words[k] not in _KILLS:
        return False
    return any(w in _RELATIVES or (w[:1] == "و" and w[1:] in _RELATIVES) for w in words[max(0, k - _REL_REACH):k])


def kill_asserted(s: Sentence, i: int) -> bool:
    """Whether the kill verb at ``i`` tells a killing as a fact: no denial, hedge or question word (:data:`_UNASSERTED`)
    before it in its sentence and no question mark in the sentence. Asked of the active readings a verb's form alone
    does not show (a verb carrying its victim as a pronoun with armed men after it, the bare "قتل" before a named
    group), whose record rests on that verb alone."""
    text = s.doc_text[s.start:s.end]
    return not any(bare_in(w, _UNASSERTED) for w in s.words[:i]) and "؟" not in text and "?" not in text


def armed_pronoun_kill(s: Sentence, k: int) -> bool:
    """True when word ``k`` is a kill verb carrying its victim as a pronoun with armed men named right after it, its
    subject ("ثم قتلها مسلحون مجهولون"، "قتله الإرهابي"), told as a fact (:func:`kill_asserted`): a killing told even
    with no relative pronoun before it."""
    words = s.words
    return PRONOUN_KILLS and words[k] in _KILLS and k + 1 < len(words) and words[k + 1] in _ARMED_KILLERS \
        and kill_asserted(s, k)


def pronoun_victims(s: Sentence, k: int) -> Quantity | None:
    """The victims the pronoun of the kill verb at ``k`` counts (:func:`pronoun_kill`, :func:`armed_pronoun_kill`):
    one or two."""
    words = s.words
    if not (pronoun_kill(words, k) or armed_pronoun_kill(s, k)):
        return None
    return Quantity(_KILLS[words[k]], False, k, k + 1)
