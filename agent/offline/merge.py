"""Citations and the merging of mentions into records: shared by the offline rules.

A record's evidence is a list of raw-text spans; :func:`citations` turns them into
validated :class:`schemas.Citation` objects (trimmed, deduplicated, in text order).
:class:`Cluster` gathers the mentions of one room, attack or agreement within a document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.agent.offline import rules
from marsad.agent.offline.text import Sentence
from marsad.core.arabic import normalize, trim_spans
from marsad.schemas import Citation

__all__ = ["citations", "Cluster", "sentence_span", "window_span", "told_within", "adds_another", "fronted", "restricted", "MAX_QUOTE"]

MAX_QUOTE = rules.number("merge", "max_quote")
"""Longer sentences are cited by a window of tokens around the evidence, not whole."""


def sentence_span(sentence: Sentence) -> tuple[int, int]:
    """The raw span of a whole sentence."""
    return sentence.start, sentence.end


def window_span(sentence: Sentence, i: int, j: int, before: int = 12, after: int = 18) -> tuple[int, int]:
    """The raw span of the sentence, or of a window of tokens around ``[i, j)`` when the sentence is long."""
    if sentence.end - sentence.start <= MAX_QUOTE:
        return sentence.start, sentence.end
    a = max(0, i - before)
    b = min(len(sentence.tokens), j + after)
    return sentence.token_span(a, b)


def citations(doc_id: str, text: str, spans: list[tuple[int, int]], limit: int = 8) -> list[Citation]:
    """Citations for raw spans: whitespace-trimmed, deduplicated, spans inside others dropped, in text order.

    Args:
        doc_id: the document id.
        text: the document text exactly as stored.
        spans: ``(start, end)`` raw offsets.
        limit: at most this many citations (the first ones in text order).
    """
    cleaned = sorted(set(trim_spans(text, spans)), key=lambda se: (se[0], -se[1]))
    kept: list[tuple[int, int]] = []
    for s, e in cleaned:
        if any(ks <= s and e <= ke for ks, ke in kept):
            continue
        kept.append((s, e))
    return [Citation.from_span(doc_id, text, s, e) for s, e in kept[:limit]]


@dataclass
class Cluster:
    """The mentions of one record within a document, before it is built.

    Attributes:
        key: what identifies it (e.g. a place id), or None for a mention with no anchor.
        spans: evidence spans.
        data: per-record accumulated facts (places, participants, statuses, counts, ...).
        first: index of the first sentence that mentions it.
    """

    key: Any
    first: int
    spans: list[tuple[int, int]] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def add_list(self, name: str, values) -> None:
        """Append values to a list fact, keeping order and dropping repeats."""
        items = self.data.setdefault(name, [])
        for v in values:
            if v is not None and v not in items:
                items.append(v)


_NEST_REACH = int(rules.number("merge", "nest_reach"))
"""At most this many words between a place and the wider place news tells it lies in ("قرية ... جنوب غرب مدينة ...")."""
_NEST_LINKS = rules.words("merge", "nest_links")
"""Words that may stand between a place and the wider place it lies in: directions, units, "في"، "التابعة"."""
_QUARTERS = rules.words("merge", "quarter_nouns")
"""Nouns of a city's quarters ("حي"): an unknown place told with one lies in a city."""


def _linked(word: str, table: frozenset[str]) -> bool:
    """True when a word, bare or past one or two clitic letters ("بمديرية"، "وبحي"), is in the table."""
    w = normalize(word)
    return w in table or (w[:1] in _CLITIC_LETTERS and (w[1:] in table or (w[1:2] in _CLITIC_LETTERS and w[2:] in table)))


_CLITIC_LETTERS = frozenset("وفبل")


