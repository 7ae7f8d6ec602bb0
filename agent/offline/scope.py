"""Is a frame one event that happened? Talk about attacks that is not an attack, and places outside Iraq.

News about violence is full of mentions that are not events: plans and arrests ("اعتقلت
الشرطة رجلا كان يخطط لهجوم"), threats and warnings ("هجوم محتمل"، "هدد باستهداف"),
charges in court ("بتهمة تفجير"), research and statistics ("حللت الدراسة 2,200 حادثة
خلال عام 2014"), and tolls summed over a campaign ("مقتل 260 مسلحا خلال أسبوع من
الغارات"). These rules tell them apart from one event, from the words of the frame only.
They also find places written as outside Iraq ("في غزة"، "في مدينة أضنة التركية") so
that an Iraqi gazetteer word elsewhere in the sentence is not taken for the event's place.

This module is the entry point and holds the switches; the rules live beside it, each importing only those listed
before it:

- ``scope_phrases``: the word and phrase tables (every clitic surface of a word, phrases looked up in a span).
- ``scope_totals``: tolls that sum up a period, a report or a round-up, not one event.
- ``scope_acts``: talk of violence that is no act told as done (courts, accidents, cyber attacks, conditions,
  modals, denials, series and campaigns).
- ``scope_mishaps``: deaths and wounds with no attacker (collisions, storms, rescues, fireworks, fires).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress

from marsad.agent.dates import TOLD_DAY_WORDS
from marsad.agent.offline import rules
from marsad.agent.offline.context import bare, bare_flags, bare_in
from marsad.agent.offline.mentions import FOREIGN_NISBA
from marsad.agent.offline.scope_acts import (
    _COURT_REACH,
    _ELECTRONIC_SURFACES,
    cyber_told,
    depicted,
    device_found,
    in_series,
    is_accident,
    is_analysis,
    is_campaign,
    is_ceasefire,
    is_conditional,
    is_judicial,
    is_modal,
    is_negated,
    sentenced,
    sentenced_on,
)
from marsad.agent.offline.scope_mishaps import (
    disaster_strike,
    fire_told,
    holy_site_incursion,
    incursion_at,
    mishap_told,
    police_raid,
    rescue_operation,
    vehicle_collision,
)
from marsad.agent.offline.scope_phrases import (
    clitic_surfaces,
    has_phrase,
    phrase_hits,
    phrase_table,
    word_forms,
)
from marsad.agent.offline.scope_totals import (
    _PERIOD_TOTAL_MIN,
    _PLURAL_EVENTS,
    _PLURAL_MEANS,
    _REPORT_CUES,
    _REPORT_NOUNS,
    _SENTENCE_SPAN_REACH,
    _SINCE,
    _SPAN_OPENERS,
    _mass_toll,
    counts_cases,
    documents_before,
    is_aggregate,
    is_documented,
    is_period_total,
    is_report_total,
    is_roundup_total,
    is_spanned_total,
    opens_with_span,
    since_today,
    so_far_total,
)
from marsad.core.arabic import normalize

__all__ = ["PLAN_WORDS", "clitic_surfaces", "word_forms", "phrase_table", "has_phrase", "phrase_hits",
           "is_hypothetical", "is_reaction", "is_campaign", "is_analysis", "is_aggregate", "is_non_incident",
           "is_ceasefire", "is_period_total", "is_roundup_total", "foreign_places", "foreign_place_after", "named_sea", "vessel_target",
           "is_modal", "is_report_total", "is_conditional", "opens_with_span", "is_court", "is_footage",
           "is_spanned_total", "counts_cases", "cyber_told", "device_found", "documents_before", "in_series",
           "is_accident", "is_judicial", "sentenced", "sentenced_on", "so_far_total", "incursion_trigger"]

PLAN_WORDS = rules.words("scope", "plan_words")
"""Words just before an event word that make it a plan, an arrest, a charge or any attack ("أي هجوم")."""

_ANY_FEMININE = rules.words("scope", "any_feminine")
""""أية" (any) and its glued forms ("لأية"، "بأية"), matched as whole tokens: clitic stripping would find "ايه" in
"ولاية" (a province), so the word cannot stand with :data:`PLAN_WORDS` ("ولأية" is left out: it is "ولاية" too)."""

_PERMIT = rules.words("scope", "permit_words")
"""Verbs and nouns of permitting ("سمحت للطائرات بشن ضربات"، "السماح بقصف"): the permitted act, told after a glued
"ب", is allowed, not done (:func:`permitted`)."""
PERMITTED = True  # module switch (A/B measurement)

_THREATS = rules.words("scope", "threats")
"""Threat verbs govern the whole clause after them ("هدد التنظيم على مواقع التواصل باستهداف ...")."""

_HYPOTHETICAL_AFTER = rules.words("scope", "hypothetical_after")
"""Words just after an event word that make it a possibility or a future event ("هجوم محتمل")."""


PLURAL_EVENTS = _PLURAL_EVENTS
"""Attacks named in the plural ("هجمات"، "العمليات"، "تفجيرات"): several events."""

FOREIGN_PLACES = rules.words("scope", "foreign_places")
"""Cities and regions outside Iraq as single normalised words (two-word names joined with "_")."""

FOREIGN_COUNTRIES = rules.words("scope", "foreign_countries")
"""Countries: a place only when written as one ("في سوريا"، "بتركيا"), not as an actor ("أعلنت تركيا")."""

_NAME_PARTS = rules.words("scope", "name_parts")

_LOCATIVE = rules.words("scope", "locative")

_PLACE_NISBA = FOREIGN_NISBA - rules.words("scope", "place_nisba")

_NON_INCIDENT = rules.words("scope", "non_incident")
"""Benefits, commemorations and cyber-attacks: a sentence about them tells no violent event of its own."""
ELECTRONIC_ATTACK = True  # switch for A/B measurement (tests patch it)

_COURT = rules.words("scope", "court_words")
"""A conviction or trial ("أدين بقتل"، "بعد إدانته بقتل"، "محاكمة المتهم بتنفيذ الهجوم"): the killing it judges is
past, told as a case before a court, not as the news of an incident."""
_CONVICTION = rules.words("scope", "conviction_words")
""""أدين"، "إدانة" also mean condemn ("عبرت عن إدانتها لاعتداء ..."): they make a conviction only with the charge
after "ب" ("أدين بقتل"، "بعد إدانته بتنفيذ الهجوم")."""
_STRONGLY = rules.words("scope", "condemn_adverbs")
""""بشدة"، "بقوة": how strongly something is condemned ("أعرب عن إدانته بشدة للهجوم"), no charge."""
VERDICT = True  # module flag, for A/B measurement only
FOUND = True  # module flag, for A/B measurement only
_SHOW_VERBS = rules.words("scope", "show_verbs")
_FOOTAGE = rules.words("scope", "footage_nouns")
"""A video or photos that show an attack ("أظهر مقطع فيديو جنودا يطلقون النار على ..."): footage of an event whose
day the sentence does not give is no incident told by it."""


_COUNTED_EVENTS = rules.words("scope", "counted_event_nouns")
"""Attack nouns after a count ("380 هجوما"، "41 ضربة"): singular accusatives and plurals."""
_REACTIONS = rules.words("scope", "reaction_verbs")
"""Condemnation and rejection ("دانت"، "ندد"، "استنكار"، "رفضها"): a reaction to an attack told elsewhere."""
_REACTION_TOLD = rules.words("scope", "reaction_told_after")
"""Words right after an attack word that tell its own facts (a place "في"/"على"، a relative clause "الذي"، a day "أمس"،
a result "أسفر"): a reaction that tells them names the incident, it does not only react to it."""
_REACTION_REACH = int(rules.number("scope", "reaction_reach"))

_CAPABILITY = rules.words("scope", "capability_words")
"""Words of capability just before an attack word ("قادرة على استهداف العمق"، "بإمكانها ضرب"): what a side can do,
not what it did."""
_USED_FOR = rules.words("scope", "used_for_words")
_USED_FOR_REACH = int(rules.number("scope", "used_for_reach"))
"""A habitual verb of use or a noun of a launch site ("تستخدم"، "كمنصات") up to ``used_for_reach`` tokens before an
attack noun written with the purpose "ل" ("قاعدة تستخدم لشن غارات"، "اتخذوها كمنصات لاستهداف القرى"، "تستخدم المدارس
لقصف الأحياء"): what a place or a thing serves for, no incident told. A perfect verb of use ("استخدموا سكاكين
لمهاجمة الحراس") tells a done act and is not read so."""
USED_FOR = True
"""Module switch of the use-purpose reading (A/B measurement)."""
_STATISTIC_EVENTS = int(rules.number("scope", "statistic_event_count"))
_MULTIPLIERS = {normalize(k): int(v) for k, v in rules.table("scope", "count_multipliers").items()}
"""A number word after digits ("36 ألف غارة"، "12 مليون"): the count is the digits times it."""
MULTIPLIED = True  # module flag, for A/B measurement only
"""So many attacks counted in one sentence ("12053 غارة"، "380 هجوما") are a tally, never one incident."""
_ATTRIBUTED_TOLL = int(rules.number("scope", "statistic_attributed_toll"))


def _names_day(words: list[str]) -> bool:
    """Whether the sentence names a day (:data:`~marsad.agent.dates.TOLD_DAY_WORDS`: a weekday, "أمس"، "اليوم"), in any
    of its clitic forms."""
    return any(b in TOLD_DAY_WORDS for w in words for b in bare(w))


_ATTRIBUTION = frozenset(w for w in rules.words("scope", "attribution_cues") if "_" not in w)
_REPORT_PERIODS = rules.words("scope", "report_periods")
"""Periods of a month or more a report sums over ("خلال شهر يناير"، "خلال العام الماضي")."""
_REPORT_OPENERS = _SPAN_OPENERS | rules.words("scope", "report_until")
"""A report sums up to the end of a period too ("حتى نهاية العام الماضي"، "حتى مطلع الشهر"): the span openers and
"حتى"."""
REPORT_UNTIL = True  # module flag, for A/B measurement only
_PLAN_GOVERNORS = rules.words("scope", "plan_governors")
_PLAN_REACH = int(rules.number("scope", "plan_reach"))
"""Verbs and nouns of planning govern the clause after them like threats ("والتخطيط لاستخدام عبوة
ناسفة"، "كان يخطط مع آخرين لتفجير ...")."""
_DESIRE = rules.words("scope", "desire_words")
"""Verbs of wanting just before an attack word ("كانا يريدان تفجير نفسيهما"): what someone meant to do, like a
plan word (the same three-token reach)."""
_FUTURE = rules.words("scope", "future_words")
"""Future verbs of acting just before an attack word ("سيرد بهجوم صاروخي"، "كانا سينفذان اعتداء"): what is yet to
be done (the plan words' reach), beside the future verbs of plan_words."""
_FUTURE_REPLY = rules.words("scope", "future_reply_words")
"""More future verbs just before an attack word, of meeting, turning to or suffering what is to come ("سيقابل
باستهداف"، "ستواجه بضربات"، "سيتم قصف"، "ستتعرض لهجمات"): a threat or a plan, not an act told as done."""
FUTURE_REPLY = True
"""Switch (A/B measurement and its tests) of :data:`_FUTURE_REPLY`."""
MODAL_NEGATED = True
"""Switch (A/B measurement and its tests): "قد لا" / "ربما لا" before an imperfect makes a possibility
(:func:`scope_acts.is_modal`)."""
_CONFLICT = rules.words("scope", "conflict_nouns")
"""A war, an insurgency or a conflict ("أسفر التمرد عن 20 ألف قتيل"): a toll of thousands told with one is the
war's sum."""
_REACTION_NISBA = rules.words("scope", "reaction_nisba")
"""A state's adjective ("الحكومة العراقية أعلنت رفضها ..."، "قوى سياسية عراقية نددت ..."): the reacting side is a
state or its politics, like a country named."""
REACTION = True
DEPICTED = True
SERIES = True  # module flags, for A/B measurement only
CONFLICT = True
DESIRE = True  # module flags, for A/B measurement only
FUTURE = True
NEGATED = True


_NON_INCIDENT_SURFACES = clitic_surfaces(_NON_INCIDENT)
_COURT_SURFACES = clitic_surfaces(_COURT)
_CONVICTION_SURFACES = clitic_surfaces(_CONVICTION)


_TAG_LINE = rules.words("scope", "tag_line_openers")
"""A news site's keyword line ends the article ("سمات طرابلس الأمن المطار"): keywords, not a sentence."""


_ATTRIBUTION_PHRASES = phrase_table(frozenset(w for w in rules.words("scope", "attribution_cues") if "_" in w))
"""A toll of thousands given on someone's count ("وفق اليونيسف"، "حسب تقديرات"، "تشير التقديرات"): a war's or a
campaign's sum."""
_NON_INCIDENT_PHRASES = phrase_table(rules.words("scope", "non_incident_phrases"))
"""Phrases that borrow an attack word for something else: heatstroke ("ضربات الشمس"، "ضربة شمس"), the targeting of
money ("مركز استهداف تمويل الإرهاب"، "باستهداف تمويل الجماعات": sanctions, not strikes)."""
_STORY = phrase_table(rules.words("scope", "story_phrases"))
"""A film's, series' or novel's plot ("قصة الفيلم"، "أحداث المسلسل"): the violence it tells is fiction."""
STORY = True  # module flag, for A/B measurement only
_EXAMPLES = phrase_table(rules.words("scope", "example_markers"))
EXAMPLE = True
"""Switch (pass 51, A/B measurement and its tests): a sentence that gives its violence as an example ("على سبيل
المثال"، "مثلا": "ففي الحرب على سبيل المثال يفر الأطفال تحت القصف"، "هكذا قتل الكاتب مثلا") and names no day and
no number of its own is a writer's illustration, not the news of an incident (:func:`is_example`)."""
VEHICLE_COLLISION = True
"""Switch (A/B measurement and its tests): vehicles colliding ("لقي سائق مصرعه في تصادم بين قطارين") are an
accident, no attack (:func:`scope_mishaps.vehicle_collision`)."""
DISASTER_STRIKE = True
"""Switch (A/B measurement and its tests): a storm or an earthquake that strikes ("ضرب الإعصار سواحل البلاد") is no
air strike (:func:`scope_mishaps.disaster_strike`)."""
RESCUE_OPERATION = True
"""Switch (A/B measurement and its tests): a rescue or search operation told with no violence ("لقي غواص مصرعه خلال
عملية إنقاذ") is no attack (:func:`scope_mishaps.rescue_operation`)."""
MISHAP = True
"""Switch (A/B measurement and its tests): fireworks told with no weapon ("أصيب شاب بانفجار الألعاب النارية") are a
mishap (:func:`scope_mishaps.mishap_told`)."""
SEARCH_RAID = True
"""Switch (A/B measurement and its tests): "غارة" naming a police or immigration raid, told with a search or a breach
of the law ("نفذت الشرطة غارة الدهم"), is no attack at all (:func:`scope_mishaps.police_raid`); a police "غارة" told
otherwise is typed a raid on the ground by ``attacks_records.POLICE_RAID``."""
HOLY_SITE_INCURSION = True
"""Switch (A/B measurement and its tests): settlers or officials "storming" a holy site's grounds with no violence,
harm or arrest told ("اقتحم مستوطنون باحات المسجد الأقصى بحماية الشرطة") is an entry under guard, no attack
(:func:`scope_mishaps.holy_site_incursion`)."""
INCURSION_FRAME_ONLY = True
"""Switch (pass 50, review F3; A/B measurement and its tests): under :data:`HOLY_SITE_INCURSION`, only the frame whose
event word is the storming word is no attack (:func:`incursion_trigger`, read by ``frames.find_frames``), so another
attack told in the same sentence stays ("اقتحم مستوطنون المسجد الأقصى فيما فجر انتحاري نفسه في سوق ببغداد"), and harm
is read by stem too ("وطعنوا حارسا"); off, the whole sentence was no incident and harm was matched word by word."""
FIRE_MISHAP = True
"""Switch (A/B measurement and its tests): a fire told with no violence and no one who set it ("أصيب عاملان باختناق
بعد اندلاع حريق في مخزن") is an accident (:func:`scope_mishaps.fire_told`)."""


def is_non_incident(words: list[str]) -> bool:
    """True for a sentence about a death benefit, a commemoration or a cyber-attack ("وجه بمعاملة الشهيد"), for
    a site's keyword line ("سمات انفجار سيناء مصر"), for one that borrows an attack word for something else
    ("توفي 12 شخصا بسبب ضربات الشمس": heatstroke), and for a judicial execution or an accident
    (:func:`is_judicial`, :func:`is_accident`), for one that tells a film's, series' or novel's plot ("وتدور
    أحداث الفيلم حول شاب يخطط لتفجير سوق"), for one that gives violence as an example (:func:`is_example`), and for
    one of animals slaughtered (:func:`livestock_slaughter`)."""
    return not _NON_INCIDENT_SURFACES.isdisjoint(words) or (bool(words) and words[0] in _TAG_LINE) \
        or _cyber(words) \
        or has_phrase(words, 0, len(words), _NON_INCIDENT_PHRASES) or is_judicial(words) or is_accident(words) \
        or (STORY and has_phrase(words, 0, len(words), _STORY)) or _mishap(words) or is_example(words) \
        or livestock_slaughter(words)


EXAMPLE_TOLD = True
"""Switch (pass 51, review51 finding 9; A/B measurement and its tests): an example that names its place (a place noun
with its name after it: "وفي مدينة الموصل مثلا قصفت الطائرات"), a count word ("عشرات"، "مئات"; not "آلاف", which
writers use of a war at large) or a recent period ("وقت سابق"، "هذا الشهر") is an incident told as an example, not
an illustration: it stays, as one with its day."""
_EXAMPLE_PLACES = rules.words("scope", "example_place_nouns")
_EXAMPLE_COUNTS = rules.words("scope", "example_counts")
_EXAMPLE_PERIODS = phrase_table(rules.words("scope", "example_periods"))


def _example_told(words: list[str]) -> bool:
    """True when an example sentence names a place with its name, a count word or a recent period (:data:`EXAMPLE_TOLD`)."""
    return EXAMPLE_TOLD and (
        any(bare_in(words[x], _EXAMPLE_PLACES) for x in range(len(words) - 1))
        or any(bare_in(w, _EXAMPLE_COUNTS) for w in words) or has_phrase(words, 0, len(words), _EXAMPLE_PERIODS))


def is_example(words: list[str]) -> bool:
    """True when a sentence holds an example marker (:data:`EXAMPLE`: "سبيل المثال"، "مثلا") and no day word and no
    digits: violence given to illustrate a point. "ففي الأسبوع الماضي مثلا قتل 5 في تفجير سوق الخميس" names its day
    and its toll in digits: an incident told as an example stays, and so does one with its place, a count word or a
    recent period (:func:`_example_told`)."""
    return EXAMPLE and has_phrase(words, 0, len(words), _EXAMPLES) \
        and not _names_day(words) \
        and not any(any(c.isdigit() for c in w) for w in words) and not _example_told(words)


LIVESTOCK_SLAUGHTER = True
"""Switch (pass 51b, A/B measurement and its tests): a sentence whose every slaughter word ("ذبح"، "نحر") has a
livestock noun as its object, after its subject at most ("من ذبح أغنامهم"، "ذبح الأهالي أغنامهم") or, glued to a pronoun or as the verbal
noun, one just before it ("اشترى التاجر الخراف ثم ذبحها") tells butchery or a sacrifice, no execution. A livestock
noun of likeness ("ذبحوه كالشاة") tells the killing of a man: the sentence stays."""
_SLAUGHTER = rules.words("scope", "slaughter_words")
_LIVESTOCK = rules.words("scope", "livestock_words")
_LIVESTOCK_BEFORE = 8
_SLAUGHTER_SURFACES = clitic_surfaces(_SLAUGHTER)


def livestock_slaughter(words: list[str]) -> bool:
    """True for a sentence of animals slaughtered (:data:`LIVESTOCK_SLAUGHTER`)."""
    if not LIVESTOCK_SLAUGHTER or _SLAUGHTER_SURFACES.isdisjoint(words):
        return False  # (no slaughter word with whatever clitics: most sentences)
    cuts = list(compress(range(len(words)), map(bare_flags(_SLAUGHTER), words)))  # (bare_in of each word, in C)
    if not cuts or any(w[:1] == "ك" and w[1:] in _LIVESTOCK for w in words):
        return False

    def animal(x: int) -> bool:
        if any(bare_in(v, _LIVESTOCK) for v in words[x + 1:x + 3]):
            return True  # its object, after the subject at most ("ذبح الأهالي أغنامهم")
        w = words[x]
        glued = w.endswith(("ها", "هم", "ه")) or w.startswith(("ال", "وال"))
        return glued and any(bare_in(v, _LIVESTOCK) for v in words[max(0, x - _LIVESTOCK_BEFORE):x])

    return all(animal(x) for x in cuts)


def _mishap(words: list[str]) -> bool:
    """True for a sentence that tells a collision, a disaster's strike, a rescue, fireworks or a fire (:mod:`scope_mishaps`,
    each under its switch)."""
    return (VEHICLE_COLLISION and vehicle_collision(words)) or (DISASTER_STRIKE and disaster_strike(words)) \
        or (RESCUE_OPERATION and rescue_operation(words)) or (MISHAP and mishap_told(words)) \
        or (FIRE_MISHAP and fire_told(words)) or (SEARCH_RAID and police_raid(words)) \
        or (HOLY_SITE_INCURSION and not INCURSION_FRAME_ONLY and holy_site_incursion(words))


def incursion_trigger(words: list[str], i: int) -> bool:
    """True when the event word at ``i`` is the storming of a holy site's grounds with no harm told
    (:func:`scope_mishaps.incursion_at`, under :data:`HOLY_SITE_INCURSION` and :data:`INCURSION_FRAME_ONLY`)."""
    return HOLY_SITE_INCURSION and INCURSION_FRAME_ONLY and incursion_at(words, i)


def _cyber(words: list[str]) -> bool:
    """True for an attack noun qualified as electronic ("هجوم إلكتروني"، "للهجمات الإلكترونية"); with the switch off,
    any electronic adjective, as before."""
    if not ELECTRONIC_ATTACK:
        return not _ELECTRONIC_SURFACES.isdisjoint(words)
    return cyber_told(words)


def is_court(words: list[str], i: int) -> bool:
    """True when a trial word stands up to ``court_reach`` tokens before the event word at i, or a conviction
    word whose charge, told after "ب", holds the event word ("أدين بقتل"، "إدانته بتنفيذ الهجوم"), or the event
    word is a death sentence passed or asked for (:func:`sentenced`)."""
    before = words[max(0, i - _COURT_REACH):i]
    if not _COURT_SURFACES.isdisjoint(before):
        return True
    charged = any(w.startswith("ب") and w not in _STRONGLY for w in words[max(0, i - 2):i + 1])
    return (charged and not _CONVICTION_SURFACES.isdisjoint(before)) or (VERDICT and sentenced(words, i)) \
        or (SENTENCED_ON and charged and sentenced_on(words, i))


SENTENCED_ON = True
"""Switch (A/B measurement and its tests): a sentence passed on people for a charge ("حكم على جنديين بتهمة قتل
مزارع") judges a past killing; it is no incident of the news."""


def is_footage(words: list[str], i: int) -> bool:
    """True when the event word at i is what footage shows: a show verb up to 8 tokens before it with a footage
    noun within 3 tokens of the verb ("أظهر مقطع فيديو ..."، "نشر ناشطون شريطا يظهر ...")."""
    if DEPICTED and depicted(words, i):
        return True
    for x in range(max(0, i - 8), i):
        if bare_in(words[x], _SHOW_VERBS) and any(
                b in _FOOTAGE for w in words[max(0, x - 3):x + 4] for b in bare(w)):
            return True
    return False


def counted_events(words: list[str]) -> int | None:
    """The number of attacks a sentence counts ("شهدت بغداد 380 هجوما"، "نفذت 41 ضربة جوية"), if any:
    digits right before an attack noun (its singular accusative or a plural)."""
    for x in range(len(words) - 1):
        if not words[x].isdigit():
            continue
        if YEAR_NOT_COUNT and x > 0 and _year_told(words, x):
            continue  # "شهدت البلاد في صيف عام 2012 هجوما": the year of one attack, not 2012 attacks
        k, times = x + 1, 1
        mult = next((_MULTIPLIERS[b] for b in bare(words[k]) if b in _MULTIPLIERS), None) if MULTIPLIED else None
        if mult is not None and k + 1 < len(words):
            k, times = k + 1, mult  # "أكثر من 36 ألف غارة جوية": thirty-six thousand strikes
        if bare_in(words[k], _COUNTED_EVENTS):
            n = int(words[x]) * times
            if n >= 2:
                return n
    return None


YEAR_NOT_COUNT = True
"""Module switch (A/B measurement): a number told as a year ("عام 2012"، "في يوليو 2014"، "سنة 2009") before an attack
noun is its date, not a count of attacks (which made a past attack told with its year and toll a statistic)."""
_YEAR_NOUNS = rules.words("scope", "year_nouns")
_YEAR_PARTICLES = rules.words("scope", "year_particles")


def _year_told(words: list[str], x: int) -> bool:
    """True when the digits at ``x`` are a year: four digits after a year noun, a season or a month name, or a
    number of this or the last century after "في"/"منذ"."""
    if len(words[x]) != 4:
        return False
    if bare_in(words[x - 1], _YEAR_NOUNS) or _month_word(words[x - 1]):
        return True
    return 1900 <= int(words[x]) <= 2099 and words[x - 1] in _YEAR_PARTICLES  # "وشهدت البلاد في 2013 هجوما"


def is_statistic(words: list[str], counts: list[int], dated_span: bool = False) -> bool:
    """True for a sentence that counts attacks over a period ("وفي العام المنصرم وحده سجلت بغداد 412
    هجوما أودت بحياة 1530 شخصا"), or gives a large toll with two dates and a period word
    (``dated_span``: the sentence has two dates): its tolls sum many incidents wherever the frame is cut."""
    n = counted_events(words)
    if n is not None and is_period_total(words, 0, len(words), max([n, *counts])):
        return True
    if counts_cases(words):
        return True  # "رصد 3 حالات خطف": cases counted are a tally, not incidents
    if counts and is_report_period(words):
        return True  # "ورصد تقرير لمنظمة حقوقية مقتل 33 مدنيا ... خلال شهر مارس الماضي": a report's sum of a month
    # "ومقتل 1480 مدنيا ... بين الأول من آذار و30 أيلول": a large toll over a span of dates;
    # "أحصى تقرير مقتل 2870 مدنيا ... منذ اندلاع الحرب": one since a start
    if bool(counts) and (dated_span or not _SINCE.isdisjoint(words)) \
            and is_period_total(words, 0, len(words), max(counts)):
        return True
    if n is not None and n >= _STATISTIC_EVENTS:
        return True  # "أحصى المرصد أكثر من 9000 غارة لطيران النظام": a tally, whatever its span
    if counts and max(counts) >= _ATTRIBUTED_TOLL and any(
            b in _PLURAL_EVENTS or b in _PLURAL_MEANS for w in words for b in bare(w)):
        return True  # "أسفرت الغارات والبراميل ... على مئات المناطق عن مقتل 2076": thousands dead of many strikes
    if counts and max(counts) >= _ATTRIBUTED_TOLL and (
            any(b in _REPORT_CUES or b in _ATTRIBUTION for w in words for b in bare(w))
            or has_phrase(words, 0, len(words), _ATTRIBUTION_PHRASES)) \
            and not _names_day(words):
        # "وقتل 2295 مدرسا على الأقل ... وفق اليونيسف": an agency's count of a war, not one attack; a day named
        # tells one day's toll ("الاشتباكات التي اندلعت الأحد وخلفت 9 قتلى و230 جريحاً ..., وفق ...")
        return True
    if CONFLICT and counts and max(counts) >= _ATTRIBUTED_TOLL \
            and any(b in _CONFLICT for w in words for b in bare(w)) \
            and not _names_day(words):
        return True  # "وأسفر التمرد في شمال البلاد عن 20 ألف قتيل": a war's toll, not one attack's
    if counts and is_documented(words):
        return True  # "وقال التقرير إن فريق الرصد وثق مقتل 5 مدنيين بالقذائف": a report's count of a month's harm
    if MASS_TOLL and _mass_toll(words):
        return True  # "حرب خلفت عشرات الآلاف من القتلى"، "قرابة 10 آلاف قتيل": a toll in tens of thousands sums a war
    return is_report_total(words, counts)


MASS_TOLL = True  # people killed or hurt by the tens of thousands ("عشرات الآلاف"، "9 آلاف جريح"): no one attack


def is_report_period(words: list[str]) -> bool:
    """True when a report gives a toll over a span of time ("كشف تقرير حقوقي عن مقتل 21 مدنيا ... خلال شهر يناير
    الماضي"، "وثق التقرير خلال العام الماضي ..."): a report noun and a span opener followed by a period word (a month
    or more)."""
    forms = [bare(w) for w in words]
    if not any(b in _REPORT_NOUNS for f in forms for b in f):
        return False
    openers = _REPORT_OPENERS if REPORT_UNTIL else _SPAN_OPENERS
    return any(any(b in openers for b in f) and any(b in _REPORT_PERIODS for g in forms[x + 1:x + 3] for b in g)
               for x, f in enumerate(forms))


def reports_a_period(words: list[str]) -> bool:
    """True when a sentence names a report of a span of time: a report over a period (:func:`is_report_period`) or a
    report noun right before a period word ("في تقريره لشهر أبريل"، "تقريرها الشهري")."""
    if is_report_period(words):
        return True
    forms = [bare(w) for w in words]
    return any(not _REPORT_NOUNS.isdisjoint(f) and any(b in _REPORT_PERIODS or b in _MONTHLY for g in forms[x + 1:x + 3]
                                                          for b in g)
               for x, f in enumerate(forms))


_MONTHLY = frozenset({"الشهري", "السنوي", "الاسبوعي", "الفصلي", "النصف"})
"""Adjectives of a periodic report ("تقريرها الشهري")."""


_PREPARING = rules.words("scope", "preparing_words")
"""Verbs and nouns of preparing an attack ("كانوا يجهزون لهجوم"، "بالتحضير لتفجير"): the attack is not done yet."""
PREPARING = True
"""Module switch of the preparing words (A/B measurement)."""


def is_hypothetical(words: list[str], i: int, j: int) -> bool:
    """True for a planned, foiled, charged, threatened, possible or merely feasible attack ("كان يخطط لهجوم"، "هجوم
    محتمل"، "قادرة على استهداف العمق"), one only reacted to (:func:`is_reaction`), an offensive told by the flight it
    caused (:func:`is_campaign`) and a device found or shown, not set off (:func:`device_found`).

    Args:
        words: the sentence's normalised tokens.
        i: first token of the event word.
        j: token past the event word.
    """
    before = [b for w in words[max(0, i - 3):i] for b in bare(w)]
    after = [b for w in words[j:j + 2] for b in bare(w)]
    threat = any(b in _THREATS for w in words[max(0, i - 8):i] for b in bare(w))
    plan = any(b in _PLAN_GOVERNORS for w in words[max(0, i - _PLAN_REACH):i] for b in bare(w))
    return threat or plan or not PLAN_WORDS.isdisjoint(before) or not _HYPOTHETICAL_AFTER.isdisjoint(after) \
        or not _ANY_FEMININE.isdisjoint(words[max(0, i - 3):i]) or (PERMITTED and permitted(words, i)) \
        or (DESIRE and not _DESIRE.isdisjoint(before)) or (FUTURE and not _FUTURE.isdisjoint(before)) \
        or (FUTURE_REPLY and not _FUTURE_REPLY.isdisjoint(before)) \
        or (NEGATED and is_negated(words, i)) \
        or (PREPARING and not _PREPARING.isdisjoint(before)) or (SERIES and in_series(words, i)) \
        or is_modal(words, max(0, i - 6), min(len(words), j + 4), MODAL_NEGATED) or is_conditional(words, i) \
        or is_reaction(words, i, j) or is_campaign(words, i, j) \
        or any(b in _CAPABILITY for w in words[max(0, i - 3):i] for b in bare(w)) \
        or (FOUND and device_found(words, i)) or (USED_FOR and used_for(words, i))


def permitted(words: list[str], i: int) -> bool:
    """True when the attack word at i is the act a permit verb or noun up to six tokens before it allows: the act
    glued to "ب" ("بقصف"، "بضرب") or after a glued-"ب" verbal noun ("بشن ضربات"، "بتنفيذ غارات"). "سمحت للصحفيين
    بدخول موقع الهجوم" has no "ب" on the attack word or just before it: the attack stays."""
    if not any(bare_in(w, _PERMIT) for w in words[max(0, i - 6):i]):
        return False
    return words[i].startswith("ب") or (i > 0 and words[i - 1].startswith("ب") and len(words[i - 1]) >= 3)


def used_for(words: list[str], i: int) -> bool:
    """True when the attack noun at i carries the purpose "ل" and a habitual verb of use or a launch-site noun
    (:data:`_USED_FOR`) stands up to ``used_for_reach`` tokens before it: what something serves for."""
    if i >= len(words) or len(words[i]) < 3 or words[i][0] != "ل" or words[i].startswith("لل"):
        return False
    return any(bare_in(w, _USED_FOR) for w in words[max(0, i - _USED_FOR_REACH):i])


def is_reaction(words: list[str], i: int, j: int) -> bool:
    """True when the attack word at i is only what a country's reaction is about: a verb or noun of condemnation or
    rejection up to ``reaction_reach`` tokens before it, the reacting country or capital named with it ("كما
    دانت ألمانيا إطلاق الصواريخ"، "وفي القاهرة، رفضت الحكومة ..."), and nothing after the attack word that tells its own place, day,
    result or victims ("ندد ... بالهجوم الذي استهدف مسجدا في ..."، "على اختطاف اثنين من موظفي ..." name the
    incident). The incident is told elsewhere; the reacting country is not its place. A toll told with it still
    makes a record (the caller keeps counted frames). A party's condemnation ("أدانت حركة حماس استهداف موكب ...")
    names no place and is left alone: the article's incident may be told through it."""
    verbs = [x for x in range(max(0, i - _REACTION_REACH), i) if bare_in(words[x], _REACTIONS)]
    if not verbs:
        return False
    if not any(b in FOREIGN_COUNTRIES or b in FOREIGN_PLACES for w in words[max(0, verbs[0] - 3):i] for b in bare(w)) \
            and not (REACTION and _interstate(words, verbs[0], i, j)):
        return False
    return not any(b in _REACTION_TOLD or b.isdigit() for w in words[j:j + 4] for b in bare(w))


def _states(words: list[str]) -> set[str]:
    """The states whose adjectives the words hold ("العراقية"، "عراقية"، "التركي"), as the masculine definite form."""
    out = set()
    for w in words:
        for b in bare(w):
            for n in (b, "ال" + b):
                if n in _REACTION_NISBA:
                    out.add(n[:-1] if n.endswith("يه") else n)
    return out


def _interstate(words: list[str], v: int, i: int, j: int) -> bool:
    """True when a state reacts to another state's fire: a state's adjective with the reaction ("الحكومة العراقية
    أعلنت رفضها"، "قوى سياسية عراقية نددت") and another state's right after the attack word ("لقصف الطائرات
    التركية"، "بالقصف التركي"). A government condemning an attack in its own country names it as its news ("أدان
    الرئيس الأفغاني تفجيرا ..."); only the other state's strikes, spoken of, are a reaction."""
    reacting = _states(words[max(0, v - 3):i])
    firing = _states(words[j:j + 3])
    return bool(reacting) and bool(firing - reacting)


_CONDITIONAL_AFTER = [tuple(normalize(w) for w in p.split("_")) for p in rules.words("scope", "conditional_after")]
_CONDITIONAL_AFTER_REACH = int(rules.number("scope", "conditional_after_reach"))
CONDITION_AFTER = True  # module flag, for A/B measurement only


def conditioned_after(words: list[str], j: int) -> bool:
    """True when a condition follows the event word ending at ``j`` within ``conditional_after_reach`` words ("أوامر
    لجنودها بإطلاق النار على الحدود في حال حصول استفزازات"، "تدريب فرقة على اغتيال القائد، في حال اندلاع حرب"): the
    event is what is to happen if something else does, not what happened. Only a toll-less frame is asked (a
    counted event happened, whatever follows)."""
    if not CONDITION_AFTER:
        return False
    span = words[j:j + _CONDITIONAL_AFTER_REACH]
    return any(tuple(span[x:x + len(p)]) == p for p in _CONDITIONAL_AFTER for x in range(len(span)))


_SINCE_STARTS = rules.words("scope", "since_starts")
"""What a span opens with after منذ: a start ("منذ بدء المظاهرات"، "منذ اجتياحها للعاصمة"، "منذ عام 2014")."""
_SINCE_FIRSTS = rules.words("scope", "since_firsts")
_SINCE_REACH_EVENT = int(rules.number("scope", "since_reach_event"))
"""A first or worst since a time ("أول هجوم منذ بدء الهدنة"، "الأعنف منذ عام 2014"): one incident, compared."""


def _first_word(words: list[str], y: int) -> bool:
    """True when token y is a first or worst ("أول"، "الأعنف"، "أكثر الهجمات دموية"); "أكثر من 60" and "أقل من" are a
    count's bound, not a superlative."""
    return bare_in(words[y], _SINCE_FIRSTS) and not (y + 1 < len(words) and words[y + 1] == "من")


def since_start(words: list[str], lo: int, hi: int, i: int) -> int | None:
    """Where a span "since a start" stands in the clause [lo, hi) or opens the sentence ("ومنذ بدء الإضراب في 12
    مايو، قتل أكثر من 40"، "واختطفت الميليشيات الآلاف ... منذ اجتياحها للعاصمة"): the event is told as what happened
    over that span, not as one day's incident -- unless it is a first or worst since then ("أول هجوم منذ بدء الهدنة").

    A span far from the event word (``since_reach_event`` words) tells something else of a long sentence ("هذا
    الفصيل نشأ في بلد يعاني الفوضى منذ سقوط النظام ... الرجل الذي نفذ هجوم المتحف").

    Returns:
        The index of منذ, or None.
    """
    reach = range(0, min(_SENTENCE_SPAN_REACH, len(words)))
    for x in [*reach, *range(lo, hi)]:
        if x >= len(words) or abs(x - i) > _SINCE_REACH_EVENT or not bare_in(words[x], _SINCE):
            continue
        after = words[x + 1:x + 3]
        start = (not since_today(words, x) and any(b in _SINCE_STARTS for w in after for b in bare(w))) or any(
            len(w) == 4 and w.isdigit() and w[:2] in {"19", "20"} for w in after) or _since_day(words, x) \
            or ((x > i or x < _SENTENCE_SPAN_REACH) and _more_start(words, x)) \
            or (SINCE_LONG_MASS and _long_mass(words, lo, hi, x))
        # an owned start or a month holds for a span told after its event or opening the sentence, not one of a
        # clause before the event ("صدرت مذكرة بحقه منذ نوفمبر 2016 بعد اتهامه باعتداء وقع في فبراير"); a span of
        # years holds after the mass it counts, wherever the frame's event word stands
        # "أول جندي يصاب على الشريط الحدودي بنيران مصدرها الجانب الآخر، منذ حرب عام 2006": a first anywhere before it
        if start and not any(_first_word(words, y) for y in range(x)):
            return x
    return None


_SINCE_MONTHS = rules.words("scope", "since_start_months")
"""Month names (both calendars news uses): "منذ 30 آذار" counts from a day, like "منذ بدء الاحتجاجات"."""
_SINCE_SUFFIXES = tuple(sorted(rules.words("scope", "since_start_suffixes"), key=len, reverse=True))
_SINCE_LONG = rules.words("scope", "since_long_periods")
_SINCE_MASSES = rules.words("scope", "since_masses")
SINCE_OWNED = True  # a start noun with its owner's pronoun ("منذ سيطرته على المدينة"، "منذ توليه") opens a span
SINCE_MONTH = True  # a month named right after منذ ("منذ مارس/آذار الماضي") opens a span, as a day of it does
SINCE_LONG_MASS = True  # "منذ ثلاثة أعوام" after a mass object ("اختطفت الآلاف"، "5000 شخص"): a running toll


def _more_start(words: list[str], x: int) -> bool:
    """True when "منذ" at x opens a start the first readings of :func:`since_start` miss: an owned start noun or a
    month."""
    after = words[x + 1:x + 3]
    return (SINCE_OWNED and any(_owned_start(w) for w in after)) \
        or (SINCE_MONTH and x + 1 < len(words) and _month_word(words[x + 1]))


@lru_cache(maxsize=8192)
def _owned_start(word: str) -> bool:
    """True when ``word`` is a start noun with a possessive pronoun ("سيطرته"، "اجتياحهم"، "توليه"): the noun's
    ة reads ت before the pronoun."""
    for b in bare(word):
        for suf in _SINCE_SUFFIXES:
            stem = b[:-len(suf)]
            if b.endswith(suf) and len(stem) >= 3 and (
                    stem in _SINCE_STARTS or (stem.endswith("ت") and stem[:-1] + "ه" in _SINCE_STARTS)):
                return True
    return False


def _month_word(word: str) -> bool:
    """True when ``word`` is a month name, alone or paired with its other calendar's ("مارس/اذار")."""
    return any(b in _SINCE_MONTHS for part in word.split("/") if part for b in bare(part))


def _long_mass(words: list[str], lo: int, hi: int, x: int) -> bool:
    """True when "منذ" at x opens a span of months or years ("منذ ثلاثة أعوام"، "منذ أكثر من عامين"، "منذ سنوات")
    and the clause before it counts people by the hundred or in masses ("اختطفت الآلاف"، "5000 شخص"، "عشرات"):
    what was done over those years, not one incident ("قتل جندي منذ ثلاثة أشهر" tells one, ago)."""
    if not any(b in _SINCE_LONG for w in words[x + 1:x + 4] for b in bare(w)):
        return False
    before = words[max(0, lo, x - _SINCE_REACH_EVENT):x]
    return any(bare_in(w, _SINCE_MASSES) or (w.isdigit() and int(w) >= _PERIOD_TOTAL_MIN)
               for w in before)


def _since_day(words: list[str], x: int) -> bool:
    """True when "منذ" at x opens a day of a month ("منذ 30 آذار/مارس"، "منذ 14 مايو"): a count runs from it."""
    return x + 2 < len(words) and words[x + 1].isdigit() and len(words[x + 1]) <= 2 and any(
        b in _SINCE_MONTHS for b in bare(words[x + 2]))


FOREIGN_GUARD = True  # module flag, for A/B measurement only
"""Switch (speed only, the answers are the same): :func:`foreign_places` visits only the words that may name a
foreign place by one of its tests (:data:`_FOREIGN_CANDIDATES`, a C set test per word)."""


@lru_cache(maxsize=1)
def _foreign_candidates() -> frozenset[str]:
    """Every word one of :func:`foreign_places`' tests may take: a foreign place or the first word of a two-word one
    behind any clitics, a foreign country, or one with a glued "ب" (any clitics before)."""
    heads = frozenset(k[:i] for k in FOREIGN_PLACES for i, c in enumerate(k) if c == "_" and i)
    return clitic_surfaces(FOREIGN_PLACES | heads | frozenset("ب" + c for c in FOREIGN_COUNTRIES)) | FOREIGN_COUNTRIES


def foreign_places(words: list[str], lo: int, hi: int) -> list[int]:
    """Token indices in ``[lo, hi)`` naming a place outside Iraq ("غزة"، "دير الزور"، "مدينة أضنة التركية")."""
    out = []
    if FOREIGN_GUARD and lo >= 0 and hi <= len(words):
        xs = compress(range(lo, hi), map(_foreign_candidates().__contains__, words[lo:hi]))
    else:
        xs = range(lo, hi)
    for x in xs:
        if x > 0 and words[x - 1] in _NAME_PARTS:
            continue  # "ناحية أبي صيدا": part of an Iraqi name
        forms = bare(words[x])
        pair = f"{words[x]}_{words[x + 1]}" if x + 1 < hi else ""
        if not FOREIGN_PLACES.isdisjoint(forms) or (pair and any(f"{b}_{words[x + 1]}" in FOREIGN_PLACES for b in forms)):
            out.append(x)
        elif words[x] in FOREIGN_COUNTRIES and x > 0 and bare_in(words[x - 1], _LOCATIVE):
            out.append(x)  # "في سوريا"
        elif any(b[:1] == "ب" and b[1:] in FOREIGN_COUNTRIES for b in forms):
            out.append(x)  # "بتركيا"
    return out


NAMED_SEA = True
"""Switch (pass 40; on, off only to measure it): a named sea or strait told after a locative in an event's frame
("هجوم على ناقلة في البحر الأحمر"، "استهداف سفينة بخليج عدن") places the event (guidelines §6: a place outside any
state is still a place), though the gazetteer resolves no country for it."""
_NAMED_SEAS = rules.words("scope", "named_seas")
_SEA_HEADS = frozenset(k.split("_")[0] for k in _NAMED_SEAS)
_SEA_LOCATIVES = frozenset({"في", "قبالة", "عبر", "قرب", "بمياه", "مياه", "بمضيق", "مضيق"})


_SEA_VESSELS = rules.words("scope", "sea_vessels")


def vessel_target(target: str | None) -> bool:
    """True when a target names a vessel ("ناقلة نفط"، "السفينة التركية"), not shipping at large ("الملاحة الدولية")."""
    if not target:
        return False
    head = normalize(target.split()[0])
    return any(b in _SEA_VESSELS or (b.startswith("ال") and b[2:] in _SEA_VESSELS) for b in bare(head))


def named_sea(words: list[str], lo: int, hi: int) -> list[int]:
    """Token indices in ``[lo, hi)`` where a named sea or strait opens after a locative ("في البحر الأحمر"،
    "بالبحر المتوسط"، "قبالة خليج عدن"); none with the switch off."""
    if not NAMED_SEA:
        return []
    out = []
    for x in range(max(lo, 0), min(hi, len(words)) - 1):
        forms = bare(words[x])
        if _SEA_HEADS.isdisjoint(forms) or not any(f"{b}_{words[x + 1]}" in _NAMED_SEAS for b in forms):
            continue
        glued = words[x] not in _SEA_HEADS  # "بالبحر"، "وفي البحر" read by its clitic
        if glued and words[x][:1] in "بل" or (x > 0 and words[x - 1] in _SEA_LOCATIVES):
            out.append(x)
    return out


def foreign_place_after(words: list[str], j: int) -> bool:
    """True when a place is followed by a foreign nationality adjective ("مدينة دير الزور السورية")."""
    return j < len(words) and words[j] in _PLACE_NISBA
