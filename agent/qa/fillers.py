"""The general filler types the passage reader reads (:data:`marsad.agent.qa.passages.FILLER_ANY`): whether a
sentence holds a filler of the type a question asks (a number, a day, a place, a country, a person, "which X": the last
reader's types, agent/qa/sentence_pick.py), and the article's sentence holding one and most of the question's content
when the quoted sentence holds none.

A module of its own, read by passages, that reads sentence_pick: no module imports passages back from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.agent.qa import compose, filler_named, sentence_pick
from marsad.agent.qa.appositions import asked_descriptor, is_descriptor
from marsad.agent.qa.compose import Claim, news_sentences, readable, states_person
from marsad.agent.qa.counts import counted_noun, counts_noun
from marsad.agent.qa.question import Question, places_in
from marsad.agent.qa.question_entities import find_entities
from marsad.agent.qa.question_intent import asked_name
from marsad.agent.qa.question_words import MONTH_WORD
from marsad.core.arabic import light_stem, normalize
from marsad.core.lexicon import get_lexicon

# the least share of the question's content (weighted: sentence_pick.content_cover) the article's sentence read must hold
FILLER_ANY_COVER = 0.25


def filler_in_article(question: Question, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the article's sentence (``text``) other than the quoted one (``start``-``end``) that holds a filler
    of the general type the question asks (:func:`sentence_pick.asked_type`) and most of its content, when the quote
    holds none (:data:`FILLER_ANY`)."""
    general = general_filler(question)
    if general is None:
        return None
    kind, test = general
    if asked_near(question, text, start, end):
        return None
    if test(text[start:end]):  # (a date or a place of its type only: the sentence naming the one asked is added)
        return _named_in_article(question, kind, text, start, end, test)
    noun = counted_noun(question) if kind == "count" else None
    quoted = sentence_pick.units_held(question, text[start:end]) if FILLER_ADDS else None
    best: tuple[float, int, int, int] | None = None
    for a, b in news_sentences(text):
        if a == start or b - a < 15 or not test(text[a:b]):
            continue
        cover = sentence_pick.content_cover(question, text[a:b])
        if cover < FILLER_ANY_COVER and not (
                quoted is not None and cover >= FILLER_ANY_COVER / 2
                and sentence_pick.units_held(question, text[a:b]) - quoted):
            continue
        if noun is not None and counts_noun(normalize(readable(text[a:b])), noun):
            cover += 1.0  # (a number of the thing counted: "12 معبرا" for "how many crossings")
        key = (cover, -abs(a - start))
        if best is None or key > best[:2]:
            best = (*key, a, b)
    return (best[2], best[3]) if best is not None else None


def _named_in_article(question: Question, kind: str, text: str, start: int, end: int,
                      test: Callable[[str], bool]) -> tuple[int, int] | None:
    """When the quote holds a date or a place only by its type (a weekday, "أمس", a place's kind with a word after
    it: :func:`filler_named.names_detail`), the span of the article's sentence naming the detail itself (a year, a day
    of a month, a place a gazetteer knows) and holding nearly as much of the question's content (within
    :data:`filler_named.NAMED_ADD_MARGIN` of the quote's cover, and at least :data:`FILLER_ANY_COVER`), nearest the quote
    on a tie; else None (pass 70)."""
    lexicon = get_lexicon()
    if filler_named.names_detail(question, kind, normalize(readable(text[start:end])), lexicon) is not False:
        return None
    least = max(FILLER_ANY_COVER, sentence_pick.content_cover(question, text[start:end]) - filler_named.NAMED_ADD_MARGIN)
    best: tuple[float, int, int, int] | None = None
    for a, b in news_sentences(text):
        if a == start or b - a < 15 or not filler_named.names_detail(question, kind, normalize(readable(text[a:b])),
                                                                     lexicon) or not test(text[a:b]):
            continue
        cover = sentence_pick.content_cover(question, text[a:b])
        key = (cover, -abs(a - start))
        if cover >= least and (best is None or key > best[:2]):
            best = (*key, a, b)
    return (best[2], best[3]) if best is not None else None


