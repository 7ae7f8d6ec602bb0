"""The force whose air support the article names, as the doer of air strikes told with no doer of their own.

Arabic war news tells a ground advance with its air support ("تقدمت قوات الجيش، بإسناد من طيران التحالف، في
المديرية"، "القوات مسنودة بمقاتلات التحالف") and then the air strikes that went with it with no doer ("رافقت
التقدم غارات جوية على مواقع المتمردين"): the strikes are the supporting air force's -- the ground force
has no aircraft of its own in such a story. :func:`supported_air_doer` reads it (switch ``SUPPORTED_AIR``).
The flight of a force's aircraft told with the strikes ("ودار القصف وسط تحليق لطائرات التحالف، وشن
غارات") names the air force in the same way (switch ``FLIGHT_AIR``, pass 43).
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention

SUPPORTED_AIR = True
"""Switch for :func:`supported_air_doer` (on; off only to measure the rule)."""
_SUPPORT = rules.words("roles", "air_support_words")
"""Words of support ("بإسناد"، "مسنودة"، "بغطاء"، "بمساندة"، "مدعومة") written before the supporting force."""
FLIGHT_AIR = True
"""Switch (pass 43; on; off only to measure the rule): a word of flight (``air_flight_words``: "تحليق") followed by
an aircraft word and a force ("تحليق مكثف لطائرات التحالف") names the air force as a support word does."""
_FLIGHT = rules.words("roles", "air_flight_words")
_FILLERS = rules.words("roles", "air_support_fillers")
"""Words that may stand between the support word and the force ("من"، "جوي"، "مباشر"، "طيران")."""
_CRAFT = rules.words("roles", "air_craft_words")
"""Words of aircraft or air action that make the support an air support ("طيران"، "مقاتلات"، "جوي")."""
_AIR_COALITIONS = rules.words("roles", "air_coalitions")
"""Registry ids of the coalitions whose support in war news is their aviation (the Arab and the international one)."""
_DRONES = rules.words("roles", "drone_words")
"""Words of a drone ("طائرة من دون طيار"، "مسيرة"): drone strikes in the same wars are often another state's."""
_SPAN = 4
"""How many words past the support word the force may stand."""
_BACK = 6
"""How many sentences before the frame's the support may be told in."""


def supported_air_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The force named as giving air support, for a frame of air strikes with no doer read otherwise: the nearest
    support word (``air_support_words``) before the frame, in its sentence or the ``_BACK`` before it, with a force
    at most ``_SPAN`` words after it past ``air_support_fillers``, that is an air force, a coalition of
    ``air_coalitions`` or written with an aircraft word (``air_craft_words``: "بإسناد من طيران ..."). Not a drone
    strike (``drone_words`` in the frame), and not when the supports the article names are of several forces."""
    if not SUPPORTED_AIR or "airstrike" not in f.types:
        return None
    words = ctx.sentences[f.si].words
    if any(b in _DRONES for w in words[f.lo:f.hi] for b in bare(w)):
        return None
    found: list[Mention] = []
    for si in range(max(0, f.si - _BACK), f.si + 1):
        found += _supporters(ctx, si, f.i if si == f.si else len(ctx.sentences[si].words))
    if not found or len({m.entry.id for m in found}) != 1:
        return None
    return found[-1]


def _supporters(ctx: DocContext, si: int, end: int) -> list[Mention]:
    """The air supporters named in sentence ``si`` before token ``end`` (see :func:`supported_air_doer`)."""
    words = ctx.sentences[si].words
    out = []
    for x in range(min(end, len(words))):
        flight = FLIGHT_AIR and bare_in(words[x], _FLIGHT)
        if not (flight or bare_in(words[x], _SUPPORT)):
            continue
        y = x + 1
        while y < min(end, len(words), x + 1 + _SPAN) and not any(m.i == y for m in ctx.mentions[si] if m.kind == "actors"):
            if not bare_in(words[y], _FILLERS):
                break
            y += 1
        m = next((m for m in ctx.actors_in(si, y, min(end, len(words)), FORCE_TYPES) if m.i == y), None)
        if m is None:
            continue
        craft = any(b in _CRAFT for w in words[x:y + 1] for b in bare(w))
        if flight and not any(b in _CRAFT for w in words[x + 1:m.j] for b in bare(w)):
            continue  # "تحليق" needs its aircraft ("تحليق لطائرات التحالف"), not the bare force name
        if craft or m.entry.id in _AIR_COALITIONS or "air_force" in m.entry.id:
            out.append(m)
    return out
