"""Actors: states acting as states (D-15), and the groups :func:`build_actors` collects its actors in.

A country's or a capital's name outside a locative phrase (:func:`state_acting`, :func:`state_entry`,
:func:`state_of`), a government named as the owner of forces (the country's army), a bare "الحكومة" acting in news
of one country, and nationality plurals standing for their state ("القادة السعوديون"). :func:`_entry_group` and
:func:`_add_name` keep one group per actor, in the order of first mention.
"""

from __future__ import annotations

from contextvars import ContextVar
from functools import lru_cache

from marsad.agent.offline import rules
from marsad.agent.offline.actors_names import _is_nisba, _norm
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.merge import window_span
from marsad.agent.offline.text import Sentence
from marsad.core.arabic import normalize
from marsad.core.gazetteer import get_world_gazetteer, registry_country
from marsad.core.lexicon import Entry, get_lexicon

_STATE_LOCATIVE = rules.words("actors", "state_locative_before")
"""Right before a country's name: the country is a place ("في تركيا"، "شمال سوريا"), not a state acting."""
_STATE_BEFORE = rules.words("actors", "state_agent_before")
_STATE_AFTER = rules.words("actors", "state_agent_after")
"""Around a country's name: it acts (a verb of a state's act before or after it, "بين"/"مع"/"أن" before it)."""
_STATE_CONTEST_VERBS = rules.words("actors", "state_contest_verbs")
"""Verbs of a match or contest ("فازت"، "خسرت"، "تأهلت"): the country after one is its team, not the state acting."""
_STATE_PERMITTED = rules.words("actors", "state_permission_verbs")
"""Before a state with "ل" glued on its article: the state is given leave to act ("سمحت للولايات المتحدة باستخدام
القواعد"); after any other word "لل" is where one goes or whose a thing is ("أتيت للمملكة"، "للعراق تاريخ")."""
_STATE_PRONOUN_OBJECTS = rules.words("actors", "state_verb_pronoun_objects")
"""A preposition with a pronoun between a verb and its subject ("التي قامت بها مصر"، "كانت تعترض عليه الكويت"،
"رسالة اتهم فيها فرنسا"): the verb before it is the word that tells the state acts."""
_STATE_BORDER = rules.words("actors", "state_border_words")
"""Before "مع": the country is across a border, a place ("قرب الحدود مع مالي")."""
_STATE_LINK = rules.words("actors", "state_link_words")
"""Before "بين": a road, crossing or line joining two countries ("المنفذ الرابط بين اليمن والسعودية"): places."""
_STATE_PLACE_VERBS = rules.words("actors", "state_place_verbs")
"""Verbs whose subject is a country as a place things happen in ("وتعرضت مقديشو لهجمات"، "أن أفغانستان سجلت")."""
_STATE_BACKER = rules.words("actors", "state_backer_words")
"""Before "من": the country after backs someone ("المدعومة من إيران"، "بدعم من تركيا")."""
_STATE_ENVOY = rules.words("actors", "state_envoy_words")
"""Before "لدى": an envoy, so the country after is the state he is accredited to ("سفيرها لدى الهند")."""
_STATE_CAPITALS = {normalize(k.replace("_", " ")): v for k, v in rules.table("actors", "state_capitals").items()}
"""Capitals that stand for their government when not a place ("اتفاق واشنطن وأنقرة")."""


@lru_cache(maxsize=4096)
def _state_names(canonical: str, ar: tuple[str, ...]) -> frozenset[str]:
    """The normalised names a country is written as, "البلاد" (any country) left out."""
    return frozenset(_norm(n) for n in (canonical, *ar)) - {"البلاد"}


