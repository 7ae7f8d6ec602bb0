"""The words of a question: stop words, content words, the English words no lexicon or cue covers
(:func:`unmapped`), the dates and the numbers it states.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from marsad.agent.numbers import ORDINAL_OF_COMPOUND, ORDINALS, Quantity, read_quantity
from marsad.agent.qa.question_intent import _EN, _HOW_MANY_EN, _OFFICE_EN, _TOPIC_EN, Question
from marsad.core.arabic import normalize, stem_tokens, tokenize
from marsad.core.lexicon import Entry, Lexicon

STOP_AR = set(
    ["في", "من", "الي", "الى", "على", "علي", "عن", "مع", "ما", "ماذا", "لماذا", "بماذا", "هل", "كم", "بكم", "كيف", "متي", "اين", "من", "هو", "هي", "هم", "التي", "الذي", "الذين", "اي", "او", "ثم", "قد", "لقد", "كان", "كانت", "تم", "عدد", "هذا", "هذه", "ذلك", "تلك", "بين", "حسب", "اثناء", "خلال", "بعد", "قبل", "عند", "لدى", "لدي"]
)
_STOP_EN = set(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "and", "or", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "how", "many", "much", "what", "which", "who", "whom", "whose", "when", "where", "why", "this", "that", "these", "those", "it", "its", "as", "into", "according", "sources", "say", "said", "there", "their", "they", "has", "have", "had"]
)
# English words that carry no fact of their own in a question.
_FILLER_EN = set(
    ["people", "persons", "person", "many", "number", "total", "exactly", "did", "happen", "happened", "took", "place", "take", "part", "were", "sources", "article", "articles", "report", "reports", "reported", "news", "iraq", "iraqi", "south", "north", "east", "west", "southern", "northern", "eastern", "western", "near", "outside", "inside", "city", "province", "area",
     # what an armed group calls itself beside its name ("the Khorasan Group", "the Nusra Front")
     "group", "groups", "front", "movement", "brigade", "brigades", "battalion", "organization", "organisation",
     "name", "names",
     # the particles of an Arabic name ("Umm Sayyaf", "Abu Omar", "Ibn Saud"): the name after them is what is looked up
     "abu", "umm", "ibn", "bin", "bint", "abd", "abdul",
     # a military rank written short before a name ("Col. Turki al-Maliki", "Brig Gen ..."): a title, not a name to
     # look up (read as a name, "Col" was the ISO code of Colombia and "Brig" a transliteration no article writes)
     "col", "gen", "brig", "maj", "sgt", "capt", "cpl", "adm"]
)


# switch for A/B measurement (tests patch it): an intent cue matched across a stretch of the question ("who ... carried
# out", "agreement ... provided") does not cover the capitalised words between: they name what is asked about ("Who
# carried out the stabbing attack in Turku that a Finnish court ...", "Who is the Burkina Faso government spokesman
# who gave a toll ... attack"), and covered they were never looked up as names or states (its other words stay covered;
# a short match, "which English city", is a cue of its own words)
CUE_NAMES_UNCOVERED = True
CUE_SPAN_WORDS = 4  # most words of a match that covers all its words


def _cue_spans(m: re.Match[str]) -> list[tuple[int, int]]:
    """The stretches of the question an intent cue's match covers: all of it, but the capitalised words inside a
    match of more than :data:`CUE_SPAN_WORDS` words, past its first word (:data:`CUE_NAMES_UNCOVERED`)."""
    words = list(re.finditer(r"[A-Za-z]+", m.group()))
    names = [w for w in words if w.start() > 0 and w.group()[:1].isupper()]
    if not CUE_NAMES_UNCOVERED or not names or len(words) <= CUE_SPAN_WORDS:
        return [m.span()]
    spans, at = [], m.start()
    for w in names:
        spans.append((at, m.start() + w.start()))
        at = m.start() + w.end()
    return [*spans, (at, m.end())]


# switch for A/B measurement (tests patch it): an apostrophe between the letters of an English word is a letter of
# the name, the ain or hamza of its Arabic ("al-Sha'ab" الشعب, "Ja'far" جعفر, "Qa'im"), not a word break: read apart,
# the first piece was looked up alone (a shorter name that is another word: "Sha" is شاي) and the second ("ab") left
# unsaid. A contraction's ending ("Turkey's", "don't", "they're") is not part of a name; it follows a word of three
# letters or more, or one of the short pronouns ("I'm", "it's", "we're"): after a shorter stem the ending is the
# name's own letters ("Sa'd" سعد, "Ra's al-Ayn" رأس العين).
APOSTROPHE_WORDS = True
_APOSTROPHE = "['\u2019\u02bf\u02bb]"
_SHORT_PRONOUNS = ("I", "i", "it", "It", "he", "He", "we", "We")
_CONTRACTION = ("(?:" + "|".join(
    [r"(?<=[A-Za-z]{3})"] + [rf"(?<=\b{p})" for p in _SHORT_PRONOUNS]) + r")"
    + _APOSTROPHE + r"(?:s|t|d|m|re|ve|ll)(?![A-Za-z])")
_APOSTROPHE_WORD = rf"[A-Za-z]+(?:(?!{_CONTRACTION}){_APOSTROPHE}[A-Za-z]+)*"


def english_word_pattern() -> str:
    """The pattern of one word of an English question: letters, joined by an apostrophe inside a name
    (:data:`APOSTROPHE_WORDS`)."""
    return _APOSTROPHE_WORD if APOSTROPHE_WORDS else "[A-Za-z]+"


def _uncovered_english(text: str, lexicon: Lexicon) -> tuple[str, ...]:
    covered = [(s, e) for _, s, e in lexicon.find_english(text)]
    for pat in (*_EN.values(), *_TOPIC_EN.values(), _HOW_MANY_EN.pattern, _OFFICE_EN):
        covered += [span for m in re.finditer(pat, text, re.I) for span in _cue_spans(m)]
    out = []
    for m in re.finditer(english_word_pattern() + r"|\d+", text):
        word = m.group().lower()
        if word in _STOP_EN or word in _FILLER_EN or len(word) < 3 or word.isdigit():
            continue
        if any(s <= m.start() and m.end() <= e for s, e in covered):
            continue
        out.append(word)
    return tuple(out)


# words that open an English question with a capital without being a name ("Give the toll of ...", "After the
# attack, who ..."): every other capitalised first word is read as a name ("Mastung election rally bombing: ...")
_OPENERS_EN = {"give", "tell", "describe", "explain", "list", "name", "show", "find", "state", "summarize",
               "summarise", "please", "can", "could", "would", "after", "before", "during", "under", "since",
               "following", "despite", "besides", "according", "regarding", "concerning", "about", "over", "among"}


PREPOSITION_OPENERS = True  # switch for A/B measurement (tests patch it)
# a preposition opening a question ("Through which crossing ...", "Until when ...", "Near which town ..."): a
# capitalised first word that is no name (read as one, "Through" was looked up as تراوغ and the question judged
# out of domain)
_PREPOSITIONS_EN = {"through", "throughout", "via", "until", "till", "near", "from", "into", "onto", "across", "along",
                    "against", "between", "within", "without", "toward", "towards", "beyond", "behind", "inside",
                    "outside", "upon", "amid", "amidst", "around", "beside", "beneath", "below", "above", "with", "for",
                    "in", "on", "at", "to", "by", "of"}


def name_like(word: str, start: int) -> bool:
    """A capitalised word of an English question that may be a name: not its first word, or a first word that
    does not open a question or a clause (:data:`_OPENERS_EN`, and a preposition: :data:`_PREPOSITIONS_EN`)."""
    return word[:1].isupper() and (start > 0 or word.lower() not in _OPENERS_EN and not (
        PREPOSITION_OPENERS and word.lower() in _PREPOSITIONS_EN))


MAX_UNMAPPED_SHARE = 0.25  # share of an English question's content words the lexicon may fail to say in Arabic


def unmapped(question: Question) -> bool:
    """An English question too much of which no Arabic passage can be shown to answer: a capitalised
    name neither the lexicon nor the index's spellings know, or more than :data:`MAX_UNMAPPED_SHARE`
    of its content words unknown. A stray ordinary word ("leaving", "around") is not enough."""
    if question.language != "en" or not question.uncovered:
        return False
    for m in re.finditer(r"(?<![A-Za-z])" + english_word_pattern(), question.text):
        if m.group().lower() in question.uncovered and name_like(m.group(), m.start()):
            return True
    words = [w for w in re.findall(r"[A-Za-z]+", question.text)
             if len(w) >= 3 and w.lower() not in _STOP_EN and w.lower() not in _FILLER_EN]
    unknown = [w for w in question.uncovered if w not in _PLAIN_EN]
    return len(unknown) > MAX_UNMAPPED_SHARE * max(1, len(words))


# ordinary English words that carry no fact a passage must show ("its own fighters", "under the bridge")
_PLAIN_EN = {"own", "under", "over", "above", "below", "after", "before", "during", "against", "between", "among",
             "within", "without", "than", "then", "also", "both", "each", "other", "another", "some", "any", "all",
             "more", "most", "less", "least", "very", "just", "only", "old", "new", "former", "first", "last", "next", "later",
             "earlier", "ago", "since", "until", "while", "whom", "whose", "them", "him", "her", "his", "hers", "our",
             "out", "off", "back", "away", "around", "across", "along", "toward", "towards", "upon", "via", "per",
             "through", "throughout", "beyond", "behind", "amid", "beside", "beneath",
             # (a prefix written apart from its word, "anti-terrorism"; words that say no fact: "the previous day", "want to")
             "anti", "pro", "previous", "following", "want", "wanted", "let",
             # modal verbs and words of topic or length ("would hold power", "regarding the city", "how long")
             "would", "could", "should", "regarding", "concerning", "long",
             # (thirty-sixth pass) the other modal verbs and "done" ("might be responsible", "justice had been done")
             "might", "must", "done"}


def content_terms(text: str) -> list[str]:
    """Stems of the content words of ``text`` (stop words and one-letter tokens dropped)."""
    tokens = [t for t in tokenize(text) if len(t) > 1 and t not in STOP_AR and t.lower() not in _STOP_EN]
    return stem_tokens(tokens)


# the month names (a regex alternation, normalised Arabic): English full names, their short forms, the Arabic
# names of both calendars (one list: slots reads the Arabic and English full names from here)
MONTHS_EN = r"january|february|march|april|may|june|july|august|september|october|november|december"
MONTHS_AR = (r"يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر"
             r"|كانون الثاني|كانون الاول|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني")
MONTHS = MONTHS_EN + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|" + MONTHS_AR
# the English weekdays and months: capitalised words that name no one (no name to look for, no given name)
CALENDAR_EN = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                         "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december"})
# one word naming a month ("تموز", "مارس", "July"): a date the question sets, not a word its answer must share
MONTH_WORD = re.compile(rf"(?:{MONTHS}|كانون|تشرين)", re.I)
# how an English question attributes what it asks ("according to reports"): no word the answer must state
_ATTRIBUTION_EN = re.compile(r"\baccording to (?:the )?(?:\w+ )?reports?\b|\breports? (?:say|said|suggest\w*)\b", re.I)


def framing(concept: Entry, text: str) -> bool:
    """A glossary concept that frames an English question rather than naming what its answer states: a month
    (checked against the article's date, not its words) or the reports it goes by."""
    if MONTH_WORD.fullmatch(concept.name_en or ""):
        return True
    return concept.id == "report" and bool(_ATTRIBUTION_EN.search(text))


# a day of a month ("25 July", "July 25", "25 تموز") is a date, not a count the evidence must state
# ... or told with an ordinal ("في الثالث من مارس", "الحادي والعشرين من تموز")
_ORDINAL_DAY = (r"ال(?:" + "|".join([*ORDINALS, ORDINAL_OF_COMPOUND, "عشرين", "ثلاثين"]) + ")"
                r"(?: عشر| والعشرين| والثلاثين)?")
# ... or a span of days: "ليلة 26 إلى 27 مارس"، "بين 3 و4 أيار"، "March 26-27", "26 to 27 March"
_DAY_SPAN = r"\d{1,2}\s*(?:[-–/]|(?:الي|الى|حتي|و)\s*|(?:to|and|or|-)\s+)"
_DATES = re.compile(rf"(?<!\w)(?:{_DAY_SPAN})?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})(?!\w)"
                    rf"|(?<!\w)(?:{MONTHS})\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}}|\s+(?:to|and)\s+\d{{1,2}})?(?!\d)"
                    rf"|(?<!\w){_ORDINAL_DAY}\s+(?:من\s+)?(?:شهر\s+)?(?:{MONTHS})(?!\w)", re.I)


def states_day(text: str) -> bool:
    """The text states a day of a month ("قتل في 15 مايو", "on 10 June 2014"), not only a relative day ("أمس")."""
    return bool(_DATES.search(normalize(text)))


_SCALE = re.compile(r"^[وب]?(?:ال)?(الف|الاف|االاف|ميه|مايه|ميات|مليون|ملايين|الفا)$")


def quantities(toks: list[str]) -> Iterator[Quantity]:
    """The quantities stated in a token list, left to right, none overlapping ("قتل 13 وأصيب عشرون": 13, 20)."""
    i = 0
    while i < len(toks):
        q = read_quantity(toks, i)
        if q is None or q.value is None or q.end <= i:
            i += 1
            continue
        yield q
        i = q.end


# switch for A/B measurement: "عشر"/"عشرة" after an ordinal's unit ("فتى في الثالثة عشرة"، "اللواء الحادي عشر"،
# "الذكرى الخامسة عشرة") ends a compound ordinal -- a rank, an age, a turn --, not the count ten the question states
ORDINAL_TEENS = True
_ORDINAL_UNIT = re.compile(r"^[وب]?ال(?:"
                           + "|".join([ORDINAL_OF_COMPOUND, *(w for w, v in ORDINALS.items() if 1 < v < 10)]) + ")ه?$")
_TEEN = re.compile(r"^عشره?$")


# (normalised) a teen's unit written with the article ("الخمسه عشر"، "الاثنا عشر"): the article off, the teen read whole
# (eleven agrees: "أحد عشر" masculine, "إحدى عشرة" feminine; "الأحد عشرة" is Sunday and ten, and no teen follows "يوم")
_DEFINITE_TEEN = re.compile(r"(?<!\w)(?<!يوم )ال(احد عشر|احدي عشر[هة]|(?:اثنا|اثني|اثنتا|اثنتي|ثلاثه|ثلاث|اربعه|اربع"
                            r"|خمسه|خمس|سته|ست|سبعه|سبع|ثمانيه|ثماني|تسعه|تسع) عشر[هة]?)(?!\w)")


# (pass 67) a number word before "من" and a definite noun holding a greater number ("اثنان من الأشخاص الثلاثة") is a part
# of a counted group: the article tells the group's size, and the part by a dual or by names, so the question states the
# group's size, not the part's ("ثلاثة من الأربعين جنديا": 40). ("أحد أفراد الدرك" stays one: the article tells the one
# man by a singular noun, "دركي", which numbers_in reads as 1; dropping it lost an item)
def _group_of(toks: list[str], q: Quantity) -> int | None:
    """The size of the counted group the quantity ``q`` of ``toks`` is a part of, or None."""
    if q.end < len(toks) and toks[q.end] == "من":
        for t in toks[q.end + 1:q.end + 4]:
            if t.startswith("ال") and len(t) > 3:
                whole = read_quantity([t[2:]], 0)
                if whole is not None and whole.value is not None and whole.value > q.value:
                    return whole.value
    return None


# (a comma closing a clause may follow: "Of the 250,000, how many ...")
_DIGITS = re.compile(r"(?<!\d)(?<!\d,)\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+")


def stated_numbers(norm: str, language: str) -> tuple[int, ...]:
    """The numbers a question states (not its years or days of a month): digits, and in Arabic number
    words and duals too ("مقتل أربعة من عناصر داعش", "مقتل جنديين"): the answer must be about them."""
    # ("250,000 pills": one number, its thousands set apart by commas, not 250 and 0)
    found = [int(n.replace(",", "")) for n in _DIGITS.findall(_DATES.sub(" ", norm))
             if not 1900 <= int(n.replace(",", "")) <= 2100]
    if language == "ar":
        # "سفراء المجلس الخمسة عشر": a teen written definite is read as its number ("خمسه عشر"), not as ten
        toks = tokenize(_DEFINITE_TEEN.sub(r"\1", _DATES.sub(" ", norm)))
        for q in quantities(toks):
            scaled = q.end < len(toks) and _SCALE.match(toks[q.end])  # "ثلاثة آلاف": not read whole here
            ordinal = ORDINAL_TEENS and q.start > 0 and _TEEN.match(toks[q.start]) and _ORDINAL_UNIT.match(toks[q.start - 1])
            if not toks[q.start].isdigit() and not scaled and not ordinal:
                group = _group_of(toks, q)
                found.append(q.value if group is None else group)
    return tuple(dict.fromkeys(found))
