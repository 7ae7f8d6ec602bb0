"""Gazetteer matching: actors, places and glossary terms found in a sentence's normalised tokens.

Matching is token-based and longest-first over the registry's Arabic spellings, with
the clitics news glues to names removed ("بكركوك", "والبيشمركة", "لكوردستان",
"للحشد" = ل + الحشد) and a place glued to a direction word split ("ومخمورشمال").
Each mention keeps the raw span of the name itself (without the clitic), so it can be
quoted verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress, repeat
from typing import TYPE_CHECKING

from marsad.agent.offline import rules
from marsad.agent.offline.text import Sentence
from marsad.agent.offline.vocab import FRONTING_IN, PLACE_NOUNS
from marsad.agent.offline.world_capitals import capital_pair
from marsad.core.arabic import CLITICS, is_normal, normalize
from marsad.core.gazetteer import WorldGazetteer, WorldPlace, get_world_gazetteer, registry_country
from marsad.core.lexicon import Entry, Lexicon, get_lexicon

__all__ = ["Mention", "Gazetteer", "get_gazetteer", "DIRECTIONS", "ADMIN_WORDS", "front_in_country"]

_TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)
DIRECTIONS = rules.phrases("mentions", "directions")
FOREIGN_NISBA = rules.phrases("mentions", "foreign_nisba")
"""Nationality adjectives: "الجيش الإسرائيلي" is not the Iraqi army that the bare "الجيش" stands for."""
ADMIN_WORDS = rules.phrases("mentions", "admin_words")
_DUAL_HEADS = rules.table("mentions", "dual_heads")
_ROOM_HEADS = rules.phrases("mentions", "room_heads")
_GENERIC_ADJ = rules.words("mentions", "generic_noun_adjectives")
"""Adjectives that make a one-word group alias a common noun phrase ("الحشد العسكري" is a military build-up, not
the PMF "الحشد")."""
_SHORT_BODIES = rules.words("mentions", "short_body_names")
"""Short names of international bodies that begin other bodies' names: "مجلس الأمن" is the UN Security Council, but
"مجلس الأمن القومي التركي" a country's council (a nisba after it names another body)."""
_SHORT_BODIES_LAM = rules.words("mentions", "short_body_names_lam")
"""Of those, the names that a word with a glued "ل" carries on into another body's name ("المنظمة الدولية لحقوق
الإنسان" is not the United Nations, "المنظمة الدولية" alone is)."""
_OWN_NISBAS = rules.words("mentions", "short_body_own_nisbas")
"""The UN's own adjectives after its short body names ("مجلس الأمن الدولي"، "مجلس الأمن الأممي"): the same body."""
_LAM_FIELDS = rules.words("mentions", "short_body_lam_fields")
"""A field or the people served, behind a glued "ل", that carries "المنظمة الدولية" on into another body's name
("لحقوق الإنسان"، "للهجرة"، "للطيران المدني"); a verbal noun of a call ("لوقف"، "لإنهاء") is the verb's complement."""
GENERIC_NOUN = True
INNER_FOREIGN = True
"""Switch: a one-word alias of an armed group followed by one of :data:`_GENERIC_ADJ` names no group."""
_KIND_RANK = rules.table("mentions", "kind_rank")
_STRONG_CUES = rules.words("locations", "strong_place_cues")
_LIST_HEADS = rules.words("locations", "list_head_cues")
"""Words before the first place of a list that tell where things happen ("في"، "قرب"، "بين")."""
PROVINCE_LISTS = rules.words("locations", "province_lists")
"""Plural province nouns ("محافظات"، "ولايات") that head a list of places (:data:`PROVINCE_LIST`; also read by
``locations_cues.province_list``)."""
_PAIR_CUES = rules.words("locations", "pair_place_cues")
"""Dual place nouns that are also adjectives ("إقليمي" = two provinces, or regional): a cue only for a pair of names
("بإقليمي ماردين وبطمان")."""
"""Words that name a place ("مدينة"، "قرية"، "مديرية"): any GeoNames name after one is taken as a place."""
_PLACE_CUES = rules.words("locations", "place_cues")
"""Weaker cues ("في"، "قرب"، a direction): a GeoNames name after one is a place when it is a known town."""
_WORLD_MIN_POP_CUED = rules.number("locations", "world_min_population_cued")
_WORLD_MIN_LETTERS = rules.number("locations", "world_min_letters")
_SHORT_NAMES = rules.words("locations", "short_world_names")
"""Towns of fewer than ``world_min_letters`` letters that news writes bare ("على رفح"، "في لحج") and that are no
ordinary word: they need only the cue a town of their size needs."""
_TITLE_FOLLOWERS = rules.words("locations", "title_followers")
"""A word after a place-like name that makes the pair a title ("قائم مقام" is a district commissioner)."""
_WORLD_MIN_POP = rules.number("locations", "world_min_population")
_NOUN_COMPLEMENTS = frozenset(tuple(p.split("_")) for p in rules.words("locations", "noun_complements"))
"""(name, next word) pairs: a place name that is also a common noun or participle, followed by the word that
usually completes that noun ("البنى التحتية" infrastructure, not Albany; "القائم بأعمال" chargé d'affaires, not
al-Qaim; "مسقط رأس" birthplace, not Muscat; "حواره مع" his dialogue with, not Huwara)."""
_ADJECTIVE_NAMES = rules.words("locations", "adjective_place_names")
"""Place names that are also a definite adjective ("القائم" 'existing'): after a definite word that is no place word
the adjective agrees with that noun ("التعاون العسكري القائم"), so the name is no place."""
_INDEFINITE_ADJECTIVES = rules.words("locations", "indefinite_adjective_names")
"""The indefinite form of such an adjective ("قائم" 'existing'): the town is always written with its article."""
NOUN_COMPLEMENT = True
"""Switch (pass 52, placesb52): a name before its usual complement (:data:`_NOUN_COMPLEMENTS`) is no place."""
ADJECTIVE_NAME = True
"""Switch (pass 52, placesb52): a place name that is also an adjective (:data:`_ADJECTIVE_NAMES`) after a definite
word that is no place word, or in its indefinite form (:data:`_INDEFINITE_ADJECTIVES`), is no place."""
"""A GeoNames city with no place cue in front is a place only from this population up."""
_CUE_ONLY_COUNTRIES = rules.words("locations", "cue_only_countries")
"""Country names that are also common words ("مالي" = financial): a place only after a cue."""
_COMMON_NOUN_PLACES = rules.words("locations", "common_noun_places")
"""Towns whose name is a common noun ("الخبر" = the news): a glued "ب" is no cue for them ("أفاد بالخبر")."""
_WHOLE_WORDS = (rules.phrases("mentions", "glued_common_words") | _STRONG_CUES | _PLACE_CUES | DIRECTIONS | ADMIN_WORDS
                | rules.words("locations", "settlement") | PLACE_NOUNS)
