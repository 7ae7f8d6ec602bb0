"""The person told as meeting death ("لقي القيادي فلان مصرعه"، "فلان، لقي حتفه"): the victim is the verb's subject,
written between "لقي" and the noun of death or right before the verb, not its object -- so the readers of what an
attack was aimed at never see it (:func:`met_death_victim`, switch ``MET_DEATH``).
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import DocContext, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.roles_cues import _PERSON_NOUNS, _THAT

__all__ = ["MET_DEATH", "met_death_victim"]

MET_DEATH = True
"""Switch (pass 45; on, off only to measure it): a person written as the subject of "لقي/لقيت/يلقى" + a noun of death
with its pronoun ("مصرعه"، "حتفها"; ``met_death_verbs``, ``death_after``) is the target of the attack the
sentence tells: "لقي القيادي في الجماعة فلان مصرعه بغارة" -> "القيادي في الجماعة فلان"; "إن الشاب فلان، لقي حتفه
برصاص ..." -> "الشاب فلان". Only a person told by a title or a person noun (``victim_titles``, ``victim_person_nouns``,
definite or not) or a name the text marks as a person; a count ("لقي 7 عناصر ... مصرعهم") or a group ("لقي عدد من
العناصر") is read by the count readers, and a subject left in an earlier clause ("قبل أن يلقى مصرعه") gives none."""
_MET_VERBS = rules.words("roles", "met_death_verbs")
_FATE_NOUNS = rules.words("roles", "death_after")
_TITLES = rules.words("roles", "victim_titles")
_RELATIVES = rules.words("roles", "relative_words")
_LEAD_INS = rules.words("roles", "met_death_lead_ins")
"""Words that open the clause before the victim and are no part of it ("أما"، "إن")."""
_PARTICLES = rules.words("roles", "met_death_particles")
"""Particles between the victim and the verb ("فلان، فقد لقي مصرعه")."""
_SPAN = 8
"""Words at most in the victim's title and name."""


def met_death_victim(ctx: DocContext, f: Frame) -> str | None:
    """The person who met death in the frame's sentence, as written, or None (:data:`MET_DEATH`)."""
    if not MET_DEATH:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(f.lo, min(f.hi, len(words) - 1)):
        if words[x] not in _MET_VERBS:
            continue
        z = next((z for z in range(x + 1, min(len(words), x + 2 + _SPAN))
                  if words[z] in _FATE_NOUNS or (z > x + 1 and (s.tokens[z].clause_start or s.tokens[z].soft_break))), None)
        if z is None or words[z] not in _FATE_NOUNS:
            continue
        if z > x + 1:
            a, b = x + 1, z  # "لقي القيادي فلان مصرعه"
        else:
            b = x  # "فلان، لقي مصرعه"، "فلان الذي لقي مصرعه"، "فلان فقد لقي حتفه"
            while b > 0 and words[b - 1] in _PARTICLES and not s.tokens[b].clause_start:
                b -= 1
            if b > 0 and words[b - 1] in _RELATIVES and not s.tokens[b].clause_start:
                b -= 1
            if b == 0:
                return None
            a = b - 1  # a comma may part the victim from the verb
            while a > 0 and b - a < _SPAN and not (s.tokens[a].clause_start or s.tokens[a].soft_break) \
                    and words[a - 1] not in _THAT | _LEAD_INS:
                a -= 1
            if a > 0 and not (s.tokens[a].clause_start or s.tokens[a].soft_break) and words[a - 1] not in _THAT | _LEAD_INS:
                return None  # the clause runs on before: no subject of its own here
        while a < b and words[a] in _LEAD_INS:
            a += 1
        if a >= b or b - a > _SPAN or not _person_head(ctx, f.si, a):
            return None
        if any(not words[t].isalpha() or s.tokens[t].clause_start for t in range(a + 1, b)) and not _named(ctx, f.si, a, b):
            return None
        return ctx.quote(*s.token_span(a, b))
    return None


def _person_head(ctx: DocContext, si: int, a: int) -> bool:
    """Whether the victim's phrase opens with a title, a person noun (definite or not) or a person's name."""
    w = ctx.sentences[si].words[a]
    forms = {w, w[2:] if w.startswith("ال") else "ال" + w}
    return not forms.isdisjoint(_TITLES) or not forms.isdisjoint(_PERSON_NOUNS) or bare_in(w, _TITLES) \
        or any(p.sentence == si and p.i == a for p in ctx.persons)


def _named(ctx: DocContext, si: int, a: int, b: int) -> bool:
    """Whether a person's name the text marks lies inside the victim's words (a quoted nickname may break them)."""
    return any(p.sentence == si and a <= p.i and p.j <= b for p in ctx.persons)
