"""Casualty counts: how many were killed or injured, as the text states it (ACLED's conservative rule).

A count stands right after a casualty word ("مقتل 13 شرطيا"، "أودت بحياة العشرات"), or right
before a counted noun or a verb ("62 قتيلا"، "13 عنصرا ... قد قتلوا"); a total stands before
"بينهم"; a singular verb about a named martyr or a pronoun ("مقتله") counts one; a vague
quantity keeps its phrase and no number. Militants counted by a security operation ("قتل
20 إرهابياً") make no attack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.agent.numbers import Quantity, is_single_person, read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.context import DocContext, bare
from marsad.agent.offline.vocab import KILLED, REL_PRONOUNS

if TYPE_CHECKING:
    from marsad.agent.offline.frames import Frame

__all__ = ["KILLED", "INJURED", "REL_PRONOUNS", "COUNTED_NOUNS", "VICTIM_NOUNS", "casualties"]


VICTIM_NOUNS = rules.words("casualties", "victim_nouns")

_ASSASSINATED = rules.words("casualties", "assassinated")

_ONE_VICTIM = rules.words("casualties", "one_victim")

_DUAL_VICTIMS = rules.words("casualties", "dual_victims")
_SINGLE_PERSONS = rules.words("casualties", "single_persons")
"""Singular indefinite person nouns beside those numbers.py reads as one ("قتل شاب"، "استشهاد فتى")."""
_COMPANIONS = rules.words("casualties", "companion_nouns")
"""A person's companion named after them ("مدرس وزوجته"): two victims, not one."""
_LIFE = rules.words("casualties", "life")

INJURED = rules.words("casualties", "injured")

_KILL_VERBS_SINGULAR = rules.words("casualties", "kill_verbs_singular")

_TERRORIST_NOUNS = rules.words("casualties", "terrorist_nouns")

_NOT_CASUALTY_UNITS = rules.words("casualties", "not_casualty_units")

_YEAR_CUES = rules.words("casualties", "year_cues")

_FILLERS = rules.words("casualties", "fillers")

_MILITANT_WORDS = rules.words("casualties", "militant_words")

COUNTED_NOUNS = rules.words("casualties", "counted_nouns")


def _quantity_near(words: list[str], k: int, lo: int, hi: int, dated: set[int], breaks: set[int]) -> Quantity | None:
    """A quantity just after a casualty word (or a number + noun just before it: "13 عنصرا ... قتلوا").

    A counted noun ("62 قتيلا"، "3200 جريح") takes the number right before it.
    """
    if any(b in COUNTED_NOUNS for b in bare(words[k])) and k > lo:
        q = read_quantity(words, k - 1)
        if q is not None and q.end == k and (k - 1) not in dated:
            return q
        if k - 2 >= lo:
            q = read_quantity(words, k - 2)
            if q is not None and q.end == k - 1 and words[k - 1] in {"من", "اخرين"}:
                return q
    for x in range(k + 1, min(hi, k + 7)):
        if words[x] in _LIFE or words[x] in _FILLERS:
            continue  # "أودت بحياة 5"، "قتل فيها 3"
        if x in breaks or x in dated or any(b in KILLED | INJURED for b in bare(words[x])):
            break
        q = read_quantity(words, x)
        if q is None:
            if x == k + 1 and (is_single_person(words[x]) or words[x] in _SINGLE_PERSONS):
                if x + 1 < hi and words[x + 1].startswith("و") and words[x + 1][1:] in _COMPANIONS:
                    return Quantity(2, False, x, x + 2)  # "مقتل مدرس وزوجته"
                return Quantity(1, False, x, x + 1)
            if x == k + 1 and words[x] in {"احد", "احدي"} and x + 1 < hi:
                return Quantity(1, False, x, x + 2)  # "مقتل أحد المنتسبين"
            break
        nxt = words[q.end] if q.end < len(words) else ""
        if q.value is not None and any(b in _NOT_CASUALTY_UNITS for b in bare(nxt)):
            return None
        other = KILLED if any(b in INJURED for b in bare(words[k])) else INJURED
        if any(b in other and b in COUNTED_NOUNS for b in bare(nxt)):
            return None  # "62 قتيلا ونحو 3200 جريح": 3200 counts the other kind
        if _terrorists_counted(words, q.end):
            return Quantity(q.value, q.vague, -1 - q.start, q.end)  # militants: start < 0 marks it
        return _summed(words, q, hi, other)
    best = None
    for x in range(k - 1, max(lo - 1, k - 10), -1):
        if any(b in KILLED | INJURED for b in bare(words[x])) or x in dated or x + 1 in breaks:
            break
        if words[x] in {"بينهم", "منهم", "بينها"}:
            best = None  # "57 مدنيا بينهم 12 طفلا وست نساء قتلوا": the total stands before "بينهم"
            continue
        q = read_quantity(words, x)
        if q is not None and x > 0 and any(b in _YEAR_CUES for b in bare(words[x - 1])):
            continue  # "مواليد 1986"، "عام 2014": a year, not a count of people
        if q is not None and q.value is not None and q.end <= k and best is None:
            nxt = words[q.end] if q.end < len(words) else ""
            if any(b in _NOT_CASUALTY_UNITS for b in bare(nxt)) or _terrorists_counted(words, q.end):
                return None
            if nxt.startswith("ل") and not nxt.startswith("لا"):
                continue  # "2 لنشرها": not a count of people
            best = q
    return best