def state_acting(s: Sentence, m: Mention, prev_state: int | None = None) -> str | None:
    """The country a place mention stands for as a state acting (D-15), or None.

    A country's name ("تركيا"، "الولايات المتحدة") or a capital standing for its government
    ("واشنطن"، "أنقرة") is a state when it is not a place: no locative word or glued "ب" before
    it ("في تركيا"، "بتركيا"، "شمال سوريا"، "زار أنقرة").
    """
    e = m.entry
    if e.kind != "places":
        return None
    # a hashtag of several words ("#الولايات_المتحدة") is read with its underscores as spaces (pass 65)
    surface = _norm(m.surface.replace("_", " "))
    if surface.startswith("لل") and s.words[m.i].startswith("لل"):
        if m.i == 0 or s.words[m.i - 1] not in _STATE_PERMITTED:
            return None  # "أتيت للمملكة"، "للعراق تاريخ طويل": where one goes, whose a thing is
        surface = "ال" + surface[2:]  # "سمحت للولايات المتحدة باستخدام": the state given leave to act
    if e.get("admin_level") == "country":
        code = registry_country(e)
        if " " not in surface and surface.startswith("ال") and surface.endswith(("يه", "ية", "ي")) and surface != _norm(e.canonical):
            return None  # a nisba ("الروسية"، "التونسي المعتقل"): an adjective or a person, not the state
        if code is None or surface not in _state_names(e.canonical, e.ar):
            return None
    else:
        code = _STATE_CAPITALS.get(surface)
        if code is None or not _capital_entry(e, code):
            return None
    word = s.words[m.i]
    if not surface.startswith(word[:1]) and word[:1] == "ب":
        return None  # "بتركيا"
    if m.i > 1 and s.words[m.i - 1] == "من" and s.words[m.i - 2] in _STATE_BACKER:
        return code  # "الميليشيات المدعومة من إيران": the state backing them
    if m.i > 1 and s.words[m.i - 1] == "لدي" and s.words[m.i - 2] in _STATE_ENVOY:
        return code  # "استدعت باكستان سفيرها لدى الهند": the state an envoy is accredited to
    if m.i > 0 and (s.words[m.i - 1] in _STATE_LOCATIVE or s.words[m.i - 1][1:] in _STATE_LOCATIVE
                    and s.words[m.i - 1][:1] in "وف"):
        return None
    before = s.words[m.i - 1] if m.i > 0 and not s.tokens[m.i].clause_start else ""
    if before in _STATE_PRONOUN_OBJECTS and m.i > 1 and not s.tokens[m.i - 1].clause_start:
        before = s.words[m.i - 2]  # "الوساطة التي قامت بها مصر": the verb before the pronoun's preposition
    after = s.words[m.j] if m.j < len(s.words) else ""
    if _dateline(s, m) or filed_under(m):
        return None
    if prev_state == m.i or _BORDER_ADJECTIVE and prev_state == m.i - 1 and s.words[m.i - 1] == "و":
        return code  # "واتهمت دمشق وموسكو وطهران إسرائيل": a conjunct or object of states ("و" apart or glued)
    if before in _STATE_PLACE_VERBS or after in _STATE_PLACE_VERBS:
        return None  # "وتعرضت مقديشو لهجمات": where things happen
    if before in {"مع", "ومع"} and m.i > 1 and (s.words[m.i - 2] in _STATE_BORDER or s.words[m.i - 2][:1] == "و"
                                                and s.words[m.i - 2][1:] in _STATE_BORDER):
        return None  # "قرب الحدود مع مالي"
    if _BORDER_ADJECTIVE and before in {"مع", "ومع"} and m.i > 2 and _border_word(s.words[m.i - 3]):
        return None  # "تشترك بحدود برية مع عمان"، "بالحدود البحرية مع الصومال": a border and its kind, then the country
    conjunct = word[:1] == "و" and not surface.startswith("و") or _BORDER_ADJECTIVE and before == "و"
    # ("بين تعز و عدن": the conjunction written apart, before a hashtag, still joins the two places)
    between = next((x for x in range(m.i - 1, max(-1, m.i - 5), -1) if s.words[x] == "بين"), None)
    if between is not None and any(s.tokens[t].clause_start for t in range(between + 1, m.i + 1)):
        between = None  # "تربط بين ثلاث محافظات، هي: صنعاء": a list after a break, no party of "بين"
    if between is not None and between > 0 and (s.words[between - 1] in _STATE_BORDER or s.words[between - 1] in _STATE_LINK):
        return None  # "الحدود بين الهند وباكستان"، "المنفذ الرابط بين البلدين": places, not states
    if before in _STATE_BEFORE or after in _STATE_AFTER or (
            not conjunct and between is not None):  # "بين مأرب وصنعاء": places, not states
        return code
    verb = before[1:] if before[:1] in "وف" and len(before) > 4 else before
    if verb in _STATE_CONTEST_VERBS:
        return None  # "التي فازت بها البرازيل": a country's team in a match, not the state
    if verb.endswith("ت") and not verb.startswith("ال") and not (verb.endswith("ات") and len(verb) >= 5):
        return code  # a verb of the state's act before it: "استدعت باكستان"، "وشنت تركيا"
    if _IMPERFECT and before and (m.i == 1 or s.tokens[m.i - 1].clause_start) and _imperfect_verb(before):
        return code  # the same act told in the present, the verb opening its clause: "وتشن بريطانيا ضربات"
    return None


