"""The matching rule: which predicted record is which gold item, and how fields compare.

Pure functions over plain dicts (records as JSON objects) and span tuples; the rule
is documented in ``evals/golden/README.md`` ("Matching rule"):

* **actors** match on identity: some name of the prediction (``name``,
  ``canonical_name``, ``name_en``, ``aliases``) and some name of the gold item have the
  same *name key* (normalised Arabic with clitics and generic head words such as
  قوات/تنظيم removed, lower-cased English) or resolve to the same lexicon entry (a name
  ending in epithets such as الانقلابية/الإرهابي is also looked up without them).
* **attacks, joint rooms, agreements** match when a *valid* citation of the prediction
  overlaps a gold evidence span by at least one character and the key field does not
  contradict: for attacks and rooms, when both sides give a location they must be the
  same place or lie in the same governorate (:func:`place_compatible`).
* Assignment is one-to-one and greedy by score (overlap, then agreeing fields).
  A leftover prediction that matches an optional gold item is ignored; one that
  matches an already matched gold item is a *duplicate* (a false positive, reported);
  anything else is a false positive. Unmatched required gold items are false negatives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from marsad.core.arabic import normalize, strip_clitics

__all__ = [
    "Pred",
    "MatchResult",
    "name_keys",
    "same_entity",
    "place_keys",
    "same_place",
    "place_compatible",
    "governorates",
    "set_f1",
    "span_overlap",
    "match_kind",
    "compare_field",
    "same_text",
    "location_country",
    "gold_has_field",
    "gold_field",
    "pred_field",
    "FIELDS",
]

# Words that only say what kind of thing follows ("forces of", "organisation") — dropped from name keys.
_GENERIC_HEADS = {"قوات", "تنظيم", "عناصر", "خلايا", "عصابات", "مسلحو", "مسلحي", "جماعه", "حركه"}
# Epithets news writes after an actor's name ("ميليشيا الحوثي الانقلابية", "تنظيم داعش الإرهابي"): they
# describe, they do not name. A name ending in them is also looked up without them (lexicon ids only).
_EPITHETS = {"الانقلابيه", "الانقلابي", "الارهابيه", "الارهابي", "المتطرفه", "المتطرف", "الاجراميه", "الاجرامي",
             "المتمرده", "المتمرد"}
# Administrative / directional words dropped from place keys ("قضاء الحويجة" == "الحويجة").
_PLACE_WORDS = {
    "محافظه", "قضاء", "ناحيه", "مدينه", "قريه", "منطقه", "بلده", "مركز", "محيط", "اطراف", "وسط", "جنوب", "شمال",
    "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "جنوب غرب", "عاصمه", "في", "من", "province", "district",
    "town", "city", "village", "of", "the", "near", "governorate", "sub-district", "subdistrict", "area",
}
_LATIN = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*")
_AR_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+")


@lru_cache(maxsize=1)
def _lexicon():
    from marsad.core.lexicon import get_lexicon

    return get_lexicon()


def _is_latin(text: str) -> bool:
    return not any("\u0600" <= c <= "\u06ff" for c in text)


def _tokens(text: str, drop: set[str], *, strip: bool = True) -> list[str]:
    """Normalised tokens without the ``drop`` words; clitics stripped unless ``strip`` is False."""
    if _is_latin(text):
        toks = _LATIN.findall(text.lower())
        return [t for t in toks if t not in drop and t != "the"]
    out = []
    for tok in _AR_TOKEN.findall(normalize(text)):
        stripped = strip_clitics(tok)
        if tok in drop or stripped in drop:
            continue
        out.append(stripped if strip else tok)
    return out


def _lexicon_ids(text: str, kind: str) -> set[str]:
    lex = _lexicon()
    entries = lex.lookup_en(text) if _is_latin(text) else lex.lookup_ar(text)
    return {f"{e.kind}:{e.id}" for e in entries if e.kind == kind}


def name_keys(names: Iterable[str | None], kind: str = "actors") -> set[str]:
    """Identity keys of an entity's names: normalised token strings and lexicon ids.

    Args:
        names: the spellings (Arabic or English; None and empty strings are skipped).
        kind: the lexicon kind to resolve against (``actors`` or ``places``).

    Returns:
        A set of keys; two entities are the same when their key sets intersect.
    """
    drop = _GENERIC_HEADS if kind == "actors" else _PLACE_WORDS
    keys: set[str] = set()
    for name in names:
        if not name or not str(name).strip():
            continue
        name = str(name).strip()
        toks = _tokens(name, drop)
        if toks:
            keys.add(" ".join(toks))
        keys |= _lexicon_ids(name, kind)
        short = _tokens(name, drop, strip=False)
        if short and len(short) < len(_tokens(name, set())):  # e.g. "قوات البيشمركة" -> look up "البيشمركة" too
            keys |= _lexicon_ids(" ".join(short), kind)
        if kind == "actors":
            keys |= _epithet_ids(_tokens(name, set(), strip=False))
    return keys


def _epithet_ids(toks: list[str]) -> set[str]:
    """Actor ids of a name once its trailing epithets are dropped ("ميليشيا الحوثي الانقلابية" -> "ميليشيا
    الحوثي"), as written and without a generic head; none when nothing is dropped or nothing is left."""
    n = len(toks)
    while n > 1 and toks[n - 1] in _EPITHETS:
        n -= 1
    if n == len(toks):
        return set()
    core = toks[:n]
    ids = _lexicon_ids(" ".join(core), "actors")
    bare = [t for t in core if t not in _GENERIC_HEADS]
    if bare and len(bare) < len(core):
        ids |= _lexicon_ids(" ".join(bare), "actors")
    return ids


def _entity_names(obj: Any) -> list[str]:
    if obj is None:
        return []
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, (list, tuple)):
        return [str(x) for x in obj if x]
    if isinstance(obj, dict):
        names = [obj.get("name"), obj.get("canonical_name"), obj.get("name_en")]
        names += list(obj.get("aliases") or [])
        return [n for n in names if n]
    return [str(obj)]