def _summed(words: list[str], q: Quantity, hi: int, other: frozenset[str]) -> Quantity:
    """Partial counts joined by و with no total stated are summed: "مقتل ثلاثة جنود وخمسة مدنيين" -> 8.

    Each part is a number and its counted noun; a part that counts the other kind ("و20 جريحا"),
    militants, or no people (a unit) ends the sum. A stated total ("10 أشخاص بينهم ...") is the first
    quantity alone, since "بينهم" stands between it and its parts.
    """
    if q.value is None or q.vague:
        return q
    total, end = q.value, q.end
    while end + 1 < hi and words[end + 1].startswith("و"):
        y = end + 1
        if words[y] == "و":
            y += 1  # "و 5 مدنيين": the conjunction written apart from the digits
        bare_part = words[:y] + [words[y][1:] if words[y].startswith("و") else words[y]] + words[y + 1:]
        p = read_quantity(bare_part, y)
        if p is None or p.value is None or p.vague or p.end >= hi or p.end == y + 1 and (
                is_single_person(bare_part[y]) or _digit_free(bare_part[y]) and p.value == 1):
            break  # "وجندي": a noun read as one is no counted part here
        noun = words[p.end]
        forms = bare(noun)
        if any(b in other or b in KILLED or b in INJURED or b in COUNTED_NOUNS or b in _NOT_CASUALTY_UNITS for b in forms) \
                or _terrorists_counted(words, p.end) or not noun.isalpha():
            break
        total, end = total + p.value, p.end + 1
    if end == q.end:
        return q
    return Quantity(total, False, q.start, end)


def _digit_free(w: str) -> bool:
    return not any(c.isdigit() for c in w)


def _terrorists_counted(words: list[str], at: int) -> bool:
    """True when the counted people are militants: "20 إرهابياً"، "9 من عناصر داعش"، "12 عنصرا من التنظيم"."""
    nxt = words[at:at + 4]
    if nxt and nxt[0] in _TERRORIST_NOUNS:
        return True
    return bool(len(nxt) >= 2 and nxt[0] in {"من", "عنصرا", "عناصر"} and any(w in _MILITANT_WORDS for w in nxt[1:]))

def casualties(ctx: DocContext, f: Frame, keywords: frozenset[str]) -> tuple[Quantity | None, str | None, bool]:
    """The killed (or injured) count of a frame.

    Args:
        ctx: the document context.
        f: the event frame.
        keywords: :data:`KILLED` or :data:`INJURED`.

    Returns:
        ``(quantity, phrase as written, militants_only)``; ``militants_only`` means the
        frame only counts militants killed by an operation (no attack).
    """
    s = ctx.sentences[f.si]
    words = s.words
    dated = {t for d in ctx.dates[f.si] for t in range(d.i, d.j)}
    breaks = {t for t, tok in enumerate(s.tokens) if tok.clause_start}
    for k in range(f.lo, f.hi):
        if not any(b in keywords for b in bare(words[k])):
            continue
        if any(b in _DUAL_VICTIMS for b in bare(words[k])):
            return Quantity(2, False, k, k + 1), ctx.quote(*s.token_span(k, k + 1)), False  # "سقوط قتيلين"
        if any(b in _ONE_VICTIM for b in bare(words[k])) or (
                keywords is KILLED and any(b in _ASSASSINATED for b in bare(words[k]))
                and "محاوله" not in words[max(f.lo, k - 2):k]):
            return Quantity(1, False, k, k + 1), ctx.quote(*s.token_span(k, k + 1)), False
        q = _quantity_near(words, k, f.lo, f.hi, dated, breaks)
        if q is not None and q.start < 0:
            if set(f.concepts) <= {"killed"}:
                return None, None, True  # "قتل 20 إرهابياً": a security operation's result, not an attack
            q = Quantity(q.value, q.vague, -1 - q.start, q.end)  # militants killed in an air strike: still its toll
        if q is None:
            if keywords is KILLED and any(b in _KILL_VERBS_SINGULAR for b in bare(words[k])):
                back = words[max(f.lo, k - 15):k]
                if "الشهيد" in back or any(w in REL_PRONOUNS for w in words[max(f.lo, k - 2):k]):
                    return Quantity(1, False, k, k + 1), ctx.quote(*s.token_span(k, k + 1)), False
            continue
        a, b = min(k, q.start), max(k + 1, q.end)
        if q.value is None and b - 1 > a and words[b - 1] == "من":
            b -= 1
        if q.start > k and _combined_toll(words, k):
            # "مقتل وإصابة 7 أشخاص": one figure for both; neither count is stated
            a = k - 1 if keywords is INJURED else k
            return Quantity(None, True, q.start, q.end), ctx.quote(*s.token_span(a, b)), False
        return q, ctx.quote(*s.token_span(a, b)), False
    return None, None, False


def _combined_toll(words: list[str], k: int) -> bool:
    """True for "مقتل وإصابة N" / "قتلى وجرحى": two nouns joined by و share one figure."""
    prev_killed = k > 0 and words[k].startswith("و") and any(b in _TOLL_NOUNS for b in bare(words[k - 1])) \
        and any(b in _TOLL_NOUNS for b in bare(words[k]))
    next_injured = k + 1 < len(words) and words[k + 1].startswith("و") and any(
        b in _TOLL_NOUNS for b in bare(words[k + 1])) and any(b in _TOLL_NOUNS for b in bare(words[k]))
    return prev_killed or next_injured


_TOLL_NOUNS = rules.words("casualties", "toll_nouns")
