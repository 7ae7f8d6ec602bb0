"""Casualty counts: the words the readers share and what a person noun counts.

The casualty words read for a count (killed, injured, either), the counted nouns, the attackers' and militants'
words, and the tests of one noun: one person ("جندي"، "مزارعا"), a form that can only be the dual ("مشجعان"،
"مدنيين اثنين"), a person noun that is its own count, militants counted ("20 إرهابياً"), a vague rest ("وعدد من
مرافقيه"); and the tokens of a sentence where no count is read (dates, clause openings).
"""

from __future__ import annotations

from marsad.agent.numbers import Quantity, is_single_person, read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.vocab import KILLED

VICTIM_NOUNS = rules.words("casualties", "victim_nouns")

_ONE_VICTIM = rules.words("casualties", "one_victim")

_SINGLE_PERSONS = rules.words("casualties", "single_persons")
"""Singular indefinite person nouns beside those numbers.py reads as one ("قتل شاب"، "استشهاد فتى")."""
_NISBA_PERSONS = rules.words("casualties", "nisba_persons")
"""A people's nisba in the singular right after a kill or wound word is one person ("قتل فلسطيني برصاص ..."،
"مقتل عراقي بانفجار عبوة"); as an adjective after a noun ("جندي عراقي") it is read with that noun."""

INJURED = rules.words("casualties", "injured")

_TERRORIST_NOUNS = rules.words("casualties", "terrorist_nouns")

_NOT_CASUALTY_UNITS = rules.words("casualties", "not_casualty_units")

_MILITANT_WORDS = rules.words("casualties", "militant_words")

COUNTED_NOUNS = rules.words("casualties", "counted_nouns")

_EXECUTED = rules.words("casualties", "execution_words")
"""Executions are killings ("أعدم التنظيم 19 شخصا"، "إعدام 5 مدنيين"): read as death words, unless a sentence
or a threat governs them (:func:`_execution_not_done`)."""

_KILLED_READ = KILLED | rules.words("casualties", "killed_extra") | _EXECUTED
"""Casualty words read for a count beside the frame triggers: dual and feminine verbs ("شخصين قتلا"), executions."""
_HIT_VERBS = rules.words("casualties", "hit_verbs")
"""Active "hit" verbs: an injured count only when people follow ("وأصاب 55"، "أصابوا أربعة آخرين"), never "21 ضربة أصابت"."""

_ONE_OF_THEM = rules.words("casualties", "one_of_them")
_INJURED_READ = INJURED | rules.words("casualties", "injured_extra") | _HIT_VERBS
"""Injury words read for a count: feminine and dual verbs, counted nouns ("أصيبت امرأة"، "35 جريحا")."""
_ANY_READ = _KILLED_READ | _INJURED_READ

_DUAL_EXTRA = rules.words("casualties", "dual_persons_extra")
_NOT_DUALS = rules.words("casualties", "not_duals")
"""Words in -ان that are no dual of a person noun: names and groups ("طالبان"، "عثمان"، "الشيخان")."""
_TWO_WORDS = rules.words("casualties", "two_words")

_OTHERS_WORDS = rules.words("casualties", "others_words")
_NAME_STOPS = rules.words("casualties", "name_stops")
"""Words that end a victim's name or title: prepositions and particles ("في"، "من"، "بعد")."""
_NAME_REACH = 3

_GIVEN_NAMES = rules.words("actors", "given_names")

_SINGLE_COUNTED = rules.words("casualties", "single_counted")
"""A counted noun in the singular with no number: one person ("أوقع قتيلا وخمسة جرحى")."""
_SHOT_DEAD = rules.words("casualties", "shot_dead_verbs")
""""أرداه قتيلا": a pronoun's one death (often the attacker's), not a stated toll."""
_ATTACKERS = rules.words("casualties", "attacker_words")
"""The attackers themselves: a toll "mostly of the suicide bombers" mixes them with victims (no count)."""


FEMININE_PERSONS = True
"""Module switch (A/B measurement): the feminine of a person noun ("ناشطة"، "مصورة"، "ممرضة"، "طبيبة") is one person
as the masculine is; not a word the feminine ending makes a thing or a verb's object ("مدرسة" school, "طالبه")."""
_NOT_FEMININE_PERSONS = rules.words("casualties", "not_feminine_persons")