# (FILLER_ANY) switch for A/B measurement: the quoted sentence tells the event, so a sentence of its article holding the
# asked filler and content of the question the quote does not hold ("the four soldiers are first lieutenant X, ..." after
# "the army announced the death of four soldiers") is taken with half the content otherwise needed
FILLER_ADDS = True


# (FILLER_ANY) a person asked by a descriptor ("من الوزير الذي صرح ..."): the name the sentence gives after
# that descriptor, within this many words ("وزير النقل فلان الفلاني"), not any man it names ("... في رسالة إلى الرئيس
# فلان": a lead tells what a minister said and names another man)
DESCRIBED_REACH = 6


# (FILLER_ANY) "which country ...": a country the sentence names by its name ("واعترضت دولة الوادي")، not only by the
# adjective of a man or a body it tells of ("رئيس البلاد الجبلي"، "الجيش الجبلي") (switch for A/B measurement)
COUNTRY_NOUN = True


def country_named(question: Question, norm: str, lexicon) -> bool:
    """A normalised sentence names, by a name that is no adjective, a country the question does not name (the world
    gazetteer's countries too: sentence_pick's country filler)."""
    asked = {e.id for e in question.entities}
    for e in places_in(norm, lexicon):
        if e.get("admin_level") != "country" or e.id in asked:
            continue
        pattern = _country_pattern(e)
        if pattern is not None and pattern.search(norm):
            return True
    return sentence_pick.world_country(question, norm)


_COUNTRY_PATTERNS: dict[str, re.Pattern[str] | None] = {}


def _country_pattern(entry) -> re.Pattern[str] | None:
    """One compiled pattern (cached by the entry's id) for a country's names that are no adjective (its canonical
    name kept), a leading و/ف/ب/ل allowed; None when it has none."""
    if entry.id not in _COUNTRY_PATTERNS:
        canonical = normalize(entry.canonical) if entry.canonical else ""
        names = [n for n in dict.fromkeys(normalize(a) for a in (entry.canonical, *entry.ar) if a)
                 if not n.endswith(("ي", "يه")) or n == canonical]
        _COUNTRY_PATTERNS[entry.id] = (re.compile(rf"(?<!\w)[وفبل]?(?:{'|'.join(map(re.escape, names))})(?!\w)")
                                       if names else None)
    return _COUNTRY_PATTERNS[entry.id]


def general_filler(question: Question) -> tuple[str, Callable[[str], bool]] | None:
    """The general type the question asks (:func:`sentence_pick.asked_type`) and whether a sentence (as written) holds
    a filler of it (:func:`sentence_pick.has_filler`; a person asked by a descriptor: named after it), or None."""
    kind = sentence_pick.asked_type(question)
    if kind is None:
        return None
    lexicon = get_lexicon()

    def holds(sentence: str, norm: str | None = None) -> bool:
        norm = normalize(readable(sentence)) if norm is None else norm
        return sentence_pick.has_filler(question, kind, sentence, norm, lexicon)

    if kind[0] == "country" and COUNTRY_NOUN:
        return kind[0], lambda sentence: country_named(question, normalize(readable(sentence)), lexicon)
    noun = asked_descriptor(question) if kind[0] in ("person", "identity") else None
    if noun is None:
        return kind[0], holds

    asked = {e.id for e in question.entities}

    def named(window: str) -> bool:  # (sentence_pick.has_filler's person: a titled name, or a man of the registry)
        return states_person(window) or any(e.kind == "actors" and e.id not in asked
                                             for e in find_entities(window, lexicon))

    def described(sentence: str) -> bool:
        norm = normalize(readable(sentence))
        words = norm.split()
        return holds(sentence, norm) and any(is_descriptor(w, noun) and named(" ".join(words[i:i + DESCRIBED_REACH + 1]))
                                       for i, w in enumerate(words))
    return kind[0], described


