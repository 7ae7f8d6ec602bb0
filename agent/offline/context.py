"""Everything the rules know about one document, computed once: sentences, mentions, dates, persons."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import compress
from typing import TypeVar

from marsad.agent.dates import (
    DateMention,
    ResolvedDate,
    find_dates,
    parse_published,
    resolve,
    weekday_anchors,
    writing_day,
)
from marsad.agent.offline import mentions as mentions_mod
from marsad.agent.offline import rules
from marsad.agent.offline.actors import Person, find_persons
from marsad.agent.offline.actors_home import nisba_country, nisba_lookalike
from marsad.agent.offline.actors_states import dateline_starts, set_datelines
from marsad.agent.offline.mentions import DIRECTIONS, FOREIGN_NISBA, Gazetteer, Mention, front_in_country
from marsad.agent.offline.text import Sentence, split_document
from marsad.core.arabic import SINGLE_CLITICS, clitic_variants, normalize
from marsad.schemas import Document

T = TypeVar("T")

__all__ = ["DocContext", "DateHit", "build_context", "FORCE_TYPES", "word_set", "bare", "forms_of", "names_actor"]

FORCE_TYPES = rules.phrases("context", "force_types")
_GENERIC_PLACE_WORDS = rules.words("context", "generic_place_words")
"""Words a registry lists for a country ("البلاد") that say nothing about which country an article is about."""
_TODAY_PAPERS = rules.words("context", "today_paper_words")
"""Words that make a bare "اليوم" after them a newspaper's name ("عين اليوم"، "المصري اليوم"), not today."""
TODAY_PAPERS = True
"""Switch: a bare "اليوم" that closes a newspaper's name dates nothing."""
TITLE_COUNTRY = True
"""Switch: the places of the document's title (``Document.title``, not part of its text) count as named in its lead
and vote for the country an incident told with no place takes ("الفلبين تحقق في مقتل قيادي" over a text that names
the country once, after Libya, Jordan and the United States), when the text alone has no leading country or the
same one. The country by which names and national forces are resolved (``DocContext.country``) does not
change."""
TOLD_PLACES = True
"""Switch: the country an incident told with no place takes (``DocContext.fallback_country``) must be told as a
place somewhere in the article. An adjective of origin ("السفارة الفرنسية"، "الجيش الأميركي") says who, not where,
and a country named without a locative word before it ("قالت الولايات المتحدة إن") is a state that acts or speaks;
a country after "في"/"ب"/"داخل"/a direction ("في سوريا"، "بسوريا"، "شمال مالي") and any town, city or province of it
are told as places. When the most named country is never so told, the country most told as a place replaces it if
the article tells it so at least twice (else it stays: measured, leaving such incidents with no country lost more
right countries than wrong ones) (A/B measurement and its test)."""
EMBASSY_OWNER = True
"""Switch: a country (its name or its adjective) right after a word of a diplomatic mission ("السفارة الأمريكية في
..."، "سفارة فرنسا في ..."، "السفير الروسي"; mission_words) is the mission's owner, not where the news is: it casts no
vote for the article's country (``doc_country``, title included). The mission's own place ("في واغادوغو") still
votes."""
ACTOR_COUNTRIES = True
"""Switch: a country named right after a verb of armed action ("ونفذت الولايات المتحدة غارات"، "وشنت إسرائيل")
is the state that acts, not where the news is: it casts no vote for the article's country
(``doc_country``). An article on a US drone strike in Somalia names the United States as the doer more often
than Somalia as the place; a town there no gazetteer knows must not be put in the United States."""
_ACTOR_VERBS = rules.words("context", "actor_country_verbs")
"""Verbs of armed action whose subject, a country right after them, is the doer (``ACTOR_COUNTRIES``). Verbs of
speech ("قالت إسرائيل") are left out: a state speaks most of its own land."""
_MISSION_WORDS = rules.words("context", "mission_words")
"""Words of a diplomatic mission or envoy ("سفارة"، "القنصلية"، "السفير") whose following country is its owner."""
_LOCATIVE_BEFORE = rules.words("attacks", "locative_before")
"""Words before a place that tell it as where something is ("في"، "داخل"، "قرب")."""
NISBA_GROUPS = True
"""Switch: a named armed group written with its nationality adjective after it ("حركة الشباب الصومالية"،
"حركة طالبان الأفغانية") is still that group (``_nisba_groups``). The matcher drops a force followed by a nationality
adjective, since "الجيش" before "الإسرائيلي" is not the home army; a group's name is no generic force."""
_NISBA_GROUP_TYPES = rules.phrases("context", "nisba_group_types")
_DESCRIPTIVE = rules.phrases("context", "nisba_descriptive_groups")
"""Groups the registry also names by a description ("المعارضة المسلحة"): an adjective after it is part of a
description ("فصائل من المعارضة المسلحة السورية"), not a name the news gives."""
_GROUP_HOMES: dict[str, str] = rules.table("context", "nisba_group_homes")
"""Home country of the groups the registry gives none: an adjective of another country names another group
("جماعة الجهاد الإسلامي المصرية" is not the Palestinian one)."""
_NOT_NATIONALITY = rules.words("context", "nisba_not_nationality")
"""Adjectives of the matcher's list that name no nationality ("الحر"، "الوطني"): left to the matcher."""
_NISBA_COUNTRY: dict[str, str] = {normalize(k) + end: v for k, v in rules.table("locations", "country_nisba").items()
                                  for end in ("", "ه")}
_GROUP_REACH = 6
"""Tokens a group's name may span before its nationality adjective."""

NATIONAL_FALLBACK = True
"""Switch (on; off only to measure it): when the text alone leads to no country, a generic force ("الجيش"،
"الشرطة"، "قوات الأمن") is that of the country an incident told with no place takes (its title's, or the one the
text tells as a place: ``fallback_country``), unless the article names a place in Iraq; the registry's Iraqi reading
is no default for news about elsewhere."""

FATAH_BESIDE_HAMAS = True
"""Switch (on; off only to measure it): a bare "فتح" joined by "و" to Hamas ("فتح وحماس"، "حماس وفتح"، "بين فتح
وحماس") is the Fatah movement (``_fatah_beside_hamas``): the registry holds only "حركة فتح", since "فتح" alone is
mostly the verb "opened" ("فتح النار"). Not when a definite noun or one of ``fatah_not_before`` follows "وفتح"
("وفتح النار": the verb)."""
_FATAH_NOT_BEFORE = rules.words("context", "fatah_not_before")
_FATAH_FORMS = {"فتح": 0, "وفتح": 1, "لفتح": 1, "بفتح": 1}