TRADE_PERSONS = True
"""Module switch (A/B measurement): a person named by a trade or a standing ("صياد"، "راع"، "تاجر"، "لاجئ"،
"مسؤول") is one person as "مزارع" is: "قتل صياد برصاص الزوارق" tells one death (their feminines: FEMININE_PERSONS).
(Not "قيادي": a leader is told killed with his escorts, "قتل قيادي ... مع عدد من مرافقيه", whose count is left out.)"""
_TRADE_PERSONS = rules.words("casualties", "trade_persons")


def _one_person(w: str) -> bool:
    """A singular indefinite person noun, also in the accusative ("جندي"، "مزارعا") or the feminine ("ناشطة")."""
    if any(is_single_person(v) or v in _SINGLE_PERSONS or v in _NISBA_PERSONS or (TRADE_PERSONS and v in _TRADE_PERSONS)
           for v in (w, w[:-1] if w.endswith("ا") and len(w) > 3 else w)):
        return True
    stem = w[:-1]
    return FEMININE_PERSONS and w.endswith("ه") and len(w) > 4 and w not in _NOT_FEMININE_PERSONS \
        and not stem.endswith("ي") and (is_single_person(stem) or stem in _SINGLE_PERSONS)


def _nisba_dual(w: str) -> bool:
    """A nisba noun in the nominative dual ("فلسطينيان"، "عراقيان"): two people (the plural is in -يون)."""
    return len(w) >= 7 and w.endswith("يان") and not w.startswith("ال") and w.isalpha()


def _dual_noun(w: str) -> bool:
    """A person noun in a form that can only be the dual: two people.

    Beside the listed duals ("رجلين"، "شابان") and the nisba in -يان: the nominative dual in -ان of a
    person noun or of a participle in م- ("صحفيان"، "مشجعان"، "متظاهران": the plural would be in -ون),
    and the feminine dual in -تان/-تين of a person noun ("مسعفتين"، "فلسطينيتان": the plural would be
    in -ات). The genitive masculine in -ين ("مشجعين"، "مدنيين") is also the sound plural and is no
    dual by itself (see :func:`_dual_by_number`). Militants and attackers are not read ("مسلحان").
    """
    if w in _DUAL_EXTRA or _nisba_dual(w):
        return True
    q = read_quantity([w], 0)
    if q is not None and q.value == 2 and q.end == 1 and w.endswith(("ان", "ين")) and not w.startswith("اثن"):
        return True  # the duals numbers.py lists ("جنديين"، "شرطيان")
    if not w.isalpha() or w.startswith("ال") or w in _NOT_DUALS or len(w) < 5:
        return False
    if w.endswith(("تان", "تين")):
        stem = w[:-3]
        return _one_person(stem + "ه") or stem in _NISBA_PERSONS or _one_person(stem)
    if not w.endswith("ان"):
        return False
    stem = w[:-2]
    if {stem, "ال" + stem, stem + "ا", stem + "ين", stem + "ي"} & (_TERRORIST_NOUNS | _ATTACKERS):
        return False
    return _one_person(stem) or stem.startswith("م") and len(stem) >= 4


def _dual_by_number(words: list[str], x: int) -> bool:
    """A noun followed by the number two ("مشجعين اثنين"، "مدنيين اثنين"، "شرطيتين اثنتين"): two people."""
    return x + 1 < len(words) and words[x + 1] in _TWO_WORDS and words[x].isalpha() and len(words[x]) > 3 \
        and read_quantity(words, x) is None


def _vague_rest(words: list[str], q: Quantity) -> bool:
    """True when a vague quantity ending in "من" counts others told with a victim: "وعدد من مرافقيه"، "وعشرات من
    عناصره" (guidelines D-20: a named casualty plus a vague number leaves the count out)."""
    return q.value is None and q.end > q.start and words[q.end - 1] == "من"


def _and_cut(words: list[str], x: int) -> list[str]:
    """``words`` with the conjunction و cut from the word at ``x`` ("و6" -> "6", "وثلاثة" -> "ثلاثة"): a count joined
    by و is read where it stands (:func:`marsad.agent.numbers.read_quantity` reads the bare word)."""
    return words[:x] + [words[x][1:]] + words[x + 1:]


def _person_count(w: str) -> bool:
    """A person noun that is its own count: one ("جندي") or two ("شرطيان")."""
    if not _digit_free(w):
        return False
    if _one_person(w) or _dual_noun(w):
        return True
    q = read_quantity([w], 0)
    return q is not None and q.value == 2 and q.end == 1 and w.endswith(("ان", "ين"))  # "شرطيان"، "جنديين"


def _digit_free(w: str) -> bool:
    return not any(c.isdigit() for c in w)


