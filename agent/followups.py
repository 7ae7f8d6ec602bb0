"""The chat's follow-up questions: a question that names no incident of its own is read with the previous turn's.

An analyst asks "How many were killed in the Kirkuk attack?", then "and who claimed it?" or "ومن تبنى الهجوم؟".
Asked on its own, the follow-up is answered about whatever attack the archive ranks first (pass 62 found the chat
answering with another country's bombing). :func:`read_follow_up` reads such a question with the incident of the
nearest earlier turn that named one -- its place, actors, names, attack noun and date, as the user wrote them -- and
says how it read it; a question that names anything of its own (a place, a name, a date, a number, any word that is
neither a question word nor a word of what is asked) is asked as is. A question naming only a place or a date
("وفي الموصل؟", "and in Mosul?", "وماذا عن تكريت؟", "what about 2017?") is the previous question, as it was read,
asked of that place or date (:data:`PLACE_FOLLOW_UPS`).

This is the chat's session logic, kept apart from the QA readers: the answerer is asked the question as read, and
the app shows the reading under the question so the analyst sees what was asked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.agent.dates import WEEKDAYS
from marsad.agent.offline import rules
from marsad.agent.offline.vocab import OBJECT_PRONOUNS, PLACE_NOUNS
from marsad.agent.qa.question_words import _STOP_EN, CALENDAR_EN, MONTH_WORD, STOP_AR
from marsad.core.arabic import clitic_variants, detect_language, normalize, strip_clitics

__all__ = ["FOLLOW_UPS", "incident_phrase", "names_own_incident", "read_follow_up", "reading_note"]

FOLLOW_UPS = True
"""Switch (ux63): read a follow-up with the previous turn's incident; off, every question is asked on its own."""

EARLIER_TURNS = 6
"""How many earlier turns a follow-up looks back through for the incident it continues."""


def _wordset(text: str) -> frozenset[str]:
    """The normalised, lower-case words of ``text``."""
    return frozenset(normalize(text).lower().split())


def _bare_set(words) -> frozenset[str]:
    """``words`` normalised, their article taken off ("الحادثة" -> "حادثه")."""
    return frozenset(strip_clitics(w) if w.startswith("ال") else w for w in (normalize(x) for x in words))


# the generic noun of an incident already named, which the previous turn's incident may stand in for: the offline
# rules' nouns of an incident already told (الحادثة, الواقعة, العملية ...) and of a counted attack (هجوم, غارة,
# ضربة ...), and the nouns of an act either list leaves out
_INCIDENT_NOUNS_AR = _bare_set(rules.words("attacks", "occurred_incident_nouns") | rules.words(
    "scope", "counted_event_nouns")) | _wordset("تفجير انفجار قصف اغتيال اختطاف كمين")
_INCIDENT_NOUNS_EN = _wordset("""
    attack attacks bombing bombings blast explosion incident operation assault raid strike shelling ambush
    assassination kidnapping abduction bomb
""")

# The words a follow-up is made of (normalised: ة->ه, ى->ي, أ/إ/آ->ا; after a glued و/ف, ال, ب/ل and a pronoun
# are taken off): the question words the QA reader stops at (STOP_AR, _STOP_EN), what a question asks (killed,
# wounded, who claimed it, who leads it), the generic words of an incident already named ("the attack", "it",
# "happen") and the victims it asks about.
_WORDS_AR = _bare_set(STOP_AR) | _INCIDENT_NOUNS_AR | _wordset("""
    ماذا متى لم ايه اللذين هناك الى ب ايضا كذلك اذن اذا اسم اسماء سبب هدف الهدف نوع حصيله اجمالي كل جميع منهم
    منها فيه فيها عنه عنها به بها له لها لهم فيهم وقع وقعت حدث حدثت جرى جرت حصل حصلت
    قتل قتلت قتلوا قتيل قتيلا قتلى مقتل ضحيه ضحايا شهيد شهداء مات ماتوا توفي لقي حتفه حتفهم مصرع
    جرح جرحى جريح جريحا اصيب اصيبوا اصابه اصابات مصاب مصابين مصابا
    تبنى تبنت تبني نفذ نفذت نفذه نفذها نفذوه منفذ منفذو منفذي يقف تقف وراء خلف شن شنت هاجم المسوول مسوول مسووليه
    الجهه جهه اعلن اعلنت اعلنوا اتهم اتهمت يقود تقود يقودها يتولى يراس يدير يشرف قياده قاده قائد القائد
    يشارك تشارك مشارك المشاركه المشاركون تضم يضم القوات قوات الاطراف اطراف
    متحدث الناطق مكان موقع تاريخ يوم وقت ساعه
    الهجمات التفجيرات
    مدني مدنيا مدنيين مدنيون شرطي شرطيا شرطه عنصر عناصر جندي جنديا جنود عسكري عسكريين شخص شخصا اشخاص طفل اطفال
    امراه نساء رجل رجال احد اخرين اخرون
""")

