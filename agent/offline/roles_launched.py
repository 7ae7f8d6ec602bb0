"""Targets news tells around the weapon rather than the attack verb: where a missile or a shell was fired at ("صاروخا
أطلقه المتمردون باتجاه مدينة X" -> the city, not the force that shot it down), the place a bomber blew himself up in
("فجر انتحاري نفسه داخل سوق" -> the market, not the bomber), and the side whose dead are counted as bodies ("وصلت 9
جثث من قتلى الجماعة" -> the group, not "جثث").
"""

from __future__ import annotations

from marsad.agent.numbers import read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_cues import _dated
from marsad.agent.offline.roles_objects import _object_span, _site
from marsad.core.arabic import normalize

__all__ = ["LAUNCHED_AT", "LAUNCHED_WIDE", "SELF_BLAST", "COUNTED_BODIES", "launched_target", "interceptor", "self_blast", "body_side"]

LAUNCHED_AT = True
"""Switch for :func:`launched_target` and :func:`interceptor` (on; off only to measure the rule)."""
_FIRE_AT = rules.words("roles", "fire_at_verbs")
_PROJECTILES = rules.words("roles", "projectile_words")
_AIMED_AT = rules.words("roles", "aimed_at_words")
_INTERCEPT = rules.words("roles", "intercept_verbs")
_PROJECTILE_SPAN = 4
"""Words at most between the missile or shell noun and the verb that fired it ("صاروخا باليستيا أطلقته")."""
LAUNCHED_WIDE = True
"""Switch (pass 52, A/B measurement and its tests): :func:`launched_target` reads the projectile written definite
("الصواريخ"، "القذائف"; ``projectile_words_definite``) and up to ``_PROJECTILE_AFTER`` words after the verb, past
its subject and the day set off by commas ("أطلقت الجماعة، صباح السبت، صاروخين باتجاه مأرب");
and, called with ``masdar=True`` (``roles_targets`` does so only when no object of an attack word is written), the
verbal noun of firing ("استمر إطلاق الصواريخ باتجاه مجتمعات ..."، "ردوا بإطلاق الصواريخ على قريتين";
``fire_at_masdars``; not after a launcher noun, ``launch_pad_words``: "منصات إطلاق صواريخ")."""
_FIRE_AT_MASDARS = rules.words("roles", "fire_at_masdars")
_PROJECTILES_DEFINITE = rules.words("roles", "projectile_words_definite")
_PROJECTILE_AFTER = 7
_LAUNCH_PADS = rules.words("roles", "launch_pad_words")
_MASDAR_AIM_SPAN = 6
"""Words at most between the verbal noun and "على"/"باتجاه" (its projectile and their count only)."""
_AIM_SPAN = 12
"""Words at most between the firing verb and "على"/"باتجاه" (the shooter's name and the count of shells between them)."""


def launched_target(ctx: DocContext, f: Frame, masdar: bool = False) -> str | None:
    """What a missile, rocket or shell was fired at, as written: "اعترضت الدفاعات صاروخا أطلقه المتمردون على
    مدينة X" -> "مدينة X"; "أطلقت الجماعة قذائف باتجاه الأحياء" -> "الأحياء". A firing verb (``fire_at_verbs``)
    with a projectile noun (``projectile_words``) just before or after it, then "على/باتجاه/في اتجاه/نحو/صوب/تجاه"
    (``aimed_at_words``; not "نحو" before a number: "about") and the noun phrase after it."""
    if not LAUNCHED_AT:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    if masdar and not LAUNCHED_WIDE:
        return None
    fire = _FIRE_AT_MASDARS if masdar else _FIRE_AT
    projectiles = _PROJECTILES | _PROJECTILES_DEFINITE if LAUNCHED_WIDE else _PROJECTILES
    after = _PROJECTILE_AFTER if LAUNCHED_WIDE else _PROJECTILE_SPAN
    for v in range(f.lo, f.hi):
        if not bare_in(words[v], fire):
            continue
        if masdar and v > f.lo and bare_in(words[v - 1], _LAUNCH_PADS):
            continue  # "منصات إطلاق صواريخ": the launchers, no firing told
        near = range(max(f.lo, v - _PROJECTILE_SPAN), min(f.hi, v + after + 1))
        if not any(bare_in(words[z], projectiles) for z in near if z != v):
            continue
        dated = _dated(ctx, f.si) if LAUNCHED_WIDE else frozenset()
        for x in range(v + 1, min(f.hi, v + 1 + (_MASDAR_AIM_SPAN if masdar else _AIM_SPAN))):
            if x > v + 1 and s.tokens[x].clause_start and x not in dated and x - 1 not in dated:
                break  # (the day set off by commas, "، اليوم الاثنين،", does not end the clause)
            if bare_in(words[x], _AIMED_AT):
                if x + 1 < len(words) and (words[x + 1].isdigit() or read_quantity(words, x + 1) is not None):
                    continue  # "أطلقوا نحو 30 قذيفة": "نحو" is "about" before a number, not "toward"
                span = _object_span(ctx, f, x + 1, skip_subject=False)
                if span is not None:
                    return ctx.quote(*s.token_span(*span))
                break
    return None


