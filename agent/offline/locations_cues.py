"""What a place mention is, read from the words around it: the same place told twice, an origin or launch site, a
seat of government, a speaker's venue, a bearing reference, a province told for its city, a person's name ...
(the tests :mod:`marsad.agent.offline.locations` asks before placing an event)."""

from __future__ import annotations

from marsad.agent.offline import mentions, rules
from marsad.agent.offline.context import DocContext, bare, bare_flags, bare_in
from marsad.agent.offline.mentions import DIRECTIONS, Mention
from marsad.agent.offline.vocab import FRONTING_IN, PLACE_NOUNS
from marsad.core.arabic import normalize
from marsad.core.gazetteer import get_world_gazetteer, province_units, registry_country

_SETTLEMENT = rules.words("locations", "settlement")


_STRONG_CUES = rules.words("locations", "strong_place_cues")


_CUES = rules.words("locations", "place_cues")


_GIVEN_NAMES = rules.words("locations", "given_names")
"""Common Arabic given names: a GeoNames town right after one ("علي سالم") is the rest of a person's name."""
_NAME_CHAIN = rules.words("locations", "name_chain_words")
"""Words that join the parts of a name ("بن"، "أبو"، "عبد"): a GeoNames town right after one is part of a name."""
_GOVERNORATE_CUES = rules.words("locations", "governorate_cues")
"""Unit words before a city's name that make it the province named after the city ("محافظة الحديدة")."""


_CITY_REFERENCES = rules.words("locations", "city_reference_nouns")
_REPORT_VERBS = rules.words("attacks", "report_verbs")
_REPORT_REACH = 5
_THAT = rules.words("locations", "report_that")


_SEAT = rules.words("locations", "seat_words")
_COINCIDENT = rules.words("locations", "coincident_words")
_COINCIDENT_REACH = 7