def same_entity(a: Any, b: Any) -> bool:
    """True when two actors (dicts with names, strings or lists of spellings) are the same entity."""
    ka, kb = name_keys(_entity_names(a)), name_keys(_entity_names(b))
    return bool(ka & kb)


def _place_entries(loc: Any) -> list:
    lex = _lexicon()
    entries = []
    for name in _entity_names(loc):
        stripped = " ".join(_tokens(name, _PLACE_WORDS, strip=False))
        for surface in dict.fromkeys((name, stripped)):
            if surface:
                found = lex.lookup_en(surface) if _is_latin(surface) else lex.lookup_ar(surface)
                entries += [e for e in found if e.kind == "places"]
    return entries


def place_keys(loc: Any) -> list[tuple[str, ...]]:
    """Token tuples (admin words dropped) and gazetteer ids of a place's names."""
    out: list[tuple[str, ...]] = []
    for name in _entity_names(loc):
        toks = tuple(_tokens(name, _PLACE_WORDS))
        if toks:
            out.append(toks)
    out.extend((f"places:{e.id}",) for e in _place_entries(loc))
    return out


def governorates(loc: Any) -> set[str]:
    """Governorates (English, lower-case) a location lies in, from its own field and the gazetteer."""
    out = {str(loc.get("governorate")).lower()} if isinstance(loc, dict) and loc.get("governorate") else set()
    for e in _place_entries(loc):
        if e.get("governorate"):
            out.add(str(e.get("governorate")).lower())
    return out


def place_compatible(a: Any, b: Any) -> bool:
    """True when two locations can describe one event: the same place, or places in the same governorate.

    Used only to decide whether a prediction *may* match a gold item ("الطارمية" and
    "شمالي العاصمة بغداد" do not contradict each other); the location field itself is
    scored strictly with :func:`same_place`. A country and a place inside it do not contradict
    each other either ("تركيا" and "منطقة أراكوي" in Şırnak): a record that knows only the country
    may match, and its location is then scored wrong.
    """
    return same_place(a, b) or bool(governorates(a) & governorates(b)) or _country_holds(a, b) or _country_holds(b, a)


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """Country names as place keys (admin and direction words dropped), for :func:`_country_level`."""
    return frozenset(" ".join(_tokens(n, _PLACE_WORDS)) if not _is_latin(n) else n.lower()
                     for names in _COUNTRIES.values() for n in names)


