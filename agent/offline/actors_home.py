"""Actors: which country's body a bare name is.

The registry's home is Iraq: its bare bodies ("البرلمان"، "الجيش"، "الحشد") are Iraqi only in news of Iraq
(:func:`_about_iraq`); elsewhere a bare word is the article's country's body (:func:`_home_country`), or the full
body of that kind the article names, or the body of the country a nationality adjective after it names
(:func:`nisba_country`); a name several countries' bodies bear is the article's country's.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.agent.offline import rules
from marsad.agent.offline.actors_names import _is_nisba, _norm
from marsad.agent.offline.actors_states import _add_name, _add_state, _entry_group
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.merge import window_span
from marsad.agent.offline.text import Sentence
from marsad.core.arabic import normalize
from marsad.core.gazetteer import get_world_gazetteer, registry_country
from marsad.core.lexicon import Entry, get_lexicon

_FOLD = rules.table("actors", "home_generic_fold")
"""Registry entries a bare word reads as ("الجيش" -> the Iraqi army, "التحالف" -> the international coalition)
-> the id prefix ("army_") or the id of the entries that name the same body elsewhere."""
_GENERIC_SURFACES = rules.words("actors", "generic_surfaces")
_NATIONAL_ARMIES = rules.phrases("actors", "national_armies")
"""A country's army under another id than ``army_<cc>``."""


def bare_generic(name: str) -> bool:
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
        if g is None or "entry" not in g or not all(bare_generic(n) for n in g["names"]):
            continue
        if not prefix.endswith("_"):
            cands = [k for k in order if k == prefix]  # one body ("التحالف" -> the Arab coalition)
        else:
            cands = [k for k in order if k != home and (k.startswith(prefix) or prefix == "army_" and k in _NATIONAL_ARMIES)]
        if len(cands) > 1:
            cands = [k for k in cands if any(bare_generic(n) for n in groups[k]["names"])]
        if len(cands) != 1:
            continue
        target = groups[cands[0]]
        for n in g["names"]:
            if n not in target["names"]:
                target["names"].append(n)
        target["spans"].extend(g["spans"])
        del groups[home]
        order.remove(home)


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


NISBA_HOME = True
"""Switch (pass 65): an article that names no country, no place and no body of one, neither Iraq nor another
("صوّت اللبنانيون ... وقال البرلمان"، "تظاهر آلاف في العاصمة ... وتدخلت الشرطة الألمانية"), is about the country its
nationality adjectives and plurals name (:func:`_nisba_votes`: "اللبنانيون"، "الألماني"), when they name one and
none is Iraqi: its bare bodies are no longer read as Iraq's (the registry's home), but as that country's."""


_NOT_VOTES = rules.words("actors", "nisba_home_not_votes")
"""Nationality adjectives that are also common words ("المالية": financial, of Mali): no vote of :data:`NISBA_HOME`."""


def _nisba_votes(sentences: list[Sentence] | None) -> dict[str, int]:
    """How often the article's nationality adjectives and plurals name each country ("الألمانية"، "اللبنانيون")."""
    votes: dict[str, int] = {}
    for s in sentences or ():
        for i, w in enumerate(s.words):
            if w[:1] == "و" and w[1:3] == "ال":
                w = w[1:]
            if not w.startswith("ال") or len(w) < 6 or w in _NOT_VOTES or nisba_lookalike(s, i):
                continue
            if w.endswith(("يون", "يين")):
                w = w[:-2]
            code = nisba_country(w) if _is_nisba(w) else None
            if code:
                votes[code] = votes.get(code, 0) + 1
    return votes


_NOT_NISBA_AFTER = rules.words("actors", "nisba_not_after")
"""Noun and adjective where the adjective is a common word ("القيادة_القطرية": the Ba'ath regional command, not Qatar's)."""
_MAQSURA_WORDS = rules.words("actors", "nisba_maqsura_words")
"""Nationality adjectives (normalised) that, written with a final alif maqsura, are another word ("اليمنى": the right)."""


