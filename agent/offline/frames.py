"""Event frames: where an attack is told in a sentence, and the span its facts are read from.

Each event word (هجوم، تفجير، عبوة ناسفة، كمين، قتل ...) opens a frame; event words close
together, or a casualty clause that follows ("، ما أسفر عن ..."), share one. A
sentence telling two events is cut between them (at a clause mark, "وكذلك"، "وعائلة الشهيد",
a relative pronoun, else midway), so each event's place, date and toll are read apart.

Some attacks are told with no attack word of their own: battles and operations known by their toll
("وأسفرت المعارك عن سقوط قتلى"، "عملية عسكرية أسفرت عن مقتل")، a firing verb with its subject between
("فتح مسلحون النار")، an event word glued to the next ("بانفجارعبوة")، bodies found killed ("عثر على جثث
... مقتولين"). A consequence clause may stand after a long place phrase and still close its event's frame.

This module is the entry point; the rules live beside it (words in ``data/frames.json``), each importing only those
listed before it:

- ``frames_readers``: the word lists and small word tests a frame's kind is read with (a strike from the air, a
  launch, a wounding, a stabbing, arson ...).
- ``frames_joins``: when a toll told after an event word joins that event's frame, and when it does not.
- ``frames_bounds``: where a frame starts and ends (clause and span marks, asides, the reach of a consequence verb),
  and the bomb-blast and missile-blow tests of the word after an event word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress

from marsad.agent.dates import DAY_NAMES
from marsad.agent.numbers import read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties_pronouns import KILL_FORMS as _PRONOUN_KILL_FORMS
from marsad.agent.offline.casualties_pronouns import armed_pronoun_kill, pronoun_kill
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare, bare_flags, bare_in, forms_of
from marsad.agent.offline.frames_bounds import (
    _adverbial_comma,
    _anchor_only,
    _bomb_blast,
    _carried_clause,
    _consequence_reach,
    _missile_blow,
    _name_asides,
    _span_marks,
    _underwent,
)
from marsad.agent.offline.frames_joins import caused_word, foiled_before
from marsad.agent.offline.frames_readers import (  # noqa: F401  (_STRIKE_VERBS: read here by tests)
    _AIR,
    _AMONG_THE_DEAD,
    _BATTLE_ADJ_REACH,
    _BATTLE_GENERAL,
    _BATTLE_GENERAL_REACH,
    _BATTLE_NOUNS,
    _BATTLE_OCCURRED,
    _BATTLE_SIDES_REACH,
    _BATTLE_WAGING,
    _BATTLE_WAGING_REACH,
    _BODY_FOUND,
    _BODY_KILLED,
    _BODY_WORDS,
    _BOMB_NOUNS,
    _BOMB_VEHICLES,
    _CAUSE_GAP,
    _CAUSED_DUAL_APART,
    _CAUSED_DUAL_TOLLS,
    _CAUSED_DUALS,
    _CONTINUATION,
    _DEFINITE_AIR,
    _DESTROYED,
    _DESTROYED_DEVICES,
    _DUAL_CAUSE_VERBS,
    _DUAL_KILLED,
    _DUAL_MEANS,
    _DUAL_PLACES,
    _DUAL_REACH,
    _DUAL_TOLL_NOUNS,
    _EVENT_PAIRS,
    _EVENT_WORDS,
    _FIGURATIVE_BLASTS,
    _FIRE_OBJECTS,
    _FIRE_VERBS,
    _FIRE_VERBS_MORE,
    _GLUED_HEADS,
    _GLUED_TAILS,
    _GROUP_EVENTS,
    _HEADING,
    _INFILTRATION_SURFACES,
    _KILLED_SURFACES,
    _LAUNCH,
    _LAUNCHERS,
    _ONE_OF_HEADS,
    _ONE_OF_PLURALS,
    _PLANTED,
    _SEA_TARGETING,
    _STRIKE_VERBS,
    _STRIKERS,
    _SUICIDE_ADJECTIVES,
    _TARGETED,
    _TARGETED_MEANS,
    _TARGETED_REACH,
    _TARGETED_SUBJECTS,
    _TOKEN_TRIGGERS,
    _TOLL_CONCEPTS,
    _TOLL_DUALS,
    _TOLL_EVENTS,
    _UPDATE_DEAD_AFTER,
    _WAS_DOING,
    _WEAPON_SUBJECTS,
    _WOUNDED,
    ARSON_VERBS,
    INSERTED_DAY_WORDS,
    UNCOUNTED_TOLL_NOUNS,
    _another_headed,
    _arson,
    _at_sea,
    _battle_toll_after,
    _destroyed_by,
    _dual_subject,
    _fallen_projectile,
    _fire_answered,
    _foreign_body,
    _from_the_air,
    _headed,
    _infiltration,
    _launch,
    _liquidation,
    _poison,
    _ram,
    _relative_event,
    _self_blast,
    _stab,
    _strike_verb,
    _striker,
    _suicide_told,
    _told_as_cause,
    _toll_caused,
    _toll_near,
    _wounding,
    part_count,
    part_trigger,
    uncounted_toll,
)
from marsad.agent.offline.scope import incursion_trigger
from marsad.agent.offline.scope_phrases import clitic_surfaces
from marsad.agent.offline.scope_totals import since_today
from marsad.agent.offline.vocab import PLACE_NOUNS, REL_PRONOUNS
from marsad.core.arabic import normalize

__all__ = ["Frame", "find_frames"]

_ATTACK_CONCEPTS = rules.phrases("frames", "attack_concepts")
_DEATH_NOUNS = clitic_surfaces(frozenset({"وفاه"}))
_PROTESTS = rules.words("attacks", "protest_words")
_ACCIDENTS = rules.words("attacks", "accident")
_DEATH_DENIALS = rules.words("attacks", "denial_verbs")
_DENIAL_REACH = 6
_CLAUSE_TURNS = frozenset({"فيما", "بينما", "وبينما"})
"""Words that open a clause of another subject with no comma before them ("وفاة 12 بالوباء فيما خرجت مظاهرات")."""


def _death_clause(s, x: int) -> tuple[int, int]:
    """The token range of the clause holding the death noun at ``x``: its punctuation bounds, cut at a turn word
    (:data:`_CLAUSE_TURNS`) on either side."""
    a, b = s.clause_bounds(x)
    words = s.words
    a = max([a] + [k + 1 for k in range(a, x) if words[k] in _CLAUSE_TURNS])
    return a, next((k for k in range(x + 1, b) if words[k] in _CLAUSE_TURNS), b)


def _protest_death(s, x: int) -> bool:
    """Whether the death noun at ``x`` ("وفاة") counts dead right after it, a protest word in its own clause
    (:func:`_death_clause`), no accident word in the sentence and no denial verb right before it ("أعلنت الوزارة وفاة 15
    شخصا وإصابة المئات خلال التظاهرات"): the protest's dead, told as the attack pages tell a protest's toll
    (attacks_cues.PROTEST_DEATHS); a death noun alone is no violence. Protests in another clause ("وفاة 12 بفيروس
    كورونا، فيما خرجت مظاهرات") tell nothing of these deaths, and a denied death ("نفت الوزارة وفاة 12 متظاهرا") is
    none."""
    q = read_quantity(s.words, x + 1)
    if q is None or q.value is None or q.vague:
        return False
    words = s.words
    a, b = _death_clause(s, x)
    return any(bare_in(w, _PROTESTS) for w in words[a:b]) and _ACCIDENTS.isdisjoint(forms_of(s)) \
        and not any(bare_in(w, _DEATH_DENIALS) for w in words[max(0, x - _DENIAL_REACH):x])


_CONSEQUENCE = rules.words("frames", "consequence")
_EVENT_SEPARATORS = rules.words("frames", "event_separators")
_INSERTED_DAY = INSERTED_DAY_WORDS
INSERTED_DAY = True
"""Switch (A/B measurement and its test): a day set off by commas after the verb and its subject ("قصفت دبابات،
الأحد، موقعين ...") is no clause break where a sentence of two events is split: the break is the next one. Before,
the first event lost its day, object and place to the second's frame. Only when a later break stands before the
second event ("...، وذلك ردا على ..."); not after a toll told first ("قتل رجلان، الثلاثاء، بانفجار عبوة"), nor
before an event told right after the closing comma: there the break stays."""
_INSERTED_DAY_LEN = 3
_INSERTED_DAY_NEXT = 2


def _inserted_days(s) -> dict[int, int | None]:
    """The clause starts of the sentence that open or close a day set off by commas (at most three day words between:
    "، مساء الأحد،"): the day's first token -> None, the token after its closing comma -> the day's first token."""
    out: dict[int, int | None] = {}
    toks = s.tokens
    for t in range(1, len(toks)):
        if not toks[t].clause_start or s.words[t] not in _INSERTED_DAY:
            continue
        u = t + 1
        while u < len(toks) and u - t <= _INSERTED_DAY_LEN and not toks[u].clause_start and s.words[u] in _INSERTED_DAY:
            u += 1
        if u < len(toks) and toks[u].clause_start and u - t <= _INSERTED_DAY_LEN:
            out[t] = None
            out[u] = t
    return out
_CONSEQUENCE_GAP = int(rules.number("frames", "consequence_gap"))
"""How far a casualty clause told as a consequence ("، وأسفرت عن سقوط قتلى") may stand from its event's word
(a long place phrase may come between) and still belong to it."""
_CONTEXT_EVENTS: dict[str, str] = rules.table("frames", "context_events")
"""News-word entries (search glossary, no concept) that tell an attack when no event entry matched: the
plural "غارات"/"ضربات" and "هاجم"/"اقتحم" (the event glossary knows only their singular or noun forms):
entry id -> the concept (an attack type too, unless "attack")."""


@dataclass
class Frame:
    si: int
    i: int  # first trigger token
    j: int  # past last trigger token
    lo: int  # frame bounds
    hi: int
    concepts: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    generic_only: bool = True
    battle_told: bool = False  # opened by a battle noun told as taking place, with no toll near (_battle_occurred)
    toll_only: bool = False  # a revised toll told with no event word ("ثم ارتفعت حصيلة القتلى إلى تسعة"): TOLL_UPDATE_FRAME
    after_mark: int = -1  # the span mark ("بعد ثلاثة أشهر من"، "غداة") parting it from the event told before it: SPAN_MARK


TOLL_DUAL = True
"""Module switch (A/B measurement): a definite dual of incidents told as what a toll is of ("وكانت حصيلة
الهجومين ثلاثة قتلى"، "حصيلة التفجيرين"، "وأسفر الهجومان عن إصابة خمسة") opens a frame, so the toll joins the
incidents told before; a dual told otherwise ("شنت الهجومين على ...") opens none (the incidents are told apart)."""


def _dual_toll(words: list[str], x: int) -> str | None:
    """The kind of the definite dual at ``x`` when a toll is told of it: a toll noun up to ``_DUAL_REACH`` words
    before it, or a verb of causing right before or after it; else None."""
    kind = next((_TOLL_DUALS[b] for b in bare(words[x]) if b in _TOLL_DUALS), None) if TOLL_DUAL else None
    if kind is None:
        return None
    near = [b for w in words[max(0, x - _DUAL_REACH):x] for b in bare(w)]
    cause = [b for w in words[max(0, x - 1):x] + words[x + 1:x + 2] for b in bare(w)]
    return kind if not _DUAL_TOLL_NOUNS.isdisjoint(near) or not _DUAL_CAUSE_VERBS.isdisjoint(cause) else None


CAUSED_DUAL = True
"""Module switch (A/B measurement): the indefinite dual of an incident told as what a toll came of ("سقط قتلى وجرحى
في تفجيرين قرب ..."، "وأسفر هجومان عن ...") opens a frame, as its singular does: twin blasts at one place and time are
one incident (guidelines §4). Not when the two are told apart ("في هجومين منفصلين"، "الأول ..."، "في مدينتي ..."): a
round-up, one record per place, read from its places."""


def _caused_dual(words: list[str], x: int) -> str | None:
    """The kind of the indefinite dual at ``x`` when a toll is told of it (a toll word up to ``_DUAL_REACH`` words
    before it, or a verb of causing right before or after it) and the sentence does not tell the two apart; else None."""
    kind = next((_CAUSED_DUALS[b] for b in bare(words[x]) if b in _CAUSED_DUALS), None) if CAUSED_DUAL else None
    if kind is None:
        return None
    near = [b for w in words[max(0, x - _DUAL_REACH):x] for b in bare(w)]
    cause = [b for w in words[max(0, x - 1):x] + words[x + 1:x + 2] for b in bare(w)]
    if _CAUSED_DUAL_TOLLS.isdisjoint(near) and _DUAL_CAUSE_VERBS.isdisjoint(cause):
        return None
    told = [b for w in words for b in bare(w)]
    return None if not _CAUSED_DUAL_APART.isdisjoint(told) or not _DUAL_PLACES.isdisjoint(told) else kind


OPERATION_TOLL_AFTER = True
"""Switch (A/B measurement and its test): an operation told with its toll further on, as a battle is
(:func:`_battle_toll_after`): the operation noun then a verb of consequence within reach, past its adjectives, target
and place, with a toll right after the verb ("نفذت وحدة خاصة عملية عسكرية نوعية خاطفة على مواقع ... في منطقة ...
بمديرية ...، وأسفرت عن مصرع وإصابة العشرات"). Before, only a toll within the toll window made it an attack."""
FOREIGN_BODY = True
"""Switch: "جسم غريب" (a foreign object) is a suspicious device only outside the body: told with swallowing or an organ
in its sentence ("ابتلاع جسم غريب"، "جسم غريب في المريء") it is a medical case, no IED."""


MINEFIELD = True
"""Switch (pass 60; on, off only to measure it): mines told as a field ("حقول ألغام"; ``minefield_heads`` right before
the mine word) are a thing a strike hit, not an IED attack: they open no frame ("أصابت الضربات مواقع قتالية وحقول ألغام" is one strike, not a strike and a bombing). A blast
told of a mine ("انفجار لغم") is read from its blast word as before."""
_MINEFIELD_HEADS = rules.words("frames", "minefield_heads")


SNIPER_VICTIM = True  # module flag, for A/B measurement only
"""A sniper told as the one killed is no sniper fire: the sniper noun as the object of a verb of killing
("قتلت قناصا"، "من قتل قناصين": its accusative or genitive form only, as "قتل قناص جنديا" or "قتل قناصة" may tell the
shooter) or after the noun of killing ("مقتل قناص"، "بعد تصفية قناصة")."""
_SNIPER_VICTIM_VERBS = rules.words("frames", "sniper_victim_verbs")
_SNIPER_VICTIM_NOUNS = rules.words("frames", "sniper_victim_nouns")
_SNIPER_OBJECT_FORMS = rules.words("frames", "sniper_object_forms")


def _sniper_victim(words: list[str], x: int) -> bool:
    """True when the sniper word at ``x`` names the one killed (:data:`SNIPER_VICTIM`)."""
    if x == 0:
        return False
    before = bare(words[x - 1])
    if any(b in _SNIPER_VICTIM_NOUNS for b in before):
        return True
    return any(b in _SNIPER_VICTIM_VERBS for b in before) and words[x] in _SNIPER_OBJECT_FORMS


PRONOUN_BLOW = True  # module flag, for A/B measurement only
"""A verbal noun with the pronoun "ه" written like the noun of one strike after normalisation ("بضربه" = beating
him, "ضربة" = a strike: ``pronoun_blow_words``) is no strike when the raw word ends in "ه" and the sentence writes
the ta marbuta elsewhere (a writer who spells "ة" as "ه" throughout is not told apart)."""
_PRONOUN_BLOW_WORDS = rules.words("frames", "pronoun_blow_words")


def _pronoun_blow(s, x: int) -> bool:
    """True when token ``x`` of sentence ``s`` is a verbal noun with the pronoun "ه" (:data:`PRONOUN_BLOW`)."""
    if not bare_in(s.words[x], _PRONOUN_BLOW_WORDS):
        return False
    a, b = s.token_span(x, x + 1)
    raw = s.quote(a, b).rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return raw.endswith("ه") and "ة" in s.quote(s.start, s.end)


DEFINITE_AIR = True  # module flag, for A/B measurement only
"""The definite air strike, one or two ("الضربة الجوية التي استهدفت المطار"): the glossary knows only the indefinite
"ضربة جوية"; an air strike like it (as ``first_second``, normalised). Not the plural: "الضربات الجوية" is mostly the
campaign spoken of ("لاستخدامها في الضربات الجوية"، "تدعمهم الضربات الجوية"), no one incident."""


WEAPON_SUBJECT = True  # module flag, for A/B measurement only
""""استهدف" with a weapon as its subject right after it ("استهدفت قنبلة موكب الوزير"، "استهدف صاروخ مبنى البلدية"،
"استهدفت سيارة مفخخة حاجزا"): the weapon struck, whatever its object; a car or a strike only with the word that makes it
one ("سيارة مفخخة"، "ضربة جوية", written as two-word keys). The bare indefinite noun, not one told before ("القنبلة")."""


def _targeted(words: list[str], x: int) -> tuple[str, int] | None:
    """The kind of a strike told by the targeting verb at ``x`` with its means or a gunman subject, and the end of
    the words that tell it (past the means, so the means' own event word shares the frame); else None."""
    for y in range(x + 1, min(len(words), x + 1 + _TARGETED_REACH)):
        w = words[y][1:] if words[y].startswith("و") and len(words[y]) > 4 else words[y]
        pair = f"{w}_{words[y + 1]}" if y + 1 < len(words) else ""
        kind = _TARGETED_MEANS.get(pair) or _TARGETED_MEANS.get(w)
        if kind is not None:
            return kind, y + 1
        if COUNTED_MEANS_JOIN and (told := _counted_means(words, y)) is not None:
            return told
    if x + 1 < len(words) and bare_in(words[x + 1], _TARGETED_SUBJECTS):
        return "attack", x + 2
    if WEAPON_SUBJECT and x + 2 < len(words) and f"{words[x + 1]}_{words[x + 2]}" in _WEAPON_SUBJECTS:
        return _WEAPON_SUBJECTS[f"{words[x + 1]}_{words[x + 2]}"], x + 3
    if WEAPON_SUBJECT and x + 1 < len(words) and words[x + 1] in _WEAPON_SUBJECTS:
        return _WEAPON_SUBJECTS[words[x + 1]], x + 2
    return None


COUNTED_MEANS_JOIN = True
"""Switch (pass 65): the means of a targeting verb told with its count ("استهدف الطيران، مساء السبت، بعدد من الغارات،
مخزنا"، "بأكثر من 8 غارات"، "بعدة قذائف") or as a dual ("بغارتين") is read as the means a bare noun is
(``targeted_means``): the verb's frame runs past it, so a day told between the verb and its means no longer cuts the
verb from its object. Off, only the bare noun after "ب" was read, and a day before a counted means split the
frame midway (the object fell in a frame of its own, with no verb of aiming)."""
_MEANS_COUNT_WORDS = frozenset({"بعدد", "بعده", "باكثر", "بنحو"})


def _counted_means(words: list[str], y: int) -> tuple[str, int] | None:
    """(kind, end) of a means written with its count at ``y`` (:data:`COUNTED_MEANS_JOIN`), else None."""
    w = words[y]
    if w.startswith("ب") and w.endswith("تين") and len(w) > 6:
        kind = _TARGETED_MEANS.get(w[:-3] + "ه")
        return (kind, y + 1) if kind is not None else None  # "بغارتين": the dual of "بغارة"
    if w not in _MEANS_COUNT_WORDS:
        return None
    z = y + 1
    if z < len(words) and words[z] == "من":
        z += 1
    q = read_quantity(words, z) if z < len(words) else None
    if q is not None and q.end > z:
        z = q.end
    if z >= len(words):
        return None
    noun = words[z][2:] if words[z].startswith("ال") else words[z]
    kind = _TARGETED_MEANS.get("ب" + noun)
    return (kind, z + 1) if kind is not None else None


RAM = True
"""Switch (pass 53, its test): a ramming is an armed assault (GUIDELINES: "stabbing, ramming, shooting"): a "دهس"
word with a crowd, passers-by, soldiers or police, or a word of intent or attack near it ("دهست سيارة مجموعة تضم
جنودا"، "حادثة دهس لحشد في تورونتو أسفرت عن 10 قتلى"، "حادث الدهس متعمد"); not a road accident (a word of traffic
near it: "حوادث مرورية ودهس") nor what almost happened ("تكاد تدهس متظاهرة"). Off, "دهس" opened no frame.
(frames_readers._ram)"""
POISON = True
"""Switch (pass 54, its test): the poisoning of a person is an attack: a "تسميم"/"تسمم"/"سمم" word with a spy, an
agent, an officer or a dissident near it (an attempt on that person: assassination), or a nerve agent or a word of
intent (type other) ("بعد تسميم ضابط المخابرات
السابق"، "تعرض عميل روسي سابق وابنته للتسميم بغاز للأعصاب"، "حاول تسميمه ... بهدف اغتياله"). Not food poisoning,
an illness or a figure ("تسمم غذائي"، "تعرضوا للتسمم بعد تناولهم وجبة"، "تسميم الأجواء"). Off, no poisoning word
opened a frame. (frames_readers._poison)"""
INFILTRATION = True
"""Switch (pass 55, its test): an infiltration attempt that was repelled is an attack on the positions it aimed at
(GUIDELINES D-19: a repelled attack is an attack when violence happened and the text locates it): "تسلل" after an
attempt noun, with a word of repelling before it ("تصدى الجنود ... لمحاولة تسلل نحو نقاطهم في بلدة ما وقتلوا عددا
من المهاجمين"، "أفشلت القوات محاولة تسلل للميليشيات في جبال كذا"). Such a frame is read as any repelled
attack's ("صد الجيش هجوما"): foiled with no toll ("أحبطت ... محاولات تسلل") it still makes no record; smugglers or
migrants stopped at a border make none (frames_readers.INFILTRATION_CROSSERS). Off, "تسلل" is no trigger of the token
loop (it passes it by as before the rule). (frames_readers._infiltration)"""
STAB = True  # module flag, for A/B measurement only
"""A stabbing is an armed assault: the verb and noun "طعن" ("طعن رجل ثلاثة أشخاص"، "أقدم على طعن شرطي"، "قتلها
طعنا"، "عملية الطعن") with a sign of violence near it (a blade, an attacker, a wound or a death, a victim noun),
and a blade told as the means of an attack, a killing or a wounding ("هجوم بسكين"، "مسلح بسكين"). Not the legal
"طعن" (an appeal: "الطعن في الحكم"، "تطعن على القرار"، "قدم طعنا أمام المحكمة"، "طعن في نتائج الانتخابات") nor the
figurative one ("طعنة في الظهر"، "طعنة غادرة"، "طعن في السن"): a word of courts, votes, backs or age near it."""


ARSON = True  # module flag, for A/B measurement only
"""A fire set by hostile doers ("أضرم مستوطنون النار في مسجد"، "أحرق مسلحون مجهولون مقر صحيفة"، "مجهولون أضرموا
النار"): an attack on what burned, told with no attack word (type other). Only with a doer noun as the verb's subject
(``arson_doers``: gunmen, unknown men, settlers, extremists, attackers): right after a verb of burning, up to
``arson_reach`` words after a verb of kindling (its object "النار" may follow the subject or be left out), or right
before either. Not protesters burning tyres, a man setting fire to himself, troops burning a vehicle in a battle."""


FIRE_NEXT = True  # module flag, for A/B measurement only
"""The firing verb's object may follow it at once, its subject told before it or in it ("ثم أطلقت النار عليه"،
"مسلحون أطلقوا النار"، "قبل أن تطلق النار"), present forms of the verbs included; before, only a subject between the
verb and its object opened a frame ("فتح النار" alone is an event pair)."""


FIRE_GOES_ON = True
"""Switch: fire told with "and" after another event of its sentence ("اقتحم المسلحون الحرم، وأطلقوا النار فيه")
goes on with that event (the same doers, the same incident), and fire told as what someone "was doing" after it
("قتلت الشرطة مسلحا كان يطلق النار") describes that event's object: neither opens a frame of its own with
``FIRE_NEXT``."""


DESTROYED = True  # module flag, for A/B measurement only
"""A car bomb or bomb destroyed before it went off ("مقتل 20 عنصرا وتدمير سيارة مفخخة بقصف للطيران"، "دمرت القوات
عبوة ناسفة"): what the strike hit, not its means; it gives the frame no kind of its own."""


SUICIDE_DEFINITE = True  # module flag, for A/B measurement only
"""A definite attack noun with the suicide adjective ("الهجوم الانتحاري"، "العملية الانتحارية"، "التفجيرين
الانتحاريين"), one other definite adjective between at most ("الهجوم الدامي الانتحاري"): a suicide attack, as the
indefinite "هجوم انتحاري" is (the glossary knows only the indefinite). Not the bomber alone ("الانتحاري شاب")."""


PLANTED_BOMB = True  # module flag, for A/B measurement only
"""A blast of a bomb told as planted or hidden ("في انفجار قنبلة زرعها مسلحون"، "بانفجار قنبلة مزروعة على جانب
الطريق"): an improvised bomb, as "عبوة ناسفة" is (the planting word within two tokens after the bomb noun, the blast
word right before it); hidden in a vehicle ("قنبلة مخبأة داخل سيارة"), a car bomb."""

DUAL_KILLED = True  # module flag, for A/B measurement only
"""The dual past verb of killing ("قتلا") after a dual subject ("إن شخصين قتلا"، "مدنيان آخران قتلا"، "اثنين من
الحراس قتلا") opens a frame of killing, as "قتلوا" does after a plural; alone it is also the verbal noun ("يعد
قتلا"، "قتلا وتدميرا"), which opens none (the glossary leaves it out for that reason)."""


DEFINITE_RELATIVE = True  # module flag, for A/B measurement only
"""Switch: a definite blast or attack noun, one or two, with a relative clause after it and its adjectives ("التفجير
الإرهابي الذي ضرب سوقا ..."، "الاعتداء الذي تعرضت له ..."، "وكان الانفجاران اللذان هزا المدينة ...") tells that incident,
often its only telling in a condemnation or a follow-up; before, the definite noun opened no frame (the glossary knows
"الهجوم" only), and the toll told with it stood alone, a death with no violence, and was dropped. Not a test ("التفجير
النووي الذي"), an assault of another kind ("الاعتداء الجنسي الذي") or an outbreak ("الانفجار السكاني الذي"); nor a clause
that tells only its toll ("التفجير الذي أسفر عن ..."): the toll's words tell that themselves."""


SELF_BLAST = True  # module flag, for A/B measurement only
"""Switch: a bomber blowing himself up with the subject between the verb and "نفسه" ("فجر انتحاريان نفسيهما في سوق"،
"فجرت مهاجمة نفسها"، "فجر أحدهم نفسه") is a suicide attack, as the glossary's "فجر نفسه" is; before, the verb with its
subject between opened no frame (and "فجر" read as dawn)."""


TOLL_UPDATE_FRAME = True  # module flag, for A/B measurement only
UPDATE_NOUN_JOINS = True  # module flag, for A/B measurement only
"""The counted noun right after a revised toll's figure ("ارتفعت حصيلة قتلى القذائف التي ... على أحياء كذا وكذا إلى 9
قتلى وأصيب 31"): the update's frame goes on through it, however long the sentence between, and does not open a frame
of its own (cut midway from the update's, it kept the wounded told after it from the incident)."""
WOUNDED_UPDATE_FRAME = True  # module flag, for A/B measurement only
"""A revised toll of the wounded told with no event word ("وارتفع عدد الجرحى إلى 45"، "وبلغت حصيلة المصابين 14 شخصا")
is the revised toll of the incident told before it, as one of the dead is (``toll_only``); before, it opened no frame
and a later, higher count of the wounded was lost."""
UPDATE_NOUN_ONLY = True  # module flag, for A/B measurement only
"""A revised toll whose only word of killing is the dead counted after its figure ("وارتفعت الحصيلة إلى 10 قتلى"،
"وارتفعت حصيلة الضحايا إلى 10 قتلى و15 جريحا") names no event word, as "ارتفعت حصيلة القتلى إلى 10" does: its frame
is the revised toll's own (``toll_only``), joined to the incident told before; before, the noun opened a plain frame
of killing that, with no violence in its sentence, was dropped as an accident's."""
LIQUIDATION = True  # module flag, for A/B measurement only
STRIKE_VERB = True  # module flag, for A/B measurement only
DESTROYED_BY = True
"""Switch (pass 51, A/B measurement and its test): a destroying verb with a striking force as its subject right after
it ("دمرت الطائرات الحربية شاحنات للمسلحين"، "دمرت البوارج قاربين"), or a force that succeeded at destroying
("وتمكنت المروحيات من تدمير العربات"), is a strike of that force's kind (frames_readers._destroyed_by). Before,
a strike told only so opened no frame, and strikes on vehicles and boats told in this way gave no record."""
STRIKER_KIND = True
"""Switch (pass 44, A/B measurement and its test): a strike verb ("ضرب"، "دك") with a striking subject next to it
("دكت المدفعية مواقع ..."، "ومدفعية الجيش تدك ...") is a strike of that subject's kind (shelling), as "استهدف" is."""


STRIKER_PAST_ASIDE = True
"""Switch (pass 45, A/B measurement and its test): a striking subject told before an aside set off by commas, the strike
verb right after the aside or after a verb of starting or going on ("إن مدفعية الجيش، وللمرة الأولى منذ أعوام، بدأت تدك
مواقع ..."، "قوات التحالف، بعد منتصف الليل، استهدفت ..."), tells the strike's kind as it does next to the verb: before,
the subject stood too far off and the strike, of no kind, made no record."""
_ASIDE_PHASE_VERBS = rules.words("frames", "aside_phase_verbs")
_ASIDE_REACH = int(rules.number("frames", "striker_aside_reach"))


def _striker_past_aside(s, x: int) -> str | None:
    """The kind of the striking subject within three words before an aside of at most ``striker_aside_reach`` tokens
    that ends right before the strike verb at ``x`` (or before a verb of starting just before it); else None."""
    tokens, words = s.tokens, s.words
    k = x - 1 if x > 0 and not tokens[x].clause_start and bare_in(words[x - 1], _ASIDE_PHASE_VERBS) else x
    if k <= 0 or not tokens[k].clause_start or words[k - 1] in REL_PRONOUNS:
        return None
    c = next((y for y in range(k - 1, max(0, k - 1 - _ASIDE_REACH), -1) if tokens[y].clause_start), None)
    if c is None or c == 0 or words[c - 1] in REL_PRONOUNS:
        return None
    return next((_STRIKERS[b] for w in words[max(0, c - 3):c] for b in bare(w) if b in _STRIKERS), None)


INTERCEPTED = True
"""Switch (pass 45, A/B measurement and its test): a missile or shell told intercepted or shot down ("أسقطت منظومة
الدفاع ليل الأحد صاروخا فوق المدينة ...") was fired at where it was stopped: a shelling (guidelines §4:
the place is the target city when no launch site is given), also when its launch is told too far from it for
:func:`_launch` or not at all. Only in a sentence no other word opens a frame of (a launch or heading told near the
projectile opens its own), and only an indefinite projectile (the definite one is a retelling) that is no
interceptor, no sum since a start, and no means ("أسقطت الطائرة بصاروخ": a plane shot down by a missile)."""
_INTERCEPT_VERBS = rules.words("frames", "intercept_verbs")
_INTERCEPT_REACH = int(rules.number("frames", "intercept_reach"))
_INTERCEPT_SURFACES = clitic_surfaces(_INTERCEPT_VERBS)
"""Every spelling of an intercepting verb with its clitics: a sentence with none of them is answered at once (speed
only: :func:`_intercepted` reads such a sentence to no verb)."""


def _intercepted(words: list[str]) -> int | None:
    """The index of a verb of intercepting with an indefinite projectile as its object within ``intercept_reach``
    tokens after it (:data:`INTERCEPTED`), else None."""
    if _INTERCEPT_SURFACES.isdisjoint(words):
        return None  # (no verb of intercepting, with whatever clitics: most sentences)
    from marsad.agent.offline.frames_readers import _INTERCEPTORS, _PROJECTILES, _SINCE, _SINCE_REACH

    for x in compress(range(len(words)), map(bare_flags(_INTERCEPT_VERBS), words)):  # (the verbs: bare_in, in C)
        for y in range(x + 1, min(len(words), x + 1 + _INTERCEPT_REACH)):
            forms = [b for b in bare(words[y]) if b in _PROJECTILES]
            if not forms:
                continue
            if any(b.startswith("ال") for b in forms) or (words[y].startswith("ب") and words[y][1:] in _PROJECTILES) \
                    or any(b in _INTERCEPTORS for v in words[y + 1:y + 3] for b in bare(v)) \
                    or any(v in _SINCE for v in words[y + 1:y + 1 + _SINCE_REACH]):
                break
            return x
    return None


FALLEN_PROJECTILE = True  # module flag, for A/B measurement only


BATTLE_TOLD = True  # module flag, for A/B measurement only


SINCE_TODAY = True  # module flag, for A/B measurement only
"""Switch: "منذ" opening on a time of the last day or two (:func:`~marsad.agent.offline.scope_totals.since_today`:
"تدور معارك منذ فجر الخميس"، "منذ منتصف ليل الأربعاء"، "منذ ساعات الصباح") tells when that day's battle began, not the
war's fighting in general (``battle_general_words``); before, such a battle with no toll made no record."""


OCCURRED_WHEN = True
"""Switch (pass 45, A/B measurement and its test): the verb of a battle taking place may stand before the day told
ahead of the battle noun ("اندلعت أمس معارك"، "دارت فجر اليوم معارك"): up to two time words between them."""
_WHEN_WORDS = frozenset({"امس", "اليوم", "صباح", "مساء", "فجر", "ظهر", "عصر", "ليل", "ليله"}) | DAY_NAMES


ARMED_CONFRONTATIONS = True
"""Switch (pass 45, A/B measurement and its test): "مواجهات" is a battle noun when both sides told after its "بين" are
armed (forces or armed groups: "اندلعت مواجهات عنيفة بين قوات الجيش وميليشيا الحوثي شرق المديرية"); alone it is
left out, as protesters also face troops in "مواجهات" (see ``_BATTLE_NOUNS``)."""
_CONFRONTATIONS = frozenset({"مواجهات", "المواجهات"})
_SIDES_REACH = 12


def _armed_confrontation(ctx: DocContext, si: int, x: int) -> bool:
    """True when the token at ``x`` is "مواجهات" followed (past up to three adjectives) by "بين" and two different
    armed sides within :data:`_SIDES_REACH` words (see :data:`ARMED_CONFRONTATIONS`)."""
    words = ctx.sentences[si].words
    if not ARMED_CONFRONTATIONS or not bare_in(words[x], _CONFRONTATIONS):
        return False
    y = x + 1
    while y < min(len(words), x + 4) and words[y] != "بين" and (words[y].endswith(("ه", "يه")) or words[y].startswith("ال")):
        y += 1
    if y >= len(words) or words[y] != "بين":
        return False
    sides = ctx.actors_in(si, y + 1, min(len(words), y + 1 + _SIDES_REACH), FORCE_TYPES | {"armed_group"})
    return len({m.entry.id for m in sides}) >= 2


AFTER_BATTLES = True
"""Switch (pass 46, A/B measurement and its test): a battle noun right after "بعد"/"عقب"/"إثر" is fighting that took
place, told as what came before a seizure, an advance or an arrest ("استعادت قوات الجيش مواقع في المديرية، عقب معارك
عنيفة مع الميليشيا"؛ "اقتحمت القوات مركز المديرية بعد معارك ضارية"). GUIDELINES §4 makes the fighting the incident
(the seizure alone is a non-incident); before, with no verb of occurrence, it made no record. Fighting told over a
span of months or years ("بعد معارك استمرت سنوات") is a war's, not one battle (``battle_after_spans``)."""
_AFTER = frozenset(normalize(w) for w in rules.words("frames", "battle_after_words"))
_AFTER_SPANS = frozenset(normalize(w) for w in rules.words("frames", "battle_after_spans"))
_AFTER_SPAN_REACH = 6


def after_battles(words: list[str], x: int) -> bool:
    """True when the battle noun at ``x`` follows "بعد"/"عقب"/"إثر" (see :data:`AFTER_BATTLES`) and no span of months
    or years is told within :data:`_AFTER_SPAN_REACH` words after it."""
    return AFTER_BATTLES and x > 0 and bare_in(words[x - 1], _AFTER) \
        and not any(bare_in(w, _AFTER_SPANS) for w in words[x + 1:x + 1 + _AFTER_SPAN_REACH])


def _battle_occurred(words: list[str], x: int) -> bool:
    """True when the battle noun at ``x`` (one of ``toll_events``) is told as taking place: a verb of occurrence right
    before it or after it and up to ``battle_adjective_reach`` adjectives (and its "بين X وY" sides), or a verb of
    waging it a few words before ("دارت معارك عنيفة غرب المديرية"، "خاضت قوات الجيش معارك عنيفة"). Fighting at a place
    is an incident even with no toll told; a battle noun alone ("المعارك في المحافظة"، "معارك التحرير") names a war's
    fighting in general, and fighting told as going on or on many fronts is no one battle (``battle_general_words``)."""
    if not BATTLE_TOLD:
        return False
    if any(b in _BATTLE_GENERAL and not (SINCE_TODAY and since_today(words, z))
           for z in range(max(0, x - 3), min(len(words), x + _BATTLE_GENERAL_REACH)) for b in bare(words[z])):
        return False
    if (x > 0 and bare_in(words[x - 1], _BATTLE_OCCURRED)) or after_battles(words, x):
        return True  # ("عقب معارك عنيفة مع الميليشيا": the fighting a seizure followed)
    if OCCURRED_WHEN and x > 1 and any(bare_in(words[v], _BATTLE_OCCURRED) and all(
            bare_in(t, _WHEN_WORDS) for t in words[v + 1:x]) for v in range(max(0, x - 3), x - 1)):
        return True  # "اندلعت صباح الأحد معارك عنيفة": the day told between the verb and the battle noun
    if any(b in _BATTLE_WAGING for w in words[max(0, x - _BATTLE_WAGING_REACH):x] for b in bare(w)):
        return True
    y = x + 1
    while y < min(len(words), x + 1 + _BATTLE_ADJ_REACH) and (words[y].endswith(("ه", "يه")) or words[y].startswith("ال")):
        y += 1  # (adjectives: "معارك عنيفة ضارية دارت")
    if y < len(words) and words[y] == "بين":  # "معارك عنيفة بين الجيش والميليشيا دارت غرب المديرية": the sides
        y = next((z for z in range(y + 2, min(len(words), y + 1 + _BATTLE_SIDES_REACH))
                  if bare_in(words[z], _BATTLE_OCCURRED)), y)
    return y < len(words) and bare_in(words[y], _BATTLE_OCCURRED)


def _add_concept(f: Frame, concept: str, atype: str | None) -> None:
    """A frame takes an event word's concept and type; a word other than a bare killing or attack makes it specific."""
    f.concepts.append(concept)
    if atype:
        f.types.append(atype)
    if concept != "killed" and concept != "attack":
        f.generic_only = False


def _glued_words() -> dict[str, str]:
    """Every event word glued to a word after it (a glued head and a tail, "انفجارعبوه") -> the head's type. No head
    begins another (tests/test_code68.py holds the data to it), so a form is at most one head and its tail: one
    look-up per form answers what the loop over the heads answered (speed only, the same types)."""
    return {head + tail: kind for head, kind in _GLUED_HEADS.items() for tail in _GLUED_TAILS if tail}


_GLUED_WORDS = _glued_words()


@lru_cache(maxsize=65536)
def _glued(word: str) -> str | None:
    """The type of an event word glued to the word after it ("بانفجارعبوة" -> explosion), else None (of the word
    alone: remembered per word, as every token of every sentence is asked)."""
    for b in bare(word):
        kind = _GLUED_WORDS.get(b)
        if kind is not None:
            return kind
    return None


class _WordFlags(dict):
    """A per-word answer of the word alone, computed once per distinct word (up to ``limit`` words kept)."""

    def __init__(self, test, limit: int = 65536):
        super().__init__()
        self.test = test
        self.limit = limit

    def __missing__(self, word: str) -> bool:
        found = self.test(word)
        if len(self) >= self.limit:
            self.clear()
        self[word] = found
        return found


def _may_open(word: str) -> bool:
    """True when the token loop of :func:`find_frames` may do anything at this word (a word of one of its sets, or
    an event word glued to the next); any other word is passed by (most words)."""
    return (word in _TOKEN_TRIGGERS or word in _INFILTRATION_SURFACES or word in _ONE_OF_PLURALS
            or word in _SUICIDE_ADJECTIVES or word in _BOMB_NOUNS or word in _DUAL_KILLED or word in _PRONOUN_KILL_FORMS or word in UNCOUNTED_TOLL_NOUNS
            or word in _DEATH_NOUNS
            or (len(word) > 5 and _glued(word) is not None) or part_count(word) is not None)


_MAY_OPEN = _WordFlags(_may_open)
AIRCRAFT_FLIGHT = True
"""Switch: a sentence whose only event word is an aircraft noun ("طائرة مسيرة"، "الطيران الحربي"، "طائرات حربية")
with a verb of flight, approach, interception or downing beside it ("اقتربت المقاتلات من طائرتين مدنيتين"،
"اعترض الطيران الحربي طائرة"، "أسقطت قوات الجيش طائرة مسيرة"، "حلقت طائرات حربية فوق المدينة") tells aircraft
flying, not a strike: no frame. A strike word or a toll anywhere in the sentence keeps it."""
_AIRCRAFT_HEADS = rules.words("frames", "aircraft_heads")
_AIRCRAFT_FLIGHT_VERBS = rules.words("frames", "aircraft_flight_verbs")
_AIRCRAFT_FLIGHT_REACH = int(rules.number("frames", "aircraft_flight_reach"))
AIRCRAFT_DROP = True
"""Switch (pass 58, fixext58): in :data:`AIRCRAFT_FLIGHT`, a verb of dropping or throwing with a munition after it
("ألقت طائرات حربية براميل متفجرة على الحي"، "أسقطت طائرة مسيرة قنبلتين على الموقع"، "حلقت المقاتلات فوق البلدة
وألقت صواريخ على سوقها") tells a strike, not flight: the sentence keeps its frame. A munition carried by the aircraft
("أسقطت الدفاعات طائرة محملة بالمتفجرات") is no load dropped."""
_AIRCRAFT_DROP_VERBS = rules.words("frames", "aircraft_drop_verbs")
_AIRCRAFT_DROP_LOADS = rules.words("frames", "aircraft_drop_loads")
_AIRCRAFT_DROP_REACH = int(rules.number("frames", "aircraft_drop_reach"))
AIRCRAFT_STRUCK = True
"""Switch (pass 58, fixext58): in :data:`AIRCRAFT_FLIGHT`, a verb of striking anywhere in the sentence that is no
event word of its own there ("رصدت طائرة مسيرة تجمعا للمسلحين ثم استهدفته"، "أقلعت المقاتلات من القاعدة لتقصف
مواقع"، "طاردت طائرة مسيرة السيارة وضربتها بصاروخ") tells a strike, not flight: the sentence keeps its frame."""
_AIRCRAFT_STRIKE_VERBS = rules.words("frames", "aircraft_strike_verbs")


def _dropped_load(words: list[str]) -> bool:
    """True when a verb of dropping has a munition within reach after it (:data:`AIRCRAFT_DROP`); the munition's
    word bare or after "و" only (not "ب": a load carried, "محملة بالصواريخ")."""
    for v, w in enumerate(words):
        if bare_in(w, _AIRCRAFT_DROP_VERBS) and any(
                t in _AIRCRAFT_DROP_LOADS or (t[:1] == "و" and t[1:] in _AIRCRAFT_DROP_LOADS)
                for t in words[v + 1:v + 1 + _AIRCRAFT_DROP_REACH]):
            return True
    return False


def _flown_only(words: list[str], hits: list[tuple[int, int, str, str | None]], forms: frozenset[str]) -> bool:
    """True when every hit is an aircraft noun told with a verb of flight near it (:data:`AIRCRAFT_FLIGHT`), and
    no munition is dropped nor anything struck in the sentence (:data:`AIRCRAFT_DROP`, :data:`AIRCRAFT_STRUCK`).
    ``forms``: the sentence's word forms (:func:`~marsad.agent.offline.context.forms_of`). The hits are read first
    (most are no aircraft), the sentence's verbs by one set test each."""
    for i, _, c, _ in hits:
        if c != "airstrike" or not bare_in(words[i], _AIRCRAFT_HEADS):
            return False
        near = range(max(0, i - _AIRCRAFT_FLIGHT_REACH), min(len(words), i + 4))
        if not any(bare_in(words[y], _AIRCRAFT_FLIGHT_VERBS) for y in near if y != i):
            return False
    if AIRCRAFT_DROP and not _AIRCRAFT_DROP_VERBS.isdisjoint(forms) and _dropped_load(words):
        return False
    return not (AIRCRAFT_STRUCK and not _AIRCRAFT_STRIKE_VERBS.isdisjoint(forms))


SKIP_QUIET_TOKENS = True  # module flag, for A/B measurement only
"""Switch (speed only, the frames are the same): :func:`find_frames`' token loop visits only the words
:func:`_may_open` passes."""
_DEATH_CLOSE_WORD = _WordFlags(lambda w: bare_in(w, _DEATH_CLOSE))


DUAL_MEANS = True
"""Module switch (A/B measurement): the dual of a car bomb or of a suicide bomber ("انفجرت سيارتان مفخختان
يقودهما انتحاريان") tells its kind, as the singular does; before, two car bombs were an attack of no kind (other)."""


KIDNAP_CHAIN = True
"""Switch (A/B measurement and its tests): a kidnapping verb with a plural subject or an object pronoun
("اختطفوا"، "اختطفوها"، "خطفوه"; frames.json event_words) opens an event, except right after "ثم": "قتلوا أهلها ثم
اختطفوها" tells one more step of what a person lived through (a story, a biography), and in a news incident the
acts before it already tell the incident."""
_CHAIN_WORDS = frozenset({"ثم"})


def _token_kind(words: list[str], x: int, striker: bool = True, fire_next: bool = True) -> str | None:
    """The attack concept a token opens by itself (not the killing words), else None; ``striker`` False when an event
    word stands just before it ("تفجيرا استهدف دبابة": the event is the verb's subject, the tank its object)."""
    w = words[x]
    kind = next((_EVENT_WORDS[b] for b in bare(w) if b in _EVENT_WORDS), None)
    if kind == "kidnapping" and KIDNAP_CHAIN and x > 0 and words[x - 1] in _CHAIN_WORDS:
        kind = None  # "قتلوا زوجها ثم اختطفوها": a further act in a chain told of one person, not an incident of its own
    if kind is None and DUAL_MEANS:
        kind = next((_DUAL_MEANS[b] for b in bare(w) if b in _DUAL_MEANS), None)  # "سيارتان مفخختان"
    if kind is None:
        kind = _dual_toll(words, x)  # "الحصيلة الأولية للهجومين": the toll of the two incidents told before
    if kind is None:
        kind = _caused_dual(words, x)  # "سقط قتلى وجرحى في تفجيرين قرب ...": twin blasts, one incident
    if kind is None and DEFINITE_RELATIVE:
        kind = _relative_event(words, x)  # "التفجير الإرهابي الذي استهدف ..."
    if kind is None and SELF_BLAST and _self_blast(words, x):
        kind = "suicide_attack"  # "فجر انتحاريان نفسيهما"
    if kind is None and x + 1 < len(words):  # "إطلاق صواريخ"، "فتح النار"
        nxt = words[x + 1]
        kind = next((_EVENT_PAIRS[f"{b}_{nxt}"] for b in bare(w) if f"{b}_{nxt}" in _EVENT_PAIRS
                     and (DEFINITE_AIR or f"{b}_{nxt}" not in _DEFINITE_AIR)), None)
        if kind is not None and x > 0 and bare_in(words[x - 1], _LAUNCHERS) \
                and not any(b in _AIR for w in words[max(0, x - 5):x - 1] for b in bare(w)):
            kind = None  # "نشرت منصات إطلاق صواريخ": launchers ("دمرت مقاتلات التحالف منصة إطلاق صواريخ": a strike)
    if kind is None and bare_in(w, _TARGETED) and _from_the_air(words, x, before=True):
        kind = "airstrike"  # "واستهدف طيران التحالف مواقع ..."، "إن الطائرات الحربية استهدفت مواقع ..."
    if kind is None and striker and bare_in(w, _TARGETED):
        kind = _striker(words, x)  # "ومدفعية الجيش استهدفت تلالا ..."، "إن التحالف استهدف مقر القيادة"
    if kind is None and bare_in(w, _TARGETED):
        told = _targeted(words, x)
        kind = told[0] if told is not None else None  # "استهدف الحوثيون المطار بالصواريخ"، "استهدف مسلحون حاجزا"
    if kind is None and bare_in(w, _SEA_TARGETING) and _at_sea(words, x):
        kind = "attack"  # "استهدف زورق مفخخ سفينة"، "استهداف بارجة سعودية": an attack at sea
    if kind is None and any(b in _FIRE_VERBS or (FIRE_NEXT and b in _FIRE_VERBS_MORE) for b in bare(w)):
        # "فتح مسلحون النار على دورية"، "أطلق مجهولون الرصاص": one or two words (the subject) between; or none, the
        # subject told before the verb or in it ("مسلحون أطلقوا النار"، "قبل أن تطلق النار عليه")
        kind = next((_FIRE_OBJECTS[o] for o in words[x + 2:x + 4] if o in _FIRE_OBJECTS), None)
        if kind is None and FIRE_NEXT and x + 1 < len(words) and _FIRE_OBJECTS.get(words[x + 1]) == "armed_assault" \
                and fire_next and not _fire_answered(words, x):
            kind = "armed_assault"  # (gunfire only: "ألقى براميل" at once is told with the strike's own words)
    if kind is None and ARSON and bare_in(w, ARSON_VERBS) and _arson(words, x):
        kind = "other"  # "أضرم مستوطنون النار في مسجد"، "أحرق مسلحون مجهولون مطابع صحيفة"
    if kind is None and bare_in(w, _LAUNCH) and _launch(words, x):
        kind = "shelling"  # "تبنيهما إطلاق عشرات الصواريخ"، "صواريخ أُطلقت من غزة"
    if kind is None and (bare_in(w, _HEADING) and _headed(words, x) or _another_headed(words, x)):
        kind = "shelling"  # "اعتراض صاروخ كان متجها نحو جازان وآخر نحو نجران": projectiles on their way to places
    if kind is None and STAB and _stab(words, x):
        kind = "armed_assault"  # "طعن رجل ثلاثة أشخاص"، "هجوم بسكين": a stabbing
    if kind is None and RAM and _ram(words, x):
        kind = "armed_assault"  # "دهست سيارة مجموعة تضم جنودا": a ramming
    if kind is None and INFILTRATION and _infiltration(words, x):
        kind = "armed_assault"  # "تصدى الجنود لمحاولة تسلل نحو نقاطهم": a repelled infiltration attempt
    if kind is None and POISON:
        kind = _poison(words, x)  # "محاولة تسميم ضابط الاستخبارات السابق في لندن": a poisoning of a person
    if kind is None and FALLEN_PROJECTILE and _fallen_projectile(words, x):
        kind = "shelling"  # "وأوضح أن المقذوف سقط على منزل"
    if kind is None and LIQUIDATION and _liquidation(words, x):
        kind = "assassination"  # "تمت تصفية قيادي في الجماعة"
    if kind is None and STRIKE_VERB and _strike_verb(words, x):
        # "ضرب الجيش مواقع المسلحين"; a striking subject tells its kind ("دكت المدفعية مواقع ...": shelling)
        kind = "airstrike" if _from_the_air(words, x, before=True) else (STRIKER_KIND and _striker(words, x)) or "attack"
    if kind is None and DESTROYED_BY:
        kind = _destroyed_by(words, x)  # "دمرت الطائرات الحربية شاحنات ..."، "تمكنت المروحيات من تدمير العربات"
    if kind is None and bare_in(w, _WOUNDED):
        kind = _wounding(words, x)  # "وأصيب آخر بالرصاص"، "أصيب شخص برصاص قوات الاحتلال"
    if kind is None:
        toll = next((_TOLL_EVENTS[b] for b in bare(w) if b in _TOLL_EVENTS), None)
        if toll is not None and (_toll_near(words, x, x + 1) or _toll_caused(words, x) or (
                toll == "armed_assault" and bare_in(w, _BATTLE_NOUNS) and _battle_toll_after(words, x))):
            kind = toll  # "المعارك خلفت قتلى وجرحى"
    if kind is None and bare_in(w, _BODY_WORDS) and any(
            b in _BODY_FOUND for v in words[max(0, x - 3):x] for b in bare(v)) and any(
            b in _BODY_KILLED for v in words[x + 1:x + 10] for b in bare(v)):
        kind = "attack"  # "عثر على جثث أربعة أشخاص مقتولين": bodies found killed
    return kind


DAY_ASIDE = True  # module flag, for A/B measurement only
"""Switch: a day set off by commas between a toll and the means told as its cause ("لقي 20 عنصرا من الميليشيا مصرعهم،
الخميس، في قصف مدفعي"), or the close of the idiom "لقي ... مصرعه" set off so, does not part them: the toll joins the
strike's frame. Apart, the toll of fighters stood alone (read as a security operation's result and dropped) and the strike
had no toll."""
_DEATH_CLOSE = rules.words("frames", "death_close")
NAME_ASIDE = True
"""Switch (A/B measurement): a victim's name set off by commas after his title ("بمقتل القيادي الحوثي، فلان الفلاني،
في غارة للتحالف") does not part the death from the means told as its cause, as a day set off so does not
(:data:`DAY_ASIDE`): the man is the strike's one named victim."""


LANDMINE = True  # module flag, for A/B measurement only
"""Switch: an explosion told of a landmine right after it ("انفجار لغم أرضي"، "بانفجار لغم حوثي") is of type ied (the
annotation guidelines: a landmine is an IED); before, with no planting verb right after the mine, its type stayed other."""
_LANDMINE_ENTRIES = frozenset({"landmine"})


SPAN_MARK = True  # module flag, for A/B measurement only
"""Switch: an event told after a span mark that follows another event of its sentence ("يأتي التفجير بعد ثلاثة أشهر من هجوم
دام على فندق ... قتل فيه 12"، "قصفت الطائرات مواقع ... بعد ثلاثة أيام على تفجير ..."، "قتل 9 غداة تفجيرين") is an earlier
event than that one: the two no longer share a frame, the sentence is cut at the mark, and the later frame keeps the mark
(``after_mark``) so :mod:`attacks_dates` tells it as past context. Before, the news event took the earlier one's toll
and doer. A span of minutes or hours parts nothing ("انفجرت سيارة ثانية بعد دقائق من الأولى": one attack's blasts)."""
_TURN_OPENERS = rules.words("frames", "turn_openers")


BOMB_BLAST = True
"""Switch (A/B measurement and its test): a blast told with its bomb right after it ("بانفجار قنبلة"، "انفجار عبوة")
or glued to it ("انفجارعبوة ناسفة") is an IED's (type ``ied``); a hand, sound or smoke grenade ("قنبلة يدوية"،
"قنبلة صوتية") is not (its type is left untold). Before, only a landmine's or a planted bomb's blast had the type."""


MISSILE_BLOW = True
"""Switch (pass 40; on, off only to measure it): "ضربة"/"ضربات" told with a missile adjective within three words after
it ("ضربة صاروخية"، "ضربة الحوثيين الصاروخية") is a missile strike, ``shelling`` (guidelines: rockets and missiles),
not an air strike; an air word beside it ("ضربة جوية صاروخية") keeps it an air strike."""


ADVERB_AFTER_COMMA = True
"""Switch (pass 44, A/B measurement and its tests): a comma followed by a place or time phrase ("قتل المسلحون 30
أسيرا، في معسكر قرب البلدة، في مارس قبل عامين، بينما قضت محكمة بسجن 12") sets off the first event's own adverbials,
not the next event's: the sentence is split at a later comma that opens another clause
("فيما"، "بينما"، a verb), when there is one before the next event word."""


CARRIED_CLAUSE = True
"""Switch (pass 42; on, off only to measure it): a later event opened by "كما" and its verb, with a count or a subject
between ("شنت المقاتلات غارات في محيط المدينة، دمرت مستودعات، كما شنت الطائرات ست غارات في محيط البلدة ..."),
starts at "كما": what the earlier clause goes on to say after its place (the object of its second verb) stays in the
earlier event's frame. Before, the first comma after the earlier event cut the sentence, so that object went to the
later event.
"""


def find_frames(ctx: DocContext, si: int) -> list[Frame]:
    """The event frames of sentence ``si``, in order."""
    s = ctx.sentences[si]
    hits: list[tuple[int, int, str, str | None]] = []
    battles: list[tuple[int, int, str, str | None]] = []  # fighting told taking place with no toll (_battle_occurred)
    for g in ctx.glossary[si]:
        concept = g.entry.get("concept")
        atype = g.entry.get("attack_type")
        if concept is None and g.entry.id in _CONTEXT_EVENTS:
            concept = _CONTEXT_EVENTS[g.entry.id]
            atype = None if concept == "attack" else concept
            if MISSILE_BLOW and concept == "airstrike" and _missile_blow(s.words, g.i, g.j):
                concept = atype = "shelling"  # "ضربة صاروخية"، "ضربة المتمردين الصاروخية": a missile strike
        elif concept is None and g.entry.id in _GROUP_EVENTS and ctx.actors_in(si, g.j, g.j + 4, {"armed_group"}):
            concept = "attack"  # "لهجوم شنته حركة طالبان": an armed group's offensive is an attack
        toll_kind = _TOLL_CONCEPTS.get(concept or "") or _TOLL_CONCEPTS.get(g.entry.id)
        if concept not in _ATTACK_CONCEPTS and toll_kind and (
                _toll_near(s.words, g.i, g.j) or _toll_caused(s.words, g.i)
                or (OPERATION_TOLL_AFTER and _battle_toll_after(s.words, g.j - 1))):
            concept = toll_kind  # "عملية عسكرية أسفرت عن مقتل 12": an operation told with its toll
            atype = None if toll_kind == "attack" else toll_kind
        if SNIPER_VICTIM and concept == "sniper" and g.j == g.i + 1 and _sniper_victim(s.words, g.i):
            continue  # "وقتلت القوات قناصا"، "مقتل قناص": the sniper is the one killed, not the kind of attack
        if PRONOUN_BLOW and concept in _ATTACK_CONCEPTS and g.j == g.i + 1 and _pronoun_blow(s, g.i):
            continue  # "الاعتداء عليه بضربه": beating him (the verbal noun and "ه"), not a strike ("ضربة")
        if FOREIGN_BODY and concept == "ied" and _foreign_body(s.words, g.i, g.j):
            continue  # "يعاني من ابتلاع جسم غريب": a medical case, no device
        if MINEFIELD and concept == "ied" and g.i > 0 and bare_in(s.words[g.i - 1], _MINEFIELD_HEADS):
            continue  # "وحقول ألغام قرب المدينة": a field of mines, no bombing
        if concept in _ATTACK_CONCEPTS and g.i > 0 and s.words[g.i - 1] in _AMONG_THE_DEAD:
            continue  # "قتل 15 عنصرا بينهم قناص": a victim named among the dead, not the kind of attack
        if DESTROYED and concept in _DESTROYED_DEVICES and g.i > 0 and any(
                b in _DESTROYED for b in bare(s.words[g.i - 1])):
            continue  # "وتدمير سيارة مفخخة": a device destroyed, the strike's object
        if concept == "explosion" and g.j < len(s.words) and bare_in(s.words[g.j], _FIGURATIVE_BLASTS):
            continue  # "انفجار ثورة جديدة"، "انفجار الأوضاع"، "انفجار سكاني": an outbreak, no blast
        if concept in _ATTACK_CONCEPTS:
            hits.append((g.i, g.j, concept, atype if concept not in {"attack", "explosion"} else None))
    if LANDMINE:  # "قتل 3 مدنيين في انفجار لغم أرضي": the blast of a landmine is an IED's
        mines = {g.i for g in ctx.glossary[si] if g.entry.id in _LANDMINE_ENTRIES}
        hits = [(i, j, c, "ied") if c == "explosion" and t is None and j in mines else (i, j, c, t)
                for i, j, c, t in hits]
    words = s.words
    positions = compress(range(len(words)), map(_MAY_OPEN.__getitem__, words)) if SKIP_QUIET_TOKENS \
        else range(len(words))  # (only the words that may open a frame: the loop passes every other word by)
    for x in positions:
        w = words[x]
        if any(h[0] <= x < h[1] for h in hits):
            continue
        if w in _ONE_OF_PLURALS and x > 0 and s.words[x - 1] in _ONE_OF_HEADS:
            # "وضرب أعنف الهجمات دموية حيا شماليا، حيث قتل 12": the deadliest of them, one incident
            hits.append((x, x + 1, _ONE_OF_PLURALS[w], None))
            continue
        if SUICIDE_DEFINITE and w in _SUICIDE_ADJECTIVES and _suicide_told(s.words, x):
            # "الهجوم الانتحاري": the noun's own frame gets the kind the indefinite "هجوم انتحاري" has
            at = next((k for k, h in enumerate(hits) if x - 2 <= h[1] - 1 < x and h[3] is None), None)
            if at is not None:
                hi, hj, hc, _ = hits[at]
                hits[at] = (hi, max(hj, x + 1), hc, "suicide_attack")
            continue
        if PLANTED_BOMB and w in _BOMB_NOUNS and any(v in _PLANTED for v in s.words[x + 1:x + 3]):
            at = next((k for k, h in enumerate(hits) if h[1] == x and h[2] == "explosion" and h[3] is None), None)
            if at is not None:  # "انفجار قنبلة زرعها مسلحون": the blast's own frame gets the kind
                hi, _, hc, _ = hits[at]
                vehicle = any(b in _BOMB_VEHICLES for v in s.words[x + 2:x + 6] for b in bare(v))
                hits[at] = (hi, x + 1, hc, "car_bomb" if vehicle else "ied")
                continue
        if DUAL_KILLED and w in _DUAL_KILLED and _dual_subject(s.words, x):
            hits.append((x, x + 1, "killed", None))  # "إن شخصين قتلا وأصيب 13 آخرون"
            continue
        if w in _PRONOUN_KILL_FORMS and (pronoun_kill(s.words, x) or armed_pronoun_kill(s, x)):
            hits.append((x, x + 1, "killed", None))  # "الشاب الذي قتله جنود الدورية"، "ثم قتلها مسلحون مجهولون"
            continue
        if w in UNCOUNTED_TOLL_NOUNS:
            told = uncounted_toll(s.words, x)  # "عدد من الشهداء والجرحى": an uncounted toll
            if told is not None:
                hits.append((x, x + 1, told, None))
            continue
        if w in _DEATH_NOUNS and _protest_death(s, x):
            hits.append((x, x + 1, "killed", None))  # "وفاة 15 متظاهرا خلال تظاهرات": the protest's dead
            continue
        if w not in _TOKEN_TRIGGERS and not part_trigger(w) \
                and not (INFILTRATION and w in _INFILTRATION_SURFACES):  # (a count opens a part of a salvo: COUNTED_PARTS)
            kind = _glued(w) if len(w) > 5 else None  # (one set test per token: most open no frame)
            if kind is not None:
                hits.append((x, x + 1, kind, None if kind in {"attack", "explosion"} else kind))
            continue
        if w in _KILLED_SURFACES:
            hits.append((x, x + 1, "killed", None))
            continue
        kind = _token_kind(s.words, x, striker=not any(x - 2 <= h[1] <= x for h in hits),
                           fire_next=not (FIRE_GOES_ON and hits and (
                               w[:1] in {"و", "ف"} or (x > 0 and s.words[x - 1] in _WAS_DOING))))
        if STRIKER_PAST_ASIDE and kind == "attack" and (bare_in(w, _STRIKE_VERBS) or bare_in(w, _TARGETED)) \
                and not _from_the_air(s.words, x, before=True):
            kind = _striker_past_aside(s, x) or kind  # "إن راجمات اللواء، وللمرة الأولى منذ عام، بدأت تدك ..."
        if kind is None and (bare_in(w, _BATTLE_NOUNS) or _armed_confrontation(ctx, si, x)) \
                and _battle_occurred(s.words, x):
            battles.append((x, x + 1, "armed_assault", "armed_assault"))  # "ودارت معارك عنيفة في الجبهة"
            continue
        if kind is None and x > 0 and s.words[x - 1] in _CONTINUATION and bare_in(w, _TARGETED):
            # "قصفت طائرات التحالف مخازن ...، كما استهدفت مناطق منها ...": the strike told before goes on
            kind = next(("airstrike" if c == "shelling" and _from_the_air(s.words, j - 1) else c
                         for _, j, c, _ in reversed(hits) if c in {"airstrike", "shelling"}), None)
        if kind is not None:
            told = _targeted(s.words, x) if bare_in(w, _TARGETED) else None
            end = told[1] if told is not None and told[0] == kind else x + 1  # the means' own event word joins it
            hits.append((x, end, kind, None if kind in {"attack", "explosion"} else kind))
    if INTERCEPTED and not hits and not battles:
        at = _intercepted(words)
        if at is not None:  # "اعترضت الدفاعات الجوية صاروخا باليستيا في سماء المدينة": a missile fired at it
            hits.append((at, at + 1, "shelling", "shelling"))
    toll_at = -1
    if TOLL_UPDATE_FRAME and not battles and (not hits or UPDATE_NOUN_ONLY and all(
            c == "killed" and i == j - 1 and s.words[i] in _UPDATE_DEAD_AFTER for i, j, c, _ in hits)):
        # "ثم ارتفعت حصيلة القتلى إلى تسعة": a revised toll of the dead names no event word; it is the toll of the
        # incident told before it (attacks_clusters joins it there), told as its own frame of killing
        from marsad.agent.offline.casualties_updates import _updated_total

        total = _updated_total(s.words, 0, len(s.words))
        concept = "killed"
        if WOUNDED_UPDATE_FRAME and not hits and (total is None or total.value is None):
            # "وارتفع عدد الجرحى إلى 45": the revised toll of the wounded, a frame of no told kind (not of killing:
            # with no dead counted it would be dropped as a death with no count)
            total, concept = _updated_total(s.words, 0, len(s.words), wounded=True), "attack"
        if total is not None and total.value is not None and total.start > 0 and all(i == total.end for i, *_ in hits):
            hits = [(total.start - 1, total.start, concept, None)]  # ("ارتفعت الحصيلة إلى 10 قتلى": not its noun)
            toll_at = total.start - 1
    # a sentence of fighting with no toll and no other event tells that fighting; beside another event it is the
    # setting of that event, and it does not cut that event's frame
    if AIRCRAFT_FLIGHT and hits and _flown_only(words, hits, forms_of(s)):
        hits = []  # "اعترض الطيران الحربي طائرتين مدنيتين": aircraft flying, no strike
    told_battle = not hits and bool(battles)
    if told_battle:
        hits = battles
    if BOMB_BLAST:  # "بانفجار قنبلة في قرية ..."، "في انفجارعبوة ناسفة": the blast of a bomb is an IED's
        hits = [(i, j, c, "ied") if c == "explosion" and t is None and _bomb_blast(s.words, i, j) else (i, j, c, t)
                for i, j, c, t in hits]
    # "قصفت طائرات التحالف": shelling from the air is an air strike
    hits = [(i, j, "airstrike", "airstrike") if c == "shelling" and _from_the_air(s.words, j - 1) else (i, j, c, t)
            for i, j, c, t in hits]
    hits.sort()
    frames: list[Frame] = []
    # "لقي 20 عنصرا من الميليشيا، مصرعهم، الخميس، في قصف مدفعي": the close of the toll's idiom and a day set off by
    # commas between a toll and its cause cut nothing
    asides = ({d.i for d in ctx.dates[si]} | set(compress(range(len(s.words)), map(_DEATH_CLOSE_WORD.__getitem__, s.words)))
              ) if DAY_ASIDE and hits else set()  # (read only for the hits below: most sentences have none)
    if NAME_ASIDE and len(hits) > 1:
        asides |= _name_asides(ctx, si)
    update_noun = -1  # the counted noun right after a revised toll's figure ("ارتفعت حصيلة قتلى ... إلى 9 قتلى")
    if UPDATE_NOUN_JOINS and any(c == "killed" for _, _, c, _ in hits):
        from marsad.agent.offline.casualties_updates import _updated_total

        revised = _updated_total(s.words, 0, len(s.words))
        if revised is not None and revised.value is not None:
            update_noun = revised.end
    spans = _span_marks(s.words) if SPAN_MARK and len(hits) > 1 else []
    if spans and any(_anchor_only(s.words, i, j, spans) for i, j, *_ in hits[:1]) and any(
            i >= spans[0][1] for i, *_ in hits[1:]):
        hits = hits[1:]  # "يأتي التفجير بعد ثلاثة أشهر من هجوم ...": the news named only as the time the earlier one is told from
        anchor_mark = spans[0][0]  # (what follows the mark is still the earlier event)
    else:
        anchor_mark = None
    relative_at = {i for i, *_ in hits if DEFINITE_RELATIVE and _relative_event(s.words, i)}  # (rarely any)
    for i, j, concept, atype in hits:
        mark = next((x for x, end in spans if frames and frames[-1].j <= x and end <= i), None)
        if not frames and anchor_mark is not None:
            mark = anchor_mark
        if mark is not None:  # "يأتي التفجير بعد ثلاثة أشهر من هجوم ...": an earlier event, a frame of its own
            f = Frame(si, i, j, 0, len(s.tokens), after_mark=mark)
            frames.append(f)
            _add_concept(f, concept, atype)
            continue
        if frames and i == update_noun and concept == "killed" and frames[-1].i < i:
            frames[-1].j = max(frames[-1].j, j)  # the revised toll's own noun: the update's frame goes on (its
            continue  # wounded told after it are that frame's too: "... إلى 9 قتلى وأصيب 31 شخصا")
        consequence = concept == "killed" and any(
            b in _CONSEQUENCE or caused_word(b) for w in s.words[max(0, i - _consequence_reach(s.words, i)):i]
            for b in bare(w))
        # ("، ما أسفر عن"، "، ما أدى إلى"، "، ما تسبب في")
        casualty_follow = (concept == "killed" or (frames and set(frames[-1].concepts) == {"killed"})) and frames \
            and i - frames[-1].j <= (_CONSEQUENCE_GAP if consequence else 10) and (consequence or not any(
                s.tokens[t].clause_start for t in range(frames[-1].j + 1, i + 1)) and not (
                concept == "killed" and foiled_before(s.words, frames[-1].i, any(
                    s.tokens[t].clause_start for t in range(frames[-1].j, i + 1)))))  # (a foiled plot's "، مشيرة إلى مقتل")
        if not casualty_follow and concept == "killed" and frames and frames[-1].i in relative_at \
                and frames[-1].after_mark < 0 and i - frames[-1].j <= _CONSEQUENCE_GAP:
            casualty_follow = True  # "التفجير الذي استهدف نقطة في مدينة كذا وقتل فيه أربعة": the toll told in its clause
        place_between = frames and any(frames[-1].j <= m.i < i for m in ctx.places_in(si, 0, len(s.words)))
        # "تكبدت عشرات القتلى ... في تلال مديرية كذا بقصف مدفعي": the toll's cause, told after its place
        # (a specific means only: "قتل 5 ... في هجمات" is a round-up's total, told apart from its incidents)
        cause_of_toll = frames and set(frames[-1].concepts) == {"killed"} and concept not in {"killed", "attack", "explosion"} \
            and i - frames[-1].j <= _CAUSE_GAP and _told_as_cause(s.words, i) \
            and not any(s.tokens[t].clause_start and t not in asides
                        for t in range(frames[-1].j, i - 1))  # (a comma may set the cause off, and a day)
        if frames and (cause_of_toll or not (place_between and concept != "killed")) and (
                cause_of_toll or casualty_follow or (i - frames[-1].j <= 4 and not any(
                    s.tokens[t].clause_start for t in range(frames[-1].j, i + 1)))):
            f = frames[-1]
            f.j = max(f.j, j)
        else:
            f = Frame(si, i, j, 0, len(s.tokens))
            frames.append(f)
        _add_concept(f, concept, atype)
    for a, b in zip(frames, frames[1:], strict=False):
        if a.after_mark >= 0 and b.after_mark < 0 and not any(
                w in _TURN_OPENERS or w in _CONTINUATION for w in s.words[a.j:b.i]):
            b.after_mark = a.after_mark  # "غداة قتل شرطيين ... ردا على هجوم ...": the earlier story goes on
    for f in frames:
        f.battle_told = told_battle
        f.toll_only = TOLL_UPDATE_FRAME and f.i == toll_at
    for fx, f in enumerate(frames):  # "تعرضت منطقة الحميرة للقصف": the strike told of what underwent it, named first
        x = _underwent(s.words, f.i, lambda t: s.tokens[t].clause_start)
        if x is not None and (fx == 0 or frames[fx - 1].j <= x) and (
                ctx.places_in(si, x + 1, f.i) or any(b in PLACE_NOUNS for w in s.words[x + 1:f.i] for b in bare(w))):
            f.i = x  # (only a place named between: "تعرض لضربة عنيفة"، "احتمال تعرض المصالح لعملية" are left as told)
    for a, b in zip(frames, frames[1:], strict=False):
        # split the sentence between two events at the first clause break after the first, else midway; before a
        # strike carried on by "كما" ("قصفت الطائرات مستودعات ... في منطقة كذا، كما ضربت قرى ..."), at it
        cut = b.after_mark if b.after_mark >= a.j else None  # "... بعد ثلاثة أشهر من هجوم": at the mark
        if cut is None and b.i - 1 > a.j and s.words[b.i - 1] in _CONTINUATION:
            cut = b.i - 1
        if cut is None and CARRIED_CLAUSE:
            cut = _carried_clause(s, a.j, b.i)
        if cut is None:
            # (a toll told first keeps the break: "أصيب حارسان، الجمعة، بقذيفة هاون" has its cause after the day)
            days = _inserted_days(s) if INSERTED_DAY and {"killed", "injured"}.isdisjoint(a.concepts) else {}
            # (the comma closing the day stays a break when the next event follows it: "هاجم مسلحون، السبت، بعبوة")
            cut = next((t for t in range(a.j, b.i) if s.tokens[t].clause_start
                        and not (t in days and (days[t] is None or b.i - t > _INSERTED_DAY_NEXT))
                        and not (ADVERB_AFTER_COMMA and _adverbial_comma(s, t, b.i))), None)
            if cut is None and days:  # (no later break: the day's comma stays the break, as before)
                cut = next((t for t in range(a.j, b.i) if s.tokens[t].clause_start), None)
        if cut is None:
            cut = next((t for t in range(a.j + 1, b.i) if s.words[t] in _EVENT_SEPARATORS), None)
        if cut is None and any(a.j <= m.i < b.i for m in ctx.places_in(si, 0, len(s.words))):
            cut = b.i  # "بهجوم في صلاح الدين وانفجار عبوة في الأنبار": each place follows its own event
        if cut is None:
            rel = next((t for t in range(b.i - 1, a.j - 1, -1) if s.words[t] in REL_PRONOUNS or s.words[t].startswith("وعائل")), None)
            cut = rel if rel is not None else (a.j + b.i) // 2
        a.hi = cut
        b.lo = cut
    # "اقتحم مستوطنون المسجد الأقصى": an entry under guard, no attack; another event of the sentence stays, cut from it
    return [f for f in frames if not incursion_trigger(s.words, f.i)]


