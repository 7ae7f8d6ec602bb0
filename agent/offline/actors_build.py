"""Actors: :func:`build_actors`, one :class:`~marsad.schemas.Actor` per registry body, state or person of a
document, with its type (a coalition's contingent, a country's forces abroad) and its citations.
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.actors_bodies import (
    _NOT_ACTORS,
    ACTING_ONLY,
    _media_uncued,
    _not_acting,
    _title_body,
    _titled_kind,
    body_acting,
)
from marsad.agent.offline.actors_home import (
    _IRAQ_HOME,
    _IRAQ_HOME_KEPT,
    _IRAQ_HOME_ONE_WORD,
    _IRAQ_HOME_ONE_WORD_PERSONS,
    _SHARED_BARE,
    _about_iraq,
    _add_foreign,
    _add_government_forces,
    _bare_name,
    _fold_generic,
    _home_abroad,
    _home_country,
    _nisba_body,
    _nisba_government_groups,
    _seat_groups,
    _shared_body,
    _shared_home,
    _unhashtag,
    generic_abroad,
    role_government,
    unit_army,
)
from marsad.agent.offline.actors_names import _HONORIFICS, Person, _norm
from marsad.agent.offline.actors_repeats import _own_surnames, _same_person, _surname_spans
from marsad.agent.offline.actors_states import (
    _add_name,
    _bare_government,
    _entry_group,
    _government_forces,
    _state_groups,
    state_of,
)
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.merge import citations, window_span
from marsad.agent.offline.text import Sentence
from marsad.core.lexicon import Entry, role_at
from marsad.schemas import Actor

_HONORIFIC_NOT_ROLE = True
"""Switch: a known official written with only an honorific before his name ("الأمير"، "الشيخ"، "الدكتور") takes his
registry role at the article's date, not the honorific, as his role (A/B)."""

_COUNTERPART_REGISTRY = True
"""Switch: a known official titled only as someone's counterpart ("نظيره الأميركي فلان"), when no office before it
tells which, takes his registry office at the article's date (A/B)."""
_OTHER_MENTION_ORG = True
"""Switch: a man whose first titled mention names no body of his ("القيادي فلان") takes the body another mention of
him names ("القيادي الحوثي فلان"), as his affiliation (the role stays the first title's; A/B)."""

_COALITION_IDS = rules.phrases("actors", "coalition_ids")
_CONTINGENTS = rules.phrases("actors", "coalition_contingents")
"""Countries whose forces, named in a sentence with a coalition, act abroad as its contingent (foreign_coalition);
the coalitions' leaders and the countries they fight in keep state_military."""
_NATIONAL_COALITION = rules.phrases("actors", "national_coalition_forces")
"""One country's forces the registry types as a coalition's (US forces): foreign_coalition only in news of Iraq or
an article naming a coalition (the international or Arab coalition, NATO); else state_military (guidelines 3:
"US strikes in Somalia")."""
_COALITION_NAMED = rules.phrases("actors", "coalition_named_ids")
_WAR_COUNTRIES = rules.phrases("actors", "coalition_war_countries")
"""Countries where the coalitions fight: a bare "التحالف" in news of them is a coalition."""
_COALITION_CUES = rules.words("actors", "coalition_act_cues")
"""Words right before a bare "التحالف" that make it a fighting coalition ("غارة للتحالف"، "بدعم التحالف")."""


def _bare_alliance(s: Sentence, m: Mention) -> bool:
    """True for the one word "التحالف" standing for the international coalition with no cue of war before it: in news
    of elsewhere, an alliance ("التحالف بين بلادها والولايات المتحدة"، "التحالف الذي تقوده ميركل")."""
    if m.entry.id != "coalition" or m.j != m.i + 1:
        return False
    prev = s.words[m.i - 1] if m.i > 0 else ""
    # as written, behind one clitic letter ("بدعم"، "للتحالف") or a conjunction and a preposition ("وبدعم"، "ولغارات")
    return prev not in _COALITION_CUES and prev[1:] not in _COALITION_CUES \
        and not (prev[:1] in "وف" and prev[1:2] in "بلك" and prev[2:] in _COALITION_CUES)


CLEAN_NAMES = True
"""A body's or state's name as written without what is not part of it: a preposition glued to its first word
("للأمم المتحدة" -> "الأمم المتحدة") and a quotation mark or bracket left open by the mention's edge
('تنظيم "داعش' -> "تنظيم داعش"). Balanced marks ('تنظيم "داعش" الإرهابي') and hashtags stay as written."""
_PAIRS = (('"', '"'), ("«", "»"), ("“", "”"), ("(", ")"))