def nisba_lookalike(s: Sentence, i: int) -> bool:
    """True when the word at ``i`` only looks like a nationality adjective once normalised (review65 finding 9):
    written with a final alif maqsura ("يده اليمنى": the right hand, not "اليمني"; data nisba_maqsura_words), or a
    common word after its noun (data nisba_not_after: "القيادة القطرية")."""
    w = s.words[i]
    w = w[1:] if w[:1] in {"و", "ب"} and w[1:3] == "ال" else w
    if w in _MAQSURA_WORDS and s.quote(*s.token_span(i, i + 1)).rstrip(".,،؛:!؟?»\"')").endswith("ى"):
        return True
    if i == 0:
        return False
    prev = s.words[i - 1]
    prev = prev[1:] if prev[:1] == "و" and prev[1:3] == "ال" else prev
    return f"{prev}_{w}" in _NOT_NISBA_AFTER


def _about_iraq(mentions: list[list[Mention]], sentences: list[Sentence] | None = None) -> bool:
    """True when the article names places in Iraq or something Iraqi ("العراق"، "القوات العراقية") at least a
    third as often as the country it names most, or names no other country either (the registry's home is
    Iraq; with :data:`NISBA_HOME`, unless its nationality adjectives name another country and none Iraq); False when
    it names only places or forces abroad, or Iraq only in passing."""
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
    if not abroad and not iraq and NISBA_HOME and sentences is not None:
        votes = _nisba_votes(sentences)
        return not votes or "IQ" in votes
    return not abroad or iraq * _IRAQ_SHARE > max(abroad.values())


def _home_country(mentions: list[list[Mention]], sentences: list[Sentence] | None = None) -> str | None:
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
    if not counts and NISBA_HOME and sentences is not None:
        counts = {c: n for c, n in _nisba_votes(sentences).items() if c != "IQ"}
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


FOREIGN_GENERIC = True
"""Switch (pass 55): a generic name the registry reads as one country's armed group ("المعارضة المسلحة"، "قوات
المعارضة"، "فصائل المعارضة" -> the Syrian opposition), in an article that names no place, body or person of that
country, is the opposition of the article's own country: that country's registry group of that kind when there is
exactly one ("زعيم المعارضة المسلحة ريك مشار" in news of South Sudan: the SPLM-IO), else the bare name without the
other country's identity. A name that says its country ("فصائل المعارضة السورية") keeps it. Data key
generic_country_groups (registry id -> the word the home group's name shares)."""
GENERIC_GROUPS = {k: normalize(str(v)) for k, v in rules.table("actors", "generic_country_groups").items()}


UNCODED_COUNTRY = True
"""Switch (pass 55, fixmisc55): for :data:`FOREIGN_GENERIC`, a registry body with no country code still names its
country when its name says so ("الجيش السوري الحر": the nisba; "قوات سوريا الديمقراطية": the country's name) or
data key uncoded_body_countries lists it ("جبهة النصرة"/"هيئة تحرير الشام" -> SY): "نفى الجيش الحر ذلك" keeps
"قوات المعارضة" the Syrian opposition. The entries get no country code (other rules read it)."""
_UNCODED_BODIES: dict[str, str] = {k: str(v).upper() for k, v in rules.table("actors", "uncoded_body_countries").items()}


@lru_cache(maxsize=512)
def _uncoded_country(entry_id: str, canonical: str) -> str | None:
    """The country a registry body without a country code names by its canonical name (a nisba or the country's
    name, :data:`UNCODED_COUNTRY`) or by data key uncoded_body_countries, else None."""
    if entry_id in _UNCODED_BODIES:
        return _UNCODED_BODIES[entry_id]
    world = get_world_gazetteer()
    for w in _norm(canonical).split():
        found = nisba_country(w) or world.country_code(w)
        if found:
            return str(found).upper()
    return None


def _names_country(mentions: list[list[Mention]], code: str, skip: str) -> bool:
    """True when a place, body or person of country ``code`` is named in the article (a mention of registry id
    ``skip``, the generic group itself, does not count; a body without a country code counts by its name:
    :data:`UNCODED_COUNTRY`)."""
    for ms in mentions:
        for m in ms:
            if m.kind == "places":
                found = registry_country(m.entry)
            elif m.kind == "actors" and m.entry.id != skip:
                found = m.entry.get("country_code")
                if not found and UNCODED_COUNTRY and m.entry.get("type") != "official":
                    found = _uncoded_country(m.entry.id, m.entry.canonical)
            else:
                continue
            if found and str(found).upper() == code:
                return True
    return False