"""Words that begin with a clitic letter but are words of their own ("بحوزة" 'in the possession of', "ولاية"
'province', "كامل" 'whole'; tools/glued_place_words.py lists the frequent ones): the world gazetteer is looked up
with the whole token only, never with a clitic stripped ("ولاية" is not و + Lae)."""
VALLEY_WHOLE = True
"""Switch (pass 50, its test): the valley noun "وادي" is a word of its own, never "و" and a world name ("في منطقة وادي
عيان" is no "ادي", Edd in Eritrea): the world gazetteer is looked up with the whole token (a name beginning with it,
"وادي موسى", is still found). Read when a word's world readings are first computed (a gazetteer remembers them)."""
_VALLEY_WORDS = rules.words("locations", "valley_place_nouns")
_STREET_NOUNS = rules.words("mentions", "street_nouns")
_GIVEN_NAMES = rules.words("actors", "given_names") | rules.words("locations", "given_names")
"""Common given names: a world town so named ("سالم"، "بندر"، "رشيد") read with no cue before it is a person's
name when a family name follows (:func:`_family_word`) or a person's title stands before it."""
_PERSON_TITLES = rules.words("actors", "ranks") | rules.words("actors", "honorifics")
_NAME_STOPS = rules.words("actors", "name_stops")
_COMMON = rules.words("common_words", "common_words")
_PERSON_PREPOSITIONS = rules.words("locations", "person_prepositions")
"""Weak place cues that as often govern a person ("نقلت عن"، "رسالة من"، "إلى"): they leave a given name a name."""
PERSON_NAMED = True  # switch for A/B measurement (tests patch it)
NATIONALITY_WORD = True  # switch for A/B measurement (tests patch it)
_PERSON_ACCUSATIVE = rules.words("locations", "person_accusative_nouns")
_TANWEEN = re.compile("[\u064b\u064c\u064d]")
"""Nouns of streets and roundabouts: a place name after one names the street ("شارع بغداد" in Damascus,
"شارع الأردن" in Gaza), never the place it is named after ("ساحة" is left out: "ساحة العراق" is most often
the Iraqi scene, the country itself)."""
_TWO_LETTER = rules.table("mentions", "two_letter_places")
"""Towns of two letters the world gazetteer leaves out ("إب" in Yemen), each with the name of its province there:
found by their exact written spelling only (after و/ف/ب/ل), since the normalised word is an ordinary one ("أب"
'father' normalises like "إب")."""
_TWO_LETTER_RAW = {c + raw: (name, raw, len(c)) for raw, name in _TWO_LETTER.items()
                   for c in ("", "و", "ف", "ب", "ل", "وب", "فب", "ول")}
_TWO_LETTER_NORMAL = frozenset(normalize(w) for w in _TWO_LETTER_RAW)
_WORD_CACHE = 200_000
_UNSEEN = object()
LISTED_PLACES = True
"""Switch (A/B measurement): a place joined by "و" right after a place of the same sentence is cued by the list
("في الرمادي، والكرمة، وحديثة"): a world name there needs only the weak cue "في" gives, and a registry place whose
name is also a common word (``ambiguous``) is taken when the place before it lies in the same country; a
three-letter cue with its "و"/"ف" ("وفي"، "ومن") is a cue too."""
UNIT_NAMES_LISTED = True
"""Switch (pass 40, A/B measurement and its test): in a list of places of one country, a province the world gazetteer
names only with its unit word ("محافظة الجوف"، "محافظة حجة": the bare name is a common word) is read from its bare
name ("في مأرب والجوف"), and a name after a lone "و" ("في صعدة و #الجوف", hashtag text) continues the list."""
_UNIT_WORDS = ("محافظه",)
DUAL_PROVINCES = True
"""Switch (pass 51): in a province dual ("محافظتي حجة وصعدة"، "بين محافظتي البيضاء ومأرب") a name the world gazetteer
knows only with its unit word ("محافظة حجة") is that province, and a first name the registry knows as a town is read
there; off, such a name was no mention (the dual read it as an unknown place within the other) and a second name found
this way skipped the first."""
PROVINCE_LIST = True
"""Switch (pass 52): a plural province noun ("في محافظات مأرب وعمران والجوف", ``locations.json`` ``province_lists``)
heads a list of places as "في" does, so the names joined to its first one by "و" are read as its list (a province the
world gazetteer names only with its unit word, from its bare name: :data:`UNIT_NAMES_LISTED`), and a town's name in
that list is the province named after it (``locations_cues.province_list``, which reads this switch); off, the list
ended at its first name, and that name stayed the town."""
DUAL_WORLD_TOWN = True
"""Switch (pass 51, fixmisc51): in a province dual, a name the world gazetteer knows only as a town ("محافظتي إدلب
وحماة": Hama) is read as the registry's town is (:data:`DUAL_PROVINCES`) when it is the second; off, it was lost."""
PLAIN_TABLES = True
"""Switch (speed only, the mentions are the same): :meth:`Gazetteer.find` reads a table other than ``"main"`` (the
glossary) with only the longest-phrase test (:meth:`Gazetteer._find_plain`), as none of the other readings applies
to its entries."""
CUE_NISBA = True
"""Switch (pass 37): a place word and a country's adjective before a world city cue it as the place word alone
does ("في العاصمة الإندونيسية جاكرتا")."""
FRONT_CUE = True
"""Switch (pass 43): a front word ("جبهة"، "جبهات") opening its sentence after "في" cues the world name after it as
"وفي" alone does ("وفي جبهة نهم، ..."): a known town or district, by the weak cue's population bar, is the front's
place."""
_FRONT_WORDS = frozenset(normalize(w) for w in ("جبهة", "جبهات"))
FRONT_IN_CUE = True
"""Switch (pass 49, its test): a front word right after "في" ("في جبهة صرواح") or with "ب" on it ("بجبهة نهم") inside
its sentence cues the one-word world name after it as one opening the sentence does (:data:`FRONT_CUE`), by the weak
cue's population bar: the front's town or district, resolved; off, such a front's name was read by ``named_places``
as a place no gazetteer knows (no coordinates, no province)."""
FRONT_HOME = True
"""Switch (pass 50, its test): a world name cued by a front word alone (:data:`FRONT_CUE`, :data:`FRONT_IN_CUE`) is a
place of the article's country or of a country its own sentence names (:func:`front_in_country`: the namesake there,
else no world place, and ``named_places`` reads the front's name as written): "في جبهة العلم شرقي عدن" is no
Iraqi town; and a bare name that is another country's province named with its unit word ("بجبهة الجوف": Yemen's
"محافظة الجوف", not Libya's town, the most populous namesake) is left to the registry's reading."""
_FRONT_QUOTES = frozenset('"«»“”')
"""A front's name opening a quote ('في جبهة "ميمنة الميمنة"') runs to its closing quote: no one-word place."""
PROVINCE_OF_CITY = True
"""Switch (pass 37): a world city carries the curated province it lies in as its governorate ("جلال آباد":
Nangarhar Province), so the city and its province told in one article are one area."""
SELF_CUED = True
"""Switch (pass 53, places53): a world name of two words or more whose first word is a place noun glued to a clitic
("لمدينة غزة"، "لمحافظة الجوف"، "لمديرية حيران": of the city of ...) is cued by that noun: "على الحدود الشرقية لمدينة
غزة" is Gaza City, not the Strip, and "لمحافظة الجوف" Yemen's province, not the Libyan town; off, such a name needed a
cue before it, and its bare second word was read alone with the glued noun as its cue. (Without a clitic, "مركز
مديرية الظاهر", it was measured and left out: a record of such a district was lost in a merge.)"""
QUIET_WORDS = True
"""Switch (A/B measurement): a word that can begin only longer world names is passed over at once when the next
word continues none of them (:meth:`Gazetteer._quiet_word`)."""
"""Distinct words whose gazetteer readings are remembered (each cache is cleared when full)."""