_BORDER_ADJECTIVE = True
"""Switch: a border word, its adjective ("البرية"، "البحرية") and "مع" before a country make it a place across that
border; and a conjunction written apart from the name ("بين تعز و عدن") joins it to the place before, as the glued
one does (A/B)."""


def _border_word(w: str) -> bool:
    """A border word, bare or after a glued "و"/"ب" or "بال" ("وحدود"، "بحدود"، "بالحدود")."""
    return w in _STATE_BORDER or w[:1] in "وب" and w[1:] in _STATE_BORDER or w[:1] == "ب" and w[1:3] == "ال" \
        and w[1:] in _STATE_BORDER


_IMPERFECT = True
"""Switch: a feminine present-tense verb that opens its sentence or clause ("وتتهم"، "وتفرض") right before a country's
name makes the country its subject, the state acting (:func:`_imperfect_verb`; A/B). A verb inside a clause may have
another subject and the country as its object ("التي تضم الأرجنتين"، "وتهدد الولايات المتحدة ومصالحها" after its
subject), so it does not count."""
_BECOMING_VERBS = rules.words("actors", "state_becoming_verbs")
"""Verbs of being, becoming and counting as ("تعد"، "تصبح"، "تحول"، "تعود"): their subject does nothing."""


def _imperfect_verb(w: str) -> bool:
    """True for a word shaped as a short feminine present-tense verb: "ت" (after "و"، "ف" or the future "س") and two
    or three root letters ("تشن"، "وتبذل"، "ستدعم"), no long vowel after the "ت" (nouns "تاريخ"، "توقيت" have one)
    and no feminine or plural ending."""
    if w[:1] in "وف" and len(w) >= 4:
        w = w[1:]
    if w[:1] == "س" and len(w) >= 4:
        w = w[1:]
    if w in _STATE_PLACE_VERBS or w in _BECOMING_VERBS:
        return False  # "وتشهد باكستان هزات": where things happen; "وتعد الكويت"، "تحول العراق": no act
    return w[:1] == "ت" and len(w) in (3, 4) and w[1] not in "اوي" and not w.endswith(("ه", "ة", "ات"))


def _dateline(s: Sentence, m: Mention) -> bool:
    """True for a place among a sentence's first words followed by a colon: the dateline a story is filed
    under ("سبق- القاهرة: وقّعت الهيئة ..."), not the state acting."""
    return m.i <= 4 and m.j < len(s.words) and s.tokens[m.j].clause_start \
        and s.quote(m.end, s.token_span(m.j, m.j + 1)[0]).strip() == ":"


DATELINES = True
"""Switch: a country or capital in the dateline a story is filed under, at the head of one of its first lines
("سبق- الرياض:"، "عين اليوم – الرياض"، "الرياض – واس"، "(الرياض)"), is no state acting and no party (A/B)."""
_FILED_UNDER: ContextVar[frozenset[int]] = ContextVar("filed_under", default=frozenset())
_DASHES = "-–—"
_DATELINE_LINES = 3
"""A dateline opens one of the first lines of a story (a line of the outlet's name may come before it)."""


def dateline_starts(text: str, mentions: list[list[Mention]]) -> frozenset[int]:
    """Document offsets of the place mentions that are a story's dateline (:func:`_dateline_at`)."""
    if not DATELINES:
        return frozenset()
    return frozenset(m.start for ms in mentions for m in ms
                     if m.kind == "places" and _dateline_at(text, m.start, m.end))


