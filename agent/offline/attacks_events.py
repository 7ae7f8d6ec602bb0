"""The events of an article: each frame of an attack word read into one event (or one per place listed).

A frame makes no event when it is a truce, a court case, a figure of speech ("هجوما لاذعا"، "بمثابة ضربة")، an
accidental blast, an animal's attack, a sports story's play, a security operation's result, a death with no count or
no violence, research, footage, a campaign's running toll, a round-up's sum, talk of attacks in general
(prevention, habit, trend), a denial, a threat, mines laid or cleared, or a suicide. A frame that refers back to
attacks told before ("هذه الغارات"، "الحملة") is marked so, and one with no place, toll or day is not anchored.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from marsad.agent.numbers import Quantity, read_quantity
from marsad.agent.offline import attacks_cues as _cues
from marsad.agent.offline import rules
from marsad.agent.offline.attacks_cues import (
    _DEFINITE_SINGULARS,
    VIOLENCE_DUALS,
    _after_that,
    _blow,
    _causes_toll,
    _denied,
    _indefinite_dual,
    _judged_crime,
    _killed_by_force,
    _parts,
    _place_aside,
    _roundup_after,
    _second_killing,
    _sports_story,
    _threat_or_foiled,
    _told_by_cause,
    _toll_of,
    _toll_update,
    _unmistakable,
    _violence_before,
    _violent,
    _within_marks,
    other_event_marks,
    over_recent_span,
)
from marsad.agent.offline.attacks_dates import (
    _REPORT_VERBS,
    _SPEECH_NOUNS,
    CLAUSE_OPENERS,
    _background,
    _date,
    _history,
    _is_report_date,
    _stale,
    clause_opens,
    since_date,
    speech_day,
)
from marsad.agent.offline.attacks_places import (
    _aside,
    _known_list,
    _ordinal_parts,
    _place,
    _reference_point,
    _several_places,
    fired_from_toward,
)
from marsad.agent.offline.casualties import INJURED, KILLED, REL_PRONOUNS, casualties
from marsad.agent.offline.context import DateHit, DocContext, bare, bare_in, sentence_nisbas
from marsad.agent.offline.context_place import MIN_SHARE as _MIN_SHARE
from marsad.agent.offline.context_place import context_place
from marsad.agent.offline.frames import Frame, find_frames
from marsad.agent.offline.frames_readers import (
    headed_aim,
    part_aim,
    poisoning,
    relative_toll_event,
    salvo_parts,
    salvo_told,
)
from marsad.agent.offline.locations import BORDER_WORDS, Place, named_settlement, place_at, same_area
from marsad.agent.offline.mentions import DIRECTIONS, Mention
from marsad.agent.offline.merge import window_span
from marsad.agent.offline.named_places import head_conjunct, known_place_name, mixed_dual, named_places, within
from marsad.agent.offline.roles import perpetrator, target, weapons
from marsad.agent.offline.roles_losses import admits_losses
from marsad.agent.offline.roles_sides import told_after_battle
from marsad.agent.offline.scope import (
    PLURAL_EVENTS,
    conditioned_after,
    documents_before,
    foreign_places,
    has_phrase,
    is_aggregate,
    is_analysis,
    is_ceasefire,
    is_court,
    is_footage,
    is_hypothetical,
    is_non_incident,
    is_period_total,
    is_roundup_total,
    is_spanned_total,
    is_statistic,
    named_sea,
    phrase_table,
    reports_a_period,
    since_start,
    so_far_total,
)
from marsad.agent.offline.vocab import PLACE_NOUNS
from marsad.core.arabic import normalize

_PREVENTION = rules.words("attacks", "prevention")

SPAN_OF_PROTESTS = True
"""Module switch (A/B measurement): a toll told over a run of protests or a month ("قتل 43 خلال الاحتجاجات"، "خلال
مسيرات العودة"، "خلال شهر يونيو") with no day of its own -- a day only as the run's start or end ("بدأت في 30 مارس"،
"المقرر أن تنتهي يوم 15") -- is a period total, not one incident; a day of its own keeps it ("خلال مظاهرات اندلعت
الجمعة")."""
FIGURATIVE_SEIZURE = True
"""Module switch (A/B measurement): a seizure word whose object is a thing, an office or a result -- not people
("اختطاف مؤسسات الدولة"، "اختطاف المساعدات الإغاثية"، "خطف فوزا صعبا"، "اختطف أبناء السنة لتحقيق أهدافه") -- is
said in a figure (or of goods), no kidnapping; a vehicle or a plane seized stays one."""
_SEIZED_THINGS = rules.words("attacks", "seized_things")
_SEIZE_REACH = 3


def _seized_thing(words: list[str], j: int, hi: int) -> bool:
    """True when the object after a kidnap word, past a coordinated verb or the verb's subject ("اختطاف واحتجاز
    المساعدات"، "خطف الفريق فوزا"), is a thing; a number or a preposition first ends the search."""
    for y in range(j, min(hi, j + _SEIZE_REACH, len(words))):
        w = words[y].lstrip("#")
        if w in _SEIZED_THINGS:
            return True
        if w in _SEIZE_STOPS or any(c.isdigit() for c in w):
            return False
    return False


_SEIZE_STOPS = rules.words("attacks", "seize_stops")


_SPAN_EVENTS = rules.words("attacks", "span_events")
_SPAN_MONTHS = rules.words("attacks", "span_months")
_SPAN_BOUNDS = rules.words("attacks", "span_bounds")
_SPAN_MIN_TOLL = 3
"""A run's total counts several; one or two dead told "خلال التظاهرات" are that day's victims ("مقتل شاب خلال التظاهرات")."""


def _over_a_span(ctx: DocContext, si: int, lo: int, hi: int) -> bool:
    """True when the clause [lo, hi) tells its toll "خلال" a run of protests or a month, and the sentence has no day
    of its own (a day told as the run's start or end is not one)."""
    words = ctx.sentences[si].words
    span = next((x for x in range(lo, min(hi, len(words)) - 1) if words[x] == "خلال" and (
        words[x + 1].lstrip("#") in _SPAN_EVENTS or words[x + 1] in _SPAN_MONTHS)), None)
    if span is None:
        return False
    return not any(d.resolved.precision == "day" and not any(
        b in _SPAN_BOUNDS for w in words[max(0, d.i - 3):d.i] for b in bare(w)) for d in ctx.dates[si])
_TREND = rules.words("attacks", "trend")
_TREND_AFTER = phrase_table(rules.words("attacks", "trend_after"))
"""Verbs of a trend told after a definite attack word ("الاشتباكات ... تكثفت في الأشهر الأخيرة"): a trend, not an event."""
_HABIT_PHRASES = phrase_table(rules.words("attacks", "habit"))
"""Words and phrases of a habit ("عادة"، "كالعادة"، "بشكل متكرر"، "بين الحين والآخر"), matched as whole tokens: "استعادة"
(recapture) holds the letters of "عادة" and is no habit."""
_HABIT_VERBS = rules.words("attacks", "habit_verbs")
_HABIT_NEAR = rules.words("attacks", "habit_near")
REPEATED_RUN = True
"""Switch (pass 47, A/B measurement and its test): adverbs of repetition (``habit_near``: "مرارا"، "تكرارا") in the
three words before the attack noun or inside its trigger ("تعرضت المدينة مرارا لهجمات صاروخية") tell the attacks as
a repeated run, not one incident. Only there: "أكدت الحكومة مرارا أن ... وآخرها صاروخ أطلق مساء الأحد" repeats the
saying, not the attack."""
_CONTINUITY = phrase_table(rules.words("attacks", "continuity_adverbs"))
_CONTINUING = rules.words("attacks", "continuing_verbs")
"""An imperfective verb of going on ("تواصل"، "يواصل"، "تستمر") with an adverb of continuity in its clause
("بشكل متواصل"، "بصورة مستمرة"، "يوميا"): "تواصل المقاتلات غاراتها على مواقعهم بشكل متواصل" tells a campaign that goes
on, not one strike; a past verb with the adverb ("قصفت المدفعية البلدة بشكل متواصل طوال الليل") is one night's."""
CONTINUING = True  # module flag, for A/B measurement only
RELATIVE_HABIT = True
"""Switch (pass 47, A/B measurement and its test): a definite plural attack noun or the mass noun "القصف", whose first
relative pronoun within ``_RELATIVE_REACH`` words after it (past its adjectives) opens an imperfect verb of carrying out attacks
(``habit_verbs``: "القصف العشوائي الذي يشنه المسلحون على الأحياء"، "الغارات التي تشنها المقاتلات على المدينة"), tells
the attacks as what a side keeps doing, as a habit verb before the noun does: with no toll, no incident. A singular
noun ("الهجوم الذي يشنه الجيش على البلدة": an offensive under way) is left to the other checks."""
_MASS_SHELLING = frozenset({normalize("القصف")})
_RELATIVE_REACH = 5


def _relative_habit(words: list[str], f: Frame) -> bool:
    """True when the frame's attack noun is told in an imperfect relative clause of doing (:data:`RELATIVE_HABIT`)."""
    if not RELATIVE_HABIT or not any(b in _DEFINITE_PLURALS or b in _MASS_SHELLING
                                     for t in words[f.i:f.j] for b in bare(t)):
        return False
    for x in range(f.j, min(f.hi, f.j + _RELATIVE_REACH, len(words) - 1)):
        if words[x] in REL_PRONOUNS:
            return bare_in(words[x + 1], _HABIT_VERBS)
    return False
_FIGURATIVE = rules.words("attacks", "figurative_after")
"""Adjectives that make an attack word verbal ("هجوما لاذعا"، "هجوما كلاميا")."""
_FIGURATIVE_BEFORE = rules.words("attacks", "figurative_before")
"""Verbs that make the attack word after them a figure ("شكل ضربة لـ"، "يعد ضربة"): a blow, not a strike."""
CLITIC_FIGURE = True  # module flag, for A/B measurement only: the figure verb also with و/ف before an indefinite
# attack word ("وتمثل هجوما على البلاد"); "ويعد القصف الأول من نوعه" names the strike told before
_SIMILE = rules.words("attacks", "simile_before")
"""Words of likeness up to two tokens before an attack word ("ما يشبه هجمات انتحارية"، "بمثابة ضربة"): a likeness,
not an attack."""
SIMILE = True  # module flag, for A/B measurement only
_FIGURATIVE_SPEECH = rules.words("attacks", "figurative_speech")
"""Speech nouns just before a bare attack word ("شن في مقابلة هجوما"، "في كلمته هجوما"): the attack is verbal."""
_WORD_PEOPLE = rules.words("attacks", "word_people")
"""People whose attacks are words (a writer, a journalist, a preacher, a commentator)."""
_OWNED_ATTACKS = rules.words("attacks", "owned_attack_nouns")
"""An attack noun with its owner's pronoun ("هجومه"، "هجماتها")."""
AUTHORED_ATTACK = True
"""Switch (pass 60, A/B measurement and its tests): an attack word whose doer is a person of words is verbal: the
person right after it ("هجوم الكاتب على الوزارة") or, for an attack noun owned by a pronoun ("وهجومه على البلاد"), told
before it in the sentence, not as its object nor as the speaker of a clause ("ما كتبه الناقد ... وهجومه على"). Only a frame that tells nothing
but the attack word (no toll, no blast)."""
_AUTHOR_REACH = 10
_OBJECT_MARKS = frozenset({"علي", "ضد"})
_REPORTED = frozenset({"ان", "انه", "انها"})
"""A clause the person reports ("قال الصحفي إن مسلحين نفذوا هجومهم"): the attack there is someone else's."""


def _authored(words: list[str], f: Frame) -> bool:
    """True when the attack word of ``f`` is the verbal attack of a person of words (:data:`AUTHORED_ATTACK`)."""
    if not AUTHORED_ATTACK or not set(f.concepts) <= {"attack"}:
        return False
    if f.i + 1 < len(words) and words[f.i + 1] in _WORD_PEOPLE:
        return True  # "هجوم الكاتب على الحكومة"
    if not bare_in(words[f.i], _OWNED_ATTACKS):
        return False
    return any((words[x] in _WORD_PEOPLE or (words[x][:1] == "و" and words[x][1:] in _WORD_PEOPLE))
               and not (x > 0 and words[x - 1] in _OBJECT_MARKS)
               and _REPORTED.isdisjoint(words[x + 1:f.i])
               for x in range(max(0, f.i - _AUTHOR_REACH), f.i))


_ALERTS = rules.words("attacks", "alert_nouns")
_ALERT_ABOUT = rules.words("attacks", "alert_about")
ALERT_ABOUT = True
"""Switch (pass 60, A/B measurement and its tests): an attack word an alert is about ("إنذارات متعلقة بإطلاق صواريخ"،
"تنبيه بهجوم") is what the alert warns of, not an act told as done: an alert noun right before the attack word glued
to "ب", or before a word of "about" before it. Only a frame with no toll."""


def _alerted(words: list[str], f: Frame) -> bool:
    """True when the attack word of ``f`` is what an alert is about (:data:`ALERT_ABOUT`)."""
    if not ALERT_ABOUT or {"killed", "injured"} & set(f.concepts) or f.i < 1:
        return False
    if bare_in(words[f.i - 1], _ALERTS) and words[f.i].startswith("ب"):
        return True  # "تنبيه بهجوم"
    if f.i < 2 or not bare_in(words[f.i - 2], _ALERTS):
        return False
    return words[f.i - 1] in _ALERT_ABOUT or (words[f.i].startswith("ب") and bare_in(words[f.i - 1], _ALERT_ABOUT))


_ABSTRACT_VICTIMS = rules.words("attacks", "abstract_victims")
ABSTRACT_VICTIM = True
"""Switch (pass 60, A/B measurement and its tests): a killing word whose object is a hope, a dream, a freedom
("اغتالت الحكومة الأحلام"، "اغتيال الديمقراطية") is a figure: such a definite noun (an indefinite "أمل"، "أحلام" may
be a name) within two words after the killing word (its subject may stand between). Only a frame of a killing word
alone (no toll, no blast)."""
_ABSTRACT_REACH = 2
_OWNER_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "ك", "كم")
"""Owners' pronouns an abstract noun may carry instead of the article; not "ي" ("حلمي" is also the name Hilmi)."""