@dataclass(frozen=True, init=False)
class Mention:
    """A registry entry found in a sentence.

    Attributes:
        entry: the registry entry.
        i: index of the first token.
        j: index past the last token.
        start: raw document offset of the name (clitics excluded).
        end: raw document offset past the name.
        surface: the name exactly as written.
        glued: a direction word glued to the end of the name ("شمال" in "مخمورشمال"), else "".
    """

    entry: Entry
    i: int
    j: int
    start: int
    end: int
    surface: str
    glued: str = ""

    def __init__(self, entry: Entry, i: int, j: int, start: int, end: int, surface: str, glued: str = "") -> None:
        # what the dataclass's own __init__ does for a frozen class (each field set in order, past the frozen
        # __setattr__), written into the instance's dict at once: ~2.5x faster, and a document makes hundreds
        d = self.__dict__
        d["entry"] = entry
        d["i"] = i
        d["j"] = j
        d["start"] = start
        d["end"] = end
        d["surface"] = surface
        d["glued"] = glued
        try:
            d["kind"] = entry.kind  # the entry's kind, read by every rule: a plain attribute (no field of the class)
        except AttributeError:
            pass  # (a probe with no entry: reading its kind fails as it always did, in __getattr__)

    if TYPE_CHECKING:
        kind: str
    else:
        def __getattr__(self, name: str):
            if name == "kind":
                return self.entry.kind
            raise AttributeError(name)


def _clitic_table() -> dict[str, tuple[tuple[str, str, int, int], ...]]:
    """First letter -> (prefix, what it leaves, clitic length, prefix length) of the :data:`CLITICS` clusters
    beginning with it, in their order."""
    out: dict[str, list[tuple[str, str, int, int]]] = {}
    for prefix, keep in CLITICS:
        skip = len(prefix) - len(keep)
        if prefix in {"لل", "ولل", "فلل"}:
            skip = len(prefix) - 2  # "للحشد": the article's alef is dropped; quote the whole "للحشد"
        out.setdefault(prefix[0], []).append((prefix, keep, skip, len(prefix)))
    return {first: tuple(items) for first, items in out.items()}


_CLITICS_BY_FIRST = _clitic_table()


@lru_cache(maxsize=65536)
def _variants(tok: str) -> tuple[tuple[str, int], ...]:
    """(lookup form, number of raw leading characters that are clitics) for one token."""
    clusters = _CLITICS_BY_FIRST.get(tok[:1])
    if clusters is None:
        return ((tok, 0),)
    out = [(tok, 0)]
    n = len(tok)
    for prefix, keep, skip, length in clusters:
        if n - length >= 2 and tok.startswith(prefix):
            out.append((keep + tok[length:], skip))
    return tuple(out)


def _clitic_spellings(forms) -> frozenset[str]:
    """Every word whose :func:`_variants` include one of ``forms``: the forms and each with a clitic cluster glued on."""
    out = set(forms)
    for form in forms:
        for prefix, keep in CLITICS:
            if form.startswith(keep) and len(form) - len(keep) >= 2:
                out.add(prefix + form[len(keep):])
    return frozenset(out)


