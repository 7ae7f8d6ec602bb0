"""Counts of people: what a "how many" question counts.

The role (killed, injured, arrested), who is counted (civilians, soldiers, a named group's own fighters, the
attackers of an attack the question names), a counted noun that is no role ("كم إيرانيا") or things that are
not people ("كم صاروخا"), the site it names (an embassy, a market), and whether it asks about the seriously
wounded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.agent.numbers import word_value
from marsad.agent.qa.counts_ages import asks_age
from marsad.agent.qa.counts_cues import _CATEGORIES, _ROLE_AR, _ROLE_EN, victim_category  # noqa: F401
from marsad.agent.qa.question import Intent, Question, mentions
from marsad.core.arabic import normalize, tokenize
from marsad.core.lexicon import get_lexicon

# a "how many" question about arrests ("كم شخصا اعتقلت الشرطة", "how many were arrested")
_ARREST_Q = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(اعتقل\w*|اعتقال|معتقل\w*|القبض|قبض\w*|توقيف|اوقف\w*|موقوف\w*|احتجز\w*"
                       r"|احتجاز|ضبط\w*|اسري|اسيرا|اسروا|اسرت)(?!\w)"
                       r"|\b(arrest\w*|detain\w*|detention|captured|rounded up|bust\w*|prisoners?|captives?)\b", re.I)


# the lexicon's sites an attack hits: a question naming one asks about the incident at it
SITES = frozenset({"embassy", "consulate", "mosque", "church", "hotel", "school", "hospital", "market", "university",
                   "refinery", "airport", "prison", "stadium", "port", "military_base", "airbase", "naval_base",
                   "barracks", "bank"})  # (not checkpoints: Egyptian news calls them "كمين", which the entry lacks)


# sites news names by each other's words: a barracks is a military base ("ثكنة عسكرية"), or a post ("ثكنة"); a
# consulate is a diplomatic mission
_SITE_KIN = {"military_base": ("barracks", "airbase", "naval_base", "checkpoint"),
             "barracks": ("military_base", "checkpoint"), "airbase": ("military_base", "airport"),
             "naval_base": ("military_base", "port"), "embassy": ("consulate",), "consulate": ("embassy",),
             "university": ("school",), "airport": ("airbase",)}


@lru_cache(maxsize=4)
def _glossary(lexicon) -> dict:
    return {e.id: e for e in lexicon.of_kind("glossary")}


def asks_site(question: Question) -> bool:
    """The question names a site an attack hits (:data:`SITES`: an embassy, a mosque, a market)."""
    return any(c.id in SITES for c in question.concepts)


def site_named(question: Question, norm: str) -> bool:
    """The normalised text names one of the sites the question names (an embassy, a mosque, a market) or a kin
    of one (:data:`_SITE_KIN`), or the question names none: an article telling of no such site tells of another
    incident."""
    if not asks_site(question):
        return True
    sites = [c for c in question.concepts if c.id in SITES]
    entries = _glossary(get_lexicon())
    kin = [entries[k] for c in sites for k in _SITE_KIN.get(c.id, ()) if k in entries]
    # a site is often told as an indefinite object, whose accusative ending the spelling lacks ("قصفت معسكرا")
    bare_acc = _ACCUSATIVE.sub("", norm)
    return any(mentions(c, t, normalized=True) for c in [*sites, *kin] for t in (norm, bare_acc))


_ACCUSATIVE = re.compile(r"(?<=\w\w\w)ا(?!\w)")


# (victim_category lives in counts_cues since pass 65 -- the answer check reads it, and compose may not import this
# module -- and is read from here by counts, counts_claims and the tests as before)


def count_role(question: Question) -> str | None:
    """What a "how many" question counts: ``killed``, ``injured``, ``arrested``, or None (not a count of people)."""
    if not question.how_many or asks_age(question):
        return None
    if question.intent in (Intent.killed, Intent.injured):
        return question.intent.value
    if asks_arrests(question):
        return "arrested"
    return None


# "وكم أسر منهم": how many were taken prisoner ("أسر" alone is also "families": only right after "كم")
_CAPTIVES_Q = re.compile(r"(?<!\w)[وف]?كم (?:\S+ )?[وف]?اسر(?!\w)")


CAPTIVITY_ASKED = True  # switch for A/B measurement (tests patch it)
# "كم قياديا وقع في أسر الجيش"، "كم جنديا سقطوا في قبضة المسلحين": how many were taken prisoner
_FELL_CAPTIVE_Q = re.compile(r"(?<!\w)[وف]?(?:وقع|وقعت|وقعوا|سقط|سقطت|سقطوا) (?:في (?:ال)?(?:اسر|قبضه)|اسري)(?!\w)")


def asks_arrests(question: Question) -> bool:
    """The question asks how many were arrested or taken prisoner ("كم شخصا اعتقل"، "وكم أسر منهم"، "how many
    captured"), as its only count or beside a toll of the dead."""
    norm = normalize(question.text) if question.language == "ar" else question.text
    return bool(_ARREST_Q.search(norm) or (question.language == "ar" and (
        _CAPTIVES_Q.search(norm) or (CAPTIVITY_ASKED and _FELL_CAPTIVE_Q.search(norm)))))


_GENERIC_HEADS = re.compile(r"^(شخص|اشخاص|شخصا|فرد|افراد|فردا|عنصر|عناصر|عنصرا|منهم|people|persons?|were|was|have|had)$")


NUMBER_OF = True  # switch for A/B measurement: "ما عدد X" / "what is the number of X" count X as "كم X" does
# the words that ask for the number of a noun without "كم"/"how many" ("ما عدد"، "كم عدد"، "ما هو عدد"; "what is the
# (total) number of"): shared by the readers of people (:func:`counted_noun`) and of things (``counts_things``)
NUMBER_OF_AR = r"(?:ما|كم)\s+(?:هو\s+)?عدد\s+"
NUMBER_OF_EN = r"what (?:is |was )?(?:the )?(?:total )?number of\s+"


HYPHENATED = True  # switch for A/B measurement (tests patch it)


def counted_noun(question: Question) -> str | None:
    """The stem of the noun a "how many" question counts when it is not a role or a generic word
    ("كم إيرانيا" -> "ايران", "how many Iranians" -> "iranian"), else None."""
    if question.language == "ar":
        norm = normalize(question.text)
        m = re.search(r"(?<!\w)ب?كم\s+(\S+)", norm)
        word = m.group(1) if m else ""
        if NUMBER_OF and (word == "عدد" or not m):
            # "ما عدد X" / "كم عدد X" / "ما هو عدد X": the noun after the word for "number"
            m = re.search(rf"(?<!\w){NUMBER_OF_AR}(\S+)", norm)
            word = m.group(1) if m else ""
    else:
        m = re.search(r"\bhow many\s+(\w+)", question.text, re.I)
        if NUMBER_OF and not m:  # "what is the number of rockets", "what number of ..."
            m = re.search(rf"\b{NUMBER_OF_EN}(\w+)", question.text, re.I)
        word = m.group(1).lower() if m else ""
        if HYPHENATED and m and question.text[m.end():m.end() + 1] == "-":
            # "how many pro-Syrian fighters", "how many Iranian-made missiles": a hyphenated modifier says whose
            # side or make, not a noun an article counts ("pro"); the word after it is the one counted
            after = re.match(r"[\w-]*\s+(\w+)", question.text[m.end():])
            word = after.group(1).lower() if after else ""
    if not word or _GENERIC_HEADS.match(word) or any(r.match(word) for r in _ROLE_AR.values()) \
            or any(r.match(word) for r in _ROLE_EN.values()):
        return None
    if question.language == "ar":
        word = re.sub(r"(يا|يين|يون|ين|ون|ا)$", "", word)
        word = re.sub(r"^ال", "", word)
    else:
        word = re.sub(r"(s|es)$", "", word)
    return word if len(word) >= 3 else None


def counts_things(question: Question) -> bool:
    """The "how many" question counts things that are not people ("بكم طلقة أصيب"، "كم صاروخا أطلق")."""
    noun = counted_noun(question)
    return THINGS_COUNTED and noun is not None and noun.startswith(_THINGS)


def counts_noun(norm: str, noun: str) -> bool:
    """Normalised text ``norm`` states a number of the things ``noun`` (a :func:`counted_noun` stem) names:
    digits or number words, a clitic glued to them allowed, then the noun ("بسبعة قرارات" for "قرار",
    "12 resolutions" for "resolution")."""
    toks = [t.lower() for t in tokenize(norm)]
    for i, tok in enumerate(toks[:-1]):
        bare = tok[1:] if tok[:1] in ("ب", "ل", "و") and len(tok) > 2 else tok
        if bare.isdigit() or word_value(bare) or word_value(tok):
            nxt = re.sub(r"^[وبل]?(?:ال)?", "", toks[i + 1]) if not toks[i + 1].isascii() else toks[i + 1]
            if nxt.startswith(noun):
                return True
    return False


# an attack the question names by its doer: "هجوم داعش على ..."، "تفجير تبناه داعش"، "an ISIS attack", "attack by ISIS"
_ATTACK_OF_AR = r"(?<!\w)[وبل]?(?:ال)?(?:هجوم|هجمات|هجومي|تفجير|تفجيرات|اعتداء|غزوه)\s+(?:\S+\s+)?"
_ATTACK_OF_EN = r"\b(?:attacks?|bombings?|assault|offensive|raid)\s+(?:\w+\s+){0,2}?(?:by|of)\s+(?:the\s+)?"


def _attackers(question: Question) -> re.Pattern[str] | None:
    """The words that count the attacking group's own members, when the question names an attack by an armed
    group ("كم عدد قتلى هجوم داعش على مقر الفوج"): its name, or militant words, beside a count."""
    norm = normalize(question.text)
    for actor in question.actors:
        if actor.get("type") not in ("armed_group", "paramilitary"):
            continue
        names = "|".join(re.escape(normalize(a)) for a in actor.ar if len(a) > 2)
        ens = "|".join(re.escape(e) for e in actor.en if len(e) > 2)
        said = (names and re.search(_ATTACK_OF_AR + rf"(?:{names})", norm)) or (ens and (
            re.search(_ATTACK_OF_EN + rf"(?:{ens})", question.text, re.I)
            or re.search(rf"(?:{ens})(?:'s)?(?:-claimed| claimed)?\s+(?:attacks?|bombings?|assault|raid)\b",
                         question.text, re.I)))
        if said:
            return re.compile(rf"(?:{names})|{_CATEGORIES['militants'][2]}" if names else _CATEGORIES['militants'][2])
    return None


# the casualty nouns an Arabic question puts right before the group it counts ("قتلى حزب الله"، "عناصر من الحوثيين")
# ("مسلحي حزب العمال" in "الاشتباكات بين قوات الأمن ومسلحي حزب العمال" names a side, not whom the question counts;
# a counter word does after "كم": "كم عنصرا من حزب الله")
_GROUP_HEAD_AR = (r"(?:(?<!\w)[وبل]?(?:ال)?(?:قتلي|جرحي|مقتل|مصرع|اصابه|خساير|اسري)(?: من)?|(?<!\w)كم \S+ من) [وبل]?")


_GROUP_HEAD_EN = (r"\b(?:fighters|members|militants|militiam[ae]n|gunmen|soldiers|troops|dead|casualties|rebels)\b")


def _group_asked(question: Question) -> re.Pattern[str] | None:
    """The Arabic names of the group whose own people a "how many" question counts, when it names one by its
    casualties ("كم عدد قتلى حزب الله"، "how many Hezbollah fighters were killed"), else None."""
    norm = normalize(question.text)
    for actor in question.actors:
        names = "|".join(re.escape(normalize(a)) for a in actor.ar if len(a) > 2)
        if not names:
            continue
        if question.language == "ar":
            said = re.search(_GROUP_HEAD_AR + rf"(?:ال)?(?:{names})", norm)
        else:
            ens = "|".join(re.escape(e) for e in actor.en if len(e) > 2)
            said = ens and (re.search(rf"\bhow many (?:of )?(?:the )?(?:{ens})\b", question.text, re.I)
                            or re.search(rf"(?:{ens})(?:'s?)? {_GROUP_HEAD_EN}", question.text, re.I))
        if said:
            return re.compile(names)
    return None


THINGS_COUNTED = True  # switch for A/B measurement (tests patch it)
# stems (normalised, no article) of things a "how many" question may count that are not people: munitions, strikes,
# vehicles, buildings, weights
_THINGS = ("طلق", "رصاص", "عيار", "صاروخ", "صواريخ", "قذيف", "قذاي", "غاره", "غارات", "ضربه", "ضربات", "طاير", "مسير",
           "عبوه", "عبوات", "لغم", "الغام", "سياره", "سيارات", "مركب", "مدرع", "دباب", "كيلو", "طن", "اطنان", "منزل",
           "مباني", "مبني", "قريه", "قري", "مدرسه", "مسجد", "قرار", "سفين", "زورق", "قارب",
           # what is seized: pills, packs, crates, barrels
           "حبوب", "حبه", "حبات", "قرص", "اقراص", "كيس", "اكياس", "صندوق", "صناديق", "برميل", "براميل")


_SEVERE_Q = re.compile(r"(?<!\w)(?:ب)?(?:جروح|اصابات|اصابه|حاله|حالات) (?:ال)?(خطيره|بالغه|خطره|حرجه)(?!\w)"
                       r"|(?<!\w)(?:اصيبوا|اصيب|جرحوا|جرح) (?:\S+ )?(?:ب)?(?:جروح|اصابات) (?:ال)?(خطيره|بالغه)(?!\w)"
                       r"|\b(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|grave(?:ly)?|badly)\b", re.I)


def asks_severe(question: Question) -> bool:
    """The question asks about the seriously or critically wounded ("بجروح خطيرة", "seriously wounded")."""
    return bool(_SEVERE_Q.search(normalize(question.text) if question.language == "ar" else question.text))
