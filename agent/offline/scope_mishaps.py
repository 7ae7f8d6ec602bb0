"""Deaths and wounds with no attacker: vehicles colliding, a storm or an earthquake that strikes, a rescue operation,
fireworks, a fire; and entries that are no violence: a police raid, an incursion into a holy site's grounds (:mod:`scope`
holds the switches; :func:`scope.is_non_incident` reads a whole sentence with them)."""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import bare, bare_in
from marsad.agent.offline.scope_phrases import clitic_surfaces, has_phrase, phrase_table

_COLLISION = rules.words("scope", "collision_words")
_VEHICLES = rules.words("scope", "vehicle_words")
_VEHICLE_DUALS = rules.words("scope", "vehicle_duals")
_COLLISION_REACH = int(rules.number("scope", "collision_reach"))
_RIGGED = rules.words("scope", "rigged_words")
"""A rigged car, a bomber, a blast or an attack told in the sentence: a vehicle driven into others as a weapon
("اصطدمت سيارة مفخخة بحافلة") is an attack, not a collision."""
_SHOT_CUES = clitic_surfaces(rules.words("scope", "accident_shot_cues"))
_DISASTERS = rules.words("scope", "disaster_nouns")
_DISASTER_STRIKES = rules.words("scope", "disaster_strike_words")
_DISASTER_REACH = int(rules.number("scope", "disaster_reach"))
_RESCUE_HEADS = rules.words("scope", "rescue_heads")
_RESCUE = rules.words("scope", "rescue_words")
_VIOLENCE = rules.words("attacks", "violence") | rules.words("attacks", "violence_more")
_MISHAPS = phrase_table(rules.words("scope", "mishap_phrases"))
_FIRES = rules.words("scope", "fire_words")
_ARSON = rules.words("scope", "arson_words")
_RAID_HEADS = rules.words("scope", "police_raid_heads")
_RAID_WORDS = rules.words("scope", "police_raid_words")
_RAID_REACH = int(rules.number("scope", "police_raid_reach"))
_INCURSION = rules.words("scope", "incursion_words")
_HOLY_GROUNDS = rules.words("scope", "holy_grounds")
_HOLY_REACH = int(rules.number("scope", "holy_grounds_reach"))
_INCURSION_HARM = rules.words("scope", "incursion_harm")
_HARM_STEMS = rules.words("scope", "incursion_harm_stems")
_VERB_SUFFIXES = rules.words("scope", "verb_suffixes")
# the same word lists as token surfaces (clitic_surfaces), so that "does the sentence hold one?" is one set test in C
# (these tests run on every sentence with an event word: a per-token bare() loop cost a tenth of extraction time)
_COLLISION_SURFACES = clitic_surfaces(_COLLISION)
_RIGGED_SURFACES = clitic_surfaces(_RIGGED)
_DISASTER_SURFACES = clitic_surfaces(_DISASTERS)
_RESCUE_HEAD_SURFACES = clitic_surfaces(_RESCUE_HEADS)
_VIOLENCE_SURFACES = clitic_surfaces(_VIOLENCE)
_FIRE_SURFACES = clitic_surfaces(_FIRES)
_ARSON_SURFACES = clitic_surfaces(_ARSON)
_RAID_HEAD_SURFACES = clitic_surfaces(_RAID_HEADS)
_INCURSION_SURFACES = clitic_surfaces(_INCURSION)
_HARM_SURFACES = clitic_surfaces(_INCURSION_HARM)


def _armed(words: list[str]) -> bool:
    """True when the sentence tells a weapon, a strike or an attack (:data:`_RIGGED`, the shot-down cues)."""
    return not _SHOT_CUES.isdisjoint(words) or not _RIGGED_SURFACES.isdisjoint(words)


def vehicle_collision(words: list[str]) -> bool:
    """True for vehicles colliding ("في تصادم بين قطارين"، "اصطدام حافلة بشاحنة"، "اصطدمت سيارتان"): a collision word
    with two vehicles, or a dual of one, up to ``collision_reach`` tokens either side, and no weapon or attack told.
    One vehicle alone is left: a truck driven into a crowd is an attack."""
    if _COLLISION_SURFACES.isdisjoint(words) or _armed(words):
        return False
    for x, w in enumerate(words):
        if not bare_in(w, _COLLISION):
            continue
        near = words[max(0, x - _COLLISION_REACH):x + _COLLISION_REACH + 1]
        if any(bare_in(v, _VEHICLE_DUALS) for v in near) or sum(bare_in(v, _VEHICLES) for v in near) >= 2:
            return True
    return False


def disaster_strike(words: list[str]) -> bool:
    """True when a storm, a flood or an earthquake is what strikes ("ضرب الإعصار سواحل البلاد"، "دخول الإعصار
    وضربه المدينة"، "زلزال ضرب الإقليم"): a strike word up to ``disaster_reach`` tokens after the disaster noun, or
    the noun up to two tokens after the strike word. Nature strikes; no side attacks."""
    if _DISASTER_SURFACES.isdisjoint(words):
        return False
    for x, w in enumerate(words):
        if not bare_in(w, _DISASTERS):
            continue
        if any(bare_in(v, _DISASTER_STRIKES) for v in words[x + 1:x + 1 + _DISASTER_REACH]) \
                or any(bare_in(v, _DISASTER_STRIKES) for v in words[max(0, x - 2):x]):
            return True
    return False


