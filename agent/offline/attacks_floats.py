"""Where a mention of an attack with no place, toll or day of its own goes (pass 62): the incident it tells, and
not one another sentence tells.

:func:`attacks_incidents.find_attacks` joins such a "floating" mention to an incident of its family told before it
(or, when none is, to the first one told after it). These rules say when news writing tells that the incident told
there is another one: places named between them, a sentence that turns to another item, other incidents told
between them."""

from __future__ import annotations

from collections.abc import Callable

from marsad.agent.offline import rules
from marsad.agent.offline.attacks_events import _Event
from marsad.agent.offline.context import DocContext, bare_in, word_set
from marsad.agent.offline.locations import place_key
from marsad.agent.offline.merge import opens_with, turns_aside

AHEAD_APART = True
"""Switch (pass 62, A/B measurement and its tests): a floating mention told before every incident of its family
("وأشار إلى أن القوات تتقدم في معركة القاعدة وأن أعدادا كبيرة من المسلحين سقطوا في المواجهات" ... then, sentences
later, "ومدينة كذا التي قصفت منها المليشيات المدينة الأحد وقتل 47") tells the first of them only when nothing else is
told between: no place named in the sentences between but a country or that incident's own place, and the
incident's first sentence does not open by turning to another item ("ومن جانب آخر، قتل 20 مسلحا في جبهة كذا").
Else it tells some other fighting the article does not place, and it joins no incident (before, it joined the first
incident told after it, whatever was told between, and lent it its sentence and, through it, a doer or a place).
Not a mention its sentence's news came some time after ("شن الطيران غاراته بعد خمسة أيام على تفجير انتحاري"): that
is an incident of its own, and the article tells it in detail further on.
A place between does not keep them apart when it is the incident's own province or a town of it ("وقال مسؤول في
محافظة كذا إن قوات أرسلت من مدينة كذا" before the attack in a district of that province), nor when it is where a
source or an official speaking is ("عن مصدر أمني في العاصمة"): neither tells another item. "وفي سياق متصل" (in a
related context) turns to another item only with a further sign: the mention is told after the first sentence of
the body, after other news (the first sentence's mention is the story "in a related context" goes on with more
often than not; review62)."""

QUIET_OPENERS = [tuple(p.split("_")) for p in rules.words("attacks", "quiet_gap_openers")]
"""Openers of another item besides :func:`merge.turns_aside`'s ("من جانب آخر"، "من ناحية أخرى"), read once here for
:func:`ahead_apart` and :data:`attacks_incidents.QUIET_GAP`."""

_RELATED_OPENERS = [tuple(p.split("_")) for p in rules.words("attacks", "related_context_openers")]
""""في سياق متصل": another item only when the mention is told after the body's first sentence (:func:`_after_first`)."""


def _after_first(ctx: DocContext, si: int) -> bool:
    """True when sentence ``si`` comes after the first sentence of the body (title lines aside)."""
    return any(i < si for i in ctx.lead if not ctx.sentences[i].is_title)


_SPEAKERS = word_set(" ".join([*rules.words("roles", "speaker_nouns"), "وكالة", "مراسل"]))
_SPEAKER_REACH = 3
"""A place at most this many words after a source or an official ("مصدر أمني في كذا") is where the source is."""


def _speaker_place(words: list[str], i: int) -> bool:
    """True when the place at token ``i`` follows a source or an official's word within :data:`_SPEAKER_REACH`
    words ("عن مصدر أمني في بغداد"، "وقال مسؤول في محافظة كذا")."""
    return any(bare_in(w, _SPEAKERS) for w in words[max(0, i - _SPEAKER_REACH):i])


def _place_keys(ctx: DocContext, si: int) -> list[tuple[str, str, str | None, str | None]]:
    """(registry id, merge key, level, province) of each place named in sentence ``si`` but where a source is
    (:func:`_speaker_place`)."""
    words = ctx.sentences[si].words
    return [(m.entry.id, place_key(m.entry), m.entry.get("admin_level"), m.entry.get("governorate"))
            for m in ctx.places_in(si, 0, len(words)) if not _speaker_place(words, m.i)]


_AFTER_WORDS = frozenset({"بعد", "وبعد"})
_AFTER_REACH = 4


def _after_frame(words: list[str], ti: int) -> bool:
    """True when the mention is what its sentence's news came some time after ("بعد خمسة أيام على تفجير انتحاري"،
    "بعد ساعات على استهدافها بقذيفة"): an incident of its own that the article goes on to tell, not fighting at
    large."""
    return any(words[k] in _AFTER_WORDS and "علي" in words[k + 1:ti] for k in range(max(0, ti - _AFTER_REACH), ti))