def _owned_forms(nouns: frozenset[str]) -> frozenset[str]:
    """The abstract nouns with an owner's pronoun instead of the article ("الحلم" -> "حلمها"، "الحريه" -> "حريتنا"):
    owned, the noun is as definite as with the article. "ه" only after a stem ending in ة ("حريته"): after any other
    stem it is written as the ة of a woman's name once normalised ("فرحه" = "فرحة")."""
    stems = [n[2:] for n in nouns if n.startswith("ال") and len(n) > 4]
    return frozenset((st[:-1] + "ت" if st.endswith("ه") else st) + x for st in stems for x in _OWNER_SUFFIXES
                     if x != "ه" or st.endswith("ه"))


_OWNED_ABSTRACT = _ABSTRACT_VICTIMS | _owned_forms(_ABSTRACT_VICTIMS)
_AIMED_AT = frozenset({"علي", "على", "ضد"})
_AIMED_REACH = 3
"""An attack word aimed at a hope or a dream ("الهجوم السعودي على حلمها"، "هجوم ضد الحرية"): "على"/"ضد" within this
many tokens after the attack word (an adjective of its doer may stand between), the abstract noun right after it."""


def _abstract_victim(words: list[str], f: Frame) -> bool:
    """True when the killing word of ``f`` takes an abstract object, or its bare attack word is aimed at one
    (:data:`ABSTRACT_VICTIM`)."""
    if not ABSTRACT_VICTIM or not f.concepts:
        return False
    if set(f.concepts) <= {"attack"}:
        return any(words[x] in _AIMED_AT and bare_in(words[x + 1], _OWNED_ABSTRACT)
                   for x in range(f.j, min(f.hi, f.j + _AIMED_REACH, len(words) - 1)))
    if not set(f.concepts) <= {"assassination", "killed"}:
        return False
    return any(bare_in(w, _ABSTRACT_VICTIMS) for w in words[f.j:min(f.hi, f.j + _ABSTRACT_REACH)])


_ANIMALS = phrase_table(rules.words("attacks", "animals"))
"""Animals that attack ("هجوم لسمكة قرش"، "هجوم كلب ضال"): the attack word before them tells no violence of people."""
def _dropped(ctx: DocContext, f: Frame) -> list[str]:
    """["airstrike"] for a frame of no type that tells barrel bombs ("قتل 6 جراء إلقاء براميل متفجرة على البلدة"):
    only aircraft drop them."""
    return ["airstrike"] if _cues.DROPPED_MUNITIONS and any(
        g.entry.id == "barrel_bombs" and f.lo <= g.i < f.hi for g in ctx.glossary[f.si]) else []


def _relative_suicide(words: list[str], f: Frame) -> list[str]:
    """["suicide_attack"] for a frame of no type whose toll a suicide blast is told with ("إن التفجير الانتحاري الذي
    أوقع 30 قتيلا ...": :func:`relative_toll_event`)."""
    told = relative_toll_event(words[f.lo:f.hi])
    return ["suicide_attack"] if told is not None and told[1] else []


FOOTAGE_OF_OCCURRED = True  # module flag, for A/B measurement only
_OCCURRED = rules.words("attacks", "occurred_verbs")
_OCCURRED_REACH = 6


def _occurred_told(words: list[str], f: Frame, date: DateHit | None) -> bool:
    """True when footage is said to show an incident that took place at a time the sentence gives ("نشرت لقطات تظهر
    حادثا جرى قبل أيام، قتل فيه رجل"): the incident itself is told, with its time, not only pictures of it."""
    return date is not None and date.j <= f.i and any(
        b in _OCCURRED for w in words[max(f.lo, f.i - _OCCURRED_REACH):f.i] for b in bare(w))


ASSAD_NOT_LION = True  # module flag, for A/B measurement only
_RULER_HEADS = rules.words("attacks", "ruler_heads")
"""The heads of the ruling family's name ("قوات الأسد"، "نظام الأسد"، "طائرات الأسد"): a man's name, no lion."""


def _animal_attacker(words: list[str], lo: int, hi: int) -> bool:
    """True when an animal (``_ANIMALS``) stands in ``words[lo:hi]``; "الأسد" after a force or a ruler's word
    ("في قصف لقوات الأسد على البلدة") is the Syrian ruling family's name, no animal."""
    if not has_phrase(words, lo, hi, _ANIMALS):
        return False
    if not ASSAD_NOT_LION:
        return True
    kept = [("" if x > 0 and w.endswith("الاسد") and bare_in(words[x - 1], _RULER_HEADS) else w)
            for x, w in enumerate(words)]
    return has_phrase(kept, lo, hi, _ANIMALS)


_ACCIDENTAL_BLASTS = rules.words("attacks", "accidental_blasts")
_BLAST_WORDS = rules.words("attacks", "blast_words")
"""An explosion ("انفجار"، not the deliberate "تفجير") of a gas cylinder, a tank, a generator, a factory or a volcano
("انفجار أسطوانة غاز داخل مطعم"): an accident, unless someone is told to have done it."""
_MANAGED = rules.words("attacks", "managed")
_ATTACKERS = rules.words("attacks", "attacker_words")
"""The attackers themselves ("قتلت 5 من المهاجمين"): their deaths end an attack told before, they are no victims."""
REPELLED_TOLD = True
"""Switch (pass 44, A/B measurement and its test): the attackers' deaths told in the frame of an attack word of its own
("أفشلت القوات هجوما على البلدة وقتلت 8 من المهاجمين") leave that attack anchored (a record of its own, the toll not
its victims'); only a frame that is the killing alone ("قتلت قوات الأمن 5 من المهاجمين") ends an attack told before."""
_PRONOUNS = rules.words("attacks", "pronoun_words")
"""Prepositions with a pronoun ("عليها"، "منهم"): no place is named so."""
_PARENT_GAP = rules.number("attacks", "parent_place_gap")
"""Tokens between unknown places and the known place after them that holds them ("بمديرية نهم")."""
PARENT_CHAIN = True
"""Switch (pass 49, its test): the places that hold an unknown place, told one after another right after it ("في وادي
الفرعة بمنطقة المضلع التابعة لمديرية حيس"، "في جبل الفرعة بمنطقة المضلع في مديرية حيس"), are no distance between it
and the known place that holds them all: the unknown place is the incident's, within the known one; off, the gap
counted their words and the known place, the widest, was the incident's."""
_HOLDER_LINKS = rules.words("locations", "admin_parent_links")
"""Words that link a place to the one holding it ("التابعة"، "الواقع"، "ضمن"، "في")."""


def _holders_end(words: list[str], j: int, stop: int) -> int:
    """The index past the chain of holding places told from ``j`` on, before ``stop`` (:data:`PARENT_CHAIN`): each an
    optional "في", a place noun (with its clitic: "بمنطقة") and a one-word name, then an optional link word
    (:data:`_HOLDER_LINKS`: "التابعة"، "الواقع"، "ضمن"، "في")."""
    while PARENT_CHAIN and j < stop:
        k = j + 1 if words[j] == "في" else j
        if k + 1 >= stop or not bare_in(words[k], PLACE_NOUNS) or not words[k + 1].isalpha() \
                or bare_in(words[k + 1], PLACE_NOUNS):
            break
        j = k + 2
        if j < stop and words[j] in _HOLDER_LINKS:
            j += 1
    return j


BEARING_ONE_STEP = True
"""Switch (pass 53, its test): a phrase of direction or nearness between unknown places and the known place after
them ("في وادي X الواقع إلى الغرب من مدينة Y"، "إلى الشمال من"، "شمال غرب"، "بالقرب من") is one step of the gap
(:data:`_PARENT_GAP`), as the one word "غرب" is: the place told is the reference point that holds it; off, each of its
words counted and the known place, the reference point, was the incident's."""
_BEARING_NOUNS = rules.words("locations", "bearing_nouns")
_BEARING_ADJECTIVES = rules.words("locations", "bearing_adjectives")
_NEAR_WORDS = rules.words("locations", "near_words")


def _gap_steps(words: list[str], j: int, stop: int) -> int:
    """The steps from token ``j`` (the end of the unknown places) to ``stop`` (the known place): one a word, and, when
    the gap opens with the phrase (after a link word: "الواقع"), one a phrase of direction or nearness
    (:data:`BEARING_ONE_STEP`: "إلى الغرب من"، "إلى الشمال الشرقي من"، "شمال غرب"، "بالقرب من")."""
    k = j + 1 if j < stop and words[j] in _HOLDER_LINKS else j
    if not BEARING_ONE_STEP or k >= stop:
        return stop - j
    n = 0
    if words[k] == "الي" and k + 2 < stop and words[k + 1] in _BEARING_NOUNS:
        m = k + 2 + (words[k + 2] in _BEARING_ADJECTIVES)
        if m < stop and words[m] == "من":
            n = m + 1 - k  # "إلى الغرب من"، "إلى الشمال الغربي من"
    elif words[k] in _NEAR_WORDS and k + 1 < stop and words[k + 1] == "من":
        n = 2  # "بالقرب من"
    elif words[k] in DIRECTIONS and k + 1 < stop and words[k + 1] in DIRECTIONS:
        n = 2  # "شمال غرب"
    return stop - j - (n - 1 if n else 0)


_DEMONSTRATIVES = rules.words("attacks", "demonstratives")
"""Words that make the attack word after them refer back to attacks told before ("في هذه الغارات")."""
_LINKING_DEMONSTRATIVES = {normalize(w) for w in rules.words("attacks", "linking_demonstratives")}
"""Linking words built on a demonstrative ("كذلك"، "لذلك": also, therefore), which refer back to nothing."""
DEMONSTRATIVE_CLITIC = True  # module flag, for A/B measurement only


def _demonstrative(word: str) -> bool:
    """True for a demonstrative, also with a clitic before it ("لهذا الهجوم"، "بهذه الغارات"), but not one that is
    a linking word of its own ("كذلك"، "لذلك": also, therefore)."""
    if word in _DEMONSTRATIVES:
        return True
    return DEMONSTRATIVE_CLITIC and word not in _LINKING_DEMONSTRATIVES \
        and bare_in(word, _DEMONSTRATIVES)


