"""Joint rooms: states told by their people's adjective ("الأردنية"، "الروسي"، "وأتراكا").

The states a room's own phrase names by two or more adjectives (:func:`_phrase_states`), and the adjective tests the
agreements rules use too (:func:`state_adjective`, :func:`state_adjective_pair`, exported by ``rooms``).
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.agent.offline import rules
from marsad.agent.offline.actors import nisba_country, state_of
from marsad.agent.offline.context import bare
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry


def _phrase_states(words: list[str], i: int, j: int, b: int) -> list[_StateMention]:
    """The states a room's own phrase names by their adjectives, two or more ("غرفة العمليات الروسية السورية"،
    "غرفة عمليات مشتركة عراقية سورية روسية إيرانية"، "مركز التنسيق المشترك الأردني الأمريكي"): the adjectives in
    the phrase and those that run on right after it, in its clause; [] for fewer than two states."""
    end = j
    while end < min(b, len(words), j + 6) and (_nationals(words, end, end + 1) or words[end] in {"-", "–", "ـ"}):
        end += 1
    found = _nationals(words, i + 1, end)
    return found if len(found) >= 2 else []


_NISBA_STATES = {normalize(k): v for k, v in rules.table("rooms", "nisba_states").items()}
"""Stems of peoples' adjectives, and broken plurals, with their state ("أمريك" -> US, "أتراك" -> TR)."""


NISBA_FALLBACK = True
"""Switch: :func:`_nationals` reads a definite adjective the table lacks with ``nisba_country`` ("الصيني"،
"الفلسطينية"), and a Korea told with its direction ("الكوري الجنوبي")."""
_WITH_DIRECTION = {tuple(normalize(k).split()): v for k, v in rules.table("rooms", "nisba_with_direction").items()}
"""Stems whose state the next word tells ("الكوري الجنوبي" -> KR, "الكورية الشمالية" -> KP)."""
_DIRECTED_STEMS = frozenset(stem for stem, _ in _WITH_DIRECTION)
_NOT_STATE = frozenset(normalize(w) for w in rules.words("rooms", "not_state_adjectives"))
"""Adjectives of a state that are more often a common adjective ("المالية": financial, not Malian)."""


def _fallback_code(words: list[str], x: int, w: str, stem: str) -> str | None:
    """The state of a definite adjective ``w`` (token x) the table lacks, or None."""
    if not NISBA_FALLBACK or w.endswith("ا"):
        return None  # "إسبانيا"، "كوريا": the country's name, not its people's adjective
    if not w.startswith("ال"):
        if not stem.endswith(("يه", "ي")) or len(stem) < 4:
            return None
        w = "ال" + stem  # "صينية": read as "الصينية"
    for f in ("يه", "ي"):
        if stem.endswith(f) and stem[:-len(f)] in _DIRECTED_STEMS:
            return _WITH_DIRECTION.get((stem[:-len(f)], words[x + 1])) if x + 1 < len(words) else None
    return None if w in _NOT_STATE else nisba_country(w)


def _nationals(words: list[str], lo: int, hi: int) -> list[_StateMention]:
    """States told by their people's adjective or plural in words[lo:hi] ("ضباطا أمريكيين وعراقيين"، "الجيشين
    السوري والروسي"، "وأتراكا")."""
    out: list[_StateMention] = []
    for x in range(lo, hi):
        for w in bare(words[x]):
            full = w
            w = w[2:] if w.startswith("ال") else w
            w = w[:-1] if w.endswith("ا") and len(w) > 4 else w  # the accusative "أتراكا"
            code = _NISBA_STATES.get(w) or next((_NISBA_STATES[w[:-len(f)]] for f in ("يين", "يون", "يه", "ي")
                                                 if w.endswith(f) and w[:-len(f)] in _NISBA_STATES), None)
            code = code or _fallback_code(words, x, full, w)
            if code and (e := state_of(code)) is not None and all(st.entry.id != e.id for st in out):
                out.append(_StateMention(x, e))
                break
    return out


def state_adjective(words: list[str], x: int) -> Entry | None:
    """The state token x tells by its people's adjective ("الباكستاني"، "الأمريكية"), or None."""
    found = _nationals(words, x, x + 1)
    return found[0].entry if found else None


def state_adjective_pair(words: list[str], lo: int, hi: int) -> list[tuple[int, Entry]]:
    """Two states told by two adjectives side by side in words[lo:hi] ("التعاون الأمريكي التركي"، "الاتفاق
    الروسي - الإسرائيلي"): (token, state) of each, or [] when there is no such pair."""
    for x in range(lo, min(len(words) - 1, hi)):
        y = x + 2 if words[x + 1] in {"-", "–", "ـ"} else x + 1
        if y >= len(words):
            break
        first, second = _nationals(words, x, x + 1), _nationals(words, y, y + 1)
        if first and second and first[0].entry.id != second[0].entry.id:
            return [(x, first[0].entry), (y, second[0].entry)]
    return []


@dataclass(frozen=True)
class _StateMention:
    """A country named as an acting state, shaped as an actor mention (``i`` and ``entry``)."""

    i: int
    entry: Entry
