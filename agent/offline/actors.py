"""Actors: registry entries found in the text, and titled persons the registry does not know.

News introduces a person by role, rank and name: "المتحدث باسم قيادة العمليات المشتركة
اللواء تحسين الخفاجي", "مدير الإعلام في وزارة البيشمركة العميد عثمان محمد", "النائب عن
محافظة كركوك ... أرشد الصالحي". The rules read the rank (or the end of the role's
organisation) as the start of the name, the name up to its family name (a token with
"ال") or two tokens, and the role back to its head noun (المتحدث، رئيس، قائد، ...).
Later mentions by family name alone ("وقال الخفاجي", "وكان رسول يتحدث") are linked to
the person.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.agent.offline import rules
from marsad.agent.offline.actors_names import _BACK_STOPS, _HONORIFICS, RANKS, Person, _is_nisba, _norm
from marsad.agent.offline.actors_persons import find_persons
from marsad.agent.offline.actors_repeats import _own_surnames, _same_person, _surname_spans
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.merge import citations, window_span
from marsad.agent.offline.text import Sentence
from marsad.core.arabic import normalize
from marsad.core.gazetteer import get_world_gazetteer, registry_country
from marsad.core.lexicon import Entry, get_lexicon, role_at
from marsad.schemas import Actor

__all__ = ["Person", "find_persons", "build_actors", "state_entry", "state_of", "state_acting", "RANKS", "nisba_country"]


_STATE_LOCATIVE = rules.words("actors", "state_locative_before")
"""Right before a country's name: the country is a place ("في تركيا"، "شمال سوريا"), not a state acting."""
_STATE_BEFORE = rules.words("actors", "state_agent_before")
_STATE_AFTER = rules.words("actors", "state_agent_after")
"""Around a country's name: it acts (a verb of a state's act before or after it, "بين"/"مع"/"أن" before it)."""
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
    surface = _norm(m.surface)
    if e.get("admin_level") == "country":
        code = registry_country(e)
        if " " not in surface and surface.startswith("ال") and surface.endswith(("يه", "ية", "ي")) and surface != _norm(e.canonical):
            return None  # a nisba ("الروسية"، "التونسي المعتقل"): an adjective or a person, not the state
        if code is None or surface not in _state_names(e.canonical, e.ar):
            return None
    else:
        code = _STATE_CAPITALS.get(surface)
        if code is None:
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
    after = s.words[m.j] if m.j < len(s.words) else ""
    if _dateline(s, m):
        return None
    if prev_state == m.i:
        return code  # "واتهمت دمشق وموسكو وطهران إسرائيل": a conjunct or object of states
    if before in _STATE_PLACE_VERBS or after in _STATE_PLACE_VERBS:
        return None  # "وتعرضت مقديشو لهجمات": where things happen
    if before in {"مع", "ومع"} and m.i > 1 and (s.words[m.i - 2] in _STATE_BORDER or s.words[m.i - 2][:1] == "و"
                                                and s.words[m.i - 2][1:] in _STATE_BORDER):
        return None  # "قرب الحدود مع مالي"
    conjunct = word[:1] == "و" and not surface.startswith("و")
    between = next((x for x in range(m.i - 1, max(-1, m.i - 5), -1) if s.words[x] == "بين"), None)
    if between is not None and any(s.tokens[t].clause_start for t in range(between + 1, m.i + 1)):
        between = None  # "تربط بين ثلاث محافظات، هي: صنعاء": a list after a break, no party of "بين"
    if between is not None and between > 0 and (s.words[between - 1] in _STATE_BORDER or s.words[between - 1] in _STATE_LINK):
        return None  # "على طول الحدود بين الهند وباكستان"، "المنفذ الرابط بين البلدين": places, not states
    if before in _STATE_BEFORE or after in _STATE_AFTER or (
            not conjunct and between is not None):  # "بين مأرب وصنعاء": places, not states
        return code
    verb = before[1:] if before[:1] in "وف" and len(before) > 4 else before
    if verb.endswith("ت") and not verb.startswith("ال") and not (verb.endswith("ات") and len(verb) >= 5):
        return code  # a verb of the state's act before it: "استدعت باكستان"، "وشنت تركيا"
    return None


