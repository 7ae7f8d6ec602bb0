"""Fighting "بين الطرفين": the two sides are the ones the article told fighting before.

"تقدمت القوات نحو المدينة إثر معارك مع الميليشيا. وأضاف أن المعارك تدور بين الطرفين في منطقة كذا": "الطرفين"
("الجانبين") refers back to the sides of a battle already told, so either side of it is the doer (GUIDELINES
D-31; the doer that battle was given, the side named first or the side that advanced). :func:`parties_side` reads a
battle noun of the frame, "بين" at most three words on in its clause and a word for both sides (``parties_words``),
then, when the sentence names no force or group before them, the doer of the nearest battle told in the
``parties_back_sentences`` sentences before. The look-back stops at a sentence that turns to other sides ("نزاع بين
عشيرتين") or opens another place ("وفي سوريا، ..."): "الطرفين" past it are that sentence's sides, not the battle's.
The doer of an earlier battle is read once per battle (``ctx.memo``), however many later frames refer to it.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.agent.offline import rules
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare_in
from marsad.agent.offline.frames import Frame, find_frames
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_cues import _has
from marsad.agent.offline.scope import clitic_surfaces

__all__ = ["parties_side"]

_BATTLES = rules.words("roles", "battle_nouns")
_BATTLE_SURFACES = clitic_surfaces(_BATTLES)
_BETWEEN = rules.words("roles", "between_words")
_PARTIES = rules.words("roles", "parties_words")
_BACK = int(rules.number("roles", "parties_back_sentences"))
_BUSY = "roles.parties_busy"
_DOERS = "roles.parties_doers"
_OPENERS = frozenset({"في", "وفي"})
_SPAN = 3
"""How far after the battle noun "بين" may stand ("المعارك تدور حاليا بين")."""


def parties_side(ctx: DocContext, f: Frame, doer_of: Callable[[DocContext, Frame], Mention | None]
                 ) -> Mention | None:
    """The first side of the fighting "بين الطرفين" refers back to, else None (see the module); ``doer_of`` reads the
    doer of an earlier battle."""
    s = ctx.sentences[f.si]
    x = _parties_at(s, f)
    if x is None:
        return None
    if ctx.memo.get(_BUSY) or ctx.actors_in(f.si, 0, x, FORCE_TYPES | {"armed_group"}):
        return None  # read from within another battle's reading; or sides named before in the sentence ("قتل
        # عناصر من الفصائل وتنظيم داعش إثر اشتباكات بين الطرفين"), which the readers before this one read
    ctx.memo[_BUSY] = True  # (the earlier battle's readers may read later sentences, this one among them)
    try:
        for sj in range(f.si - 1, max(-1, f.si - 1 - _BACK), -1):
            prev = ctx.sentences[sj].words
            if not _BATTLE_SURFACES.isdisjoint(prev):
                for g in find_frames(ctx, sj):
                    if _has(prev, max(g.lo, g.i - 1), g.j + 1, _BATTLES):
                        m = _doer_once(ctx, g, doer_of)
                        if m is not None:
                            return m
            if _turns(ctx, sj):
                return None
        return None
    finally:
        ctx.memo.pop(_BUSY, None)


def _doer_once(ctx: DocContext, g: Frame, doer_of: Callable[[DocContext, Frame], Mention | None]
               ) -> Mention | None:
    """``doer_of(ctx, g)``, read once per frame of the document."""
    memo = ctx.memo.setdefault(_DOERS, {})
    key = (g.si, g.i, g.j)
    if key not in memo:
        memo[key] = doer_of(ctx, g)
    return memo[key]


def _turns(ctx: DocContext, si: int) -> bool:
    """True when sentence ``si`` tells fighting between other sides ("بين" not followed by a word for both sides) or
    opens with another place ("وفي محافظة ميسان، ..."، "وفي سوريا، ...")."""
    words = ctx.sentences[si].words
    if any(w in _BETWEEN and k + 1 < len(words) and words[k + 1] not in _PARTIES for k, w in enumerate(words)):
        return True
    return bool(words) and words[0] in _OPENERS and any(m.i <= 2 for m in ctx.places_in(si, 1, 4))


def _parties_at(s, f: Frame) -> int | None:
    """Index of "بين" when a battle noun among the frame's words has "بين" and a word for both sides right after it
    within :data:`_SPAN` words of its clause."""
    words = s.words
    for b in range(f.lo, min(f.hi, len(words))):
        if not bare_in(words[b], _BATTLES):
            continue
        for w in range(b + 1, min(len(words) - 1, b + 2 + _SPAN)):
            if s.tokens[w].clause_start:
                break
            if words[w] in _BETWEEN and words[w + 1] in _PARTIES:
                return w
    return None