def interceptor(ctx: DocContext, f: Frame, m: Mention) -> bool:
    """True when a force is told as shooting the missile down, not as its target: the subject of an intercepting
    verb (``intercept_verbs``: "اعترضت دفاعات التحالف صاروخا"، "تصدت الدفاعات الجوية") at most three words before
    it, in a sentence that tells a projectile."""
    if not LAUNCHED_AT:
        return False
    words = ctx.sentences[f.si].words
    if not any(bare_in(w, _PROJECTILES) for w in words):
        return False
    if any(bare_in(words[x], _INTERCEPT) for x in range(max(0, m.i - 3), m.i)):
        return True
    # "واعترضته صواريخ الباتريوت التابعة للتحالف": the owner named after the interceptor and "التابعة ل"
    return (OWNER_OF_INTERCEPTOR and m.i >= 2 and bare_in(words[m.i - 1], _OWNER_LINKS)
            and any(bare_in(words[x], _INTERCEPT) for x in range(max(0, m.i - 1 - _INTERCEPTOR_SPAN), m.i - 1)))


OWNER_OF_INTERCEPTOR = True
"""Switch (pass 51) in :func:`interceptor`: a force named as the owner of the interceptor ("اعترضته صواريخ الباتريوت
التابعة للتحالف") is its interceptor too, though it stands past the three words: the subject of the intercepting
verb (the interceptor, at most ``_INTERCEPTOR_SPAN`` words) then "التابعة/التابع" (``interceptor_owner_links``)."""
_OWNER_LINKS = rules.words("roles", "interceptor_owner_links")
_INTERCEPTOR_SPAN = 3
"""Words at most between the intercepting verb and "التابعة" (the interceptor: "صواريخ الباتريوت"، "منظومة الدفاع الجوي")."""


SELF_BLAST = True
"""Switch for :func:`self_blast` (on; off only to measure the rule)."""
_REFLEXIVE = rules.words("roles", "reflexive_words")
_BLAST_SELF = frozenset({"فجر", "فجرت", "يفجر", "تفجر"})
_SELF_SPAN = 8
"""Words at most between "فجر" and "نفسه" (the bomber told with his age or origin between them)."""


def self_blast(ctx: DocContext, f: Frame, aimed: str) -> tuple[bool, str | None]:
    """(whether the object read is the bomber, the site to take instead): "فجر انتحاري نفسه داخل سوق" -- the noun
    before "نفسه" (``reflexive_words``) is who blew himself up, also when the object read stops before it ("فجر فتى
    في الرابعة عشرة نفسه"); the target is the site he did it at (:func:`roles_objects._site`), or none."""
    if not SELF_BLAST:
        return False, None
    if any(normalize(w) in _REFLEXIVE for w in aimed.split()):
        return True, _site(ctx, f)
    words = ctx.sentences[f.si].words
    head = normalize(aimed.split()[0])
    for r, w in enumerate(words):
        if w in _REFLEXIVE and any(bare_in(words[v], _BLAST_SELF) and head in words[v + 1:r]
                                   for v in range(max(0, r - _SELF_SPAN), r)):
            return True, _site(ctx, f)  # "فجر فتى في الرابعة عشرة نفسه": the boy is the bomber
    return False, None


COUNTED_BODIES = True
"""Switch for :func:`body_side` (on; off only to measure the rule)."""
_BODIES = rules.words("roles", "body_nouns")
_BODY_DEAD = rules.words("roles", "body_dead_words")


def body_side(ctx: DocContext, f: Frame, x: int) -> tuple[bool, str | None]:
    """(whether the counted noun at ``x`` is a body noun, the side the bodies were of): "وصلت 9 جثث من قتلى
    الجماعة" -> the group; "جثث" alone is no target (``body_nouns``). The side is a force or group named right
    after "من قتلى"/"لقتلى" (``body_dead_words``)."""
    s = ctx.sentences[f.si]
    words = s.words
    if not COUNTED_BODIES or x >= len(words) or not bare_in(words[x], _BODIES):
        return False, None
    y = x + 1
    if y < len(words) and words[y] == "من":
        y += 1
    if y < len(words) and bare_in(words[y], _BODY_DEAD):
        for m in ctx.actors_in(f.si, y + 1, min(len(words), y + 3), FORCE_TYPES | {"armed_group"}):
            if m.i == y + 1:
                return True, m.entry.canonical
    return True, None