class Gazetteer:
    """Longest-match finder over the registry's Arabic spellings.

    Args:
        lexicon: the registry (default: :func:`marsad.core.lexicon.get_lexicon`).
    """

    def __init__(self, lexicon: Lexicon | None = None, world: WorldGazetteer | None = None):
        self.lexicon = lexicon or get_lexicon()
        self.world = world
        self._phrases: dict[str, dict[str, list[tuple[tuple[str, ...], Entry]]]] = {
            "main": {}, "glossary": {}
        }
        self._single_places: dict[str, Entry] = {}
        self._ambiguous: dict[str, Entry] = {}
        for entry in self.lexicon.entries:
            if entry.get("search_only"):
                continue  # words for finding and reading news (glossary_words.json), not extraction cues
            table = self._phrases["glossary" if entry.kind == "glossary" else "main"]
            for surface in entry.ar:
                toks = tuple(_TOKEN_RE.findall(normalize(surface)))
                if not toks:
                    continue
                if entry.kind == "places" and entry.get("ambiguous") and not (len(toks) > 1 and toks[0] in ADMIN_WORDS):
                    if len(toks) == 1:
                        self._ambiguous.setdefault(toks[0], entry)  # read in a list of places only
                    continue  # "بلد", "العظيم": only with an admin word in front
                table.setdefault(toks[0], []).append((toks, entry))
                if entry.kind == "places" and len(toks) == 1 and len(toks[0]) >= 3:
                    self._single_places.setdefault(toks[0], entry)
        for table in self._phrases.values():
            for items in table.values():
                items.sort(key=lambda it: (-len(it[0]), _KIND_RANK.get(it[1].kind, 2)))
        # the same phrases by length, longest first: (length, {tokens after the first: entry}), the entry
        # the sorted list would meet first for those tokens (one tuple and one dict lookup per length)
        self._by_length: dict[str, dict[str, tuple[tuple[int, dict[tuple[str, ...], Entry]], ...]]] = {}
        for name, table in self._phrases.items():
            index: dict[str, tuple] = {}
            for first, items in table.items():
                groups: dict[int, dict[tuple[str, ...], Entry]] = {}
                for toks, entry in items:
                    groups.setdefault(len(toks), {}).setdefault(toks[1:], entry)
                index[first] = tuple(sorted(groups.items(), reverse=True))
            self._by_length[name] = index
        # the second words of the phrases of each length (by the tails table's id: those tables live as long as the
        # matcher): a length whose phrases the next word does not continue is passed over without building a key
        self._seconds: dict[int, frozenset[str]] = {
            id(tails): frozenset(t[0] for t in tails if t)
            for index in self._by_length.values() for groups in index.values() for _, tails in groups}
        # the words that may begin a phrase of each table, clitics included: any other word is answered at once
        self._may_start = {name: _clitic_spellings(index) for name, index in self._by_length.items()}
        # per-word answers that depend on the word alone, computed once per distinct word
        self._starts: dict[str, dict[str, tuple]] = {"main": {}, "glossary": {}}
        self._world_starts: dict[str, tuple[tuple[str, int, int, frozenset[str] | None, tuple], ...]] = {}
        self._normal: dict[str, str | None] = {}
        self._glued: dict[str, tuple | None] = {}
        self._active: dict[str, dict[str, bool]] = {"main": {}, "glossary": {}}
        self._quiet: dict[str, frozenset[str] | None] = {}
        self._unit_spellings: frozenset[str] | None = None  # (:meth:`_unit_begins`, built on first use)

    def _can_start(self, word: str, table: str) -> bool:
        """False when no mention of the table can begin at this word (most words): :meth:`find` skips it."""
        if table == "main":
            found = bool(word in _DUAL_HEADS or word in _TWO_LETTER_NORMAL or self._phrase_starts(word, table)
                         or (self.world is not None and self._world_forms(word))
                         or (len(word) >= 6 and self._glued_split_of(word) is not None)
                         or (UNIT_NAMES_LISTED and self.world is not None and self._unit_begins(word)))
        else:
            found = bool(self._phrase_starts(word, table))
        cache = self._active[table]
        if len(cache) >= _WORD_CACHE:
            cache.clear()
        cache[word] = found
        return found

    def _phrase_starts(self, word: str, table: str) -> tuple[tuple[int, tuple], ...]:
        """(clitic length, phrases by length) for each reading of ``word`` that begins some phrase of the table, in
        :func:`_variants` order (empty for most words)."""
        cache = self._starts[table]
        found = cache.get(word)
        if found is None:
            if word not in self._may_start[table]:
                return ()  # no reading of it begins a phrase (most words)
            phrases = self._by_length[table]
            found = tuple((skip, phrases[form]) for form, skip in _variants(word) if form in phrases)
            if len(cache) >= _WORD_CACHE:
                cache.clear()
            cache[word] = found
        return found

    def _match_at(self, words: list[str], i: int, table: str,
                  starts: tuple[tuple[int, tuple], ...] | None = None) -> tuple[int, Entry, int] | None:
        """Longest phrase starting at token i: (end token, entry, clitic length). ``starts``: the word's
        :meth:`_phrase_starts` when the caller has them already (read from their cache)."""
        best: tuple[int, Entry, int] | None = None
        left = len(words) - i
        nxt = words[i + 1] if left > 1 else None
        seconds = self._seconds
        for skip, groups in (starts if starts is not None else self._phrase_starts(words[i], table)):
            for n, tails in groups:
                if n > left:
                    continue  # runs past the sentence
                if n == 1:
                    entry = tails.get(())
                elif nxt in seconds[id(tails)]:
                    entry = tails.get(tuple(words[i + 1:i + n]))
                else:
                    continue  # no phrase of this length goes on with the next word
                if entry is None:
                    continue
                if best is None or i + n > best[0]:
                    best = (i + n, entry, skip)
                break  # longest first: the first match is the longest for this form
        return best

    def find(self, sentence: Sentence, table: str = "main") -> list[Mention]:
        """Non-overlapping mentions in a sentence, left to right, longest first.

        Args:
            sentence: the sentence to search.
            table: ``"main"`` (actors and places) or ``"glossary"`` (domain terms).
        """
        words = sentence.words
        out: list[Mention] = []
        i = 0
        n = len(words)
        get = self._active[table].get
        # positions where a mention may begin: every word but those known to begin none (most), in C
        todo = list(compress(range(n), map(get, words, repeat(True))))
        if not todo:
            return out
        starts = self._starts[table]
        if table != "main" and PLAIN_TABLES:
            return self._find_plain(sentence, table, todo)
        quiet_get, normal_get = self._quiet.get, self._normal.get
        world_starts_get, glued_get = self._world_starts.get, self._glued.get
        for k in todo:
            if k < i:
                continue  # inside the mention found last
            i = k
            can = get(words[i])
            if not (can or (can is None and self._can_start(words[i], table))):
                continue
            if table == "main" and QUIET_WORDS:
                quiet = quiet_get(words[i], _UNSEEN)
                if quiet is _UNSEEN:
                    quiet = self._quiet_word(words[i])
                if quiet is not None:
                    if i + 1 >= n:
                        continue  # (nothing after it)
                    nxt = normal_get(words[i + 1], _UNSEEN)
                    if nxt is _UNSEEN:
                        nxt = self._normal_word(words[i + 1])
                    if nxt is not None and nxt not in quiet:
                        continue  # "في"، "التي"، "بين": a word only world names of two words or more begin, none here
            if table == "main" and words[i] in _DUAL_HEADS and i + 1 < n:
                pair = self._dual(sentence, i)
                if pair:
                    out.extend(pair)
                    i = max(m.j for m in pair)
                    continue
            # no phrase begins with this word (a world name or a glued place may): no phrase to match
            phrases = starts.get(words[i])
            hit = self._match_at(words, i, table, phrases) if phrases is None or phrases else None
            if hit is not None and table == "main" and hit[0] < n and words[hit[0]] in FOREIGN_NISBA \
                    and hit[1].kind == "actors" and hit[1].get("type") != "foreign_coalition":
                # another country's army or police; a longer name may hold that country's own force after its
                # first words ("الهيئة العليا للقوات الجوية الكويتية": the Kuwaiti air force's high command)
                i = i + 1 if INNER_FOREIGN and hit[0] - i >= 3 else hit[0] + 1
                continue
            if hit is not None and hit[0] < n and hit[0] - i == 2 and _named_on(words, i, hit[0]):
                i = hit[0] + 1  # "مجلس الأمن القومي": another body whose name the short one begins
                continue
            if GENERIC_NOUN and hit is not None and hit[0] == i + 1 and hit[0] < n and words[hit[0]] in _GENERIC_ADJ \
                    and hit[1].kind == "actors" and hit[1].get("type") in {"armed_group", "paramilitary"} \
                    and not words[i].endswith(("ي", "ين", "ون")):
                # "الحشد العسكري": a build-up of troops, a common noun and its adjective; a nisba or plural name
                # ("قائد الحوثيين العسكري") is the group, the adjective belongs to the word before it
                i = hit[0] + 1
                continue
            if hit is not None and i > 0 and hit[1].id == "joc" and words[i - 1] in _ROOM_HEADS:
                hit = None  # "غرفة العمليات المشتركة": the room's name, not the Joint Operations Command
            if hit is not None and hit[1].kind == "places" and hit[0] < n and words[hit[0]] in _TITLE_FOLLOWERS:
                i = hit[0] + 1  # "قائم مقام": a title, not the town al-Qaim
                continue
            if hit is not None and hit[1].kind == "places" and _common_phrase(words, i, hit[0]):
                i = hit[0]  # "التعاون القائم"، "القائم بأعمال": a common word, not the town al-Qaim
                continue
            if table == "main" and i > 0 and (hit is None or hit[1].kind == "places") \
                    and _STREET_WORD[words[i - 1]]:
                i = hit[0] if hit is not None else i + 1  # "شارع بغداد" in Damascus: a street, not the city
                continue
            if NATIONALITY_WORD and hit is not None and hit[0] == i + 1 and hit[1].kind == "places" \
                    and hit[1].get("admin_level") == "country" and words[i].endswith("يا") \
                    and self._nationality(sentence, i):
                i += 1  # "سائحاً بريطانياً": a British tourist, not Britain
                continue
            if hit is None and table == "main" and words[i] in _TWO_LETTER_NORMAL and self.world is not None \
                    and (short := self._two_letter(sentence, i)) is not None:
                out.append(short)  # "وفي إب": Ibb, written with its hamza below ("أب" is 'father')
                i = short.j
                continue
            listed = self._listed(sentence, i, out) if hit is None and LISTED_PLACES and table == "main" and out \
                and (words[i][:1] == "و" or (UNIT_NAMES_LISTED and i > 0 and words[i - 1] == "و")) else None
            # (none unless a "و" word follows a mention, or a word a lone "و" does; read with no hit only)
            if hit is None and listed is not None:
                amb = self._listed_ambiguous(sentence, i, listed)
                if amb is not None:
                    out.append(amb)  # "في الرمادي، والكرمة": the Iraqi town, not the common word
                    i = amb.j
                    continue
            if hit is None and table == "main" and self.world is not None \
                    and world_starts_get(words[i], True):  # (a word known to begin no world name: none here)
                world = self._world_at(sentence, i, listed)
                if world is not None:
                    out.append(world)
                    i = world.j
                    continue
            if hit is not None:
                j, entry, skip = hit
                ns, ne = sentence.tokens[i].ns + skip, sentence.tokens[j - 1].ne
                offsets = sentence.offsets  # (Sentence.raw_span and .quote, inline)
                start, end = (offsets[ns], offsets[ne - 1] + 1) if ne > ns else (offsets[ns], offsets[ns])
                out.append(Mention(entry, i, j, start, end, sentence.doc_text[start:end]))
                i = j
                continue
            if table == "main" and len(words[i]) >= 6 and glued_get(words[i], True) is not None:
                glued = self._glued_place(sentence, i)
                if glued is not None:
                    out.append(glued)
            i += 1
        return out

    def _find_plain(self, sentence: Sentence, table: str, todo: list[int]) -> list[Mention]:
        """:meth:`find` for a table other than ``"main"`` (the glossary): it holds only glossary entries, of none of the
        kinds the main table's readings test (actors, places), so only the longest phrase at each word is read."""
        words = sentence.words
        out: list[Mention] = []
        get = self._active[table].get
        starts = self._starts[table]
        tokens, offsets, doc_text = sentence.tokens, sentence.offsets, sentence.doc_text
        i = 0
        for k in todo:
            if k < i:
                continue  # inside the mention found last
            i = k
            w = words[i]
            can = get(w)
            if not (can or (can is None and self._can_start(w, table))):
                continue
            phrases = starts.get(w)
            hit = self._match_at(words, i, table, phrases) if phrases is None or phrases else None
            if hit is None or (i > 0 and hit[1].id == "joc" and words[i - 1] in _ROOM_HEADS):
                i += 1
                continue
            j, entry, skip = hit
            ns, ne = tokens[i].ns + skip, tokens[j - 1].ne
            # Sentence.raw_span and .quote, inline (most sentences hold several glossary terms)
            start, end = (offsets[ns], offsets[ne - 1] + 1) if ne > ns else (offsets[ns], offsets[ns])
            out.append(Mention(entry, i, j, start, end, doc_text[start:end]))
            i = j
        return out

    def _quiet_word(self, word: str) -> frozenset[str] | None:
        """For a word that can begin only world names of two words or more (no registry phrase, no place of its own,
        no dual noun, no two-letter town, too short for a glued direction: "في"، "التي"، "بين"), the second words of
        those names; None for any other word. Where the next word is none of them, :meth:`find`
        finds nothing at the word, whatever stands around it (remembered per word). The sets of all its readings are
        given as one (their union): the next word continues some reading when it is in the union."""
        quiet = None
        if self.world is not None and word not in _DUAL_HEADS and word not in _TWO_LETTER_NORMAL and len(word) < 6 \
                and not self._phrase_starts(word, "main"):
            forms = self._world_forms(word)
            if all(not single and seconds is not None for _, _, _, seconds, single in forms):
                quiet = frozenset().union(*(seconds for _, _, longest, seconds, _ in forms if longest > 1))
        if len(self._quiet) >= _WORD_CACHE:
            self._quiet.clear()
        self._quiet[word] = quiet
        return quiet

    @staticmethod
    def _nationality(sentence: Sentence, i: int) -> bool:
        """Word ``i``, a country's name ending in "يا", is the accusative nationality adjective of a person, which is
        written like the name once its tanween is dropped ("سائحاً بريطانياً"، "دبلوماسيا روسيا"، "بحاراً تركياً"):
        told by the tanween itself, which a country's name never takes, or by a person noun in the accusative right
        before it (``person_accusative_nouns``)."""
        start, end = sentence.token_span(i, i + 1)
        if _TANWEEN.search(sentence.quote(start, end + 1)):  # (after its last letter too: "بريطانياً")
            return True
        return i > 0 and any(b in _PERSON_ACCUSATIVE for b in _bare_forms(sentence.words[i - 1]))

    def _two_letter(self, sentence: Sentence, i: int) -> Mention | None:
        """The two-letter town at token i when it is written exactly so (:data:`_TWO_LETTER`), after a place cue
        ("في"، "مدينة"، a direction) or a glued "ب"."""
        tok = sentence.tokens[i]
        start, end = sentence.raw_span(tok.ns, tok.ne)
        found = _TWO_LETTER_RAW.get(_surface(sentence, start, end).lstrip("#"))
        cands = self.world.lookup(found[0]) if found else ()
        if not cands:
            return None
        name, raw, skip = found
        w = sentence.words[i - 1] if i > 0 else ""
        prev = (*_bare_forms(w), w[1:]) if w[:1] in ("و", "ف") else _bare_forms(w) if w else ()  # "وفي إب"
        if not ("ب" in sentence.words[i][:skip] or any(
                b in _STRONG_CUES or b in _PLACE_CUES or b in DIRECTIONS for b in prev)):
            return None  # "في صنعاء وإب والحديدة": a list of places is no incident's one place; a cue must say it
        start, end = sentence.raw_span(tok.ns + skip, tok.ne)
        return Mention(world_entry((replace(cands[0], ar=raw),)), i, i + 1, start, end, raw)

    @staticmethod
    def _listed(sentence: Sentence, i: int, out: list[Mention]) -> Mention | None:
        """The place that heads the list word ``i`` continues ("في الرمادي، والكرمة"): word i begins with "و" and
        follows a place mention of the sentence, directly or across at most two other "و" words (names no gazetteer
        knows: "في الرمادي، والصقلاوية، وحديثة")."""
        words = sentence.words
        spaced = UNIT_NAMES_LISTED and i > 0 and words[i - 1] == "و" and bool(out) and out[-1].j == i - 1
        if not out or out[-1].kind != "places" or (not spaced and (words[i][:1] != "و" or len(words[i]) <= 3)):
            return None
        gap = i - out[-1].j
        if not spaced and (gap < 0 or gap > 2
                           or any(words[k][:1] != "و" or len(words[k]) <= 3 for k in range(out[-1].j, i))):
            return None
        # the list's first place must be told where things happen ("في الرمادي، والكرمة"), not as a target or an
        # end ("هجومهم على عدن ولحج"، "إلى الرقة ودير الزور")
        k = len(out) - 1
        while k > 0 and out[k - 1].kind == "places" and 0 <= out[k].i - out[k - 1].j <= 2 \
                and words[out[k].i][:1] == "و":
            k -= 1
        head = out[k].i
        before = _bare_forms(words[head - 1]) if head > 0 else ()
        if head > 0 and len(words[head - 1]) == 3 and words[head - 1][0] in "وف":
            before = (*before, words[head - 1][1:])
        glued = out[k].start > sentence.raw_span(sentence.tokens[head].ns, sentence.tokens[head].ne)[0] \
            and words[head][:1] == "ب"  # "بالرمادي والكرمة"
        if not (glued or any(b in _LIST_HEADS or b in _STRONG_CUES or b in _PAIR_CUES
                             or (PROVINCE_LIST and b in PROVINCE_LISTS) for b in before)):
            return None
        return out[-1]

    def _listed_ambiguous(self, sentence: Sentence, i: int, listed: Mention) -> Mention | None:
        """A registry place whose one-word name is also a common word ("الكرمة"، "العلم") joined by "و" to the place
        ``listed`` right before it, when both lie in the same country (a list of places: "في الرمادي، والكرمة")."""
        spaced = i > 0 and sentence.words[i - 1] == "و"  # "في صعدة و #الجوف": the "و" apart from the name
        country = registry_country(listed.entry)
        for form, skip in _variants(sentence.words[i]):
            if skip != (0 if spaced else 1):
                continue
            entry = self._ambiguous.get(form)
            if entry is None and UNIT_NAMES_LISTED and self.world is not None:
                entry = self._unit_named(form, country)
            if entry is None:
                continue
            if registry_country(entry) != country:
                return None
            tok = sentence.tokens[i]
            start, end = sentence.raw_span(tok.ns + skip, tok.ne)
            return Mention(entry, i, i + 1, start, end, _surface(sentence, start, end))
        return None

    def _unit_named(self, form: str, country: str | None, any_country: bool = False) -> Entry | None:
        """The curated province of ``country`` the world gazetteer names only with its unit word ("محافظة الجوف": the
        bare name is also a common word), read from its bare name ``form``; else None. ``any_country``: of any
        country (whether the word may begin a mention at all)."""
        if len(form) < 3:
            return None
        seconds = self.world.seconds
        # (no name "<unit> <form>" is indexed unless form is a second word of the unit's names: most forms, no look-up)
        cands = tuple(c for unit in _UNIT_WORDS if form in seconds(unit) or normalize(form) != form
                      for c in self.world.lookup(f"{unit} {form}")
                      if c.admin_level == "region" and (any_country or c.country_code == country))
        return world_entry(cands) if cands else None

    def _unit_begins(self, word: str) -> bool:
        """Whether a reading of ``word`` is the bare name of a province of any country that the world gazetteer names
        only with its unit word (``any(self._unit_named(form, None, any_country=True) for form, _ in _variants(word))``).
        A normalised word, all of whose readings are normalised too, is one set test: the spellings with clitics of the
        second words that name a region after a unit word (:attr:`_unit_spellings`, built once). Before, every new word
        of the corpus was normalised and looked up reading by reading (speed only, the same answers)."""
        if not is_normal(word):
            return any(self._unit_named(form, None, any_country=True) is not None for form, _ in _variants(word))
        if self._unit_spellings is None:
            world = self.world
            self._unit_spellings = _clitic_spellings(frozenset(
                second for unit in _UNIT_WORDS for second in world.seconds(unit)
                if len(second) >= 3 and any(c.admin_level == "region" for c in world.lookup(f"{unit} {second}"))))
        return word in self._unit_spellings

    def _world_at(self, sentence: Sentence, i: int, listed: Mention | None = None) -> Mention | None:
        """A GeoNames place or a country at token i that the registry does not know, when context allows (``listed``:
        the place a list this word continues began with, :meth:`_listed`).

        A city after a place word ("مدينة"، "قرية"، "مديرية") is taken whatever its size; after a
        weaker cue ("في"، "من"، "قرب"، a direction, a glued "ب") from ``world_min_population_cued``
        people; with no cue only at the start of a clause (a dateline) and from ``world_min_population``. A country is taken anywhere (a
        common-word one such as "مالي" only after a cue). Directions, words shorter than
        ``world_min_letters`` and a name followed by a title word ("قائم مقام") are no place.

        The longest name wins: for each reading of the word, names of ``longest`` down to one token
        are tried and the first one the gazetteer knows decides. A name of two or more tokens is
        looked up only when the next word is one of the second words of the names beginning with
        that reading (:meth:`WorldGazetteer.seconds`); the one-token answer is remembered per word.
        """
        words = sentence.words
        n = len(words)
        for form, skip, longest, seconds, single in self._world_forms(words[i]):
            top = min(longest, n - i)
            if top > 1 and (seconds is None or (nxt := self._normal_word(words[i + 1])) is None or nxt in seconds):
                lookup = self.world.lookup
                for k in range(top, 1, -1):
                    name = " ".join([form, *words[i + 1:i + k]])
                    cands = lookup(name)
                    if cands:
                        return self._world_mention(sentence, i, form, skip, k, name, cands, listed)
            if single:
                return self._world_mention(sentence, i, form, skip, 1, form, single, listed)
        return None

    def _world_mention(self, sentence: Sentence, i: int, form: str, skip: int, k: int, name: str,
                       cands: tuple[WorldPlace, ...], listed: Mention | None = None) -> Mention | None:
        """The mention of world place ``cands`` named by tokens ``[i, i + k)`` when the context allows (:meth:`_world_at`);
        a place a list continues (``listed``, :meth:`_listed`) cues it."""
        words = sentence.words
        n = len(words)
        j = i + k
        if (j < n and words[j] in _TITLE_FOLLOWERS) or _common_phrase(words, i, j):
            return None
        prev = _bare_forms(words[i - 1]) if i > 0 else ()
        if LISTED_PLACES and i > 0 and len(words[i - 1]) == 3 and words[i - 1][0] in "وف" \
                and not any(b in _STRONG_CUES for b in _bare_forms(words[i])):
            prev = (*prev, words[i - 1][1:])  # "وفي حديثة"، "ومن البوكمال" ("وفي محافظة أبين": the noun, then its name)
        strong = any(b in _STRONG_CUES for b in prev) or (
            LISTED_PLACES and any(b in _PAIR_CUES for b in prev) and j < n and words[j][:1] == "و") or (
            CUE_NISBA and i > 1 and words[i - 1][:2] == "ال" and self._country_adjective(words[i - 1])
            and not _STRONG_CUES.isdisjoint(_bare_forms(words[i - 2]))) or (  # "بالعاصمة السودانية الخرطوم"
            SELF_CUED and k > 1 and skip > 0 and form in _STRONG_CUES)  # "لمدينة غزة": the name's own place noun
        weak = strong or any(b in _PLACE_CUES or b in DIRECTIONS for b in prev) \
            or (skip > 0 and "ب" in words[i][:skip] and form not in _COMMON_NOUN_PLACES) \
            or (listed is not None and skip > 0 and form not in _COMMON_NOUN_PLACES)  # "بعدن", not "بالخبر"
        front = not weak and self._fronted_front(sentence, i, k)  # cued by a front word alone ("بجبهة نهم")
        weak = weak or front
        best = cands[0]
        if front and FRONT_HOME and k == 1 and (province := self._unit_named(form, None, any_country=True)) is not None \
                and registry_country(province) != best.country_code:
            return None  # "بجبهة الجوف": Yemen's province, which the registry reads, not Libya's town (:data:`FRONT_HOME`)
        if name in DIRECTIONS or (k == 1 and len(form) < _WORLD_MIN_LETTERS and not strong and form not in _SHORT_NAMES):
            return None
        if PERSON_NAMED and k == 1 and best.admin_level != "country" and form in _GIVEN_NAMES and not (
                strong or listed is not None or (skip > 0 and "ب" in words[i][:skip])
                or any(b in DIRECTIONS or (b in _PLACE_CUES and b not in _PERSON_PREPOSITIONS) for b in prev)) and (
                (i > 0 and words[i - 1] in _PERSON_TITLES) or (j < n and _family_word(words[j]))):
            return None  # "، سالم الأحمر،"، "العميد بندر": a given name, not the town so named
        if best.admin_level == "country":
            if form in _CUE_ONLY_COUNTRIES and not weak:
                return None
        elif not strong and best.population < (_WORLD_MIN_POP_CUED if weak else _WORLD_MIN_POP):
            return None
        elif not weak and i > 0 and not sentence.tokens[i].clause_start and not capital_pair(
                self.world, words, i, j, best, skip > 0 and words[i][:1] == "و", _readings):
            return None  # a big city's name inside a phrase is often a person's ("كاوه رشيد"), not a pair of
            # capitals ("وقعت جوبا والخرطوم")
        tok = sentence.tokens[i]
        start, end = sentence.raw_span(tok.ns + skip, sentence.tokens[j - 1].ne)
        entry = world_entry(cands)
        if front and FRONT_HOME:
            entry.data["front_cued"] = True  # its country is checked against the article's (:func:`front_in_country`)
        return Mention(entry, i, j, start, end, _surface(sentence, start, end))

    @staticmethod
    def _fronted_front(sentence: Sentence, i: int, k: int = 1) -> bool:
        """True (switch ``FRONT_CUE``) when word ``i`` follows a front word that opens its sentence after "في" ("وفي
        جبهة نهم، ..."): the round-up's next front, whose name is a place as after "وفي" alone; or (switch
        ``FRONT_IN_CUE``) when a one-word name ``k == 1`` follows a front word told inside the sentence after "في" or
        with "ب" on it ("... في جبهة كذا"، "بجبهة كذا"), not opening a quote."""
        words = sentence.words
        if FRONT_IN_CUE and k == 1 and i >= 1 and not (i == 2 and words[0] in FRONTING_IN) and (
                (i >= 2 and words[i - 1] in _FRONT_WORDS and words[i - 2] in FRONTING_IN)
                or (words[i - 1][:1] == "ب" and words[i - 1][1:] in _FRONT_WORDS)) \
                and _FRONT_QUOTES.isdisjoint(sentence.norm[sentence.tokens[i - 1].ne:sentence.tokens[i].ns]):
            return True  # "في جبهة صرواح"، "بجبهة نهم" (:data:`FRONT_IN_CUE`; the opening one is FRONT_CUE's); not
            # 'جبهة "ميمنة الميمنة"'
        return FRONT_CUE and i == 2 and words[1] in _FRONT_WORDS and words[0] in FRONTING_IN

    def _country_adjective(self, word: str) -> bool:
        """True when ``word`` is a country's adjective the registry lists ("السودانية"، "الإندونيسية")."""
        if word[-2:] not in ("ية", "يه"):
            return False
        entry = self._single_places.get(self._normal_word(word) or "")
        return entry is not None and entry.get("admin_level") == "country"

    def _world_forms(self, word: str) -> tuple[tuple[str, int, int, frozenset[str] | None, tuple], ...]:
        """(form, clitic length, most tokens a world name beginning with it has, the second words of those
        names or None to try every length, the places of the form alone) for each reading of ``word`` that
        begins a world name (empty for most words).

        Names are looked up normalised: a form's longest name and second words are those of its
        normalised form; when that is not one clean word (never for a normalised sentence's tokens)
        the second words are None and every length is looked up.
        """
        found = self._world_starts.get(word)
        if found is None:
            world = self.world
            out = []
            whole = word in _WHOLE_WORDS or (VALLEY_WHOLE and word in _VALLEY_WORDS)
            for form, skip in _variants(word)[:1] if whole else _variants(word):
                if not world.starts(form):
                    continue
                nform = normalize(form)
                clean = nform.split() == [nform]
                out.append((form, skip, min(world.max_tokens, world.longest(nform)),
                            world.seconds(nform) if clean else None, world.lookup(form)))
            found = tuple(out)
            if len(self._world_starts) >= _WORD_CACHE:
                self._world_starts.clear()
            self._world_starts[word] = found
        return found

    def _normal_word(self, word: str) -> str | None:
        """``normalize(word)`` when that is one clean word, else None (remembered per word)."""
        cache = self._normal
        if word in cache:
            return cache[word]
        norm = normalize(word)
        found = norm if norm.split() == [norm] else None
        if len(cache) >= _WORD_CACHE:
            cache.clear()
        cache[word] = found
        return found

    def _dual(self, sentence: Sentence, i: int) -> list[Mention]:
        """"وزارتي الداخلية والدفاع" = وزارة الداخلية + وزارة الدفاع (a dual noun shared by two names)."""
        words = sentence.words
        head = _DUAL_HEADS[words[i]]
        found: list[Mention] = []
        for k, (tok, skip) in enumerate([(words[i + 1], 0)] + (
                [(words[i + 2][1:], 1)] if i + 2 < len(words) and words[i + 2].startswith("و") else [])):
            probe = [head, tok] + words[i + 2 + k:i + 4 + k]
            hit = self._match_at(probe, 0, "main")
            if (hit is None or hit[0] < 2) and DUAL_PROVINCES and head in _UNIT_WORDS and self.world is not None:
                t = sentence.tokens[i + 1 + k]
                province = self._unit_named(tok, None, any_country=True)
                if province is not None:  # "محافظتي حجة وصعدة": Hajjah Governorate, a name only its unit word makes
                    start, end = sentence.raw_span(t.ns + skip, t.ne)
                    found.append(Mention(province, i + 1 + k, i + 2 + k, start, end, _surface(sentence, start, end)))
                elif k == 0 and (town := self._match_at(words, i + 1, "main")) is not None \
                        and town[1].kind == "places" and town[1].get("admin_level") == "city":
                    # the first name a town the province is named after ("محافظتي صعدة وحجة"): read here, before the
                    # second, which the caller goes on after (locations_cues.province_of_city makes it the province)
                    start, end = sentence.raw_span(t.ns + town[2], sentence.tokens[town[0] - 1].ne)
                    found.append(Mention(town[1], i + 1, town[0], start, end, _surface(sentence, start, end)))
                elif DUAL_WORLD_TOWN and k == 1 and (town := self._match_at(words, i + 2, "main")) is not None \
                        and town[1].kind == "places":
                    continue  # the second name a registry place ("محافظتي حجة وصعدة"): the caller reads it after
                elif DUAL_WORLD_TOWN and k == 1 and (cands := tuple(c for c in self.world.lookup(tok) if c.admin_level == "city")):
                    # the second name a town only the world gazetteer knows ("محافظتي إدلب وحماة": Hama); a first one
                    # is left as before ("بين محافظتي قعطبة وإب" names a district first)
                    start, end = sentence.raw_span(t.ns + skip, t.ne)
                    found.append(Mention(world_entry(cands), i + 1 + k, i + 2 + k, start, end,
                                         _surface(sentence, start, end)))
                continue
            if hit is None or hit[0] < 2:
                continue
            t = sentence.tokens[i + 1 + k]
            last = sentence.tokens[i + k + hit[0] - 1]
            start = sentence.raw_span(sentence.tokens[i].ns, t.ne)[0] if k == 0 else sentence.raw_span(t.ns + skip, t.ne)[0]
            end = sentence.raw_span(last.ns, last.ne)[1]
            found.append(Mention(hit[1], i if k == 0 else i + 1 + k, i + k + hit[0], start, end,
                                 _surface(sentence, start, end)))
        return found

    def _glued_place(self, sentence: Sentence, i: int) -> Mention | None:
        """A place name with a direction word glued to its end: "ومخمورشمال"."""
        hit = self._glued_split_of(sentence.words[i])
        if hit is None:
            return None
        k, skip, entry, rest = hit
        tok = sentence.tokens[i]
        start, end = sentence.raw_span(tok.ns + skip, tok.ns + k)
        return Mention(entry, i, i + 1, start, end, _surface(sentence, start, end), glued=rest)

    def _glued_split_of(self, word: str) -> tuple[int, int, Entry, str] | None:
        """:meth:`_glued_split`, remembered per word."""
        if word in self._glued:
            return self._glued[word]
        hit = self._glued_split(word)
        if len(self._glued) >= _WORD_CACHE:
            self._glued.clear()
        self._glued[word] = hit
        return hit

    def _glued_split(self, word: str) -> tuple[int, int, Entry, str] | None:
        """(length of the place part, its clitic length, place entry, direction) of a glued word, or None."""
        for k in range(3, len(word) - 2):
            rest = word[k:]
            if rest not in DIRECTIONS:
                continue
            for form, skip in _variants(word[:k]):
                entry = self._single_places.get(form)
                if entry is not None:
                    return k, skip, entry, rest
        return None