_WORDS_EN = frozenset(_STOP_EN) | _INCIDENT_NOUNS_EN | _wordset("""
    so but then also too else total number name names reason cause kind type time date day place exactly
    happen happened happens occur occurred take took taken place carried carry out behind responsible responsibility
    claim claimed claims blamed blame accused attacker attackers perpetrator perpetrators lead leads led leading head
    heads command commands commander runs run take part part parts involved join joined joins forces members sides
    spokesman target targeted victim victims casualties casualty toll done any all
    kill killed killing dead died die death deaths lives lost wound wounded injured injury injuries hurt
    civilians civilian people person persons police policemen soldiers soldier troops fighters members children women men
""")

# (ux65) the words of an opinion or a turn of phrase, which name no place, incident or date: a question made of them
# is asked as is ("وفي رأيك؟", "وفي المقابل؟", "and in your view?", "and in practice?"), but never read as a place
# ("في رأيك" was taken for one: "كم قتيلا في تفجير رأيك؟") nor carried as an incident ("in your opinion")
_PHRASE_WORDS = _bare_set(_wordset("""
    راي ارا نظر تقدير اعتقاد تصور مقابل واقع حقيقه نهايه بدايه مجمل عموم اجمال محصله ختام
    رايك رايكم رايي راينا نظرك نظركم نظري تقديرك تقديركم تقديري اعتقادك اعتقادكم تصورك تصوركم
""")) | _wordset("""
    your my our you i we opinion opinions view views think thinking practice general fact end meantime meanwhile
""")

_PREPOSITIONS = _wordset("في على الى قرب شمال جنوب شرق غرب وسط in on at near of the against north south east west")
_WORD = re.compile(r"[\w\u064b-\u0652\u0640]+(?:[-'’][\w\u064b-\u0652\u0640]+)*")
_POSSESSIVE = re.compile(r"['’]s$")  # "who's", "who’s": the word before it
_CONJ = re.compile(r"^[وف](?=\w\w)")  # a glued "و"/"ف" ("وفي", "فماذا")
_PRONOUN = re.compile(r"(?<=\w\w)(?:" + "|".join(OBJECT_PRONOUNS) + ")$")
_DIGITS = re.compile(r"^\d+$")


def _forms(word: str) -> list[str]:
    """``word`` (normalised, lower case) and its forms without a glued conjunction, preposition or article (the
    clitic clusters of :data:`marsad.core.arabic.CLITICS`) and a glued pronoun."""
    out = [word]
    if _POSSESSIVE.search(word):
        out.append(_POSSESSIVE.sub("", word))
    for base in (word, *(form for _, form in clitic_variants(word)), strip_clitics(word)):
        for w in (base, _PRONOUN.sub("", base)):
            if w not in out:
                out.append(w)
    return out


