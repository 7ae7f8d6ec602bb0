"""Events across documents, first family: the mentions and the events they form.

:class:`Mention` (one attack record of one document, resolved for matching: its place by the registry and the
gazetteer, its perpetrator's actor family, its day and publication day, its target's words, the strike list it
belongs to), :class:`Event` (one incident and every mention of it, with its fields derived by vote and its toll by
the policy) and :func:`mentions_of`, with the helpers it reads (:func:`_words`, :func:`_mark_lists` and
``LIST_MIN``, :func:`_day`, :func:`_actor_family`, :func:`_kind`, the admin levels ``_LEVELS``). The matching
rule is in ``agent/events.py``'s docstring.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from marsad.agent.places import resolve_location
from marsad.agent.registry import actor_id
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Attack, DocumentRecords

LIST_MIN = 2
"""A document with this many current attacks of one stated perpetrator and type at different places is a
strike list (a statement or round-up), whose entries match only entries of the same list retold."""

_WORD_RE = re.compile(r"\w+")
_LEVELS = {"village": 0, "area": 1, "neighbourhood": 1, "city": 2, "subdistrict": 3, "district": 4,
           "governorate": 5, "region": 6, "country": 7}


@dataclass
class Mention:
    """One attack record of one document, with what matching needs."""

    doc_id: str
    index: int
    attack: Attack
    published: str | None
    source: str | None
    place_key: str | None = None
    place_level: int = 9
    governorate: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2, as records carry it
    lat: float | None = None
    lon: float | None = None
    perpetrator_key: str | None = None
    perpetrator_family: frozenset[str] = frozenset()  # the actor, its parent group, its state (see _actor_family)
    place_names: frozenset[str] = frozenset()  # the place's canonical name and name as written, normalised
    place_en: str | None = None  # the place's English name, letters only ("alhima" for "Al-Hima", "Al Hima")
    place_text: str = ""  # the place as written and its aliases, normalised words (" ميناء الحيمه في مديريه التحيتا ")
    place: dict | None = None  # the attack's location completed by the registry/gazetteer (agent.places)
    day: dt.date | None = None  # the attack's own date when given to the day (parsed once)
    pub_day: dt.date | None = None  # the document's publication day (parsed once)
    listed: frozenset[str] | None = None  # the places of the document's strike list this mention belongs to
    target_words: frozenset[str] = frozenset()  # the target's words, normalised, without the article

    @property
    def key(self) -> str:
        return f"{self.doc_id}#{self.index}"


@dataclass
class Event:
    """One real-world incident and every mention of it."""

    event_id: str
    mentions: list[Mention] = field(default_factory=list)
    policy: str = "latest"

    # ---- derived fields -------------------------------------------------------------
    def _day_mentions(self) -> list[Mention]:
        return [m for m in self.mentions if m.attack.date and m.attack.date_precision == "day"]

    @property
    def date(self) -> str | None:
        days = [m.attack.date for m in self._day_mentions() if not m.attack.background]
        days = days or [m.attack.date for m in self._day_mentions()]
        if days:
            return Counter(days).most_common(1)[0][0]
        dated = [m.attack.date for m in self.mentions if m.attack.date]
        return max(dated, key=len) if dated else None

    @property
    def date_precision(self) -> str:
        d = self.date
        return {10: "day", 7: "month", 4: "year"}.get(len(d), "unknown") if d else "unknown"

    @property
    def date_range(self) -> tuple[str, str] | None:
        days = sorted({m.attack.date for m in self._day_mentions()})
        return (days[0], days[-1]) if len(days) > 1 else None

    @property
    def first_reported(self) -> str | None:
        """The earliest publication day (ISO) of the event's current reports: an incident an article tells as its
        news without a date happened that day or shortly before. None when every report is a recall."""
        days = [m.published[:10] for m in self.mentions if m.published and not m.attack.background]
        return min(days) if days else None

    def _best_place(self) -> Mention | None:
        placed = [m for m in self.mentions if m.attack.location is not None]
        return min(placed, key=lambda m: (m.place_level, m.lat is None)) if placed else None

    @property
    def location(self) -> dict | None:
        best = self._best_place()
        return dict(best.place) if best is not None and best.place is not None else None

    @property
    def country(self) -> str | None:
        """ISO alpha-2 of the country most mentions place it in."""
        found = [m.country for m in self.mentions if m.country]
        return Counter(found).most_common(1)[0][0] if found else None

    @property
    def country_name(self) -> str | None:
        code = self.country
        return next((m.place.get("country_name") for m in self.mentions
                     if m.country == code and m.place and m.place.get("country_name")), None)

    def _vote(self, getter) -> str | None:
        found = [getter(m) for m in self.mentions]
        found = [f for f in found if f]
        return Counter(found).most_common(1)[0][0] if found else None

    @property
    def attack_type(self) -> str:
        specific = [m.attack.attack_type for m in self.mentions if m.attack.attack_type != "other"]
        return Counter(specific).most_common(1)[0][0] if specific else "other"

    @property
    def perpetrator(self) -> str | None:
        return self._vote(lambda m: m.attack.perpetrator)

    @property
    def target(self) -> str | None:
        return self._vote(lambda m: m.attack.target)

    def _toll(self, name: str) -> tuple[int | None, int | None, int | None]:
        stated = [(m.published or "", getattr(m.attack, name), m) for m in self.mentions
                  if getattr(m.attack, name) is not None]
        if not stated:
            return None, None, None
        values = [v for _, v, _ in stated]
        if self.policy == "max":
            chosen = max(values)
        elif self.policy == "min":
            chosen = min(values)
        else:  # the latest report's total (ties: the larger, an update rarely lowers a toll)
            chosen = max(stated, key=lambda s: (s[0], s[1]))[1]
        return chosen, min(values), max(values)

    @property
    def doc_ids(self) -> list[str]:
        return sorted({m.doc_id for m in self.mentions})

    @property
    def confidence(self) -> float:
        """0..1: more independent sources and more resolved facts give more confidence."""
        sources = len({m.source or m.doc_id for m in self.mentions})
        facts = sum(x is not None for x in (self.date if self.date_precision == "day" else None,
                                              self.location, self.perpetrator, self._toll("killed")[0]))
        return round(min(1.0, 0.35 + 0.15 * min(sources - 1, 3) + 0.1 * facts), 2)

    def as_dict(self, with_mentions: bool = True) -> dict:
        killed, killed_low, killed_high = self._toll("killed")
        injured, injured_low, injured_high = self._toll("injured")
        out = {
            "event_id": self.event_id,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_range": list(self.date_range) if self.date_range else None,
            "first_reported": self.first_reported,
            "location": self.location,
            "country": self.country,
            "country_name": self.country_name,
            "attack_type": self.attack_type,
            "perpetrator": self.perpetrator,
            "perpetrator_id": actor_id(self.perpetrator),
            "target": self.target,
            "target_id": actor_id(self.target),
            "killed": killed,
            "killed_low": killed_low,
            "killed_high": killed_high,
            "injured": injured,
            "injured_low": injured_low,
            "injured_high": injured_high,
            "toll_policy": self.policy,
            "doc_ids": self.doc_ids,
            "sources": sorted({m.source for m in self.mentions if m.source}),
            "n_mentions": len(self.mentions),
            "citations": [c.model_dump() for m in self.mentions for c in m.attack.citations],
            "confidence": self.confidence,
        }
        if with_mentions:
            out["mentions"] = [{"doc_id": m.doc_id, "index": m.index, "published": m.published,
                                **m.attack.model_dump(exclude={"citations"}, exclude_none=True)}
                               for m in self.mentions]
        return out


def mentions_of(records: Iterable[DocumentRecords]) -> list[Mention]:
    """Every attack record of the documents, resolved for matching."""
    out: list[Mention] = []
    for rec in records:
        for i, attack in enumerate(rec.attacks):
            m = Mention(doc_id=rec.doc_id, index=i, attack=attack, published=rec.published, source=rec.source,
                        day=_day(attack.date))
            if attack.location is not None:
                place = m.place = resolve_location(attack.location.model_dump(exclude_none=True))
                m.place_key = place.get("registry_id") or normalize(place.get("canonical_name") or place["name"])
                m.place_names = frozenset(n for n in (normalize(place.get("canonical_name") or ""),
                                                      normalize(place.get("name") or "")) if len(n) >= 3)
                m.place_en = re.sub(r"[^a-z]", "", unicodedata.normalize(
                    "NFKD", (place.get("name_en") or "").lower())) or None  # "Suruç" = "Suruc"
                written = [place.get("name") or ""] + [x for x in (place.get("aliases") or []) if isinstance(x, str)]
                m.place_text = " " + " | ".join(" ".join(_WORD_RE.findall(normalize(x))) for x in written) + " "
                m.place_level = _LEVELS.get(place.get("admin_level") or "", 2)
                m.governorate = place.get("governorate")
                if m.place_level == _LEVELS["governorate"] and not m.governorate:
                    m.governorate = place.get("name_en")
                m.lat, m.lon = place.get("lat"), place.get("lon")
                m.country = place.get("country") if isinstance(place.get("country"), str) else None
            m.perpetrator_key = actor_id(attack.perpetrator)
            m.perpetrator_family = _actor_family(m.perpetrator_key)
            m.pub_day = _day((rec.published or "")[:10])
            m.target_words = _words(attack.target)
            out.append(m)
        _mark_lists(out[len(out) - len(rec.attacks):])
    return out


def _words(text: str | None) -> frozenset[str]:
    """The words of a short text (a target), normalised, without the article ال, a leading و/ب/ل/ف clitic
    before it (لل for ل + ال), or a final accusative ا ("مركزا" = "المركز")."""
    out = set()
    for w in _WORD_RE.findall(normalize(text or "")):
        if len(w) > 4 and w[0] in "وبلف" and w[1:3] == "ال":
            w = w[1:]
        elif len(w) > 4 and w.startswith("لل"):
            w = w[2:]
        if len(w) > 3 and w.startswith("ال"):
            w = w[2:]
        if len(w) >= 5 and w.endswith("ا"):
            w = w[:-1]
        if len(w) > 1:
            out.add(w)
    return frozenset(out)


def _mark_lists(doc_mentions: list[Mention]) -> None:
    """Mark the mentions of one document that form a strike list: LIST_MIN or more current (not background)
    attacks of one stated perpetrator and one type at different places ("the coalition struck near Ramadi,
    Tuz and Kobani"). A list entry is another kind of mention than a single-incident report (see the rule)."""
    groups: dict[tuple, list[Mention]] = {}
    for m in doc_mentions:
        if m.attack.background or not m.perpetrator_key or m.place_key is None:
            continue
        groups.setdefault((m.perpetrator_key, _kind(m)), []).append(m)
    for members in groups.values():
        places = frozenset(m.place_key for m in members)
        if len(places) >= LIST_MIN:
            for m in members:
                m.listed = places


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


_FAMILY_CACHE: dict[str, frozenset[str]] = {}


def _actor_family(key: str | None) -> frozenset[str]:
    """A resolved actor, the group it is affiliated to (Sinai Province -> ISIS, TAK -> PKK) and, for a state's
    forces, its state (``state:TR``): two actors of one family may be one actor told at two levels."""
    if not key or key.startswith("name:"):
        return frozenset()
    if key not in _FAMILY_CACHE:
        lex = get_lexicon()
        entry = lex.get("actors", key)
        out = {key}
        if entry is not None:
            parent = entry.data.get("affiliation")
            if parent:
                out.update(e.id for e in lex.lookup_en(parent) if e.kind == "actors")
            if entry.data.get("country_code") and entry.data.get("type") in ("state_military", "police"):
                out.add("state:" + entry.data["country_code"])
        _FAMILY_CACHE[key] = frozenset(out)
    return _FAMILY_CACHE[key]


def _kind(m: Mention) -> str:
    return getattr(m.attack.attack_type, "value", m.attack.attack_type)
