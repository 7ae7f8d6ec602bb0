"""Numbers as Arabic news writes them: digits (ASCII or Arabic-Indic), number words in
their gender and case forms, and vague quantities that are not numbers at all.

Everything works on *normalised* tokens (see :func:`marsad.core.arabic.normalize`): hamza
folded, ta marbuta as ه, alef maqsura as ي. A leading conjunction و is accepted on
number words ("وثلاثة"), so "خمسة وعشرين" reads as 25.

ACLED's rule applies downstream: a vague quantity ("العشرات", "عدد من") is not a
number; :func:`read_quantity` reports it as ``vague`` with no value.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.core.arabic import normalize

__all__ = ["Quantity", "read_quantity", "word_value", "is_single_person", "VAGUE_WORDS", "ORDINALS",
           "ORDINAL_OF_COMPOUND"]

_UNITS = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10,
}
ORDINALS = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8, "تاسع": 9,
            "عاشر": 10}
"""Ordinal words one to ten, masculine and normalised ("الخامس"; the feminine adds ه, "الخامسة", but the first's is
"الاولي"): a rank, an age, a day of the month, a unit's number, read by the answerer's readers."""
ORDINAL_OF_COMPOUND = "حادي"
"""The first ordinal inside a compound ("الحادي عشر"، "الحادي والعشرين")."""
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
_HUNDREDS = {
    "مائه": 100, "مئه": 100, "مائتان": 200, "مائتين": 200, "مئتان": 200, "مئتين": 200,
    # the dual before its noun drops its nun ("مئتي شخص", "مائتا جندي")
    "مائتي": 200, "مئتي": 200, "مائتا": 200, "مئتا": 200,
    "ثلاثمائه": 300, "ثلاثمئه": 300, "اربعمائه": 400, "اربعمئه": 400, "خمسمائه": 500, "خمسمئه": 500,
    "ستمائه": 600, "ستمئه": 600, "سبعمائه": 700, "سبعمئه": 700, "ثمانمائه": 800, "ثمانمئه": 800,
    "تسعمائه": 900, "تسعمئه": 900,
}
_THOUSANDS = {"الف": 1000, "الفا": 1000, "الفين": 2000, "الفان": 2000, "الفي": 2000}
_TEEN_TAIL = {"عشر", "عشره"}
_UNITS, _TENS, _HUNDREDS, _THOUSANDS = (
    {normalize(k): v for k, v in d.items()} for d in (_UNITS, _TENS, _HUNDREDS, _THOUSANDS)
)

VAGUE_WORDS = {
    "العشرات", "عشرات", "المئات", "مئات", "الالاف", "الاف", "عده", "بعض", "عدد", "العديد", "عديد",
    "كثير", "الكثير", "كثيرين", "بضعه", "بضع", "جميع", "كل", "مجموعه",
}
"""Quantities that are not numbers: they leave counts null (the phrase is kept)."""

# dual nouns of people: "مقتل جنديين" = 2 (a plural in -ين such as "مدنيين" is not listed)
_DUAL_PERSONS = {
    "جنديين", "جنديان", "شرطيين", "شرطيان", "ضابطين", "ضابطان", "عنصرين", "عنصران", "شخصين", "شخصان",
    "طفلين", "طفلان", "شقيقين", "شقيقان", "راعيين", "مدنيان", "عسكريان", "منتسبان", "مواطنان", "مقاتلان",
    "امرأتان", "امرأتين",
    # the dual of the toll nouns themselves: "سقوط قتيلين" = 2 dead, "وجريحان" = 2 wounded
    "قتيلين", "قتيلان", "جريحين", "جريحان", "شهيدين", "شهيدان",
    # feminine duals: "مقتل طفلتين" = 2
    "طفلتين", "طفلتان", "شرطيتين", "شرطيتان", "مجندتين", "مجندتان", "سيدتين", "سيدتان", "فتاتين", "فتاتان",
    "شقيقتين", "شقيقتان", "مواطنتين", "مواطنتان", "ممرضتين", "ممرضتان", "طالبتين", "طالبتان",
}
# singular indefinite person nouns: "مقتل جندي" = 1
_SINGLE_PERSONS = {
    "جندي", "شرطي", "ضابط", "مدني", "عنصر", "منتسب", "مقاتل", "طفل", "امراه", "شخص", "مواطن", "راعي",
    "مزارع", "طالب", "موظف", "امر", "مختار", "شيخ",
}
_SCALES = {"الاف": 1000, "الف": 1000, "الفا": 1000, "مليون": 1_000_000, "ملايين": 1_000_000, "مليار": 1_000_000_000}
_LOWER_BOUND = {"علي", "فقط", "اكثر", "ازيد", "يزيد", "يقل", "نحو", "حوالي", "قرابه", "زهاء", "اقل", "ما", "لا", "عن", "من", "يقارب"}


VAGUE_WORDS = {normalize(w) for w in VAGUE_WORDS}
_DUAL_PERSONS = {normalize(w) for w in _DUAL_PERSONS}
_SINGLE_PERSONS = {normalize(w) for w in _SINGLE_PERSONS}
_LOWER_BOUND = {normalize(w) for w in _LOWER_BOUND}
_SCALES = {normalize(k): v for k, v in _SCALES.items()}
# scale words that follow number words: "ثلاثه الاف", "خمس مئات", "ثلاثه ملايين"
_RUN_SCALES = {**_SCALES, normalize("مئات"): 100}


def _strip_waw(tok: str) -> str:
    return tok[1:] if tok.startswith("و") and len(tok) > 2 and tok[1:] in _ALL else tok


_ALL = {**_UNITS, **_TENS, **_HUNDREDS, **_THOUSANDS}


def word_value(token: str) -> int | None:
    """The value of one normalised number word (``"ثلاثه"`` -> 3), else None."""
    tok = _strip_waw(token)
    return _ALL.get(tok)


@dataclass(frozen=True)
class Quantity:
    """A quantity read at a token position.

    Attributes:
        value: the number, or None for a vague quantity.
        vague: True for "العشرات", "عدد من" and the like.
        start: index of the first token of the quantity.
        end: index just past its last token.
    """

    value: int | None
    vague: bool
    start: int
    end: int


def _digits(tok: str) -> int | None:
    t = tok.replace(",", "")
    if t.isdigit() and len(t) <= 7:
        return int(t)
    return None


def read_quantity(tokens: list[str], i: int) -> Quantity | None:
    """Read a quantity starting at ``tokens[i]`` (normalised tokens).

    Handles digits ("13"), number words in any gender/case ("ثلاث", "ثلاثة عشر",
    "خمسة وعشرين", "مائتين"), hedges that keep the stated bound ("أكثر من 10",
    "ما لا يقل عن 4", "نحو 20"), dual person nouns ("جنديين" = 2), single person
    nouns ("جندي" = 1) and vague quantities ("العشرات", "عدد من").

    Args:
        tokens: normalised word tokens.
        i: where to start.

    Returns:
        A :class:`Quantity`, or None when no quantity starts there.
    """
    n = len(tokens)
    if i >= n:
        return None
    start = i
    # hedges: skip words such as "اكثر من", "ما لا يقل عن", "نحو"
    j = i
    while j < n and j - i < 4 and tokens[j] in _LOWER_BOUND:
        j += 1
    if j > i and j < n and (_digits(tokens[j]) is not None or word_value(tokens[j]) is not None):
        i = j
    tok = tokens[i]
    value = _digits(tok)
    if value is not None:
        nxt = tokens[i + 1] if i + 1 < n else ""
        scale = _SCALES.get(nxt[1:] if nxt.startswith("و") and nxt[1:] in _SCALES else nxt)
        if scale and not nxt.startswith("و"):
            return Quantity(value * scale, False, start, i + 2)
        return Quantity(value, False, start, i + 1)
    bare = _strip_waw(tok)
    if bare in VAGUE_WORDS and i == start:
        end = i + 1
        if end < n and tokens[end] == "من":
            end += 1
        return Quantity(None, True, start, end)
    v = word_value(tok)
    if v is None:
        if i == start and tok in _DUAL_PERSONS:
            return Quantity(2, False, start, i + 1)
        return None
    total = 0
    end = i
    # a run of number words: units/teens, "و" + tens, hundreds, thousands
    current = 0
    while end < n:
        t = tokens[end]
        w = word_value(t)
        if w is None:
            # a scale word multiplies the number before it: "ثمانيه الاف" = 8000, "ثلاثه ملايين"
            scale = _RUN_SCALES.get(t)
            if scale and current and end > i:
                total += current * scale
                current = 0
                end += 1
                continue
            break
        base = _strip_waw(t)
        if base in _TEEN_TAIL and current and current < 10 and not t.startswith("و"):
            current += 10
        elif base in _THOUSANDS:
            total += (current or 1) * w if w == 1000 else w
            current = 0
        elif base in _HUNDREDS:
            # a unit written apart from its hundred multiplies it: "ثلاث مئه" = 300, not 103
            current = current * w if w == 100 and 3 <= current <= 9 else current + w
        else:
            current += w
        end += 1
    total += current
    return Quantity(total, False, start, end)


def is_single_person(token: str) -> bool:
    """True for a singular indefinite person noun ("جندي", "شرطي"): one victim."""
    return token in _SINGLE_PERSONS