class _StreetWord(dict):
    """Whether a word, or one of its :func:`_bare_forms`, is a street noun ("شارع"، "وبشارع"): once per distinct word."""

    def __missing__(self, word: str) -> bool:
        found = any(b in _STREET_NOUNS for b in _bare_forms(word))
        if len(self) >= 65536:
            self.clear()
        self[word] = found
        return found


_STREET_WORD = _StreetWord()


def _named_on(words: list[str], i: int, j: int) -> bool:
    """True when the two words ``words[i:j]`` are a short body name (:data:`_SHORT_BODIES`) that the word after them
    carries on into another body's name: a nisba ("القومي"، "الوطنية"; not the UN's own, "الأممي"), or for some a
    field behind a glued "ل" (:data:`_LAM_FIELDS`)."""
    name = f"{words[i]}_{words[i + 1]}"
    if name not in _SHORT_BODIES and words[i][:1] in "وبل":
        name = name[1:]  # "أعرب لمجلس الأمن القومي": behind a glued preposition too
    if name not in _SHORT_BODIES:
        return False
    nxt = words[j]
    if nxt.startswith("ال") and len(nxt) >= 5 and nxt.endswith(("ي", "يه")):
        return nxt not in _OWN_NISBAS
    if name not in _SHORT_BODIES_LAM or not nxt.startswith("ل"):
        return False
    return nxt[1:] in _LAM_FIELDS or nxt.startswith("لل") and "ال" + nxt[2:] in _LAM_FIELDS


