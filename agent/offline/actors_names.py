"""Actors: the words of a person's name, and where a name starts and ends after a rank or a title.

Ranks, role heads, given names, lineage words and honorifics (words in ``data/actors.json``), :class:`Person`,
the tests a token must pass to be part of a name, :func:`_read_name` (the name starting at a token: to its
family name, or first and father name), and the tests that tell a "name" from common vocabulary
(``data/common_words.json``) or from a place of the world gazetteer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.agent.offline import rules
from marsad.agent.offline.text import Sentence
from marsad.agent.offline.vocab import KILLED
from marsad.core.arabic import ALI, clitic_variants, normalize, written_as_on
from marsad.core.gazetteer import get_world_gazetteer
from marsad.core.lexicon import Entry, get_lexicon

RANKS = rules.words("actors", "ranks")  # without the article, لواء / فريق / عميد / رائد / نقيب are also "brigade", "team", "dean", "pioneer"
RANKS = {r.replace("_", " ") for r in RANKS}
_RANK_SUFFIX = rules.words("actors", "rank_suffix")
ROLE_HEADS = rules.words("actors", "role_heads")
ROLE_HEADS = {r.replace("_", " ") for r in ROLE_HEADS}
_BACK_STOPS = rules.words("actors", "back_stops")
_NAME_STOPS = _BACK_STOPS | rules.words("actors", "name_stops")
# common given names of Iraqi, Kurdish and Turkmen officials: where a name starts after a role
# ("وزير الدفاع سالم الحديثي"). "علي" is left out: after normalisation it is also the preposition على.
GIVEN_NAMES = rules.words("actors", "given_names")
_COMPOUND_FIRST = rules.words("actors", "compound_first")
_LINEAGE = rules.words("actors", "lineage")
_HONORIFICS = rules.words("actors", "honorifics")
_COMMON_FIRST = rules.words("actors", "common_first")
_NOT_NAME_WORDS = rules.words("actors", "not_name_words")
"""Common nouns that follow a role phrase and are no name ("أعلن قائد الشرطة، مقتل مسلحين")."""
_NAME_END_WORDS = rules.words("actors", "name_end_words")
"""Words that may follow a name (verbs of saying after the subject, "إن"/"أن")."""
NEVER_NAME_VERBS = rules.words("actors", "never_name_verbs")
"""The verbs among :data:`_NEVER_NAME` ("تلقى"، "أصدر"، "أشاد"، "أثنى"): with or without "و" they also end a role
read back from a name (actors_titles._role_before): "وأشاد به الرئيس وأثنى عليه وزير الدفاع فلان" -> his role is
"وزير الدفاع" alone."""
_NEVER_NAME = rules.words("actors", "never_name_words") | NEVER_NAME_VERBS
"""Words never part of a name that do not mark where one ends either: a verb, particle or adverb read on after a
title ("الرئيس المخلوع، أدى اشتباك"، "تلقى طلبا"، "تمام سلام مزيدا"). (As name ends they would let a title's
own words pass for a name: "كبير القضاة الأسبق".)"""


_QUOTE_MARKS = str.maketrans("", "", "\"«»“”")
_ROYAL_TITLES = rules.words("actors", "royal_titles") | _HONORIFICS


def written_name(raw: str) -> str:
    """A person's name as the record writes it: without the quotation marks a headline-style text puts around
    one of its words ('الرئيس شي" جينبينغ'، 'الملك "سلمان') and without the preposition glued to a title that
    opens it ("رسالة للأمير فلان"، "التقى بالأمير فلان" -> "الأمير فلان")."""
    name = raw.translate(_QUOTE_MARKS).strip()
    return unglued_title(name) if glued_title(name.split(" ", 1)[0]) else name


def glued_title(word: str) -> bool:
    """True for an honorific or royal title with the preposition "ل" or "ب" glued on ("للأمير"، "للشيخ"،
    "بالأمير"، "بالدكتور"): the man named after it is an object ("بعث برقية للأمير فلان"، "التقى الوزير بالشيخ
    فلان"), not the holder of a title read before."""
    if word.startswith("لل"):
        return normalize("ال" + word[2:]) in _ROYAL_TITLES
    return word.startswith("بال") and normalize(word[1:]) in _ROYAL_TITLES


def unglued_title(text: str) -> str:
    """Text that opens with a title of :func:`glued_title`, its preposition dropped ("للأمير" -> "الأمير"،
    "بالشيخ فلان" -> "الشيخ فلان")."""
    return "ال" + text[2:] if text.startswith("لل") else text[1:]


@dataclass
class Person:
    """A person found in the text.

    Attributes:
        name: the name as written.
        norm_tokens: its normalised tokens.
        sentence: index of the sentence.
        start: raw start of the name.
        end: raw end of the name.
        i: first token index of the name.
        j: token index past the name.
        role: the role phrase as written, or None.
        rank: the rank as written, or None.
        entry: the registry entry when the person is known.
        org: the registry entry of the organisation named in the role, if any.
        evidence: raw span of role + rank + name.
    """

    name: str
    norm_tokens: tuple[str, ...]
    sentence: int
    start: int
    end: int
    i: int
    j: int
    role: str | None = None
    rank: str | None = None
    entry: Entry | None = None
    org: Entry | None = None
    evidence: tuple[int, int] = (0, 0)
    extra_spans: list[tuple[int, int]] = field(default_factory=list)
    outer: tuple[int, int] | None = None  # tokens of a title that serves this known official ("المستشار الإعلامي ل...")


_RANK_NOUNS = rules.words("actors", "ranks_also_nouns")
"""Ranks that are also common nouns (team, dean, brigade, ...): a name after them needs a given or family name."""
_FIRST_NAMES_ALSO_WORDS = rules.words("actors", "first_names_also_words")
_NAME_FIRSTS = GIVEN_NAMES | _COMPOUND_FIRST | _FIRST_NAMES_ALSO_WORDS
"""Every word a person's name may open with: given names, the first parts of compound names, names also words."""


_COMMON_WORDS = rules.words("common_words", "common_words")
"""Common Arabic vocabulary: nouns, verbs, adjectives and particles that are no name. Built offline from word
counts of the development slice: a word is listed when its OTHER forms are frequent, i.e. when it also occurs
with the article (a noun or adjective: "تعزيز"/"التعزيز") or with verb and noun endings and prefixes ("قرر"/
"قررت"/"يقرر"); a word written with the article is listed when its forms without the article are frequent
("الظروف"/"ظروف"). A foreign given name ("ديفيد") or a family name ("الدماطي") has no such forms. Only words
seen at least 8 times, with at least 8 occurrences of the other forms."""
_GOD = normalize("الله")


def _vocabulary_name(words: list[str] | tuple[str, ...]) -> bool:
    """True when every token of a "name" is common vocabulary and none a known given name: a title or an
    organisation read on into the sentence ("الرئيس الأميركي قرر الانسحاب"، "نظيره التركي محادثات مهمة"،
    "الفريق ... هدف المباراة الوحيد"). "الله" is a name's part ("قريب الله") except after a pronoun ("رحمه الله");
    "X الX" ("سلامة السلامة") is a given name with its family name."""
    toks = [w for t in words for w in t.split("_") if w]
    if not toks or len(toks) >= 2 and toks[-1] == "ال" + toks[0]:
        return False
    for x, t in enumerate(toks):
        if t in _NAME_FIRSTS or t[:2] == "ال" and t[2:] in GIVEN_NAMES:
            return False
        if t == _GOD:
            if x == 0 or not toks[x - 1].endswith("ه"):
                return False
        elif t not in _COMMON_WORDS and not (_CLITIC_VOCABULARY and _glued_word(t)):
            return False
    return True


_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")
_NAMES_ALSO_VOCABULARY = rules.words("actors", "given_names_also_vocabulary")
"""Given names that are also common words ("جهاد"، "أمل"، "سلام"): a name's first word, not a clause's."""
_NO_NAME_OPENS = rules.words("actors", "prepositions_no_name_opens")
"""Prepositions that open no name ("إزاء"، "تجاه"، "بشأن"): "موقف مجلس الأمن إزاء ما يجري" is a clause."""
_NISBA_GIVEN = rules.words("actors", "given_names_also_nisba")
"""A given name that is also a people's adjective ("تركي": Turki, Turkish): after an unnamed official with a common
word after it ("مسؤول تركي رفض") it is the adjective."""
_NISBA_EPITHETS = rules.words("actors", "nisba_epithets")
"""Participles news puts after an unnamed official's people's adjective ("مسؤول تركي مطلع"، "مصدر تركي رفيع") that
the vocabulary list lacks (it knows "مطلع" as no word of its own)."""


def _vocabulary_word(t: str, written: str = "") -> bool:
    """True for a word of common vocabulary, no given name: as written, behind a glued conjunction or preposition,
    or with a pronoun suffix ("قلقه"، "أسفه"). ``written``: the word as the text writes it, which tells the given
    name "علي" from the preposition "على" (both normalise alike)."""
    if t in _NAME_FIRSTS or t[:2] == "ال" and t[2:] in GIVEN_NAMES or t == _GOD or t in _NAMES_ALSO_VOCABULARY:
        return False
    if t == ALI:
        return written_as_on(written)
    if t in _COMMON_WORDS or _CLITIC_VOCABULARY and _glued_word(t):
        return True
    stem = next((t[:-len(x)] for x in _PRONOUN_SUFFIXES if t.endswith(x) and len(t) - len(x) >= 3), None)
    return stem is not None and stem not in GIVEN_NAMES and stem in _COMMON_WORDS


def _vocabulary_start(words: list[str] | tuple[str, ...], written: str = "") -> bool:
    """True when a "name" opens with a preposition ("إزاء ما يجري") or its first two words are both common
    vocabulary, neither a given name: a clause read as a name after a title ("المسؤول تحدث شريطة عدم الكشف"،
    "جنرال كوري شمالي"). Its second word has three letters at least ("بان كي مون" is a name). ``written``: the
    name as the text writes it ("على هامش" is the preposition, "علي" the given name)."""
    toks = [w for t in words for w in t.split("_") if w]
    if toks and toks[0] in _NO_NAME_OPENS:
        return True
    if len(toks) < 2 or len(toks[1]) < 3 or toks[1] == "ال" + toks[0] or toks[1] == "الدين":
        return False  # ("سلامة السلامة": a given name with its family name; "عز الدين": a compound given name)
    raw = written.split()
    raw = raw if len(raw) == len(toks) else ["", ""]
    if toks[0] in _NISBA_GIVEN and not toks[1].startswith("ال") and (
            toks[1] in _NISBA_EPITHETS or _vocabulary_word(toks[1], raw[1])):
        return True  # "مسؤول تركي رفض الكشف"، "مسؤول تركي مطلع": the people's adjective, no Turki
    return _vocabulary_word(toks[0], raw[0]) and _vocabulary_word(toks[1], raw[1])


def _firm_rank(p: Person) -> bool:
    """True when the person was read after a rank that is no common noun ("الملا نور ولي"، "العقيد ..."): the
    words after it are a name even when they are also words. ("الفريق" is also the team, "العميد" the dean.)"""
    if not _FIRM_RANK or not p.rank or not p.rank.split():
        return False
    first = _norm(p.rank.split()[0])
    return first in RANKS and first not in _RANK_NOUNS


_CLITIC_VOCABULARY = True
_FIRM_RANK = True


def _glued_word(t: str) -> bool:
    """True for a common word behind a glued conjunction or preposition ("بالوضع"، "لحسم"، "بالفعل"): a form
    :func:`clitic_variants` gives, or that form without its article, is vocabulary and no given name."""
    for _, form in clitic_variants(t, min_rest=3):
        for rest in (form, form[2:]) if form.startswith("ال") else (form,):
            if rest in _COMMON_WORDS and rest not in GIVEN_NAMES:
                return True
    return False


def _place_name(words: tuple[str, ...]) -> bool:
    """True when the whole "name" is a place of the world gazetteer ("يزور الوزير رام الله"، "العاصمة الإثيوبية
    أديس أبابا"). A kunya is a man's name even where a town bears it ("الدكتور أبو كمال")."""
    if words[0] in _COMPOUND_FIRST:
        return False
    return bool(get_world_gazetteer().lookup(" ".join(w for t in words for w in t.split("_") if w)))


_TANWEEN = frozenset("\u064b\u064c\u064d")
"""Nunation marks: a word written with one ("مدافعاً"، "أيضاً") is an indefinite noun or adverb, never a name."""


def _has_tanween(s: Sentence, t: int) -> bool:
    a, b = s.token_span(t, t + 1)
    return not _TANWEEN.isdisjoint(s.quote(a, b + 1))  # (the span ends at the last letter, before its marks)


def _is_name_token(tok: str, first: bool = False) -> bool:
    if first and tok in _FIRST_NAMES_ALSO_WORDS:
        return True  # "اللواء صباح الزهيري": a first name, not "morning"
    return (len(tok) >= 2 and tok.isalpha() and tok not in _NAME_STOPS and tok not in RANKS
            and tok not in ROLE_HEADS and not tok.isascii() and tok not in _NEVER_NAME)


def _read_name(s: Sentence, k: int, blocked: set[int]) -> int:
    """Token index past the name starting at k (k itself when there is none).

    A name is two to five name-like tokens: it ends at the family name (a token with the
    article: "تحسين الخفاجي"، "عباس حسن جبر الحميدواي") or after first and father name
    ("عثمان محمد"); "بن"/"آل" carry it on ("عادل بن أحمد الجبير"). A first token glued to a
    preposition ("لإطلاق") or the preposition على (which normalises like the name علي) is
    no name.
    """
    words = s.words
    n = len(words)
    if k >= n or (words[k].startswith("ال") and not words[k].startswith("الله")):
        return k  # a first name does not carry the article
    first = words[k]
    foreign = _clitic_letter(first)  # a first word that may be a preposition or conjunction glued to a word
    if first in {"بن", "ابن", "ال"} or s.quote(*s.token_span(k, k + 1)).startswith("على") or foreign and (
            not _WHOLE_FIRST or _glued_first(first)):
        return k
    end = k
    while end < n and end - k < 5 and end not in blocked and not _has_tanween(s, end) and (
            _is_name_token(words[end], first=end == k) or end > k and (_is_ali(s, end) or _is_amin(s, end))):
        if end > k and (s.tokens[end].clause_start or s.tokens[end].soft_break):
            break
        if end > k + 1 and words[end].startswith("و") and words[end - 1] not in _LINEAGE:
            break  # "جلال طالباني وحركة التغيير": the conjunction ends the name
        if end > k and end + 1 < n and (f"{words[end]} {words[end + 1]}" in ROLE_HEADS or end + 2 < n and (
                words[end] == words[end + 1] and f"{words[end + 1]} {words[end + 2]}" in ROLE_HEADS)):
            break  # "... بن عبدالعزيز ولي العهد"، "ولي ولي العهد": a title ends the name
        if end > k and words[end][:1] in {"ل", "ب"} and words[end].endswith(("ه", "ها", "هم", "هما")) and len(words[end]) > 4:
            break  # "تقديرا لجهوده"، "باستمراره": a preposition with a pronoun, not a name
        if end > k and _GLUED_ARTICLE and _glued_article(words[end]):
            break  # "مركز الملك فيصل للدراسات"، "وزير الداخلية فلان بالعنف": a preposition and the article end it
        end += 1
    if end - k < 2:
        return k
    # the family name (al-nisba) closes the name; else first + father name
    stop = None
    din = _DIN_NAMES and k + 1 < end and words[k + 1] == _DIN  # "صلاح الدين دمرداش": "الدين" ends no name
    for x in range(k + 1, end):
        if words[x] in _NOT_NAME_WORDS and x >= k + 2 and not _is_ali(s, x) or _is_ala(s, x):
            end = stop = x  # "محمد سعيد سرواري الهجوم": a common noun after the given names is no family name
            break  # (and the preposition على as written: "وشدد الجنرال فلان على القول")
        if words[x].startswith("ال") and words[x - 1] not in _COMPOUND_FIRST and not (din and x == k + 1):
            stop = x + 1
            break
    if stop is None:
        stop = min(end, k + 3) if (first in _COMPOUND_FIRST or first.startswith("عبد") or din) else k + 2
        if stop < end and _name_ends(s, stop + 1) and not words[stop].startswith("و") \
                and words[stop] not in _NOT_NAME_WORDS and words[stop] not in KILLED:
            stop += 1  # "عبد ربه منصور هادي،"، "أحمد داود اوغلو أن": the name runs to where it must end
        elif _FULL_RUN and stop + 1 < end and _name_ends(s, end) and not any(
                words[x].startswith("و") or words[x] in _NOT_NAME_WORDS or words[x] in KILLED or _has_tanween(s, x)
                or words[x].endswith(("ته", "تها", "اته")) and words[x] not in GIVEN_NAMES
                or words[x] not in GIVEN_NAMES and (words[x] in _COMMON_WORDS or _glued_word(words[x])) for x in range(stop, end)):
            stop = end  # a four- or five-part name with no family name, up to a comma ("الشيخ فلان فلان فلان فلان،"); its
            # last words no common vocabulary ("السفير فلان فلان لن يتخلى" goes on with the verb)
    if stop - k < 2:
        return k
    if words[stop - 1] in _LINEAGE and stop < n and _after_lineage(words[stop]):
        stop += 1  # "محمد بن سلمان"، "إياد بن أمين"
    while stop + 1 < n and words[stop] in _LINEAGE and stop + 1 not in blocked and _after_lineage(words[stop + 1]):
        stop += 2  # "فيصل بن فرحان"، "حمدان بن سيف آل كتبي"
        if stop < n and words[stop].startswith("ال") and words[stop] not in _LINEAGE and words[stop - 1] not in _LINEAGE \
                and _is_name_token(words[stop]):
            stop += 1  # (not "آل", which normalises to "ال": "بن عبدالعزيز آل سعود" goes on)
    # a second family name: after "آل X" ("ناصر بن فهد آل زيدان القحطاني"), or a house after the family
    # ("محمد خالد الحمد الصباح"); a nisba after a plain family name is an adjective ("... الصالحي العراقي")
    if k + 2 <= stop < n and stop not in blocked and words[stop].startswith("ال") and words[stop] not in _LINEAGE \
            and _is_name_token(words[stop]) and words[stop] not in _NOT_NAME_WORDS and _name_ends(s, stop + 1) \
            and (words[stop - 2] in _LINEAGE or (words[stop - 1].startswith("ال") and not _is_nisba(words[stop])
                                                  and not (_SECOND_FAMILY_VOCAB and words[stop - 1] != _ALLAH
                                                           and _vocabulary_family(words[stop])))):
        stop += 1
    if foreign:
        stop = _whole_name_end(s, k, stop)
    return stop if stop - k >= 2 else k


_FULL_RUN = True
"""Switch: a run of four or five name words with no family name (no article) that ends where a name must end (a
comma, a verb of saying) is one man's name, his given name to his grandfathers; not his first two words (A/B)."""
_DIN_NAMES = True
"""Switch: "الدين" after a given name is the second half of a compound given name ("صلاح الدين"، "نور الدين"، "علاء
الدين"), not a family name: the name reads on to the family name after it (A/B)."""
_DIN = "الدين"
_SECOND_FAMILY_VOCAB = True
"""Switch: common vocabulary after a family name is no second family name (:func:`_vocabulary_family`; A/B)."""
_ALLAH = "الله"
"""The second half of a compound given name ("رامي الحمد الله"، "قريب الله الخضر"): a name word itself, and the
word after it is the family name (the caller does not test that word)."""


def _vocabulary_family(w: str) -> bool:
    """True for a word with the article that is common vocabulary and no given name ("الحفل"، "الشكر"، "المشرف"):
    after a family name it opens the rest of the sentence ("... الجهني الحفل"), not a second family name ("محمد
    خالد الحمد الصباح" keeps its house, a given name too)."""
    stem = w[2:]
    return w != _ALLAH and stem in _COMMON_WORDS and stem not in GIVEN_NAMES


_GLUED_ARTICLE = True
"""Switch: a name does not run on into a preposition or conjunction glued to the article (:func:`_glued_article`; A/B)."""


@lru_cache(maxsize=4096)
def _glued_article(w: str) -> bool:
    """True for a word that is a preposition or conjunction glued to the article, which no name goes on into: "لل"
    + a word ("للدراسات"، "للصحافيين": no name word starts so), or "بال"/"وال"/"فال" + common vocabulary, a role or
    a rank ("بالعنف"، "والرئيس"). A family name that starts so is kept ("بالغنيم"، foreign "والستروم")."""
    if w.startswith("لل"):
        return len(w) > 3
    if len(w) < 5 or w[:3] not in {"بال", "وال", "فال"}:
        return False
    rest = w[1:]
    return rest[2:] in _COMMON_WORDS or rest in _COMMON_WORDS or rest in ROLE_HEADS or rest in RANKS


_CLITIC_FIRST = frozenset("لبوفي")
_NAMES_WITH_CLITIC_LETTER = ("يحي", "يوسف", "ياسر", "ياسين", "يونس", "وليد", "وسام", "وائل", "بشير", "باسل",
                             "لطيف", "ليث", "لؤي", "فاضل", "فالح", "فلاح", "فراس", "فؤاد", "فيصل", "فرهاد")
_WHOLE_FIRST = True


def _clitic_letter(first: str) -> bool:
    """True when a would-be first name starts with ل/ب/و/ف/ي and is no known given name: it may be a word behind a
    glued preposition or conjunction ("لإطلاق"، "ومحمد"، "بموسكو") or a verb ("يقول")."""
    return first[:1] in _CLITIC_FIRST and first not in GIVEN_NAMES and first not in _COMPOUND_FIRST \
        and not first.startswith(_NAMES_WITH_CLITIC_LETTER)


_PRONOUN_ENDS = ("ه", "ها", "هم", "هما", "نا", "ني", "كم")


@lru_cache(maxsize=4096)
def _glued_first(first: str) -> bool:
    """True when a first word with a clitic letter (:func:`_clitic_letter`) is a glued word, so no name starts
    there. The whole word is a foreign given name ("فلاديمير"، "بوريس"، "لوران"، "وليام") when it is no common
    word and what follows the letter is no word, given name, role, place or known actor, nor a word with the
    article ("والقوات"، "للشرطة"). Transliteration also tells: a name's W is written before a vowel letter or
    ل ("وليام"، "وانغ")، so "و" before another consonant is the conjunction ("وجبران"); "بم"/"لم"/"لت"/"باست"
    open a participle or verbal noun behind a preposition ("بمناسبة"، "لمكافحة"، "لتعزيز") and "لي" a verb
    ("ليصبح"), never a foreign name."""
    if len(first) < 4 or first in _COMMON_WORDS or first in _FIRST_NAMES_ALSO_WORDS or first in _NAME_STOPS \
            or first in _NEVER_NAME or first.startswith(("لل", "بم", "لم", "لت", "لي", "باست", "لاست")) or first[0] == "و" and first[1] not in "ايل":
        return True
    rest = first[1:]
    two = first[:1] in "وف" and rest[:1] in "بل"  # ("وبموسكو"، "فلواشنطن": a conjunction and a preposition)
    if rest.startswith("ال") or two and rest[1:].startswith("ال"):
        return True  # "والقوات"، "وبالتالي"
    verb = first[:1] == "ي"  # a verb's prefix, no preposition: "ي" before a place's or a body's name glues no word
    for form in (rest, rest[1:]) if two and len(rest) >= 5 else (rest,):
        if form in GIVEN_NAMES or form in _COMPOUND_FIRST or form in _COMMON_WORDS or form in ROLE_HEADS \
                or form in RANKS or not verb and (get_world_gazetteer().lookup(form) or get_lexicon().lookup_ar(form)):
            return True  # ("يوهان" is no "ي" + "وهان": a foreign given name)
    return _glued_word(first)


def _whole_name_end(s: Sentence, k: int, stop: int) -> int:
    """Where a name whose first word has a clitic letter ends: its other words must read as names too, or the
    first word was a word behind a glued preposition after all ("بمناقشة أوضاع"، "وتكليفه بتشكيل"). A word
    with a pronoun ending, common vocabulary (with or without the article), a glued word, a stop word, an
    honorific, a plural ("إرهابيون"، "المستوطنين") or a word with nunation is no part of it; the name stops before such a word (k: no name when the first word has a
    pronoun ending or the second word is such a word)."""
    words = s.words
    if s.quote(*s.token_span(k, k + 1)).endswith(_PRONOUN_ENDS):
        return k  # "وزوجته"، "يرافقه" (a final ة stays: "لولوة")
    for x in range(k + 1, stop):
        w = words[x]
        if w in _COMMON_WORDS or w in _NAME_STOPS or w in _NEVER_NAME or w in _NOT_NAME_WORDS or w in KILLED \
                or w.startswith("ال") and (w[2:] in _COMMON_WORDS or _glued_word(w[2:])) or w[:1] in _CLITIC_FIRST and (
                w[1:].startswith("ال") or w.startswith("لل") or _glued_word(w)) \
                or w in _HONORIFICS or w.endswith(("ون", "ين")) and len(w) >= 6 and w[:-2] in _COMMON_WORDS or w.startswith("ال") and len(w) >= 8 and w.endswith(
                    ("ين", "ات")) or s.quote(*s.token_span(x, x + 1)).endswith(_PRONOUN_ENDS) or _has_tanween(s, x):
            return x if x - k >= 2 else k
    return stop


def _after_lineage(tok: str) -> bool:
    """A token right after "بن"/"ابن"/"آل" is a name whatever else it may mean ("إياد بن أمين مدني"،
    "تركي آل الشيخ"): a title or role word there is the father's or the house's name."""
    return len(tok) >= 2 and tok.isalpha() and not tok.isascii() and tok not in _NAME_STOPS and tok not in _NEVER_NAME


def _is_verb_amr(s: Sentence, x: int) -> bool:
    """True when token x is the verb أمر ("ordered": "أمر خادم الحرمين الشريفين بـ..."), which normalises like
    the rank noun آمر (commander). Only the hamza on the alif tells them apart."""
    if s.words[x] not in {"امر", "وامر"}:
        return False
    raw = s.quote(*s.token_span(x, x + 1)).lstrip("و")
    return raw.startswith("أمر")


_AMIN_TITLE_NEXT = frozenset({"عام", "العام", "سر", "الصندوق"})


def _is_amin(s: Sentence, t: int) -> bool:
    """True when token t is the name أمين inside a name ("سليم أمين، قائد الشرطة"), not the title "أمين عام"."""
    return s.words[t] == "امين" and (t + 1 >= len(s.words) or s.words[t + 1] not in _AMIN_TITLE_NEXT)


def _is_ali(s: Sentence, t: int) -> bool:
    """True when token t is the name علي as written (not the preposition على, which normalises like it)."""
    return s.words[t] == ALI and not written_as_on(s.quote(*s.token_span(t, t + 1)))


def _is_ala(s: Sentence, t: int) -> bool:
    """True when token t is the preposition على as written (with alif maqsura), which normalises like the name علي."""
    return s.words[t] == ALI and written_as_on(s.quote(*s.token_span(t, t + 1)))


def _is_nisba(w: str) -> bool:
    """A nationality or relational adjective ("الأمريكي"، "الإسرائيلية"، "الاشتراكي")."""
    return w.startswith("ال") and len(w) >= 6 and w.endswith(("ي", "يه", "ية"))


def _name_ends(s: Sentence, end: int) -> bool:
    """True when the token at ``end`` cannot carry a name on: the sentence ends, a clause mark, a
    function word or verb of saying, a conjunction or a role noun ("..., دان كوتس، إن"، "كاتز وقال")."""
    words = s.words
    if end >= len(words) or s.tokens[end].clause_start or s.tokens[end].soft_break:
        return True
    w = words[end]
    return w in _NAME_STOPS or w in ROLE_HEADS or (w.startswith("و") and len(w) > 3) or w in _NAME_END_WORDS


_norm = lru_cache(maxsize=65536)(normalize)
""":func:`normalize`, cached: the same names (a country, a capital, an official) recur across articles."""