def asked_near(question: Question, text: str, start: int, end: int) -> bool:
    """Whether the answer's own check (compose.with_asked: a place, a person, a day the quote does not state) finds the
    sentence near the quote that states it: that sentence is quoted, not another (:data:`FILLER_ANY`)."""
    kind = asked_name(question) if compose.ASKED_KIND else None
    if kind is None:
        return False
    qnorm = normalize(question.text)
    if compose.states_kind(question, kind, text[start:end], qnorm):
        return False
    terms = {t for t in (*question.terms, *question.expansion) if not t.isdigit() and not MONTH_WORD.fullmatch(t)}
    return compose.kind_sentence(question, kind, Claim("", [("", start, end)], quoted=True), {"": text}, qnorm,
                                  terms) is not None


# switch for A/B measurement (pass 62): an Arabic question's asked word -- the first word after its question word
# ("كم بلغت تكلفة"، "من قائد"، "ما الذي أقرّه") -- is where its answer is told: a long quote is shown from the clause
# that tells it when the part shown otherwise does not (passages.shown), and a quote that never names it is followed by
# the next sentence of its article that does, with a filler of the type asked (passages._filler_after); news tells an
# event in its lead and "وقد بلغت كلفته ..." or "وأشار إلى أن قائد المنطقة فلان ..." later
ASKED_WORD = True
ASKED_WORD_AFTER = 3  # words told after the asked word for the part shown to tell it (the name, the thing, the sum)
_ASK_OPEN = re.compile(r"^\W*[وف]?(?:الي |في |من |علي |ب|ل)?(?:كم|ماذا|ما|من|اي|ايه)\s+(.+)")
# (normalised) the words between the question word and the word asked: a pronoun, a copula or relative, a verb of
# amount, and the words that only frame the slot
_ASK_SKIP = frozenset({"هو", "هي", "هم", "هما", "كان", "كانت", "يكون", "تكون", "الذي", "التي", "الذين", "اللذين", "اللذان",
                       "اللتين", "اللتان", "بلغ", "بلغت", "يبلغ", "تبلغ", "عدد", "يوجد", "توجد", "هناك", "اسم", "نوع",
                       "طراز", "قدر", "حجم"})
# asked words every news sentence holds one way or another: no sign of where the answer is told
_ASK_GENERIC = frozenset({"شخص", "مره", "يوم", "عام", "سنه", "شهر", "اسبوع", "ساعه", "دقيقه", "قال", "اعلن", "حدث",
                          "جري", "فعل", "وقع", "تم"})


def _stem(word: str) -> str:
    """:func:`marsad.core.arabic.light_stem` of a normalised word, and the accusative "ا" it keeps: "الخبراء"، "عضوا"،
    "تكلفه"، "اقره" -> "خبراء"، "عضو"، "تكلف"، "اقر"."""
    stem = light_stem(word)
    return stem[:-1] if stem.endswith("ا") and len(stem) >= 4 else stem


def _stem_forms(stem: str) -> set[str]:
    """The asked word's stem and, for a derived noun, the stem without its ت/م ("تكلف" -> also "كلف")."""
    return {stem} | ({stem[1:]} if stem[0] in "تم" and len(stem) >= 4 else set())


def asked_word(question: Question) -> str | None:
    """The stem of the word an Arabic question asks by (:data:`ASKED_WORD`): the first word after its question word
    that no copula, relative or frame word is ("كم بلغت تكلفة بناء ..." -> "تكلف"), or None (an English question; a
    word too short or too common to tell where the answer is)."""
    found = _asked_words(question)
    return found[0] if found else None