def set_datelines(starts: frozenset[int]) -> None:
    """Remember the dateline mentions of the document being extracted (see :func:`filed_under`)."""
    _FILED_UNDER.set(starts)


def filed_under(m: Mention) -> bool:
    """True when ``m`` is the dateline of the document being extracted (set by :func:`set_datelines`)."""
    return m.start in _FILED_UNDER.get()


def _dateline_at(text: str, start: int, end: int) -> bool:
    """True for a place at the head of one of a text's first lines that only files the story: alone on its line,
    in brackets, after an outlet's name and a dash, or before a colon or a dash and an outlet's name."""
    ls = text.rfind("\n", 0, start) + 1
    if sum(1 for line in text[:ls].split("\n") if line.strip()) >= _DATELINE_LINES:
        return False
    le = text.find("\n", end)
    before = text[ls:start].strip(" \t\u200b\u200e\u200f\xa0")
    after = text[end:len(text) if le < 0 else le].strip(" \t\u200b\u200e\u200f\xa0")
    if before.endswith("(") and after.startswith(")") and len(before) <= 25:
        return True  # "(الرياض)"
    if before and not (before[-1] in _DASHES and len(before[:-1].split()) <= 3):
        return False
    if not after or after[0] == ":":
        return True  # "سبق- الرياض:"، "عين اليوم – الرياض" alone on its line
    return after[0] in _DASHES and len(after[1:].split()) <= 3  # "الرياض – واس"


def state_entry(m: Mention) -> Entry | None:
    """An actor entry for the state a country or capital mention names ("باكستان"، "واشنطن"), or None
    (a party of an agreement written between states). A story's dateline (:func:`filed_under`) names none."""
    e = m.entry
    if e.kind != "places" or filed_under(m):
        return None
    if e.get("admin_level") == "country":
        surface = _norm(m.surface)
        if " " not in surface and surface.startswith("ال") and surface.endswith(("يه", "ية")) and surface != _norm(e.canonical):
            return None
        code = registry_country(e)
    else:
        code = _STATE_CAPITALS.get(_norm(m.surface))
        if code is not None and not _capital_entry(e, code):
            return None
    return _state_entry(code) if code else None


def _capital_entry(e: Entry, code: str) -> bool:
    """True unless the gazetteer read a capital's name as a town of another country (the Kirkuk subdistrict
    "الرياض" in news of Hawija, see ``context._home_namesakes``)."""
    own = registry_country(e)
    return own is None or str(own).upper() == code


def state_of(code: str) -> Entry | None:
    """The actor entry of the state with ISO code ``code`` (government_body), or None."""
    return _state_entry(code)


@lru_cache(maxsize=256)
def _state_entry(code: str) -> Entry | None:
    country = get_world_gazetteer().country(code)
    if country is None:
        return None
    return Entry("actors", f"state:{code}", country.ar, country.name_en, (), (), {"type": "government_body",
                                                                                  "country_code": code})


def _add_state(groups: dict[str, dict], order: list[str], s: Sentence, code: str, name: str, i: int,
               j: int) -> bool:
    """Group a state acting as a state under ``state:<code>`` with its name as written and the span of words
    ``i:j``; False (nothing added) for a code the world gazetteer does not know."""
    key = f"state:{code}"
    if key not in groups:
        country = get_world_gazetteer().country(code)
        if country is None:
            return False
        groups[key] = {"state": (country.ar, country.name_en, code), "names": [], "spans": []}
        order.append(key)
    _add_name(groups[key], name, window_span(s, i, j))
    if _COALITION_LEAD and _leads_coalition(s, i, j):
        groups[key]["lead"] = True
    return True


_COALITION_LEAD = True
"""Switch: a state named as the leader of a coalition is a foreign_coalition actor (:func:`_leads_coalition`; A/B)."""
_LEAD_WORDS = rules.words("actors", "coalition_lead_words")
"""Verbs that make the state right before or after them the leader of the coalition they govern ("وتقود"، "قادت")."""