def _chain(gap: list[str]) -> bool:
    """True when the words between a place and a wider one are links only, past at most one name told after a link
    (an intermediate place: "منطقة الروضة في العمال غرب مدينة إب")."""
    names = [x for x, w in enumerate(gap) if not _linked(w, _NEST_LINKS)]
    return not names or (len(names) == 1 and names[0] > 0 and _linked(gap[names[0] - 1], _NEST_LINKS))


def _names(p: Any) -> set[str]:
    loc = p.location
    return {normalize(n) for n in (loc.name, loc.canonical_name) if n}


PLACE_STEPS = True
"""Switch (A/B measurement and its tests): in :func:`told_within`, an intermediate place the gazetteer knows, told by a
name of two words or more ("قرية الصفا في مديرية وادي حضرموت بمحافظة كذا"), counts as one name of the chain."""


CITY_CENTRE = True
"""Switch (A/B measurement and its tests): in :func:`told_within`, an unknown place told as lying in "the city" ("في
منطقة الصفا في وسط المدينة"، "بمركز المدينة") lies in the city the incident was told at: the definite noun points
back to it."""
_CITY_PARTS = frozenset({"وسط", "مركز", "قلب"})


def _in_the_city(words: list[str], j: int) -> bool:
    """True when the words after a place tell it lies in "the city": "في" (or a clitic "ب") then "المدينة", with a
    part of it between ("في وسط المدينة"، "بمركز المدينة")."""
    rest = [normalize(w) for w in words[j:j + 3]]
    if not rest:
        return False
    head = rest[0]
    if head == "في" and len(rest) > 1:
        rest = rest[1:]
    elif head.startswith("ب") and len(head) > 2:
        rest = [head[1:], *rest[1:]]
    else:
        return False
    return rest[0] == "المدينه" or (rest[0] in {normalize(w) for w in _CITY_PARTS} and len(rest) > 1
                                      and rest[1] == "المدينه")


def told_within(ctx: Any, narrow: Any, wide: Any) -> bool:
    """True when the article tells that ``narrow`` lies in ``wide``, so a telling there can be the incident told at
    ``wide``: news names a city in the lead and the village, area or quarter in the detail.

    Three ways: the wider place follows it past direction and unit words only ("في قرية الصفا جنوب غرب مدينة
    نابلس"، "في منطقة الوادي بالمكلا"), or past one intermediate name after such a word ("في منطقة الروضة في
    العمال غرب مدينة إب"); the place was resolved as lying in it (an unknown village placed at its district,
    ``within``); or an unknown place is told as a quarter ("في حي الورود") and the wider place is a city
    (or a part of one) of the same country. A place the gazetteer puts in another country never lies in it.

    Args:
        ctx: the document context (``DocContext``; not imported here: the context's modules import this one).
        narrow: the place of the later telling (a ``locations.Place``).
        wide: the place the incident was told at first.
    """
    if narrow.key == wide.key or wide.location.admin_level == "country":
        return False
    if narrow.location.country and wide.location.country and narrow.location.country != wide.location.country:
        return False
    names = _names(wide)
    within = normalize((narrow.location.model_extra or {}).get("within") or "")
    if within and (within in names or (within.split(" ", 1)[0] in _NEST_LINKS and within.split(" ", 1)[-1] in names)):
        return True  # (placed "within" "مدينة غزة" lies in Gaza: the unit word is no part of the name)
    s = ctx.sentences[narrow.sentence]
    start = narrow.j
    for m in ctx.places_in(narrow.sentence, narrow.j, min(len(s.words), narrow.j + _NEST_REACH + 1)):
        if m.i < start:
            continue
        if not _chain(s.words[start:m.i]):
            break
        if m.entry.id == wide.location.model_extra.get("registry_id") or normalize(m.entry.canonical) in names \
                or normalize(m.surface) in names:
            return True
        if PLACE_STEPS and m.j - m.i > 1:
            start = m.j  # "قرية في مديرية وادي العين بحضرموت": a known place of two words or more between them,
            # told past links, is one step of the chain, not two names
    if CITY_CENTRE and narrow.location.geo_precision == "unresolved" and _in_the_city(s.words, narrow.j):
        return wide.base_level == "city" and wide.location.country is not None \
            and wide.location.country == narrow.location.country
    if narrow.location.geo_precision == "unresolved" and narrow.i > 0 \
            and _linked(s.words[narrow.i - 1], _QUARTERS):
        return wide.base_level == "city" and wide.location.country is not None \
            and wide.location.country == narrow.location.country
    return False