def _terrorists_counted(words: list[str], at: int) -> bool:
    """True when the counted people are militants: "20 إرهابياً"، "9 من عناصر داعش"، "12 عنصرا من التنظيم"."""
    nxt = words[at:at + 4]
    if nxt and nxt[0] in _TERRORIST_NOUNS:
        return True
    return bool(len(nxt) >= 2 and nxt[0] in {"من", "عنصرا", "عناصر"} and any(
        w in _MILITANT_WORDS and not nxt[y].endswith("مكافحه") for y, w in enumerate(nxt[1:])))  # not "قوة مكافحة الإرهاب"


def _dated_and_breaks(ctx: DocContext, si: int) -> tuple[set[int], set[int]]:
    """The tokens of sentence ``si`` inside a date, and those that open a clause: where a count is not read."""
    return ({t for d in ctx.dates[si] for t in range(d.i, d.j)},
            {t for t, tok in enumerate(ctx.sentences[si].tokens) if tok.clause_start})


TITLE_VICTIM = True
"""Module switch (pass 62, recall62, its tests): one person told by an office or a kinship right after a kill or wound
word, with a weapon or a doer told in its frame ("قتل مدير الناحية برصاص مسلحين"، "أسفر الهجوم عن مقتل مدير الناحية"،
"قتل مسلحون مختار القرية"، "أصيب المحافظ برصاصة"; for a relative, told after it: "مقتل شقيقه على يد مسلحين"), is
one victim, as a person noun ("قتل شرطي") or a rank ("قتل الشيخ") is; before, the killing had no count and, told with no attack word of its own, made no record at all. With no weapon
or doer told ("مقتل الرئيس" named in passing, "قتل زوجها في المعارك" in a widow's story, "إصابة قائد الفريق" in a
match report) nothing is read, as before. A title followed by militants' words ("مقتل أمير التنظيم بغارة") is the
militants' count, as "قيادي في التنظيم" is."""
_VICTIM_TITLES = rules.words("casualties", "victim_title_heads")
_VICTIM_KIN = rules.words("casualties", "victim_kin_heads") | rules.words("casualties", "kin_nouns")
_VICTIM_MEANS = rules.words("casualties", "victim_means")
_TITLE_MILITANT_REACH = 4
_KILL_VERBS = rules.words("casualties", "active_kill_verbs")


def title_victim(words: list[str], x: int, hi: int, doer: str = "", lo: int | None = None) -> str | None:
    """What one victim told at ``x`` by an office or a kinship is (:data:`TITLE_VICTIM`): "title", or "militant" (a
    title of militants: "أمير التنظيم"); None when the word is neither, or no weapon or doer is told in the frame
    (``lo`` to ``hi`` for an office: "أسفر الهجوم عن مقتل مدير الناحية"; after ``x`` for a relative, or when ``lo`` is
    not given) nor is ``doer`` (an active kill verb's subject: "قتل مسلحون مختار القرية") one."""
    if not TITLE_VICTIM or x >= len(words):
        return None
    w = words[x]
    v = w[2:] if w.startswith("ال") and len(w) > 4 else w
    title = v in _VICTIM_TITLES
    if not (title or w in _VICTIM_KIN):
        return None
    named = [y for y in range(max(0, x - 4), x) if words[y] in _GIVEN_NAMES]
    if named and (not title or any(bare_in(words[y], _KILL_VERBS) for y in range(max(0, named[0] - 1), x))) \
            or doer and any(b in _GIVEN_NAMES for b in bare(doer)):
        return None  # "إن أحمد قتل شقيقه"، "قتل سامي الخطيب مختار القرية بالرصاص": a person named as the doer (a
        # title: the name beside the kill verb, "أعلن أحمد مقتل المحافظ" names the teller); read as before (no count)
    first = x + 1 if lo is None or not title else lo  # (a relative: only what is told after it, "اتهم بالأمر باغتيال
    # خصمه وسجن شقيقه": the weapon word before tells another deed)
    if not (bare_in(doer, _VICTIM_MEANS) or any(bare_in(words[t], _VICTIM_MEANS) for t in range(first, hi) if t != x)):
        return None
    for t in words[x + 1:min(len(words), x + 1 + _TITLE_MILITANT_REACH)]:
        if t == "علي" or bare_in(t, _VICTIM_MEANS):
            break  # "برصاص مسلحين"، "على أيدي مسلحين": the doer told after the title, not its men
        if any(b in _MILITANT_WORDS or b in _TERRORIST_NOUNS for b in bare(t)):
            return "militant"
    return "title"
