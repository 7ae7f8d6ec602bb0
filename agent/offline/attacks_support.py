"""Strikes or shelling told as support of ground fighting take that fighting's place (:func:`support_placed`).

"شنت الطائرات غارات لمساندة قوات الجيش في تقدمها"، "دارت اشتباكات في جبال مديرية كذا، رافقها قصف مدفعي على مواقع
الميليشيات في اليمن"، "قصفت المدفعية المواقع بالتزامن مع تقدم القوات": the strikes are placed only at the country
while the fighting they support has its place. Only a cue that governs fighting ties them (review69 merge69 finding
1): a word of aid before a force or the fighting itself ("لمساندة قوات الجيش"، "لإسناد تقدم القطعات"), a word of
time before "مع" and the fighting ("تزامنا مع اشتباكات"; not "تزامنا مع زيارة المبعوث"), or "رافقها" after the
fighting told in its sentence (or opening the sentence after it). The record lent is a ground fight, not another
side's one-sided shelling, and a turn to another item ("وفي سياق آخر"، "إلى ذلك") between the two stops it.
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import DocContext, bare_flags, forms_of
from marsad.agent.offline.merge import opens_new_item, opens_with
from marsad.schemas import Attack

__all__ = ["support_placed"]

_AID = rules.words("attacks", "support_aid_words")
"""Words of aid ("مساندة"، "إسناد"; clitic-free: "لمساندة"، "ولإسناد"): support of what follows them."""
_WITH = rules.words("attacks", "support_with_words")
"""Words of time told with "مع" ("بالتزامن"، "تزامنا"، "ترافق"): the strikes went with what follows "مع"."""
_FOLLOW = rules.words("attacks", "support_follow_words")
"""Verbs with an object pronoun ("رافقها"، "رافقه"): the strikes went with what was told before them."""
_FORCES = rules.words("attacks", "support_force_words")
"""Forces a word of aid may govern ("قوات"، "الجيش"، "الوحدات"): their fighting is the one supported."""
_BATTLES = rules.words("attacks", "support_battle_words")
"""Nouns of fighting ("اشتباكات"، "معارك"، "تقدم"، "هجوم")."""
_CUES = _AID | _WITH | _FOLLOW
_TURNS = [tuple(p.split("_")) for p in rules.words("attacks", "support_turn_openers")]
"""Openers that add another item ("إلى ذلك"): with :func:`merge.opens_new_item`'s, a turn between the fighting and
the strikes."""
_FOUGHT = "armed_assault"
"""The kind of record that is ground fighting (a shelling or a bombing is one side's act, not fighting to support)."""
_AID_REACH = 3
"""How many words after a word of aid the force or the fighting may stand ("لمساندة قوات الجيش"، "مساندة لتقدم ...")."""
_WITH_REACH = 4
"""How many words after a word of time "مع" may stand ("تزامن القصف المدفعي مع ...")."""
_OPENING = 2
"""A cue within the first words of its sentence ("ورافقها قصف ...") refers to the sentence before."""


def _country_only(r: Attack) -> bool:
    """Whether the record is placed only at its country, whole or a side of it ("اليمن"، "شمال غربي باكستان")."""
    loc = r.location
    return loc is not None and bool(loc.country) and (loc.admin_level == "country" or (
        loc.geo_precision == "approximate" and bool(loc.name_en) and loc.name_en == loc.country_name))


def _governs_fighting(words: list[str]) -> str | None:
    """How a sentence ties its strikes to fighting: "same" (the fighting told before the cue in this sentence), "near"
    (the fighting told in this sentence or the one before), "before" (the sentence before: the cue opens this one), or
    None when no cue of it governs fighting."""
    aid, with_, follow = bare_flags(_AID), bare_flags(_WITH), bare_flags(_FOLLOW)
    forces, battles = bare_flags(_FORCES), bare_flags(_BATTLES)
    for k, w in enumerate(words):
        if aid(w):
            if any(forces(x) or battles(x) for x in words[k + 1:k + 1 + _AID_REACH]):
                return "near"
        elif with_(w):
            m = next((y for y in range(k + 1, min(len(words), k + 1 + _WITH_REACH)) if words[y] == "مع"), None)
            if m is not None and any(battles(x) for x in words[m + 1:m + 1 + _AID_REACH]):
                return "near"
        elif follow(w):
            if k < _OPENING:
                return "before"
            if any(battles(x) for x in words[:k]):
                return "same"
    return None


def _turned(ctx: DocContext, a: int, b: int) -> bool:
    """Whether a sentence after ``a`` up to ``b`` opens by turning to another item ("وفي سياق آخر"، "إلى ذلك")."""
    return any(opens_new_item(ctx.sentences[k].words) or opens_with(ctx.sentences[k].words, _TURNS)
               for k in range(a + 1, b + 1))


def support_placed(ctx: DocContext, out: list[tuple[Attack, bool]], records: list[tuple[Attack, dict]]) \
        -> list[tuple[Attack, bool]]:
    """Records placed only at the country that a cue ties to ground fighting (the module's doc) take that fighting's
    place: the record told in the cue's sentence, else the nearest told before it, when it is ground fighting placed
    below a region in the same country and no turn to another item stands between. Flagged
    ``location_from_article``."""
    sents = [{e.si for e in c["events"]} for _, c in records]
    placed = list(out)
    for k, (r, flyer) in enumerate(out):
        if not _country_only(r):
            continue
        cued = [(si, how) for si in sorted(sents[k]) if not _CUES.isdisjoint(forms_of(ctx.sentences[si]))
                for how in [_governs_fighting(ctx.sentences[si].words)] if how is not None]
        if not cued:
            continue
        si, how = cued[0]
        same = [x for x in range(len(out)) if x != k and si in sents[x]] if how != "before" else []
        told_before = {x: max(s for s in sents[x] if s < si) for x in range(len(out))
                       if x != k and any(s < si for s in sents[x])} if how != "same" else {}
        nearest = sorted(told_before, key=lambda x: (told_before[x], -x))[-1:]
        if nearest and _turned(ctx, told_before[nearest[0]], si):
            nearest = []
        for x in same or nearest:
            o = out[x][0]
            if o.attack_type == _FOUGHT and o.location is not None and o.location.country == r.location.country \
                    and not _country_only(o) and o.location.admin_level not in {"country", "region"}:
                flags = r.flags if "location_from_article" in r.flags else [*r.flags, "location_from_article"]
                placed[k] = (r.model_copy(update={"location": o.location, "flags": flags}), flyer)
                break
    return placed