def _dateline(s: Sentence, m: Mention) -> bool:
    """True for a place among a sentence's first words followed by a colon: the dateline a story is filed
    under ("سبق- القاهرة: وقّعت الهيئة ..."), not the state acting."""
    return m.i <= 4 and m.j < len(s.words) and s.tokens[m.j].clause_start \
        and s.quote(m.end, s.token_span(m.j, m.j + 1)[0]).strip() == ":"


def state_entry(m: Mention) -> Entry | None:
    """An actor entry for the state a country or capital mention names ("باكستان"، "واشنطن"), or None
    (a party of an agreement written between states)."""
    e = m.entry
    if e.kind != "places":
        return None
    if e.get("admin_level") == "country":
        surface = _norm(m.surface)
        if " " not in surface and surface.startswith("ال") and surface.endswith(("يه", "ية")) and surface != _norm(e.canonical):
            return None
        code = registry_country(e)
    else:
        code = _STATE_CAPITALS.get(_norm(m.surface))
    return _state_entry(code) if code else None


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
    return True


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


_COALITION_IDS = rules.phrases("actors", "coalition_ids")
_CONTINGENTS = rules.phrases("actors", "coalition_contingents")
"""Countries whose forces, named in a sentence with a coalition, act abroad as its contingent (foreign_coalition);
the coalitions' leaders and the countries they fight in keep state_military."""
_NATIONAL_COALITION = rules.phrases("actors", "national_coalition_forces")
"""One country's forces the registry types as a coalition's (US forces): foreign_coalition only in news of Iraq or
an article naming a coalition (the international or Arab coalition, NATO); else state_military (guidelines 3:
"US strikes in Somalia")."""
_COALITION_NAMED = rules.phrases("actors", "coalition_named_ids")
_FOLD = rules.table("actors", "home_generic_fold")
"""Registry entries a bare word reads as ("الجيش" -> the Iraqi army, "التحالف" -> the international coalition)
-> the id prefix ("army_") or the id of the entries that name the same body elsewhere."""
_GENERIC_SURFACES = rules.words("actors", "generic_surfaces")
_NATIONAL_ARMIES = rules.phrases("actors", "national_armies")
"""A country's army under another id than ``army_<cc>``."""


def _bare_generic(name: str) -> bool:
    toks = [w.lstrip("#") for w in _norm(name).replace("_", " ").split()]
    if toks and toks[0][:2] == "لل" and len(toks[0]) > 4:
        toks[0] = "ال" + toks[0][2:]  # "للجيش"
    elif toks and toks[0][:1] in {"ل", "ب", "و"} and toks[0][1:3] == "ال":
        toks[0] = toks[0][1:]
    return "_".join(toks) in _GENERIC_SURFACES


def _fold_generic(groups: dict[str, dict], order: list[str]) -> None:
    """A bare word the registry reads as a home body ("الجيش"، "وزارة الداخلية"، "التحالف") joins the body of
    that kind the article names in full ("الجيش البوركيني"، "وزارة الداخلية الكويتية"، "التحالف العربي"): one
    actor, not two. Only when every name of the home group is bare and one full body of the kind (or one with
    the bare word among its names) is there."""
    for home, prefix in _FOLD.items():
        g = groups.get(home)
        if g is None or "entry" not in g or not all(_bare_generic(n) for n in g["names"]):
            continue
        if not prefix.endswith("_"):
            cands = [k for k in order if k == prefix]  # one body ("التحالف" -> the Arab coalition)
        else:
            cands = [k for k in order if k != home and (k.startswith(prefix) or prefix == "army_" and k in _NATIONAL_ARMIES)]
        if len(cands) > 1:
            cands = [k for k in cands if any(_bare_generic(n) for n in groups[k]["names"])]
        if len(cands) != 1:
            continue
        target = groups[cands[0]]
        for n in g["names"]:
            if n not in target["names"]:
                target["names"].append(n)
        target["spans"].extend(g["spans"])
        del groups[home]
        order.remove(home)