def rescue_operation(words: list[str]) -> bool:
    """True for a sentence that tells a rescue, an evacuation or a recovery ("خلال عملية إنقاذ العمال"، "عمليات انتشال
    الضحايا"، "جهود الإنقاذ") and no violence word: "عملية" there names the rescue, not an attack, and a death told
    with it (a rescuer's) is no attack's toll. With a violence word the rescue follows an attack the sentence tells."""
    if _RESCUE_HEAD_SURFACES.isdisjoint(words) or not any(
            bare_in(w, _RESCUE_HEADS) and x + 1 < len(words) and bare_in(words[x + 1], _RESCUE) for x, w in enumerate(words)):
        return False
    return _VIOLENCE_SURFACES.isdisjoint(words)


def mishap_told(words: list[str]) -> bool:
    """True for a sentence that tells fireworks ("الألعاب النارية"، "المفرقعات") and no weapon or attack: a blast and
    wounds told with them are a mishap."""
    return has_phrase(words, 0, len(words), _MISHAPS) and _SHOT_CUES.isdisjoint(words)


def fire_told(words: list[str]) -> bool:
    """True for a sentence that tells a fire ("حريق") with no violence, weapon or attack word and no one who set it
    (``arson_words``: "أضرم"، "متعمد"، "مجهولون"): people hurt or killed in it suffered an accident. A fire after a
    blast or a strike is told with that blast or strike and is left."""
    if _FIRE_SURFACES.isdisjoint(words) or _armed(words):
        return False
    return _VIOLENCE_SURFACES.isdisjoint(words) and _ARSON_SURFACES.isdisjoint(words)


def police_raid(words: list[str]) -> bool:
    """True for "غارة" that names a police or immigration raid: a search, a raid or a breach of the law up to
    ``police_raid_reach`` tokens after it ("غارة الدهم"، "غارة متصلة بمخالفات السير"، "غارة لإنفاذ القانون"), and no
    violence word but the raid's own. An air strike is told with a striker, a toll or a target, not with a search of premises."""
    if _RAID_HEAD_SURFACES.isdisjoint(words) or any(w in _VIOLENCE_SURFACES and w not in _RAID_HEAD_SURFACES
                                                       for w in words):
        return False
    return any(bare_in(w, _RAID_HEADS) and any(bare_in(v, _RAID_WORDS) for v in words[x + 1:x + 1 + _RAID_REACH])
               for x, w in enumerate(words))


def holy_site_incursion(words: list[str]) -> bool:
    """True for a sentence that tells settlers, officials or police "storming" a holy site's grounds ("اقتحم عشرات
    المستوطنين المسجد الأقصى"، "باقتحام الأقصى"، "الاقتحامات الإسرائيلية للمسجد الأقصى") -- a storming word with the
    site up to ``holy_grounds_reach`` tokens after it -- and no violence, harm or arrest told: the news word for an
    entry under guard, not an attack. With a violence or harm word ("واعتدوا على المصلين"، "أصيب 5 بالرصاص المطاطي")
    the sentence is left to the attack rules."""
    if _INCURSION_SURFACES.isdisjoint(words) or _harm_told(words):
        return False
    return any(_storming_at(words, x) for x in range(len(words)))


def incursion_at(words: list[str], i: int, stems: bool = True) -> bool:
    """True when the word at ``i`` is a storming word with a holy site's grounds up to ``holy_grounds_reach`` tokens
    after it ("اقتحم مستوطنون المسجد الأقصى") and the sentence tells no violence, harm or arrest: that word opens no
    attack, whatever else the sentence tells ("... فيما فجر انتحاري نفسه في سوق"). Harm is also read by stem and
    verb suffix (``incursion_harm_stems``: "وطعنوا حارسا"، "أصابوا"، "دهسوا") unless ``stems`` is off."""
    return _storming_at(words, i) and not _harm_told(words, stems)


def _storming_at(words: list[str], x: int) -> bool:
    return bare_in(words[x], _INCURSION) and any(bare_in(v, _HOLY_GROUNDS) for v in words[x + 1:x + 1 + _HOLY_REACH])


def _harm_told(words: list[str], stems: bool = False) -> bool:
    """True when the sentence tells violence, harm or an arrest (``incursion_harm``), or with ``stems`` a harm verb
    with a suffix (``incursion_harm_stems`` + ``verb_suffixes``: "طعنوا"، "أصابوا"، "دهست")."""
    if not _VIOLENCE_SURFACES.isdisjoint(words) or not _HARM_SURFACES.isdisjoint(words):
        return True
    return stems and any(b.startswith(h) and b[len(h):] in _VERB_SUFFIXES for w in words for b in bare(w)
                         for h in _HARM_STEMS if len(b) > len(h))