@lru_cache(maxsize=256)
def _home_group(word: str, code: str) -> Entry | None:
    """The one registry armed group of country ``code`` whose name holds ``word`` ("المعارضة"), or None."""
    found = [e for e in get_lexicon().of_kind("actors") if str(e.get("country_code", "")).upper() == code
             and e.get("type") == "armed_group" and any(word in _norm(n).split() for n in (e.canonical, *e.ar))]
    return found[0] if len(found) == 1 else None


def generic_abroad(m: Mention, mentions: list[list[Mention]], home: str | None,
                   enabled: bool | None = None) -> tuple[Entry, bool] | None:
    """What a generic name of another country's group stands for in an article about elsewhere
    (:data:`FOREIGN_GENERIC`): (the home country's group, False), or (the registry entry, True) to keep the name
    bare; None when the registry's reading stays. ``enabled`` is the caller's own switch (agreements_parties
    GENERIC_ABROAD); None reads :data:`FOREIGN_GENERIC` (the actors' list), so each switch turns off only its rule."""
    word = GENERIC_GROUPS.get(m.entry.id)
    if not (FOREIGN_GENERIC if enabled is None else enabled) or word is None or m.kind != "actors":
        return None
    code = str(m.entry.get("country_code") or "").upper()
    if not code:
        return None
    world = get_world_gazetteer()
    words = [w.lstrip("#") for w in _norm(m.surface).replace("_", " ").split()]
    if any(nisba_country(w) == code or world.country_code(w) == code for w in words):
        return None  # "فصائل المعارضة السورية": the name says whose
    if _names_country(mentions, code, m.entry.id):
        return None
    if home == code:
        home = None  # only the generic name itself voted for that country
    alt = _home_group(word, home) if home else None
    return (alt, False) if alt is not None else (m.entry, True)


@lru_cache(maxsize=512)
def national_body(prefix: str, code: str) -> Entry | None:
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
                or not all(bare_generic(n) for n in g["names"]):
            continue
        entry = national_body(prefix, code)
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


def fold_prefix(entry: Entry) -> str | None:
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
    prefix = fold_prefix(m.entry)
    if prefix is None or m.j >= len(s.words) \
            or s.tokens[m.j].clause_start or not bare_generic(m.surface):
        return None
    code = nisba_country(s.words[m.j])
    if code is None:
        return None
    return code, national_body(prefix, code)


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


def _add_government_forces(groups: dict[str, dict], order: list[str], s: Sentence, m: Mention) -> None:
    """Group "قوات الحكومة X" with country X's army (its registry entry), or as written, typed state_military."""
    code = str(m.entry.get("country_code")).upper()
    army = national_body("army_", code)
    surface = s.quote(*s.token_span(m.i - 1, m.j))
    surface = surface[1:] if surface[:1] in {"و", "ل", "ب", "ف"} and not surface.startswith("قوات") else surface
    key = army.id if army is not None else f"forces:{code}"
    entry = army or Entry("actors", key, _unhashtag(surface), None, (), (), {"type": "state_military", "country_code": code})
    _add_name(_entry_group(groups, order, key, entry), surface, window_span(s, m.i - 1, m.j))


_NISBA_GOVERNMENTS = True
"""Switch: a government or the authorities qualified by any country's nationality adjective ("الحكومة الألمانية"،
"السلطات الفلبينية") is that state acting (D-15), as the governments the registry lists one by one are
(:func:`nisba_governments`; A/B)."""
_GOV_HEADS = {normalize(pre + head): (len(pre), "") for head in ("الحكومة", "السلطات") for pre in ("", "و", "ف", "ب", "وب")}
_GOV_HEADS.update({normalize(pre + head[1:]): (len(pre) + 1, "ال") for head in ("الحكومة", "السلطات") for pre in ("ل", "ول")})
"""A government or the authorities as a token writes them -> the letters glued before it and what they took of its
article: bare, after "و"/"ف"/"ب" ("والسلطات"، "بالحكومة"), or with "ل" glued over the article ("للحكومة")."""
_GOV_TITLE_BEFORE = frozenset(normalize(w) for w in (
    "رئيس", "رئيسة", "ورئيس", "لرئيس", "برئيس", "نائب", "ونائب", "وزير", "ووزير", "لوزير", "قوات", "وقوات", "لقوات",
    "بقوات", "جيش", "عناصر", "أفراد", "منتسبي"))