_NOT_ACTORS = rules.words("actors", "gunmen_like_not_actors")
"""Registry entries that are never an actor of their own (unknown gunmen: a generic group, optional in the gold)."""
_TITLE_BODY_HEADS = rules.words("actors", "title_body_heads")
"""Office nouns whose body makes a title ("رئيس مجلس الوزراء"), unlike role words at large ("مؤتمر صحفي لخلية")."""
_TITLE_BODY_BEFORE = rules.words("actors", "title_body_before")
"""Words that make the body after them part of someone's title ("المتحدث باسم وزارة"، "الأمين العام لمجلس")."""
_MEDIA_COMMON = rules.words("actors", "media_common_names")
"""Outlets named by an everyday phrase ("الشرق الأوسط" is also the region): an outlet only with a cue."""
_MEDIA_CUES = rules.words("actors", "media_cues")
"""Words before an outlet's name that make it the outlet ("صحيفة"، "لوكالة"، "بحسب")."""


_FORMER = rules.words("actors", "former_words")
"""In a role: a former office holder ("وزير الخارجية السعودي السابق")."""
_NOT_ACTOR_BEFORE = rules.words("actors", "not_actor_before")
"""Before a body's name: an outlet named after it ("لإذاعة الجيش الإسرائيلي"، "وكالة الشرطة التابعة للاتحاد
الأوروبي"), not the body acting. (A body's headquarters, "مقر", is kept: an attack on it targets the body.)"""
_ABSTRACT_BEFORE = rules.words("actors", "abstract_security_before")
"""Before "الأمن" + a nisba: the country's security as a good ("زعزعة الأمن المصري"), not its security forces."""
_AL_AMN = normalize("الأمن ")
_ABSTRACT_SECURITY = True
_PARTY_WORDS = rules.words("actors", "party_words")
"""Before a force's name: a party of that name ("حزب القوات اللبنانية"), not the force."""
_COUNCIL_WORDS = rules.words("actors", "council_words")
"""Before a force's name: a council named after it ("اجتماعا لمجلس الأمن البريطاني": the National Security
Council, not the British police), not the force."""
_TAG_LINE = rules.words("actors", "tag_line_words")
"""A site's tag line opens with these ("سمات العراق التحالف الدولي"): its names are keywords, not actors."""


def _not_acting(s: Sentence, m: Mention) -> bool:
    """True when the body's name stands for something else: an outlet, a party, a council, a tag."""
    if s.words and s.words[0] in _TAG_LINE:
        return True
    if m.i == 0 or s.tokens[m.i].clause_start:
        return False
    prev = s.words[m.i - 1]
    if prev in _NOT_ACTOR_BEFORE:
        return True
    if _ABSTRACT_SECURITY and prev in _ABSTRACT_BEFORE and _norm(m.surface).startswith(_AL_AMN):
        return True  # "تدخلات تهدد الأمن البحريني": the country's security, not its police
    if prev in _OFFICE_VERBS and s.words[m.i].endswith("ه"):
        return True  # "وزير الدفاع الأسبق الذي تولى وزارة الدفاع": a post held (a masculine verb, a feminine body: its object)
    return (prev in _PARTY_WORDS or prev in _COUNCIL_WORDS) \
        and m.entry.get("type") in {"state_military", "police", "paramilitary"}


_OFFICE_VERBS = rules.words("actors", "office_taking_verbs")
"""Masculine verbs of taking or holding an office ("تولى"، "شغل"): a feminine body right after them is the post."""
_STAFF_BODIES = rules.phrases("actors", "staff_body_ids")
"""Forces' staffs and commands that news names almost only in their head's title ("رئيس هيئة الأركان العامة"،
"معاون رئيس أركان الجيش"): like a ministry, no actor of their own when only ever part of a title."""


def _titled_kind(entry: Entry) -> bool:
    """True for a body that is no actor when named only inside someone's title (a ministry, a staff)."""
    return entry.get("type") in {"government_body", "other"} or entry.id in _STAFF_BODIES


def _title_body(s: Sentence, m: Mention) -> bool:
    """True when a body is named as part of an office's title: right after a role noun ("رئيس مجلس
    الوزراء"، "لرئيس مجلس النواب"، "ومبعوث الأمم المتحدة") or "باسم"/"العام" ("المتحدث باسم وزارة
    الداخلية"، "الأمين العام لجامعة الدول العربية")."""
    if m.i == 0 or s.tokens[m.i].clause_start or not _titled_kind(m.entry):
        return False
    prev = s.words[m.i - 1]
    bare = prev[1:] if prev[:1] in {"و", "ل", "ب"} and len(prev) > 3 else prev
    return prev in _TITLE_BODY_HEADS or bare in _TITLE_BODY_HEADS or prev in _TITLE_BODY_BEFORE