_ADDITION_OPENERS = rules.words("merge", "addition_openers")
"""Words opening a sentence that adds another event to the one told before ("كما"، "كذلك")."""


def adds_another(words: list[str]) -> bool:
    """True when a sentence opens by adding another event to those told before it ("كما قصفت ..."، "وكذلك ...")."""
    return bool(words) and _linked(words[0], _ADDITION_OPENERS)


_FRONTING = rules.words("merge", "fronting_openers")
"""Words that open a round-up's item by its place ("وفي"، "أما في")."""


def fronted(words: list[str]) -> bool:
    """True when a sentence opens with its place, as a round-up's next item does ("وفي جبهة نهم ..."، "أما في ...")."""
    return bool(words) and (normalize(words[0]) in _FRONTING or (len(words) > 1 and normalize(words[0]) == "اما"
                                                                   and normalize(words[1]) == "في"))


_SEPARATE = [tuple(p.split("_")) for p in rules.words("merge", "separate_openers")]
"""Openers that call what follows another incident ("في حادث منفصل"، "وفي حادثة أخرى")."""
_NEW_ITEMS = [tuple(p.split("_")) for p in rules.words("merge", "new_item_openers")] + _SEPARATE
"""Openers of a news item other than the one told before ("في غضون ذلك"، "من جهة أخرى"، "في سياق آخر"), and those of
:data:`_SEPARATE`."""


def opens_new_item(words: list[str]) -> bool:
    """True when the sentence opens with a phrase that turns to another item of the news ("في غضون ذلك، شنت المقاتلات
    غارات على ..."): what it tells next is not the incident told before, unless at that incident's very place."""
    return any(tuple(words[:len(p)]) == p for p in _NEW_ITEMS)


def calls_separate(words: list[str]) -> bool:
    """True when the sentence opens by calling what it tells another incident ("وفي حادث منفصل، أصيب ..."): not the
    incident told before, even with no place of its own (review63 finding 11)."""
    return opens_with(words, _SEPARATE)


_ASIDES = [tuple(p.split("_")) for p in rules.words("merge", "aside_openers")]


def turns_aside(words: list[str]) -> bool:
    """True when the sentence opens by turning to another item (:func:`opens_new_item`) or by adding one to the
    news ("إلى ذلك، قصفت المقاتلات ..."): weaker than a new item alone, so used only with a further sign (a doer of
    its own) that what it tells next is not the incident told before."""
    return opens_new_item(words) or opens_with(words, _ASIDES)


def opens_with(words: list[str], phrases: list[tuple[str, ...]]) -> bool:
    """True when the sentence's words open with one of ``phrases`` (each a tuple of words)."""
    return any(tuple(words[:len(p)]) == p for p in phrases)


_RESTRICTING = rules.words("merge", "restricting_words")
"""Words that tell a count as no more than that ("فقط"، "سوى"): one side's lower figure."""
_RESTRICT_BEFORE = int(rules.number("merge", "restrict_before"))
_RESTRICT_AFTER = int(rules.number("merge", "restrict_after"))


def restricted(words: list[str], start: int, end: int) -> bool:
    """True when a count at tokens ``[start, end)`` is told as only that many: a restricting word at most
    restrict_before words before it ("اعترف فقط بمقتل اثنين") or restrict_after words after it ("خمسة أشخاص فقط")."""
    return any(normalize(w) in _RESTRICTING for w in words[max(0, start - _RESTRICT_BEFORE):end + _RESTRICT_AFTER])