"""Right before a government's name: its head or a minister of it ("رئيس الحكومة الإسبانية": a person's title), or
its forces ("قوات الحكومة الليبية": the army): not the state acting as such."""


def nisba_governments(s: Sentence, ms: list[Mention], titles: list[tuple[int, int]]) -> list[tuple[int, str, str]]:
    """Governments named by a head and a country's nationality adjective ("الحكومة الألمانية"، "والسلطات
    اليونانية") that no registry mention covers: (token, country code, name as written without a glued word).

    Iraq's government is a registry body of its own ("الحكومة الاتحادية"): left to it."""
    words = s.words
    if _GOV_HEADS.keys().isdisjoint(words):
        return []
    taken = {t for m in ms if m.kind == "actors" for t in range(m.i, m.j)}
    out: list[tuple[int, str, str]] = []
    for x in range(len(words) - 1):
        glued = _GOV_HEADS.get(words[x])
        if glued is None or x in taken or x + 1 in taken or s.tokens[x + 1].clause_start:
            continue
        if x > 0 and not s.tokens[x].clause_start and words[x - 1] in _GOV_TITLE_BEFORE:
            continue
        code = nisba_country(words[x + 1])
        if code is None or code == "IQ":
            continue
        a, b = s.token_span(x, x + 2)
        if any(p <= a and b <= q for p, q in titles):
            continue
        raw = s.quote(a, b)
        out.append((x, code, glued[1] + raw[glued[0]:].replace("#", "")))
    return out


def _nisba_government_groups(sentences: list[Sentence], mentions: list[list[Mention]], titles: list[tuple[int, int]],
                             groups: dict[str, dict], order: list[str]) -> None:
    """Add the states :func:`nisba_governments` finds (under the switch ``_NISBA_GOVERNMENTS``)."""
    if not _NISBA_GOVERNMENTS:
        return
    for s, ms in zip(sentences, mentions, strict=True):
        for x, code, name in nisba_governments(s, ms, titles):
            _add_state(groups, order, s, code, name, x, x + 2)


_SEATS_OF_GOVERNMENT = True
"""Switch: the seat of a government named for it ("الكرملين"، "البيت الأبيض"، "الإليزيه") stands for its state
acting, as a capital does ("واشنطن"، "موسكو"; :func:`seats_of_government`; A/B)."""
_SEATS = {tuple(normalize(n).split()): code for n, code in (
    ("الكرملين", "RU"), ("البيت الأبيض", "US"), ("الإليزيه", "FR"), ("قصر الإليزيه", "FR"), ("داونينغ ستريت", "GB"))}
"""Seats of government and the state each stands for, as their words (normalised)."""
_SEAT_FIRST = {words[0] for words in _SEATS}
_SEAT_ACTS_BEFORE = frozenset(normalize(p + w) for p in ("", "و", "ف") for w in (
    "قال", "أعلن", "أكد", "ذكر", "أفاد", "أوضح", "أضاف", "تابع", "نفى", "رفض", "ندد", "طالب", "دعا", "حذر", "رحب",
    "اتهم", "كشف", "أصدر", "قرر", "عقد", "وجه", "طعن", "امتنع", "اعتبر", "شدد", "أشار", "يقول", "يرى", "بيان",
    "وفق", "وفقا", "بحسب", "حسب", "أن", "إن"))
"""Right before a seat of government: a verb of its act or statement, a statement, or "أن": the seat acts ("وقال
البيت الأبيض"، "بحسب الكرملين"، "أن البيت الأبيض رفع"). After any other word it is mostly a building or a staff
("مديرة اتصالات البيت الأبيض"، "زعماء الكرملين"، "خارج مبنى البيت الأبيض"), not the state."""