def _country_level(loc: Any) -> bool:
    """True when a location names only a country (its level says so, or its name is a country's)."""
    if isinstance(loc, dict) and loc.get("admin_level") == "country":
        return True
    countries = _country_keys()
    names = _entity_names({k: loc.get(k) for k in ("name", "canonical_name")} if isinstance(loc, dict) else loc)
    # "جنوب شرق تركيا": direction and admin words dropped, as place_keys does
    keys = [" ".join(_tokens(n, _PLACE_WORDS)) if not _is_latin(n) else n.lower() for n in names]
    return bool(keys) and all(k in countries for k in keys)


def _country_holds(country: Any, place: Any) -> bool:
    """True when ``country`` names only a country and ``place`` lies in it."""
    if not _country_level(country):
        return False
    code = location_country(country)
    return code is not None and code == location_country(place)


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return any(big[i:i + n] == small for i in range(len(big) - n + 1))


def same_place(a: Any, b: Any) -> bool:
    """True when two locations (Location dicts or strings) name the same place.

    Places are equal when a name of one, with administrative words removed, equals or
    is contained (as whole tokens) in a name of the other, or both resolve to the same
    gazetteer entry: "قضاء الحويجة" == "الحويجة"; "جنوب كركوك" == "كركوك".
    """
    ka, kb = place_keys(a), place_keys(b)
    for x in ka:
        for y in kb:
            if x == y or (len(x) <= len(y) and _contains(y, x)) or (len(y) < len(x) and _contains(x, y)):
                return True
    return False


def set_f1(gold: Sequence[Any], pred: Sequence[Any]) -> float:
    """Overlap of two sets of entities as F1.

    Args:
        gold: gold members; each a name or a list of equivalent names.
        pred: predicted members (names).

    Returns:
        F1 of the matching (1.0 when both are empty, 0.0 when exactly one is).
    """
    return _set_f1(gold, pred, _entity_matches)


def _entity_matches(gold: list, pred: list) -> tuple[int, int]:
    """``(predicted members that match a gold one, gold members matched)``: each predicted entity takes a gold one
    not taken yet where it can (:func:`same_entity`)."""
    matched_gold: set[int] = set()
    pred_ok = 0
    for p in pred:
        hits = [i for i, g in enumerate(gold) if same_entity(p, g)]
        if hits:
            pred_ok += 1
            fresh = [i for i in hits if i not in matched_gold]
            matched_gold.add(fresh[0] if fresh else hits[0])
    return pred_ok, len(matched_gold)