def coincident(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when the place is that of another event the incident is told beside: "مقتل 40 شخصا على حدود
    المدينة بالتزامن مع وصول المبعوث الأممي إلى عمّان"، "تزامنا مع زيارة الوزير إلى بغداد" - the news hook's."""
    s = ctx.sentences[si]
    for k in range(m.i - 1, max(-1, m.i - 1 - _COINCIDENT_REACH), -1):
        if bare_in(s.words[k], _COINCIDENT):
            return True
        if s.tokens[k + 1].clause_start:
            return False
    return False
_COMMON_WORD_TOWNS = rules.words("locations", "common_word_towns")
_NOUN_TOWNS = rules.words("locations", "common_noun_towns")
"""World towns named by a common noun the project's word list lacks ("حماة" protectors - "حماة الوطن" -, "سلالة" a breed):
read as :func:`common_word` like the list above."""

_CUE_ONLY_TOWNS = rules.words("locations", "cue_only_towns")
"""World towns named by a plural common noun of the news itself ("الفصائل" the factions): a town only after a
strong place cue ("قرية الفصائل"), even in its own country."""

_ORIGIN = rules.words("locations", "origin_words")


def _unit_word(word: str) -> bool:
    """A place noun or an administrative unit word ("مدينة"، "محافظة"، "ولاية"، "منطقة")."""
    return any(b in PLACE_NOUNS or b in _SETTLEMENT or b in _GOVERNORATE_CUES for b in bare(word))


def _before_unit(words: list[str], i: int) -> int:
    """The index of the word before the place at token ``i``, past one place noun or unit word ("من محافظة صعدة")."""
    k = i - 1
    return k - 1 if k > 0 and _unit_word(words[k]) else k


def origin(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when the place is where people come from: "وهما من محافظة صعدة"، "ينحدر من مدينة الرمادي" - who they
    are, not where they were hit ("قتل ثلاثة من أبناء الفلوجة" is left alone: most often they were hit there)."""
    words = ctx.sentences[si].words
    k = _before_unit(words, m.i)
    if k <= 0 or words[k] != "من":
        return False
    return words[k - 1] in _ORIGIN


_LAUNCH = rules.words("locations", "launch_words")
_FROM = rules.words("locations", "from_words")
_LAUNCH_REACH = 4


def launch_site(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when the place is where rockets or shells were fired from ("صاروخ أطلق من مدينة غزة على سديروت"،
    "قذائف أطلقت من داخل الأراضي السورية"): the incident is where they fell, not where they were launched."""
    words = ctx.sentences[si].words
    k = _before_unit(words, m.i)  # "من مدينة غزة"
    if k > 0 and words[k] in _FROM and k - 1 >= 0 and words[k - 1] == "من":
        k -= 1  # "من داخل"
    if k <= 0 or words[k] not in _FROM:
        return False
    return any(b in _LAUNCH for w in words[max(0, k - _LAUNCH_REACH):k] for b in bare(w))
_OCCURRED_VERBS = rules.words("locations", "occurred_place_verbs")
_OCCURRED_DOUBTS = rules.words("locations", "occurred_place_doubts")
"""Words of doubt or denial told just before an occurrence verb ("ولم يتضح بعد ما إذا كان الهجوم وقع قرب ..."،
"ونفت الشرطة أن يكون الهجوم قد وقع في ..."، "ويرجح مسؤولون أن الهجوم وقع ..."): the place is a guess or denied."""
_DOUBT_REACH = 6
"""Tokens before the occurrence verb (or its noun) a word of doubt may stand at."""
_GUESS_REACH = 5
"""Tokens between the occurrence verb and the place."""


def doubted_occurrence(words: list[str], k: int) -> bool:
    """True when a word of doubt or denial stands a few words before token ``k``, an occurrence verb or its noun."""
    return any(bare_in(w, _OCCURRED_DOUBTS) for w in words[max(0, k - _DOUBT_REACH):k])


def guessed_scene(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when the place follows an occurrence verb that a word of doubt or denial stands before ("ونفت الشرطة أن
    يكون الهجوم قد وقع في مدينة بيشاور"): a guessed or denied scene, weaker than the place the incident is told at."""
    words = ctx.sentences[si].words
    verb = bare_flags(_OCCURRED_VERBS)
    return any(verb(words[v]) and doubted_occurrence(words, v) for v in range(max(0, m.i - _GUESS_REACH), m.i))


_ORG_HEADS = rules.words("locations", "force_name_heads")
"""Nouns that head the names of armed forces ("فيلق القدس"، "سرايا القدس"، "كتائب حزب الله"): a place after one
is part of the force's name."""


_EVERYDAY = rules.words("common_words", "common_words")
"""The project's list of frequent Arabic words (``common_words.json``): a world town named by one ("الشهداء" the
martyrs, a town in Egypt) is read as :func:`common_word` too."""

_EVERYDAY_LETTERS = 4
"""Shorter everyday words are left to the list above: normalising drops the hamza that tells the Yemeni city "إب"
from "أب" (father)."""


_SMALL_POP = rules.number("locations", "everyday_small_population")


def _country_near(ctx: DocContext, si: int, code: str, surface: str, reach: int | None = None, *,
                  towns_only: bool = False) -> bool:
    """True when a place of country ``code`` other than ``surface`` (with ``towns_only``, other than the country
    itself) is named within ``reach`` sentences of sentence ``si`` (``nearby_country_sentences`` by default)."""
    reach = _NEARBY_SENTENCES if reach is None else reach
    for k in range(max(0, si - reach), min(len(ctx.sentences), si + reach + 1)):
        for q in ctx.mentions[k]:
            if q.kind == "places" and normalize(q.surface) != surface and registry_country(q.entry) == code \
                    and not (towns_only and q.entry.get("admin_level") == "country"):
                return True
    return False


_TA = "ة"


def his_noun(ctx: DocContext, si: int, m: Mention, e) -> bool:
    """True when the one-token place at ``m`` reads as an everyday word with the pronoun "ه" (see ``HIS_NOUN``)."""
    if m.j - m.i != 1:
        return False
    s = ctx.sentences[si]
    raw = ctx.quote(*s.token_span(m.i, m.j)).strip('#"«»“” ')
    name = e.canonical or ""
    if not raw.endswith("ه") or not name.endswith(_TA) or raw.startswith("ال"):
        return False
    if m.i > 0 and bare_in(s.words[m.i - 1], _STRONG_CUES):
        return False
    return any(len(b) >= 3 and not b.startswith("ال") and b[:-1] in _EVERYDAY for b in bare(s.words[m.i]))


def _cued_in_article(ctx: DocContext, surface: str) -> bool:
    for sj, ms in enumerate(ctx.mentions):
        words = ctx.sentences[sj].words
        for m2 in ms:
            if m2.kind == "places" and m2.i > 0 and normalize(m2.surface) == surface and any(
                    b in _STRONG_CUES for b in bare(words[m2.i - 1])):
                return True
    return False


_ROADS = rules.words("locations", "road_nouns")
_STREETS = rules.words("locations", "street_nouns")
"""Street nouns ("شارع بغداد" in Damascus; the dual "شارعي الثورة وبغداد" names two streets, the second after
"و"): a street named after a town abroad is not that town."""


def seat(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when the place is where a body or a person is based: "الهيئة العامة للموانئ التي يقع مقرها في
    عدن"، "(ومقره في بروكسل)"، "ومقرها الدوحة" - who they are, not where an incident happened."""
    words = ctx.sentences[si].words
    k = m.i - 1 if m.i > 0 and words[m.i - 1] == "في" else m.i
    return k > 0 and bare_in(words[k - 1], _SEAT)


def speaker_venue(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when the place is where a source spoke and what it said names a settlement of its own: "وقالت مصادر
    كردية في أنقرة إن تسعة قتلوا في قصف على قرية X" - the village, not the capital, is the place (a source in a
    city who names no other place, "قال مسؤول في بغداد إن انفجارا وقع", is most often telling of that city)."""
    s = ctx.sentences[si]
    words = s.words
    if m.i == 0 or words[m.i - 1] != "في" or m.j >= len(words) or words[m.j] not in _THAT:
        return False
    if not any(b in _REPORT_VERBS for w in words[max(0, m.i - _REPORT_REACH):m.i - 1] for b in bare(w)):
        return False
    known = {t for q in ctx.mentions[si] if q.kind == "places" for t in range(q.i, q.j)}
    return any(bare_in(words[x], _SETTLEMENT) and (words[x].startswith("ب") or words[x - 1] in _CUES)
               and x + 1 < len(words) and x + 1 not in known and words[x + 1].isalpha()
               and words[x + 1] not in _NOT_NAMES and not descriptive([words[x + 1]])
               for x in range(m.j + 1, len(words) - 1))


def bearing_reference(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when the city is the reference point a known place right before it is told from: "مديرية أرحب شمال
    العاصمة صنعاء"، "حي X جنوب مدينة تعز" - the place is the district, the city only says where it lies. (A
    governorate told so, "مديرية صرواح غرب محافظة مأرب", holds the place and is left to the attack rules.)"""
    words = ctx.sentences[si].words
    if m.i < 2 or words[m.i - 2] not in DIRECTIONS or not bare_in(words[m.i - 1], _CITY_REFERENCES):
        return False
    return any(q.kind == "places" and q.j == m.i - 2 and q is not m for q in ctx.mentions[si])


def fronted_container(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when a known place is put first in its sentence by its bearing from another, as the area the rest
    tells of, and a place its gazetteers do not know is named after the comma: "وفي مديرية أرحب شمال العاصمة صنعاء، استهدفت المدفعية تجمعا
    في منطقة الرضمة" - the attack was at الرضمة, in أرحب (the unknown place is then placed within it by the
    attack rules, or read as the place); with nothing named after the comma the fronted place stays the place."""
    s = ctx.sentences[si]
    words = s.words
    k = m.i - 1 if m.i > 0 and bare_in(words[m.i - 1], PLACE_NOUNS) else m.i
    if k != 1 or words[0] not in FRONTING_IN or m.j >= len(words) or words[m.j] not in DIRECTIONS:
        return False  # only a place told by its bearing ("ففي كركوك، ... في قرية الزركة" keeps Kirkuk, which holds it)
    comma = next((x for x in range(m.j, len(words)) if s.tokens[x].clause_start), None)
    if comma is None:
        return False
    known = {t for q in ctx.mentions[si] for t in range(q.i, q.j)}
    return any(bare_in(words[x], PLACE_NOUNS) and x + 1 < len(words) and x + 1 not in known
               and words[x + 1].isalpha() and words[x + 1] not in _NOT_NAMES and not descriptive([words[x + 1]])
               for x in range(comma + 1, len(words) - 1))  # 'غرب منطقة "محلي"' names no place the attack rules read


def province_of_city(ctx: DocContext, si: int, m: Mention, e) -> bool:
    """True when a city abroad is written after a province's unit word ("محافظة الحديدة"، "ولاية قندهار"):
    the governorate named after the city is meant, not the city (a bare "الحديدة" stays the city; the
    hand-curated Iraqi registry has its governorates as entries of their own)."""
    return m.i > 0 and e.get("admin_level") == "city" and registry_country(e) != "IQ" \
        and (bare_in(ctx.sentences[si].words[m.i - 1], _GOVERNORATE_CUES) or dual_province(ctx.sentences[si].words, m.i)
             or province_list(ctx.sentences[si].words, m.i))


DUAL_PROVINCE = True
"""Switch (pass 51): a town's name in a province dual ("محافظتي صعدة وحجة"، "محافظتي الجوف وصعدة") is the province
named after it (:func:`province_of_city`), as after the singular unit word; off, it stayed the town."""
_PROVINCE_DUALS = frozenset(w for w, head in rules.table("mentions", "dual_heads").items() if head in province_units())


def dual_province(words: list[str], i: int) -> bool:
    """True when word ``i`` is a name of a province dual (:data:`DUAL_PROVINCE`): right after the dual noun, or the
    second name, joined by "و" to a first of one or two words after it."""
    return DUAL_PROVINCE and i > 0 and (words[i - 1] in _PROVINCE_DUALS or (
        words[i][:1] == "و" and any(i - d >= 0 and words[i - d] in _PROVINCE_DUALS for d in (2, 3))))


_LIST_REACH = 8


def province_list(words: list[str], i: int) -> bool:
    """True when word ``i`` is a name of a list after a plural province noun (``mentions.PROVINCE_LIST``, the one
    switch of the rule): right after the noun, or joined by "و" to the names before it back to the noun ("محافظات
    مأرب وعمران وصعدة"); a town's name there is the province named after it (:func:`province_of_city`), as in a
    province dual."""
    if not mentions.PROVINCE_LIST:
        return False
    j = i
    for _ in range(_LIST_REACH):
        if j > 0 and bare_in(words[j - 1], mentions.PROVINCE_LISTS):
            return True
        if j == 0 or words[j][:1] != "و":
            return False
        j -= 1
    return False


def province_of_region(ctx: DocContext, si: int, m: Mention, e) -> bool:
    """True when a place the world registry files as a wide region is written after a province's unit word
    ("إقليم هلمند"، "ولاية هلمند"): the article names a province, not a vague area, and it should beat "جنوب
    البلاد" or the country. Iraq's hand-curated registry keeps its regions ("إقليم كردستان") as they are, and a
    province told as the container of the town before it stays weak."""
    if not (m.i > 0 and e.get("admin_level") == "region" and registry_country(e) != "IQ"
            and bare_in(ctx.sentences[si].words[m.i - 1], _GOVERNORATE_CUES)):
        return False
    # "بلدة تلعفر في محافظة نينوى": the province holds the town told before it, which stays the place
    return not any(q.kind == "places" and 0 <= m.i - 1 - q.j <= 2 for q in ctx.mentions[si])


_OBJECT_VERBS = rules.words("locations", "state_object_verbs")
"""Verbs of accusation and appeal whose object, a capital, stands for its state ("اتهم وزير الدفاع
طهران"، "حث أنقرة على ضبط النفس")."""
_OBJECT_REACH = 5
_BLAME_NOUNS = rules.words("locations", "blame_nouns")
_RESPONSIBLE = rules.words("locations", "responsible_words")
"""A capital blamed for an event ("ويلقي باللوم على موسكو"، "حمل المسؤولية على طهران") or said to be responsible
for it ("أن تكون طهران مسؤولة عن التفجير"): it stands for its state, as the object of an accusation does."""

_INVOLVED = rules.words("locations", "involved_words")
"""A capital said to be involved in an event ("تقول لندن إن موسكو متورطة فيه"): it stands for its state."""
_AGAINST = rules.words("locations", "against_words")
"""A capital right after "ضد" ("عقوبات ضد موسكو"، "تحيزه ضد طهران") stands for its state, the side acted against."""
_AGAINST_ATTACK = rules.words("locations", "against_attack_words")
"""Words of attack a few words before "ضد" ("صاروخا باليستيا ضد الرياض"، "هجوما واسعا ضد طرابلس"): the capital after
it is the place attacked, not the state."""
_AGAINST_ATTACK_REACH = 3

_PAIR_BLOCKERS = rules.words("locations", "pair_blockers")
""""الطريق بين دمشق وبيروت": words before "بين" that make the pair a stretch of land, not two states."""
_CAPITAL_SLACK = 0.3  # degrees between a place's coordinates and its country's capital's


def _capital(entry) -> bool:
    """True when a place is a country or its country's capital (by the capital's coordinates)."""
    if entry.get("admin_level") == "country":
        return True
    code, lat, lon = registry_country(entry), entry.get("lat"), entry.get("lon")
    cap = get_world_gazetteer().country(code) if code else None
    return cap is not None and None not in (lat, lon, cap.lat, cap.lon) \
        and abs(lat - cap.lat) <= _CAPITAL_SLACK and abs(lon - cap.lon) <= _CAPITAL_SLACK


def _accused(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when the place is the object of a verb of accusation or appeal told a few words before, past its
    subject ("اتهم وزير الدفاع طهران"): not after a place cue or "إن/أن" ("قال إن بغداد شهدت")."""
    s = ctx.sentences[si]
    words = s.words
    if m.i == 0 or words[m.i - 1] in _CUES or words[m.i - 1] in {"ان", "إن", "أن"} or s.tokens[m.i].clause_start:
        return False
    if words[m.i - 1].startswith(("ب", "ل")) and len(words[m.i - 1]) <= 2:
        return False
    for k in range(m.i - 1, max(-1, m.i - 1 - _OBJECT_REACH), -1):
        if bare_in(words[k], _OBJECT_VERBS):
            return True
        if s.tokens[k].clause_start or any(q.j == k + 1 for q in ctx.mentions[si] if q.kind == "places"):
            return False
    return False


def _blamed(words: list[str], m: Mention) -> bool:
    """True when the place follows "على" after a blame noun one or two words before ("باللوم على موسكو"), or stands
    before a word of responsibility with "عن" after it ("أن تكون طهران مسؤولة عن التفجير") or of involvement with
    "في" after it ("إن موسكو متورطة فيها")."""
    if m.i >= 2 and words[m.i - 1] in {"علي", "على"} and any(
            b in _BLAME_NOUNS for w in words[max(0, m.i - 3):m.i - 1] for b in bare(w)):
        return True
    if m.j + 1 < len(words) and words[m.j] in _INVOLVED and words[m.j + 1].startswith("في"):
        return True  # "إن موسكو متورطة فيها"، "أن طهران ضالعة في الهجوم"
    return m.j + 1 < len(words) and words[m.j] in _RESPONSIBLE and words[m.j + 1] in {"عن", "عما"}


def _against_state(words: list[str], m: Mention) -> bool:
    """True when a capital (not a country: "هجمات ضد السعودية" may tell where they fell) follows "ضد"
    ("تحيزه ضد موسكو"، "عقوبات ضد طهران"): the state acted against, not a place. Not after a word of attack
    ("صاروخا باليستيا ضد الرياض"، "غارات عنيفة ضد صنعاء"): the capital is the place attacked."""
    return m.i > 0 and words[m.i - 1] in _AGAINST and m.entry.get("admin_level") != "country" and _capital(m.entry) \
        and not any(bare_in(w, _AGAINST_ATTACK) for w in words[max(0, m.i - 1 - _AGAINST_ATTACK_REACH):m.i - 1])


def _paired(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when two capitals or countries of two states are told as a pair after "بين" ("وتر العلاقات بين أنقرة
    وواشنطن"، "أزمة بين لندن وموسكو"): the states, not places; a road or border between two cities is land."""
    s = ctx.sentences[si]
    words = s.words
    places = [q for q in ctx.mentions[si] if q.kind == "places"]
    if m.i > 0 and words[m.i - 1] == "بين":
        first, between = m, m.i - 1
        other = next((q for q in places if q.i == m.j and words[q.i].startswith("و")), None)
    else:
        other = next((q for q in places if q.j == m.i and q.i > 0 and words[q.i - 1] == "بين"), None)
        if other is None or not words[m.i].startswith("و"):
            return False
        first, other, between = other, m, other.i - 1
    if other is None or between == 0 or bare_in(words[between - 1], _PAIR_BLOCKERS):
        return False
    codes = {registry_country(first.entry), registry_country(other.entry)}
    return len(codes) == 2 and None not in codes and _capital(first.entry) and _capital(other.entry)


LISTED_AFTER_NAME = True
"""Switch (pass 45, A/B measurement and its test): a town written with the conjunction "و" glued to it right after a given
name ("قرب مدن حلب وعين عيسى ودير الزور": the town "عين عيسى" ends in a given name) goes on a list of places; a
person's name does not go on with "و". Before, the place after it was read as part of a man's name, and the list
of places, one incident each (guidelines D-21), stopped there."""


def person_name(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when a town abroad is written as part of a person's name: right after a common given name
    ("علي سالم"، "محمد دمشق", "علي" only when written with ي, not the preposition على) or a word that
    joins a name's parts ("بن"، "أبو"، "عبد الله X")."""
    if m.i == 0 or m.entry.get("admin_level") != "city":
        return False
    s = ctx.sentences[si]
    words = s.words
    w = words[m.i - 1]
    given = w if w in _GIVEN_NAMES else w[1:] if w.startswith("و") and w[1:] in _GIVEN_NAMES else None
    # "بن X"، "أبو X"، "عبد الله X"; a given name ("فعلي" is "actual", not ف + علي)
    chain = given is None and (bare_in(w, _NAME_CHAIN) or (m.i > 1 and words[m.i - 2] in _NAME_CHAIN))
    if not (chain or given) or s.tokens[m.i].clause_start or registry_country(m.entry) == "IQ":
        return False  # the hand-curated Iraqi registry's places are what they say
    if LISTED_AFTER_NAME and words[m.i][:1] == "و" and not normalize(m.surface).startswith("و"):
        return False  # "قرب مدن حلب وعين عيسى ودير الزور": a place joined by "و" goes on a list; no name's part
    if chain or given != "علي":
        return True
    t = s.tokens[m.i - 1]
    raw = ctx.quote(*s.raw_span(t.ns, t.ne))
    return raw.endswith("ي")  # "علي سالم", not "على سالم"


_NEARBY_SENTENCES = rules.number("locations", "nearby_country_sentences")


_NOT_NAMES = rules.words("locations", "not_place_names_after_noun")
"""Words that cannot begin a place's name (prepositions, pronouns, adjectives such as "خاضعة"، "آمنة")."""


def descriptive(name: list[str]) -> bool:
    """True for a one-word indefinite nisba adjective ("ساحلي"، "سكنيه"، "نائيه"): it says what kind of
    place it is; names of places are definite or proper nouns."""
    return len(name) == 1 and not name[0].startswith("ال") and name[0].endswith(("ي", "يه")) and len(name[0]) > 3