SEAT_WORDS = True
"""Switch (speed only, the seats are the same): :func:`seats_of_government` visits only the words of
:data:`_SEAT_WORDS` (a sentence with none is passed over by one set test)."""
_SEAT_WORDS = frozenset(_SEAT_FIRST | {c + w for c in "وف" for w in _SEAT_FIRST}
                        | {"لل" + w[2:] for w in _SEAT_FIRST if w[:2] == "ال"})
"""Every word the loop of :func:`seats_of_government` goes on from: a seat's first word, with "و"/"ف" glued on, or
"لل" in place of its article."""


def seats_of_government(s: Sentence, titles: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """Seats of government standing for their state: (first token, end token, country code, name as written).

    Only after a word of its act (``_SEAT_ACTS_BEFORE``), not after a place word ("في البيت الأبيض") or a staff
    ("مستشار البيت الأبيض"), and not inside a person's title ("المتحدث باسم الكرملين دميتري بيسكوف": the spokesman is the actor)."""
    words = s.words
    out: list[tuple[int, int, str, str]] = []
    if SEAT_WORDS and _SEAT_WORDS.isdisjoint(words):
        return out
    for x, w in enumerate(words):
        glued = ""
        if w not in _SEAT_FIRST:
            if w[:1] in "وف" and w[1:] in _SEAT_FIRST:
                glued, w = w[:1], w[1:]
            elif w[:2] == "لل" and "ال" + w[2:] in _SEAT_FIRST:
                glued, w = "ل", "ال" + w[2:]
            else:
                continue
        for seat, code in _SEATS.items():
            j = x + len(seat)
            if (w, *words[x + 1:j]) != seat or any(s.tokens[t].clause_start for t in range(x + 1, j)):
                continue
            prev = words[x - 1] if x > 0 and not s.tokens[x].clause_start else ""
            if prev not in _SEAT_ACTS_BEFORE:
                break
            a, b = s.token_span(x, j)
            if any(p <= a and b <= q for p, q in titles):
                break
            raw = s.quote(a, b)
            raw = ("ال" + raw[2:]) if glued == "ل" else raw[len(glued):]
            out.append((x, j, code, raw.replace("#", "").replace("_", " ")))
            break
    return out


def _seat_groups(sentences: list[Sentence], titles: list[tuple[int, int]], groups: dict[str, dict],
                 order: list[str]) -> None:
    """Add the states :func:`seats_of_government` finds (under the switch ``_SEATS_OF_GOVERNMENT``)."""
    if not _SEATS_OF_GOVERNMENT:
        return
    for s in sentences:
        for x, j, code, name in seats_of_government(s, titles):
            _add_state(groups, order, s, code, name, x, j)


_ROLE_GOVERNMENT = True
"""Switch: a named official with no body of his in the text whose title is a state office qualified by a country's
nationality adjective ("وزير المالية البريطاني"، "الرئيس الإندونيسي"، "السفيرة الفرنسية") is affiliated with that
state's government (guidelines §3: a minister's affiliation is his state; A/B)."""
_MINISTER_HEADS = frozenset(normalize(w) for w in ("وزير", "وزيرة", "سفير", "سفيرة", "مبعوث", "مبعوثة"))
"""Offices of a state whatever words come between them and the adjective ("وزير الدولة لشؤون الدفاع الصومالي")."""
_HEAD_HEADS = frozenset(normalize(w) for w in ("رئيس", "رئيسة"))
_HEAD_OF = frozenset(normalize(w) for w in ("الوزراء", "وزراء", "الحكومة", "حكومة"))
"""A head of state or government: "الرئيس" right before the adjective, or "رئيس الوزراء/الحكومة" before it; any
other word between ("رئيس الائتلاف الوطني السوري"، "رئيس البرلمان الإيراني") names another body."""
_MINISTER_REACH = 4
_COUNTERPART_HEAD = normalize("نظير")
_NOT_STATE_OFFICE = frozenset(normalize(w) for w in ("في", "لدى", "عن", "من", "مع", "باسم"))
"""Words that end the office before the adjective: the adjective after them qualifies something else ("سفير اليمن
لدى الأمم المتحدة"، "وزير الدفاع في حكومة ..."، "المتحدث باسم ...")."""
_ROLE_STATE_SKIP = frozenset({"PS"})
"""Countries whose officials' government the adjective does not tell (Palestinian ministers in Gaza or Ramallah)."""


_UNIT_WORDS = rules.words("actors", "army_unit_words")
"""Army units a commander's title names ("قائد اللواء 22"، "قائد الكتيبة 80"، "قائد المنطقة العسكرية الرابعة")."""
_COMMANDER = frozenset({normalize("قائد"), normalize("وقائد"), normalize("لقائد")})
_MILITARY = normalize("العسكرية")
_POLICE_UNIT = frozenset(normalize(w) for w in ("الأمن", "الشرطة", "الطوارئ", "أمن", "شرطة", "المرور", "النجدة"))
UNIT_ARMY = True
"""Switch: a unit commander whose title names no body (:func:`unit_army`) is of his country's army (A/B)."""


def unit_army(role: str | None, home: str | None, about_iraq: bool) -> Entry | None:
    """The army a commander of a numbered or named army unit serves when his title names no body ("قائد اللواء 22
    ميكا العميد فلان" in news of Yemen -> the Yemeni army): the country of a nationality adjective in the title ("قائد
    الكتيبة 80 المسؤولة عن الحدود الإسرائيلية") or else the article's (Iraq in news of Iraq); None when neither has
    a registry army. A militia's brigade is named in the title (its body is the man's affiliation, before this)."""
    if not UNIT_ARMY or not role:
        return None
    words = [w.lstrip("#") for w in _norm(role.replace("_", " ")).split()]
    if len(words) < 3 or words[0] not in _COMMANDER or words[1] not in _UNIT_WORDS:
        return None  # a title of two words names no unit ("قائد الفرقة" alone); a longer one is read as a unit's
        # even when it is a band's ("قائد الفرقة الموسيقية"): the title is read in security news
    if words[1].endswith("منطقه") and words[2] != _MILITARY:
        return None  # "قائد المنطقة العسكرية الرابعة", not any region's head
    if not _POLICE_UNIT.isdisjoint(words[2:]):
        return None  # "قائد لواء الأمن الخاص": an interior ministry force, not the army
    code = next((c for w in words[2:] if _is_nisba(w) and (c := nisba_country(w))), None) or ("IQ" if about_iraq else home)
    if code is None:
        return None
    if code == "IQ":
        return get_lexicon().by_id.get(("actors", "iraqi_army"))
    return national_body("army_", code)


def role_government(role: str | None) -> str | None:
    """The ISO code of the state whose government a title names by a nationality adjective (:data:`_ROLE_GOVERNMENT`),
    or None: "وزير الداخلية البريطانية" -> GB, "الرئيس الإندونيسي" -> ID, "رئيس الوزراء الإثيوبي" -> ET; not
    "رئيس البرلمان الإيراني" (a parliament) or "القيادي الحوثي" (no office). A former office holder's title is the
    caller's to refuse (:mod:`actors_build` checks it before asking)."""
    if not _ROLE_GOVERNMENT or not role:
        return None
    words = [w.lstrip("#") for w in _norm(role.replace("_", " ")).split()]
    if len(words) < 2:
        return None
    definite = words[0].startswith("ال")
    head = words[0][2:] if definite else words[0]
    # a definite head takes the adjective next ("السفير الفرنسي"); an indefinite one first its complement, never an
    # adjective ("وزير المالية البريطاني": "المالية" is the portfolio, whatever country its letters spell)
    if head in _MINISTER_HEADS:
        reach = words[1:2] if definite else words[2:1 + _MINISTER_REACH]
    elif words[0].lstrip("وبل").startswith(_COUNTERPART_HEAD):
        reach = words[1:2]  # "نظيره الأميركي": a state's office holder, the other side of a minister or envoy
    elif head in _HEAD_HEADS:
        reach = words[1:2] if definite else words[2:3] if words[1] in _HEAD_OF else []
    else:
        return None
    found = None
    for w in reach:
        if w in _NOT_STATE_OFFICE:
            break
        found = nisba_country(w) or found  # the last one: "وزير الشؤون المالية الكويتي" is Kuwait's, not Mali's
    return None if found in _ROLE_STATE_SKIP else found