def _leads_coalition(s: Sentence, i: int, j: int) -> bool:
    """True when the state named at words ``i:j`` is the subject of a verb of leading whose object is a coalition
    ("وتقود الولايات المتحدة تحالفا دوليا"، "الولايات المتحدة تقود التحالف"): the guidelines make such a state a
    foreign_coalition actor, as its forces abroad. A state named only as the leader in a phrase ("التحالف بقيادة
    السعودية") stays a government body, as the real-news set annotates it."""
    words = s.words
    if not (i > 0 and words[i - 1] in _LEAD_WORDS or j < len(words) and words[j] in _LEAD_WORDS):
        return False
    return any("تحالف" in w for w in words[j:j + 3])


def _entry_group(groups: dict[str, dict], order: list[str], key: str, entry: Entry) -> dict:
    """The group of actor ``key`` (created for ``entry`` on its first mention, in the order of first mention)."""
    g = groups.get(key)
    if g is None:
        g = groups[key] = {"entry": entry, "names": [], "spans": [], "role": None}
        order.append(key)
    return g


def _add_name(g: dict, name: str, span: tuple[int, int]) -> None:
    """One more mention of a group: its name as written (once) and its evidence span."""
    if name not in g["names"]:
        g["names"].append(name)
    g["spans"].append(span)


def _state_groups(sentences: list[Sentence], mentions: list[list[Mention]], titles: list[tuple[int, int]],
                  groups: dict[str, dict], order: list[str]) -> None:
    """States acting as states (government_body, D-15): a country's name outside a locative phrase,
    merged with its government named as such ("الحكومة التركية"، "السلطات التركية")."""
    def add(s: Sentence, code: str, name: str, i: int, j: int) -> None:
        _add_state(groups, order, s, code, name, i, j)

    for s, ms in zip(sentences, mentions, strict=True):
        prev_state = None
        for m in ms:
            code = state_acting(s, m, prev_state)
            if code is not None:
                prev_state = m.j
            if code is None and m.kind == "actors" and m.entry.id.startswith("gov_") and not _government_forces(s, m):
                code = m.entry.get("country_code")
            if code is None or any(a <= m.start and m.end <= b for a, b in titles):
                continue
            add(s, code, m.surface, m.i, m.j)
        for x, code, name in _nationality_plurals(s):
            add(s, code, name, x, x + 1)


_FORCES_OF = rules.words("actors", "forces_of_words")
"""Before a government's name: its forces ("قوات الحكومة الليبية"، "وقوات الحكومة السورية"), the army."""


def _government_forces(s: Sentence, m: Mention) -> bool:
    """True for a government named as the owner of forces ("قوات الحكومة الليبية"): the country's army acts."""
    return m.kind == "actors" and m.entry.id.startswith("gov_") and m.i > 0 and not s.tokens[m.i].clause_start \
        and s.words[m.i - 1] in _FORCES_OF and bool(m.entry.get("country_code"))


_BARE_GOV = rules.words("actors", "bare_government_words")
_GOV_ACTS_BEFORE = rules.words("actors", "bare_government_acts_before")
"""Right before a bare "الحكومة": it acts or is a party ("وقالت الحكومة"، "هدنة مع الحكومة"، "إعلان الحكومة")."""


def _bare_government(sentences: list[Sentence], mentions: list[list[Mention]], home: str, groups: dict[str, dict],
                     order: list[str]) -> None:
    """A bare "الحكومة" acting in news of one country (not Iraq) is that country's government, the state as a
    whole (D-15): "التزمت طالبان بهدنة مع الحكومة" in Afghan news. Only after a verb or noun of its act or "مع"/"بين",
    and not followed by a word that qualifies it ("الحكومة المحلية"، "الحكومة السابقة": another government)."""
    named = {str(m.entry.get("country_code") or "").upper() for ms in mentions for m in ms
             if m.kind == "actors" and m.entry.id.startswith("gov_")} - {""}
    if len(named) == 1:
        home = named.pop()  # "الحكومة اليمنية ... وقالت الحكومة" in news naming Saudi Arabia most: the Yemeni one
    for s, ms in zip(sentences, mentions, strict=True):
        if _BARE_GOV.isdisjoint(s.words):
            continue
        taken = {t for m in ms for t in range(m.i, m.j)}
        for x, w in enumerate(s.words):
            if w not in _BARE_GOV or x in taken or x == 0 or s.tokens[x].clause_start:
                continue
            if s.words[x - 1] not in _GOV_ACTS_BEFORE:
                continue
            nxt = s.words[x + 1] if x + 1 < len(s.words) and not s.tokens[x + 1].clause_start else ""
            if nxt.startswith("ال") or _is_nisba(nxt):
                continue  # "الحكومة الشرعية"، "الحكومة المحلية"، "الحكومة السابقة": a government the text qualifies
            raw = s.quote(*s.token_span(x, x + 1))
            name = raw[1:] if raw[:1] in {"و", "ل", "ب", "ف"} and not raw.startswith("ال") else raw
            name = "الحكومة" if name.startswith("لحكومة") else name
            if not _add_state(groups, order, s, home, name, x, x + 1):
                return  # a home code the gazetteer does not know