def _clean_name(name: str, known: frozenset[str]) -> str:
    """``name`` without a glued preposition whose bare form starts one of the ``known`` (normalised) names, and
    without quotation marks or brackets when they do not pair up."""
    if not CLEAN_NAMES:
        return name
    for a, b in _PAIRS:
        unpaired = name.count(a) != name.count(b) if a != b else name.count(a) % 2
        if unpaired:
            name = name.replace(a, " ").replace(b, " ")
    name = " ".join(name.split()) or name
    first, _, rest = name.partition(" ")
    bare = _bare_name(first)
    if bare != first and len(bare) >= 5:
        candidate = f"{bare} {rest}".strip()
        norm = _norm(candidate)
        if any(k == norm or k.startswith(norm + " ") or norm.startswith(k + " ") for k in known):
            return candidate
    return name


def _known_names(entry: Entry | None, state: tuple | None = None) -> frozenset[str]:
    """The normalised names of a registry entry or a state, to tell a glued preposition from a name's letters."""
    names: list[str] = []
    if entry is not None:
        names += [entry.canonical, *entry.ar]
    if state is not None:
        names.append(state[0])
    return frozenset(_norm(n.replace("_", " ")) for n in names if n)


def _clean_names(names: list[str], known: frozenset[str]) -> list[str]:
    """Each name cleaned (:func:`_clean_name`), repeats dropped, first mention first."""
    out: list[str] = []
    for n in names:
        c = _clean_name(n, known)
        if c not in out:
            out.append(c)
    return out


_FORMER = rules.words("actors", "former_words")
"""In a role: a former office holder ("وزير الخارجية السعودي السابق")."""


