"""Where a frame starts and ends: the clause and span marks, asides and consequence reach that :mod:`frames` cuts a
sentence's event frames with, and two small tests of a frame's kind told by the word right after it (a bomb's blast,
a missile blow).

- a strike told of what underwent it ("تعرضت منطقة ... للقصف"): the frame opens at the verb;
- a person's name set off by commas, and how far back a verb of consequence is looked for;
- span marks ("بعد ثلاثة أشهر من"، "غداة") that part an earlier event from the news;
- a comma that opens the first event's own adverbials, and a later event carried by "كما".

The switches of these readers (``DAY_ASIDE``, ``NAME_ASIDE``, ``SPAN_MARK``, ``BOMB_BLAST``, ``MISSILE_BLOW``,
``ADVERB_AFTER_COMMA``, ``CARRIED_CLAUSE``) stay in :mod:`frames`, where :func:`frames.find_frames` reads them;
``FALLEN_TOLL`` is read here. Words in ``data/frames.json``.
"""

from __future__ import annotations

from marsad.agent.numbers import word_value
from marsad.agent.offline import rules
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.frames_readers import _CONTINUATION

_EXPOSED = rules.words("frames", "exposed_verbs")
_EXPOSED_REACH = int(rules.number("frames", "exposed_reach"))
"""A strike told of what underwent it, with "تعرض": "تعرضت منطقة الحميرة للقصف"، "تعرض موكب المحافظ لهجوم": the
frame opens at the verb, so the place or target named between (often a place no gazetteer knows) is read after it."""


def _underwent(words: list[str], i: int, clause_start) -> int | None:
    """The index of a "تعرض" verb within ``exposed_reach`` tokens before the event word at ``i`` (a "ل" before
    it: "للقصف"، "لهجوم") in the same clause, else None."""
    if not words[i].startswith("ل") or i == 0:
        return None
    for x in range(i - 1, max(-1, i - 1 - _EXPOSED_REACH), -1):
        if bare_in(words[x], _EXPOSED):
            return x
        if clause_start(x):
            return None
    return None


def _name_asides(ctx: DocContext, si: int) -> set[int]:
    """The clause starts that open and close a person's name set off by commas in sentence ``si``."""
    toks = ctx.sentences[si].tokens
    return {t for p in ctx.persons if p.sentence == si and toks[p.i].clause_start
            and p.j < len(toks) and toks[p.j].clause_start for t in (p.i, p.j)}


FALLEN_TOLL = True  # module flag, for A/B measurement only
"""Switch: a toll told as what fell ("ما أدى إلى سقوط 7 قتلى"، "أسفر عن وقوع 3 قتلى") is the consequence of the event
before it, though the verb of consequence stands more than 3 words back: the toll joins that event's frame (it opened a
frame of its own, which took the day told between them, and the event lost its day)."""
_FALLEN = rules.words("frames", "fallen_nouns")
_FALLEN_REACH = 6


def _consequence_reach(words: list[str], i: int) -> int:
    """How far back from the toll word at ``i`` a verb of consequence is looked for: 3 words, or up to
    ``_FALLEN_REACH`` when "سقوط"/"وقوع" stands between ("أدى إلى سقوط أكثر من 7 قتلى")."""
    if FALLEN_TOLL and not _FALLEN.isdisjoint(words[max(0, i - _FALLEN_REACH):i]):
        return _FALLEN_REACH
    return 3


_SPAN_HEADS = rules.words("frames", "span_mark_heads")
_SPAN_UNITS = rules.words("frames", "span_mark_units")
_SPAN_FILLERS = rules.words("frames", "span_mark_fillers")
_SPAN_LINKS = rules.words("frames", "span_mark_links")
_DAY_AFTER_MARKS = rules.words("frames", "day_after_marks")


def span_mark(words: list[str], x: int) -> int | None:
    """The end of a span mark opening at ``x`` ("بعد ثلاثة أشهر من"، "بعد 3 أيام على"، "بعد يوم واحد من"، "غداة"), else None."""
    if words[x] in _DAY_AFTER_MARKS:
        return x + 1
    if words[x] not in _SPAN_HEADS:
        return None
    y = x + 1
    if y < len(words) and words[y] in _SPAN_FILLERS:
        y += 1  # "بعد نحو شهرين من"
    if y < len(words) and words[y] not in _SPAN_UNITS and (words[y].isdigit() or word_value(words[y])):
        y += 1  # "بعد 3 أيام"، "بعد ثلاثة أيام"
    if y >= len(words) or words[y] not in _SPAN_UNITS:
        return None
    y += 1
    while y < min(len(words), x + 6) and words[y] in _SPAN_FILLERS:
        y += 1
    return y + 1 if y < len(words) and words[y] in _SPAN_LINKS else None