def _family_word(word: str) -> bool:
    """True when ``word`` can be the family name or nisba after a given name: a word with the article that is no
    feminine or plural word (a town's adjective agrees with it: "الجديدة") and no time word or particle
    ("الاثنين"، "الذي"), a nisba in "ي" that is no common word ("العتيبي"، "شمري"), or another given name (the
    father's)."""
    if word in _NAME_STOPS:
        return False
    if word in _GIVEN_NAMES:
        return True
    if word[:2] == "ال":
        return len(word) >= 5 and word[-1] not in "ةه" and (not word.endswith(("ين", "ون", "ات")) or word[2:] in _GIVEN_NAMES)
    return len(word) >= 4 and word[-1] == "ي" and word not in _COMMON


def _common_phrase(words: list[str], i: int, j: int) -> bool:
    """True when the one-word name at ``[i, j)`` is a common word here (:data:`NOUN_COMPLEMENT`,
    :data:`ADJECTIVE_NAME`): it is followed by its usual complement ("البنى التحتية"), or it is an adjective after a
    definite word that is no place word ("الوضع القائم"), or an adjective's indefinite form ("قائم على")."""
    if j != i + 1:
        return False
    forms = _bare_forms(words[i])
    if NOUN_COMPLEMENT and j < len(words) and any((f, words[j]) in _NOUN_COMPLEMENTS for f in forms):
        return True
    if not ADJECTIVE_NAME:
        return False
    if not _INDEFINITE_ADJECTIVES.isdisjoint(forms):
        return True
    if i == 0 or words[i] not in _ADJECTIVE_NAMES:
        return False  # (a clitic on the adjective, "والقائم"، "بالقائم", makes it a name or a noun of its own)
    prev = words[i - 1]
    bare = [b for b in _bare_forms(prev) if b[:2] == "ال"] or ([prev[1:]] if prev[:2] == "لل" else [])
    return bool(bare) and not any(b in _STRONG_CUES or b in _PLACE_CUES or b in DIRECTIONS or b in PLACE_NOUNS
                                  for b in _bare_forms(prev))