def _set_f1(gold: Sequence[Any], pred: Sequence[Any], matches: Callable[[list, list], tuple[int, int]]) -> float:
    """F1 of two sets once their empty members are dropped; ``matches(gold, pred)`` counts the predicted members
    that match and the gold members matched (1.0 when both sets are empty, 0.0 when exactly one is)."""
    gold = [g for g in gold if g]
    pred = [p for p in pred if p]
    if not gold and not pred:
        return 1.0
    if not gold or not pred:
        return 0.0
    ok_pred, ok_gold = matches(gold, pred)
    precision, recall = ok_pred / len(pred), ok_gold / len(gold)
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def span_overlap(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> int:
    """Characters shared by two sets of spans (sum over pairs)."""
    b = list(b)
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


# ---------------------------------------------------------------- fields
# Every annotated field that is scored, per kind. ``location_country`` is derived: the
# ISO alpha-2 ``country`` of the gold location against the country of the predicted one
# (its own ``country`` key, else its gazetteer entry, else a country named in it).
FIELDS: dict[str, tuple[str, ...]] = {
    "actors": ("type", "role", "affiliation"),
    "attacks": ("killed", "injured", "date", "perpetrator", "location", "location_country", "attack_type", "target",
                "background", "weapons"),
    "joint_rooms": ("status", "location", "location_country", "participants", "lead", "date"),
    "agreements": ("parties", "status", "date", "agreement_type", "provisions"),
}
# The fields that break ties when matching (kept to the original set so adding a scored
# field does not change which prediction is paired with which gold item).
_MATCH_FIELDS: dict[str, tuple[str, ...]] = {
    "actors": ("type",),
    "attacks": ("killed", "injured", "date", "perpetrator", "location", "attack_type"),
    "joint_rooms": ("status", "location", "participants", "date"),
    "agreements": ("parties", "status", "date"),
}
_ENTITY_FIELDS = {"perpetrator", "lead"}
_TEXT_FIELDS = {"target", "role", "affiliation"}
_TEXT_SET_FIELDS = {"provisions", "weapons"}

# ISO 3166-1 alpha-2 of the countries the news talks about, by their common names (normalised
# Arabic, lower-case English). Used only to read a predicted location's country.
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "IQ": ("العراق", "iraq"), "SY": ("سوريا", "سوريه", "syria"), "YE": ("اليمن", "yemen"),
    "TR": ("تركيا", "turkey", "türkiye"), "SA": ("السعوديه", "المملكه العربيه السعوديه", "saudi arabia"),
    "KW": ("الكويت", "kuwait"), "BH": ("البحرين", "bahrain"), "AE": ("الامارات", "uae", "united arab emirates"),
    "QA": ("قطر", "qatar"), "OM": ("عمان", "سلطنه عمان", "oman"), "EG": ("مصر", "egypt"),
    "AF": ("افغانستان", "afghanistan"), "LY": ("ليبيا", "libya"), "SO": ("الصومال", "somalia"),
    "PS": ("فلسطين", "غزه", "قطاع غزه", "الضفه الغربيه", "palestine", "gaza"), "IL": ("اسرائيل", "israel"),
    "LB": ("لبنان", "lebanon"), "JO": ("الاردن", "jordan"), "IR": ("ايران", "iran"), "PK": ("باكستان", "pakistan"),
    "FR": ("فرنسا", "france"), "TN": ("تونس", "tunisia"), "DZ": ("الجزائر", "algeria"), "SD": ("السودان", "sudan"),
    "NG": ("نيجيريا", "nigeria"), "BF": ("بوركينا فاسو", "burkina faso"), "ML": ("مالي", "mali"),
    "US": ("الولايات المتحده", "امريكا", "united states", "usa"), "GB": ("بريطانيا", "المملكه المتحده", "britain"),
    "RU": ("روسيا", "russia"), "IN": ("الهند", "india"), "MA": ("المغرب", "morocco"),
}
# Capitals and large cities the regional news names without their country.
_CITIES: dict[str, tuple[str, ...]] = {
    "YE": ("صنعاء", "عدن", "تعز", "الحديده", "مارب", "sanaa", "aden", "taiz", "hodeidah", "marib"),
    "SY": ("دمشق", "حلب", "حمص", "ادلب", "الرقه", "دير الزور", "damascus", "aleppo", "homs", "idlib", "raqqa"),
    "TR": ("انقره", "اسطنبول", "ديار بكر", "سروج", "ankara", "istanbul", "diyarbakir", "suruc"),
    "SA": ("الرياض", "جده", "مكه المكرمه", "المدينه المنوره", "نجران", "جازان", "القطيف", "الدمام", "riyadh", "jeddah",
           "najran", "jazan", "qatif", "dammam"),
    "EG": ("القاهره", "سيناء", "شمال سيناء", "العريش", "cairo", "sinai", "arish"),
    "AF": ("كابول", "قندهار", "هلمند", "kabul", "kandahar", "helmand"),
    "SO": ("مقديشو", "mogadishu"), "LY": ("بنغازي", "درنه", "سرت", "benghazi", "derna", "sirte"),
    "LB": ("بيروت", "beirut"), "JO": ("عمان الاردنيه", "amman"), "KW": ("مدينه الكويت", "kuwait city"),
}
_GAZETTEER_COUNTRY = {"iraq": "IQ", "syria": "SY", "iran": "IR", "turkey": "TR"}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    out = {}
    for code, names in [*_COUNTRIES.items(), *_CITIES.items()]:
        for n in names:
            out[normalize(n) if not _is_latin(n) else n.lower()] = code
    return out