def _current(role: str | None) -> bool:
    """Whether a role or rank is told and is no former one ("الوزير السابق"): only a current office gives a body."""
    return bool(role) and not _FORMER.intersection(_norm(role).split())


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
    about_iraq = _about_iraq(mentions, sentences)
    home = _home_country(mentions, sentences)
    coalition_named = any(m.kind == "actors" and m.entry.id in _COALITION_NAMED for ms in mentions for m in ms)
    last_named: dict[str, tuple[int, bool]] = {}  # body id -> (end of its last mention, named inside a title)
    alliance_only = True  # every mention of the international coalition a bare "التحالف" with no cue of war
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
            if m.entry.id == "coalition" and not _bare_alliance(s, m):
                alliance_only = False
            named_iraqi = "عراق" in _norm(m.surface)  # "البرلمان العراقي" is the Iraqi parliament in any news
            if not about_iraq and not named_iraqi and (
                    m.entry.id in _IRAQ_HOME or m.entry.id in _IRAQ_HOME_ONE_WORD and m.j == m.i + 1):
                continue  # "مقر البرلمان" in Mogadishu, "الحشد" (a crowd), "بدر" (a given name): Iraqi only in news of Iraq
            if not about_iraq and not named_iraqi and m.entry.id in _IRAQ_HOME_KEPT:
                foreign_home.add(m.entry.id)  # "وزارة الداخلية شددت تدابيرها": the article's own ministry
            body, kept_bare = generic_abroad(m, mentions, home) or _shared_home(m, home)
            if kept_bare:
                foreign_home.add(body.id)  # "مجلس الأمة" in Algeria: not Kuwait's
            inside = any(a <= m.start and m.end <= b for a, b in titles) or _title_body(s, m) \
                or body.id in ACTING_ONLY and not body_acting(s, m)  # (named in passing: as if in a title)
            last = last_named.get(body.id)
            if last is not None and last[0] <= m.start and s.quote(last[0], m.start).strip() in {"(", "،(", "-"}:
                inside = last[1]  # "المركزية (سي آي أيه)": the abbreviation of the name just given
            last_named[body.id] = (m.end, inside)
            other = _nisba_body(s, m)
            if other is not None:  # "الجيش الأوكراني" in Russian news: the Ukrainian army, not the home army
                key = _add_foreign(groups, order, foreign_home, s, m, *other)
                in_title[key] = in_title.get(key, True) and inside
                continue
            in_title[body.id] = in_title.get(body.id, True) and inside
            _add_name(_entry_group(groups, order, body.id, body), m.surface, window_span(s, m.i, m.j))
    if alliance_only and "coalition" in groups and not about_iraq and home not in _WAR_COUNTRIES:
        order.remove("coalition")  # an alliance of another story, no coalition at war
        del groups["coalition"]
    _fold_generic(groups, order)
    if not about_iraq:
        code = home
        if code is not None:
            _home_abroad(groups, order, code, in_title)
            foreign_home -= {k for k in foreign_home if k not in groups}
    _state_groups(sentences, mentions, titles, groups, order)
    _nisba_government_groups(sentences, mentions, titles, groups, order)
    _seat_groups(sentences, titles, groups, order)
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
            g = groups[key] = {"entry": entry, "names": [], "spans": [], "role": None, "person": titled, "all": []}
            order.append(key)
        g["all"].extend(all_mentions)
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
        if g.get("entry") is not None and "person" not in g and in_title.get(key) and (
                _titled_kind(g["entry"]) or g["entry"].id in ACTING_ONLY):
            continue  # only ever part of someone's title ("رئيس مجلس الوزراء"): not an actor of its own
        entry: Entry | None = g.get("entry")
        person: Person | None = g.get("person")
        spans = g["spans"]
        if not spans:
            continue
        if "state" in g:
            ar, en, code = g["state"]
            names = _clean_names(g["names"], _known_names(None, g["state"]))
            actor = Actor(
                name=names[0], canonical_name=ar, name_en=en, type="foreign_coalition" if g.get("lead") else "government_body",
                aliases=names[1:],
                citations=citations(doc_id, text, spans, limit=4), registry_id=f"state:{code}",
            )
        elif person is not None:
            role = person.role or person.rank or (role_at(entry, published) if entry else None)
            if _HONORIFIC_NOT_ROLE and entry is not None and not person.role and person.rank \
                    and _norm(person.rank) in _HONORIFICS:
                role = role_at(entry, published) or role  # "الأمير"، "الشيخ": a title, not his office
            if _COUNTERPART_REGISTRY and entry is not None and role and _norm(role.split()[0]).startswith("نظير"):
                role = role_at(entry, published) or role  # "نظيره الأميركي" with no office before it: his own office
            org = person.org
            if org is None and _OTHER_MENTION_ORG and not (entry and entry.get("affiliation")):
                org = next((p.org for p in g["all"] if p.org is not None), None)
            if org is not None and not about_iraq and (
                    org.id in _IRAQ_HOME or org.id in _IRAQ_HOME_KEPT or org.get("generic") and not org.get("country_code")):
                org = None  # "رئيس مجلس النواب" in Amman: not the Iraqi parliament
            if org is not None and home is not None and str(org.get("country_code") or "").upper() not in {"", home}:
                shared = next((b for b in _SHARED_BARE if b.replace("_", " ") in map(_norm, org.ar)), None)
                if shared is not None:
                    org = _shared_body(shared, home)  # "رئيس مجلس الأمة" in Amman: not Kuwait's speaker
            affiliation = (org.name_en if org else None) or (entry.get("affiliation") if entry else None)
            if affiliation is None:
                code = next((c for p in g["all"] for r in (p.role, p.rank) if _current(r) and (c := role_government(r))),
                            None)
                state = state_of(code) if code else None
                if state is not None and state.name_en:
                    affiliation = f"Government of {state.name_en}"  # "وزير المالية البريطاني": his state's government
            if affiliation is None:
                army = next((a for p in g["all"] if _current(p.role) and (a := unit_army(p.role, home, about_iraq))), None)
                if army is not None:
                    affiliation = army.name_en or army.canonical  # "قائد اللواء 22 ميكا": his country's army
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
            names = _clean_names(g["names"], _known_names(entry))
            if key in foreign_home:
                # "رئيس مجلس النواب" in Jordan, "مجلس الوزراء" in Riyadh: that country's body, not the Iraqi one
                actor = Actor(
                    name=names[0], canonical_name=_unhashtag(_bare_name(g["names"][0])), type=kind,
                    aliases=names[1:], citations=citations(doc_id, text, spans, limit=4),
                )
            else:
                actor = Actor(
                    name=names[0], canonical_name=entry.canonical, name_en=entry.name_en, type=kind,
                    affiliation=entry.get("affiliation"), aliases=names[1:],
                    citations=citations(doc_id, text, spans, limit=4), registry_id=entry.id,
                )
        out.append(actor)
    return out