def _media_uncued(s: Sentence, m: Mention) -> bool:
    """True when an outlet named by an everyday phrase has no cue that it is the outlet: no word such as
    "صحيفة"/"بحسب" before it, no quotation mark around it ("الفوضى في الشرق الأوسط" is the region)."""
    surface = _norm(m.surface)
    glued = surface[:2] == "لل" and "ال" + surface[2:].replace(" ", "_") in _MEDIA_COMMON
    if m.entry.get("type") != "media" or surface.replace(" ", "_") not in _MEDIA_COMMON and not glued:
        return False
    if m.i > 0 and (s.words[m.i - 1] in _MEDIA_CUES or s.words[m.i - 1][1:] in _MEDIA_CUES):
        return False
    if glued and not _BACK_STOPS.isdisjoint(s.words[max(0, m.i - 4):m.i]):
        return False  # "وقال المسؤول للشرق الأوسط": said to the paper ("شكل جديد للشرق الأوسط" is the region)
    raw = s.quote(*s.token_span(max(0, m.i - 1), min(len(s.words), m.j + 1)))
    return not any(c in raw for c in '«»"“”')


_IRAQ_HOME = rules.phrases("actors", "iraq_home_bare_ids")
"""Iraqi registry bodies that news of any country also writes by a bare name ("البرلمان"، "مجلس الوزراء"):
the Iraqi body only in an article about Iraq; elsewhere an unnamed parliament or cabinet is a place ("مقر
البرلمان") or a title's body more often than an actor, so it is left out."""
_IRAQ_HOME_ONE_WORD = rules.phrases("actors", "iraq_home_one_word_ids")
"""Iraqi forces whose one-word name is also a common word or given name ("الحشد" a crowd, "بدر"): the force
only in an article about Iraq (their full names, "الحشد الشعبي", are kept anywhere)."""
_IRAQ_HOME_ONE_WORD_PERSONS = rules.phrases("actors", "iraq_home_one_word_person_ids")
"""Iraqi leaders the registry also knows by one word that is a common word, nisba or family name ("الصدر" the
chest, "السوداني" a Sudanese, "المالكي"، "العامري"): that leader only in an article about Iraq, unless the
article names him in full."""
_IRAQ_HOME_KEPT = rules.phrases("actors", "iraq_home_bare_kept_ids")
"""Iraqi registry bodies whose bare name in news of another country is that country's body ("وزارة الداخلية"،
"الشرطة"): kept, without the Iraqi identity."""


_IRAQ_SHARE = rules.number("actors", "iraq_share")
"""An article naming Iraq is about Iraq unless another country is named this many times as often: one "العراق"
in passing (a Jordanian-Saudi statement, a Taliban offensive, a Kuwaiti column) or a common word a gazetteer
read as an Iraqi place does not make the article's bare bodies Iraqi."""


_COUNTRY_WORDS = rules.words("actors", "country_words")
"""Words for "the country" ("البلاد"): whichever country the article is about, never evidence of one (a
gazetteer may read them as the registry's home)."""


def _about_iraq(mentions: list[list[Mention]]) -> bool:
    """True when the article names places in Iraq or something Iraqi ("العراق"، "القوات العراقية") at least a
    third as often as the country it names most, or names no other country either (the registry's home is
    Iraq); False when it names only places or forces abroad, or Iraq only in passing."""
    iraq = 0
    abroad: dict[str, int] = {}
    for ms in mentions:
        for m in ms:
            if m.kind == "places":
                code = None if _bare_name(_norm(m.surface)) in _COUNTRY_WORDS else registry_country(m.entry)
            elif m.kind == "actors":
                code = "IQ" if "عراق" in _norm(m.surface) else m.entry.get("country_code")
            else:
                continue
            if code == "IQ":
                iraq += 1
            elif code:
                abroad[str(code)] = abroad.get(str(code), 0) + 1
    return not abroad or iraq * _IRAQ_SHARE > max(abroad.values())