_COMES_VERBS = rules.words("frames", "comes_after_verbs")


def _anchor_only(words: list[str], i: int, j: int, spans: list[tuple[int, int]]) -> bool:
    """True when the definite event noun at ``i`` is the subject of "يأتي/جاء" right before a span mark ("ويأتي الهجوم
    بعد ثلاثة أشهر من ..."، "وجاء التفجير الانتحاري بعد يومين على ..."): the news told again only as the time the earlier
    event is counted from, with no fact of its own."""
    return i > 0 and words[i - 1] in _COMES_VERBS and words[i].startswith("ال") and any(
        j <= x <= j + 2 for x, _ in spans)


def _span_marks(words: list[str]) -> list[tuple[int, int]]:
    """The span marks of a sentence, as (start, end)."""
    out = []
    for x in range(len(words)):
        end = span_mark(words, x)
        if end is not None:
            out.append((x, end))
    return out


_BLAST_DEVICES = rules.words("frames", "blast_devices")
_NOT_BOMBS = rules.words("frames", "not_bomb_words")


def _bomb_blast(words: list[str], i: int, j: int) -> bool:
    """True when the explosion told at [i, j) is a bomb's: the device right after it, not a grenade, or glued to it."""
    if j < len(words) and bare_in(words[j], _BLAST_DEVICES):
        return not (j + 1 < len(words) and bare_in(words[j + 1], _NOT_BOMBS))
    return j == i + 1 and any(b.endswith(d) and len(b) > len(d) + 3 for b in bare(words[i]) for d in _BLAST_DEVICES
                              if not d.startswith("ال"))


_BLOW_HEADS = frozenset({"ضربه", "ضربات"})
_MISSILE_ADJ = frozenset({"صاروخيه", "صاروخي", "الصاروخيه", "الصاروخي"})
_AIR_ADJ = frozenset({"جويه", "جوي", "الجويه", "الجوي", "بطائره", "بطائرات"})


def _missile_blow(words: list[str], i: int, j: int) -> bool:
    """True when the strike word at [i, j) is "ضربة"/"ضربات" with a missile adjective within three words after it
    and no air word there."""
    if j != i + 1 or not bare_in(words[i], _BLOW_HEADS):
        return False
    after = [b for w in words[j:j + 3] for b in bare(w)]
    return not _MISSILE_ADJ.isdisjoint(after) and _AIR_ADJ.isdisjoint(after)


_ADVERB_OPENERS = frozenset({"في", "قرب", "بالقرب", "داخل", "عند", "لدي", "لدى", "خلال", "امام", "أمام", "بمدينه",
                             "بمدينة"})
"""Prepositions that open a place or time phrase (not a direction word: "، شرق مدينة كذا" may name the next place)."""
_CLAUSE_OPENERS = frozenset({"فيما", "بينما", "وفيما", "وبينما", "كما", "وكما", "حيث", "ثم"})


def _adverbial_comma(s, t: int, end: int) -> bool:
    """True when the comma before token ``t`` opens a place or time phrase ("، في قاعدة كذا") and a later comma before
    ``end`` opens a clause of its own ("، فيما أصدرت"; :data:`frames.ADVERB_AFTER_COMMA`)."""
    if s.words[t] not in _ADVERB_OPENERS or (s.words[t] == "في" and t + 1 < len(s.words) and s.words[t + 1] == "حين"):
        return False
    return any(s.tokens[x].clause_start and s.words[x] in _CLAUSE_OPENERS for x in range(t + 1, end))


_CARRIED_REACH = 4


def _carried_clause(s, lo: int, i: int) -> int | None:
    """The index of "كما" opening the clause of the event word at ``i``, at most ``_CARRIED_REACH`` words before it,
    after ``lo`` and with no clause break between it and the word, else None."""
    for x in range(i - 2, max(lo, i - 1 - _CARRIED_REACH), -1):
        if s.tokens[x + 1].clause_start:
            return None
        if s.words[x] in _CONTINUATION:
            return x
    return None