def _asked_words(question: Question) -> tuple[str, str | None] | None:
    """(the asked word's stem, the stem of the word it governs in the question -- the first content word after it:
    "من قائد المسلحين ..." -> "مسلح", "ما عدد الضحايا في هجوم ..." -> "هجوم" -- or None when the question ends)."""
    if not ASKED_WORD or question.language != "ar":
        return None
    m = _ASK_OPEN.match(normalize(question.text))
    if m is None:
        return None
    words = re.findall(r"\w+", m.group(1))
    for i, word in enumerate(words[:3]):
        if word in _ASK_SKIP:
            continue
        stem = _stem(word)
        if len(stem) < 3 or stem in _ASK_GENERIC or word.isdigit():
            return None
        governed = next((_stem(w) for w in words[i + 1:i + 4] if w not in _ASK_PARTICLES and len(_stem(w)) >= 3),
                        None)
        return stem, governed
    return None


_ASK_PARTICLES = frozenset({"في", "من", "علي", "الي", "عن", "الذي", "التي", "الذين", "هو", "هي", "قد", "تم"})
# a later sentence telling another time than the news (a past year's toll, earlier attacks): not the asked one's answer
_OTHER_TIME = re.compile(r"(?<!\w)(?:ال)?(?:عام|سنه|شهر|اسبوع|اعوام|سنوات|اشهر)\s+(?:ال)?(?:ماضي|ماضيه|سابق|سابقه|فائت|"
                         r"منصرم|منصرمه)(?!\w)|(?<!\w)(?:منذ|خلال)\s+(?:مطلع|بدايه)\s+العام")


def _told_at(stem: str, norm: str) -> list[tuple[int, int]]:
    """Where a normalised text names the asked word (:func:`asked_word`): (start, end) of each word whose stem is it,
    or is it without a derived noun's ت/م ("كلفه" for "تكلفة")."""
    stems = _stem_forms(stem)
    return [(m.start(), m.end()) for m in re.finditer(r"\w+", norm) if _stem(m.group(0)) in stems]


def tells_asked(stem: str, sentence: str, *, whole: bool = False) -> bool:
    """A sentence (as written) names the asked word with :data:`ASKED_WORD_AFTER` words after it (or at its end: the
    part shown of a long quote must show what follows it); ``whole``: anywhere."""
    norm = normalize(readable(sentence))
    at = _told_at(stem, norm)
    if whole:
        return bool(at)
    return any(len(norm[e:].split()) >= ASKED_WORD_AFTER or not norm[e:].strip(" .،,؛;:…") for _, e in at)


def tells_asked_after(question: Question, sentence: str) -> bool:
    """A later sentence (as written) tells the asked word of :func:`asked_word` as the question asks it: named with the
    word it governs in the question within three words after it, or with a pronoun back to the news ("كلفة إنشائه",
    "قائدهم"), and no other time told ("العام الماضي"): "قائد شرطة البلدة" is no answer to "من قائد المسلحين"."""
    found = _asked_words(question)
    if found is None:
        return False
    stem, governed = found
    raw = re.findall(r"\w+", readable(sentence))
    norm = [normalize(w) for w in raw]
    if _OTHER_TIME.search(" ".join(norm)):
        return False
    stems = _stem_forms(stem)
    for i, word in enumerate(norm):
        if _stem(word) not in stems:
            continue
        if governed is None or any(_stem(w) == governed for w in norm[i + 1:i + 4]):
            return True
        # (a pronoun back to the news, read as written: "ه" after a letter, never the feminine "ة")
        if any(_BACK.search(w) for w in raw[i:i + 2]):
            return True
    return False


_BACK = re.compile(r"[^ة](?:ه|ها|هم|هما)$")


def asked_clause(stem: str, quote: str, clause: re.Pattern[str]) -> int:
    """Where the clause of a quote that names the asked word starts (the last ``clause`` start before the word's
    first mention), 0 when none does or it is the first clause."""
    stems = _stem_forms(stem)
    for m in re.finditer(r"\w+", quote):
        if _stem(normalize(m.group(0))) in stems:
            starts = [c.end() for c in clause.finditer(quote, 0, m.start())]
            return starts[-1] if starts else 0
    return 0