def _home_country(mentions: list[list[Mention]]) -> str | None:
    """The country an article not about Iraq is about: the one its places and its groups and bodies of one country
    name most ("جماعة أبو سياف" told five times in news of the Philippines; persons are left out: a president
    quoted abroad says nothing of where the story is) (ties: first named)."""
    counts: dict[str, int] = {}
    for ms in mentions:
        for m in ms:
            if m.kind == "places":
                code = registry_country(m.entry)
            elif m.kind == "actors" and m.entry.get("type") != "official":
                code = str(m.entry.get("country_code") or "").upper() or None
            else:
                continue
            if code and code != "IQ":
                counts[code] = counts.get(code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


_SHARED_BARE = rules.words("actors", "shared_bare_bodies")
"""Bare names that bodies of several countries bear ("مجلس الأمة": the parliament of Kuwait, of Jordan and
Algeria's upper house): the registry body of the article's country, never another country's by default."""


@lru_cache(maxsize=256)
def _shared_body(bare: str, code: str) -> Entry | None:
    """The registry body of country ``code`` that a shared bare name ("مجلس_الامه") names, or None."""
    name = bare.replace("_", " ")
    for e in get_lexicon().of_kind("actors"):
        if str(e.get("country_code", "")).upper() == code and e.get("type") != "official" \
                and any(n == name or n.startswith(name + " ") for n in map(_norm, e.ar)):
            return e
    return None


def _shared_home(m: Mention, home: str | None) -> tuple[Entry, bool]:
    """The body a mention names given the article's country: (entry, kept bare). A shared bare name of another
    country's body ("مجلس الأمة" in news of Jordan) is the home country's body of that name, or, if the registry
    has none, the bare name without the other country's identity."""
    code = str(m.entry.get("country_code") or "").upper()
    bare = _bare_name(_norm(m.surface)).replace(" ", "_")
    if not code or home is None or home == code or bare not in _SHARED_BARE:
        return m.entry, False
    alt = _shared_body(bare, home)
    return (alt, False) if alt is not None else (m.entry, True)


@lru_cache(maxsize=512)
def _national_body(prefix: str, code: str) -> Entry | None:
    """The registry body of country ``code`` that a bare home word names ("army_" -> "army_af" or the country's
    army under another id, "police_" -> "police_af"), or None."""
    lex = get_lexicon()
    entry = lex.by_id.get(("actors", f"{prefix}{code.lower()}"))
    if entry is None and prefix == "army_":
        entry = next((e for e in lex.of_kind("actors") if e.id in _NATIONAL_ARMIES
                      and str(e.get("country_code", "")).upper() == code), None)
    return entry


def _home_abroad(groups: dict[str, dict], order: list[str], code: str, in_title: dict[str, bool]) -> None:
    """A bare home word left after :func:`_fold_generic` ("الجيش"، "الشرطة"، "وزارة الداخلية") in an article
    about another country is that country's body ("قال الجيش" in Kabul news is the Afghan army)."""
    for home, prefix in _FOLD.items():
        g = groups.get(home)
        if g is None or "entry" not in g or not prefix.endswith("_") or prefix == "gov_" \
                or not all(_bare_generic(n) for n in g["names"]):
            continue
        entry = _national_body(prefix, code)
        if entry is None:
            continue
        in_title[entry.id] = in_title.get(entry.id, True) and in_title.get(home, False)  # "المتحدث باسم وزارة الداخلية"
        target = groups.get(entry.id)
        if target is None:
            groups[entry.id] = {"entry": entry, "names": list(g["names"]), "spans": list(g["spans"]), "role": None}
            order[order.index(home)] = entry.id
        else:
            target["names"].extend(n for n in g["names"] if n not in target["names"])
            target["spans"].extend(g["spans"])
            order.remove(home)
        del groups[home]


@lru_cache(maxsize=2048)
def nisba_country(word: str) -> str | None:
    """The country a nationality adjective names ("الأوكراني" -> UA, "الهندية" -> IN, "التركي" -> TR), or None:
    the adjective's stem written as a country's name ("أوكرانيا"، "الهند"، "تركيا"، "مصر")."""
    w = word.lstrip("#")
    if not _is_nisba(w):
        return None
    stem = w[2:]
    stem = stem[:-2] if stem.endswith(("يه", "ية")) else stem[:-1]
    world = get_world_gazetteer()
    for name in (stem + "يا", stem, "ال" + stem, stem + "ا"):
        code = world.country_code(name)
        if code:
            return code
    return _NISBA_TABLE.get(_norm(w)) or _NISBA_TABLE.get(_norm(w)[:-1] if w.endswith(("ه", "ة")) else "")


_NISBA_TABLE = {normalize(k): v for k, v in rules.table("locations", "country_nisba").items()}
"""Nationality adjectives whose stem is not written as the country's name ("الأمريكي"، "الإماراتي")."""


_HASHTAG_MARKS = str.maketrans({"_": " ", "#": None})


def _unhashtag(name: str) -> str:
    """A name written as a hashtag, as a name: without "#" and with spaces for "_" ("#سعد_الحريري" -> "سعد الحريري",
    "مهدي #المشاط" -> "مهدي المشاط"). The ``name`` field keeps the spelling as written; the canonical name does not."""
    return " ".join(name.translate(_HASHTAG_MARKS).split()) or name


def _bare_name(surface: str) -> str:
    """A name as written without a glued preposition or conjunction ("للبرلمان" -> "البرلمان")."""
    if surface[:2] in {"لل"} and len(surface) > 4:
        return "ال" + surface[2:]
    if surface[:1] in {"و", "ل", "ب", "ف"} and surface[1:3] == "ال":
        return surface[1:]
    return surface


def _fold_prefix(entry: Entry) -> str | None:
    """The id prefix of the national bodies a bare home word's entry belongs to ("الجيش" read as the Iraqi army
    or, abroad, as the article's country's army -> "army_"), or None for any other entry."""
    prefix = _FOLD.get(entry.id)
    if prefix is not None:
        return prefix if prefix.endswith("_") and prefix != "gov_" else None
    if entry.id in _NATIONAL_ARMIES:
        return "army_"
    return next((p for p in _FOLD.values() if p.endswith("_") and p != "gov_" and entry.id.startswith(p)), None)


def _nisba_body(s: Sentence, m: Mention) -> tuple[str, Entry | None] | None:
    """A bare home word right before a nationality adjective the registry did not read with it ("الجيش
    الأوكراني"، "الشرطة الكينية"): (country code, that country's registry body or None), else None. Without this the
    bare word took the Iraqi identity or, abroad, the article's country ("الجيش الأوكراني" in Russian news was the
    Russian army)."""
    prefix = _fold_prefix(m.entry)
    if prefix is None or m.j >= len(s.words) \
            or s.tokens[m.j].clause_start or not _bare_generic(m.surface):
        return None
    code = nisba_country(s.words[m.j])
    if code is None:
        return None
    return code, _national_body(prefix, code)


def _add_foreign(groups: dict[str, dict], order: list[str], foreign_home: set[str], s: Sentence, m: Mention,
                 code: str, body: Entry | None) -> str:
    """Group a bare home word and the nationality after it as that country's body (its registry entry, or the
    words as written without any registry identity)."""
    surface = s.quote(*s.token_span(m.i, m.j + 1))
    key = body.id if body is not None else f"{m.entry.id}:{code}"
    _add_name(_entry_group(groups, order, key, body or m.entry), surface, window_span(s, m.i, m.j + 1))
    if body is None:
        foreign_home.add(key)
    return key


def build_actors(doc_id: str, text: str, sentences: list[Sentence], mentions: list[list[Mention]],
                 persons: list[Person], published: str | None = None) -> list[Actor]:
    """One :class:`Actor` per registry actor or person of the document, with its citations.

    Args:
        doc_id: the document id.
        text: the document text as stored.
        sentences: the document's sentences.
        mentions: gazetteer mentions per sentence.
        persons: from :func:`find_persons`.
        published: the publication date (ISO), which picks a known official's role at that time.
    """
    groups: dict[str, dict] = {}
    order: list[str] = []
    person_spans = {(p.start, p.end) for p in persons}
    titles = [(p.evidence[0], p.start) for p in persons if p.role]
    in_title: dict[str, bool] = {}
    in_coalition: set[str] = set()
    foreign_home: set[str] = set()  # Iraqi home bodies named bare in an article not about Iraq
    about_iraq = _about_iraq(mentions)
    home = _home_country(mentions)
    coalition_named = any(m.kind == "actors" and m.entry.id in _COALITION_NAMED for ms in mentions for m in ms)
    last_named: dict[str, tuple[int, bool]] = {}  # body id -> (end of its last mention, named inside a title)
    for s, ms in zip(sentences, mentions, strict=True):
        if any(m.kind == "actors" and m.entry.id in _COALITION_IDS for m in ms):
            in_coalition.update(m.entry.id for m in ms if m.kind == "actors")
        for m in ms:
            if _government_forces(s, m):
                _add_government_forces(groups, order, s, m)  # "قوات الحكومة الليبية": the army, not the government
                continue
            if m.kind != "actors" or m.entry.get("type") == "official" or m.entry.get("generic") \
                    or m.entry.id.startswith("gov_") or m.entry.id in _NOT_ACTORS or _media_uncued(s, m) \
                    or _not_acting(s, m):
                continue
            if m.j == m.i + 1 and any(p.start <= m.start and m.end <= p.end and p.entry is None for p in persons):
                continue  # part of a person's name ("العقيد بدر بن ناصر"), not the group
            named_iraqi = "عراق" in _norm(m.surface)  # "البرلمان العراقي" is the Iraqi parliament in any news
            if not about_iraq and not named_iraqi and (
                    m.entry.id in _IRAQ_HOME or m.entry.id in _IRAQ_HOME_ONE_WORD and m.j == m.i + 1):
                continue  # "مقر البرلمان" in Mogadishu, "الحشد" (a crowd), "بدر" (a given name): Iraqi only in news of Iraq
            if not about_iraq and not named_iraqi and m.entry.id in _IRAQ_HOME_KEPT:
                foreign_home.add(m.entry.id)  # "وزارة الداخلية شددت تدابيرها": the article's own ministry
            body, kept_bare = _shared_home(m, home)
            if kept_bare:
                foreign_home.add(body.id)  # "مجلس الأمة" in Algeria: not Kuwait's
            inside = any(a <= m.start and m.end <= b for a, b in titles) or _title_body(s, m)
            last = last_named.get(body.id)
            if last is not None and last[0] <= m.start and s.quote(last[0], m.start).strip() in {"(", "،(", "-"}:
                inside = last[1]  # "لوكالة الاستخبارات المركزية (سي آي أيه)": the abbreviation of the name just given
            last_named[body.id] = (m.end, inside)
            other = _nisba_body(s, m)
            if other is not None:  # "الجيش الأوكراني" in Russian news: the Ukrainian army, not the home army
                key = _add_foreign(groups, order, foreign_home, s, m, *other)
                in_title[key] = in_title.get(key, True) and inside
                continue
            in_title[body.id] = in_title.get(body.id, True) and inside
            _add_name(_entry_group(groups, order, body.id, body), m.surface, window_span(s, m.i, m.j))
    _fold_generic(groups, order)
    if not about_iraq:
        code = home
        if code is not None:
            _home_abroad(groups, order, code, in_title)
            foreign_home -= {k for k in foreign_home if k not in groups}
    _state_groups(sentences, mentions, titles, groups, order)
    if not about_iraq and home is not None:
        _bare_government(sentences, mentions, home, groups, order)
    # persons: merge repeats of the same person
    merged: list[tuple[Person, list[Person]]] = []
    for p in _own_surnames(persons):
        for head, rest in merged:
            if _same_person(head, p):
                rest.append(p)
                break
        else:
            merged.append((p, [p]))
    for head, all_mentions in merged:
        entry = next((p.entry for p in all_mentions if p.entry is not None), None)
        key = f"person:{entry.id if entry else ' '.join(head.norm_tokens)}"
        titled = next((p for p in all_mentions if p.role or p.rank), head)
        if entry is None and all(p.role and _FORMER.intersection(_norm(p.role).split()[-2:]) for p in all_mentions):
            continue  # a former office holder, only ever named as such (optional, guidelines D-17)
        if entry is not None and entry.id in _IRAQ_HOME_ONE_WORD_PERSONS and not about_iraq \
                and all(len(p.norm_tokens) == 1 for p in all_mentions):
            continue  # "برصاصة في الصدر" in Gaza, "السوداني" in Khartoum: the one word is no Iraqi leader abroad
        first = next((p for p in all_mentions if len(p.norm_tokens) >= 2), head)
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"entry": entry, "names": [], "spans": [], "role": None, "person": titled}
            order.append(key)
        for p in all_mentions:
            if p.name not in g["names"]:
                g["names"].append(p.name)
            g["spans"].append(p.evidence if p.evidence[1] - p.evidence[0] <= 400 else (p.start, p.end))
        if first.name in g["names"]:
            g["names"].remove(first.name)
            g["names"].insert(0, first.name)
        g["spans"].extend(_surname_spans(sentences, first, person_spans))
    out: list[Actor] = []
    for key in order:
        g = groups[key]
        if g.get("entry") is not None and "person" not in g and in_title.get(key) and _titled_kind(g["entry"]):
            continue  # only ever part of someone's title ("رئيس مجلس الوزراء"): not an actor of its own
        entry: Entry | None = g.get("entry")
        person: Person | None = g.get("person")
        spans = g["spans"]
        if not spans:
            continue
        if "state" in g:
            ar, en, code = g["state"]
            actor = Actor(
                name=g["names"][0], canonical_name=ar, name_en=en, type="government_body", aliases=g["names"][1:],
                citations=citations(doc_id, text, spans, limit=4), registry_id=f"state:{code}",
            )
        elif person is not None:
            role = person.role or person.rank or (role_at(entry, published) if entry else None)
            org = person.org
            if org is not None and not about_iraq and (
                    org.id in _IRAQ_HOME or org.id in _IRAQ_HOME_KEPT or org.get("generic") and not org.get("country_code")):
                org = None  # "رئيس مجلس النواب" in Amman: not the Iraqi parliament
            if org is not None and home is not None and str(org.get("country_code") or "").upper() not in {"", home}:
                shared = next((b for b in _SHARED_BARE if b.replace("_", " ") in map(_norm, org.ar)), None)
                if shared is not None:
                    org = _shared_body(shared, home)  # "رئيس مجلس الأمة" in Amman: not Kuwait's speaker
            affiliation = (org.name_en if org else None) or (entry.get("affiliation") if entry else None)
            actor = Actor(
                name=g["names"][0], canonical_name=entry.canonical if entry else _unhashtag(g["names"][0]),
                name_en=entry.name_en if entry else None,
                type="official" if (entry or person.role or person.rank and _norm(person.rank) not in _HONORIFICS)
                else "other", affiliation=affiliation, role=role,
                aliases=g["names"][1:], citations=citations(doc_id, text, spans, limit=4),
                rank=person.rank, registry_id=entry.id if entry else None,
            )
        else:
            assert entry is not None
            kind = entry.get("type", "other")
            if kind == "state_military" and key in in_coalition and entry.get("country_code") in _CONTINGENTS:
                kind = "foreign_coalition"  # "الكتيبة الأردنية العاملة ضمن قوات التحالف": a contingent abroad
            if kind == "foreign_coalition" and key in _NATIONAL_COALITION and not about_iraq and not coalition_named:
                kind = "state_military"  # US strikes in Somalia, a US raid in Syria with no coalition named
            if key in foreign_home:
                # "رئيس مجلس النواب" in Jordan, "مجلس الوزراء" in Riyadh: that country's body, not the Iraqi one
                actor = Actor(
                    name=g["names"][0], canonical_name=_unhashtag(_bare_name(g["names"][0])), type=kind,
                    aliases=g["names"][1:], citations=citations(doc_id, text, spans, limit=4),
                )
            else:
                actor = Actor(
                    name=g["names"][0], canonical_name=entry.canonical, name_en=entry.name_en, type=kind,
                    affiliation=entry.get("affiliation"), aliases=g["names"][1:],
                    citations=citations(doc_id, text, spans, limit=4), registry_id=entry.id,
                )
        out.append(actor)
    return out


def _add_government_forces(groups: dict[str, dict], order: list[str], s: Sentence, m: Mention) -> None:
    """Group "قوات الحكومة X" with country X's army (its registry entry), or as written, typed state_military."""
    code = str(m.entry.get("country_code")).upper()
    army = _national_body("army_", code)
    surface = s.quote(*s.token_span(m.i - 1, m.j))
    surface = surface[1:] if surface[:1] in {"و", "ل", "ب", "ف"} and not surface.startswith("قوات") else surface
    key = army.id if army is not None else f"forces:{code}"
    entry = army or Entry("actors", key, _unhashtag(surface), None, (), (), {"type": "state_military", "country_code": code})
    _add_name(_entry_group(groups, order, key, entry), surface, window_span(s, m.i - 1, m.j))