def location_country(loc: Any) -> str | None:
    """ISO alpha-2 country of a location (dict or string), or None when it cannot be told.

    Its own ``country`` key first; then its gazetteer entry (the entry's ``country``, a
    name or a code; a country entry's own name; an entry without one is an Iraqi place);
    then a country or large city named in it ("شمال سوريا" -> SY, "صنعاء" -> YE).
    """
    if not loc:
        return None
    if isinstance(loc, dict) and loc.get("country"):
        return str(loc["country"]).upper()
    table = _country_names()
    entries = _place_entries(loc)
    for e in entries:
        named = e.get("country") or (e.name_en if e.get("admin_level") == "country" else None)
        if named:
            code = str(named).upper() if len(str(named)) == 2 else table.get(str(named).lower())
            if code:
                return code
        if e.get("admin_level") == "country" and e.id in _GAZETTEER_COUNTRY:
            return _GAZETTEER_COUNTRY[e.id]
    if any(not e.get("country") and e.get("admin_level") != "country" for e in entries):
        return "IQ"  # the gazetteer's own entries (no country key) are Iraqi places
    for name in _entity_names(loc):
        low = name.lower() if _is_latin(name) else normalize(name)
        toks = _tokens(name, _PLACE_WORDS, strip=False) if not _is_latin(name) else _LATIN.findall(low)
        for n in range(min(4, len(toks)), 0, -1):
            for i in range(len(toks) - n + 1):
                code = table.get(" ".join(toks[i:i + n]))
                if code:
                    return code
        if low in table:
            return table[low]
    return None


def _caseless(tok: str) -> str:
    """A word without a final alif, for the indefinite accusative ("مسجدا" -> "مسجد"): a label quoted from "استهدفوا
    مسجدا" names the same thing as the gold "مسجد". Words of three letters or fewer keep theirs ("ابا"). It is
    applied to both sides, so it also makes a name ending in alif meet its nisba ("سوريا" ~ "سوري"); in short
    labels of targets, roles and affiliations that is the same place or side."""
    return tok[:-1] if len(tok) > 3 and tok.endswith("ا") else tok


def _text_keys(text: Any) -> tuple[str, ...]:
    return tuple(map(_caseless, _tokens(str(text), _GENERIC_HEADS))) if text not in (None, "") else ()


def same_text(gold: Any, pred: Any) -> bool:
    """A short free-text label (target, role, provision) matches: same entity, or the normalised
    tokens of one contain the other's ("الشرطة الاتحادية" ~ "عناصر الشرطة الاتحادية")."""
    a, b = _text_keys(gold), _text_keys(pred)
    if not a or not b:
        return False
    if a == b or _contains(a, b) or _contains(b, a):
        return True
    return same_entity(str(gold), str(pred))


_GOVERNMENT_WORDS = frozenset({"government", "of", "the", "حكومة", "الحكومة", "حكومه", "الحكومه"})


def _state(text: Any) -> str | None:
    """The country a label names once its government words are dropped ("Government of Turkey", "United States
    Government", "حكومة تركيا" -> turkey), else None."""
    words = [w for w in re.findall(r"[\w']+", str(text or "")) if w.lower() not in _GOVERNMENT_WORDS]
    if not words:
        return None
    rest = " ".join(words)
    lex = _lexicon()
    found = lex.lookup_en(rest) if _is_latin(rest) else lex.lookup_ar(rest)
    states = {e.id for e in found if e.kind == "places" and e.get("admin_level") == "country"}
    return states.pop() if len(states) == 1 else None