_DEFINITE_PLURALS = rules.words("attacks", "definite_plurals")
"""Definite plural attack words ("الغارات"، "الهجمات"): with no toll and no day of their own, after an
incident was told, they speak of the attacks told before."""
_NEW_EVENT_NOUNS = rules.words("scope", "counted_event_nouns")
"""Indefinite attack nouns: after "الهجوم" in its frame ("وجاء الهجوم بعد أسبوع من هجوم مماثل طال ..."), another
incident is told."""
_OTHERS = rules.words("attacks", "others_words")
""""آخرين" right after a toll: more victims of the incident told before it in the sentence."""
_CLEARANCE = rules.words("attacks", "clearance")
"""Verbs of clearing mines and bombs: the bombs after them in the clause did not go off."""
_PLANTING = rules.words("attacks", "planting")
"""Mines or bombs laid ("زرعت الميليشيات الألغام"): no attack unless the clause tells one going off or a toll."""
_SPREADING = rules.words("attacks", "spreading")
""""نشر" right before the mines or bombs ("ونشر ألغام عشوائية حول تحصيناتهم"): laid or deployed, like :data:`_PLANTING`
(only adjacent: "نشر" before anything else is mostly "published")."""
SPREAD_LAID = True  # module switch (A/B measurement)
_BLAST_IN_CLAUSE = rules.words("attacks", "blast_in_clause")
_SELF = rules.words("attacks", "self_words")
_BARE_SHELLING = rules.words("attacks", "bare_shelling")
_GROUND_MEANS = rules.words("attacks", "ground_means")
AIR_CARRY = True  # module flag, for A/B measurement only
"""A round-up of air strikes goes on with bare "قصف" and no striker of its own ("أغار طيران التحالف على ... حيث تم
قصف معسكرين"، "كما قصفت مدرسة ..."، "تعرضت منطقة ... للقصف"): when the latest kind told in its sentence or the one
before is an air strike, and it names no ground means (artillery, mortars, rockets, tanks, ships) nor a doer before
its word or within three words after it, it is that air strike's kind."""
_SIMILAR = rules.words("attacks", "similar_words")
BATTLE_LISTED = True
"""Switch (pass 49, A/B measurement and its test): fighting told with no toll at a list of places ("ودارت معارك في
منطقتي كذا وكذا") is one incident per place (guidelines D-21), as a strike told at several places is."""
SIMILAR_APART = True
"""Switch (on; off only to measure the rule): an event whose word is followed right away by a word of likeness
("هجوم مماثل"، "تفجيرات مماثلة"; ``similar_words``) is marked ``similar``: the text tells it as another incident like
the one told before, so it joins no incident of an earlier sentence (``attacks_clusters._compatible``) and its doer,
place or day are not lent to that one."""
SIMILAR = True  # module flag, for A/B measurement only
ANOTHER_APART = True
"""Switch (pass 40, A/B measurement and its test): an event noun followed right away by an indefinite "another" ("في
هجوم آخر"، "عبوة ناسفة أخرى"; not a verb's object: "هاجمت سفينة أخرى") is marked ``another``: the text tells it apart
from every incident told before it, in its own sentence too, so it joins none of them
(``attacks_clusters._compatible``) -- unless it is told at the very place before ("غارة أخرى في ذات المكان")."""
_ANOTHER = frozenset({"اخر", "اخري"})
OTHERS_APART = True
"""Switch (pass 42, A/B measurement and its tests): a death toll followed right away by "others" ("وقتل ثلاثة
آخرون"، "مقتل خمسة آخرين"; ``others_words``) is marked ``others``: those dead are not the dead of any incident told
before it, so the event joins no incident already counted (``attacks_clusters._compatible``) and no merge keyed on an
equal death toll joins its incident to another (``attacks_clusters.others_toll``)."""
_SAME_PLACE = phrase_table(rules.words("attacks", "same_place_phrases"))
READYING = True  # module flag, for A/B measurement only
_READYING = rules.words("attacks", "readying_verbs")
"""Verbs of getting ready ("تستعد"، "يتأهب") just before an attack word ("وحدات تستعد لقصف المعبر"، "يتأهب المسلحون
لاقتحام البلدة"): the attack is what a side means to do next, not what it did."""
_SIMILAR_BACK = 2
_UNPLACED_REACH = rules.number("attacks", "unplaced_reach_sentences")
"""An incident told as like the one told just before ("وفي حادث مماثل قتل ..."، "بعد يوم من انفجار مماثل"): it has
that incident's kind when it names none of its own (the word within three tokens before or two after its event word):
the kind of the latest event told with one, in its sentence or the ``_SIMILAR_BACK`` before it."""
_BATTLE = rules.words("attacks", "battle_words")
"""Words of fighting between armed sides ("معارك"، "اشتباكات"): a battle at a place is every fire told there that day."""


BIOGRAPHY = True
"""Module switch: one person's death told in a relative clause about them ("الذي قُتل لاحقا"، "الذي قتل في
2004"), with no place of its own after it and no day or month, is how a person the article names died, told in
passing: no incident of its own ("الذي قتل في مواجهات بمحافظة الجوف" names where, and stays one) (on; off only to
measure)."""


def _biography(words: list[str], f: Frame, killed: Quantity | None, injured: Quantity | None, place: Place | None,
               named: list[Place], date: DateHit | None) -> bool:
    """Whether a frame is one person's death told in a relative clause about them (:data:`BIOGRAPHY`)."""
    if not f.concepts or set(f.concepts) != {"killed"} or injured is not None or killed is None:
        return False
    if killed.value not in (None, 1) or killed.vague or f.i == 0 or words[f.i - 1] not in REL_PRONOUNS:
        return False
    if killed.start > f.i:
        return False  # "التعذيب الذي أودى بحياة الصحافي": the clause tells the cause, its victim named after it
    if date is not None and date.resolved.precision in {"day", "month"}:
        return False
    return (place is None or place.i < f.i) and all(p.i < f.i for p in named)


@dataclass
class _Event:
    si: int
    ti: int
    spans: list[tuple[int, int]]
    place: Place | None
    date: DateHit | None
    killed: Quantity | None
    killed_text: str | None
    injured: Quantity | None
    injured_text: str | None
    perpetrator: Mention | None
    target: tuple[str | None, bool | float]  # (text, strength: True, False or roles_targets.NEAR_FORCE)
    types: list[str]
    weapons: list[str]
    background: bool
    news: bool
    anchored: bool
    report_date: bool = False
    said_day: bool = False  # its day is a speaker's, told before his "أن" (attacks_dates.SPEECH_OPENER_DAY): the
    # attack told before it is what he spoke of, an incident told again, not news of that day
    generic: bool = False  # told with a bare attack word ("هجوم"، "هجمات")
    update: bool = False  # a revised toll ("ارتفعت حصيلة ... إلى 40"): it updates an incident told before
    placed: bool = False  # the frame names a place, resolved or not
    frame: Frame | None = None  # where it is told (for a place read from the rest of the article)
    listed: bool = False  # one of several places a strike was told at together
    speech_date: bool = False  # its day is that of a speech or statement ("وأضاف في كلمة الأحد")
    relative: bool = False  # told in a relative clause ("تفجير مسجد ... الذي راح ضحيته 26"): of the incident before it
    told_again: bool = False  # an incident told before, named again ("الحملة"، "الهجوم") with no place or day
    sourced: bool = False  # "وأكدت مصادر أن الغارات ...": the strikes told just before, told in detail
    battle: bool = False  # told with a battle word ("المعارك"، "اشتباكات"): fighting that holds any kind of fire
    parts: frozenset[int] = frozenset()  # counts told as part of its dead ("مقتل 11 شخصا بينهم خمسة أتراك")
    history: str | None = None  # the year of an event dated long before publication ("اغتيل في مايو 2004")
    by_cause: bool = False  # a toll told with the incident named as its cause ("قتلوا في الهجوم")
    sum_part: bool = False  # one of the incidents a lead's toll sums ("مقتل تسعة شرطيين" = six in an ambush + "ثلاثة آخرين")
    battle_only: bool = False  # a battle told as taking place at a place, with no toll (frames._battle_occurred)
    segment: int = 0  # how many marks of another event ("بعد يوم من"، "غداة") stand before its word in its sentence
    victims: frozenset[str] = frozenset()  # registry ids of the side its toll is told of ("مقتل 14 من ميليشيات X")
    similar: bool = False  # told as a similar one ("ووقع هجوم مماثل قبل أشهر في ..."): another incident than those before
    at_sea: bool = False  # one attack (singular word) told at a named sea ("هجوم على ناقلة في البحر الأحمر"; scope.named_sea)
    another: bool = False  # told as another one ("وأصيب ثلاثة في هجوم آخر"): no incident told before it (ANOTHER_APART)
    stale: bool = False  # its own date lies well before publication (attacks_dates._stale): a month or year before
    others: bool = False  # its dead told as others ("وقتل ثلاثة آخرون"): not the dead told before (OTHERS_APART)
    definite: bool = False  # told by a definite singular event noun ("الانفجار"، "الهجوم"): the one incident named again
    clause_apart: bool = False  # a clause opener ("فيما"، "بينما"، "كما"), or an attack verb with its own subject
    # (not after "حيث"), stands between an earlier event word of its sentence and its own: another item of the
    # sentence (attacks_clusters.UNRESOLVED_WITHIN)

    @property
    def past_context(self) -> bool:
        """Told only as past context: dated back or told as history (``background``), and no news of the day."""
        return self.background and not self.news


_APART_OPENERS = CLAUSE_OPENERS | {"كما", "وكما"}  # (another item of the sentence: "فيما"، "بينما"، "كما"، "في حين")


_CLAUSE_VERBS = rules.words("roles", "attack_verbs") | rules.words("roles", "strike_verbs")
_CLAUSE_SUBJECTS = rules.words("roles", "claim_subject_nouns") | rules.words("roles", "ground_subject_nouns")


def _own_clause_between(ctx: DocContext, si: int, lo: int, hi: int) -> bool:
    """Whether a finite attack verb with its own subject after it stands between ``lo`` and ``hi`` ("... في محافظة
    كذا وشنت طائرات مسيرة غارة على معسكر في منطقة كذا": a second strike by other hands, not where the first fell),
    unless "حيث" stands before it ("حيث استهدفت عشر غارات ...": where the strikes told before fell)."""
    words = ctx.sentences[si].words
    starts = {m.i for m in ctx.actors_in(si, lo, hi)}
    for x in range(max(0, lo), min(hi, len(words) - 1)):
        if words[x] == "حيث":
            return False
        if bare_in(words[x], _CLAUSE_VERBS) and (
                x + 1 in starts or bare_in(words[x + 1], _CLAUSE_SUBJECTS)
                or len(words[x + 1]) > 4 and words[x + 1].endswith("ون")):
            return True
    return False


_UNDERGO = frozenset({"تعرضت", "تعرض", "تتعرض", "يتعرض", "وتعرضت", "وتعرض"})


def _told_as_others(words: list[str], killed: Quantity | None) -> bool:
    """Whether a death toll is followed by "others", a noun at most between ("ثلاثة مدنيين آخرين";
    :data:`OTHERS_APART`)."""
    return killed is not None and killed.value is not None and killed.end >= 0 \
        and any(normalize(w) in _OTHERS for w in words[killed.end:killed.end + 2])


def _purpose(words: list[str], i: int) -> bool:
    """True when the event word at i is glued to a "ل" of purpose ("منصة لاستهداف السفن"، "لشن هجوم"), not to one
    after a verb of undergoing ("تعرضت ناقلة لهجوم")."""
    return words[i][:1] == "ل" and not any(w in _UNDERGO for w in words[max(0, i - 4):i])


def _victim_side(ctx: DocContext, si: int, *tolls: Quantity | None) -> frozenset[str]:
    """The registry ids of the armed side a toll is told of: "مقتل 9 وجرح 21 من ميليشيات الحوثي"، "قتل 5 من
    عناصر التنظيم" (an actor named at most two words after a "من" that follows the count)."""
    words = ctx.sentences[si].words
    ids: set[str] = set()
    for q in tolls:
        if q is None or q.value is None or not 0 <= q.end < len(words):
            continue
        of = next((k for k in range(q.end, min(q.end + 2, len(words))) if words[k] == "من"), None)
        if of is not None:
            ids |= {m.entry.id for m in ctx.actors_in(si, of + 1, min(of + 5, len(words))) if m.i <= of + 3}
            if ADMITTED_SIDE and of + 1 < len(words) and _own_men(words[of + 1]):
                ids |= {m.entry.id for m in ctx.actors_in(si, 0, q.start) if admits_losses(words, m)}
    return frozenset(ids)


ADMITTED_SIDE = True
"""Switch (pass 44, A/B measurement and its tests): a toll of "its own men" ("بمقتل ثلاثة من قادتها"، "بمصرع خمسة من
عناصره") after a side that admits its losses ("اعترفت الميليشيا"، "أقر الحزب"; :func:`roles_losses.admits_losses`) is
told of that side: its dead are no toll of that side's own shelling told in the same sentence ("... وقصفت القرى")."""
_OWN_MEN_ENDINGS = ("ها", "ه", "هم")


def _own_men(w: str) -> bool:
    """True for a plural of men with a possessive pronoun ("قادتها"، "عناصره"، "مقاتليهم"، "قياداتها")."""
    b = normalize(w)
    return len(b) > 4 and b.endswith(_OWN_MEN_ENDINGS) and not b.startswith("ال")


def _air_carried(ctx: DocContext, f: Frame, out: list[_Event]) -> list[str]:
    """["airstrike"] for a bare shelling frame told on in a round-up of air strikes (:data:`AIR_CARRY`), else []."""
    words = ctx.sentences[f.si].words
    if not AIR_CARRY or set(f.types) != {"shelling"} or set(f.concepts) - {"shelling", "killed"} \
            or not all(w in _BARE_SHELLING or w in {"تم", "وتم"} for w in words[f.i:f.j] if w not in KILLED):
        return []
    if any(b in _GROUND_MEANS for w in words[f.lo:f.hi] for b in bare(w)) \
            or ctx.actors_in(f.si, f.lo, f.i) or ctx.actors_in(f.si, f.j, min(f.hi, f.j + 3)):
        return []
    told = next((o.types for o in reversed(out) if o.si >= f.si - 1 and o.types), [])
    return ["airstrike"] if "airstrike" in told else []