SHORT_NAME_FULL = True
"""Switch (pass 64): a group's short name that is also a common word ("الحشد": a crowd, a build-up, mobilising; data key
short_names_need_full: the short name -> the registry id) is the group only in an article that names it in full
somewhere ("الحشد الشعبي"، "هيئة الحشد") or whose sentence tells armed men or forces beside it ("قيادي في الحشد"،
"مقاتلي الحشد"، another armed group or force named); elsewhere the bare word is no actor. Measured on the unseen slice: every
bare "الحشد" read in an article that never names the group in full was the common word, every one beside the full
name the group. ("النصرة" is left: each bare one read there stood beside other armed groups and was the group.) A
person's one-word name that is a people's adjective ("السوداني": Sudanese) is read the same way: the person only beside
his full name."""
_SHORT_NAMES = {normalize(k): v for k, v in rules.table("context", "short_names_need_full").items()}


@lru_cache(maxsize=4096)
def _short_name_of(surface: str) -> str | None:
    """The short name (data key short_names_need_full, normalised) a one-word mention writes, with "#" or a glued
    conjunction or preposition ("والحشد"، "#الحشد"، "للحشد"; the clusters of :data:`marsad.core.arabic.CLITICS`), or
    None."""
    w = normalize(surface.replace("#", " ").replace("_", " ").strip())
    if w in _SHORT_NAMES:
        return w
    return next((form for _, form in clitic_variants(w) if form.startswith("ال") and form in _SHORT_NAMES), None)


_ARMED_WORDS = rules.words("context", "short_name_armed_words")
_ARMED_EVENTS = rules.words("context", "short_name_armed_events")
_CROWD_AFTER = rules.words("context", "short_name_crowd_after")
_DISPERSE = rules.words("context", "short_name_disperse")
_ARMED_TYPES = frozenset({"armed_group", "paramilitary", "foreign_coalition"})
_FORCE_TYPES = frozenset({"state_military", "police"})
_ARMED_REACH = 4


def _armed_beside(s: Sentence, ms: list[Mention], m: Mention) -> bool:
    """True when the short name's own sentence tells it as fighting men (:data:`SHORT_NAME_FULL`): a member or leader
    noun annexed to it ("قيادي في الحشد"، "مقاتلي الحشد"، "عناصر من الحشد"), a word of fighting within four words of it,
    another armed group named, or a state force joined to it by "و" ("القوات الأمنية والحشد"). Never a crowd: an
    adjective of a crowd right after it ("الحشد الغاضب") or a word of dispersing before it ("لتفريق الحشد"; review64
    finding 22: "a police force beside الحشد" is the common protest sentence)."""
    words = s.words
    before = words[max(0, m.i - _ARMED_REACH):m.i]
    if m.j < len(words) and bare_in(words[m.j], _CROWD_AFTER) or any(bare_in(w, _DISPERSE) for w in before):
        return False
    head = m.i - 2 if m.i >= 2 and words[m.i - 1] in {"في", "من"} else m.i - 1
    if head >= 0 and bare_in(words[head], _ARMED_WORDS):
        return True
    if any(bare_in(w, _ARMED_EVENTS) for w in before + words[m.j:m.j + _ARMED_REACH]):
        return True
    if any(x is not m and x.kind == "actors" and x.entry.get("type") in _ARMED_TYPES for x in ms):
        return True
    return any(x.kind == "actors" and x.entry.get("type") in _FORCE_TYPES and (
        x.j == m.i and words[m.i].startswith("و") or x.i == m.j and words[x.i].startswith("و"))
        for x in ms)


def _drop_short(mentions: list[list[Mention]], table: dict[str, str], name_of: Callable[[str], str | None],
                keep: Callable[[int, Mention, bool], bool]) -> list[list[Mention]]:
    """The mentions without each bare short name (``name_of`` its surface, a key of ``table`` naming the mention's own
    registry id) that ``keep(si, m, full)`` does not keep; ``full`` is True when the article names the group in full
    elsewhere (a mention of the same id whose surface is no short name)."""
    short = [(si, m) for si, ms in enumerate(mentions) for m in ms
             if m.kind == "actors" and table.get(name_of(m.surface) or "") == m.entry.id]
    if not short:
        return mentions
    full = {m.entry.id for ms in mentions for m in ms if m.kind == "actors" and m.entry.id in table.values()
            and table.get(name_of(m.surface) or "") != m.entry.id}
    drop = {(si, id(m)) for si, m in short if not keep(si, m, m.entry.id in full)}
    if not drop:
        return mentions
    return [[m for m in ms if (si, id(m)) not in drop] for si, ms in enumerate(mentions)]


