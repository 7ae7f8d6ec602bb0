"""The target of an attack told by who survived it: "نجا محافظ المدينة من محاولة اغتيال" -> "محافظ المدينة"; the
owner of the pronoun of an owned target after it ("نجا الوزير من تفجير استهدف موكبه" -> "موكب الوزير").
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import DocContext, bare_in, past_dates
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.roles_cues import _dated

__all__ = ["survivor_span"]

_SURVIVE_VERBS = rules.words("roles", "survive_verbs")
_RELATIVES = rules.words("roles", "relative_words")
""""الذي"، "التي" ...: a relative clause after the survivor tells more of him, not who he is ("محافظ البصرة الذي تسلم
منصبه قبل شهرين")."""
_SURVIVOR_WORDS = 12
"""The most words between the verb of surviving and its "من": a title, a name and a second person joined by "و"."""
_ATTACK_AFTER_FROM = 3
"""The most words between that "من" and the attack word ("من محاولة اغتيال"، "من انفجار عبوة ناسفة")."""
_OWNED_AFTER_FROM = 6
"""The most words between that "من" and an owned target's pronoun ("من انفجار عبوة ناسفة استهدفت موكبه")."""


def survivor_span(ctx: DocContext, f: Frame, owned: int | None = None) -> tuple[int, int] | None:
    """The tokens of who survived the attack at the frame's word: the subject of a verb of surviving (``survive_verbs``:
    نجا، نجت ...) up to the "من" the attack word follows within :data:`_ATTACK_AFTER_FROM` words, in one clause. With
    ``owned``, the index of an owned target with a pronoun, the "من" comes within :data:`_OWNED_AFTER_FROM` words
    before that word instead."""
    s = ctx.sentences[f.si]
    words = s.words
    last, reach = (f.i, _ATTACK_AFTER_FROM) if owned is None else (owned, _OWNED_AFTER_FROM)
    for x in range(max(0, last - _SURVIVOR_WORDS - reach - 1), last):
        if not bare_in(words[x], _SURVIVE_VERBS):
            continue
        fro = next((y for y in range(x + 1, min(last, x + 2 + _SURVIVOR_WORDS)) if words[y] == "من"), None)
        if fro is None or last - fro > reach or any(s.tokens[t].clause_start for t in range(x + 1, last + 1)):
            continue
        dated = _dated(ctx, f.si)
        a = x + 1
        end = next((y for y in range(a, fro) if words[y] in _RELATIVES), fro)
        a = past_dates(dated, a, end)  # "نجا، الأحد، المحافظ"
        while end > a and (end - 1 in dated or not words[end - 1].isalpha()):
            end -= 1
        if a < end:
            return a, end
    return None