def same_affiliation(gold: Any, pred: Any) -> bool:
    """An affiliation matches as a label (:func:`same_text`) or when both name one state, one of them by its
    government ("تركيا" ~ "Government of Turkey": a minister's affiliation is his state)."""
    if same_text(gold, pred):
        return True
    a, b = _state(gold), _state(pred)
    return a is not None and a == b


def _text_matches(gold: list, pred: list) -> tuple[int, int]:
    """``(predicted labels that match a gold one, gold labels matched)`` by :func:`same_text`, any to any."""
    return (sum(1 for p in pred if any(same_text(g, p) for g in gold)),
            sum(1 for g in gold if any(same_text(g, p) for p in pred)))


def _norm_enum(value: Any) -> Any:
    return getattr(value, "value", value)


def gold_has_field(name: str, fields: dict) -> bool:
    """Whether a gold item annotates (and so is scored on) a field."""
    if name == "location_country":
        loc = fields.get("location")
        return isinstance(loc, dict) and bool(loc.get("country"))
    return name in fields


def gold_field(name: str, fields: dict) -> Any:
    """The gold value of a field (``location_country`` read from the location)."""
    if name == "location_country":
        return (fields.get("location") or {}).get("country")
    return fields.get(name)


def pred_field(name: str, data: dict) -> Any:
    """The predicted value of a field (``location_country`` derived from the location)."""
    if name == "location_country":
        return location_country(data.get("location"))
    return data.get(name)


def compare_field(name: str, gold: Any, pred: Any) -> float:
    """Score one field of a matched pair: 1.0 right, 0.0 wrong, a fraction for sets.

    * ``killed``/``injured``/``date``/``status``/``type``/``background``: equality
      (None equals None; a missing ``background`` is False).
    * ``attack_type``/``type``/``agreement_type``: equality with the value or, when gold is
      a list of acceptable values, with one of them.
    * ``perpetrator``/``lead``: gold is a name, None, or a list of acceptable answers (None in
      the list accepts "not stated"); names compare with :func:`same_entity`.
    * ``target``/``role``/``affiliation``: as ``perpetrator`` but compared with :func:`same_text` (an affiliation
      also with :func:`same_affiliation`: a state and its government are one).
    * ``location``: :func:`same_place` (None equals None).
    * ``location_country``: ISO codes, case-insensitive (gold may be a list).
    * ``participants``/``parties``: :func:`set_f1`; ``provisions``/``weapons``: F1 of :func:`same_text`.
    """
    if name in ("participants", "parties"):
        return set_f1(gold or [], pred or [])
    if name in _TEXT_SET_FIELDS:
        return _set_f1(gold or [], pred or [], _text_matches)
    if name == "location":
        if not gold or not pred:
            return float(not gold and not pred)
        return float(same_place(gold, pred))
    if name in _ENTITY_FIELDS or name in _TEXT_FIELDS:
        same = same_entity if name in _ENTITY_FIELDS else same_affiliation if name == "affiliation" else same_text
        options = gold if isinstance(gold, list) else [gold]
        if pred in (None, ""):
            return float(any(o is None for o in options))
        return float(any(o is not None and same(o, pred) for o in options))
    if name == "background":
        return float(bool(gold) == bool(pred))
    if name == "location_country":
        options = gold if isinstance(gold, list) else [gold]
        return float(pred is not None and str(pred).upper() in {str(o).upper() for o in options if o})
    options = gold if isinstance(gold, list) else [gold]
    return float(any(_norm_enum(o) == _norm_enum(pred) for o in options))


# ---------------------------------------------------------------- matching
@dataclass
class Pred:
    """A predicted record: its document, kind, JSON fields and the spans of its valid citations."""

    doc_id: str
    kind: str
    data: dict
    spans: tuple[tuple[int, int], ...]
    index: int = 0

    def label(self) -> str:
        name = self.data.get("name")
        if not name and isinstance(self.data.get("location"), dict):
            name = self.data["location"].get("name")
        return f"{self.doc_id}/{self.kind}[{self.index}]" + (f" {name}" if name else "")