def _short_names(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """The mentions without each bare short name of a group the article never names in full (:data:`SHORT_NAME_FULL`)."""
    return _drop_short(mentions, _SHORT_NAMES, _short_name_of, lambda si, m, full: full or (
        m.entry.get("type") != "official" and _armed_beside(sentences[si], mentions[si], m)))


SHORT_NAME_STORY = True
"""Switch (pass 65): a group's bare short name that is also a common word ("حماس": enthusiasm; data key
short_names_need_story: the short name -> the registry id) is no actor where it reads as the noun (:func:`_read_as_noun`:
"بحماس كبير"، "حماس اللاعبين"، "بكل حماس"), unless the article names the group in full ("حركة حماس"), tells its
story (a word of data short_name_story_words anywhere: Gaza, Israel, the occupation), names a member, office or
delegation of it right before ("وفد من حماس"; short_name_story_before), writes another armed group beside it or writes
it as a hashtag. Elsewhere the name stays the group ("إدراج حماس على قائمة"، "اتهمت واشنطن حماس وإيران"; review65
finding 14: the first form dropped every bare name outside the story)."""
_STORY_NAMES = {normalize(k): v for k, v in rules.table("context", "short_names_need_story").items()}
_STORY_WORDS = rules.words("context", "short_name_story_words")
_STORY_BEFORE = rules.words("context", "short_name_story_before")
_NOUN_AFTER = rules.words("context", "short_name_noun_after")
_NOUN_BEFORE = rules.words("context", "short_name_noun_before")
_NOUN_END_AFTER = rules.words("context", "short_name_noun_end_after")


@lru_cache(maxsize=4096)
def _story_name_of(surface: str) -> str | None:
    """The short name (data key short_names_need_story, normalised) a one-word mention writes bare, with a glued
    conjunction or preposition ("بحماس"، "وحماس"), or None (a hashtag, "حركة حماس")."""
    if "#" in surface or "_" in surface:
        return None
    w = normalize(surface.strip())
    if w in _STORY_NAMES:
        return w
    return next((form for _, form in clitic_variants(w) if form in _STORY_NAMES), None)


def _read_as_noun(s: Sentence, ms: list[Mention], m: Mention) -> bool:
    """True when a one-word short name reads as the common noun (:data:`SHORT_NAME_STORY`): an indefinite adjective
    after it ("حماس كبير"، data short_name_noun_after), a definite noun after it in construct ("حماس اللاعبين"; not a
    feminine adjective of the group, "حماس الفلسطينية") or a known official ("حماس بوش"), tanwin on it ("وحماسٍ"),
    "كل" before it ("بكل حماس", short_name_noun_before), or
    a glued "ب" with the clause ending after it ("شاركوا بحماس."، "بحماس في الملعب"; short_name_noun_end_after)."""
    words = s.words
    nxt = words[m.j] if m.j < len(words) else ""
    if bare_in(nxt, _NOUN_AFTER) or nxt.startswith("ال") and not nxt.endswith("ه") and len(nxt) > 3:
        return True
    a, b = s.token_span(m.i, m.j)
    if any(c in s.quote(a, b + 2) for c in "\u064b\u064c\u064d"):
        return True  # tanwin ("وحماسٍ"، "حماساً"): a name takes none
    if words[m.i].startswith("و") and any(c in s.quote(max(a - 3, 0), a) for c in "\u064b\u064c\u064d"):
        return True  # joined to an indefinite noun written with tanwin ("بجرأةٍ وحماس")
    if any(x.kind == "actors" and x.i == m.j and x.entry.get("type") == "official" for x in ms):
        return True  # construct before a person ("حماس الرئيس فلان"، "حماس بوش"): his enthusiasm
    if m.i > 0 and words[m.i - 1] in _NOUN_BEFORE:
        return True
    if not words[m.i].startswith("ب"):
        return False
    after = s.quote(b, b + 2).strip()
    return not nxt or after[:1] in {".", "،", ",", "؛", "!", "؟"} or nxt in _NOUN_END_AFTER


def _story_names(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """The mentions without each bare short name that reads as the common word outside its group's story
    (:data:`SHORT_NAME_STORY`)."""
    story: list[bool] = []  # whether the article tells the group's story: read once, for the first noun-like name

    def told() -> bool:
        if not story:
            flag = bare_flags(_STORY_WORDS)
            story.append(any(any(map(flag, s.words)) for s in sentences))
        return story[0]

    def keep(si: int, m: Mention, full: bool) -> bool:
        s = sentences[si]
        if full or not _read_as_noun(s, mentions[si], m) or told():
            return True
        if "#" in s.quote(max(s.token_span(m.i, m.j)[0] - 1, 0), m.end):
            return True  # "#حماس": the name as a tag
        words = s.words
        head = m.i - 2 if m.i >= 2 and words[m.i - 1] in {"في", "من"} else m.i - 1
        if head >= 0 and bare_in(words[head], _STORY_BEFORE):
            return True
        return any(x is not m and x.kind == "actors" and x.entry.get("type") in _ARMED_TYPES
                   and (x.i == m.j or x.j == m.i or x.i == m.j + 1 or x.j == m.i - 1) for x in mentions[si])

    return _drop_short(mentions, _STORY_NAMES, _story_name_of, keep)


def _paper_name(norm: str, m: DateMention) -> bool:
    """True for a bare "اليوم" right after a word that names a newspaper with it ("عين اليوم – الدمام")."""
    if m.kind != "rel" or norm[m.start:m.end] != "اليوم":
        return False
    before = norm[:m.start].split()
    return bool(before) and before[-1] in _TODAY_PAPERS


def word_set(words: str) -> frozenset[str]:
    """Normalised words of a space-separated list (so lists can be written with hamza and ة)."""
    return frozenset(normalize(w) for w in words.split())




ROOT_KAF = True
"""Switch (pass 43): the ك of "كامل"/"كاملا"/"كاملة" ("complete") is its root's first letter, not the clitic "like":
:func:`bare` keeps it, so "انسحابا كاملا" no longer yields "أملا" (hope) and reads as a deal still hoped for."""
_ROOT_KAF_STEMS = ("كامل",)
"""Word starts whose ك belongs to the root (normalised)."""


def _clitic_at(word: str, k: int) -> bool:
    """True when letter k of a normalised token may be a one-letter clitic (see :data:`ROOT_KAF`)."""
    return word[k] in SINGLE_CLITICS and not (ROOT_KAF and word[k] == "ك" and word.startswith(_ROOT_KAF_STEMS, k))


@lru_cache(maxsize=65536)
def bare(word: str) -> tuple[str, ...]:
    """A normalised token and its forms without a leading و/ف/ب/ل/ك (one or two letters)."""
    out = [word]
    if len(word) > 3 and _clitic_at(word, 0):
        out.append(word[1:])
        if len(word) > 4 and _clitic_at(word, 1):
            out.append(word[2:])
    if word.startswith("لل") and len(word) > 4:
        out.append("ال" + word[2:])
    return tuple(out)


def bare_in(word: str, words: frozenset[str] | set[str]) -> bool:
    """True when a normalised token or one of its clitic-free forms (see `bare`) is in a set of words."""
    return not words.isdisjoint(bare(word))


def forms_of(s: Sentence) -> frozenset[str]:
    """Every word of a sentence and its clitic-free forms (:func:`bare`), gathered once per sentence: whether a word of
    a list stands anywhere in the sentence is then one set test, ``not vocab.isdisjoint(forms_of(s))``, the answer of
    ``any(bare_in(w, vocab) for w in s.words)`` without a look-up per word and per list."""
    forms = getattr(s, "forms_seen", None)
    if forms is None:
        forms = s.forms_seen = frozenset(b for w in s.words for b in bare(w))
    return forms


class _BareFlags(dict):
    """:func:`bare_in` of one word list, answered once per distinct word (up to 65,536 words kept)."""

    def __init__(self, vocab: frozenset[str]):
        super().__init__()
        self.vocab = vocab

    def __missing__(self, word: str) -> bool:
        found = not self.vocab.isdisjoint(bare(word))
        if len(self) >= 65536:
            self.clear()
        self[word] = found
        return found


_BARE_FLAGS: dict[frozenset[str], _BareFlags] = {}
BARE_FLAGS = True  # module flag, for A/B measurement only
"""Switch (perf56; speed only, the answers are the same): :func:`bare_flags` answers each distinct word once from a
table per word list; off, it calls :func:`bare_in` for every word."""


def _bare_in_of(vocab: frozenset[str] | set[str], word: str) -> bool:
    return bare_in(word, vocab)


def bare_flags(vocab: frozenset[str]) -> Callable[[str], bool]:
    """``word -> bare_in(word, vocab)``, each distinct word tested once (speed only: the same answers). For the rules
    that test every word of every sentence against one list: ``compress(range(n), map(bare_flags(vocab), words))``
    walks a sentence in C."""
    if not BARE_FLAGS or not isinstance(vocab, frozenset):
        return partial(_bare_in_of, vocab)
    table = _BARE_FLAGS.get(vocab)
    if table is None:
        if len(_BARE_FLAGS) >= 256:
            _BARE_FLAGS.clear()
        table = _BARE_FLAGS[vocab] = _BareFlags(vocab)
    return table.__getitem__


@dataclass(frozen=True)
class DateHit:
    """A date expression in a sentence: token range, raw span and resolution."""

    mention: DateMention
    i: int
    j: int
    start: int
    end: int
    resolved: ResolvedDate


def past_dates(dated: set[int] | frozenset[int], x: int, end: int) -> int:
    """The first token index from ``x`` that is no date word (``dated``: the indices of a sentence's date and day words,
    ``roles_cues._dated``), ``end`` at most: where a reader of a subject, an object or a name goes on past a day told in
    between ("قصفت، السبت، مواقع"; ``x`` itself when it is no date word or not before ``end``)."""
    while x < end and x in dated:
        x += 1
    return x


@dataclass
class DocContext:
    """One document as the rules see it."""

    doc: Document
    published: dt.date | None
    sentences: list[Sentence]
    mentions: list[list[Mention]]
    glossary: list[list[Mention]]
    dates: list[list[DateHit]]
    persons: list[Person]
    lead: set[int] = field(default_factory=set)
    country: str | None = None  # ISO alpha-2 of the country the article is mostly about
    country_share: float = 0.0  # that country's share of the article's place votes
    title_countries: frozenset[str] = frozenset()  # countries of the places a title outside the text names
    fallback_country: str | None = None  # the country an incident told with no place takes (title included)
    fallback_share: float = 0.0
    # cache of locations.article_countries: country -> Counter of (place name, is a town) votes; built on first use
    country_votes: dict[str, Counter[tuple[str, bool]]] | None = field(default=None, init=False, repr=False,
                                                                      compare=False)
    # what a rule reads once per document (:meth:`once`): key -> value
    memo: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    def once(self, key: str, compute: Callable[[], T]) -> T:
        """The value ``compute()`` gives for this document, computed on the first call for ``key`` only."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]  # type: ignore[return-value]

    @property
    def text(self) -> str:
        return self.doc.text

    def quote(self, start: int, end: int) -> str:
        """Raw text at a span."""
        return self.doc.text[start:end]

    def actors_in(self, si: int, i: int, j: int, types: set[str] | None = None) -> list[Mention]:
        """Actor mentions of sentence ``si`` inside tokens ``[i, j)``, optionally of some types."""
        return [m for m in self.mentions[si] if m.kind == "actors" and i <= m.i and m.j <= j
                and (types is None or m.entry.get("type") in types)]

    def places_in(self, si: int, i: int, j: int) -> list[Mention]:
        """Place mentions of sentence ``si`` inside tokens ``[i, j)``."""
        return [m for m in self.mentions[si] if m.kind == "places" and i <= m.i and m.j <= j]

    def after_direction(self, si: int, m: Mention) -> bool:
        """True when a place is written as a direction of another ("شمال بغداد" after "مخمور")."""
        s = self.sentences[si]
        if m.i > 0 and s.words[m.i - 1] in DIRECTIONS:
            return True
        prev = [p for p in self.mentions[si] if p.j <= m.i]
        return bool(prev and prev[-1].glued and prev[-1].j == m.i)


HOME_NAMESAKES = True
"""Switch: a foreign city's name that is also a town of the registry's home country marked ambiguous ("الرياض", the
Saudi capital and a subdistrict of Kirkuk) is that town in a story that names other places of its governorate
(:func:`_home_namesakes`; A/B)."""


def _home_namesakes(mentions: list[list[Mention]], gazetteer: Gazetteer) -> list[list[Mention]]:
    """Read a foreign city's name as the home town of the same name when the story names other places of that
    town's governorate: in news of Hawija "الرياض" is the subdistrict near it, not the Saudi capital (so it is no
    state acting and no foreign location)."""
    governorates = {str(m.entry.get("governorate")) for ms in mentions for m in ms
                    if m.kind == "places" and m.entry.get("governorate") and not m.entry.get("country")}
    if not governorates:
        return mentions
    out = []
    for ms in mentions:
        row = []
        for m in ms:
            if m.kind == "places" and m.entry.get("country"):
                home = next((e for e in gazetteer.lexicon.lookup_ar(m.surface) if e.kind == "places"
                             and e.get("ambiguous") and str(e.get("governorate")) in governorates
                             and not e.get("country")), None)
                if home is not None:
                    m = replace(m, entry=home)
            row.append(m)
        out.append(row)
    return out


NISBA_WORDS = True
"""Switch (speed only, the mentions are the same): :func:`_nisba_groups` visits only the nationality adjectives of a
sentence (none in most: one set test)."""


def _nisba_groups(s: Sentence, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions of sentence ``s`` with each named armed group the matcher left out because a nationality
    adjective follows it ("هجوم شنته حركة الشباب الصومالية"): the group, its adjective included, when the adjective
    names the group's home country; another country's ("حزب الله العراقي" is another group) or a group of no known
    home keeps it out (``NISBA_GROUPS``)."""
    words = s.words
    if NISBA_WORDS and FOREIGN_NISBA.isdisjoint(words):
        return found  # (most sentences: no nationality adjective)
    covered = {t for m in found for t in range(m.i, m.j)}
    added: list[Mention] = []
    for k in compress(range(len(words)), map(FOREIGN_NISBA.__contains__, words)) if NISBA_WORDS \
            else range(len(words)):
        w = words[k]
        if k == 0 or w not in FOREIGN_NISBA or w in _NOT_NATIONALITY or k in covered or k - 1 in covered:
            continue
        for i in range(max(0, k - _GROUP_REACH), k):
            if any(t in covered for t in range(i, k)):
                continue
            hit = gazetteer._match_at(words, i, "main")
            if hit is None or hit[0] != k or hit[1].kind != "actors" or hit[1].get("type") not in _NISBA_GROUP_TYPES:
                continue
            if hit[1].id in _DESCRIPTIVE:
                break
            home = str(hit[1].get("country_code") or _GROUP_HOMES.get(hit[1].id) or "").upper()
            if not home or _NISBA_COUNTRY.get(w) != home:
                break
            start, end = s.raw_span(s.tokens[i].ns + hit[2], s.tokens[k].ne)
            added.append(Mention(hit[1], i, k + 1, start, end, s.quote(start, end)))
            covered.update(range(i, k + 1))
            break
    if not added:
        return found
    return sorted([*found, *added], key=lambda m: m.i)


def _fatah_beside_hamas(s: Sentence, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions of sentence ``s`` with Fatah added where a bare "فتح" is joined by "و" to a mention of Hamas
    (:data:`FATAH_BESIDE_HAMAS`)."""
    hamas = [m for m in found if m.kind == "actors" and m.entry.id == "hamas"]
    fatah = gazetteer.lexicon.get("actors", "fatah") if hamas else None
    if fatah is None:
        return found
    words = s.words
    covered = {t for m in found for t in range(m.i, m.j)}
    added: list[Mention] = []
    for m in hamas:
        spots = []
        if m.i > 0 and words[m.i].startswith("و") and words[m.i - 1] in _FATAH_FORMS:
            spots.append(m.i - 1)  # "فتح وحماس"، "بين فتح وحماس"
        after = words[m.j + 1] if m.j + 1 < len(words) else ""
        if m.j < len(words) and words[m.j] == "وفتح" and not after.startswith("ال") and after not in _FATAH_NOT_BEFORE:
            spots.append(m.j)  # "حماس وفتح" (not "وفتح النار")
        for k in spots:
            if k in covered:
                continue
            start, end = s.raw_span(s.tokens[k].ns + _FATAH_FORMS[words[k]], s.tokens[k].ne)
            added.append(Mention(fatah, k, k + 1, start, end, s.quote(start, end)))
            covered.add(k)
    if not added:
        return found
    return sorted([*found, *added], key=lambda m: m.i)


def _names_iraq(mentions: list[list[Mention]]) -> bool:
    """True when some place of the article is in Iraq."""
    from marsad.core.gazetteer import registry_country

    return any(m.kind == "places" and registry_country(m.entry) == "IQ" for ms in mentions for m in ms)


def _lookalike_place(s: Sentence, m: Mention) -> bool:
    """True for a one-word place mention read from a word that only looks like a nationality adjective ("يده
    اليمنى": the right hand; "القيادة القطرية": the Ba'ath command; :func:`nisba_lookalike`, review65 finding 9)."""
    return m.kind == "places" and m.j == m.i + 1 and nisba_lookalike(s, m.i)


def _lead(sentences: list[Sentence]) -> set[int]:
    """Indices of the title lines and the first two body sentences (where the news is told)."""
    out = {s.index for s in sentences if s.is_title}
    body = [s.index for s in sentences if not s.is_title and len(s.tokens) >= 6]
    out.update(body[:2])
    return out


def build_context(doc: Document, gazetteer: Gazetteer) -> DocContext:
    """Split, match and date a document once for all the rules.

    Args:
        doc: the document (its ``published`` is used to resolve relative dates).
        gazetteer: the registry matcher.
    """
    sentences = split_document(doc.text)
    mentions = [gazetteer.find(s) for s in sentences]
    mentions = [[m for m in ms if not _lookalike_place(s, m)] for s, ms in zip(sentences, mentions, strict=True)]
    if NISBA_GROUPS:
        mentions = [_nisba_groups(s, ms, gazetteer) for s, ms in zip(sentences, mentions, strict=True)]
    if FATAH_BESIDE_HAMAS:
        mentions = [_fatah_beside_hamas(s, ms, gazetteer) for s, ms in zip(sentences, mentions, strict=True)]
    if SHORT_NAME_FULL:
        mentions = _short_names(sentences, mentions)
    if SHORT_NAME_STORY:
        mentions = _story_names(sentences, mentions)
    if HOME_NAMESAKES:
        mentions = _home_namesakes(mentions, gazetteer)
    glossary = [gazetteer.find(s, "glossary") for s in sentences]
    raw_dates: list[list[DateMention]] = [find_dates(s.norm) for s in sentences]
    if TODAY_PAPERS:
        raw_dates = [[m for m in ms if not _paper_name(s.norm, m)] for s, ms in zip(sentences, raw_dates, strict=True)]
    anchors = weekday_anchors([m for ms in raw_dates for m in ms])
    published = parse_published(doc.published)
    written = writing_day([m for ms in raw_dates for m in ms], published)  # "اليوم الجمعة" in a Saturday edition
    dates: list[list[DateHit]] = []
    for s, ms in zip(sentences, raw_dates, strict=True):
        hits = []
        for m in ms:
            i = next((k for k, t in enumerate(s.tokens) if t.ne > m.start), len(s.tokens) - 1)
            j = next((k for k, t in enumerate(s.tokens) if t.ns >= m.end), len(s.tokens))
            start, end = s.raw_span(m.start, m.end)
            hits.append(DateHit(m, i, max(j, i + 1), start, end, resolve(m, written, anchors)))
        dates.append(hits)
    lead = _lead(sentences)
    titled = _title_countries(doc, sentences, gazetteer) if TITLE_COUNTRY else []
    if mentions_mod.FRONT_HOME or LANDFORM_HOME:
        mentions = _front_homes(sentences, mentions, lead, titled)
    country, share = doc_country(sentences, mentions, lead)
    fallback, fallback_share = country, share
    if titled:
        with_title = doc_country(sentences, mentions, lead, titled)
        if country is None or with_title[0] == country:
            fallback, fallback_share = with_title
    if TOLD_PLACES and fallback is not None and not _told_count(sentences, mentions, fallback):
        told = doc_country(sentences, mentions, lead, titled, told=True)
        if told[0] is not None and _told_count(sentences, mentions, told[0]) >= _TOLD_TWICE:
            fallback, fallback_share = told
    forces_country = country
    if NATIONAL_FALLBACK and country is None and fallback not in (None, "IQ") and not _names_iraq(mentions):
        forces_country = fallback  # "الشرطة" in news titled about Manila that the text alone does not place
    mentions = national_forces(mentions, forces_country, gazetteer, sentences)
    set_datelines(dateline_starts(doc.text, mentions))
    persons = find_persons(sentences, mentions)
    return DocContext(doc, published, sentences, mentions, glossary, dates, persons, lead, country, share,
                      frozenset(titled), fallback, fallback_share)


LANDFORM_HOME = True
"""Switch (pass 50, its test): a place right after a landform noun that heads names (``landform_heads``: "جبل"، "تبة"،
"وادي") names the mountain, hill or valley, which takes its name from its own land: a city of another country than
the article's or its sentence's ("منطقة الظهرة وجبل القاهرة" in news of Yemen) is no place there (its namesake there
when it has one), and the landform is read by ``named_places`` as a name no gazetteer knows; as a world name cued by a
front word alone is (``mentions.FRONT_HOME``)."""
_LANDFORMS = rules.words("locations", "landform_heads")
"""The landform subset of ``name_heads`` ("جبل"، "تبة"، "تل"، "عقبة"، "نقيل"، "وادي") and their plurals ("جبال"،
"تباب"، "تلال"); a landform noun that heads names is in both lists (a test keeps them in step). Not "شعب": as often
"people" as a Yemeni valley ("إن شعب حلب عانى")."""


def _home_cued(s: Sentence, m: Mention) -> bool:
    """True when place mention ``m`` is read only where the article is (:func:`_front_homes`): a world name a front
    word alone cued (``mentions.FRONT_HOME``), or a town or city named right after a landform noun
    (:data:`LANDFORM_HOME`)."""
    if m.kind != "places":
        return False
    if m.entry.get("front_cued"):
        return mentions_mod.FRONT_HOME
    return LANDFORM_HOME and m.i > 0 and m.entry.get("admin_level") in {"city", "town", "village"} \
        and bool(_LANDFORMS.intersection(bare(s.words[m.i - 1])))


def _front_homes(sentences: list[Sentence], mentions: list[list[Mention]], lead: set[int],
                 titled: list[str]) -> list[list[Mention]]:
    """The mentions with each place read only where the article is (:func:`_home_cued`: a world place cued by a front
    word alone, a town after a landform noun) read in the country the article's other places lead to or one its
    sentence's other places lie in (:func:`front_in_country`): "في جبهة العلم" in news of Aden is no Iraqi town."""
    cued = [[_home_cued(s, m) for m in ms] for s, ms in zip(sentences, mentions, strict=True)]
    if not any(any(row) for row in cued):
        return mentions
    from marsad.core.gazetteer import registry_country

    others = [[m for m, c in zip(ms, row, strict=True) if not c] for ms, row in zip(mentions, cued, strict=True)]
    home = doc_country(sentences, others, lead, titled)[0]
    out = []
    for s, ms, rest, row in zip(sentences, mentions, others, cued, strict=True):
        if len(rest) == len(ms):
            out.append(ms)
            continue
        near = {registry_country(m.entry) for m in rest if m.kind == "places"} | {home}
        if NISBA_HOME:
            near |= sentence_nisbas(s)
        kept = [front_in_country(m, {x for x in near if x}) if c else m for m, c in zip(ms, row, strict=True)]
        out.append([m for m in kept if m is not None])
    return out


NISBA_HOME = True
"""Switch (fixrev50, its test): the countries a sentence's nationality adjectives name ("مقاتلي حزب الله السوريين":
Syria; :func:`sentence_nisbas`) are countries of that sentence for a place read only where the article is
(:func:`_front_homes`: "في جبهة القصير" in news of Yemen, told with "السوريين", is Syria's town); off, only the
countries of the sentence's other places and the article's were."""
_PLURAL_NISBA = (("يين", "ي"), ("يون", "ي"), ("يات", "ية"))
"""Plural endings of a nationality adjective and its singular ("السوريين" -> "السوري")."""


def sentence_nisbas(s: Sentence, people: bool = False) -> set[str]:
    """The countries the nationality adjectives of sentence ``s`` name, singular or plural ("اليمني"، "السوريين");
    ``people``: only plural ones, which tell of people ("المسلحين السوريين"), not of a state's arms ("الطيران
    الروسي")."""
    out = set()
    for w in s.words:
        if w[:2] != "ال" or w in _NOT_NATIONALITY:
            continue
        single = next((w[:-len(end)] + to for end, to in _PLURAL_NISBA if w.endswith(end)), None)
        if single is None and people:
            continue
        code = nisba_country(single or w)
        if code:
            out.add(code)
    return out


def _title_countries(doc: Document, sentences: list[Sentence], gazetteer: Gazetteer) -> list[str]:
    """The country of each place the document's title names, when the title is not also the text's first line
    (the evaluation's and the corpus's texts leave it out; a text that repeats it already counts it)."""
    from marsad.core.gazetteer import registry_country

    title = (doc.title or "").strip()
    if not title:
        return []
    found = split_document(title)
    head = normalize(title).strip()
    if any(s.is_title and (s.norm.strip() == head or head.startswith(s.norm.strip())) for s in sentences[:2]):
        return []
    out: list[str] = []
    for s in found:
        for m in gazetteer.find(s):
            if m.kind != "places" or normalize(m.surface) in _GENERIC_PLACE_WORDS:
                continue
            if _nisba(normalize(m.surface), normalize(m.entry.canonical)):
                continue  # "قضية الجاسوس الروسي": an adjective of origin, not where the news is
            if EMBASSY_OWNER and _mission_owner(s, m):
                continue
            code = registry_country(m.entry)
            if code:
                out.append(code)
    return out


def _nisba(surface: str, canonical: str) -> bool:
    """True for an adjective of origin of a place ("الروسي"، "السعودي"), not its name ("دبي")."""
    return any(surface.endswith(end) and not canonical.endswith(end) for end in ("ي", "يه"))


_FORCE_KIND = rules.table("context", "generic_force_kind")
"""Registry forces that a generic word may stand for: entry id -> kind of force (army, police, coalition)."""
_GENERIC_SURFACES = frozenset(
    normalize(x) for x in rules.phrases("context", "generic_force_surfaces"))
"""Generic ways to write a force ("الجيش"، "قوات الأمن"، "طيران التحالف")."""
_NATIONAL_FORCE = rules.table("context", "national_force")
"""``kind:CC`` -> the registry id of that country's force when it is not ``pattern`` ("army:TR": turkish_forces)."""
_FORCE_PATTERN = rules.table("context", "national_force_pattern")
_FORCE_KEPT = rules.phrases("context", "generic_force_kept")
"""Kinds kept as the registry reads them when the country has no force of its own (the coalition)."""
_NAMED_FORCE_TYPES = rules.table("context", "named_force_types")
"""Registry type of a force named with its nationality -> the kind of generic force it gives its country to."""
_NAMED_REACH = int(rules.number("context", "named_force_reach"))
_SURFACE_KIND = {normalize(k): v for k, v in rules.table("context", "generic_force_surface_kind").items()}
"""Generic surfaces whose kind of force is the same whatever registry entry reads them ("القوات المسلحة": an army,
though the registry lists it under Iraq's security forces). Such a surface is another state's force only when the
text names that state's force of its kind or its speaker (:data:`SPEAKER_FORCE`), never by the article's country
alone: the registry reads it as Iraq's, and news about Iraq written from Washington still means Iraq's."""

SPEAKER_FORCE = True
"""Switch (pass 44; on; off only to measure it): a generic force right after "أن/إن" whose speaker is written with its
nationality ("أعلنت رئاسة الأركان التركية أن القوات المسلحة قصفت"، "قالت وزارة الدفاع الباكستانية إن الجيش") is the
speaker's state's force (:func:`_speaker_country`), whatever country the places of the article name: a state's body
tells of its own forces. The country then carries on as a force named with it does."""
_SPEECH = rules.words("roles", "speech_verbs")
_THAT_WORDS = rules.words("roles", "that_words")
_SPEAKER_NISBA_REACH = int(rules.number("context", "speaker_nisba_reach"))
_SPEAKER_VERB_REACH = int(rules.number("context", "speaker_verb_reach"))


def _speaker_country(words: list[str], i: int) -> str | None:
    """The country of the speaker of a generic force at token ``i``: "أن/إن" right before it, a nationality adjective
    at most ``speaker_nisba_reach`` words before that (the speaker's name ends with it), and a speech verb at most
    ``speaker_verb_reach`` words before the adjective. None otherwise."""
    if i < 2 or words[i - 1] not in _THAT_WORDS:
        return None
    for k in range(i - 2, max(-1, i - 2 - _SPEAKER_NISBA_REACH), -1):
        code = _NISBA_COUNTRY.get(words[k])
        if code is None:
            continue
        if any(bare_in(w, _SPEECH) for w in words[max(0, k - _SPEAKER_VERB_REACH):k]):
            return code
        return None
    return None


def _surface_key(surface: str) -> str:
    """A force's surface as the generic lists write it: normalised, no hashtag, underscore or leading clitic."""
    s = normalize(surface.replace("#", "").replace("_", " ")).strip()
    for clitic in ("وبال", "وال", "فال", "بال", "كال", "لل"):
        if s.startswith(clitic) and len(s) > len(clitic) + 2:
            return "ال" + s[len(clitic):]
    return s


@lru_cache(maxsize=4096)
def _generic_surface(surface: str) -> bool:
    """True for a generic way to write a force, with its clitics, hashtag or underscores
    ("للجيش"، "وقوات الأمن"، "مقاتلات #التحالف"، "قوات_التحالف")."""
    s = normalize(surface.replace("#", "").replace("_", " ")).strip()
    if s in _GENERIC_SURFACES:
        return True
    for clitic in ("وبال", "وال", "فال", "بال", "كال", "لل", "و", "ف", "ب", "ل"):
        if s.startswith(clitic) and len(s) > len(clitic) + 2:
            rest = s[len(clitic):]
            if clitic in ("لل", "وبال", "وال", "فال", "بال", "كال"):
                rest = "ال" + rest
            if rest in _GENERIC_SURFACES:
                return True
    return False


def _named_kind(m: Mention) -> tuple[str, str] | None:
    """(kind, country) of a force named with its nationality ("الجيش البورمي"، "قوات الأمن التركية"), else None."""
    if m.kind != "actors":
        return None
    if m.entry.id in _FORCE_KIND:  # the registry's own forces: named only when written Iraqi ("الجيش العراقي")
        return (_FORCE_KIND[m.entry.id], "IQ") if "عراق" in normalize(m.surface) else None
    kind = _NAMED_FORCE_TYPES.get(str(m.entry.get("type")))
    code = str(m.entry.get("country_code") or "").upper()
    return (kind, code) if kind and code and not _generic_surface(m.surface) else None


def national_forces(mentions: list[list[Mention]], country: str | None, gazetteer: Gazetteer,
                    sentences: list[Sentence] | None = None) -> list[list[Mention]]:
    """A generic force mention made the force of its country ("الجيش" in news about Yemen = the Yemeni army).

    Its country is that of the force of the same kind last named with its nationality in the same sentence
    or the ``named_force_reach`` sentences before it ("قائد الجيش البورمي ... وقال قائد الجيش": the Burmese
    army, whatever country the article's places name most; a generic mention so read carries it on), else the
    article's country. In news about Iraq
    (or whose country cannot be told) the registry's reading stays. Elsewhere the mention takes the country's
    force from the registry (``national_force``, else the ``national_force_pattern`` id with the country
    code); with none it is dropped (the kinds in ``generic_force_kept`` keep the registry reading).

    Args:
        mentions: the gazetteer mentions of each sentence.
        country: the article's country (ISO alpha-2) or None.
        gazetteer: the matcher (its lexicon resolves ids).
        sentences: the sentences of the mentions (for a speaker's nationality, :data:`SPEAKER_FORCE`).
    """
    named: dict[str, tuple[int, str]] = {}  # kind -> (sentence, country) of its last force named with a nationality
    out: list[list[Mention]] = []
    for si, ms in enumerate(mentions):
        kept = []
        for m in ms:
            nk = _named_kind(m)
            if nk is not None:
                named[nk[0]] = (si, nk[1])
            kind = _FORCE_KIND.get(m.entry.id) if m.kind == "actors" else None
            if kind is None or not _generic_surface(m.surface):
                kept.append(m)
                continue
            own_kind = _SURFACE_KIND.get(_surface_key(m.surface))
            kind = own_kind or kind
            spoken = _speaker_country(sentences[si].words, m.i) if SPEAKER_FORCE and sentences is not None else None
            if spoken is not None:
                named[kind] = (si, spoken)
            last = named.get(kind)
            code = None if own_kind else country  # "القوات المسلحة": another state's only when the text names it
            if last is not None and si - last[0] <= _NAMED_REACH:
                code = last[1]
                named[kind] = (si, code)  # the story keeps telling of that force ("... عناصر من الشرطة")
            if code in (None, "IQ"):
                kept.append(m)
                continue
            target = _NATIONAL_FORCE.get(f"{kind}:{code}") or _FORCE_PATTERN.get(kind, "").format(cc=code.lower())
            entry = gazetteer.lexicon.get("actors", target) if target else None
            if entry is not None:
                kept.append(replace(m, entry=entry))
            elif kind in _FORCE_KEPT:
                kept.append(m)
        out.append(kept)
    return out


def _mission_owner(s: Sentence, m: Mention) -> bool:
    """True when country mention ``m`` of sentence ``s`` stands right after a word of a diplomatic mission
    ("السفارة الأمريكية"، "لسفارة فرنسا"): the mission's owner (``EMBASSY_OWNER``)."""
    if m.i <= 0 or m.i > len(s.words) or m.entry.get("admin_level") != "country":
        return False
    return bare_in(s.words[m.i - 1], _MISSION_WORDS)


def _acting_state(s: Sentence, m: Mention) -> bool:
    """True when country mention ``m`` of sentence ``s`` is the subject of the verb of armed action right before it
    ("وشنت إسرائيل"، "ونفذت الولايات المتحدة") (``ACTOR_COUNTRIES``)."""
    if m.i <= 0 or m.i > len(s.words) or m.entry.get("admin_level") != "country":
        return False
    return bare_in(s.words[m.i - 1], _ACTOR_VERBS)


def names_actor(s: Sentence, m: Mention) -> bool:
    """True when country mention ``m`` of sentence ``s`` names who acts, not where: an adjective of origin ("القيادة
    العسكرية الأميركية"، "طائرات روسية") or a state right after a verb of armed action ("ونفذت الولايات المتحدة").
    For the readers of a sentence's country (``locations.sentence_country`` and its kin): a town no gazetteer knows
    in a sentence that names the United States only so is not in the United States."""
    if m.kind != "places":
        return False
    return _nisba(normalize(m.surface), normalize(m.entry.canonical)) or _acting_state(s, m)


def _told_as_place(s: Sentence, m: Mention) -> bool:
    """True when mention ``m`` of sentence ``s`` is told as a place where the news is: not an adjective of origin,
    and a country only after a locative word or the clitic "ب" ("في العراق"، "بسوريا"، "شمال مالي")."""
    surface = normalize(m.surface)
    if _nisba(surface, normalize(m.entry.canonical)):
        return False
    if m.entry.get("admin_level") != "country":
        return True
    token = s.words[m.i] if m.i < len(s.words) else surface
    if token != surface and token.endswith(surface) and "ب" in token[:len(token) - len(surface)]:
        return True  # "بسوريا"، "وبالعراق"
    return m.i > 0 and any(b in _LOCATIVE_BEFORE or b in DIRECTIONS for b in bare(s.words[m.i - 1]))


_TOLD_TWICE = 2
"""How many times the article must tell places of a country as places for that country to replace one it names
only as a state or an adjective."""


def _told_count(sentences: list[Sentence], mentions: list[list[Mention]], code: str) -> int:
    """How many mentions of places of country ``code`` the article tells as places (``_told_as_place``)."""
    from marsad.core.gazetteer import registry_country

    return sum(m.kind == "places" and registry_country(m.entry) == code and _told_as_place(sentences[si], m)
               and normalize(m.surface) not in _GENERIC_PLACE_WORDS
               for si, ms in enumerate(mentions) for m in ms)


def doc_country(sentences: list[Sentence], mentions: list[list[Mention]], lead: set[int],
                titled: list[str] | None = None, told: bool = False) -> tuple[str | None, float]:
    """The country an article is mostly about, and its share of the votes: the most named country of its
    places (title and lead count double); ``(None, 0.0)`` when no country leads.

    Args:
        sentences: the article's sentences.
        mentions: their gazetteer mentions.
        lead: indices of the title and lead sentences.
        titled: the countries of the places named in a title kept outside the text (each counts double).
        told: count only places told as places (``_told_as_place``).
    """
    from marsad.core.gazetteer import registry_country

    votes: Counter[str] = Counter()
    for code in titled or ():
        votes[code] += 2
    for si, ms in enumerate(mentions):
        for m in ms:
            if m.kind != "places" or normalize(m.surface) in _GENERIC_PLACE_WORDS:
                continue
            if told and not _told_as_place(sentences[si], m):
                continue
            if EMBASSY_OWNER and _mission_owner(sentences[si], m):
                continue
            if ACTOR_COUNTRIES and _acting_state(sentences[si], m):
                continue
            code = registry_country(m.entry)
            if code:
                votes[code] += 2 if si in lead else 1
    if not votes:
        return None, 0.0
    (best, n), *rest = votes.most_common(2) + [(None, 0)]
    return (best, n / sum(votes.values())) if n > rest[0][1] else (None, 0.0)