def _bare_forms(word: str) -> tuple[str, ...]:
    """A word and its forms without one or two leading و/ف/ب/ل."""
    out = [word]
    if len(word) > 3 and word[0] in "وفبل":
        out.append(word[1:])
        if len(word) > 4 and word[1] in "بل":
            out.append(word[2:])
    return tuple(out)


@lru_cache(maxsize=8192)
def _readings(word: str) -> list[str]:
    """The forms of ``word`` without its clitics (:func:`_variants`)."""
    return [form for form, _ in _variants(word)]


def world_entry(cands: tuple[WorldPlace, ...]) -> Entry:
    """A registry-shaped entry for a world place (its alternatives kept for disambiguation by country)."""
    p = cands[0]
    # a province ("شبوة"، "ننجرهار") is its country's governorate: as specific, as strong, its own merge key
    province = p.admin_level == "region"
    return Entry("places", p.id, p.ar, p.name_en, (p.ar,), (p.name_en,), {
        "admin_level": "governorate" if province else p.admin_level,
        "governorate": p.name_en if province else p.region if PROVINCE_OF_CITY else None,
        "district": None, "lat": p.lat, "lon": p.lon,
        "country_code": p.country_code, "country": p.country_en, "population": p.population,
        "source": "country" if p.admin_level == "country" else "geonames", "alternatives": cands,
        "coord_precision": "approximate" if p.admin_level in ("country", "region") else None,
    })


def front_in_country(m: Mention, countries: set[str]) -> Mention | None:
    """Place mention ``m`` read only where the article is (cued by a front word alone, :data:`FRONT_HOME`; a town after
    a landform noun, ``context.LANDFORM_HOME``) as a place of one of ``countries`` (the article's, and those its
    sentence names): itself when it lies in one (or no country is known), its world namesake there when it has one,
    else None (no place)."""
    if not countries or registry_country(m.entry) in countries:
        return m
    alts = m.entry.get("alternatives") or ()
    same = next((p for p in alts if p.country_code in countries), None)
    if same is None:
        return None
    entry = world_entry((same, *[p for p in alts if p is not same]))
    entry.data["front_cued"] = True
    return replace(m, entry=entry)


def _surface(sentence: Sentence, start: int, end: int) -> str:
    return sentence.quote(start, end)


@lru_cache(maxsize=2)
def get_gazetteer(extra_dirs: tuple = ()) -> Gazetteer:
    """The shared matcher over the registry and the world gazetteer (built once per process)."""
    return Gazetteer(get_lexicon(extra_dirs), get_world_gazetteer())