REPORT_TALLY = True  # module flag, for A/B measurement only
TORTURE_TALLY = True
"""Switch (A/B measurement and its tests): deaths counted "under torture" with no day of their own ("وفاة 40 مختطفا
تحت التعذيب في سجون الجماعة") are a tally of detainees who died in custody over the years, not an attack; one death
told with its day ("توفي معتقل تحت التعذيب أمس") is left to the other rules."""
_TORTURE = phrase_table(rules.words("attacks", "torture_phrases"))


def _torture_tally(words: list[str], counts: list[int]) -> bool:
    """Whether the sentence counts deaths of several people under torture (:data:`TORTURE_TALLY`)."""
    return TORTURE_TALLY and bool(counts) and max(counts) >= 2 and has_phrase(words, 0, len(words), _TORTURE)


RELAUNCHED = True  # module flag, for A/B measurement only
_RELAUNCH_GAP = 4
_RELAUNCH_VERBS = rules.words("attacks", "relaunch_verbs")
"""A launch verb with the fire told just before as its object ("بقذائف أطلقتها من ..."): that fire, told again."""


def _relaunch(words: list[str], i: int) -> bool:
    """True when the word at i is a launch verb whose object pronoun names the fire told just before it."""
    return bare_in(words[i], _RELAUNCH_VERBS)


AFTER_THAT = True  # module flag, for A/B measurement only
SECOND_KILLING = True  # module flag, for A/B measurement only


MASS_DEATHS = True
"""Module switch (A/B measurement): at least ``statistic_attributed_toll`` (scope.json) dead told with no attack word
(only words of killing or death) are a sum of many killings, not one incident's toll ("نعى أمس مقتل 2000 من أبناء
المدينة على يد مسلحي التنظيم": the day is the speaker's); one attack that kills so many is told with its attack word
("في تفجير شاحنة مفخخة"). The wounded do not count: a day of protests may leave a thousand hurt."""
_MASS_DEATHS_MIN = int(rules.number("scope", "statistic_attributed_toll"))
_MASSACRE = rules.words("attacks", "massacre_words")
COUNTED_LIST = True
"""Module switch (A/B measurement): a list of places each told with its own count ("منها خمس ضربات قرب الرمادي
وثلاث قرب بيجي وضربتان قرب الموصل") is one incident per place (guidelines: strikes near A (5), near B (2) = one
record per place); the places are not joined by a bare "و", so the plain list reader missed all but the first."""
_COUNT_NEAR = rules.words("attacks", "counted_list_near")
_COUNT_STRIKES = rules.words("attacks", "counted_list_nouns")
_COUNT_GAP = 4


def _counted_item(gap: list[str]) -> bool:
    """True when the words between two places start a new counted item: "و" and a count or a strike noun
    ("وثلاث قرب"، "وضربتان قرب"، "و4 ضربات في"), ending in a word of where ("قرب"، "في")."""
    if not 2 <= len(gap) <= _COUNT_GAP or not gap[0].startswith("و") or len(gap[0]) < 2 \
            or not bare_in(gap[-1], _COUNT_NEAR):
        return False
    head = [gap[0][1:], *gap[1:]]
    return read_quantity(head, 0) is not None or any(b in _COUNT_STRIKES for w in head for b in bare(w))


PARTS_DAY = True
"""Switch (pass 52): a sentence that tells a salvo part by part, after "منها" ("وكان اثنان منها باتجاه أبها وواحد
باتجاه نجران ...", frames_readers.COUNTED_PARTS), with no date of its own, continues the launch or interception told
in the sentence before it: its events take that sentence's day ("ومساء الأحد رصدت الدفاعات إطلاق 7 صواريخ ..."), not
the article's. A day after "منذ" starts a running total ("أطلقوا منذ 26 مارس 2015 أكثر من مئة صاروخ"): no salvo's
day, it is not taken."""
_SINCE_WORDS = rules.words("frames", "launch_since")
_SINCE_GAP = 2
"""How many words a day may stand after "منذ" and still start the range it opens ("منذ يوم 26 مارس")."""


def _parts_day(ctx: DocContext, f: Frame) -> DateHit | None:
    """The day of the sentence a salvo told part by part continues (:data:`PARTS_DAY`), set at the frame's event
    word (the hit's token range is the frame's sentence's)."""
    si = f.si
    if si == 0 or ctx.dates[si] or not salvo_parts(ctx.sentences[si].words) \
            or not salvo_told(ctx.sentences[si - 1].words):
        return None
    before = ctx.sentences[si - 1].words
    day = next((d for d in ctx.dates[si - 1] if d.mention.kind != "ago" and d.resolved.iso
                and d.resolved.precision == "day"
                and not any(bare_in(w, _SINCE_WORDS) for w in before[max(0, d.i - _SINCE_GAP):d.i])), None)
    return None if day is None else replace(day, i=f.i, j=f.i)


PARTS_TARGET = True
"""Switch (pass 52): a part of a salvo told part by part ("وكان اثنان منها باتجاه مدينة أبها وواحد باتجاه نجران",
frames_readers.COUNTED_PARTS) with no target read otherwise was aimed at the place told after its word of aim: its
target is that place as written ("مدينة أبها"، "نجران")."""


HEADED_TARGET = True
"""Switch (pass 52), with :data:`PARTS_TARGET`: a projectile told on its way to a place ("إسقاط صاروخ متجه نحو
جازان وآخر نحو أبها", frames_readers.HEADED_PROJECTILE) with no target read otherwise was aimed at that place too."""


def _part_target(ctx: DocContext, f: Frame, place: Place | None) -> str | None:
    """The place a counted part of a salvo was aimed at, as written (:data:`PARTS_TARGET`): the words from after the
    part's word of aim to the end of its place, when that place is told right there."""
    if not PARTS_TARGET or place is None or place.sentence != f.si:
        return None
    aim = part_aim(ctx.sentences[f.si].words, f.i)
    if aim is None and HEADED_TARGET:
        aim = headed_aim(ctx.sentences[f.si].words, f.i)
    if aim is None or not aim < place.i <= aim + 2:
        return None
    s = ctx.sentences[f.si]
    return ctx.quote(*s.token_span(aim + 1, place.j))


PARTS_DOER = True
"""Switch (pass 52): a part of a salvo told part by part ("أطلقت الميليشيا 7 صواريخ، 3 منها كانت باتجاه الرياض وواحد
باتجاه نجران", frames_readers.COUNTED_PARTS) with no doer of its own was launched by the doer of the launch it is part
of: the doer read for the nearest event word before it that is no part itself, in its sentence, else in the sentence
before it when that one tells a projectile, a launch or an interception."""


def _launch_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer of the launch a counted part of a salvo belongs to (:data:`PARTS_DOER`), else None."""
    words = ctx.sentences[f.si].words
    if part_aim(words, f.i) is None:
        return None
    told = [g for g in find_frames(ctx, f.si) if g.i < f.i and part_aim(words, g.i) is None]
    if f.si > 0 and salvo_told(ctx.sentences[f.si - 1].words):
        told = find_frames(ctx, f.si - 1) + told
    return next((p for p in map(lambda g: perpetrator(ctx, g), reversed(told)) if p is not None), None)


def _target(ctx: DocContext, f: Frame, killed: Quantity | None, perp: Mention | None, place: Place | None):
    """The frame's target (roles.target), else the place a counted part of a salvo was aimed at (:data:`PARTS_TARGET`)."""
    told = target(ctx, f, killed, perp)
    if told[0] is not None:
        return told
    aimed = _part_target(ctx, f, place)
    return told if aimed is None else (aimed, False)


def _counted_list(ctx: DocContext, f: Frame, first: Place | None) -> list[Place]:
    """The places of a counted list that goes on after the frame's place ("خمس ضربات قرب الرمادي وثلاث قرب بيجي"):
    two or more of different areas, none a country; else empty."""
    if first is None or first.weak or first.i < f.j or first.location.admin_level == "country":
        return []
    words = ctx.sentences[f.si].words
    chain = [first]
    for m in ctx.places_in(f.si, first.j, f.hi):
        p = place_at(ctx, f.si, m)
        if p.i < chain[-1].j:
            continue
        if p.weak or p.location.admin_level == "country" or not _counted_item(words[chain[-1].j:p.i]):
            break
        if any(same_area(p, q) for q in chain):
            return []
        chain.append(p)
    return chain if len(chain) > 1 else []


PLACE_BREAKDOWN = True
"""Module switch (A/B measurement): a demonstrative retelling of strikes told before that lists two places or more
("ستا من هذه الغارات كانت قرب مدن ...") breaks them down by place: it makes one incident per place."""
_ROUNDUP_DUAL_PLACES = rules.words("attacks", "roundup_dual_places")
"""A dual place noun before a round-up's place ("في هجومين منفصلين في مدينتي ..."): two places, two incidents."""
"""A massacre named in the frame ("المجزرة التي راح ضحيتها 1700 مجند") is one incident, however many it killed."""

_CAMPAIGN_ENTERING = rules.words("attacks", "campaign_entering")
_CAMPAIGN_AGE = rules.words("attacks", "campaign_age_nouns")
_CAMPAIGN_AGE_REACH = 12
CAMPAIGN_AGE = True
"""Switch (A/B measurement and its test): "مع دخول القصف على المتمردين أسبوعه الثاني" tells how long a campaign has
run, not an incident (the word after "دخول" is the campaign, its age a possessive day/week/month/year noun)."""
LAUNCHED_NAMED = True
"""Switch (A/B measurement and its test): a named place no gazetteer knows is left out where it is told as where
people or fire came or set out from (attacks_places._aside), as a known place is."""
DESCRIBED_NAMED = True
"""Switch (A/B measurement and its test): "في مدينة صغيرة تقع شمال العاصمة" describes a town, it names none: a
"named place" read from words of size, nearness or position (an adjective, "تقع") is no place of the incident."""
_DESCRIPTIVE = rules.words("attacks", "descriptive_words")


def _described(name: str) -> bool:
    """True when a place name read by :func:`named_places` holds a word of description (:data:`_DESCRIPTIVE`)."""
    return any(normalize(w) in _DESCRIPTIVE for w in name.split())


LATEST_TOLD = True
"""Switch (A/B measurement and its test): "وجاءت حادثة إطلاق النار الأخيرة بولاية أوهايو" after a shooting told in a
city: the event named as "the latest", with no toll or day of its own and only a province or country for its place,
is the incident told before, not another (a named place of its own or a town keeps it apart)."""
_LATEST = rules.words("attacks", "latest_words")
_LATEST_REACH = 4


def _latest(words: list[str], f: Frame) -> bool:
    """True when the frame's event word is followed within a few words by "الأخير/الأخيرة" ("حادثة إطلاق النار
    الأخيرة"، "الهجوم الأخير")."""
    return any(w in _LATEST for w in words[f.i + 1:f.i + 1 + _LATEST_REACH])


RELATIVE_TOLD = True
"""Switch (A/B measurement and its test): "إن الانفجار الذي أودى بحياة 7 أسفر أيضا عن إصابة 25": a frame told at the
toll verb of a relative clause whose head is a definite event noun is that incident told again, as the noun is."""
_RELATIVE_BACK = 3


def _relative_toll(words: list[str], f: Frame) -> bool:
    """True when the frame's word follows a relative pronoun that follows a definite event noun, with up to two
    adjectives between ("التفجير الإرهابي الذي أودى")."""
    if f.i < 2 or words[f.i - 1] not in REL_PRONOUNS:
        return False
    return any(b in _DEFINITE_SINGULARS for w in words[max(0, f.i - 1 - _RELATIVE_BACK):f.i - 1] for b in bare(w))


TOTAL_BREAKDOWN = True
"""Switch (A/B measurement and its test): "وقالت إن 12 من قادتهم قتلوا في الغارات" right after a period's total left
out ("قتل 300 خلال أسبوعين من الغارات"): a part of that total, told by the strikes' definite name with no place or
day of its own, is no incident either."""


def _campaign_age(words: list[str], f: Frame) -> bool:
    """True when the frame's word follows "دخول" and a possessive age noun ("أسبوعه"، "شهرها") follows it."""
    return f.i > 0 and bare_in(words[f.i - 1], _CAMPAIGN_ENTERING) and any(
        b in _CAMPAIGN_AGE for w in words[f.j:f.j + _CAMPAIGN_AGE_REACH] for b in bare(w))


