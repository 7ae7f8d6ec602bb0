"""English articles (Iraqi and Kurdish outlets publish in English too): a lighter rule set.

The registry's English names and aliases find actors, places and domain terms
(:meth:`marsad.core.lexicon.Lexicon.find_english`); casualties, dates and life-cycle verbs
are read with English patterns. Records take the same shapes and the same citation
rules as the Arabic ones.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from marsad.agent.dates import parse_published
from marsad.agent.offline import rules
from marsad.agent.offline.merge import citations
from marsad.core.arabic import arabic_ratio, split_sentences
from marsad.core.lexicon import Entry, Lexicon
from marsad.schemas import Actor, Agreement, Attack, Document, JointRoom, Location

__all__ = ["is_english", "extract_english"]

_NUM_WORDS = rules.table("english", "num_words")
_VAGUE = "|".join(rules.sequence("english_patterns", "vague_numbers"))
_NUM = rf"(?P<n>\d+|{'|'.join(sorted(_NUM_WORDS, key=len, reverse=True))}|{_VAGUE})"
_MONTHS = {m: i for i, m in enumerate(rules.sequence("english_patterns", "months"), start=1)}
_WEEKDAYS = {d: i for i, d in enumerate(rules.sequence("english_patterns", "weekdays"))}


def _compile(pattern: str, flags: str) -> re.Pattern:
    """One pattern of ``data/english_patterns.json``: ``{NUM}`` is a count, ``{MONTHS}``/``{WEEKDAYS}`` the names."""
    pattern = (pattern.replace("{NUM}", _NUM).replace("{MONTHS}", "|".join(_MONTHS))
               .replace("{WEEKDAYS}", "|".join(_WEEKDAYS)))
    return re.compile(pattern, re.I if "i" in flags else 0)


_P = {name: _compile(pattern, flags) for name, flags, pattern in rules.sequence("english_patterns", "patterns")}
"""The English patterns by name (``patterns`` of ``data/english_patterns.json``: name, flags, regex)."""
_KILLED_AFTER, _KILLED_BEFORE = _P["killed_after"], _P["killed_before"]
_INJURED_AFTER, _INJURED_BEFORE = _P["injured_after"], _P["injured_before"]
_TRIGGER, _NOT_EVENT, _PERP_CUE = _P["trigger"], _P["not_event"], _P["perp_cue"]
_TYPES = [(kind, re.compile(pattern, re.I)) for kind, pattern in rules.sequence("english_patterns", "attack_types")]
_NATION = rules.table("english", "nation")

_ESTABLISHED, _PLANNED, _SUSPENDED, _AGREE = _P["established"], _P["planned"], _P["suspended"], _P["agree"]
_DATE = _P["date"]
_FORCE = rules.phrases("context", "force_types")  # one list of force types


_LATIN_LETTER = re.compile(r"[A-Za-z]")  # exactly the characters with c.isascii() and c.isalpha()


def is_english(text: str) -> bool:
    """True for a document written in English (few Arabic letters, many Latin ones)."""
    sample = text[:4000]
    latin = len(_LATIN_LETTER.findall(sample))  # one C-level scan, not a Python loop per character
    return latin > 200 and arabic_ratio(sample) < 0.2


@dataclass
class _Sent:
    start: int
    end: int
    text: str
    mentions: list[tuple[Entry, int, int]] = field(default_factory=list)


def _count(m: re.Match | None) -> tuple[int | None, str | None]:
    if m is None:
        return None, None
    n = m.group("n").lower()
    if n.isdigit():
        return int(n), m.group(0)
    return _NUM_WORDS.get(n), m.group(0)


def _date(text: str, published: dt.date | None) -> tuple[str | None, str, str | None]:
    m = _DATE.search(text)
    if m is None:
        return None, "unknown", None
    g = {k: (v.lower() if v else v) for k, v in m.groupdict().items()}
    day, month, year = g.get("d1") or g.get("d2"), g.get("m1") or g.get("m2"), g.get("y1") or g.get("y2")
    if month and day:
        y = int(year) if year else (published.year if published else None)
        if y is None:
            return None, "unknown", m.group(0)
        try:
            return dt.date(y, _MONTHS[month], int(day)).isoformat(), "day", m.group(0)
        except ValueError:
            return None, "unknown", m.group(0)
    if published is None:
        return None, "unknown", m.group(0)
    if g.get("rel"):
        back = 0 if g["rel"] == "today" else 1
        return (published - dt.timedelta(days=back)).isoformat(), "day", m.group(0)
    back = (published.weekday() - _WEEKDAYS[g["wd"]]) % 7
    return (published - dt.timedelta(days=back)).isoformat(), "day", m.group(0)


def _location(e: Entry, surface: str) -> Location:
    return Location(name=surface, canonical_name=e.canonical, name_en=e.name_en, governorate=e.get("governorate"),
                    district=e.get("district") if e.get("admin_level") not in {"governorate", "country", "region"} else None,
                    lat=e.get("lat"), lon=e.get("lon"), admin_level=e.get("admin_level"), registry_id=e.id)


def extract_english(doc: Document, lex: Lexicon) -> dict[str, list]:
    """Records of an English article.

    Args:
        doc: the document.
        lex: the registry.

    Returns:
        ``{"actors": [...], "attacks": [...], "joint_rooms": [...], "agreements": [...]}``.
    """
    text = doc.text
    published = parse_published(doc.published)
    sents = [_Sent(s, e, text[s:e], [(ent, s + a, s + b) for ent, a, b in lex.find_english(text[s:e])])
             for s, e in split_sentences(text)]
    return {"actors": _actors(doc, sents), "attacks": _attacks(doc, sents, published, lex),
            "joint_rooms": _rooms(doc, sents, published), "agreements": _agreements(doc, sents, published)}


def _actors(doc: Document, sents: list[_Sent]) -> list[Actor]:
    groups: dict[str, dict] = {}
    for s in sents:
        for e, a, b in s.mentions:
            if e.kind != "actors" or e.get("generic"):
                continue
            g = groups.setdefault(e.id, {"entry": e, "names": [], "spans": []})
            if doc.text[a:b] not in g["names"]:
                g["names"].append(doc.text[a:b])
            g["spans"].append((s.start, s.end))
    return [Actor(name=g["names"][0], canonical_name=g["entry"].canonical, name_en=g["entry"].name_en,
                  type=g["entry"].get("type", "other"), affiliation=g["entry"].get("affiliation"),
                  role=g["entry"].get("role") if g["entry"].get("type") == "official" else None,
                  aliases=g["names"][1:], registry_id=g["entry"].id,
                  citations=citations(doc.doc_id, doc.text, g["spans"], limit=4))
            for g in groups.values()]


def _attacks(doc: Document, sents: list[_Sent], published: dt.date | None, lex: Lexicon) -> list[Attack]:
    clusters: list[dict] = []
    for s in sents:
        trig = _TRIGGER.search(s.text)
        if trig is None or _NOT_EVENT.search(s.text[max(0, trig.start() - 40):trig.end()]):
            continue
        killed, ktext = _count(_KILLED_AFTER.search(s.text) or _KILLED_BEFORE.search(s.text))
        injured, itext = _count(_INJURED_AFTER.search(s.text) or _INJURED_BEFORE.search(s.text))
        places = [(e, a, b) for e, a, b in s.mentions if e.kind == "places" and e.get("admin_level") not in {"country", "region"}]
        date, precision, date_text = _date(s.text, published)
        kind = next((k for k, pat in _TYPES if pat.search(s.text)), None)
        if not (places or killed is not None or injured is not None or ktext or kind):
            continue
        perp = None
        if _PERP_CUE.search(s.text):
            perp = next((e for e, _, _ in s.mentions if e.kind == "actors" and e.get("type") == "armed_group"), None)
        nation = _P["nation_strike"].search(s.text)
        if perp is None and nation:
            perp = lex.get("actors", _NATION[nation.group(1).lower()])
        victims = [e for e, a, _ in s.mentions if e.kind == "actors" and e.get("type") in _FORCE and e is not perp
                   and not _P["speaker_before"].search(doc.text[max(s.start, a - 30):a])]
        places = [p for p in places if not _P["dateline_head"].match(doc.text[s.start:p[1]])
                  or not _P["dateline_tail"].match(doc.text[p[2]:p[2] + 20])]  # not a dateline "BAQUBA, Iraq -"

        def rank(p, lo=s.start):
            near = _P["place_preposition"].search(doc.text[max(lo, p[1] - 25):p[1]])
            return (0 if near else 1, 0 if p[0].get("admin_level") in {"district", "subdistrict", "city"} else 1)

        place = min(places, key=rank) if places else None
        gov = place[0].get("governorate") if place else None
        c = next((c for c in clusters if (gov is None or c["gov"] in {None, gov})
                  and (killed is None or c["killed"] in {None, killed})), None) if (place is None or clusters) else None
        if c is None or (place is not None and c["gov"] not in {None, gov}):
            c = {"gov": gov, "place": None, "killed": None, "injured": None, "spans": [], "kind": None, "perp": None,
                 "target": None, "date": None, "precision": "unknown", "date_text": None, "ktext": None, "itext": None}
            clusters.append(c)
        c["spans"].append((s.start, s.end))
        if place is not None and (c["place"] is None or (
                c["place"].admin_level == "governorate" and place[0].get("admin_level") != "governorate")):
            c["place"], c["gov"] = _location(place[0], doc.text[place[1]:place[2]]), gov
        for key, val in (("killed", killed), ("injured", injured), ("kind", kind), ("perp", perp), ("ktext", ktext),
                         ("itext", itext), ("target", victims[0].canonical if victims else None)):
            if c[key] is None and val is not None:
                c[key] = val
        if c["date"] is None and date is not None:
            c["date"], c["precision"], c["date_text"] = date, precision, date_text
        elif c["date_text"] is None and date_text:
            c["date_text"] = date_text
    return [Attack(date=c["date"], date_precision=c["precision"], date_text=c["date_text"], location=c["place"],
                   perpetrator=c["perp"].canonical if c["perp"] else None,
                   perpetrator_en=c["perp"].name_en if c["perp"] else None, target=c["target"],
                   attack_type=c["kind"] or "other", killed=c["killed"], injured=c["injured"], killed_text=c["ktext"],
                   injured_text=c["itext"], citations=citations(doc.doc_id, doc.text, c["spans"]))
            for c in clusters if c["place"] or c["killed"] is not None or c["injured"] is not None]


def _rooms(doc: Document, sents: list[_Sent], published: dt.date | None) -> list[JointRoom]:
    rooms: dict[str, dict] = {}
    last = None
    for s in sents:
        terms = [(e, a, b) for e, a, b in s.mentions if e.kind == "glossary" and e.get("concept") == "joint_room"]
        if not terms:
            continue
        places = [(e, a, b) for e, a, b in s.mentions if e.kind == "places" and e.get("admin_level") not in {"country", "region"}]
        status = "suspended" if _SUSPENDED.search(s.text) else (
            "established" if _ESTABLISHED.search(s.text) and not _PLANNED.search(s.text) else "planned")
        parts = list(dict.fromkeys(e.canonical for e, _, _ in s.mentions if e.kind == "actors" and e.get("type") in _FORCE))
        keys = [(p[0].get("governorate") or p[0].id, p) for p in places] or ([(last, None)] if last else [])
        for key, p in keys:
            r = rooms.setdefault(key, {"place": _location(p[0], doc.text[p[1]:p[2]]) if p else None, "spans": [],
                                       "statuses": [], "parts": [], "name": doc.text[terms[0][1]:terms[0][2]]})
            r["spans"].append((s.start, s.end))
            r["statuses"].append(status)
            r["parts"] += [x for x in parts if x not in r["parts"]]
            last = key
    out = []
    for r in rooms.values():
        st = r["statuses"]
        status = "suspended" if "suspended" in st else "established" if "established" in st else "planned"
        out.append(JointRoom(name=r["name"], location=r["place"], participants=r["parts"], status=status,
                             citations=citations(doc.doc_id, doc.text, r["spans"])))
    return out


def _agreements(doc: Document, sents: list[_Sent], published: dt.date | None) -> list[Agreement]:
    spans, parties, provisions, status = [], [], [], "agreed"
    date: tuple[str | None, str, str | None] = (None, "unknown", None)
    for s in sents:
        m = _AGREE.search(s.text)
        if m is None:
            continue
        found = [e for e, _, _ in s.mentions if e.kind == "actors" and e.get("type") in _FORCE | {"government_body"}]
        if not found and not spans:
            continue
        spans.append((s.start, s.end))
        if date[0] is None:
            found_date = _date(s.text, published)
            if found_date[0] is not None or date[2] is None:
                date = found_date
        parties += [e.canonical for e in found if e.canonical not in parties]
        prov = _P["provision"].search(s.text[m.end():])
        if prov and len(provisions) < 4:
            provisions.append(prov.group(1))
        if _P["not_implemented"].search(s.text):
            status = "stalled"
        elif _P["implemented"].search(s.text) and status != "stalled":
            status = "implementing"
    if not spans or not parties:
        return []
    return [Agreement(parties=parties[:2], party_bodies=parties, provisions=provisions, status=status,
                      date=date[0], date_precision=date[1], date_text=date[2],
                      agreement_type="security_agreement" if any(
                          _P["security_provision"].search(p) for p in provisions + [doc.text[:300]])
                      else "other",
                      citations=citations(doc.doc_id, doc.text, spans))]