def _words(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text``: (normalised lower-case word, start, end)."""
    return [(normalize(m.group(0)).lower(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _is_common(word: str) -> bool:
    """A word a follow-up may be made of (no incident of its own)."""
    return any(f in _WORDS_AR or f in _WORDS_EN for f in _forms(word))


def _is_incident_noun(word: str) -> bool:
    return any(f in _INCIDENT_NOUNS_AR or f in _INCIDENT_NOUNS_EN for f in _forms(word))


def _is_date_word(word: str) -> bool:
    """A month (either calendar, English full or short: the QA reader's MONTH_WORD), a weekday (English CALENDAR_EN,
    Arabic the date reader's WEEKDAYS) or a year."""
    return any(MONTH_WORD.fullmatch(f) or f in CALENDAR_EN or f in WEEKDAYS for f in _forms(word)) or bool(
        _YEAR.fullmatch(word))


# a plural incident noun asks about incidents in general ("كم عدد الهجمات؟", "how many attacks?"), not the one named
_PLURAL_INCIDENTS = _wordset("هجمات تفجيرات انفجارات حوادث عمليات اعتداءات غارات اغتيالات attacks bombings bombs blasts "
                             "explosions incidents operations assaults raids strikes ambushes assassinations")


def names_own_incident(question: str) -> bool:
    """Whether ``question`` names anything of its own: a place, an actor, a name, a date, a number, a plural incident
    noun (a question about incidents in general), or any word that is not a question word, a word of what is asked
    or a generic word of an incident already named."""
    words = _words(question)
    return not words or any(_DIGITS.match(w) or _is_date_word(w) or not _is_common(w)
                            or any(f in _PLURAL_INCIDENTS for f in _forms(w)) for w, _, _ in words)


# a word opening a clause that tells the incident ("when gunmen attacked a checkpoint in Samarra")
_CLAUSE_OPENERS = frozenset({"when", "after", "عندما", "حين", "حينما", "لدى"})
_GLUED_PLACE = re.compile(r"^[وف]?(?:بال|لل)(?=\w\w)")  # "بالموصل": a preposition glued to a place's name


def _is_phrase_word(word: str) -> bool:
    return any(f in _PHRASE_WORDS for f in _forms(word))


def _is_own(word: str) -> bool:
    """A word of the incident's own: a name, a place, a date (not a question word, a verb of what is asked, a number,
    a word of an opinion or a turn of phrase)."""
    return _is_date_word(word) or not _is_common(word) and not _DIGITS.match(word) and not _is_phrase_word(word)


def _opening(words: list[tuple[str, int, int]]) -> int | None:
    """Where the incident a question names opens: its first attack noun, a preposition (or a glued "بال") followed by
    a word of its own (a place, a name, a date), or a "when ..." clause holding one; None when it names no incident.
    A word of its own standing alone (a verb such as سقط/أسفر, "gunmen", "the Popular Mobilization") opens none."""
    for i, (w, _, _) in enumerate(words):
        if _is_incident_noun(w):
            return i
        if w in _CLAUSE_OPENERS and any(_is_own(v) for v, _, _ in words[i + 1:]):
            return i
        if _GLUED_PLACE.match(w) and _is_own(w):
            return i
        if w in _PREPOSITIONS and w != "the":
            j = i + 1
            while j < len(words) and (words[j][0] == "the" or _DIGITS.match(words[j][0])):
                j += 1  # "in the Kirkuk attack", "في 5 حزيران"
            if j < len(words) and _is_own(words[j][0]):
                return i
    return None


def _own_before(words: list[tuple[str, int, int]], first: int, question: str, floor: int = 0) -> int:
    """Where the English incident noun at ``first`` opens with the words of its own before it: the run of them just
    before the noun, its leading words not capitalised (a verb or a noun: "planted", "group masterminded") or a date
    taken off, so it opens with a name ("the Baghdad bombing", "the Basra car bomb", "Sunday bombing")."""
    start = first
    while start > floor and _is_own(words[start - 1][0]) and not _DIGITS.match(words[start - 1][0]):
        start -= 1
    while start < first and not (question[words[start][1]].isupper() or _is_date_word(words[start][0])):
        start += 1  # review65 finding 1: "Who planted roadside bomb?" names no incident of its own
    return start


# (review65 finding 2) an English question word followed by an auxiliary opens a question, never an incident told in
# it ("When did Mosul police defuse the bomb?"), unlike "when" opening a clause ("when gunmen attacked a checkpoint")
_WH_EN = _wordset("what which who whom whose when where why how")
_AUX_EN = _wordset("did does do is are was were has have had can could will would")


def _asks_here(words: list[tuple[str, int, int]], k: int) -> bool:
    """Whether an English question opens at ``words[k]``: a question word followed by an auxiliary."""
    return words[k][0] in _WH_EN and words[k + 1][0] in _AUX_EN


def incident_phrase(question: str) -> str | None:
    """The incident ``question`` names, as written in it: from where it opens (its first attack noun, a preposition
    before a place, name or date, a "when ..." clause) to its last incident word; None when it names none.

    "How many were killed in the Kirkuk attack?" -> "in the Kirkuk attack"; "كم قتيلا في تفجير الموصل؟" -> "في
    تفجير الموصل"; words of what is asked before the incident ("how many policemen were killed", "كم قتيلا سقط")
    are left out; "Who leads the Popular Mobilization Forces?" names no incident (None)."""
    words = _words(question)
    first = _opening(words)
    if first is None:
        return None
    floor = 0
    asked = [k + 2 for k in range(first, len(words) - 1) if _asks_here(words, k)]
    if asked:  # "When did Mosul police defuse the bomb?": the question's own words are no incident (review65 #2)
        floor = asked[-1]
        rest = _opening(words[floor:])
        if rest is None:
            return None
        first = floor + rest
    if _is_incident_noun(words[first][0]) and not _arabic(question):
        first = _own_before(words, first, question, floor)  # "the Baghdad bombing", "the Basra car bomb" (ux65)
    anchors = [i for i, (w, _, _) in enumerate(words)
               if i >= first and (_is_incident_noun(w) or _is_own(w))]
    if not any(_is_own(words[i][0]) for i in anchors):
        return None  # only a generic "the attack": no incident of its own to carry
    last = anchors[-1]
    if last + 1 < len(words) and _DIGITS.match(words[last + 1][0]):
        last += 1  # "June 2015"'s year, "حزيران 2014"
    if first > 0 and _DIGITS.match(words[first - 1][0]) and _is_date_word(words[first][0]):
        first -= 1  # "12 June"
    while first > 0 and words[first - 1][0] in _PREPOSITIONS:
        first -= 1
    return question[words[first][1]: words[last][2]].strip()


def _incident_first(phrase: str) -> tuple[str, bool]:
    """``phrase`` without its leading prepositions, and whether it then opens with an attack noun."""
    words = _words(phrase)
    i = 0
    while i < len(words) and words[i][0] in _PREPOSITIONS and words[i][0] != "the":
        i += 1
    if i == len(words):
        return phrase, False
    rest = phrase[words[i][1]:]
    j = i + (1 if words[i][0] == "the" else 0)
    opens = j < len(words) and _is_incident_noun(words[j][0])
    if not opens and words[i][0] == "the":  # "the Kirkuk attack": the noun after the place
        opens = any(_is_incident_noun(w) for w, _, _ in words[j: j + 3])
    if not opens and _words(rest) and not _is_common(_words(rest)[0][0]):
        opens = any(_is_incident_noun(w) for w, _, _ in _words(rest)[:3])  # "هجوم كركوك" / "Kirkuk bombing"
    return rest, opens


def _with_incident(question: str, phrase: str) -> str:
    """``question`` with ``phrase``: in place of its trailing generic incident noun ("who claimed the attack?" +
    "in the Kirkuk bombing" -> "who claimed the Kirkuk bombing?"), else after it."""
    body = question.rstrip().rstrip("?؟").rstrip()
    mark = "؟" if re.search(r"[\u0600-\u06ff]", question) else "?"
    words = _words(body)
    bare, opens = _incident_first(phrase)
    if words and opens and _is_incident_noun(words[-1][0]):
        start = words[-1][1]
        if len(words) > 1 and words[-2][0] == "the":
            start = words[-2][1]
        return f"{body[:start]}{bare}{mark}"
    head = _words(phrase)[0][0]
    if head not in _PREPOSITIONS - {"the"} and head not in _CLAUSE_OPENERS and not _GLUED_PLACE.match(head):
        # "ISIS's attack" -> "in ISIS's attack", "the Kirkuk attack" -> "in the Kirkuk attack"
        phrase = ("في " if mark == "؟" else "in ") + phrase
    return f"{body} {phrase}{mark}"


# --- a follow-up naming only a place or a date ("وفي الموصل؟", "and in Mosul?", "وماذا عن تكريت؟", "what about 2017?",
# "and on Tuesday?"): the previous question asked of that place or date

PLACE_FOLLOW_UPS = True
"""Switch (ux64): a question naming only a place or a date is the previous question (as read) asked of it, the place
or date it named replaced (the new one added when it named none); off, such a question is asked as is."""

MAX_HISTORY = 50
"""How many earlier turns a reading looks at (a place-only turn is read with the turn before it, and so on)."""

FRAGMENT_WORDS = 5
"""Most words of the place or date a follow-up names alone ("وفي مدينة الصدر؟", "and in the Anbar province?")."""

# "what about", "ماذا عن": the opener of such a follow-up (normalised, lower case; a glued و/ف taken off)
_ABOUT = (("what", "about"), ("how", "about"), ("what", "of"), ("ماذا", "عن"), ("ماذا", "بشان"), ("ماذا", "بخصوص"),
          ("ما", "عن"))
_AND = frozenset({"and", "و", "ف"})
_IN_PLACE = _wordset("في in at near قرب inside داخل")  # the preposition before a place
_IN_DATE = _wordset("في in on during خلال يوم عام سنه العام شهر")  # before a date ("and on Tuesday?", "وعام 2017؟")
_DATE_NOUNS = _wordset("يوم عام سنه العام شهر")
# the start or end of a date ("نهاية 2017", "the end of 2017"): a turn-of-phrase word, yet with a date a date follow-up
_DATE_EDGES = _bare_set(_wordset("نهايه بدايه مطلع اواخر اوائل منتصف")) | _wordset("end beginning start middle")  # a noun of a date, also after a preposition ("وفي عام 2017؟")
_JOINING = _wordset("في ب of in ، ,")  # what joins the places of one nested location ("بلدة هيت في محافظة الأنبار")
_YEAR = re.compile(r"(?:19|20)\d\d")
_BEFORE_PLACE = _IN_PLACE | _wordset("على on الى to from من of")  # where a place of the earlier question opens
_PLACE_KINDS = PLACE_NOUNS | frozenset(rules.table("locations", "place_nouns").values())  # قريه, مدينه; village, city


@lru_cache(maxsize=1)
def _lexicon():
    from marsad.core.lexicon import get_lexicon

    return get_lexicon()


def _arabic(text: str) -> bool:
    return bool(re.search(r"[\u0600-\u06ff]", text))


def _glued(word: str) -> list[tuple[str, str]]:
    """``(letters, form)``: ``word`` (normalised) as is, then without each clitic cluster of
    :data:`marsad.core.arabic.CLITICS` it opens with, the article kept ("وبالموصل" -> ("وب", "الموصل"))."""
    out = [("", word)]
    for prefix, form in clitic_variants(word):
        kept = len(form) - (len(word) - len(prefix))  # the article a cluster leaves in front ("بال" -> "ال")
        out.append((prefix[: len(prefix) - kept], form))
    return out


def _kinds(surface: str, english: bool) -> set[str]:
    """The lexicon kinds ("places", "actors", "glossary") of entries named ``surface``."""
    entries = _lexicon().lookup_en(surface) if english else _lexicon().lookup_ar(surface)
    return {e.kind for e in entries}


def _named(words: list[tuple[str, int, int]], text: str, kind: str) -> list[tuple[int, int, str]]:
    """The places (``kind`` "places") or actors ("actors") the lexicon knows in ``words`` (of ``text``): ``(first,
    last + 1, letters glued before the first)``, the longest first at each word, in text order. A name of both an
    actor and a place ("الصدر") counts as an actor only."""
    out, i = [], 0
    while i < len(words):
        english = not _arabic(words[i][0])
        for n in (3, 2, 1):
            if i + n > len(words):
                continue
            rest = " ".join(w for w, _, _ in words[i + 1: i + n])
            firsts = [("", text[words[i][1]: words[i][2]])] if english else _glued(words[i][0])
            hit = next((letters for letters, first in firsts
                        if kind in (k := _kinds(f"{first} {rest}".strip(), english))
                        and (kind == "actors" or "actors" not in k)), None)
            if hit is not None:
                out.append((i, i + n, hit))
                i += n - 1
                break
        i += 1
    return out


def _is_place_kind(word: str) -> bool:
    """A noun of a kind of place (مدينة, قرية, محافظة; city, village), a glued preposition or article taken off."""
    return any(f in _PLACE_KINDS for f in _forms(word))


def _no_place(rest: list[tuple[str, int, int]], question: str, places: list[tuple[int, int, str]]) -> bool:
    """Whether the words ``rest`` after "في"/"in" name no place although a preposition stands before them (review64
    finding 1): the lexicon knows no place among them, they do not open with a noun of a kind of place, and they
    name an actor the places found do not cover ("وفي الحشد الشعبي؟", "and in Hezbollah?"), or are common words
    (Arabic: each a word of the extractor's common words, "وفي الواقع؟", "وفي المقابل؟"; English: the first not
    capitalised, "and in general?", "and at night?")."""
    covered = {k for first, end, _ in places for k in range(first, end)}
    if {k for first, end, _ in _named(rest, question, "actors") for k in range(first, end)} - covered:
        return True
    if places or _is_place_kind(rest[0][0]):
        return False
    if not _arabic(question):
        return not question[rest[0][1]].isupper()
    common = rules.words("common_words", "common_words")
    return all(any(f in common for f in (w, strip_clitics(w), *(form for _, form in clitic_variants(w))))
               for w, _, _ in rest)  # "سوق الوردة": a name after the common word (no pronoun taken off: "الوردة")


def _is_dated(word: str) -> bool:
    """A word of a date: a month or weekday name, a year, a day's number."""
    return _is_date_word(word) or bool(re.fullmatch(r"\d{1,2}", word) and 0 < int(word) <= 31)


def _fragment(question: str) -> tuple[str, str, str] | None:
    """``(kind, words, preposition)`` when ``question`` names a place ("place") or a date ("date") and nothing else,
    as written ("وفي الموصل؟" -> ("place", "الموصل", "في"), "what about 2017?" -> ("date", "2017", ""), "وبتكريت؟"
    -> ("place", "تكريت", "ب")); None for any other question. Behind "في"/"in" words of their own (no question
    word, date or number) are a place unless they name an actor or are common words (:func:`_no_place`:
    "وفي الواقع؟", "and in general?"); "في عام/يوم" before a date is its preposition; after "ماذا عن"/"what about" or a bare "و"/"and" the lexicon must know a place
    among them and no actor ("what about ISIS?" asks of an actor), or they open with a noun of a kind of place
    ("وماذا عن مدينة الشعلة؟"), and every word is one of the place or such a noun ("and the Mosul one?" is none)."""
    words = _words(question)
    i = 0
    if words and words[0][0] in _AND:
        i = 1
    opened = i > 0 or bool(words) and _CONJ.sub("", words[0][0]) != words[0][0]
    for a, b in _ABOUT:
        if i + 1 < len(words) and _CONJ.sub("", words[i][0]) == a and words[i + 1][0] == b:
            i, opened = i + 2, True
            break
    prep = ""
    if i < len(words) and _CONJ.sub("", words[i][0]) in _IN_PLACE | _IN_DATE:
        prep, i = _CONJ.sub("", words[i][0]), i + 1
        opens = words[i - 1][2] - len(prep)
        if words[i - 1][0] not in _DATE_NOUNS and i + 1 < len(words) and words[i][0] in _DATE_NOUNS and all(
                _is_dated(w) for w, _, _ in words[i + 1:]):
            i += 1  # "وفي عام 2017؟": the preposition and the date's noun
        prep = question[opens: words[i - 1][2]]  # as written, without its و
    the = i < len(words) and words[i][0] == "the"
    if the:
        i += 1
    rest = words[i:]
    if not rest or len(rest) > FRAGMENT_WORDS:
        return None
    text = question[rest[0][1]: rest[-1][2]]
    edge = 1 if any(f in _DATE_EDGES for f in _forms(rest[0][0])) else 0
    if edge and len(rest) > 2 and rest[1][0] == "of":
        edge = 2
    if edge and (opened or prep) and len(rest) > edge and all(_is_dated(w) for w, _, _ in rest[edge:]) and any(
            _is_date_word(w) for w, _, _ in rest[edge:]):  # "وفي نهاية 2017؟", "and at the end of 2017?" (review65 #3)
        return "date", question[words[i - 1][1] if the else rest[0][1]: rest[-1][2]], prep
    if all(_is_dated(w) for w, _, _ in rest):
        if any(_is_date_word(w) for w, _, _ in rest) and (opened or prep):
            return "date", text, prep
        return None
    if prep and normalize(prep) not in _IN_PLACE:
        return None
    if any(_DIGITS.match(w) or _is_date_word(w) or not _is_own(w) for w, _, _ in rest):
        return None
    places = _named(rest, question, "places")
    if prep and _no_place(rest, question, places):
        return None
    english = not _arabic(question)
    glued = places[0][2] if places and places[0][0] == 0 else ""
    if not glued and not english and not prep and _GLUED_PLACE.match(rest[0][0]):  # "وبالنخيل": a glued preposition
        glued = _GLUED_PLACE.match(rest[0][0]).group(0)
        glued = glued[: -2] if glued.endswith("ال") else glued
    if not prep and not glued:
        if _named(rest, question, "actors"):
            return None
        covered = {k for first, end, _ in places for k in range(first, end)}
        kinds = {k for k, (w, _, _) in enumerate(rest) if any(f in _PLACE_KINDS for f in _forms(w))}
        if not (places or 0 in kinds) or not (opened or covered == set(range(len(rest)))):
            return None
        if places and not covered | kinds >= set(range(len(rest))) and english:
            return None  # "and the Mosul one?": a word that is neither the place nor a kind of place
    if glued and normalize(question[rest[0][1]: rest[0][1] + len(glued)]) == glued:
        text = question[rest[0][1] + len(glued): rest[-1][2]]
        prep = prep or glued.lstrip("وف")
    return "place", text.strip(), prep


def _date_spans(words: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """The dates ``words`` name: runs of date words and numbers holding a month, a weekday or a year."""
    spans, i = [], 0
    while i < len(words):
        j = i
        while j < len(words) and _is_dated(words[j][0]):
            j += 1
        if j > i and any(_is_date_word(w) for w, _, _ in words[i:j]):
            spans.append((i, j))
        i = max(j, i + 1)
    return spans


def _place_spans(words: list[tuple[str, int, int]], text: str) -> list[tuple[int, int, str]]:
    """The places ``words`` (of ``text``) name: those the lexicon knows, else the runs of words of their own after
    "في"/"in"/"on"/"على", a glued "بال", or an attack noun ("تفجير سوق الكرادة"; "the Karrada bombing": in English
    capitalised words, after "the" only before an attack noun), an actor's name never."""
    known = _named(words, text, "places")
    if known:
        return known
    english = not _arabic(text)
    actors = {k for first, end, _ in _named(words, text, "actors") for k in range(first, end)}
    spans, i = [], 0
    while i < len(words):
        j = i
        while j < len(words) and _is_own(words[j][0]) and not _is_dated(words[j][0]) and j not in actors \
                and (not english or text[words[j][1]].isupper()):
            j += 1
        if j == i:
            i += 1
            continue
        before = words[i - 1][0] if i else ""
        after = words[j][0] if j < len(words) else ""
        glued = "" if english else (_GLUED_PLACE.match(words[i][0]) or [""])[0]
        if before in _BEFORE_PLACE or _is_incident_noun(before) or glued or (
                english and before == "the" and _is_incident_noun(after)):
            spans.append((i, j, glued[: -2] if glued.endswith("ال") else glued))
        i = j
    return spans


def _with(previous: str, fragment: tuple[str, str, str], mark: str | None = None) -> str:
    """``previous`` asked of the fragment's place or date: its last place (date) replaced, else the fragment added
    with its preposition (or "في"/"in"); ``mark`` the question mark to end with (None: ``previous``'s own).

    A place replaces the whole nested location it ends ("بلدة هيت في محافظة الأنبار" + "الموصل" -> "الموصل": the
    places joined by في/ب/in/of/a comma or a noun of a kind of place, and such a noun before them); a day or month
    without a year keeps the replaced date's year ("5 حزيران 2016" + "7 حزيران" -> "7 حزيران 2016")."""
    kind, new, prep = fragment
    body = previous.rstrip().rstrip("?؟").rstrip()
    mark = ("؟" if _arabic(previous) else "?") if mark is None else mark
    if mark and not previous.rstrip().endswith(("?", "؟")):
        mark = ""
    words = _words(body)
    spans = _place_spans(words, body) if kind == "place" else [(a, b, "") for a, b in _date_spans(words)]
    if not spans:
        joint = prep if prep and not re.fullmatch(r"[بل]", normalize(prep)) else ("في" if _arabic(body) else "in")
        return f"{body} {joint} {new}{mark}"
    first, end, letters = spans[-1]
    if kind == "place":
        first, letters = _nested_start(words, spans, body)
    elif not _YEAR.search(new) and any(MONTH_WORD.fullmatch(f) for w, _, _ in _words(new) for f in _forms(w)):
        years = [body[s:e] for w, s, e in words[first:end] if _YEAR.fullmatch(w)]
        new = f"{new} {years[-1]}" if years else new
    elif any(f in _DATE_EDGES for f in _forms(_words(new)[0][0])) and first > 0 and words[first - 1][0] in _DATE_NOUNS:
        first -= 1  # "عام 2016" -> "نهاية 2017"
    elif prep and (said := _words(prep)) and said[-1][0] in _DATE_NOUNS:
        new = f"{prep[said[-1][1]:]} {new}"  # "وفي عام 2017؟": "عام 2017" in place of "يوم 5 حزيران 2016"/"عام 2016"
        if first > 0 and words[first - 1][0] in _DATE_NOUNS:
            first -= 1
    start = words[first][1] + len(letters)
    if normalize(body[words[first][1]: start]) != letters:
        start = words[first][1]
    return f"{body[:start]}{new}{body[words[end - 1][2]:]}{mark}"


def _nested_start(words: list[tuple[str, int, int]], spans: list[tuple[int, int, str]], body: str) -> tuple[int, str]:
    """Where the nested location the last of ``spans`` ends opens: the first word of the places before it joined to
    it by :data:`_JOINING` words or nouns of a kind of place, or of such a noun just before them; and the letters
    glued to that word (a preposition, "وب")."""
    first, _, letters = spans[-1]
    for f0, e0, l0 in reversed(spans[:-1]):
        gap = words[e0:first]
        if not all(w in _JOINING or _is_place_kind(w) for w, _, _ in gap) or not gap and (
                not letters or letters.startswith(("و", "ف"))):
            break  # "بين العراق وتركيا": two places, not one within the other
        first, letters = f0, l0
    if first > 0 and _is_place_kind(words[first - 1][0]):
        first -= 1  # "بلدة هيت", "محافظة الأنبار": the kind of place goes with its name
        word = words[first][0]
        letters = next((g for g, form in _glued(word) if g and form != word and (
            form in _PLACE_KINDS or strip_clitics(form) in _PLACE_KINDS)), "")
        if letters.endswith("ال"):
            letters = letters[:-2]
    return first, letters


BARE_TURNS = True
"""Switch (ux65): a short turn that asks nothing and names no incident, place or date of its own to be read ("وفي
رأيك؟", "and the day before?", "and in practice?") is passed over by the follow-ups after it: "and in Mosul?" after
"How many were killed in the Kirkuk attack?" and "and the day before?" is the Kirkuk question asked of Mosul, not "and
the day before in Mosul?"; off, the turn just before is the one continued."""

# the words a question asks with (normalised; a glued و/ف taken off): a turn holding one asks something
_ASKING = _wordset("""
    ما ماذا لماذا بماذا هل كم بكم كيف متي اين من اي ايه لم
    what which who whom whose when where why how did does do is are was were has have had can could will would
""")


# (review65 finding 17) the words a bare turn may be made of besides its opinion or turn-of-phrase words: a
# conjunction, a preposition, a demonstrative, a relative day or time ("and the day before?", "وفي الليلة السابقة؟",
# "وفي هذه الأثناء؟"), "one" ("and the Mosul one?"); any other word (أعطني، عدد، الجرحى، list, wounded) asks something
_EMPTY = _bare_set(_wordset("""
    ثم بعد قبل بعدها قبلها بعده قبله ذلك هذه هذا تلك هذا غضون اثناء الاثناء
    يوم اليوم ليله الليله اسبوع الاسبوع شهر الشهر عام العام سنه السنه صباح الصباح مساء المساء
    سابق السابق سابقه السابقه تالي التالي تاليه التاليه لاحق اللاحق لاحقه اللاحقه
""")) | _wordset("""
    so then the a an that this those these one ones after before later earlier previous next following
    day days week weeks month months year years night morning evening total
""") | _PREPOSITIONS | _IN_PLACE | _IN_DATE | _AND


def _is_empty(word: str, text: str, start: int) -> bool:
    """A word a bare turn may hold (:data:`_EMPTY`, an opinion or turn-of-phrase word, a place the lexicon knows)."""
    return (_is_phrase_word(word) or any(f in _EMPTY for f in (word, _CONJ.sub("", word), *_forms(word)))
            or "places" in _kinds(text[start:start + len(word)] if not _arabic(word) else word, not _arabic(word)))


def _bare(turn: str) -> bool:
    """Whether ``turn`` asks nothing a later follow-up could continue: at most :data:`FRAGMENT_WORDS` words, no
    question word (or only one asking an opinion: "وما رأيك؟"), no incident (:func:`incident_phrase`) and not a place or date follow-up ("وفي رأيك؟", "and the day
    before?", "and in practice?")."""
    spans = _words(turn)
    words = [w for w, _, _ in spans]
    asking = [w in _ASKING or _CONJ.sub("", w) in _ASKING for w in words]
    if not all(a or _is_empty(w, turn, s0) for (w, s0, _), a in zip(spans, asking, strict=True)):
        return False  # "أعطني عدد الجرحى", "list the wounded": a request, which a follow-up continues
    opinion = any(map(_is_phrase_word, words)) and all(
        a or w in _AND or _is_phrase_word(w) for w, a in zip(words, asking, strict=True))
    return (len(words) <= FRAGMENT_WORDS and (not any(asking) or opinion)  # "وما رأيك؟", "and what do you think?"
            and incident_phrase(turn) is None and (not PLACE_FOLLOW_UPS or _fragment(turn) is None))


def _asked_before(earlier: list[str]) -> list[str]:
    """``earlier`` without its last turns that are :func:`_bare` (:data:`BARE_TURNS`)."""
    earlier = list(earlier)
    while BARE_TURNS and earlier and _bare(earlier[-1]):
        earlier.pop()
    return earlier


def read_follow_up(question: str, earlier: list[str]) -> str | None:
    """``question`` as read with the earlier questions (oldest first, as asked), or None when it is asked as is.

    A question naming only a place or a date ("وفي الموصل؟", "and in Mosul?", "وماذا عن تكريت؟", "what about
    2017?") is the previous question (as it was read) asked of it (:data:`PLACE_FOLLOW_UPS`); a question naming no
    incident of its own is read with the incident of the nearest earlier question that names one (a place-only turn
    gives the incident it was read with, of its place; earlier incident follow-ups are passed over, so a third
    question still continues the first one's incident). Asked as is: a question naming its own incident, one whose
    earlier turn named none or was asked in the other language, or any question when :data:`FOLLOW_UPS` is off."""
    if not FOLLOW_UPS:
        return None
    earlier = _asked_before(list(earlier)[-MAX_HISTORY:])
    language = detect_language(question)
    fragment = _fragment(question) if PLACE_FOLLOW_UPS else None
    if fragment is not None:
        if not earlier:
            return None
        previous = _as_read(earlier)
        if detect_language(previous) != language or _fragment(previous) is not None:
            return None  # another language, or a fragment with nothing before it: nothing to ask of it
        return _with(previous, fragment)
    if names_own_incident(question):
        return None
    phrase = _incident_of(earlier, EARLIER_TURNS)
    if not phrase or detect_language(phrase) != language:
        return None  # none named, or in another language: carrying it as written would mix both in one question
    return _with_incident(question, phrase)


def _as_read(turns: list[str]) -> str:
    """The last of ``turns`` as it was read after the turns before it (itself when asked as is)."""
    return read_follow_up(turns[-1], turns[:-1]) or turns[-1]


def _incident_of(turns: list[str], reach: int) -> str | None:
    """The incident the last of ``turns`` named or continued, as :func:`incident_phrase` gives it, looking back
    through at most ``reach`` turns: a place or date follow-up gives the incident of the turn before it of its own
    place or date (the question it was read as, when that names one); a turn naming no incident of its own, the
    incident of the turn before it; a turn naming something of its own but no incident, none."""
    if not turns or reach <= 0:
        return None
    last = turns[-1]
    if BARE_TURNS and _bare(last):
        return _incident_of(turns[:-1], reach - 1)
    fragment = _fragment(last) if PLACE_FOLLOW_UPS else None
    if fragment is not None:
        read = _as_read(turns)
        phrase = incident_phrase(read) if read != last else None
        if phrase:
            return phrase
        inner = _incident_of(turns[:-1], reach - 1)
        if inner and detect_language(inner) == detect_language(last):
            return _with(inner, fragment, mark="")
        return incident_phrase(last)
    if names_own_incident(last):
        return incident_phrase(last)
    return _incident_of(turns[:-1], reach - 1)


def reading_note(read: str) -> str:
    """What the chat tells under a follow-up it read with the previous turn's incident (both languages, as the app's
    other notes): the question it asked, so the analyst sees which incident the answer is about."""
    return f"سُئل متابعةً للسؤال السابق: «{read}» · Asked as a follow-up of the previous question: “{read}”"