MILITANTS_IN_WAR = True
"""Switch (A/B measurement and its test): militants told killed with no attack word of their own ("مقتل 13 عنصرا من
التنظيم شمال المدينة") after strikes or shelling told in the article, at a place of their own below a country, are
that war's incident (the guidelines: militants killed by a strike or an operation aimed at them are its victims), not
a security operation's bare result."""


MILITANTS_AFTER_VIOLENCE = True
"""Switch (A/B measurement and its test): as :data:`MILITANTS_IN_WAR`, also when the frame's own sentence tells
violence before it ("صدت القوات هجوما بسيارة مفخخة، وأكدت سقوط 9 قتلى من المسلحين غرب البلدة"): then the frame is
read from the militants' own clause (its place, and no doer read from their own group)."""


def _militants_in_war(ctx: DocContext, f: Frame, out: list[_Event]) -> Frame | None:
    """The frame to read when strikes or shelling were told before the frame (or violence in its sentence before
    it: then the frame from its own clause on) and it names a place below a country, else None."""
    if any({"airstrike", "shelling"} & set(o.types) for o in out if o.si < f.si):
        g = f
    elif MILITANTS_AFTER_VIOLENCE and _violence_before(ctx, f):
        tokens = ctx.sentences[f.si].tokens
        g = replace(f, lo=max((t for t in range(f.lo, f.i + 1) if tokens[t].clause_start), default=f.lo))
    else:
        return None
    place = _place(ctx, g)
    return g if place is not None and not place.weak and place.location.admin_level != "country" else None


def _within(p: Place, parent: Place) -> Place:
    """An unknown place of a list told inside a known one (:func:`within`); a known place of the list keeps its own."""
    return within(p, parent) if p.location.geo_precision == "unresolved" else p


CONJUNCT_TOLL = True
"""Switch (pass 50, its test): a head joined to a list of unknown places (``named_places.HEAD_CONJUNCTS``: "منطقة X
وسوق Y") is one more place of the list only with no toll told in the frame, as a known place joined to one is
(:data:`KNOWN_JOINED`): a toll of them together keeps its one record and its count; off, the joined head made a record
of its own and the toll was lost."""
VALLEY_AREA = True
"""Switch (pass 50, its test): a valley no gazetteer knows, told with no known place in its frame ("في وادي X"), lies
in the area the article's place for an incident told with none is (``context_place``: the one province its lead
names, the one area its places lie in) when that is a province, a district or a town of the valley's country: the
valley is the incident's place within it, as a name is within the known place told after it; off, the valley, a
place with no coordinates and no province, replaced the province the article gave the incident."""
_VALLEY_NOUNS = rules.words("locations", "valley_place_nouns")
_VALLEY_HOLDERS = frozenset({"governorate", "district", "subdistrict", "city"})


_LEVEL_RANK = {"governorate": 4, "district": 3, "subdistrict": 2, "city": 2}
"""How wide a holder of each admin level is: an unknown place lies in one only when the level its noun names is
narrower (an unknown "مديرية X" within a province, never within a town; an area, a camp or a village within any)."""


VALLEY_FOREIGN = True
"""Switch (fixrev50, its test): a valley no gazetteer places whose name is a known place ("وادي الجوف": the province
of Al Jawf; ``named_places.known_place_name``) is named after that place, which ``named_places.VALLEY_KNOWN`` did not
find in the article's country: it is left alone, not put into the article's province (:data:`VALLEY_AREA`: "غارة على
وادي الجوف" in news of Saada is no place in Saada); off, it took the article's province."""


def _valley_within(ctx: DocContext, f: Frame, p: Place) -> Place:
    """Unknown valley ``p`` within the article's place of frame ``f`` (:data:`VALLEY_AREA`), else ``p``; a valley
    named after a known place is left alone (:data:`VALLEY_FOREIGN`)."""
    if not valley(p):
        return p
    rest = normalize(p.location.name).split()[1:]
    if VALLEY_FOREIGN and len(rest) == 1 and known_place_name(rest[0]):
        return p
    return area_within(ctx, f, p)


def valley(p: Place) -> bool:
    """True when ``p`` is a valley no gazetteer knows ("وادي X": :data:`VALLEY_AREA`'s)."""
    return p.location.geo_precision == "unresolved" \
        and not _VALLEY_NOUNS.isdisjoint(bare(normalize(p.location.name).split()[0]))


NISBA_AREA = True
"""Switch (fixrev50, its test): a place told in a sentence whose plural nationality adjectives name countries
(``context.sentence_nisbas``: "المسلحين السوريين": people of a country) lies within the article's place
(:func:`area_within`) only when that place is of one of them; a singular adjective may tell of a state's arms abroad
("الطيران الروسي") and is not read. Off, the adjectives were not read."""


def area_within(ctx: DocContext, f: Frame, p: Place) -> Place:
    """Unknown place ``p`` (no coordinates, no province) within the article's place for an incident told at frame
    ``f`` with none (``context_place``), when that is a province, a district or a town of ``p``'s country (when
    ``p`` has one: a place with none has only the article's, which ``context_place`` reads) wider than the level
    ``p``'s noun names (a border, ``border_words``, never), and of a country the sentence's nationality adjectives
    name when it has any (:data:`NISBA_AREA`); else ``p``."""
    loc = p.location
    if loc.geo_precision != "unresolved" or p.governorate or loc.governorate \
            or not BORDER_WORDS.isdisjoint(bare(normalize(loc.name).split()[0])):
        return p  # "قرب الحدود السورية": a border runs along provinces, it lies in none
    area = context_place(ctx, [f])
    if area is None or area.base_level not in _VALLEY_HOLDERS or area.location.geo_precision == "unresolved" \
            or (loc.country and area.location.country != loc.country) \
            or _LEVEL_RANK.get(p.level, 1) >= _LEVEL_RANK[area.base_level]:
        return p
    if NISBA_AREA and (nisbas := sentence_nisbas(ctx.sentences[f.si], people=True)) and area.location.country not in nisbas:
        return p  # "مواقع المسلحين السوريين في وادي X" in news of Saada: told of Syria
    return within(p, area)


def _read_named(ctx: DocContext, f: Frame, words: list[str], start: int | None = None) -> list[Place]:
    """The places named after the frame's trigger (or from ``start`` on) that the gazetteer does not know, and in a
    list the known ones joined to them (:func:`named_places`), less pronouns, descriptions and places told as where
    fire came from."""
    named = [p for p in named_places(ctx, f, _MIN_SHARE, start) if normalize(p.location.name) not in _PRONOUNS]
    if DESCRIBED_NAMED:
        named = [p for p in named if not _described(p.location.name)]  # "في مدينة صغيرة تقع شمال ..."
    if LAUNCHED_NAMED:
        named = [p for p in named if not _aside(words, p.i, f.i)  # "انطلق القصف من مدينة ...": its origin
                 and not fired_from_toward(words, p.i, f.types)]
    return named


AFTER_BATTLE_NAMED = True
"""Switch (pass 48, A/B measurement and its test): fighting told after a seizure whose one place, told before the
battle noun, is a name the gazetteer lacks ("استعادت قوات الجيش مواقع في منطقة X عقب معارك عنيفة") takes that name
as its place; before, only names after the battle noun were read, the toll-less battle had no place and no record.
A name told after a verb of fleeing or going and "إلى/نحو" (``fled_to_verbs``, ``fled_to_words``: "نزحت الأسر إلى
منطقة X بعد معارك") is where people went, not a place taken, and is not read; "أضافت القوات إلى سيطرتها منطقة X"
is a seizure and is."""
_FLED_VERBS = rules.words("attacks", "fled_to_verbs")
_FLED_TO = rules.words("attacks", "fled_to_words")
_FLED_REACH = 3
"""Words before the name "إلى/نحو" may stand at ("إلى منطقة X": the place noun between), and before "إلى" its verb
("نزحت عشرات الأسر إلى")."""


def _fled_to(words: list[str], lo: int, x: int) -> bool:
    """True when the name at ``x`` follows "إلى/نحو" after a verb of fleeing or going (:data:`_FLED_VERBS`)."""
    return any(words[y] in _FLED_TO and any(bare_in(w, _FLED_VERBS) for w in words[max(lo, y - _FLED_REACH):y])
               for y in range(max(lo, x - _FLED_REACH), x))


def _seized_place(ctx: DocContext, f: Frame, words: list[str], place: Place | None) -> list[Place]:
    """The place a seizure told before its battle noun took, a name the gazetteer lacks, when the frame has no other
    place (:data:`AFTER_BATTLE_NAMED`): a list of one, else []. The names are read up to the word of "after" before
    the battle noun (``frames.after_battles``: it stands right before it)."""
    held = SEIZED_HELD and place is not None and place.i < f.i and not _noun_joined(words, place.i - 1)
    if not AFTER_BATTLE_NAMED or (place is not None and not held) or not told_after_battle(ctx, f):
        return []
    named = _read_named(ctx, replace(f, hi=place.i if held else f.i - 1), words, start=f.lo)
    if not SEIZED_LIST:
        named = named[:1]
    return [p for p in named if not _fled_to(words, f.lo, p.i)]


def _noun_joined(words: list[str], x: int) -> bool:
    """True when word ``x`` is "و" and a place noun ("ومدينة"، "وجبل"): the place it names is joined to the one before
    it in a list -- a known place after unknown names ("منطقة X ومدينة الحزم": not the place holding them,
    :data:`SEIZED_HELD`), or an unknown one after a known place (:data:`KNOWN_JOINED`)."""
    w = words[x] if 0 <= x < len(words) else ""
    return len(w) >= 3 and w.startswith("و") and bare_in(w[1:], PLACE_NOUNS)


SEIZED_LIST = True
"""Switch (pass 49, its test): a seizure told before its battle noun that lists several places the gazetteer lacks
("حررت قوات الجيش منطقة X وجبل Y وقرية Z بعد معارك عنيفة") took each of them: one record per named place
(GUIDELINES D-21), as a strike on a list of places is; off, only the first name was read and the others had no
record."""
SEIZED_HELD = True
"""Switch (pass 49, its test): the seized places are read also when a known place follows them before the battle
noun ("استعادت القوات السيطرة على جبل X وموقع Y في مديرية Z، عقب معارك"): told right before it (``parent_place_gap``)
the known place holds them, and each is a record of its own within it -- not a known place joined to them by "و"
("منطقة X ومدينة الحزم": a list, not a holder); off, the known place was the incident's and the seized names were
lost."""
KNOWN_JOINED = True
"""Switch (pass 49, its test): a known place followed by "و" and a place noun with a name the gazetteer lacks ("في
مديرية صرواح ومنطقة المشجح"، "في مدينة X وجبل Y") is a list of two places, one record each (GUIDELINES D-21), the
unknown one within the known one's area; off, the known place was the incident's and the joined name was lost. Only
with no toll told in the frame: a toll of the two together ("قتل 7 في قصف على بلدة X وقرية Y") is often one item of a
round-up total told before (``attacks_roundups.roundup_totals`` adds up the items' own tolls), so such a frame keeps
its one record and toll."""


NAMED_LIST = True
"""Switch (pass 53, its test): a list of two places or more the gazetteer does not know, read after the frame's event
word ("استهدفت الغارات مواقع في مناطق X وY وZ بين محافظتي مأرب والبيضاء"، "وفي جبهة قانية بمحافظة البيضاء، شن الجيش
هجوما على مواقع في مناطق X وY"), with a known province, district or region told apart from it (not right after it as
its holder, nor joined to it) is one place each (GUIDELINES D-21), each within the known place; off, the names were
dropped and the known place was the one incident's."""
_LIST_AREAS = frozenset({"governorate", "district", "region", "area"})
NAMED_LIST_CLAUSE = True
"""Switch (pass 53, fixev53, its test): :data:`NAMED_LIST` takes the known area only from the list's own clause: a
clause opener ("فيما"، "بينما") or a speech verb ("، وقال مصدر إن ...") between the list and an area told after it
ends the list's clause, and the area there is another event's ("... في قريتي X وY، وقال مصدر إن التعزيزات وصلت من
محافظة مأرب"); and a list item that is a speech verb ("وقال" after the comma) ends the list, never a place. Off, any
area of the sentence held the list and "قال" was a place of it."""
_LIST_CLAUSE_OPENERS = rules.words("locations", "list_clause_openers")
_LIST_SPEECH = rules.words("roles", "speech_verbs")


def _speech_word(w: str) -> bool:
    """True when ``w`` is a speech verb ("قال"، "وأكد"), with or without its "و" (:data:`NAMED_LIST_CLAUSE`)."""
    return w in _LIST_SPEECH or (w.startswith("و") and w[1:] in _LIST_SPEECH)