@dataclass
class MatchResult:
    """The outcome of matching one record kind (over one or many documents)."""

    pairs: list[tuple[Any, Pred]] = field(default_factory=list)  # (GoldItem, Pred)
    false_positives: list[Pred] = field(default_factory=list)
    duplicates: list[tuple[Pred, Any]] = field(default_factory=list)  # also counted in false_positives
    false_negatives: list[Any] = field(default_factory=list)
    optional_hits: list[tuple[Pred, Any]] = field(default_factory=list)

    @property
    def tp(self) -> int:
        return len(self.pairs)

    @property
    def fp(self) -> int:
        return len(self.false_positives)

    @property
    def fn(self) -> int:
        return len(self.false_negatives)

    def extend(self, other: MatchResult) -> None:
        self.pairs += other.pairs
        self.false_positives += other.false_positives
        self.duplicates += other.duplicates
        self.false_negatives += other.false_negatives
        self.optional_hits += other.optional_hits


def _gold_names(fields: dict) -> list[str]:
    return _entity_names({k: fields.get(k) for k in ("name", "canonical_name", "name_en", "aliases")})


def _compatible(kind: str, gold: Any, pred: Pred) -> bool:
    if kind == "actors":
        return same_entity(_gold_names(gold.fields), _entity_names(pred.data))
    if span_overlap(pred.spans, gold.spans) <= 0:
        return False
    if kind in ("attacks", "joint_rooms"):
        g_loc, p_loc = gold.fields.get("location"), pred.data.get("location")
        if g_loc and p_loc and not place_compatible(g_loc, p_loc):
            return False
    return True


def _score(kind: str, gold: Any, pred: Pred) -> float:
    agree = [compare_field(f, gold.fields[f], pred.data.get(f)) for f in _MATCH_FIELDS[kind] if f in gold.fields]
    bonus = sum(agree) / len(agree) if agree else 0.0
    if kind == "actors":
        exact = name_keys([pred.data.get("name")]) & name_keys([gold.fields.get("name")])
        return 1.0 + (0.5 if exact else 0.0) + bonus
    gold_len = sum(e - s for s, e in gold.spans) or 1
    return min(1.0, span_overlap(pred.spans, gold.spans) / gold_len) + bonus


def match_kind(kind: str, gold_items: Sequence[Any], preds: Sequence[Pred]) -> MatchResult:
    """Match the predictions of one kind in one document to its gold items.

    Args:
        kind: ``actors``, ``attacks``, ``joint_rooms`` or ``agreements``.
        gold_items: :class:`marsad.evals.golden.GoldItem` objects of that kind and document.
        preds: the predictions of that kind for the same document.

    Returns:
        The :class:`MatchResult`: pairs, false positives (incl. duplicates), false
        negatives, and predictions absorbed by optional items.
    """
    result = MatchResult()
    compat = {(gi, pi): _compatible(kind, g, p) for gi, g in enumerate(gold_items) for pi, p in enumerate(preds)}
    scored = sorted(
        ((_score(kind, gold_items[gi], preds[pi]), gi, pi) for (gi, pi), ok in compat.items()
         if ok and not gold_items[gi].optional),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    gold_taken: dict[int, int] = {}
    pred_taken: set[int] = set()
    for _, gi, pi in scored:
        if gi in gold_taken or pi in pred_taken:
            continue
        gold_taken[gi] = pi
        pred_taken.add(pi)
        result.pairs.append((gold_items[gi], preds[pi]))
    for pi, p in enumerate(preds):
        if pi in pred_taken:
            continue
        optional = [g for gi, g in enumerate(gold_items) if g.optional and compat[(gi, pi)]]
        if optional:
            result.optional_hits.append((p, optional[0]))
            continue
        dup_of = [gold_items[gi] for gi in gold_taken if compat[(gi, pi)]]
        if dup_of:
            result.duplicates.append((p, dup_of[0]))
        result.false_positives.append(p)
    result.false_negatives = [g for gi, g in enumerate(gold_items) if not g.optional and gi not in gold_taken]
    return result
