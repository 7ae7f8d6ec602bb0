"""English names the lexicon does not know, found in the index's Arabic vocabulary by their consonants.

An English question about "al-Zafaraniyah" or "Ariha" names a place the registry lacks; its
Arabic spelling is in the indexed articles, and a reader recognises it by its consonant
skeleton: English and Arabic write the same consonants (z-f-r-n / ز-ف-ر-ن), Arabic leaves short
vowels unwritten and writes long ones with ا و ي, and news writes "-iyah" as "ية", "al-" as "ال".

Both sides are reduced to consonant classes (letters a transliteration may swap share a
class: س/ص/ث, ت/ط, د/ض, ذ/ظ/ز, ك/ق/خ, ح/ه); an English word becomes a pattern over those
classes in which its vowels and a silent h are optional long vowels; the index's Arabic terms
whose skeleton fits the pattern are the candidates, those writing the most of the word's
letters first. Only capitalised words (or words after "al-") of two or more sure consonants
are looked up: "Monday" or "Shia" are words, not names.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from functools import cache

from marsad.agent.offline import rules
from marsad.agent.qa.question import Question, content_terms, name_like
from marsad.agent.qa.question_words import CALENDAR_EN, english_word_pattern
from marsad.agent.qa.rules import more_news_words, qa_words
from marsad.core.arabic import clitic_variants, normalize
from marsad.core.lexicon import Entry

__all__ = ["arabic_skeleton", "english_pattern", "letter_agreement", "vowel_fit", "ain_marked", "NameFinder", "with_names",
           "with_words", "MAX_CANDIDATES"]

MAX_CANDIDATES = 4
AIN_TWIN = True  # switch for A/B measurement (tests patch it)
HIATUS_AIN_COST = 0.5  # (0 switches it off, for A/B measurement): see vowel_fit
UNMARKED_AIN_COST = 0.1  # (0 switches it off, for A/B measurement)
FAST_SCAN = True  # one regex scan over all skeletons instead of a fullmatch each (A/B: same output)
HA_ENDING = True  # switch for A/B measurement (tests patch it)
FINAL_YA = True  # switch for A/B measurement (tests patch it)
SHORT_NISBA = True  # switch for A/B measurement (tests patch it): see NameFinder._short_nisba
AA_AIN = True  # switch for A/B measurement (tests patch it): see NameFinder.find
HA_TWIN = True  # switch for A/B measurement (tests patch it): see NameFinder.find
_HA_SWAP = str.maketrans("حه", "هح")


# a name's first h is a consonant (ح/ه) that no alif or ain precedes: "Ham" is حام, not the common word اهم
# (A/B switch)
H_CONSONANT = True
SAME_SKELETON = 2  # most other spellings of one chosen skeleton (with or without a long vowel) kept beside it

_AR_CLASS = {
    "ب": "B", "پ": "B", "ت": "T", "ط": "T", "ث": "S", "ج": "J", "ح": "H", "خ": "K", "د": "D", "ض": "D", "ذ": "Z",
    "ظ": "Z", "ز": "Z", "ر": "R", "س": "S", "ص": "S", "ش": "C", "غ": "G", "ف": "F", "ق": "K", "ك": "K", "ل": "L",
    "م": "M", "ن": "N", "ه": "H", "و": "W", "ي": "Y", "گ": "G", "چ": "C",
}
# a plain d may write a dhal (ذ) too: "Gaddafi" القذافي (A/B switch, read by _units and letter_agreement)
D_DHAL = True
# English "ch" is written تش as often as ش ("Charlie" تشارلي, "Novichok" نوفيتشوك), or ك ("Christopher"): read
# by _units (A/B switch)
TSH_CH = True
# English "ck" is one k sound, written with one letter ("Lubeck" لوبك, "Brock" بروك): read by _units (A/B switch)
CK_ONE = True
# English letters (digraphs first) -> the classes they may be written with; "?" = may be unwritten
_EN_UNITS = [
    ("kh", "K"), ("sh", "C"), ("ch", "[CK]"), ("gh", "G"), ("th", "[ST]"), ("dh", "[DZ]"), ("ph", "F"), ("ck", "K"),
    ("ou", "W?"), ("oo", "W?"), ("ee", "Y?"), ("ai", "Y?"), ("ay", "Y?"), ("ei", "Y?"),
    ("b", "B"), ("p", "B"), ("t", "T"), ("d", "D"), ("s", "S"), ("z", "Z"), ("j", "J"), ("g", "[GJK]"),
    ("k", "K"), ("q", "K"), ("c", "[KS]"), ("f", "F"), ("v", "F"), ("l", "L"), ("m", "M"), ("n", "N"), ("r", "R"),
    ("x", "KS"), ("w", "W?"), ("y", "Y?"), ("h", "H?"), ("a", ""), ("e", "Y?"), ("i", "Y?"), ("o", "W?"), ("u", "W?"),
]
# words that are capitalised in English but are not names to look for in Arabic
_NOT_NAMES = CALENDAR_EN | {
    "shia", "shiite", "sunni", "islamist", "islamic", "muslim", "christian", "eid", "ramadan", "god", "english",
    "arabic", "who", "what", "when", "where", "which", "how", "why", "the",
}


# an English "dh" writes an Arabic dhal or dad (ذ ض ظ: "Dhamar" ذمار, "Dhale" الضالع), a plain د being another
# word's letter ("Dhabua" is ضبوعة, not the verb دابوا): read by letter_agreement (A/B switch)
DH_EMPHATIC = True
# English letters -> the Arabic letters news writes them with, finer than the classes above: among
# spellings of the same class skeleton, "Khorasan" is خراسان (خ), not the commoner word كارثة (ك, ث)
_EN_LETTERS = [
    ("kh", "خ"), ("sh", "ش"), ("ch", "شك"), ("gh", "غ"), ("th", "ثت"), ("dh", "ذضظ" if DH_EMPHATIC else "ذضد"), ("ph", "ف"),
    ("ck", "كق"),
    ("b", "بپ"), ("p", "بپ"), ("t", "تط"), ("d", "دض"), ("s", "سص"), ("z", "زظذ"), ("j", "ج"), ("g", "جغقك"),
    ("k", "كق"), ("q", "ق"), ("c", "كسق"), ("f", "ف"), ("v", "ف"), ("l", "ل"), ("m", "م"), ("n", "ن"), ("r", "ر"),
    ("x", "كس"), ("h", "هح"),
]


# English vowels (digraphs first) -> the long vowel news writes them with (A: ا or ع, W: و, Y: ي; E: ي or none)
# and what leaving them unwritten costs: a long vowel (ou, ee) is written, a short one (a, i, o, u) often is not
_EN_VOWELS = [("ou", "W", 1.0), ("oo", "W", 1.0), ("ee", "Y", 1.0), ("ei", "Y", 1.0), ("ie", "Y", 1.0),
              ("ai", "Y", 0.5), ("ay", "Y", 0.5), ("a", "A", 0.4), ("e", "E", 0.2), ("i", "Y", 0.5), ("y", "Y", 0.5),
              ("o", "W", 0.5), ("u", "W", 0.5)]


# CLOSED_VOWELS (switch for A/B measurement, read at call time by _english_vowels): Arabic leaves a name's short
# vowels unwritten, and a vowel is short in a closed syllable: before a doubled consonant ("Gaddafi" قذافي, not
# قاضافي; "Mohammed" محمد and محامد then tie, and the commoner spelling leads), and a single e after a consonant before the final one ("Khaled" خالد,
# "Laden" لادن, "Ahmed" احمد, not احميد). There leaving the vowel unwritten costs CLOSED_UNWRITTEN and writing it
# long CLOSED_WRITTEN more than its match (an ain written there is a consonant: no cost). Left as they were: a
# name's first vowel (its alif or ain is written), the long vowels ("ou", "ee"), a vowel before "ss" (it writes an s
# between vowels: "Nasser" ناصر, "Yasser" ياسر), and a name opening with two consonants (not Arabic: "Trebes" تريب).
CLOSED_VOWELS = True
CLOSED_UNWRITTEN = 0.1
CLOSED_WRITTEN = 0.4
_FOREIGN_ONSET = re.compile(r"(?!kh|sh|ch|gh|th|dh|ph)[b-df-hj-np-tv-z][b-df-hj-np-tv-z]")


def _vowel_swap(sym: str, ch: str) -> float:
    """The cost of an English vowel (its _EN_VOWELS symbol) written as the Arabic long vowel ``ch`` (A, W or Y): none
    for its own (an e as ي too), 0.5 when either is an a or the e, else 1 (vowel_fit and slot_fit)."""
    same = sym == ch or (sym == "E" and ch == "Y")
    return 0.0 if same else 0.5 if ch == "A" or sym in "AE" else 1.0


def _english_vowels(word: str) -> list[tuple[str, float, float]]:
    """An English name's vowels, in order: (the long vowel news writes, the cost of leaving it unwritten, the extra
    cost of writing it: CLOSED_VOWELS)."""
    w = re.sub(r"^al-", "", word.lower())
    # (a doubled a that writes an ain, "Bayaa" بياع, is two: the vowel and the ain news writes as a long a)
    double = r"([b-z])\1" if ain_marked(word) else r"(.)\1"
    # (a name opening with two consonants is not Arabic, "Trebes" تريب, "Skripal": news writes its vowels)
    closed_on = CLOSED_VOWELS and not _FOREIGN_ONSET.match(w)
    doubled = [m.start() - k for k, m in enumerate(re.finditer(double, w))]  # (positions in the collapsed word)
    w = re.sub(double, r"\1", w)
    out, i = [], 0
    while i < len(w):
        for en, sym, cost in _EN_VOWELS:
            if w.startswith(en, i) and not (en == "y" and w[i + 1:i + 2] in tuple("aeiou")):
                extra = 0.0
                if _voiced() and en == "u" and i == len(w) - 3 and w.endswith("bury"):
                    cost = 0.0  # (the unsaid u of "-bury")
                after = i + len(en)
                if closed_on and len(en) == 1 and en != "y" and i > 0 and after < len(w):
                    rest = w[after:]
                    closed = after in doubled and rest[:1] not in tuple("aeiouys")
                    if en == "e" and re.fullmatch(r"[b-df-hj-np-tv-z]", rest) and i not in doubled \
                            and w[i - 1] not in "aeiouy":
                        closed = True  # (a single e after a consonant, before the final one: not "Naeem", "Raed")
                    if closed:
                        cost, extra = min(cost, CLOSED_UNWRITTEN), CLOSED_WRITTEN
                out.append((sym, cost, extra))
                i += len(en)
                break
        else:
            i += 1
    return out


def vowel_fit(word: str, term: str) -> float:
    """How far an Arabic term's long vowels are from an English name's vowels, in order (0 = the same).

    A proper name is written with the vowels its English spelling shows ("Naeem" نعيم, "Zuweid" زويد,
    "Massoud" مسعود), while a common word of the same consonants writes others or none (نعم, زياد, مساعد):
    an alignment of the two vowel sequences, where an English short vowel may go unwritten cheaply, an
    Arabic long vowel the English lacks costs one, and so does an Arabic final alif (an accusative, not a
    name) when the English does not end in -a.
    """
    bare = re.sub(r"^al-", "", word.lower())
    t = re.sub(r"[هة]$", "", re.sub(r"^ال(?=..)", "", normalize(term)))
    ar = ["A" if ch in "اعءى" else "W" if ch == "و" else "Y" for ch in t if ch in "اعءىوي"]
    ain_at = [ch == "ع" for ch in t if ch in "اعءىوي"]  # (an ain is a consonant: no closed-syllable cost, CLOSED_VOWELS)
    if bare[:1] in ("w", "y") and bare[1:2] in tuple("aeiou") and t[:1] in "وي" and ar:
        ar, ain_at = ar[1:], ain_at[1:]  # the name's first consonant ("Younis" يونس)
    en = _english_vowels(word)
    dist = [[0.0] * (len(ar) + 1) for _ in range(len(en) + 1)]
    for j in range(1, len(ar) + 1):
        dist[0][j] = float(j)
    for i, (sym, cost, extra) in enumerate(en, 1):
        dist[i][0] = dist[i - 1][0] + cost
        for j, ch in enumerate(ar, 1):
            swap = _vowel_swap(sym, ch) + (0.0 if ain_at[j - 1] else extra)
            dist[i][j] = min(dist[i - 1][j] + cost, dist[i][j - 1] + 1.0, dist[i - 1][j - 1] + swap)
    final_alif = 1.0 if t.endswith("ا") and not bare.endswith(("a", "ah")) else 0.0
    # ... and so does a final ي (a nisba or a possessive, not the name) after an English name ending in a
    # consonant: "Kitaf" is كتاف, not كتفي
    if FINAL_YA and t.endswith("ي") and re.search(r"[b-df-hj-np-tv-xz]$", bare):
        final_alif += 1.0
    # an ain the English does not mark (no doubled a, no apostrophe) inside the name: the alif spelling of the same
    # vowels is the likelier one ("Bala" بالا, not the commoner word باعل); a tie-break, less than any vowel's cost
    # (a hiatus of two vowels marks one too: "Naeem" نعيم, "Saeed" سعيد, "Shuaib" شعيب)
    marked = ain_marked(word) or re.search(r"ae|ao|ea|oa|ua", bare)
    ain = UNMARKED_AIN_COST * t[1:].count("ع") if not marked else 0.0
    # an English o/u before an a is mostly said across an ain ("Shuaib" شعيب, "Dhabua" ضبوعة): a spelling without
    # its ع is likelier another word (a verb's plural in وا); unlike an "ae", often a hamza ("Raed" رائد)
    hiatus = HIATUS_AIN_COST if re.search(r"[ou]a", bare) and "ع" not in t else 0.0
    return dist[len(en)][len(ar)] + final_alif + ain + hiatus


# SLOT_VOWELS (switch for A/B measurement, read at call time by NameFinder.find): among spellings whose vowels fit a
# name as well (vowel_fit, one sequence), the one writing them in the same places between the consonants comes
# before the commoner word: "Osama" writes a vowel before its s and one between s and m (اسامة), the word عاصمة
# writes its two long letters before the s; "Muhayil" has a vowel and its y between h and l (محايل), the word مؤهل
# writes its و before the h (slot_fit). Before it, the index's commonest such spelling came first.
SLOT_VOWELS = True
_EN_CONSONANTS = tuple(en for en, _ in _EN_LETTERS)  # (digraphs first; h is read before them)


def _english_slots(bare: str) -> list[tuple[str, float]]:
    """An English name's letters as units: ("C", 0) a consonant, ("S", 1) a w/y before a vowel (a consonant the
    Arabic writes as و/ي), ("H", 0) a plain h, else a vowel's (symbol, cost of leaving it
    unwritten) as in _EN_VOWELS. Its ending written as ة/ية (english_pattern's) is dropped, a doubled letter is one."""
    w = re.sub(r"(iyyah|iyah|iyya|iya|yah|ah|eh|(?<!h)a|e)$", "", bare) if len(bare) > 4 else bare
    # (an "-ah" after a consonant may end in the consonant ح, "Sabah" صباح: english_pattern's final_h)
    final_h = len(bare) > 4 and re.search(r"[^aeiouy](ah|eh)$", bare) is not None
    w = re.sub(r"(.)\1", r"\1", w)
    cut = len(w) < len(bare) and w[-1:] in ("w", "y")  # (a w/y the dropped ending followed: "Mazwiya" مزوية)
    out, i = [], 0
    while i < len(w):
        if w[i] in "wy" and ((w[i + 1:i + 2] and w[i + 1:i + 2] in "aeiou") or (cut and i == len(w) - 1)):
            out.append(("S", 1.0))
            i += 1
            continue
        if w[i] == "h":
            out.append(("H", 0.0))
            i += 1
            continue
        con = next((c for c in _EN_CONSONANTS if w.startswith(c, i)), None)
        if con is not None:
            out.append(("C", 0.0))
            i += len(con)
            continue
        # (a vowel pair ending in w/y before a vowel is one vowel and the consonant: "Muhayil" a-y-i)
        vow = next(((en, sym, cost) for en, sym, cost in _EN_VOWELS if w.startswith(en, i)
                    and not (len(en) == 2 and en[1] in "wy" and w[i + 2:i + 3] and w[i + 2:i + 3] in "aeiou")), None)
        if vow is not None:
            out.append((vow[1], vow[2]))
            i += len(vow[0])
            continue
        i += 1  # w/y not before a vowel, an apostrophe
    return [*out, ("A", 0.0), ("H", 0.0)] if final_h else out


def slot_fit(word: str, term: str) -> float:
    """How far an Arabic term's long vowels stand from an English name's vowels, slot by slot between the
    consonants (0 = the same places): the cost of aligning the name's units (_english_slots) with the term's letters
    (long vowels and ain as A, و ي as W Y, the rest consonants), consonant against consonant. An English long vowel
    unwritten costs its cost (a short one nothing: vowel_fit weighed those), an Arabic letter the English lacks there
    one, a consonant unwritten one, a vowel written as another 0.5-1 (as in vowel_fit); an h may be written (ح/ه) or
    not at no cost, a w/y before a vowel is written (و/ي), else costs one."""
    bare = re.sub(r"^al-", "", word.lower())
    t = re.sub(r"[هة]$", "", re.sub(r"^ال(?=..)", "", normalize(term)))
    en = _english_slots(bare)
    ar = ["A" if ch in "اعءى" else "W" if ch == "و" else "Y" if ch == "ي" else "C" for ch in t]
    inf = float("inf")
    dist = [[inf] * (len(ar) + 1) for _ in range(len(en) + 1)]
    dist[0][0] = 0.0
    for i in range(len(en) + 1):
        for j in range(len(ar) + 1):
            d = dist[i][j]
            if d == inf:
                continue
            if i < len(en):
                sym, cost = en[i]
                skip = 1.0 if sym == "C" else cost if cost >= 1.0 else 0.0
                dist[i + 1][j] = min(dist[i + 1][j], d + skip)
            if j < len(ar):
                dist[i][j + 1] = min(dist[i][j + 1], d + 1.0)  # an Arabic letter the English lacks there
            if i < len(en) and j < len(ar):
                sym, ch = en[i][0], ar[j]
                if sym in ("C", "H"):
                    step = 0.0 if ch == "C" else inf
                elif sym == "S":
                    step = 0.0 if ch in "WY" else inf
                elif ch == "C":
                    step = inf
                else:
                    step = _vowel_swap(sym, ch)
                dist[i + 1][j + 1] = min(dist[i + 1][j + 1], d + step)
    return dist[len(en)][len(ar)]


def letter_agreement(word: str, term: str) -> int:
    """How many of an English word's consonants an Arabic term writes with the letters news uses for them."""
    w = re.sub(r"^al-", "", word.lower())
    letters = set(normalize(term))
    hits, i = 0, 0
    while i < len(w):
        for en, ar in _EN_LETTERS:
            if en == "ck" and not CK_ONE:
                continue  # switched off: "ck" is read as its two letters, as before pass 45
            if w.startswith(en, i):
                said = "ز" if en == "s" and _voiced_s(w, i) else ""
                hits += bool(letters & set(ar + said + ("ذ" if en == "d" and D_DHAL else "")))
                i += len(en)
                break
        else:
            i += 1
    return hits


_TABLE = {ord(ch): None for ch in map(chr, range(0x0600, 0x0700)) if ch not in _AR_CLASS}
_TABLE.update({ord(ch): cls for ch, cls in _AR_CLASS.items()})
# the endings the index's light stemmer cut off a name (ون ين ان ات يه ه ي), as classes to put back
_CUT = ("", "N", "T")


def arabic_skeleton(term: str, *, normalized: bool = False) -> str:
    """The consonant classes of an Arabic term (article, alif, hamza, ع and a final ة/ه dropped)."""
    t = term if normalized else normalize(term)
    t = re.sub(r"^ال(?=..)", "", t)
    t = re.sub(r"[هة]$", "", t)
    return t.translate(_TABLE)


# English "zh" (a Russian zhe) is written ج or ژ/ز ("Prigozhin" بريغوجين, "Zhukov" جوكوف), and a final s after a
# voiced consonant is said z and often written ز ("Daniels" دانيالز, "Williams" ويليامز, "Rogers" روجرز): read by
# _units (A/B switch)
VOICED_LETTERS = True
_FINAL_Z = re.compile(r"[lmnrdgv]s$")


def _skeleton_twins(common: list[tuple[int, str]], taken: list[str], skeleton: str) -> list[str]:
    """The spellings of ``common`` (in its order) not yet ``taken`` that read as ``skeleton`` (the same consonants:
    one name written with and without its long vowel, with alif or ain): a name's other spellings."""
    return [x for _, x in common if x not in taken and arabic_skeleton(x, normalized=True) == skeleton]


# English "s" before a b is said z, and news often writes it ز ("Salisbury" سالزبري، "Amesbury" امزبيري,
# "Brisbane" بريزبن), and the "u" of an English "-bury" is unsaid or written ي as often as و (سالزبري، امزبيري،
# سالزبوري), so leaving it unwritten costs nothing: read by _units, _english_vowels and letter_agreement (A/B switch,
# tests patch it)
VOICED_S = True


# (the reading is a guess for a name the world gazetteer lacks; a place it names has its Arabic spellings, which say how
# its s is written: there the guess only adds spellings of the name's other articles, "Salisbury" سالزبير beside the
# gazetteer's سالزبري, and lost one question of the whole corpus. with_names sets this while it looks such a place up)
_KNOWN_PLACE: ContextVar[bool] = ContextVar("qa_translit_known_place", default=False)


def _voiced() -> bool:
    return VOICED_S and not _KNOWN_PLACE.get()


def _voiced_s(w: str, i: int) -> bool:
    """The ``s`` at ``w[i]`` stands before a b (:data:`VOICED_S`). (Not before d, g or m: "Osman" عثمان, not ازمن;
    a d may be a ز itself, D_DHAL, and "sd" read as two z-letters fits common words.)"""
    return _voiced() and w[i + 1:i + 2] == "b"


def _units(word: str) -> list[str]:
    out, i = [], 0
    w = word.lower()
    while i < len(w):
        if w[i] == "s" and _voiced_s(w, i):
            out.append("[SZ]")
            i += 1
            continue
        if _voiced() and w[i] == "u" and w.endswith("bury") and i == len(w) - 3:
            out.append("[WY]?")
            i += 1
            continue
        if VOICED_LETTERS and w.startswith("zh", i):
            out.append("[JZ]")
            i += 2
            continue
        for en, cls in _EN_UNITS:
            if en == "ck" and not CK_ONE:
                continue
            if w.startswith(en, i):
                out.append("[DZ]" if en == "d" and D_DHAL else "(?:T?C|K)" if en == "ch" and TSH_CH else cls)
                i += len(en)
                break
        else:
            i += 1
    if VOICED_LETTERS and _FINAL_Z.search(w) and out and out[-1] == "S":
        out[-1] = "[SZ]"
    return out


def ain_marked(word: str) -> bool:
    """An English name that writes an ain (ع) the way news spells it, as a doubled a or an apostrophe
    ("al-Bayaa" البياع, "Sana'a" صنعاء): a consonant the skeleton drops, so it stands for the second sure
    consonant of a short name, whose Arabic spellings must then write it."""
    return bool(re.search(r"aa|[a-z]['’ʿʻ][a-z]", re.sub(r"^al-", "", word.lower())))


def english_pattern(word: str) -> tuple[re.Pattern[str], int, int] | None:
    """The skeleton pattern of an English name, its count of sure consonants and of all its letters' classes.

    The endings news writes as ة/ية ("-iyah", "-iya", "-ah", "-a") are dropped like the Arabic
    side's; a leading h is sure (a name does not start with a silent h). None for a word of fewer
    than two sure consonants.
    """
    w = re.sub(r"^al-", "", word.lower())
    # (an "-ah" after a consonant may as well end in the consonant ح: "Sabah" صباح, "Salah" صلاح, "Fatah" فتح)
    final_h = HA_ENDING and len(w) > 4 and re.search(r"[^aeiouy](ah|eh)$", w) is not None
    stripped = re.sub(r"(iyyah|iyah|iyya|iya|yah|ah|eh|(?<!h)a|e)$", "", w) if len(w) > 4 else w
    cut, w = stripped != w, stripped
    w = re.sub(r"(.)\1", r"\1", w)  # a doubled letter is one consonant (Arabic shadda is unwritten)
    units = _units(w)
    # a plain h (not in kh/sh/th...) starting the word or before a vowel is a consonant (ح/ه): "Haima",
    # "Ariha"; after a vowel at the end it may be silent ("Baqubah")
    plain = [i for i in range(len(w)) if w[i] == "h" and (i == 0 or w[i - 1] not in "kscgtdp")]
    sure_h = [i == 0 or (i + 1 < len(w) and w[i + 1] in "aeiou") for i in plain]
    hs = iter(sure_h)
    units = [("H" if next(hs, False) else u) if u == "H?" else u for u in units]
    if W_CONSONANT:
        # a w between a consonant and a vowel (or the ending cut above) is the consonant و, not a long vowel that may go
        # unwritten: "Mazwiya" مزوية, "Marwan" مروان, "Edward" إدوارد (every plain w is one unit, in order)
        ws = iter(i for i, ch in enumerate(w) if ch == "w")
        sure_w = {}
        for n, u in enumerate(units):
            if u == "W?":
                i = next(ws, None)
                if i is not None and i > 0 and w[i - 1] not in "aeiouyw" and (
                        w[i + 1:i + 2] in tuple("aeiou") or (i + 1 == len(w) and cut)):
                    sure_w[n] = "W"
        units = [sure_w.get(n, u) for n, u in enumerate(units)]
    if units and w[:1] in ("w", "y") and w[1:2] in tuple("aeiou"):
        units[0] = units[0].rstrip("?")  # "Warren", "Yazidi": a w/y before a vowel starts the name (و/ي)
    sure = sum(1 for u in units if u and not u.endswith("?"))
    if sure < 2 and not (sure == 1 and ain_marked(word)):
        return None
    body = "".join(f"(?:{u[:-1]})?" if u.endswith("?") else u for u in units if u)
    # (the Arabic side may write the ending it kept as ي: "-iyah" is ية, whose ي stays)
    return re.compile(f"{body}{'H?' if final_h else ''}Y?"), sure, sum(1 for u in units if u)


class NameFinder:
    """Arabic terms of an index grouped by skeleton, to find an English name's Arabic spellings."""

    def __init__(self, vocabulary: Iterable[str], frequency: dict[str, int] | None = None):
        self.frequency = frequency or {}
        # word -> the spelling the slot order (SLOT_VOWELS) put after another at the last find of it, else None
        self.displaced: dict[str, str | None] = {}
        # word -> spelling -> its stem the stemmer cut ين/ان from (CUT_N_TWIN), at the last find of the word
        self.cut_twins: dict[str, dict[str, str]] = {}
        self.by_skeleton: dict[str, list[str]] = {}
        self.short: dict[str, list[str]] = {}  # two-letter terms by skeleton (a nisba name's stem: "الحقي" -> حق)
        for term in vocabulary:
            if len(term) == 2 and all("\u0621" <= ch <= "\u064a" for ch in term):
                self.short.setdefault(arabic_skeleton(term, normalized=True), []).append(term)
            if len(term) < 3 or not all("\u0621" <= ch <= "\u064a" for ch in term):
                continue
            sk = arabic_skeleton(term, normalized=True)
            if len(sk) >= 2:
                self.by_skeleton.setdefault(sk, []).append(term)
        # every skeleton with each ending the stemmer may have cut, one a line: a name's pattern is matched
        # against them all in one scan of this text (a loop of fullmatch calls took 0.2-0.4 s a word)
        lines = [(sk + cut, sk) for sk in self.by_skeleton for cut in _CUT]
        self._text = "\n".join(line for line, _ in lines) + "\n"
        self._starts, self._skeletons, at = [], [], 0
        for line, sk in lines:
            self._starts.append(at)
            self._skeletons.append(sk)
            at += len(line) + 1

    def _matching(self, pattern: re.Pattern[str], sure: int) -> list[str]:
        """The skeletons that, with an ending the stemmer cut put back, fit the pattern and are long enough."""
        if not FAST_SCAN:
            out = []
            for sk in self.by_skeleton:
                if len(sk) + 2 < sure:
                    continue
                for cut in _CUT:
                    if len(sk) + len(cut) >= sure and pattern.fullmatch(sk + cut):
                        out.append(sk)
                        break
            return out
        line = re.compile(f"^(?:{pattern.pattern})$", re.M)
        found = {}
        for m in line.finditer(self._text):
            if m.end() - m.start() >= sure:
                sk = self._skeletons[bisect.bisect_right(self._starts, m.start()) - 1]
                found[sk] = None
        return list(found)

    def find(self, word: str) -> list[str]:
        """Arabic terms of the index that transliterate ``word``, best first (at most :data:`MAX_CANDIDATES`, and
        :data:`FRENCH_MORE` more read the French way)."""
        found = self._find(word)
        french = _french_w(word) if FRENCH_OU else word
        if french != word:
            # the French reading of "ou" joins the English one, never replaces it: "Maroua" is مروة, but "Souad" سعاد
            # and "Mouad" معاذ say the ou as a vowel
            found += [t for t in self._find(french) if t not in found][:FRENCH_MORE]
        return found

    def _find(self, word: str) -> list[str]:
        key = word
        got = english_pattern(word)
        if got is None:
            return []
        pattern, sure, _ = got
        ain = sure < 2  # a short name whose second consonant is its ain (ain_marked): only spellings writing ع
        bare = re.sub(r"^al-", "", word.lower())
        vowel = bare[:1] in ("a", "e", "i", "o", "u") and not bare.startswith(("ou", "oo"))
        consonant = bare[:1] not in ("a", "e", "i", "o", "u", "w", "y", "h") or (H_CONSONANT and bare[:1] == "h")
        found: list[tuple[int, str]] = []
        self.cut_twins.pop(key, None)
        # (the stem may have lost the name's last letters to the stemmer: "بنتاغ")
        for sk in self._matching(pattern, sure):
            # a name starting with a vowel is written with a leading alif or ain ("Ariha" أريحا), one
            # starting with a consonant is not ("Bur" is البور, not عبر; "Nehm" is نهم, not انهم)
            for t in self.by_skeleton[sk]:
                opens = re.sub(r"^ال", "", t)[:1] in "اع"
                if ain and "ع" not in t:
                    continue
                if (opens or not vowel) and not (opens and consonant):
                    found.append((len(sk), t))
        if AL_NAMES and re.fullmatch(r"al(?!l)[a-z]{5,}", bare):
            found += self._after_al(bare)
        nisba = self._short_nisba(bare) if SHORT_NISBA else []
        if Y_CONSONANT and re.match(r"y[aeiou]", bare):
            # a name opening with y and a vowel is written with its ي ("Yafei" اليافعي, "Younis" يونس), not with a
            # long vowel the skeleton reads alike (ايف)
            found = [(n, t) for n, t in found if re.sub(r"^ال", "", t)[:1] == "ي"]
        frequency = self.frequency
        if WAW_NAMES:
            extra = self._after_waw(bare)
            if extra:
                found += extra
                frequency = {**frequency, **{t: self.frequency.get(t[1:], 0) for _, t in extra}}
        # the commonest spellings (the name the news writes, not a rare word of the same consonants) and
        # those writing most of the word's letters (its long vowels too), the commonest of each skeleton
        # (and first the spellings writing the word's consonants with the letters news uses for them)
        # (then those writing the vowels the name shows, so that the name wins over a commoner word of its
        # consonants: "Naeem" نعيم, not نعم)
        # (the h of an "-ah" ending counts for none: a ح there must not outrank the ة the stemmer cut)
        said = word[:-1] if HA_ENDING and re.search(r"[^aeiouy](ah|eh)$", bare) and len(bare) > 4 else word
        def plain(x: tuple[int, str]) -> tuple:
            return -letter_agreement(said, x[1]), vowel_fit(word, x[1]), -frequency.get(x[1], 0), x[1]

        common = sorted(found, key=plain)
        full = sorted(common, key=lambda x: -x[0])
        out: list[str] = []
        for pool in (common, full):
            taken = 0
            for _, t in pool:
                if t not in out and arabic_skeleton(t, normalized=True) not in {arabic_skeleton(x, normalized=True)
                                                                                for x in out}:
                    out.append(t)
                    taken += 1
                if taken >= MAX_CANDIDATES // 2:
                    break
        # the other spellings of a chosen skeleton of three or more consonants: one name written with and
        # without its long vowel ("غيدان" and "غيدن" for Ghaidan), at most SAME_SKELETON more each
        spellings = list(out)
        for t in out:
            sk = arabic_skeleton(t, normalized=True)
            if len(sk) >= 3:
                spellings += _skeleton_twins(common, spellings, sk)[:SAME_SKELETON]
            stem_sk = sk[:-1].rstrip("YW") if sk.endswith("N") else ""
            if CUT_N_TWIN and len(stem_sk) >= 4 and re.search(r"[aeiy]+n$", bare):
                # a name ending in -in/-an/-een is written with ين/ان, which the index's stemmer takes for a plural or
                # dual ending and cuts ("Colvin" كولفين is held as كولف): the commonest term of the spelling's
                # letters without its ن joins it
                twin = [x for x in _skeleton_twins(common, [], stem_sk) if not x.endswith("ن")][:1]
                if twin:
                    self.cut_twins.setdefault(key, {})[t] = twin[0]  # (searched beside that spelling: with_names)
                spellings += [x for x in twin if x not in spellings]
            elif AIN_TWIN and vowel and re.sub(r"^ال", "", t)[:1] == "ا":
                # a short name starting with a vowel is as often written with ain as with alif ("Omar" عمر
                # beside the commoner word امر): the skeleton drops ع, so the ain spelling was taken for a
                # duplicate of the alif one; the commonest spelling of the skeleton writing ع joins it
                spellings += [x for x in _skeleton_twins(common, spellings, sk) if re.sub(r"^ال", "", x)[:1] == "ع"][:1]
            if AA_AIN and len(sk) == 2 and re.search(r"aa[b-df-hj-np-tv-z]$", bare) and "ع" in t:
                # a short name ending in a doubled a and a consonant, the aa writing its ain, is read either way: a
                # short a before the ain ("Saad" سعد, "Raad" رعد) or a long one after it ("Baaj" بعاج): the skeleton
                # reads them alike, so the other was taken for a duplicate; the other spelling writing ع most
                # articles hold joins it
                others = [x for x in _skeleton_twins(common, spellings, sk) if "ع" in x]
                spellings += sorted(others, key=lambda x: -frequency.get(x, 0))[:1]
            if HA_TWIN and len(sk) == 2 and any(ch in t for ch in "حه"):
                # a short name's h is ح as often as ه ("Ham" حام beside the commoner word هام): the skeleton reads
                # them alike, so the twin was taken for a duplicate; the spelling swapping them joins it when the index holds it
                twin = t.translate(_HA_SWAP)
                if twin not in spellings and any(x == twin for _, x in common):
                    spellings.append(twin)
        if WA_ENDING and re.search(r"[b-df-hj-np-tv-z]wa$", bare) and spellings:
            # a name ending in a consonant and "-wa" is written ـوة with the vowel before the w short ("Marwa" مروة,
            # "Sahwa" صحوة): the stem the index keeps (مرو, its ة cut) writes only its consonants, and the vowel
            # ranking puts a spelling writing the a's (مروا "they passed") before it; the commonest term of the first
            # spelling's skeleton writing no letter past its consonants joins the spellings
            sk = arabic_skeleton(spellings[0], normalized=True)
            bare_form = [t for _, t in sorted(common, key=lambda x: -frequency.get(x[1], 0))
                         if arabic_skeleton(t, normalized=True) == sk and len(normalize(t)) == len(sk)]
            spellings += [t for t in bare_form[:1] if t not in spellings]
        self.displaced[key] = None
        if SLOT_VOWELS and common:
            # (among the spellings fitting as well as the first, the one writing the vowels in their places, slot_fit,
            # comes first; the others stay, the first it displaces is searched too: NameFinder.displaced)
            tier = [x for x in common if plain(x)[:2] == plain(common[0])[:2]]
            slot = min(tier, key=lambda x: slot_fit(word, x[1]))
            if slot_fit(word, slot[1]) < slot_fit(word, common[0][1]) and spellings:
                self.displaced[key] = spellings[0]
                spellings = [slot[1], *(t for t in spellings if t != slot[1])]
        if NISBA_STEM and spellings and re.fullmatch(r"[a-z]{3,}[^aeiouy]i", bare) and spellings[0].endswith("ي") \
                and key not in self.cut_twins:
            # a family name ending in a consonant and -i is a nisba the news writes with its article ("Hariri"
            # الحريري), which the index's stemmer holds without its ي (حرير); the vowels rank a spelling writing the
            # name's a long first (حراري "thermal"), writing the i as ي, which the nisba's stem lacks: the longest (then
            # commonest) term of its letters without the ي whose long vowels stand where the name's do (slot_fit 0
            # against the name without its i) is searched beside the first spelling
            # (the one writing most letters first, then the commonest)
            # (of the first spelling's letters, long vowels apart: not another word the consonant classes admit,
            # "Tamimi" تعميم, "Karimi" قريم)
            own = _LONG_VOWELS.sub("", re.sub("ي$", "", spellings[0]))
            stems = [t for _, t in common if not t.endswith("ي") and t != spellings[0]
                     and _LONG_VOWELS.sub("", t) == own and slot_fit(word[:-1], t) == 0]
            stems.sort(key=lambda t: (-len(t), -frequency.get(t, 0)))
            if stems:
                self.cut_twins[key] = {spellings[0]: stems[0]}
        # (only when no spelling found writes the name with its ي as surely: "Sami" is سامي, not السمي)
        best = max((letter_agreement(bare, t) for t in nisba), default=0)
        if any(t.endswith("ي") and letter_agreement(bare, t) >= best for t in spellings):
            return spellings
        return spellings + [t for t in nisba if t not in spellings]

    def _short_nisba(self, bare: str) -> list[str]:
        """A family name of two consonants and a final i ("Haqi", "Hami"): a nisba the news writes with its article
        ("الحقي"), whose stem the index keeps as a two-letter term (حق), too short for the skeleton table. Its
        spelling is put together from each two-letter term fitting the consonants, those writing them with the
        letters news uses first, then the commonest (at most two); the term alone is a word ("حق"), so only the whole nisba is returned."""
        if not re.fullmatch(r"[a-z]*[^aeiouy]i", bare):
            return []
        got = english_pattern(bare[:-1])
        if got is None or got[1] != 2:
            return []
        pattern, _, _ = got
        vowel = bare[:1] in ("a", "e", "i", "o", "u")
        terms = [t for sk, ts in self.short.items() if pattern.fullmatch(sk) for t in ts
                 if (t[:1] in "اع") == vowel]
        terms.sort(key=lambda t: (-letter_agreement(bare[:-1], t), -self.frequency.get(t, 0), t))
        return [f"ال{t}ي" for t in terms[:2]]


    def _after_al(self, bare: str) -> list[tuple[int, str]]:
        """The spellings of a name opening with "Al" and a consonant ("Alexander" ألكسندر, "Albert" ألبرت): the
        index's stemmer took its ال for the article and cut it (its terms hold كسندر, برت), so the rest of the name
        is matched, among the terms opening with its consonant (the weight: the skeleton's length, the ل counted)."""
        got = english_pattern(bare[2:])
        if got is None:
            return []
        pattern, sure, _ = got
        return [(len(sk) + 1, t) for sk in self._matching(pattern, sure) for t in self.by_skeleton[sk]
                if t[:1] not in "اعو"]

    def _after_waw(self, bare: str) -> list[tuple[int, str]]:
        """The spellings of a name starting with w and a vowel ("Warren" وارن, "Widodo" ويدودو) whose و the index's
        stemmer took for the conjunction and cut (its terms hold ارن, يدودو): the rest of the name is looked up
        among the terms starting with the long vowel news writes after the و (ا for a, ي for i/e, و for o/u),
        and each is returned with its و put back (the weight: its skeleton's length, the و counted)."""
        m = re.fullmatch(r"w([aeiou])([a-z]+)", bare)
        if m is None:
            return []
        got = english_pattern(m.group(1) + m.group(2))
        if got is None:
            return []
        pattern, sure, _ = got
        first = {"a": "ا", "e": "ي", "i": "ي", "o": "و", "u": "و"}[m.group(1)]
        # (a short a may go unwritten, "Waziristan" وزيرستان: read so only in a name of three sure consonants more, a
        # short one fits too many words: "Walid" would be ولدي)
        bare_a = first == "ا" and sure >= 3
        return [(len(sk) + 1, "و" + t) for sk in self._matching(pattern, sure) for t in self.by_skeleton[sk]
                if t[:1] == first or (bare_a and t[:1] not in "اويعء")]


# a name ending in -in/-an is found by its stem the stemmer cut ين/ان from too (NameFinder.find; A/B switch, tests
# patch it)
CUT_N_TWIN = True
# a family name ending in -i is also searched by the stem the index keeps of its nisba (NameFinder.find; A/B switch,
# tests patch it)
NISBA_STEM = True
# French transliteration (West and North Africa) writes the consonant w as "ou" before a vowel ("Maroua" مروة,
# "Ouargla" ورقلة, "Touareg" الطوارق): NameFinder.find reads it as w too, beside the vowel reading (A/B switch, tests
# patch it)
FRENCH_OU = True
FRENCH_MORE = 2
"""Spellings of the French reading searched beside the English reading's (NameFinder.find)."""
# a name ending in a consonant and "-wa" is also searched by its stem writing only its consonants (NameFinder.find;
# A/B switch, tests patch it)
WA_ENDING = True


def _french_w(word: str) -> str:
    """``word`` with a French "ou" before a vowel, inside the word, written as the w it says ("Maroua" -> "Marwa")."""
    return re.sub(r"(?<=[A-Za-z])ou(?=[aei])", "w", word)
# a name starting with w and a vowel is found without the و the stemmer cut from its terms (A/B switch)
WAW_NAMES = True
# a w after a consonant and before a vowel is written و (english_pattern; A/B switch, tests patch it)
W_CONSONANT = True
Y_CONSONANT = True  # switch for A/B measurement (tests patch it): see NameFinder.find
AL_NAMES = True  # switch for A/B measurement (tests patch it): see NameFinder._after_al


def _name_words(question: Question) -> list[str]:
    words = []
    for m in re.finditer(rf"(?<![A-Za-z])(al-)?({english_word_pattern()})", question.text):
        word = m.group(2)
        if word.lower() not in question.uncovered or word.lower() in _NOT_NAMES:
            continue
        if m.group(1) or name_like(word, m.start()):
            words.append(word)
    return list(dict.fromkeys(words))


JOIN_WORDS = True  # switch for A/B measurement (tests patch it)
# a name of عبد + a divine name ("Abdel Fattah", "Abdul Rahman") found glued in the index (عبدالفتاح) is written
# as often in two words (عبد الفتاح): both spellings name the man (A/B switch)
ABD_APART = True
# the first words of names Arabic often glues to the next ("Albu Kamal" البوكمال, "Abu Kamal" ابوكمال)
_PARTICLES = {"abu", "albu", "abdul", "abd", "bin", "ibn", "bani", "beni", "umm", "abdel", "abdal", "abdol"}
_PAIR = re.compile(r"(?<![A-Za-z'-])(?=([A-Z][a-z]+)[ -]([A-Z][a-z]+)(?![A-Za-z'-]))")


GAZETTEER_PAIRS = True  # switch for A/B measurement (tests patch it): see _gazetteer_pairs


def _gazetteer_pairs(question: Question, places: Callable[[str], tuple[str, ...]]) -> list[tuple[str, str, tuple[str, ...]]]:
    """Two adjacent capitalised words of an English question, both unknown to the lexicon, that the world gazetteer
    names as one place ("Tel Aviv", "Santa Fe"), with the place's Arabic names. Each word alone is no place, and the
    two glued are no word of the index: read as two names or one glued word they are looked up letter by letter."""
    out = []
    for m in _PAIR.finditer(question.text):
        first, second = m.group(1), m.group(2)
        if not {first.lower(), second.lower()} <= set(question.uncovered) or first.lower() in _NOT_NAMES | _PARTICLES \
                or second.lower() in _NOT_NAMES or not name_like(first, m.start()):
            continue
        known = places(f"{first} {second}")
        if known:
            out.append((first, second, known))
    return out


def _joined_names(question: Question) -> list[tuple[str, str, str]]:
    """Two adjacent capitalised words of an English question that news may write as one Arabic word, with
    the one word to look up: "Albu Kamal" is al-bukamal (البوكمال, the "al" its article), "Abu Kamal"
    abukamal; the second word's own spellings are kept beside the joined ones. The second word must be unknown, the first unknown too or a particle (Abu, Bin...); the
    joined word needs four sure consonants (a lucky fit of a long pattern is rare)."""
    out = []
    for m in _PAIR.finditer(question.text):
        first, second = m.group(1), m.group(2)
        low = first.lower()
        if second.lower() not in question.uncovered or second.lower() in _NOT_NAMES or low in ("al", "el"):
            continue
        if low not in _PARTICLES and (low not in question.uncovered or low in _NOT_NAMES
                                      or not name_like(first, m.start())):
            continue
        joined = (f"al-{low[2:]}" if low.startswith("al") else low) + second.lower()
        got = english_pattern(joined)
        if got is not None and got[1] >= 4:
            out.append((first, second, joined))
    return out


# switch for A/B measurement (tests patch it): a joined spelling must end in the second word's letters ("Albu Kamal"
# البوكمال ends in كمال, "Khan Younis" خانيونس in يونس); a term the two words' letters merely fit in another order or
# cut ("Marie Colvin" read as one word fits مرسولاف) is no spelling of the two
JOINED_ENDS_SECOND = True


def _ends_with_name(term: str, second: str) -> bool:
    """Whether the Arabic ``term`` ends in a spelling of the English word ``second`` (by skeleton: the second
    word's pattern fits a proper tail of the term's skeleton as it stands: a tail the stemmer cut is no sure fit)."""
    got = english_pattern(second)
    if got is None:
        return True  # (a word too short to look up alone: nothing to check)
    pattern, sure, _ = got
    sk = arabic_skeleton(term, normalized=True)
    return any(pattern.fullmatch(sk[i:]) for i in range(1, len(sk) - 1))


ADMIN_FORMS = True  # switch for A/B measurement (tests patch it)
# how GeoNames writes a place's English name beside the bare name a question uses: with its article ("Al Jawf")
# or its unit ("Hajjah Governorate", "Sirwah District"); the Arabic unit word is then dropped (محافظه حجه -> حجه)
_ADMIN_EN = ("governorate", "district", "province")
_ADMIN_AR = re.compile(r"^(?:محافظه|مديريه|منطقه|ولايه|اقليم|مقاطعه|قضاء) (?=\S)")


ALTERNATES = True  # switch for A/B measurement (tests patch it)
# a place the gazetteer names keeps only the transliterations of its consonants (off: test_qa_subject still
# wants a transliteration of other consonants kept beside Bizerte's gazetteer name; on, the open dev split gains one)
KNOWN_CONSONANTS = False


def _alternate_city(word: str) -> str | None:
    """The GeoNames name of the city ``word`` is another English spelling of (the world gazetteer's)."""
    from marsad.core.gazetteer import get_world_gazetteer

    return get_world_gazetteer().alternate_city(word)


def _city_names(word: str, places: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """The gazetteer's Arabic names of the most populous city one of whose other English spellings is ``word``
    (:meth:`~marsad.core.gazetteer.WorldGazetteer.alternate_city`), when the spelling writes the consonants
    of the city's GeoNames name. Asked only when no place has ``word`` as its own name
    (:func:`_gazetteer_names`): an alternate may be a former name of another ("Salisbury" was Harare's)."""
    city = _alternate_city(word) if ALTERNATES else None
    if city is None or city.lower() == word.lower() or _latin_consonants(city) != _latin_consonants(word):
        return ()
    return places(city)


def _latin_consonants(name: str) -> str:
    """The consonants of a Latin-script place name, the way spellings of one name share them ("Mecca" and
    "Makkah" m-k, "Jenin" and "Janīn" j-n): accents, an article, vowels, h/w/y (but a leading h) and doubling
    dropped. An
    alternate name of other consonants is another name ("Salisbury", once Harare's; "Bala" for Basel)."""
    import unicodedata

    t = "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if "a" <= ch <= "z" or ch == " ")
    t = re.sub(r"^(?:al|el|a[dnrstz]|ash) ", "", t).replace(" ", "")
    t = re.sub(r"[cq]", "k", t.replace("ck", "k")).replace("x", "ks")
    lead = "H" if t.startswith("h") else ""  # a name's first h is a consonant ("Human" is no spelling of Amman)
    return lead + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouhwy]", "", t[len(lead):]))


def _gazetteer_names(word: str, places: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """The Arabic names the world gazetteer gives an English place name: as written, else with the article
    or an administrative unit GeoNames keeps in the name ("Jawf" is "Al Jawf", "Hajjah" "Hajjah Governorate"),
    the unit word left out of the Arabic. The bare name is still tried first (a city before its province)."""
    known = places(word)
    if known or not ADMIN_FORMS:
        return known or _city_names(word, places)
    for form in (f"Al {word}", *(f"{w} {unit}" for w in (word, f"Al {word}") for unit in _ADMIN_EN)):
        known = places(form)
        if known:
            return tuple(dict.fromkeys(_ADMIN_AR.sub("", n) for n in known))
    return _city_names(word, places)


# switch for A/B measurement (tests patch it): a place the world gazetteer names in several Arabic ways is searched
# by the one the index's articles write most too, beside its first name (the first in letter order): "Lahj" is to
# GeoNames the town Lahij, whose Arabic names are الحوطة (its other name), لاهج and لحج, and only الحوطة was searched,
# though the news names the governorate لحج. Only a one-word name the index holds as it is written (its term is the
# name itself: "اسمره" is held as اسمر, "brown", a count of other words) and that is no common word is counted.
KNOWN_MOST_HELD = True


# switch for A/B measurement (tests patch it): a gazetteer name the index's stemmer cuts an ending from (ان، ين، ية ...:
# "بلوشستان" is held as بلوشست, "ميشيغان" as ميشيغ) is counted by the term it is held as, when that term is the name's
# own beginning of five letters or more and no common word: before, every such name counted 0, and "Balochistan" was
# searched only by the gazetteer's first spelling بلوتشستان, which no article writes (22 hold بلوشستان)
KNOWN_STEMMED = True


def _held(name: str, finder: NameFinder) -> int:
    """How many of the index's articles hold the one-word Arabic place name ``name`` as written (0 for a name of
    several words, one the index's stemmer cuts (but see :data:`KNOWN_STEMMED`), or a common word of the extractor's
    list)."""
    from marsad.core.arabic import search_terms

    if " " in name or name in _common_words():
        return 0
    terms = search_terms(name)
    if terms == [name]:
        return finder.frequency.get(name, 0)
    if KNOWN_STEMMED and terms and len(terms[0]) >= 5 and name.startswith(terms[0]) \
            and terms[0] not in _common_words():
        return finder.frequency.get(terms[0], 0)
    return 0


def _most_held(known: tuple[str, ...], finder: NameFinder) -> str | None:
    """The gazetteer's Arabic name of a place most articles of the index write (:func:`_held`), or None."""
    best = max(known, key=lambda k: _held(k, finder), default=None)
    return best if best is not None and _held(best, finder) > 0 else None


@cache
def _common_words() -> frozenset[str]:
    return rules.words("common_words", "common_words")


SILENT_S = True  # switch for A/B measurement (tests patch it)
# a name found by transliteration is the index's term, from which the stemmer cut an ending (marsad.core.arabic's
# suffixes): the forms searched put back ين too, beside ان and ون ("ميشيجين" is held as ميشيج; A/B switch)
NAME_YN_ENDING = True


def _silent_s(word: str) -> str | None:
    """A French name without its unsaid ending: a final -es after a consonant ("Trebes" -> "Treb", "Nantes"), else a
    final s ("Calais" -> "Calai", "Tours"); None for a short word or one ending otherwise (or in a double s)."""
    if len(word) < 5:
        return None
    if re.search(r"[^aeiouy]es$", word, re.I):
        return word[:-2]
    if re.search(r"[^s]s$", word, re.I):
        return word[:-1]
    return None


_EN_WORD = re.compile(r"[A-Za-z\u00c0-\u00ff']+")


def _after_name(text: str, word: str) -> bool:
    """``word`` follows a capitalised given name the tables know in ``text`` ("Laurent Fabius"), not a common word
    ("the town of X") or a place ("the city of Ramadi Lorient")."""
    words = _EN_WORD.findall(text)
    return any(b == word and a[:1].isupper() and _is_given_en(a.lower()) for a, b in zip(words, words[1:], strict=False))


def _is_given_en(word: str) -> bool:
    """A lower-cased English word is a given name of the tables (:data:`_GIVEN_NAMES` and the others)."""
    return any(word in t for t in (_GIVEN_NAMES, _GIVEN_NAMES_MORE, _GIVEN_NAMES_WESTERN, _GIVEN_NAMES_WESTERN_MORE))


def _consonants(term: str) -> str:
    """An Arabic word's consonant classes without its long vowels (و ي): "تونس" and "توونس" are both T-N-S."""
    return arabic_skeleton(term).replace("W", "").replace("Y", "")


def with_names(question: Question, finder: NameFinder,
               places: Callable[[str], tuple[str, ...]] | None = None) -> Question:
    """The question with its unknown English names found in the index's Arabic (as extra key entities).

    Each name found becomes an entity of kind ``names`` whose Arabic spellings are the terms
    found, with the endings news adds (ة/ية/ا, and the nisba ي the stemmer cut: بارزان -> بارزاني): the evidence must name it like any place or
    actor, and the word is no longer uncovered. ``places`` (the world gazetteer's
    English -> Arabic names: "Bizerte" -> بنزرت) adds the spellings GeoNames knows, which a
    transliteration cannot guess (an unwritten n, a vowel written as a consonant).
    """
    if question.language != "en" or not question.uncovered:
        return question
    names: list[Entry] = []
    resolved: set[str] = set()
    for first, second, known in _gazetteer_pairs(question, places) if GAZETTEER_PAIRS and places is not None else ():
        # a place of two words the gazetteer names as one ("Tel Aviv" تل ابيب): its Arabic names, not the letters of
        # the two words glued (تلافيف) nor looked up one by one
        # (and the first word's own spellings that write the gazetteer's consonants: "Lashkar Gah" is لشكر جاه to
        # GeoNames and لشكر كاه to the news)
        heads = {_consonants(k.split()[0]) for k in known}
        forms = tuple(dict.fromkeys([*(f for t in known for f in (t, t.replace(" ", ""))),
                                     *(t for t in finder.find(first) if _consonants(t) in heads)]))
        names.append(Entry(kind="names", id=f"name:{first.lower()} {second.lower()}", canonical=known[0],
                           name_en=f"{first} {second}", ar=forms, en=(f"{first} {second}",),
                           data={"spellings": known, "known": known}))
        resolved.update((first.lower(), second.lower()))
    for first, second, joined in _joined_names(question) if JOIN_WORDS else ():
        terms = finder.find(joined)
        if JOINED_ENDS_SECOND:
            terms = [t for t in terms if _ends_with_name(t, second)]
        if not terms or {first.lower(), second.lower()} & resolved:
            continue
        # (news may as well write the two words apart: "خان يونس" beside the rarer "خانيونس"; the second word's
        # own spellings stay, the first, a particle or a given name, is not required)
        terms += [t for t in finder.find(second) if t not in terms]
        forms = tuple(dict.fromkeys(f for t in terms for f in (t, t + "ه", t + "ي", t + "ا")))
        if ABD_APART:
            forms += tuple(f"عبد {t[3:]}" for t in terms if t.startswith("عبدال") and len(t) > 6)
        names.append(Entry(kind="names", id=f"name:{first.lower()} {second.lower()}", canonical=terms[0],
                           name_en=f"{first} {second}", ar=forms, en=(f"{first} {second}",),
                           data={"spellings": tuple(terms)}))
        resolved.update((first.lower(), second.lower()))
    titled = _title_words(question) if TITLE_WORDS else set()
    french = any(p.id == "france" for p in question.places)  # (a place in France: its names are French)
    ranked: list[str] = []
    for word in _name_words(question):
        if word.lower() in resolved:
            continue
        if word.lower() in titled:
            # a capitalised common word of a body's or an event's title ("Global" of "the Global ... Summit"):
            # the spellings found rank evidence, no sentence need name it
            ranked += finder.find(word)[:1]
            resolved.add(word.lower())
            continue
        # words the news writes in known spellings, searched as written, not letter by letter: a compound of Arabic
        # words (Fazlullah فضل الله, not سيفعل for Saifullah), a common Arabic word of a place's name (al-Janub
        # الجنوب), a common Arabic given name ("Hassan" is حسن, not حصان, a horse, and no ending is added: حسني is
        # another name)
        given = _compound_name(word)
        if given is None and AL_WORDS and word.lower() in _al_words(question):
            given = _AL_COMMON_WORDS.get(word.lower())
        if given is None and GIVEN_NAMES:
            # (a given name written with an apostrophe for its ain, "Ra'ad", is the one the tables hold without it)
            key = re.sub(r"['\u2019\u02bf\u02bb]", "", word.lower())
            given = _GIVEN_NAMES.get(key)
            if given is None and GIVEN_MORE:
                given = _GIVEN_NAMES_MORE.get(key)
            if given is None and WESTERN_GIVEN:
                given = _GIVEN_NAMES_WESTERN.get(key)
            if given is None and WESTERN_MORE:
                given = _GIVEN_NAMES_WESTERN_MORE.get(key)
        if given is not None:
            names.append(Entry(kind="names", id=f"name:{word.lower()}", canonical=given[0], name_en=word, ar=given,
                               en=(word,), data={"spellings": given, "given": True}))
            resolved.add(word.lower())
            continue
        known = _gazetteer_names(word, places) if places is not None else ()
        token = _KNOWN_PLACE.set(bool(known))  # (no voiced-s guess for a place the gazetteer names: _voiced)
        try:
            found = finder.find(word)
        finally:
            _KNOWN_PLACE.reset(token)
        silent = _silent_s(word) if SILENT_S and not known and french else None
        if silent is not None:
            # a French name's final s is not said, and the news writes the name as said ("Trebes" تريب, as
            # GeoNames' Nimes نيم and Rennes رين): its spelling replaces those writing the s ("تربص", a common word)
            # -- beside them for a person's family name after his given name ("Laurent Fabius" فابيوس: a name of
            # Latin or foreign stock says its s)
            said = found[:1] if _after_name(question.text, word) else []
            found = [*finder.find(silent)[:1], *said] or found
        if known and KNOWN_CONSONANTS:
            # a place the gazetteer knows is named by its Arabic names; a transliteration is kept only when it
            # writes the same consonants (another spelling of it, or a person of that name), not a word of
            # other letters that happens to fit the English ("Mecca" is مكة, not مسيء)
            # (by the consonants of each word of a gazetteer name: "تونس" is "توونس" or "تونس شهر" to GeoNames)
            same = {_consonants(w) for k in known for w in k.split()}
            found = [t for t in found if _consonants(t) in same]
        terms = list(dict.fromkeys([*known, *found]))
        if not terms:
            continue
        forms = tuple(dict.fromkeys(f for t in terms for f in (t, t + "ه", t + "يه", t + "ي", t + "ا", t + "ون", t + "ان",
                                                               *((t + "ين",) if NAME_YN_ENDING else ()))))
        # (only a name of short vowels: "Tuhayta" writes its ay long, تحيتا, and is no تحت)
        article = _with_article(found[0], finder) if AL_SHORT and found and not known \
            and word.lower() in _al_words(question) and not re.search(r"[aeiouy]{2}", word.lower()) else None
        if article is not None:
            forms = (*forms, article)
        names.append(Entry(kind="names", id=f"name:{word.lower()}", canonical=terms[0], name_en=word, ar=forms,
                           en=(word,), data={"spellings": tuple(terms), "known": known,
                                 "displaced": finder.displaced.get(word) if found and terms[0] == found[0] else None,
                                 "with_article": (article,) if article else (),
                                 "most_held": _most_held(known, finder) if KNOWN_MOST_HELD and len(known) > 1 else None}))
        resolved.add(word.lower())
    if not names:
        if not ranked:
            return question
        return dataclasses.replace(question, uncovered=tuple(w for w in question.uncovered if w not in resolved),
                                   expansion=question.expansion + tuple(t for t in ranked if t not in question.expansion))
    if COMMON_SPELLING:  # (the spellings each name is searched by: evidence.search_queries)
        names = [dataclasses.replace(e, data={**e.data, "searched": e.ar if e.get("given")
                                              else tuple(dict.fromkeys(_with_cut_twin(_with_known(_with_hamza_twin(
                                                  _searched(e, finder), finder), e, finder), e, finder) + _more_searched(e)))})
                 for e in names]
    # a given name too short to look up by its consonants ("Ali" Ghaidan, "Issa") before a family name found:
    # the family name says who is meant
    words = re.findall(rf"(?<![A-Za-z])(?:al-)?({english_word_pattern()})", question.text)
    for word, after in zip(words, words[1:], strict=False):
        if word[:1].isupper() and word.lower() not in resolved and english_pattern(word) is None \
                and after.lower() in resolved:
            resolved.add(word.lower())
    # ... and after a name found, the short second word of a two-word name ("John Key", "Ras Isa"): the word found
    # says who or where is meant, as the family name does for a short given name
    for before, word in zip(words, words[1:], strict=False):
        if word[:1].isupper() and word.lower() not in resolved and english_pattern(word) is None \
                and before[:1].isupper() and before.lower() in resolved:
            resolved.add(word.lower())
    return dataclasses.replace(
        question,
        names=question.names + tuple(names),
        uncovered=tuple(w for w in question.uncovered if w not in resolved),
        expansion=question.expansion + tuple(dict.fromkeys([*(t for e in names for t in e.get("searched", (e.canonical,))),
                                                            *ranked])),
    )


# switch for A/B measurement (tests patch it): a theophoric name, a first word + Allah, which English writes as one
# word ("Fazlullah", "Nasrallah", "Hakimullah", "Abdullah"), is written by the news as the two Arabic words (فضل الله,
# or glued: نصرالله); read letter by letter it is lost or found as another word ("Saifullah" سيفعل). Unseen slice
# articles: فضل الله 25, نصر الله 16 + نصرالله 12, جار الله 6, عطا الله 7, عبد الله 86 + عبدالله 511
THEOPHORIC = True
# the first words of such names (English spellings -> the Arabic word), from general knowledge of Arabic names
_THEO_FIRST = {
    "فضل": "fazl fadl fadhl fazal", "نصر": "nasr nasar", "سيف": "saif sayf seif", "جار": "jar",
    "خير": "khair khayr kheir khyr", "عطا": "ata atta", "هبه": "hibat hebat", "فتح": "fath", "رحمه": "rahmat",
    "نور": "nur noor", "اسد": "asad", "حبيب": "habib", "امان": "aman", "عنايه": "inayat enayat", "ذبيح": "zabih",
    "ثناء": "sana", "عبيد": "obaid ubaid ubayd obeid", "خليل": "khalil", "حزب": "hizb hezb", "عبد": "abd",
    "روح": "ruh rouh", "ولي": "wali", "كرم": "karam", "ضيف": "daif dhaif", "عوض": "awad awadh", "حمد": "hamd",
    "خلف": "khalaf", "جاب": "jab", "رزق": "rizq rizk", "نعمه": "nemat nimat", "هدايه": "hidayat hedayat",
    "حكيم": "hakim", "سعد": "saad sad", "شكر": "shukr shokr", "عز": "izz ezz",
}
_THEO = {en: ar for ar, ens in _THEO_FIRST.items() for en in ens.split()}
_THEO_ALT = "|".join(sorted(_THEO, key=len, reverse=True))
_THEO_RE = re.compile(rf"({_THEO_ALT})(?:[uaoe]|ou)?l?lah")
# switch for A/B measurement (tests patch it): a compound name of a first word + al-Din, which English writes as one
# word ("Salaheddine", "Noureddine", "Izzuddin", "Badreddine"), is written by the news as the two words (صلاح الدين):
# read letter by letter it was lost or found as another word (نورد, بدرزن). Unseen slice articles: صلاح الدين 19,
# عز الدين 5, بدر الدين 4, نور الدين 3, سيف الدين 3, جمال الدين 1, نصر الدين 1
DIN_NAMES = True
_DIN_FIRST = {
    "صلاح": "salah sala salaha", "نور": "nour nur nor nour", "عز": "izz ezz iz ez izz", "بدر": "badr bader",
    "جمال": "jamal gamal", "كمال": "kamal kamal", "سيف": "saif seif sayf saif", "نصر": "nasr nasser nasir nasr",
    "علاء": "alaa ala", "زين": "zain zein zine zayn", "شمس": "shams", "شهاب": "shihab shehab", "تاج": "taj",
    "فخر": "fakhr fakhar", "شرف": "sharaf", "محيي": "muhyi mohi mohy muhy", "بهاء": "baha bahaa",
    "حسام": "husam hossam",
    "عماد": "imad emad", "خير": "khair khayr kheir", "نجم": "najm nejm", "قطب": "qutb", "ضياء": "diya ziya diaa zia",
    "سعد": "saad saad", "فتح": "fath", "نظام": "nizam", "رضي": "radi radhi", "كريم": "karim",
}
_DIN = {en: ar for ar, ens in _DIN_FIRST.items() for en in ens.split()}
_DIN_RE = re.compile(rf"({'|'.join(sorted(_DIN, key=len, reverse=True))})(?:[eu]d|[aeiou]?d)?-?(?:din|dine|deen|dinn)")
# switch for A/B measurement (tests patch it): عبد + a divine name opening with a sun letter, written as one English
# word in which the article's l takes the next letter and is not written ("Abdeslam", "Abdessalam" عبد السلام,
# "Abderrahmane", "Abdurrahman" عبد الرحمن, "Abdessamad" عبد الصمد): the letter-by-letter reading, which reads the
# glued عبدال... when the l is written ("Abdulrahman", "Abdelaziz"), found nothing. Searched apart and glued. Unseen
# slice articles: عبد السلام 5 + عبدالسلام 6, عبد الرحمن 30 + عبدالرحمن 163, عبد الصمد 1 + 2, عبد الرحيم 2 + 9,
# عبد الرزاق 3 + 7, عبد الناصر 5 + 3, عبد اللطيف 10 + 47, عبد الستار 2 + 1. (A table of all the divine names, those
# with a written l too, lost d4q21 in pass 53: the finder reads those well)
ABD_SUN = True
_ABD_SUN_NAMES = {
    "رحمن": "rahman rahmane", "رحيم": "rahim raheem", "رزاق": "razzaq razzak razak", "رشيد": "rashid",
    "رووف": "rauf raouf",
    "سلام": "salam slam salem", "صمد": "samad", "ستار": "sattar", "سميع": "sami samie", "ناصر": "nasser nasir naser",
    "نور": "nour nur nour", "لطيف": "latif lateef", "تواب": "tawab tawwab", "دايم": "daim dayem",
    "شكور": "shakur shakour",
    "ظاهر": "zaher zahir", "صبور": "sabour sabur",
}
_ABD_SUN = {en: ar for ar, ens in _ABD_SUN_NAMES.items() for en in ens.split()}
_ABD_SUN_RE = re.compile(rf"abd[aeiou]([a-z])?({'|'.join(sorted(_ABD_SUN, key=len, reverse=True))})")


def _compound_name(word: str) -> tuple[str, ...] | None:
    """The Arabic spellings (apart, then glued) of an English one-word compound name of a first word + Allah
    (:data:`THEOPHORIC`: "Fazlullah" فضل الله), of a first word + al-Din (:data:`DIN_NAMES`: "Salaheddine" صلاح
    الدين), or of عبد + a divine name whose article took a sun letter (:data:`ABD_SUN`: "Abdeslam" عبد السلام), or
    None."""
    low = word.lower()
    m = _THEO_RE.fullmatch(low) if THEOPHORIC else None
    if m is not None:
        first = _THEO[m.group(1)]
        return (f"{first} الله", f"{first}الله")
    m = _DIN_RE.fullmatch(low) if DIN_NAMES else None
    if m is not None:
        first = _DIN[m.group(1)]
        return (f"{first} الدين", f"{first}الدين")
    m = _ABD_SUN_RE.fullmatch(low) if ABD_SUN else None
    if m is not None and (m.group(1) is None or m.group(1) == m.group(2)[0]):
        name = _ABD_SUN[m.group(2)]
        return (f"عبد ال{name}", f"عبدال{name}")
    return None


# switch for A/B measurement (tests patch it): a common Arabic word after "al-" in a transliterated place name
# ("Khaybar al-Janub" خيبر الجنوب, "Misr al-Jadida" مصر الجديدة) is searched as that word, not letter by letter
# (al-Janub found جانب beside جنوب). Unseen slice articles: a name + الجنوب/الجنوبي/الجنوبية 148, + الشمال... 129,
# الجديدة 234, الكبرى 151
AL_WORDS = True
_AL_COMMON = {
    "جنوب": "janub janoub", "جنوبي": "janubi janoubi", "جنوبيه": "janubiya janubiyah janubiyya",
    "شمال": "shamal", "شمالي": "shamali", "شماليه": "shamaliya shamaliyah", "شرق": "sharq", "شرقي": "sharqi",
    "شرقيه": "sharqiya sharqiyah sharqiyya", "غرب": "gharb", "غربي": "gharbi", "غربيه": "gharbiya gharbiyah",
    "وسطي": "wusta", "اوسط": "awsat", "جديد": "jadid jedid", "جديده": "jadida jadidah jedida", "كبري": "kubra",
    "صغري": "sughra", "كبير": "kabir kebir", "صغير": "saghir saghir", "قديم": "qadim", "قديمه": "qadima qadimah",
    "عليا": "ulya olya", "سفلي": "sufla", "فوقاني": "fauqani fouqani", "تحتاني": "tahtani",
}
_AL_COMMON_WORDS = {en: (ar,) for ar, ens in _AL_COMMON.items() for en in ens.split()}


# switch for A/B measurement (tests patch it): a name the question writes with its article ("the al-Anad air base")
# whose spelling without the long vowels the finder wrote is an ordinary word of the index (عند, "at"; the finder
# found the rarer عناد for "Anad", the news writes العند) is also named and searched with its article, العند: with
# the article the word is the name (the index's stemmer keeps العند and عند as one term, so the finder cannot tell
# them apart, and the bare word may not name the place: question_mentions keeps the article of such a form)
AL_SHORT = True


def _with_article(term: str, finder: NameFinder) -> str | None:
    """The article form ("ال" + the spelling without its inner long vowels) of a name found as ``term``, when that
    shorter spelling is a common word (the extractor's list); else None."""
    if len(term) < 3 or term.startswith("ال"):
        return None
    short = term[0] + re.sub("[اوي]", "", term[1:-1]) + term[-1]
    # (the index may hold no term of it: a function word such as عند is a stopword of its analysis)
    if short == term or len(short) < 3 or short not in _common_words():
        return None
    return "ال" + short


def _al_words(question: Question) -> set[str]:
    """The lowercased words written after "al-" in an English question."""
    return {m.group(1).lower() for m in re.finditer(r"(?<![A-Za-z])al-([A-Za-z]+)", question.text, re.IGNORECASE)}


GIVEN_NAMES = True  # switch for A/B measurement (tests patch it)
# common Arabic given names by their English spellings -> the Arabic spelling the news writes (normalised; two for an
# English spelling of two names); read
# letter by letter, many were found as common words ("Hassan" حصان, "Omar" امر, "Tariq" طرايق, "Mahdi" محاذ).
# Names of two Arabic readings are searched as both ("Rashid" رشيد|راشد, "Hamid" حميد|حامد, "Majid" ماجد|مجيد,
# "Salim"/"Salem" سليم|سالم: both spellings stand in 9-55 unseen slice articles each). Not here: short ones a word of
# English or Arabic shares ("Ali" على: a family name after it says who is meant, see find_names; "Said")
_GIVEN = {
    "حسن": "hasan", "حسن|حسان": "hassan", "حسين": "hussein hussain husain husein hussien husayn", "احمد": "ahmed ahmad",
    "محمد": "mohammed muhammad mohamed mohammad muhammed", "عمر": "omar umar", "خالد": "khalid khaled",
    "محمود": "mahmoud mahmud", "مصطفي": "mustafa mustapha moustafa", "ابراهيم": "ibrahim",
    "يوسف": "youssef yousef yusuf youssif yousif", "صالح": "saleh salih", "حمزه": "hamza hamzah",
    "جمال": "jamal", "ناصر": "nasser nasir naser", "سالم|سليم": "salem", "سليم|سالم": "salim", "سعيد": "saeed saied",
    "عادل": "adel adil", "وليد": "walid waleed", "طارق": "tariq tarek tareq", "زياد": "ziad ziyad",
    "ماجد|مجيد": "majid", "ماجد": "majed", "فيصل": "faisal faysal", "منصور": "mansour mansur", "ياسر": "yasser yasir yaser",
    "اسامه": "osama usama", "عيسي": "issa", "موسي": "musa mousa moussa", "يونس": "younis yunus younes",
    "سليمان": "suleiman sulaiman sleiman", "اسماعيل": "ismail ismael", "يحيي": "yahya", "عباس": "abbas",
    "جعفر": "jaafar jafar", "كاظم": "kadhim kazem kazim", "حيدر": "haidar haider hayder",
    "قاسم": "qasim qassem qasem kassem", "مهدي": "mahdi", "كريم": "karim kareem", "سمير": "samir sameer",
    "سامي": "sami", "فاضل": "fadel fadhil fadil", "ايمن": "ayman", "بلال": "bilal", "خليل": "khalil",
    "جاسم": "jassim jasim", "عمار": "ammar", "عماد": "imad emad", "عصام": "issam essam", "هشام": "hisham",
    "حازم": "hazem hazim", "هاني": "hani", "غسان": "ghassan", "زيد": "zaid zayd", "نبيل": "nabil",
    "وايل": "wael wail", "بسام": "bassam", "حسام": "hussam hossam", "فاطمه": "fatima fatma",
    "زينب": "zainab zaynab", "مريم": "maryam mariam",
    "رشيد|راشد": "rashid", "راشد": "rashed", "حميد|حامد": "hamid", "حميد": "hameed", "حامد": "hamed",
}
# switch for A/B measurement: common English given names have one spelling (or two) the Arabic news writes, which a
# letter-by-letter reading misses ("George" is جورج, not جيورج or جورجيا, the country; "David" ديفيد or دافيد): each
# stands in 4-72 slice articles (جورج 25، جون 72، جيمس 19، ديفيد 56، مايكل 20، وليام/ويليام 14، توماس 15،
# بيتر 13، روبرت 19، ريتشارد 4، ستيفن 9)
WESTERN_GIVEN = True
_GIVEN_WESTERN = {
    "جورج": "george", "جون": "john", "جيمس": "james", "ديفيد|دافيد": "david", "مايكل": "michael",
    "وليام|ويليام": "william", "توماس": "thomas", "بيتر": "peter", "روبرت": "robert", "ريتشارد": "richard",
    "ستيفن": "stephen steven",
}
# switch for A/B measurement (tests patch it): more common Arabic given names (pass 54), each of which the
# letter-by-letter reading found as another word ("Salah" سالا/سلاحا, not صلاح; "Kamal" كعمال; "Fouad" فوضع;
# "Othman" اتمن; "Mourad" موارد; "Amr" امر) or not at all ("Ayoub"). Unseen slice articles naming each spelling:
# صلاح 50, نوري 38, فوزي 6, فؤاد 24, أشرف 36, عمرو 15, حمد 65, سعود 236, نواف 23, مروان 8, فراس 5, غازي 17,
# طلال 30, كمال 17, بشار 74, وسام 22, أكرم 10, حكمت 20, رعد 8, جواد 21, ياسين 11, إدريس 6, منير 8, خلدون 3, هيثم 4,
# شادي 3, فادي 4, بشير 8, عثمان 47, أيوب 3, أنس 13, بكر 31, زهير 5, غيث 2, لؤي 3, مراد 9, علاء 13, ضياء 6,
# لطفي 3, شكري 20, صبري 6, فتحي 7, حلمي 5. Not here: "Sultan" (the ruler's title, سلطان, as often as the name)
GIVEN_MORE = True
_GIVEN_MORE = {
    "صلاح": "salah", "نوري": "nouri nuri", "فوزي": "fawzi fawzy", "فواد": "fouad fuad", "اشرف": "ashraf",
    "عمرو": "amr amro", "حمد": "hamad", "سعود": "saud", "نواف": "nawaf", "مروان": "marwan", "فراس": "firas feras",
    "غازي": "ghazi", "طلال": "talal", "كمال": "kamal kamel", "بشار": "bashar", "وسام": "wissam wisam wessam",
    "اكرم": "akram", "حكمت": "hikmat hekmat", "رعد": "raad", "جواد": "jawad", "ياسين": "yasin yassin yassine yaseen",
    "ادريس": "idris idriss driss", "منير": "munir mounir", "خلدون": "khaldoun khaldun", "هيثم": "haitham haytham",
    "شادي": "shadi", "فادي": "fadi", "بشير": "bashir bachir", "عثمان": "othman osman uthman othmane",
    "ايوب": "ayoub ayub ayoob", "انس": "anas", "بكر": "bakr", "زهير": "zuhair zouheir zoheir zuheir",
    "غيث": "ghaith ghayth", "لوي": "luay louay loay", "مراد": "mourad murad", "علاء": "alaa", "ضياء": "diaa diya",
    "لطفي": "lutfi lotfi", "شكري": "shukri shoukri", "صبري": "sabri sabry", "فتحي": "fathi fathy fethi",
    "حلمي": "helmi hilmi helmy",
}
# switch for A/B measurement (tests patch it): more common foreign given names of the region's news (pass 54), which the
# letter-by-letter reading found cut or as another word ("Sergei" سيرغ, "Theresa" ترصيع, "Recep" رقيب, "Charles"
# كارلس, "Ahmet" امته, "Jens" جنس) or not at all ("Joseph"). Unseen slice articles: سيرغي 83 + سيرجي 9, تيريزا 38,
# جوزيف 17, تشارلز 7, أنتوني 3, بنيامين 53, رجب 68, يوري 6, ديمتري 21, ألكسندر 23, نيكولاي 5, ينس 11, فرانسوا 9,
# أنجيلا 21 + أنغيلا 8, مولود 8, نيكي 15
WESTERN_MORE = True
_GIVEN_WESTERN_MORE = {
    "سيرغي|سيرجي": "sergei sergey", "تيريزا": "theresa teresa", "جوزيف": "joseph", "تشارلز": "charles",
    "انتوني": "anthony", "بنيامين": "benjamin", "رجب": "recep", "يوري": "yuri yury", "ديمتري|دميتري": "dmitry dmitri",
    "الكسندر": "alexander", "نيكولاي": "nikolai nikolay", "ينس": "jens", "فرانسوا": "francois",
    "انجيلا|انغيلا": "angela",
    "احمد": "ahmet", "مولود": "mevlut", "نيكي": "nikki",
    # French given names (pass 66), whose unsaid letters a letter-by-letter reading writes ("Laurent" لورينت, not
    # لوران; "Pierre" بيرر): unseen slice articles ايمانويل 37, ميشال 17 + ميشيل 11, جان 16, نيكولا 9, فيليب 7,
    # برونو 7, جيرار 5, مانويل 5, بيار 4, دومينيك 4, الان 4, لوران 4, برتران 3, ادوار 2, تييري 2, اوليفييه 2, جاك 1
    "ايمانويل": "emmanuel", "ميشال|ميشيل": "michel", "جان": "jean", "نيكولا": "nicolas", "فيليب": "philippe",
    "برونو": "bruno", "جيرار": "gerard", "مانويل": "manuel", "بيار|بيير": "pierre", "دومينيك": "dominique",
    "الان": "alain", "لوران": "laurent", "برتران": "bertrand", "ادوار": "edouard", "تييري": "thierry",
    "اوليفييه": "olivier", "جاك": "jacques",
}
# (an English spelling two Arabic names share reads as both: "Hassan" is حسن or حسان)
_GIVEN_NAMES = {en: tuple(ar.split("|")) for ar, ens in _GIVEN.items() for en in ens.split()}
_GIVEN_NAMES_MORE = {en: tuple(ar.split("|")) for ar, ens in _GIVEN_MORE.items() for en in ens.split()}
_GIVEN_NAMES_WESTERN_MORE = {en: tuple(ar.split("|")) for ar, ens in _GIVEN_WESTERN_MORE.items() for en in ens.split()}
_GIVEN_NAMES_WESTERN = {en: tuple(ar.split("|")) for ar, ens in _GIVEN_WESTERN.items() for en in ens.split()}


TITLE_WORDS = True  # switch for A/B measurement (tests patch it)
# the nouns that close the title of a body or an event ("the World Health Organization", "the Global ... Summit"):
# the other capitalised words of such a title are common words, capitalised only by the title
_TITLE_NOUNS = frozenset({"summit", "conference", "forum", "commission", "committee", "council", "organization",
                          "organisation", "agency", "foundation", "festival", "initiative", "programme", "program",
                          "fund", "institute", "association", "society", "congress", "assembly", "exhibition", "award",
                          "prize", "games", "championship", "cup", "week", "day", "convention", "expo", "fair"})
_TITLE_RUN = re.compile(r"(?<![A-Za-z'-])[A-Z][a-z]+(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][a-z]+)+")


def _title_words(question: Question) -> set[str]:
    """The lowercased capitalised words of an English question that stand in a title ending in a title noun
    (:data:`_TITLE_NOUNS`: "the Global Entrepreneurship Summit", "the World Mosques Commission"), the noun itself
    apart: words the title capitalises, looked up as names they find a rare spelling the answer need not hold."""
    out: set[str] = set()
    for m in _TITLE_RUN.finditer(question.text):
        words = re.findall(r"[A-Za-z]+", m.group())
        if words[-1].lower() in _TITLE_NOUNS:
            out.update(w.lower() for w in words[:-1] if w[:1].isupper())
    return out


COMMON_SPELLING = True  # switch for A/B measurement: a name is searched by its commonest spelling too
FOUND_SPELLINGS = True  # switch for A/B measurement (read by _searched at call time)


def _searched(name: Entry, finder: NameFinder) -> tuple[str, ...]:
    """The terms a name found by transliteration is searched by: its first spelling (the one writing the name's
    letters best) and, with :data:`COMMON_SPELLING`, the spelling most of the index's articles write when that is
    another ("Knesset": the rare كنيسيت fits the English letters best, the news writes كنيست) -- searching only a
    spelling two articles hold finds nothing about the name."""
    displaced = name.get("displaced") if SLOT_VOWELS else None
    if displaced:
        # (the slot order put its spelling first: it is searched beside the terms the name was searched by before)
        before = dataclasses.replace(name, canonical=displaced, data={**name.data, "displaced": None})
        return tuple(dict.fromkeys((name.canonical, *_searched(before, finder))))
    if not COMMON_SPELLING or not finder.frequency:
        return (name.canonical,)
    # (only another spelling of the same letters, long vowels apart: "Saadi" سعدي is not سعادة, a commoner word)
    # (among the spellings the index holds, with FOUND_SPELLINGS: not a form made by adding an ending, which may be
    # a common word of the index, "Laden" لادين + ا = لدينا)
    pool = (name.get("spellings") if FOUND_SPELLINGS else None) or name.ar
    same = [t for t in pool if _LONG_VOWELS.sub("", t) == _LONG_VOWELS.sub("", name.canonical)]
    common = max(same, key=lambda t: finder.frequency.get(t, 0))
    return tuple(dict.fromkeys((name.canonical, common))) if finder.frequency.get(common, 0) else (name.canonical,)


_LONG_VOWELS = re.compile("[اويى]")

# switch for A/B measurement (tests patch it): a place the world gazetteer knows by two spellings of the same letters
# (long vowels apart) is searched by each the index holds ("Liege": ليج and لييج, as many articles each), not only by
# its first and the commonest of them (the first, on a tie)
KNOWN_SEARCHED = True
MAX_KNOWN_SEARCHED = 2


def _more_searched(name: Entry) -> tuple[str, ...]:
    """The spellings a name is searched by beside those of :func:`_searched`: its article form (:data:`AL_SHORT`) and
    the gazetteer's name the index writes most (:data:`KNOWN_MOST_HELD`)."""
    return tuple(t for t in (*(name.get("with_article") or ()), name.get("most_held")) if t)


def _with_cut_twin(searched: tuple[str, ...], name: Entry, finder: NameFinder) -> tuple[str, ...]:
    """``searched`` with the stem of the name's first spelling that the stemmer cut ين/ان from (:data:`CUT_N_TWIN`):
    the articles writing "كولفين" hold the term كولف, those writing "كولفن" the term كولفن."""
    twin = finder.cut_twins.get(name.name_en, {}).get(name.canonical) if CUT_N_TWIN else None
    return searched if twin is None or twin in searched else (*searched, twin)


def _with_known(searched: tuple[str, ...], name: Entry, finder: NameFinder) -> tuple[str, ...]:
    if not KNOWN_SEARCHED:
        return searched
    # (only another spelling of the searched one's consonants, long vowels apart: a gazetteer name of other letters is
    # often a letter-by-letter reading, "Sarajevo" ساراجيوو beside سراييفو, whose articles a count would be read from
    # without a sentence naming the place asked about)
    bare = _LONG_VOWELS.sub("", name.canonical)
    held = [k for k in name.get("known") or () if k not in searched and finder.frequency.get(k, 0)
            and _LONG_VOWELS.sub("", k) == bare]
    return tuple(dict.fromkeys((*searched, *held[:MAX_KNOWN_SEARCHED])))


# switch for A/B measurement: a name ending in alif and hamza is searched by its spelling without the hamza too, and one
# ending in alif by its spelling with it, when the index holds that twin ("Qarha": قرحاء beside القرحا, "Sanaa": صنعاء
# beside صنعا): news drops a final hamza after alif as often as it writes it, and the stemmer keeps the two apart
HAMZA_TWIN = True


def _hamza_twin(term: str) -> str | None:
    if len(term) < 4:
        return None
    if term.endswith("اء"):
        return term[:-1]
    if term.endswith("ا") and not term.endswith("اا"):
        return term + "ء"
    return None


# switch for A/B measurement: no twin for a common given name, which has its own spelling, nor one that is such a name
# ("علاء" Alaa is not "علا" Ola, a verb too; "العلا" AlUla is not "العلاء" of Abu al-Alaa): the given names the
# extractor reads (agent/offline/data/actors.json given_names) and this module's (:data:`_GIVEN`)
TWIN_NOT_GIVEN = True


@cache
def _given_spellings() -> frozenset[str]:
    return rules.words("actors", "given_names") | {a for ar in _GIVEN for a in ar.split("|")}


def _given(term: str) -> bool:
    return TWIN_NOT_GIVEN and (term.removeprefix("ال") in _given_spellings() or term in _given_spellings())


def _with_hamza_twin(searched: tuple[str, ...], finder: NameFinder) -> tuple[str, ...]:
    """``searched`` with each spelling's hamza twin (:data:`HAMZA_TWIN`) the index holds after it; none for a
    spelling that is, or whose twin is, a common given name (:data:`TWIN_NOT_GIVEN`)."""
    if not HAMZA_TWIN:
        return searched
    out = list(searched)
    for t in searched:
        twin = _hamza_twin(t)
        if twin is not None and twin not in out and finder.frequency.get(twin, 0) and not _given(t) \
                and not _given(twin):
            out.append(twin)
    return tuple(out)


SEARCH_WORDS = True  # switch for A/B measurement (tests patch it)
# the ordinary words of security news that a question asks with and the tables above lack ("kibbutz", "trafficking",
# "launcher", "supervisor"; ``qa_words.json`` ``qa_search_words``): said in Arabic they rank the evidence and leave the
# question's unknown words; left unknown, a capitalised one was looked up as a name ("Human Trafficking" found هيومن,
# "the Sweeping Torrent operation" سوبينغ), which the answer then had to name. Search only: unlike ``qa_words``, a
# sentence answering the question need not share them (:func:`marsad.agent.qa.passages._said_words`)


@cache
def _qa_words() -> dict[str, tuple[str, ...]]:
    return qa_words()


def _search_words() -> dict[str, tuple[str, ...]]:
    from marsad.agent.qa.question_entities import search_words

    return search_words()


COUNTRIES = True  # switch for A/B measurement (tests patch it)
_CAP_RUN = re.compile(r"(?<![A-Za-z'-])[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")


COUNTRY_NAMES = True  # switch for A/B measurement (tests patch it): a state the lexicon lacks keeps all its Arabic names
IRREGULAR_DEMONYMS = True  # switch for A/B measurement (tests patch it)
# a state the world gazetteer names for an English question is named by its Arabic adjective too, as the registry's
# states and an Arabic question's world states are (with_arabic_states): "two Czech nationals" is told "تشيكيين", "a
# Filipino maid" "خادمة فلبينية", an article about the Czech court never writing التشيك
ENGLISH_STATE_NISBA = True
# English adjectives of states (and old state names) that no regular ending leads back to the gazetteer's English
# name ("Burmese" is Myanmar's: read as a name, it was transliterated and matched no article)
_STATE_NAMES = {"burma": "Myanmar", "burmese": "Myanmar", "dutch": "Netherlands", "swiss": "Switzerland",
                "filipino": "Philippines", "thai": "Thailand", "greek": "Greece", "danish": "Denmark",
                "swedish": "Sweden", "polish": "Poland", "irish": "Ireland", "portuguese": "Portugal",
                "finnish": "Finland", "norwegian": "Norway", "czech": "Czechia", "slovak": "Slovakia",
                "cypriot": "Cyprus", "kazakh": "Kazakhstan", "uzbek": "Uzbekistan", "tajik": "Tajikistan",
                "kyrgyz": "Kyrgyzstan", "turkmen": "Turkmenistan", "french": "France", "argentine": "Argentina",
                "icelandic": "Iceland", "azeri": "Azerbaijan", "ivorian": "Ivory Coast", "malagasy": "Madagascar",
                "comoran": "Comoros", "yemenite": "Yemen"}
DEMONYMS = True  # switch for A/B measurement (tests patch it)
# an English adjective of a state ("Korean", "Nigerian", "Pakistani", "Chinese"), with the compass word before it
_DEMONYM = re.compile(r"(?:(?<![A-Za-z'-])(North|South|East|West|Central)\s+)?(?<![A-Za-z'-])([A-Z][a-z]+(?:an|i|ese))(?![A-Za-z])")


def _country_forms(word: str) -> list[str]:
    """The state names an English adjective of a state may come from, by the regular endings: -n (Korea-n,
    Nigeria-n), -ian (Jordan-ian), -an for -o (Mexic-an), -i (Pakistan-i, Yemen-i), -ese (Japan-ese, Chin-ese)."""
    out = []
    if word.endswith("ian"):
        out += [word[:-3], word[:-3] + "e", word[:-3] + "a"]  # Jordan-ian, Palestin-ian, Canad-ian
    if word.endswith("an"):
        out += [word[:-1], word[:-2] + "o", word[:-2]]  # Korea-n, Mexic-an, Mali-an
    if word.endswith("i"):
        out += [word[:-1], word + "a"]
    if word.endswith("ese"):
        out += [word[:-3], word[:-3] + "a", word[:-3] + "on"]  # Japan-ese, Chin-ese, Leban-ese
    return [n for n in out if len(n) >= 4]  # (not a state's two-letter code: "Br-ian")


def _only_code(written: str) -> bool:
    """A three-letter word in title case ("Sen." of a senator, "Mar" of a date): no state's English name has three
    letters, so the gazetteer knows it as an ISO code ("SEN" Senegal, "MAR" Morocco), which is written in capitals."""
    return len(written) == 3 and not written.isupper()


def with_countries(question: Question) -> Question:
    """The question with the states the lexicon does not know but the world gazetteer does ("Ivory Coast",
    "Mexico") among its places, by their Arabic name (ساحل العاج): an uncovered capitalised name (or a run of
    two or three capitalised words starting with one) that is a country's English name. Left uncovered, its
    words were transliterated as names ("Ivory" read as ايفر) that no article writes."""
    if question.language != "en" or not question.uncovered or not COUNTRIES:
        return question
    from marsad.core.gazetteer import get_world_gazetteer

    gaz = get_world_gazetteer()
    have = {e.id for e in question.places}
    places: list[Entry] = []
    resolved: set[str] = set()

    def add(country, written: str) -> None:  # a state once, by its Arabic name, with the English it was asked by
        if country.id not in have:
            have.add(country.id)
            # (with COUNTRY_NAMES, its other Arabic names too: Myanmar is ميانمار or بورما)
            ar = (gaz.country_names(country.country_code) if COUNTRY_NAMES else ()) or (country.ar,)
            if ENGLISH_STATE_NISBA:  # (and its adjective: "Czech nationals" is told "تشيكيين")
                ar = tuple(dict.fromkeys((*ar, *_nisba_forms(ar))))
            places.append(Entry(kind="places", id=country.id, canonical=country.ar, name_en=country.name_en,
                                ar=ar, en=tuple(dict.fromkeys((country.name_en, written))),
                                data={"admin_level": "country"}))

    for m in _CAP_RUN.finditer(question.text):
        words = m.group().split()
        if words[0].lower() not in question.uncovered or not name_like(words[0], m.start()):
            continue
        for n in range(len(words), 0, -1):
            said = " ".join(words[:n])
            code = gaz.country_code(_STATE_NAMES.get(said.lower(), said) if IRREGULAR_DEMONYMS else said)
            country = gaz.country(code) if code else None
            if country is None or not country.ar or _only_code(" ".join(words[:n])):
                continue
            add(country, " ".join(words[:n]))
            resolved.update(w.lower() for w in words[:n])
            break
    if DEMONYMS:
        for m in _DEMONYM.finditer(question.text):
            word = m.group(2)
            if word.lower() not in question.uncovered or word.lower() in resolved or not name_like(word, m.start(2)):
                continue
            # "North Korean" is North Korea; "Korean" alone only names a state of that very name
            names = [f"{m.group(1)} {n}" for n in _country_forms(word) if m.group(1)] + _country_forms(word)
            code = next((c for c in map(gaz.country_code, names) if c), None)
            country = gaz.country(code) if code else None
            if country is None or not country.ar:
                continue
            add(country, word)
            resolved.add(word.lower())
    if not places and not resolved:
        return question
    return dataclasses.replace(
        question,
        places=question.places + tuple(places),
        uncovered=tuple(w for w in question.uncovered if w not in resolved),
        expansion=question.expansion + tuple(t for e in places for t in content_terms(e.canonical)),
    )


ORDINALS = True  # switch for A/B measurement (tests patch it)
# English ordinal numbers past those the question table says (first, second, third), with their Arabic: a unit's
# or an anniversary's number ("the Fifth Brigade", "the seventh round"), capitalised in a unit's name, is no name
# to transliterate (it was looked up as فيفث)
_ORDINALS = {"fourth": "رابع", "fifth": "خامس", "sixth": "سادس", "seventh": "سابع", "eighth": "ثامن",
             "ninth": "تاسع", "tenth": "عاشر", "eleventh": "حادي عشر", "twelfth": "ثاني عشر"}


def with_words(question: Question) -> Question:
    """The question with the ordinary English words whose Arabic is known (``qa_words.json`` ``qa_words``:
    "expel" -> طرد, "programme" -> برنامج) no longer uncovered, their Arabic stems added to its expansion
    (they rank evidence; unlike names, the evidence need not state them). An English question stops
    counting as unmapped because of the everyday words a user asks with. The states the lexicon lacks are read
    first (:func:`with_countries`)."""
    question = with_countries(question)
    question = with_arabic_states(question)
    question = _country_by_places(question)
    if question.language != "en" or not question.uncovered:
        return question
    table = {**more_news_words(), **_qa_words()}
    if SEARCH_WORDS:
        table = {**_search_words(), **table}
    if ORDINALS:
        table = {**{w: (ar,) for w, ar in _ORDINALS.items()}, **table}
    said = {w: table.get(w) for w in dict.fromkeys(question.uncovered)}
    known = [w for w, ar in said.items() if ar]
    if not known:
        return question
    stems = tuple(t for w in known for t in content_terms(" ".join(said[w])) if t not in question.expansion)
    return dataclasses.replace(
        question,
        uncovered=tuple(w for w in question.uncovered if w not in known),
        expansion=question.expansion + tuple(dict.fromkeys(stems)),
    )


def _country_by_places(question: Question) -> Question:
    """An English question whose only place is one country ("the blast at a market in Somalia"): the
    country is named by an article that tells of one of its cities and never writes the country's name
    ("north of Mogadishu"). Its entry is marked ``by_places``, which
    :func:`marsad.agent.qa.question_mentions.mentions` reads. With a finer place beside it, the country only
    sets that place's scene, and a text naming another of its cities is not about the question."""
    from marsad.agent.qa import question_mentions

    if question.language != "en" or not question_mentions.COUNTRY_BY_PLACES or len(question.places) != 1:
        return question
    place = question.places[0]
    if place.get("admin_level") != "country" or place.get("by_places"):
        return question
    marked = dataclasses.replace(place, data={**place.data, "by_places": True})
    return dataclasses.replace(question, places=(marked,))


ARABIC_STATES = True  # switch for A/B measurement (tests patch it)
# An Arabic question naming a state the registry lacks ("الفلبين"، "كندا"، "جيبوتي"): the world gazetteer knows it by
# its Arabic name, as :func:`with_countries` reads an English one; and by its adjective (nisba: "العمالة الفلبينية"،
# "سائحة فنلندية"، "الطلاب الكنديون"), the way the question parser reads the registry's states' adjectives: after a place
# noun, or in a question naming no place at all (elsewhere an adjective says whose forces or people, not where).
# Unseen QA questions (all readable sets, pass 57): 17 Arabic ones name such a state, 6 by its adjective.
# An adjective is no state when it is a family name: after a given name, أبو/أم/بن ("أحمد الكندي"، "أبو علي
# السوداني"; compose._nisba_named, the answer composer's guard), or an everyday adjective (qa_names.json everyday_nisba).
_NISBA_ENDS = ("يين", "يون", "يات", "يه", "ي")
ARABIC_STATE_NAMES = True  # switch for A/B measurement (tests patch it)
_NAME_LINKS = frozenset({"ابو", "ام", "بن", "ابن", "بنت"})


def _adjective_named(prev: str, word: str, after: str) -> bool:
    """(:data:`ARABIC_STATES`) The adjective ``word`` between ``prev`` and ``after`` is a family name or an everyday
    adjective, not a state: the composer's guard (:func:`compose._nisba_named`) and its lists (:data:`ARABIC_STATE_NAMES`)."""
    if not ARABIC_STATE_NAMES:
        return False
    from marsad.agent.qa import rules as qa_rules
    from marsad.agent.qa.compose import _nisba_named

    if _nisba_named(prev, word, after) or prev in _NAME_LINKS:
        return True
    everyday = qa_rules.words("qa_names", "everyday_nisba")
    return any(x in everyday for x in (word, *(form for _, form in clitic_variants(word, min_rest=3))))


def _state_readings(word: str) -> list[tuple[str, bool]]:
    """The state names a normalised Arabic word may be (clitics in front off), each with whether it was read from an
    adjective: "بالكاميرون" الكاميرون; "الفلبينيه" الفلبين (and فلبين, فلبينا: the name with or without its article
    or final alif, "كندي" كندا)."""
    out: list[tuple[str, bool]] = []
    for _, bare in (("", word), *clitic_variants(word, min_rest=3)):
        out.append((bare, False))
        for end in _NISBA_ENDS:
            if bare.endswith(end) and len(bare) - len(end) >= 3:
                stem = bare[:-len(end)]
                out += [(x, True) for x in (stem, stem + "ا", stem + "يا")]
                # (the adjective takes the article the name may lack: الكندي كندا, السوداني السودان)
                other = stem[2:] if stem.startswith("ال") else "ال" + stem
                out += [(x, True) for x in (other, other + "ا", other + "يا")]
                break
    return out


def _nisba_forms(names: Iterable[str]) -> tuple[str, ...]:
    """A state's adjective forms from its one-word Arabic names: كندا -> الكندي، الكنديه، الكنديين، الكنديون، الكنديات."""
    out: list[str] = []
    for name in names:
        n = normalize(name)
        if " " in n:
            continue
        stem = n.removeprefix("ال")
        # (بلغاريا البلغاري، كندا الكندي، جيبوتي الجيبوتي)
        stem = stem[:-2] if stem.endswith("يا") and len(stem) > 4 else stem[:-1] if stem.endswith(("ا", "ي")) and \
            len(stem) > 3 else stem
        out += ["ال" + stem + end for end in ("ي", "يه", "يين", "يون", "يات")]
    return tuple(dict.fromkeys(out))


@cache
def _registry_states() -> frozenset[str]:
    from marsad.core.gazetteer import registry_country
    from marsad.core.lexicon import get_lexicon

    return frozenset(filter(None, (registry_country(e) for e in get_lexicon().entries
                                   if e.kind == "places" and e.get("admin_level") == "country")))


def with_arabic_states(question: Question) -> Question:
    """An Arabic question with the states the registry lacks among its places, read from the world gazetteer
    (:data:`ARABIC_STATES`): by a name (always) or an adjective (after a place noun, or with no place named)."""
    if question.language != "ar" or not ARABIC_STATES:
        return question
    from marsad.agent.qa.question_parse import _PLACE_NOUNS
    from marsad.core.gazetteer import get_world_gazetteer, registry_country

    gaz = get_world_gazetteer()
    # (the registry's states are the question parser's: it reads their names and adjectives by its own rules)
    have = {registry_country(e) for e in question.places if e.get("admin_level") == "country"} | _registry_states()
    common = _common_words()
    words = re.findall(r"\w+", normalize(question.text))
    added: list[Entry] = []
    for i, word in enumerate(words):
        if word in common:
            continue
        for name, adjective in _state_readings(word):
            if name in common:
                continue
            code = next((p.country_code for p in gaz.lookup(name) if p.admin_level == "country"), None)
            if code is None or code in have:
                continue
            if adjective and question.places and not any(w in _PLACE_NOUNS for w in words[max(0, i - 2):i]):
                continue
            if adjective and _adjective_named(words[i - 1] if i else "", word,
                                              words[i + 1] if i + 1 < len(words) else ""):
                continue
            country = gaz.country(code)
            if country is None or not country.ar:
                continue
            have.add(code)
            names = gaz.country_names(code) or (country.ar,)
            added.append(Entry(kind="places", id=country.id, canonical=country.ar, name_en=country.name_en,
                               ar=tuple(dict.fromkeys((*names, *_nisba_forms(names)))),
                               en=(country.name_en,), data={"admin_level": "country"}))
            break
    if not added:
        return question
    return dataclasses.replace(question, places=question.places + tuple(added))