_BROKEN_PLURALS = {normalize(k): v for k, v in rules.table("actors", "nationality_broken_plurals").items()}
"""Nationality nouns that are broken plurals ("الروس"، "الأتراك")."""
_PLURAL_HEADS = rules.words("actors", "nationality_plural_heads")
"""Nouns a nationality plural qualifies when it stands for the state ("القادة السعوديون"، "وسطاء مصريين")."""


@lru_cache(maxsize=1)
def _sound_plurals() -> dict[str, str]:
    """Sound plurals of the nationality adjectives the registry writes its armies with ("الجيش السعودي" ->
    "السعوديون"/"السعوديين" and, indefinite, "سعوديون"/"سعوديين") -> country code."""
    adjectives = {_norm(k): v for k, v in rules.table("actors", "nationality_adjectives").items()}
    for e in get_lexicon().of_kind("actors"):
        code = e.get("country_code")
        if not code:
            continue
        for name in (e.canonical, *e.ar):
            toks = _norm(name).split()
            if len(toks) == 2 and toks[0] == "الجيش" and toks[1].startswith("ال") and toks[1].endswith("ي"):
                adjectives.setdefault(toks[1], code)
    out: dict[str, str] = {}
    for adj, code in adjectives.items():
        for stem in (adj, adj[2:]):
            out.setdefault(stem + "ون", code)
            out.setdefault(stem + "ين", code)
    return out


@lru_cache(maxsize=1)
def _plural_forms() -> frozenset[str]:
    """Every nationality plural as a token may write it, with and without a glued "و" (a quick test per sentence)."""
    forms = set(_sound_plurals()) | set(_BROKEN_PLURALS)
    return frozenset(forms | {"و" + f for f in forms})


def _nationality_plurals(s: Sentence) -> list[tuple[int, str, str]]:
    """Nationality plurals standing for their state (D-15): (token, country code, name as written).

    "اتفق القادة السعوديون والأمريكيون"، "وسطاء مصريين"، "بين المعارضة والروس": a sound plural after a noun
    of officials or mediators (and its conjuncts), a broken plural ("الروس") as a party after "مع"/"بين"/"أن",
    as a conjunct or at a clause's start. "مواطنين أمريكيين" (citizens) is no state.
    """
    sound = _sound_plurals()
    words = s.words
    if _plural_forms().isdisjoint(words):
        return []
    out: list[tuple[int, str, str]] = []
    last = -2
    for x, w in enumerate(words):
        conj = w[:1] == "و" and len(w) > 4
        bare = w[1:] if conj else w
        code = sound.get(bare)
        broken = _BROKEN_PLURALS.get(bare)
        if code is None and broken is None:
            continue
        prev = words[x - 1] if x > 0 and not s.tokens[x].clause_start else ""
        if code is not None and not (prev in _PLURAL_HEADS or (conj and last == x - 1)):
            continue
        if broken is not None:
            code = broken
            if not (conj or x == 0 or s.tokens[x].clause_start or prev in _PLURAL_HEADS
                    or prev in {"مع", "ومع", "بين", "وبين", "ان", "أن", "إن"}):
                continue
        raw = s.quote(*s.token_span(x, x + 1))
        out.append((x, code, raw[1:] if conj and raw[:1] == "و" else raw))
        last = x
    return out