def _list_clause(words: list[str], named: list[Place], place: Place) -> list[Place]:
    """The places of ``named`` in the list's own clause with the known ``place`` (:data:`NAMED_LIST_CLAUSE`): the list
    is cut at an item that is a speech verb, and it is empty when a clause opener or a speech verb stands between the
    list's end and an area told after it."""
    cut = next((k for k, p in enumerate(named) if any(_speech_word(w) for w in words[p.i:p.j])), len(named))
    named = named[:cut]
    if named and place.i >= named[-1].j and any(
            w in _LIST_CLAUSE_OPENERS or _speech_word(w) for w in words[named[-1].j:place.i]):
        return []
    return named


def _list_in_area(place: Place) -> bool:
    """True when the known ``place`` is an area a list of named places may lie in (:data:`NAMED_LIST`): a province, a
    district or a region; not a town, a quarter or a site, which would be one of the places struck."""
    return place.location.admin_level in _LIST_AREAS or place.base_level in _LIST_AREAS


RANGE_ADVERB_WORDS = True
"""Switch (pass 53, fixev53, its test): :func:`_adverbial` knows the accusative adverbs news uses after a place to
open a range or a route (``range_adverbs``: "وصولا إلى"، "مرورا ب"، "انطلاقا من"، "امتدادا إلى") by the word, with
or without the tanween mark most texts omit ("جبال X وصولا إلى مفرق Y" is no list of places "X" and "صولا"); off,
only a word written with the tanween was caught."""
_RANGE_ADVERBS = rules.words("locations", "range_adverbs")


def _adverbial(s, p: Place) -> bool:
    """True when the name read at ``p`` is a range adverb (:data:`RANGE_ADVERB_WORDS`) or ends with the accusative
    tanween ("وصولاً إلى مفرق X": reaching): an adverb or an indefinite noun, never a place's name; a list with one is
    not read as places (:data:`NAMED_LIST`)."""
    if RANGE_ADVERB_WORDS and any(w in _RANGE_ADVERBS or (w.startswith("و") and w[1:] in _RANGE_ADVERBS)
                                  for w in s.words[p.i:p.j]):
        return True
    a, b = s.token_span(p.j - 1, p.j)
    if p.j < len(s.words):
        b = max(b, s.token_span(p.j, p.j + 1)[0])  # (the token leaves its last marks out: read up to the next one)
    return "ً" in s.quote(a, b)


def _joined_to(words: list[str], place: Place, first: Place) -> bool:
    """True when the unknown place ``first`` is joined by "و" and its place noun right after the known ``place``
    (:data:`KNOWN_JOINED`): "مديرية صرواح ومنطقة المشجح" (the noun apart) or "صرواح وجبل المرقب" (the noun heads
    the name)."""
    return KNOWN_JOINED and _noun_joined(words, place.j) and first.i in {place.j, place.j + 1}


POISON_OWN = True
"""Switch (pass 54, its test): a poisoning of a person (frames.POISON) takes its place and its day only from its own
words, told after the poisoning word: a state told before it is the accused or the one answering ("واتهمت ماي موسكو
بتسميم الجاسوس"، "أمر ترمب، الاثنين، بطرد 60 دبلوماسيا ... ردا على تسميم العميل ... في بريطانيا"), and the day told
before it is the day of the news about it. Told with no place of its own ("في بريطانيا"، "في مدينة سالزبري" after the
word) it makes no event: an allusion in a story of its aftermath. Told with no day of its own, it is the past deed
that news is about (background). Off, the poisoning took the sentence's place and day, as other frames do."""


_DEADLINE = frozenset({"حتي", "بحلول", "قبل"})
_POISON_PLACE_REACH = int(rules.number("frames", "poison_place_reach"))


def _locative(words: list[str], x: int) -> bool:
    """True when the place at token ``x`` is told as where something was ("في بريطانيا"، "في مدينة سالزبري")."""
    return (x > 0 and words[x - 1] == "في") or (x > 1 and words[x - 2] == "في" and bare_in(words[x - 1], PLACE_NOUNS))


RISE_CLAUSE = True
"""Switch (pass 59, ext59): a running total told in a clause of its own after the incident ("قتل المسلحون جنديين في
هجومين منفصلين ليرتفع عدد قتلى الجنود منذ بداية الشهر إلى 21"، "... فيما قتل خمسة في قصف على قرية، لتصل حصيلة
اليومين إلى 40 قتيلا بعد نحو 200 غارة") is the period's sum, not the incidents told before it: the tests of a
period's total, a tally or a statistic read the sentence only up to that clause for a frame whose event word and
counts come before it."""
_RISE_VERBS = rules.words("attacks", "rise_clause_verbs")

RISE_TOLD = True
"""Switch (pass 59, fix59a): a rise verb opens a running total's clause only when the total is told right after it
(a toll noun: "ليرتفع عدد القتلى"، "لتصل بذلك حصيلة"; or "إلى" + a number: "لتصل إلى 60") and the verb is not in a
relative clause ("في الهجمات التي ترتفع وتيرتها منذ بداية العام": the attacks' trend, the sentence's period stays
theirs)."""
_RISE_TOLL_NOUNS = rules.words("attacks", "toll_update_nouns")
_RISE_TOLL_REACH = 3
_RISE_RELATIVE_REACH = 2

RISE_PLURAL_WHOLE = True
"""Switch (pass 59, fix59a): a toll told of plural attacks with no day of its own before a running total's clause
("وقتل 250 مدنيا في هجمات المسلحين لتصل بذلك حصيلة القتلى منذ مطلع العام إلى 900") is a statistic over a span like
the clause's, not one incident: the totals' tests read the whole sentence."""
_RISE_PLURALS = rules.words("attacks", "habitual_plurals") | _DEFINITE_PLURALS

RISE_BREAKDOWN = True
"""Switch (pass 59, fix59a): a toll broken down after it ("أكد المرصد مقتل تسعة جراء قصف على حي وقرية، حيث قتل أربعة
في الحي ... وقتل خمسة في القرية، ليرتفع إلى 40 عدد القتلى خلال يوم") is the sum of the incidents told after it, of a
piece with the running total: the totals' tests read it in the whole sentence (the incidents of its breakdown are cut
at the clause as before)."""
_BREAKDOWN_WORDS = frozenset({"حيث"})
_BREAKDOWN_REACH = 2


def _rise_told(words: list[str], y: int) -> bool:
    """True when the rise verb at token ``y`` opens a running total's clause (:data:`RISE_TOLD`)."""
    if not RISE_TOLD:
        return True
    if any(w in REL_PRONOUNS for w in words[max(0, y - _RISE_RELATIVE_REACH):y]):
        return False  # "الهجمات التي ترتفع وتيرتها": a relative clause of the attacks, no total of its own
    after = range(y + 1, min(len(words), y + 1 + _RISE_TOLL_REACH))
    return any(bare_in(words[x], _RISE_TOLL_NOUNS) for x in after) or any(
        "الي" in bare(words[x]) and (q := read_quantity(words, x + 1)) is not None and q.value is not None
        for x in after)


def _rise_cut(words: list[str], f: Frame, killed: Quantity | None, injured: Quantity | None,
              day_dated: bool = False) -> int:
    """Where a running total's clause (a rise verb: "ليرتفع"، "لتصل"، "ليبلغ"، "وبذلك يرتفع") begins after the event
    word of frame ``f`` and its counts (:data:`RISE_CLAUSE`); the sentence's length when none does, or when plural
    attacks with no day of their own are told before it (:data:`RISE_PLURAL_WHOLE`) or the toll of ``f`` is broken
    down before it (:data:`RISE_BREAKDOWN`)."""
    if not RISE_CLAUSE:
        return len(words)
    ends = [q.end for q in (killed, injured) if q is not None]
    start = max([f.i + 1, *ends])
    cut = next((y for y in range(start, len(words)) if bare_in(words[y], _RISE_VERBS) and _rise_told(words, y)),
               len(words))
    if RISE_PLURAL_WHOLE and not day_dated and any(bare_in(w, _RISE_PLURALS) for w in words[f.lo:cut]):
        return len(words)
    if RISE_BREAKDOWN and cut < len(words) and any(
            words[x] in _BREAKDOWN_WORDS and any(bare_in(w, KILLED) for w in words[x + 1:x + 1 + _BREAKDOWN_REACH])
            for x in range(start, cut)):
        return len(words)  # "مقتل تسعة ... ، حيث قتلت ...": the sum of a breakdown, not one of its incidents
    return cut


_HOURS = rules.words("scope", "recent_hours")
_HOUR_SPAN_OPENERS = frozenset({"خلال", "غضون"})
_HOUR_REACH = 3
_PERIOD_WORDS = rules.words("scope", "periods")


def _protest_hours(ctx: DocContext, si: int, f: Frame, killed: Quantity | None) -> bool:
    """Whether a death with a count told in a sentence of protests (``attacks_cues._protest_told``) is told over hours
    and no longer span ("أدت الاحتجاجات على الحدود إلى مقتل 40 خلال 24 ساعة"): the toll of the day's protest, one
    incident, not a period's total. Every span opener of the frame must open on hours."""
    if not _cues._protest_told(ctx, si, killed):
        return False
    words = ctx.sentences[si].words
    openers = [x for x in range(f.lo, min(f.hi, len(words))) if bare_in(words[x], _HOUR_SPAN_OPENERS)]
    return bool(openers) and all(any(bare_in(w, _HOURS) for w in words[x + 1:x + 1 + _HOUR_REACH]) for x in openers) \
        and not any(bare_in(words[x], _PERIOD_WORDS) for x in range(f.lo, min(f.hi, len(words))))



