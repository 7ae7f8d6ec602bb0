"""Leaders as sides of an agreement when the text no longer names them in full: :func:`short_name_sides` and
:func:`story_officials`.

News names a leader in full once ("رئيس البلاد سلفا كير"، "زعيم المعارضة رياك مشار") and then by his last name only
("اتفاق بين كير ومشار"), which the registry does not hold; and a dual of sides told paragraphs later ("واتفق
الجانبان") still means the two leaders the story opened with. Each leader stands for his state or movement
(:func:`agreements_sides._official_party`).
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.agreements_sides import _official_party, _side
from marsad.agent.offline.context import DocContext, bare
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry

__all__ = ["short_name_sides", "story_officials"]

SHORT_NAMES = True
"""Switch (pass 36): a leader named in full earlier in the text and then by his last name alone near the agreement
word ("التقى الرئيس سلفا كير زعيم المتمردين رياك مشار ... ووقع كير ومشار اتفاقا") is a side: his state or movement."""

STORY_LEADERS = True
"""Switch (pass 36): a dual of sides ("واتفق الجانبان") with no two sides in its own and the two sentences before refers
to the first two leaders of distinct sides the story told together (:func:`story_officials`)."""

_MIN_SHORT = 3
"""Letters a last name must have to be read alone."""


def _officials_before(ctx: DocContext, si: int, before: int):
    """Each official mention of the text before token ``before`` of sentence ``si``, in text order, with its side."""
    for sj in range(si + 1):
        for m in ctx.mentions[sj]:
            if sj == si and m.i >= before:
                continue
            if m.kind != "actors" or m.entry.get("type") != "official":
                continue
            side = _official_party(m.entry)
            if side is not None:
                yield sj, m, side


def _last_name(ctx: DocContext, sj: int, m) -> str | None:
    """The last word of an official's name as written, when the name has two words or more ("سلفا كير" -> "كير")."""
    words = [w for x in ctx.sentences[sj].words[m.i:m.j] for w in x.strip("#").split("_") if w]
    if len(words) < 2:
        return None
    last = normalize(words[-1])
    return last if len(last) >= _MIN_SHORT else None


def short_name_sides(ctx: DocContext, si: int, i: int, j: int) -> list[tuple[int, Entry]]:
    """The sides told by a leader's last name alone in the clause of the agreement mention at ``[i, j)`` (six words
    before it to eight after), each leader named in full before: (token, side), in text order."""
    if not SHORT_NAMES:
        return []
    s = ctx.sentences[si]
    words = s.words
    a, b = s.clause_bounds(i)
    lo, hi = max(a, i - 6), min(b, len(words), j + 8)
    names: dict[str, Entry] = {}
    for sj, m, side in _officials_before(ctx, si, hi):
        if sj == si and lo <= m.i < hi:
            continue  # named in full here: the party readers see him
        last = _last_name(ctx, sj, m)
        if last is not None:
            names[last] = side
    if not names:
        return []
    named_here = {x for m in ctx.mentions[si] for x in range(m.i, m.j)}
    found = {x: side for x in range(lo, hi) if x not in named_here
             for side in [next((names[f] for f in bare(words[x]) if f in names), None)] if side is not None}
    out: list[tuple[int, Entry]] = []
    for x in sorted(found):
        if _as_side(words, found, x, i, j) and all(_side(e) != _side(found[x]) for _, e in out):
            out.append((x, found[x]))
    return out


_ANCHORS = frozenset({"بين", "وبين", "مع"})
"""Right before a last name: it names a side ("بين كير ومشار"، "مع مشار")."""


def _as_side(words: list[str], found: dict[int, Entry], x: int, i: int, j: int) -> bool:
    """Whether the last name at token x is told as a side: after "بين"/"مع", right after the agreement word ("اتفق كير
    ومشار"), in the names joined by "و" right before it ("وقع كير ومشار اتفاقا"), or joined by "و" to such a name; not
    a name in a construct ("نظام الأسد"، "قوات مشار": what the agreement is about)."""
    if x > 0 and words[x - 1] in _ANCHORS or x == j:
        return True
    if x < i:
        return all(y in found and (y == x or words[y].startswith("و")) for y in range(x, i))
    return x - 1 in found and words[x].startswith("و") and _as_side(words, found, x - 1, i, j)


def story_officials(ctx: DocContext, si: int, before: int, n: int = 2) -> list[Entry]:
    """The sides of the first two officials of distinct sides the text tells together before token ``before`` of
    sentence ``si`` ("اجتمع الرئيس سلفا كير مع زعيم المتمردين رياك مشار"، "للرئيس X والدكتور Y"): a few words apart,
    joined by "مع" or "و" or after a word of meeting, not by "إن"/"أن" (who reported on whom); in text order, empty when no such pair."""
    if not STORY_LEADERS or n != 2:
        return []
    told = list(_officials_before(ctx, si, before))
    for (s1, m1, e1), (s2, m2, e2) in zip(told, told[1:], strict=False):
        if s1 != s2 or _side(e1, fine=True) == _side(e2, fine=True) or m2.i - m1.j > _JOINED_GAP:
            continue
        gap = ctx.sentences[s1].words[m1.j:m2.i]
        if not _REPORTED.isdisjoint(gap):
            continue
        words = ctx.sentences[s1].words
        met = any(b in _MEETING for w in words[max(0, m1.i - 5):m1.i] for b in bare(w))  # "التقى الرئيس X نظيره Y"
        if met or any(w == "مع" or (w.startswith("و") and len(w) > 2) for w in gap):
            return [e1, e2]
    return []


_JOINED_GAP = 5
"""Words at most between two leaders told together (their titles: "مع زعيم المتمردين")."""
_MEETING = rules.words("agreements", "meeting_words")
"""Before the first leader: the two met ("التقى"، "اجتمع"، "لقاء")."""
_REPORTED = frozenset({"ان", "إن", "أن", "بان", "بأن"})