def ahead_apart(ctx: DocContext, c: dict, e: _Event) -> bool:
    """:data:`AHEAD_APART`: True when the floating mention ``e``, told before the first telling of the incident
    ``c``, is kept from it by what is told between them."""
    first = c["first"]
    if not AHEAD_APART or first <= e.si or _after_frame(ctx.sentences[e.si].words, e.ti):
        return False
    words = ctx.sentences[first].words
    if turns_aside(words) or opens_with(words, QUIET_OPENERS) \
            or (_after_first(ctx, e.si) and opens_with(words, _RELATED_OPENERS)):
        return True  # "ومن جانب آخر، قتل ...": the incident is another item than the fighting told before
    own = c["place"].key if c["place"] is not None else None
    umbrella = c["umbrella"].key if c.get("umbrella") is not None else None
    province = c["place"].governorate if c["place"] is not None else None
    return any(level != "country" and own not in (rid, key) and umbrella not in (rid, key)
               and not (province and gov == province)
               for si in range(e.si + 1, first) for rid, key, level, gov in _place_keys(ctx, si))


NAMED_PAST = True
"""Switch (pass 62, A/B measurement and its tests): a floating mention whose attack word is followed by a name told
in the sentences of a past incident and in none of the news incidents' ("وقالت مجلة إن ذلك كان سبب اغتيال فلان
لاحقا" after "وقبله اغتيل النقيب فلان عام كذا") tells that past incident again, even when told as news and sentences
after it (:data:`attacks_incidents.SAME_STANDING` would give it to the news incident told first, and lend it the
recalled killing's doer and place). Only a word of a person's name (:attr:`DocContext.persons`) told there: a
mention whose next word every incident shares ("بإطلاق النار"), or that names the attack's kind ("عملية خطف"), is
not named; nor one whose word a person named in any other sentence of the article carries too (a family name the
news victim shares with a recalled relative: :func:`_named_elsewhere`)."""


def _words(ctx: DocContext, c: dict) -> set[str]:
    """The words of the sentences that tell the incident ``c``."""
    return {w for si in {x.si for x in c["events"]} for w in ctx.sentences[si].words}


def _person_words(ctx: DocContext, c: dict) -> set[str]:
    """The words of the persons named in the sentences that tell the incident ``c``."""
    told = {x.si for x in c["events"]}
    return {w for p in ctx.persons if p.sentence in told for w in p.norm_tokens}


def named_past(ctx: DocContext, match: list[dict], e: _Event, past: Callable[[dict], bool]) -> list[dict]:
    """:data:`NAMED_PAST`: the past incidents of ``match`` whose sentences name a person by the word after the
    mention's attack word, when no sentence of an incident told as news holds that word; else none."""
    words = ctx.sentences[e.si].words
    if not NAMED_PAST or e.ti + 1 >= len(words) or len(words[e.ti + 1]) < 3 or not words[e.ti + 1].isalpha():
        return []
    name = words[e.ti + 1]
    told = [c for c in match if not any(x.si == e.si for x in c["events"]) and name in _person_words(ctx, c)]
    if not told or not all(past(c) for c in told) \
            or any(not past(c) and name in _words(ctx, c) for c in match) or _named_elsewhere(ctx, told, name, e.si):
        return []
    return told


def _named_elsewhere(ctx: DocContext, told: list[dict], name: str, si: int) -> bool:
    """True when a person named outside the past incidents ``told`` (but in the mention's own sentence) carries the
    word ``name`` too: a family name the news victim shares with a recalled one ("وكان شقيقه فلان العبيدي قد اغتيل
    عام كذا" and, in a sentence no incident holds, "القاضي سالم العبيدي"), which names neither alone (review62)."""
    held = {x.si for c in told for x in c["events"]} | {si}
    return any(p.sentence not in held and name in p.norm_tokens for p in ctx.persons)


_YEAR_CUES = frozenset({"في", "وفي", "ففي", "عام", "العام", "وعام", "سنه", "السنه"})
"""Words a year is told after as the time of an event ("ففي 2014 اختطف"، "وفي عام 2015 قتل"); not "منذ" (since),
nor "عام"/"سنة" right after it ("منذ عام 2009": :data:`_SINCE`)."""
_SINCE = frozenset({"منذ", "ومنذ"})


def _told_year(words: list[str], start: int, end: int) -> int | None:
    """The year (1950-2049) told after a word of :data:`_YEAR_CUES` in ``words[start:end]``, the last one, else
    None."""
    for x in range(min(end, len(words)) - 1, max(start, 1) - 1, -1):
        w = words[x]
        if len(w) == 4 and w.isdigit() and 1950 <= int(w) < 2050 and words[x - 1] in _YEAR_CUES \
                and not (x >= 2 and words[x - 2] in _SINCE):
            return int(w)
    return None


def year_apart(ctx: DocContext, c: dict, e: _Event) -> bool:
    """True when the floating mention ``e`` is told in a year of its own, in its event word's clause (before it or
    in its frame), and the incident ``c`` is dated in another year ("واختطفت الطالبات في بلدة كذا في 19 شباط" ...
    "ففي 2014 اختطف مسلحون أكثر من 200 طالبة"): an earlier incident recalled beside it, not a further telling of it.
    A year of another clause is another act's ("افتتحت المدرسة في 2010، واختطف مسلحون الطالبات")."""
    if c["date"] is None or not c["date"].resolved.iso:
        return False
    s = ctx.sentences[e.si]
    start, stop = s.clause_bounds(e.ti)
    end = min(e.frame.hi if e.frame is not None else e.ti + 1, stop)
    year = _told_year(s.words, start, end)
    return year is not None and str(year) != c["date"].resolved.iso[:4]