def _events(ctx: DocContext, roundup_dates: list[tuple[int, DateHit]]) -> list[_Event]:
    out: list[_Event] = []
    sports = _sports_story(ctx)
    totals: set[int] = set()  # sentences whose toll was left out as a period's total
    for si, s in enumerate(ctx.sentences):
        frames = find_frames(ctx, si)
        if not frames or is_non_incident(s.words):
            continue  # no event word (most sentences: nothing more is read of them); a death benefit, a
            # commemoration, a cyber-attack: no violent event of its own
        marks = other_event_marks(s.words)
        answered = sorted(set(marks) - set(other_event_marks(s.words, answers=False)))  # "ردا على": the act answered
        cuts = other_event_marks(s.words, answers=False, after_only=True)  # (where the answered fire came from may be where the
        # answer fell: "استهدفت دبابة موقعا ردا على تسلل مسلحين من شمال القطاع")
        if SECOND_KILLING:
            frames = [g for f in frames for g in _second_killing(ctx, s.words, f)]
        if AFTER_THAT:
            cuts = sorted({*cuts, *_after_that(s.words, frames)})
        for fx, f in enumerate(frames):
            words = s.words
            f = _within_marks(f, cuts)
            if RELAUNCHED and fx > 0 and _relaunch(words, f.i) and set(frames[fx - 1].types) & {"shelling", "airstrike"} \
                    and f.i - frames[fx - 1].j <= _RELAUNCH_GAP:
                continue  # "أمطرت ملعبا بقذائف مدفعية أطلقتها من مواقعها في جبل ...": the shells just told, and where
                # they were launched from (not another incident, nor the place they fell)
            if is_ceasefire(words, f.i):
                continue  # "وقف إطلاق النار": a truce, not gunfire
            if CAMPAIGN_AGE and _campaign_age(words, f):
                continue  # "مع دخول الغارات على المسلحين شهرها الثالث": a campaign's age, not an incident
            if is_court(words, f.i):
                continue  # "أدين جندي بقتل فلسطيني": a past killing judged in court, not the news of an incident
            if (f.j < len(words) and words[f.j] in _FIGURATIVE) or (f.i > 0 and (
                    words[f.i - 1] in _FIGURATIVE_BEFORE
                    or (CLITIC_FIGURE and not words[f.i].startswith("ال")
                        and bare_in(words[f.i - 1], _FIGURATIVE_BEFORE))
                    or (SIMILE and any(b in _SIMILE for w in words[max(0, f.i - 2):f.i] for b in bare(w))))):
                continue  # "شن هجوما لاذعا على رئيس الوزراء"، "شكل ضربة للحكومة": words, not violence
            if any(b in _FIGURATIVE_SPEECH for w in words[max(f.lo, f.i - 4):f.i] for b in bare(w)) \
                    and set(f.concepts) <= {"attack"}:
                continue  # "شن خلال مقابلة صحفية هجوماً على البرلمان": an attack made in an interview is words
            if _authored(words, f):
                continue  # "هجوم الكاتب على الوزارة"، "ما قاله الناقد ... وهجومه على البلاد": words, not violence
            if _alerted(words, f):
                continue  # "إنذارات متعلقة بإطلاق صواريخ": what an alert warns of, not an act
            if _abstract_victim(words, f):
                continue  # "اغتالت الحكومة الأحلام": a figure, not a killing
            if set(f.concepts) <= {"explosion", "killed"} and any(
                    bare_in(words[x], _BLAST_WORDS)
                    and any(b in _ACCIDENTAL_BLASTS for w in words[x + 1:x + 3] for b in bare(w))
                    for x in range(f.i, f.j)):
                continue  # "انفجار أسطوانة غاز": an accident
            before = [b for w in words[max(f.lo, f.i - 3):f.i] for b in bare(w)]
            prevention = not _PREVENTION.isdisjoint(before) or is_hypothetical(words, f.i, f.j) \
                or conditioned_after(words, f.j)
            near = before + [b for t in words[f.i:f.j] for b in bare(t)]
            habit = has_phrase(words, f.lo, f.hi, _HABIT_PHRASES) or any(w in _HABIT_VERBS for w in near) or (
                REPEATED_RUN and not _HABIT_NEAR.isdisjoint(near)) or (
                CONTINUING and has_phrase(words, f.lo, f.hi, _CONTINUITY)
                and any(b in _CONTINUING for w in words[f.lo:f.i] for b in bare(w))) or _relative_habit(words, f)
            # "إن الاشتباكات في جنوب السودان قرب الحدود مع أوغندا ازدادت خلال الأسابيع الماضية": attacks spoken of in general
            # (a definite plural) with a verb of their trend and no day of their own ("اندلعت الاشتباكات أمس ... وتصاعدت
            # حدتها مساء" is one day's)
            trend = not _TREND.isdisjoint(before) or (
                any(b.startswith("ال") for b in bare(words[f.i])) and has_phrase(words, f.j, f.j + 10, _TREND_AFTER)
                and not any(f.lo <= d.i < f.hi and d.resolved.precision == "day" for d in ctx.dates[si]))
            killed, ktext, terror_k = casualties(ctx, f, KILLED)
            injured, itext, _ = casualties(ctx, f, INJURED)
            if _animal_attacker(words, f.j, f.j + 3) and not {"explosion", "car_bomb", "ied"} & set(f.concepts):
                continue  # "نجا من هجوم لسمكة قرش"، "إثر هجوم كلب ضال عليه": an animal's attack
            if FIGURATIVE_SEIZURE and killed is None and injured is None and set(f.types) == {"kidnapping"} \
                    and _seized_thing(words, f.j, f.hi):
                continue  # "استمرار الميليشيا في اختطاف المساعدات"، "خطف فوزا": no people seized
            if killed is None and injured is None and _blow(words, f.i, f.j):
                continue  # "في أحدث ضربة لحزب الرابطة"، "تعرض لضربة عنيفة جراء أحداث الربيع العربي": a figure
            if sports and not _unmistakable(words, f, any(q is not None and q.value is not None for q in (killed, injured))):
                continue  # "شن لاعبو الفريق هجوما مكثفا على المرمى": play in a match report
            roundup_told = is_roundup_total(words, f.lo, f.hi) or (
                (killed is not None or injured is not None) and _roundup_after(words, f, frames[fx + 1:]))
            if (killed or injured) and roundup_told:
                # "لقي 6 أشخاص مصرعهم ... اليوم في حوادث أمنية منفصلة": the round-up's day, wherever its sentence
                # gives it, dates the incidents told after it (a lead's dates the whole article's)
                day = _date(ctx, f) or next((h for h in ctx.dates[si] if h.mention.kind in {"rel", "wd"}), None)
                if day is not None:
                    roundup_dates.append((si, day))
            war = _militants_in_war(ctx, f, out) if MILITANTS_IN_WAR and terror_k and f.generic_only else None
            in_war = war is not None
            if in_war:
                f = war  # (the militants' own clause when the violence is told before them in their sentence)
            if terror_k and f.generic_only and f.concepts == ["killed"] * len(f.concepts) and not in_war:
                continue
            if in_war and killed is None:  # the militants' count, read as a strike's toll is (casualties_frame)
                killed, ktext, _ = casualties(ctx, replace(f, concepts=["attack", *f.concepts]), KILLED)  # "قتل 20 إرهابياً": a security operation's result, not an attack
            if f.concepts and all(c == "killed" for c in f.concepts) and killed is not None and any(
                    b in _MANAGED for w in words[max(0, f.i - 3):f.i] for b in bare(w)) and any(
                    w in {"منهم", "منها"} for w in words[killed.end:killed.end + 2]):
                continue  # "وتمكنت من قتل خمسة منهم": the hunted group's losses in an operation, not an attack
            attackers = killed is not None and injured is None and any(
                b in _ATTACKERS for w in words[killed.end:killed.end + 3] for b in bare(w))
            if attackers:
                killed, ktext = None, None  # "قتلت قوات الأمن 5 من المهاجمين": the attack told before, ended
            place = _place(ctx, f)
            poisoned = POISON_OWN and poisoning(words, f.i)
            if DESCRIBED_NAMED and place is not None and _described(place.location.name):
                place = None  # "في مدينة صغيرة تقع شمال العاصمة": a description, no name
            # "للقضاء عليها": a preposition with a pronoun is never the name of a place after a place noun
            named = _read_named(ctx, f, words)
            if not named:  # "استعادت مواقع في منطقة X، عقب معارك": the place taken, told before the battle noun
                named = _seized_place(ctx, f, words, place)
            if place is not None and any(p.i == place.i for p in named):
                # "في قرى البوعيثة والبوحياة وأبو غريب": the frame's place is one of the list, and the names the
                # gazetteer lacks lie in its area
                named = [_within(p, place) for p in named]
            elif named and place is not None and named[0].i < place.i \
                    and _gap_steps(words, _holders_end(words, named[-1].j, place.i), place.i) <= _PARENT_GAP:
                named = [_within(p, place) for p in named]  # "منطقتي الصفا والريان بمديرية نهم"
            elif named and place is not None and place.i < f.i <= named[0].i and _reference_point(words, place.i):
                # "وفي مديرية أرحب شمال العاصمة صنعاء، قصفت ... في منطقة الرضمة": a place by the reference point
                named = [_within(p, place) for p in named]
            elif named and place is not None and place.weak and named[0].i < place.i:
                pass  # "تفجير مسجد في حي الصوابر ... في كل من سوريا والعراق": the named quarter, not a country
            elif named and place is not None and place.i < named[0].i and killed is None and injured is None \
                    and _joined_to(words, place, named[0]):
                named = [place, *(_within(p, place) for p in named)]  # "في مديرية صرواح ومنطقة المشجح" (KNOWN_JOINED)
            elif NAMED_LIST and len(named) > 1 and place is not None and not place.weak \
                    and place.location.admin_level != "country" and _list_in_area(place) \
                    and not any(_adverbial(s, p) for p in named) \
                    and len(listed := (_list_clause(words, named, place) if NAMED_LIST_CLAUSE else named)) > 1:
                # "في مناطق X وY وZ بين محافظتي مأرب والبيضاء" (:data:`NAMED_LIST`)
                named = [_within(p, place) for p in listed]
            elif place is not None:
                named = []
            if CONJUNCT_TOLL and (killed is not None or injured is not None) and len(named) > 1:
                # "قتل ثلاثة في هجوم على منطقة X وسوق Y": the toll of the two together keeps its one record
                named = named[:next((k for k, p in enumerate(named) if k and head_conjunct(words, p.i)), len(named))]
            if VALLEY_AREA and named and place is None:
                named = [_valley_within(ctx, f, p) for p in named]  # "في وادي X" in news of one province
            if named:
                place = named[0]  # "في منطقة سد العقران": a place no gazetteer knows
            if poisoned:
                # "حملت لندن موسكو مسؤولية تسميم العميل"، "طردت الدولة دبلوماسيين روسا بسبب تسميم المعارض في
                # بريطانيا"، "أمهلت روسيا يومين": the accused or the answering state is not where it was done;
                # its own place is told after it, as where ("في بريطانيا"، "في مدينة سالزبري"، "في سالزبيري")
                reach = min(f.hi, f.j + _POISON_PLACE_REACH)  # ("... بسبب تسميم العميل ومن بين خطواتها مقاطعة
                # مباريات كأس العالم في روسيا": a place further on is another matter's)
                own = [(m.i, place_at(ctx, si, m)) for m in ctx.places_in(si, f.j, reach) if _locative(words, m.i)]
                own += [(p.i, p) for p in named if f.j <= p.i < reach and p.i and words[p.i - 1] == "في"]
                place = min(own, key=lambda t: t[0])[1] if own else None
                named = []
                if place is None:
                    continue  # "ومنذ تسميم العميل ... ساءت العلاقات": a poisoning named with no place of its own is
                    # the story's allusion (the place of the story's other news is not where it was done)
            listed = named if len(named) > 1 else _known_list(ctx, f, place)
            if len(listed) < 2:  # "في منطقتي باجور ووادي السرو": one known place and one the gazetteer lacks
                listed = mixed_dual(ctx, f, _MIN_SHARE) or listed
            if len(listed) < 2:  # "هجومين منفصلين، الأول على حاجز في مدينة ... والثاني على مقر في مدينة ..."
                listed = _ordinal_parts(ctx, f, any(_indefinite_dual(w) for w in words[:f.hi])) or listed
            if COUNTED_LIST and len(listed) < 2 and killed is None and injured is None:
                # (a toll told with the first place is that place's: "قتل خمسة في الرمادي وثلاثة في بيجي" keeps it)
                listed = _counted_list(ctx, f, place) or listed
            date = _date(ctx, f)
            if poisoned and date is not None and (
                    not f.i <= date.i < f.hi or _DEADLINE & {words[date.i - 1] if date.i else "", words[date.i]}):
                date = None  # "أمر ترمب، الاثنين، بطرد ... ردا على تسميم العميل": the answer's day, not the poisoning's
            if date is None and PARTS_DAY:
                date = _parts_day(ctx, f)
            if date is not None and any(date.j <= x < f.i for x in answered):
                date = None  # "استدعت الحكومة سفيرها الأربعاء ردا على قصف طال سفارتها": the answer's day, not the attack's
            if _judged_crime(ctx, si, date):
                continue  # "أقدم الجاني على قتل شقيقين" in a story of his sentence carried out: the crime judged
            perp = perpetrator(ctx, f)
            if perp is None and PARTS_DOER:
                perp = _launch_doer(ctx, f)
            if in_war and perp is not None and killed is not None and killed.value is not None \
                    and killed.end <= perp.i <= killed.end + 3 and any(m is perp for m in ctx.mentions[si]):
                perp = None  # "مقتل 13 عنصرا من التنظيم": the militants' own group, not who killed them
            # "وفي حوادث مماثلة قتل ثلاثة": an incident like the one told just before, of its kind
            like = next((list(o.types) for o in reversed(out) if o.si >= si - _SIMILAR_BACK and o.types), []) \
                if SIMILAR and not f.types and any(
                    b in _SIMILAR for w in words[max(f.lo, f.i - 3):min(f.hi, f.j + 2)] for b in bare(w)) else []
            # (a revised toll with no event word is of the incident told in the sentences before it: its violence)
            after_incident = f.toll_only and any(o.si >= si - _UNPLACED_REACH for o in out)
            if f.concepts and all(c == "killed" for c in f.concepts) and (
                    killed is None or not (_violent(ctx, si) or like or after_incident or in_war
                                           or _cues._protest_told(ctx, si, killed))) \
                    and not _killed_by_force(ctx, si, f.i):
                continue  # a death with no count, or with no violence told (an accident), is no attack here
            counted_now = any(q is not None and q.value is not None for q in (killed, injured))
            if is_analysis(words) and not (counted_now and si in ctx.lead):
                continue  # research and statistics count or study events; they do not tell one
            day_dated = date is not None and date.resolved.precision == "day"
            if not day_dated and is_footage(words, f.i) and not (FOOTAGE_OF_OCCURRED and _occurred_told(words, f, date)):
                continue  # "أظهر مقطع فيديو جنودا يطلقون النار": footage with no day of its own, no incident told
            counts = [q.value for q in (killed, injured) if q is not None and q.value is not None]
            roundup = bool(counts) and roundup_told
            if _history(ctx, date) and not (place is not None or counts):
                continue  # "حرب الخليج عام 1991": history named in passing, with no place or toll of its own
            told_hi = _place_aside(words, f, killed, injured)  # "... في جنوب الإقليم، حيث تكررت الهجمات منذ أسابيع"
            rise = _rise_cut(words, f, killed, injured, day_dated)
            tw, told_hi = words[:rise], min(told_hi, rise)  # (the words the totals' tests read: :data:`RISE_CLAUSE`)
            protest_day = _protest_hours(ctx, si, f, killed)
            if is_aggregate(tw, f.lo, told_hi, day_dated) or is_statistic(tw, counts, len(ctx.dates[si]) > 1) or (
                    not (day_dated and not _is_report_date(words, date, s)) and not protest_day
                    and (is_period_total(tw, f.lo, told_hi, max(counts) if counts else None)
                         or is_spanned_total(tw, max(counts) if counts else None)
                         or so_far_total(tw, f.i))):
                totals.add(si)
                continue  # a campaign's running toll, a year's incidents, a history lesson: not one attack
            if MASS_DEATHS and killed is not None and killed.value is not None and killed.value >= _MASS_DEATHS_MIN \
                    and set(f.concepts) <= {"killed"} and not f.toll_only \
                    and not any(b in _MASSACRE for w in words[f.lo:f.hi] for b in bare(w)):
                continue  # "نعى مقتل 2000 من أبناء المدينة على يد مسلحي التنظيم": thousands dead told with no attack
                # word sum a war's or a rule's killings, not one attack's
            if REPORT_TALLY and counts and not day_dated and documents_before(words, f.i) and ctx.once(
                    "attacks.report_story", lambda: any(reports_a_period(x.words) for x in ctx.sentences)):
                continue  # "ووثق المركز إصابة 6 ..." in a story of a report on a month: the report's
                # tally of the month, not one incident (a monitor's news of one strike tells no report's period)
            if not day_dated and _torture_tally(words, counts):
                continue  # "وفاة 40 مختطفا تحت التعذيب": deaths in custody counted over a span, not one attack
            if SPAN_OF_PROTESTS and counts and max(counts) >= _SPAN_MIN_TOLL and si > min(ctx.lead, default=-1) \
                    and _over_a_span(ctx, si, f.lo, f.hi):
                continue  # "سقط 40 متظاهرا خلال المسيرات المقرر أن تنتهي الشهر المقبل": a run's total told as context, not
                # one day's (a report's opening total is left: its breakdown told after it would stand alone)
            sx = since_start(tw, f.lo, min(f.hi, rise), f.i)
            if sx is not None and not (day_dated and not sx < date.i <= sx + 8):
                continue  # "ومنذ بدء الإضراب في 3 مايو قتل 70"، "اختطفت الآلاف منذ اجتياحها للعاصمة":
                # what happened over a span since a start (its date is the start), not one day's incident
            if roundup and (place is None or place.location.admin_level == "country"
                            or (_several_places(ctx, f) and len(listed) < 2)):
                continue  # "قتل 30 شخصا في سلسلة تفجيرات في العراق"، "في حوادث منفصلة في بغداد وكركوك ونينوى ومدن
                # أخرى": the sum of a round-up whose incidents are told apart ("في هجومين منفصلين في بغداد وكركوك" is
                # one incident per place listed, with the toll kept as written)
            if TOTAL_BREAKDOWN and counts and si - 1 in totals and si not in ctx.lead and not day_dated \
                    and (place is None or place.weak) and not named \
                    and any(b in _DEFINITE_PLURALS for t in words[f.i:f.j] for b in bare(t)):
                continue  # "وقالت إن 12 من قادتهم قتلوا في الغارات" after a period's total: a part of that total
            past, news = _background(ctx, replace(f, hi=told_hi) if told_hi < f.hi else f,
                                     None if since_date(words, date) else date)  # (no event's own date)
            if poisoned and date is None:
                past, news = True, False  # a poisoning told with no day of its own: the earlier deed a story of its
                # aftermath (expulsions, an inquiry, a recovery) is about
            if BIOGRAPHY and past and _biography(words, f, killed, injured, place, named, date):
                continue  # "مؤسس الجماعة الذي قتل في 2004": how a person named in the news died, told in passing
            counted = (killed is not None and killed.value is not None) or (injured is not None and injured.value is not None)
            if not counted and not day_dated and (place is None or place.location.admin_level == "country") \
                    and over_recent_span(words, f.lo, told_hi):
                continue  # "وسقط كثير من الضباط قتلى في الفترة الأخيرة خلال معارك على جبهات متفرقة": a run of
                # events over a span, not one incident
            noise = (prevention or habit or trend) and not counted  # "لمنع تكرار الخروقات التي أدت إلى مقتل 13": real
            # "هذه الغارات"، "تلك الهجمات": a demonstrative before a definite attack noun (before a verb it is a
            # connective: "إلى ذلك، انفجرت عبوة ناسفة" tells a new incident)
            refers_back = f.i > 0 and _demonstrative(words[f.i - 1]) and words[f.i].startswith("ال")
            if not refers_back and out and killed is None and injured is None and date is None \
                    and (place is None or place.weak) \
                    and any(b in _DEFINITE_PLURALS for t in words[f.i:f.j] for b in bare(t)):
                refers_back = True  # "الغارات في شرق سوريا ...": the strikes told before (a town of its
                # own makes a new item of a round-up: "وفي الحسكة دمرت الغارات ...")
            if PLACE_BREAKDOWN and refers_back and len(listed) > 1 and not f.battle_told:
                refers_back = False  # "وأضاف أن أربعا من هذه الضربات استهدفت مواقع قرب ... و...": the strikes told
                # before, broken down by place: one incident per place listed (guidelines), not the lead's total again
            # "وقال الناطق إن الحملة طالت عدة أوكار فقتل سبعة": the incident told in an earlier
            # sentence, told again by its definite name with no place or day of its own
            cause = _told_by_cause(words, f)
            latest = LATEST_TOLD and not named and date is None and killed is None and injured is None \
                and place is not None and place.location.admin_level in {"governorate", "country"} \
                and _latest(words, f)  # "وجاءت حادثة إطلاق النار الأخيرة بولاية ..." after the shooting in a city of it
            told_again = not refers_back and (place is None or place.weak or latest) and not named \
                and (date is None or _is_report_date(words, date, s)) \
                and (bare_in(words[f.i], _DEFINITE_SINGULARS) or cause is not None
                     or (RELATIVE_TOLD and _relative_toll(words, f)) or latest) \
                and not any(b in _NEW_EVENT_NOUNS for w in words[cause or f.i + 1:f.hi] for b in bare(w)) \
                and any(o.anchored and o.si < si for o in out)
            # "ما أسفر عن مقتل أربعة ... إضافة إلى مقتل ثلاثة آخرين": more victims of the incident its
            # sentence told just before, not an incident of their own
            if not told_again and place is None and not named and date is None and killed is not None \
                    and killed.end < len(words) and normalize(words[killed.end]) in _OTHERS \
                    and any(o.si == si and o.killed is not None for o in out):
                told_again = True
            # "صد الجيش هجوما في البلدة وقتل 10 من المهاجمين": a repelled attack told with its own event word and the
            # attackers' deaths is one where violence happened (guidelines D-19), not only the end of one told before
            ended_only = attackers and not (REPELLED_TOLD and any(c != "killed" for c in f.concepts))
            anchored = not noise and not refers_back and not ended_only and (
                place is not None or killed is not None or injured is not None
                or (date is not None and (date.resolved.iso or date.mention.kind not in {"period"})))
            if (prevention or habit or trend) and killed is None and injured is None:
                continue  # talk of attacks in general, not an event
            if _denied(words, f.lo, f.i, counted):
                continue  # "نفت الداخلية وجود محاولة لاختطاف طائرة": the event is what was denied
            if READYING and not counted and (date is None or date.resolved.precision != "day") and any(
                    b in _READYING for w in words[max(f.lo, f.i - 3):f.i] for b in bare(w)):
                continue  # "رصدت الطائرات عناصر تستعد لإطلاق قذائف": fire made ready, not fired (a day of its own
                # tells a done event in the frame: "يتأهب المسلحون لاقتحام البلدة، فيما قصفت المدفعية أمس مخزنا")
            if not counted and _threat_or_foiled(words, f.lo, f.i, f.hi):
                continue  # "هدد باغتيال قادة"، "ضبط شبكة خططت لتنفيذ هجمات": no attack took place
            laid = any(b in _PLANTING for w in words[f.lo:f.i] for b in bare(w)) or (
                SPREAD_LAID and f.i > f.lo and bare_in(words[f.i - 1], _SPREADING))
            if not counted and laid and not any(
                    b in _BLAST_IN_CLAUSE for w in words[f.lo:f.hi] for b in bare(w)):
                continue  # "زرعت الميليشيات هذه الكمية من الألغام في منطقة مندبة": mines laid, none told going off
            if set(f.concepts) <= {"killed"} and f.j < len(words) and any(
                    b in _SELF for w in words[f.j:f.j + 2] for b in bare(w)):
                continue  # "حاولت قتل نفسها": a suicide (attempted), not an attack (a bomber "فجر نفسه" is no kill word)
            if not counted and not f.battle_told and any(
                    b in _CLEARANCE for w in words[f.lo:f.i] for b in bare(w)):
                continue  # "انتزعت الفرق الهندسية مئات الألغام والعبوات الناسفة": mines cleared, not set off (a
                # battle told is no mine: "انتزعت قوات الجيش السيطرة على مواقع، عقب معارك عنيفة")
            battle_only = f.battle_told and killed is None and injured is None and set(f.concepts) <= {"armed_assault"}
            if battle_only and (place is None or not anchored or past):
                continue  # fighting with no toll is one incident only where it is told taking place, as today's news
            base = [window_span(s, f.i, f.j)]
            for q in (killed, injured):
                if q is not None and 0 <= q.start < len(s.tokens):
                    base.append(window_span(s, q.start, max(q.end, q.start + 1), before=6, after=6))
            # "منها الوهط وصبر والفيوش"، "بقصف في قضاء بيجي ومدينة الرمادي": one strike per place
            # named; a toll told for them together is no place's own (kept only as written)
            shared = len(listed) > 1 and (BATTLE_LISTED or not battle_only)  # (off: fighting across places is one battle)
            if VIOLENCE_DUALS and not shared and place is not None and place.i > 0 \
                    and bare_in(words[place.i - 1], _ROUNDUP_DUAL_PLACES) \
                    and (roundup_told or any(_indefinite_dual(w) for w in words[f.lo:f.hi])):
                killed, injured = None, None  # "قتل شرطيان في هجومين منفصلين في مدينتي ..." with one of the two
                # places read: the toll is of both incidents together, no place's own (kept only as written)
            for p in (listed if shared else [place]):
                spans = base + ([window_span(s, p.i, p.j, before=6, after=4)] if p is not None else [])
                out.append(_Event(
                    si, f.i, spans, p, date, None if shared else killed, ktext, None if shared else injured, itext, perp,
                    _target(ctx, f, killed, perp, p), _air_carried(ctx, f, out) or list(f.types) or like or _dropped(ctx, f)
                    or _relative_suicide(words, f),
                    weapons(ctx, f), past, news, anchored,
                    report_date=date is not None and _is_report_date(s.words, date, s),
                    said_day=date is not None and speech_day(s.words, date, s),
                    generic="attack" in f.concepts,
                    placed=bool(named or any(not _aside(words, m.i, f.i) for m in ctx.places_in(si, f.lo, f.hi))
                                or any(not _aside(words, x, f.i) for x in foreign_places(words, f.lo, f.hi))
                                or named_settlement(words, f.lo, f.hi)
                                or any(not _aside(words, x, f.i) for x in named_sea(words, f.lo, f.hi))),
                    update=counted_now and _toll_update(words),
                    frame=f,
                    listed=shared,
                    told_again=told_again,
                    by_cause=told_again and (cause is not None or (counted and (_causes_toll(words, f) or _toll_of(words, f)))),
                    battle_only=battle_only,
                    segment=sum(1 for x in marks if x < f.i),
                    victims=_victim_side(ctx, si, killed, injured),
                    battle=bare_in(words[f.i], _BATTLE),
                    parts=_parts(words, killed),
                    history=date.resolved.iso[:4] if _history(ctx, date) else None,
                    stale=_stale(ctx, date),
                    sourced=date is None and f.i > 0 and words[f.i - 1] == "ان"
                    and bare_in(words[f.i], _DEFINITE_PLURALS)
                    and any(b in _REPORT_VERBS for w in words[max(0, f.i - 5):f.i - 1] for b in bare(w)),
                    relative=not REL_PRONOUNS.isdisjoint(words[max(f.lo, f.i - 2):f.i]),
                    speech_date=date is not None and any(
                        b in _SPEECH_NOUNS for w in words[max(0, date.i - 3):date.i] for b in bare(w)),
                    similar=SIMILAR_APART and any(bare_in(w, _SIMILAR) for w in words[f.j:min(f.hi, f.j + 2)]),
                    at_sea=not bare_in(words[f.i], PLURAL_EVENTS) and not _purpose(words, f.i)
                    and any(not _aside(words, x, f.i) for x in named_sea(words, f.lo, f.hi)),
                    another=ANOTHER_APART and f.j < f.hi and words[f.j] in _ANOTHER
                    and not has_phrase(words, f.j, min(f.hi, f.j + 6), _SAME_PLACE),
                    others=OTHERS_APART and not shared and _told_as_others(words, killed),
                    definite=any(bare_in(w, _DEFINITE_SINGULARS) for w in words[f.lo:f.j]),
                    clause_apart=fx > 0 and (clause_opens(words, frames[0].j, f.i, _APART_OPENERS)
                                             or _own_clause_between(ctx, si, frames[0].j, f.i)),
                ))
    return out
