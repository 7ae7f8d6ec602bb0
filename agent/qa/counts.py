"""Counts of people read from the sentences themselves: "how many were killed/injured/arrested in X".

The record answerer states what the extractor put in a record; this reader looks at every
sentence of the top articles that states a number next to a casualty word, and picks the
sentence that best fits what the question names, the way a reader would:

- the sentence (with its article's title) names the question's places, actors and terms;
- the number counts who the question asks about ("how many *civilians*": a sentence counting
  militia fighters is about someone else);
- the incident's total beats a partial count: news states the toll in the title and the lead
  sentence ("مقتل 300 مسلح"), and later sentences give parts of it ("three of them were
  policemen"); a number the title repeats, a lead sentence, a toll word ("حصيلة", "ارتفع")
  and the largest count of the article for that role all count for a sentence;
- the best article of the search counts for more than the eighth.

Every claim cites the sentence that states its number, so the number is inside the cited span.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.agent.numbers import read_quantity, word_value
from marsad.agent.qa.compose import Claim, news_sentences, readable
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.matching import overlap, rest_terms
from marsad.agent.qa.question import Intent, Question, content_terms, mention_starts, mentions, places_in, quantities
from marsad.agent.qa.subject import names_enough
from marsad.core.arabic import _TOKEN_RE, normalize, tokenize
from marsad.core.lexicon import get_lexicon

__all__ = ["count_claims", "counts_things", "asks_site", "site_named", "SITES", "count_role", "counted_noun", "counts_noun", "victim_category", "role_counts", "scenes", "MIN_COUNT_SCORE", "COUNT_MARGIN",
           "asks_age", "age_claims"]

MIN_COUNT_SCORE = 0.5  # below this no sentence fits the question well enough to state its count
# how much less well than the best count another may fit and still be offered: when the best cannot be cited
# naming what the question names, a count far behind it (another incident's, an early toll) is no answer
COUNT_MARGIN = 1.0

# role words on normalised tokens (up to two clitics of و/ف/ب/ل, then ال, allowed before them: 'وبمقتل')
_ROLE_AR = {
    "killed": re.compile(r"^[وفبل]{0,2}(?:ال)?(قتل|قتيل|قتلي|قتلا|مقتل|مصرع|حتف|استشهد|استشهاد|شهيد|شهداء|ضحايا|ضحيه|اعدم|اعدام"
                         r"|توفي|وفاه|قضوا|لقي|لقوا"
                         # lives taken: "حصدت أرواح 12 مدنيا"، "أزهق أرواح"، "أودى بأرواح"
                         r"|ارواح$"
                         # "أودى بحياة 14 شخصا"، "التفجيرين أوديا بحياة"
                         r"|اود(?:ي|ت|يا|تا|وا)$|[يت]ودي$"
                         # the present of a lead or headline: "داعش يعدم 16 عراقيا"، "غارة تقتل 7 مدنيين"
                         r"|[يت]عدم(?:ون|ان)?$|[يت]قتل(?:ون|ان)?$)"),
    # (an active verb too: "قتلت أربعة أشخاص وأصابت عشرين"، "قتلوا خمسة وأصابوا نحو 50")
    "injured": re.compile(r"^[وفبل]{0,2}(?:ال)?(جرح|جريح|جرحي|اصيب|اصابه|اصابات|مصاب|اصاب(?:ت|وا|تا)?$)"),
    # people arrested: "اعتقال 16 شخصا"، "القبض على 76"، "توقيف 13 مشتبها"، "116 متهما"
    "arrested": re.compile(r"^[وفبل]{0,2}(?:ال)?(اعتقال|اعتقل|معتقل|القبض|قبض|توقيف|اوقف|موقوف|احتجاز|احتجز|ضبط"
                           # prisoners taken in battle ("وقوع 87 آخرين أسرى"); not "أسر" alone (families)
                           r"|مشتبه|متهم|اسري$|اسير$|اسيرا$|اسرت$|اسروا$)"),
}
_ROLE_EN = {"killed": re.compile(r"^(killed|dead|died|deaths?|fatalit\w*)$"),
            "injured": re.compile(r"^(injur\w*|wounded|hurt)$"),
            "arrested": re.compile(r"^(arrest\w*|detain\w*|suspects?)$")}
# a "how many" question about arrests ("كم شخصا اعتقلت الشرطة", "how many were arrested")
_ARREST_Q = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(اعتقل\w*|اعتقال|معتقل\w*|القبض|قبض\w*|توقيف|اوقف\w*|موقوف\w*|احتجز\w*"
                       r"|احتجاز|ضبط\w*|اسري|اسيرا|اسروا|اسرت)(?!\w)"
                       r"|\b(arrest\w*|detain\w*|detention|captured|rounded up|bust\w*|prisoners?|captives?)\b", re.I)
_ROLE_WORDS_AR = {"killed": "عدد القتلى", "injured": "عدد الجرحى", "arrested": "عدد الموقوفين"}


# "how old was X": an age, not a count ("كم عمر المواطن الذي قتل" is no question about the dead)
_AGE_Q = re.compile(r"(?<!\w)(?:كم|ما)\s+(?:كان\s+|يبلغ\s+|بلغ\s+)?(?:عمر|سن)\w*|\bhow old\b"
                    r"|\bwhat (?:was|is) (?:the |his |her |their )?ages?\b|\bat what age\b", re.I)
# an age as news writes it: "(65 عاما)", "البالغ من العمر 40 عاما", "عمره 12 سنة", "aged 66", "a 22-year-old"
_AGE_AR = re.compile(r"\(\s*(\d{1,3})\s*(?:عاما|عام|سنه|سنوات)\s*\)"
                     r"|(?:البالغ|البالغه|يبلغ|تبلغ)\s+(?:من\s+)?(?:العمر\s+)?(\d{1,3})\s*(?:عاما|عام|سنه)"
                     r"|(?<!\w)(?:عمره|عمرها|العمر)\s+(\d{1,3})\s*(?:عاما|عام|سنه)")
# an age in ordinal words: "وهي في الثالثة من عمرها"، "طفل في العاشرة من العمر"، "في الخامسة عشرة من عمره"
_ORDINAL_AGES = {"ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8, "تاسع": 9, "عاشر": 10,
                 "حادي": 1}
_AGE_WORDS_AR = re.compile(r"(?<!\w)(?:في|بلغ|بلغت) (?:ال)?(حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)(?:ه|ا|يه)?"
                           r"(?: (?:عشر|عشره))? من (?:عمره|عمرها|العمر|عمرهم)(?!\w)")
AGE_WORDS = True  # switch for A/B measurement (tests patch it)
_AGE_EN = re.compile(r"\baged (\d{1,3})\b|\b(\d{1,3})-year-old\b|\((\d{1,3})\)", re.I)
AGE_WINDOW = 60  # characters before an age that tell whose it is


def asks_age(question: Question) -> bool:
    """The question asks how old someone is ("كم عمر ...", "how old was ...")."""
    return bool(_AGE_Q.search(normalize(question.text) if question.language == "ar" else question.text))


def age_claims(question: Question, evidence: Evidence) -> list[Claim]:
    """Ages read from the sentences of the top documents for a "how old" question, best first: the article must
    name enough of the question's entities, and the words just before the age (whose age it is) and the
    sentence itself must share the most with the question."""
    if not asks_age(question):
        return []
    scored: list[tuple[float, Claim]] = []
    for doc_id, doc in evidence.docs.items():
        rank = evidence.rank_of(doc_id)
        if not names_enough(question, normalize(readable(doc.text) + " " + (doc.title or "")), normalized=True):
            continue
        for s, e in news_sentences(doc.text):
            sentence = doc.text[s:e]
            norm = normalize(readable(sentence))
            ages = [(m, norm) for m in _AGE_AR.finditer(norm)] + [(m, sentence) for m in _AGE_EN.finditer(sentence)]
            if AGE_WORDS:
                ages += [(m, norm) for m in _AGE_WORDS_AR.finditer(norm)]
            if not ages:
                continue
            whole = _coverage(question, sentence, norm)
            for m, text in ages:
                if m.re is _AGE_WORDS_AR:
                    value = _ORDINAL_AGES[m.group(1)] + (10 if re.search(r" عشر", m.group(0)) else 0)
                else:
                    value = int(next(g for g in m.groups() if g))
                before = text[max(0, m.start() - AGE_WINDOW): m.start()]
                near = _coverage(question, before, normalize(before))
                score = near + 0.5 * whole - 0.05 * rank
                if m.re is _AGE_WORDS_AR:  # the words as the article writes them, up to "من عمرها"
                    at = max(sentence.find("من عمر"), sentence.find("من العمر"))
                    start = sentence.rfind(" ", 0, max(0, at - 16)) + 1 if at >= 0 else 0
                    phrase = sentence[start: at + 10].strip(" ،,") if at >= 0 else m.group(0)
                else:
                    at = sentence.find(str(value)) if text is not sentence else m.start()
                    at = at if at >= 0 else 0
                    phrase = sentence[max(0, at - 30): at + len(str(value)) + 6].strip()  # as the article writes it
                said = (f"العمر: {value} عاما («{phrase}»)" if question.language == "ar"
                        else f"{value} years old («{phrase}»)")
                # (an age in words is no digit the citation check could find: the quoted words carry it)
                scored.append((score, Claim(said, [(doc_id, s, e)], [] if m.re is _AGE_WORDS_AR else [value])))
    scored.sort(key=lambda x: -x[0])
    return [c for _, c in scored]


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


def count_role(question: Question) -> str | None:
    """What a "how many" question counts: ``killed``, ``injured``, ``arrested``, or None (not a count of people)."""
    if not question.how_many or asks_age(question):
        return None
    if question.intent in (Intent.killed, Intent.injured):
        return question.intent.value
    if _ARREST_Q.search(normalize(question.text) if question.language == "ar" else question.text):
        return "arrested"
    return None
# a toll told as an update of an earlier one: "ارتفعت حصيلة قتلى التفجير ... إلى 128"، "حسب حصيلة جديدة"
# (the verbal noun too: "أشارت إلى ارتفاع حصيلة الضحايا إلى 14"; "the death toll rose to", "a final toll")
_UPDATE = re.compile(r"(?<!\w)[وب]?(?:ارتفع(?:ت)?|ارتفاع|الارتفاع|يرتفع|ترتفع) (?:ال)?(?:حصيله|عدد)"
                     r"|(?<!\w)(?:ال)?حصيله (?:ال)?(?:جديده|نهاييه|محدثه|اخيره)(?!\w)"
                     r"|\b(?:toll|number of (?:the )?dead) (?:has )?(?:rose|risen|climbed|increased) to\b"
                     r"|\b(?:new|final|updated|latest) toll\b", re.I)
# an early toll told as such: "الحصيلة الأولية للهجومين"، "بحسب معلومات أولية"، "a preliminary toll"
_EARLY = re.compile(r"(?<!\w)[وب]?(?:ال)?(?:حصيله|معلومات|تقديرات|ارقام|احصاءات|احصاييه) (?:ال)?(?:اوليه|مبدييه)(?!\w)"
                    r"|(?<!\w)في (?:ال)?حصيله (?:ال)?اوليه|\b(?:preliminary|initial|early) (?:toll|reports?|figures?|count)\b",
                    re.I)
EARLY_TOLL = 0.3  # a count told as a first, preliminary toll: a later total of the same incident is the answer
UPDATE_MARGIN = 1.0  # how much less well a later updated total may fit the question and still replace the best count
UPDATE_DAYS = 7  # most days after the best count's report that an update of the same incident's toll is published
_TOLL = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(حصيله|ارتفع|ارتفعت|ارتفاع|اجمالي|مجموع|ما مجموعه|الاجمالي|بينهم|منهم)(?!\w)")
# who a count is about: the question's word -> the words a sentence counts them with (normalised stems)
_CATEGORIES = {
    "civilians": (r"مدني|مواطن", r"\bcivilians?\b", r"مدني|مواطن|اهالي|سكان|اطفال|نساء"),
    "soldiers": (r"جندي|جنود|عسكري", r"\bsoldiers?\b|\btroops\b|\bservicem[ae]n\b",
                 r"جندي|جنود|عسكري|جيش|ضابط|قوات"),
    "police": (r"شرطي|شرطه|منتسب", r"\bpolice\w*\b", r"شرط|منتسب|امن"),
    "security": (r"امن|امني", r"\bsecurity\b", r"امن|شرط|جند|جنود|عسكري|قوات|جيش"),
    "militants": (r"مسلح|ارهابي|مقاتل|متشدد|داعش|مهاجم|عنصرا|مليشيا|ميليشيا", r"\bmilitants?\b|\bfighters?\b|\bgunmen\b"
                  r"|\battackers?\b|\bmembers\b|\bjihadists?\b|\bmilitiam[ae]n\b|\brebels?\b|\binsurgents?\b",
                  r"مسلح|ارهابي|مقاتل|متشدد|متطرف|داعش|مهاجم|عناصر|عنصر|انتحاري|تنظيم|طالبان|مليشيا|ميليشيا|متمرد"),
    # children and women are civilians, but a question about them asks for their own count ("ثلاثة أطفال")
    "children": (r"طفل|اطفال|قاصر", r"\bchild(?:ren)?\b|\bkids?\b|\bminors?\b|\binfants?\b", r"طفل|اطفال|قاصر|رضيع"),
    "women": (r"امراه|نساء|سيدات|فتيات", r"\bwom[ae]n\b|\bgirls?\b", r"امراه|نساء|سيدات|فتيات|سيده"),
}


_COUNTERS = re.compile(r"^(عنصرا|عناصر|فردا|افراد|شخصا|اشخاص|منتسبا|منتسبي|منهم)$")
# groups of categories that may count the same people (the security forces include soldiers and police)
_KIN = {"civilians": {"civilians", "children", "women"}, "militants": {"militants"}, "soldiers": {"soldiers", "security"},
        "police": {"police", "security"}, "security": {"security", "soldiers", "police"},
        "children": {"children", "civilians"}, "women": {"women", "civilians"}}


def victim_category(question: Question) -> str | None:
    """Who a "how many" question counts (civilians, soldiers, police, security forces, militants), or None.

    A counter word ("كم عنصرا", "كم شخصا") followed by "من" counts whom the words after it name:
    "كم عنصرا من قوات الأمن" counts security forces, not militants.
    """
    if question.language == "ar":
        norm = normalize(question.text)
        m = re.search(r"(?<!\w)كم\s+(\S+)((?:\s+\S+){0,4})", norm)
        if not m:
            return None
        rest = m.group(2).split()
        if _COUNTERS.match(m.group(1)) and rest and rest[0] == "من":
            head = " ".join(rest[1:4])
        else:
            head = " ".join([m.group(1), *rest[:1]])
        for name, (ar, _, _) in _CATEGORIES.items():
            if head and re.search(ar, head):
                return name
        return None
    m = re.search(r"\bhow many\s+((?:\w+\s+){0,3}?)(civilians?|soldiers?|troops|police\w*|security|militants?|fighters?"
                  r"|gunmen|attackers?|members|jihadists?|servicem[ae]n|militiam[ae]n|rebels?|insurgents?|child(?:ren)?"
                  r"|kids?|minors?|infants?|wom[ae]n|girls?)\b", question.text, re.I)
    if not m:
        return None
    word = m.group(2).lower()
    return next(name for name, (_, en, _) in _CATEGORIES.items() if re.search(en, word))


_GENERIC_HEADS = re.compile(r"^(شخص|اشخاص|شخصا|فرد|افراد|فردا|عنصر|عناصر|عنصرا|منهم|people|persons?|were|was|have|had)$")


def counted_noun(question: Question) -> str | None:
    """The stem of the noun a "how many" question counts when it is not a role or a generic word
    ("كم إيرانيا" -> "ايران", "how many Iranians" -> "iranian"), else None."""
    if question.language == "ar":
        m = re.search(r"(?<!\w)ب?كم\s+(\S+)", normalize(question.text))
        word = m.group(1) if m else ""
    else:
        m = re.search(r"\bhow many\s+(\w+)", question.text, re.I)
        word = m.group(1).lower() if m else ""
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


ATTACKERS_DEAD = 0.8  # a count of the attacking group's own members, for a question about its attack's toll
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
# a count told of others than the group asked about: civilians, soldiers, police, or both sides ("من الطرفين")
_NOT_GROUP = re.compile("|".join(_CATEGORIES[n][2] for n in ("civilians", "soldiers", "police", "children", "women"))
                        + r"|الطرفين|الجانبين|both sides")
_GROUP_HEAD_EN = (r"\b(?:fighters|members|militants|militiam[ae]n|gunmen|soldiers|troops|dead|casualties|rebels)\b")
GROUP_NAMED = 0.5  # a count beside the name of the group a question counts ("21 من حزب الله")
GROUP_UNNAMED = 0.6  # a count whose neighbourhood names people, others or both sides, not that group's fighters


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


def _category_fit(category: str, window: str) -> float:
    """How a count's neighbourhood fits who the question counts: +0.4 it names them, -1.2 it names
    only others ("300 Taliban fighters" for a question about the security forces), else -0.4."""
    if re.search(_CATEGORIES[category][2], window):
        return 0.4
    others = [name for name in _CATEGORIES if name not in _KIN[category]]
    if any(re.search(_CATEGORIES[name][2], window) for name in others):
        return -1.2
    return -0.4


COUNTED_HEAD = True  # switch for A/B measurement (tests patch it)
THINGS_COUNTED = True  # switch for A/B measurement (tests patch it)
# stems (normalised, no article) of things a "how many" question may count that are not people: munitions, strikes,
# vehicles, buildings, weights
_THINGS = ("طلق", "رصاص", "عيار", "صاروخ", "صواريخ", "قذيف", "قذاي", "غاره", "غارات", "ضربه", "ضربات", "طاير", "مسير",
           "عبوه", "عبوات", "لغم", "الغام", "سياره", "سيارات", "مركب", "مدرع", "دباب", "كيلو", "طن", "اطنان", "منزل",
           "مباني", "مبني", "قريه", "قري", "مدرسه", "مسجد", "قرار", "سفين", "زورق", "قارب")
OTHERS_COUNTED = -1.2  # a number whose own noun names others than whom the question counts


def _noun_category(token: str) -> str | None:
    """The category the noun right after a number names ("متطرفين" militants, "جنديا" soldiers), or None (a
    counter word such as "عنصرا" or "شخصا", or a word of no category)."""
    word = re.sub(r"^[وفبل]?(?:ال)?", "", normalize(token))
    if not word or _COUNTERS.match(word):
        return None
    hits = [name for name, (_, _, ar) in _CATEGORIES.items() if re.match(rf"(?:{ar})", word)]
    # words of kin categories ("جنود": soldiers and security forces) name the first; of unrelated ones, none
    return hits[0] if hits and all(h in _KIN[hits[0]] or hits[0] in _KIN[h] for h in hits) else None


_SHIFT = re.compile(r"^\W*(من ناحيه اخري|من جهه اخري|في سياق اخر|وفي سياق اخر|في سياق متصل|علي صعيد اخر|وعلي صعيد اخر"
                    r"|الي ذلك|والي ذلك|في غضون ذلك|وفي تطور اخر|في تطور اخر|في الاثناء|وفي الاثناء|كذلك|في حادث اخر"
                    r"|وفي حادث اخر|في حادث منفصل|وفي حادث منفصل|وفي هجوم اخر|في هجوم اخر|وفي|اما)(?!\w)")


def scenes(question: Question, sentences: list[str]) -> list[str]:
    """For each sentence, the text that sets its scene: the last sentence naming the question's places.

    News names a place once and goes on about it ("25 of the security forces were killed too"); a
    transition ("من ناحية أخرى", "وفي حادث آخر", "وفي <another place>") starts another scene, which
    lasts until a sentence names the question's places again. A sentence in another scene gets ""
    (and the lead sentences, before any place is named, the lead itself).
    """
    places = question.places
    out: list[str] = []
    scene = " ".join(sentences[:1])
    for sentence in sentences:
        norm = normalize(sentence)
        if places and len(norm.split()) >= 6 and all(mentions(p, norm, normalized=True) for p in places):
            scene = sentence  # (a dateline "بغداد –" is where the reporter is, not a scene)
        elif _SHIFT.match(norm):
            scene = ""
        out.append(scene)
    return out


@dataclass
class _Count:
    value: int
    role: str
    start: int  # token index of the quantity
    end: int = -1  # token index just past it (-1: start + 1)
    summed: bool = False  # the total of a list of the people counted ("آمر الفوج وجنديين"), not a number stated


_NOT_PEOPLE = {"بالميه", "بالمايه", "الميه", "المايه", "percent", "عاما", "سنوات", "سنه", "ساعه", "ساعات", "يوما",
               "دقيقه", "دقايق", "ثانيه", "ثواني", "اسبوع", "اسبوعا", "اسابيع", "minutes", "seconds", "weeks", "months",
               "ايام", "اشهر", "شهرا", "كيلومترا", "كلم", "كم", "متر", "مترا", "دولار", "years", "hours", "days",
               # a day of a month ("في 20 يوليو"): a date
               "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
               "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين", "january",
               "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
               # munitions, strikes, vehicles and buildings counted beside a toll ("قصفتا بنحو 160 قذيفة، ما أدى
               # إلى مقتل سبعة"): things, not people
               "قذيفه", "قذايف", "صاروخ", "صاروخا", "صواريخ", "غاره", "غارات", "ضربه", "ضربات", "عبوه", "عبوات",
               "قنبله", "قنابل", "طلقه", "سياره", "سيارات", "مركبه", "مركبات", "اليه", "اليات", "منزل", "منازل",
               "منزلا", "مبني", "مباني", "طايره", "طايرات", "دبابه", "دبابات", "shells", "rockets", "missiles",
               "strikes", "airstrikes", "mortars", "vehicles", "houses", "buildings", "aircraft"}


def _percent_after(sentence: str, toks: list[str], end: int) -> bool:
    """The number at ``toks[end - 1]`` is a percentage ("40%", "40 في المئة")."""
    if end < len(toks) - 1 and toks[end] == "في" and toks[end + 1] in ("الميه", "المايه"):
        return True
    number = toks[end - 1]
    return bool(number.isdigit() and re.search(rf"(?<!\d){number}\s*[%٪]", sentence))


# a verb whose subject is the counted people before it ("إن 15 جنديا ... قتلوا"); a noun ("بين قتيل وجريح") is not
_VERB_AFTER = re.compile(r"^[وف]?(قتلوا|قتلا|قتل|لقوا|لقي|قضوا|استشهدوا|اصيبوا|اصيب|جرحوا|جرح)$")
FAR_REACH = 10  # most tokens between a killed/injured verb and the number of people it counts after it
_PEOPLE = re.compile(r"^[وبل]?(?:ال)?(مدني|مواطن|شخص|اشخاص|افراد|جنود|جندي|عسكري|اطفال|نساء|مسلح|عناصر|عنصرا|شرطي|ضباط)")


_BOTH = re.compile(r"^(?:\S+ )?(?:بين )?[وبل]?(?:ال)?(?:قتيل|قتيلا|قتلي) و?(?:ال)?(?:جريح|جريحا|جرحي)(?!\w)"
                   r"|^(?:\S+ )?(?:killed|dead) (?:and|or) (?:injured|wounded)\b")


def _both_roles_after(toks: list[str], end: int) -> bool:
    """The nouns after a number name the killed and the injured together ("5122 شخصا بين قتيل وجريح",
    "17 قتيلا وجريحا", "40 killed or injured"): it counts both, neither alone. (Verbs are two
    clauses: "شخصين قتلا وأصيب عشرة".)"""
    return bool(_BOTH.match(" ".join(t.lower() for t in toks[end: end + 5])))


# one person named by office or a singular noun in a list of the dead ("مقتل آمر الفوج وجنديين"، "قتل ضابط و3 جنود")
# (a woman by the feminine: "شرطية", "طالبة"; a student, a passer-by, a worker too: "أودى بحياة شرطيتين وطالب" = 3)
_ONE_PERSON = re.compile(r"^(امر|قايد|ضابط|جندي|شرطي|مدني|عنصر|منتسب|مقاتل|طفل|امراه|شخص|مواطن|مدير|رييس|نايب|مسوول"
                         r"|عميد|عقيد|لواء|رايد|نقيب|ملازم|مختار|شيخ|مسلح|حارس|سايق|موظف|شرطيه|مدنيه|مواطنه|موظفه"
                         r"|طالب|طالبه|طفله|فتاه|رجل|شاب|شابه|صبي|عامل|عامله|صحفي|صحفيه|مصور|طبيب|طبيبه|ممرض|ممرضه"
                         r"|مزارع|معلم|معلمه|مدرس|تاجر|زوجه|ابن|ابنه)$")
# words a list of the dead may stand after, between it and its verb: the day, "بحياة" of "أودى بحياة"
_LIST_LEAD = re.compile(r"^(السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|امس|اليوم|الليله|صباح|مساء|فجر|ظهر"
                        r"|بحياه|حياه|صباحا)$")
_LIST_PEOPLE = re.compile(r"^[وبل]?(?:ال)?(مدني|مواطن|شخص|اشخاص|افراد|فردا|جنود|جندي|عسكري|اطفال|نساء|مسلح|عناصر|عنصرا"
                          r"|شرطي|ضباط|منتسب|مقاتل|حراس|اخرين|اخرون)")


def _listed(toks: list[str], at: int) -> tuple[int, int, int] | None:
    """A list of the people a role word at ``toks[at]`` counts, told item by item and joined by "و", at least one
    of them a person named by a singular noun or a dual ("مقتل آمر الفوج وجنديين" = 3, "قتل ضابط و3 جنود" = 4):
    (the total, the list's first token, the token just past it), or None."""
    i, total, items, named, last = at + 1, 0, 0, False, 0
    while i < len(toks) and i <= at + 3 and _LIST_LEAD.match(toks[i]):
        i += 1  # "أودى الثلاثاء بحياة شرطيتين وطالب": the list starts after the day and "بحياة"
    if "بحياه" in toks[i: at + 7]:  # "أودى الهجوم الخميس بحياة ...": after its subject too
        i = toks.index("بحياه", i) + 1
    while i < len(toks):
        tok = toks[i]
        if items:  # later items are joined by "و", glued ("وجنديين") or apart ("و 3")
            if tok == "و" and i + 1 < len(toks):
                i += 1
                tok = toks[i]
            elif tok.startswith("و") and len(tok) > 2:
                tok = tok[1:]
            else:
                break
        q = read_quantity([tok, *toks[i + 1: i + 4]], 0)
        if q is not None and q.value is not None and not tok.isdigit() and q.end == 1 and not word_value(tok):
            total, i, named = total + q.value, i + 1, True  # a dual person noun: "جنديين"
        elif _ONE_PERSON.match(tok):
            if last > 10:  # the singular noun of a count over ten goes on: "30 جنديا وعنصر أمن" = 30 of either
                break
            total, i, named = total + 1, i + 1, True
            if i < len(toks) and toks[i].startswith("ال") and not _ROLE_AR["injured"].match(toks[i]) \
                    and not _ROLE_AR["killed"].match(toks[i]):
                i += 1  # whose office it is: "آمر الفوج"
        elif q is not None and q.value is not None and i + q.end < len(toks) and _LIST_PEOPLE.match(toks[i + q.end]):
            total, i, last = total + q.value, i + q.end + 1, q.value  # a number and its noun: "3 جنود"
            items += 1
            continue
        else:
            break
        items, last = items + 1, 0
    return (total, at + 1, i) if items >= 2 and named else None


def _across_clauses(sentence: str, words: list[tuple[int, int]], j: int, start: int, end: int) -> bool:
    """A clause break (a comma, a semicolon, a full stop) stands between the role word ``j`` and the number:
    the role word after it starts another clause ("... 250 عنصرا من الحوثيين، وأصيب المئات"; "13 killed, 20
    injured"). (Commas that close around a parenthesis before the number do not: "وقتل في المعركة، الثلاثاء، أكثر
    من 250" -- the verb governs it across them.)"""
    if not words or end > len(words):
        return False
    if j < start:
        gap = sentence[words[j][1]: words[start][0]]
        return len(_CLAUSE_END.findall(gap)) == 1  # one break: a clause ended; two: a parenthesis
    lo, hi = words[end - 1][1], words[j][0]
    return bool(_CLAUSE_END.search(sentence, lo, hi)) if lo < hi else False


def role_counts(sentence: str) -> list[_Count]:
    """The casualty counts a sentence states: each number with the role of its nearest role word.

    A number binds to the closest killed/injured word within six tokens (after it first on a
    tie: "قتل 13 وأصيب 20" gives 13 killed, 20 injured; "13 killed and 20 injured" too), or
    within FAR_REACH tokens before it when a word for people follows it ("ثلاثة مدنيين"). Years
    and numbers far from any role word are not counts.
    """
    # a number glued to "و" ("21 من حزب الله و62 من مقاتلي المعارضة") is read as the number (same token index)
    toks = [t[1:] if len(t) > 1 and t[0] == "و" and t[1:].isdigit() else t for t in tokenize(sentence)]
    roles: list[tuple[int, str]] = []
    for j, t in enumerate(toks):
        for role in ("injured", "killed", "arrested"):
            if _ROLE_AR[role].match(t) or _ROLE_EN[role].match(t):
                roles.append((j, role))
                break
    if not roles:
        return []
    out: list[_Count] = []
    said = normalize(sentence)
    words = [m.span() for m in _TOKEN_RE.finditer(said)]  # the tokens in place in the normalised sentence
    words = words if len(words) == len(toks) else []
    for q in quantities(toks):
        i = q.start
        after = toks[q.end] if q.end < len(toks) else ""
        # a year ("منذ 2014"), a share or a unit, not a toll -- unless people follow the number ("2070 شخصا")
        year = 1900 <= q.value <= 2100 and toks[q.end - 1].isdigit() and not _PEOPLE.match(after)
        if year or _percent_after(sentence, toks, q.end) or after in _NOT_PEOPLE:
            continue
        if toks[q.start] in ("الاثنين", "والاثنين", "بالاثنين") and q.end == q.start + 1:
            continue  # the weekday ("قتل ... أمس الاثنين 5 شرطيين"), not two people
        if q.start > 0 and q.end == q.start + 1 and not toks[q.start].isdigit() and not word_value(toks[q.start]) \
                and (toks[q.start - 1].isdigit() or word_value(toks[q.start - 1])):
            continue  # "5 شرطيين": the plural counted by the number before it, not a dual (two policemen)
        if _both_roles_after(toks, q.end):  # "5122 شخصا بين قتيل وجريح": killed and injured together
            continue
        near = [(abs(j - i) if j < i else j - (q.end - 1), j < i, role, j) for j, role in roles
                if not q.start <= j < q.end]
        # a number counting people ("ثلاثة مدنيين") may stand further from its verb, across the words
        # that say who did it: "قتلت عبوة ناسفة زرعتها ميليشيا الحوثي، الثلاثاء، ثلاثة مدنيين"
        # ... or, as the subject of a clause, before it, across the words that say whose they were: "إن 15
        # جنديا على الأقل في الجيش المصري قتلوا"
        reach = FAR_REACH if _PEOPLE.match(after) else 6
        near = [n for n in near if n[0] <= 6 or (n[0] <= reach and (n[1] or _VERB_AFTER.match(toks[n[3]])))]
        if near:
            # a role word of the number's own clause first ("قتل ... أكثر من 250 عنصرا من الحوثيين، وأصيب المئات":
            # the 250 were killed); then the nearest; the role word before the number wins a tie in Arabic
            # ("قتل 13"), after it in English ("13 killed")
            best = min(near, key=lambda n: (_across_clauses(said, words, n[3], q.start, q.end), n[0], not n[1]))
            out.append(_Count(q.value, best[2], q.start, q.end))
    for j, role in roles:  # the dead told one by one: "مقتل آمر الفوج وجنديين" counts 3
        if role != "arrested" and (listed := _listed(toks, j)) is not None:
            out.append(_Count(listed[0], role, listed[1], listed[2], summed=True))
    return out


# a toll that counts the attacker among the dead: "قتل خمسة أشخاص بينهم المهاجم"، "بمن فيهم منفذ الهجوم"، "ومن بين
# القتلى شرطيان إضافة إلى المهاجم"، "including the gunman". ("قتل ثلاثة أشخاص إضافة إلى المهاجم" counts the victims:
# the addition must follow a list of the dead, not the count.)
_ATTACKER_WORD = r"(?:ال|لل)?(?:مهاجم|منفذ|انتحاري|مسلح|جاني|معتدي|قاتل)(?:ين|ان|ون)?(?!\w)"
_WITH_ATTACKER = re.compile(rf"(?<!\w)(?:من بينهم|بينهم|بينهما|بمن فيهم|بمن فيهما|ومنهم|منهم|فيهم) {_ATTACKER_WORD}"
                            rf"|(?<!\w)(?:بين|من) (?:ال)?(?:قتلي|ضحايا)(?: \S+){{1,6}}? (?:اضافه|بالاضافه|فضلا عن|علاوه علي)"
                            rf" (?:الي )?{_ATTACKER_WORD}"
                            r"|\b(?:including|among them|among the dead(?: was| were)?) (?:the |a )?(?:attacker|gunman|assailant"
                            r"|bomber|perpetrator|shooter)s?\b", re.I)
PART_OF_LIST = 0.3  # a number that is one item of a list of the dead whose sum the sentence tells (the dual of "شرطيتين وطالب")
SUM_STATED_MARGIN = 0.5  # how much less well a sentence stating a list's sum may fit and still be cited for it
ATTACKER_IN_TOLL = 0.6  # a toll that counts the attacker, for a question about an attack's dead: its victims are fewer


def _tolls_with_attacker(texts: list[str]) -> set[int]:
    """The killed counts an article says include the attacker (:data:`_WITH_ATTACKER` told after the count in its
    sentence): the same number elsewhere in the article (the lead's "قتل أربعة أشخاص") is that toll too."""
    out: set[int] = set()
    for sentence in texts:
        said = normalize(sentence) if not sentence.isascii() else sentence
        m = _WITH_ATTACKER.search(said)
        if m is None:
            continue
        before = said[: m.start()]
        out |= {c.value for c in role_counts(before) if c.role == "killed"}
    return out


def _coverage(question: Question, text: str, norm: str) -> float:
    """Share of what the question names that a text names: entities and concepts, then its other words."""
    named = [*question.entities, *question.concepts]
    share = sum(1 for e in named if mentions(e, norm, normalized=True)) / len(named) if named else 0.0
    if question.language == "ar":
        rest = rest_terms(question, None)
        words = overlap(tuple(rest), set(content_terms(text))) / len(rest) if rest else 0.0
    else:
        words = min(1.0, overlap(question.expansion, set(content_terms(text))) / 6) if question.expansion else 0.0
    return (share + words) / 2 if named else words


# Incident kinds (the lexicon's event concepts) that may tell of the same incident: a car bomb is an explosion.
_KIND_FAMILY = {"car_bomb": "blast", "ied": "blast", "suicide_attack": "blast", "explosion": "blast",
                "armed_assault": "fire", "ambush": "fire", "sniper": "fire", "infiltration": "fire",
                "airstrike": "air", "shelling": "air", "assassination": "assassination", "execution": "execution",
                "kidnapped": "kidnapping", "arson": "arson"}
KIND_MISMATCH = 0.6  # a count told of another kind of incident than the question asks about
CLAUSE_OTHER_PLACE = 0.5  # a count whose own clause names another place (and none of the question's)
SENTENCE_OTHER_PLACE = 0.3  # a count in a clause naming no place, whose sentence names only other places
CLAUSE_SEVERAL_PLACES = 0.5  # a count whose own clause names an asked place and an unrelated other one (a sum)
KIND_MATCH = 0.3  # a count told of the kind of incident the question asks about
_CLAUSE_END = re.compile(r"[،,؛;:.!?؟\n]")
ROUND_UP = 0.5  # a count told of several incidents ("في هجمات") for a question about one
# several incidents in one count: "قتل 5 شرطيين في هجمات نسبت إلى ..."، "killed in attacks across the country"
_SEVERAL_AR = re.compile(r"^[وفب]{0,2}(?:ال)?(هجمات|اعتداءات|تفجيرات|انفجارات|عمليات|حوادث|هجومين|تفجيرين|اعتداءين)$")
_SEVERAL_EN = re.compile(r"^(attacks|bombings|blasts|explosions|incidents|assaults)$")


def incident_kinds(entries) -> set[str]:
    """The incident kinds (blast, fire, air, ...) that lexicon event concepts name."""
    return {_KIND_FAMILY[e.get("concept")] for e in entries
            if e.kind == "glossary" and e.get("category") == "event" and e.get("concept") in _KIND_FAMILY}


@lru_cache(maxsize=4)
def _event_concepts(lexicon) -> tuple:
    return tuple(e for e in lexicon.of_kind("glossary")
                 if e.get("category") == "event" and e.get("concept") in _KIND_FAMILY)


def _kinds_in(norm: str) -> set[str]:
    """The incident kinds a normalised text tells of (only the event concepts' patterns are run)."""
    return incident_kinds(e for e in _event_concepts(get_lexicon()) if mentions(e, norm, normalized=True))


def _places_in(norm: str) -> list:
    """The lexicon places a normalised text names (only the place entries it may name are tried)."""
    return [e for e in places_in(norm, get_lexicon()) if mentions(e, norm, normalized=True)]


def kind_fit(question: Question, sentence_norm: str) -> float:
    """-KIND_MISMATCH when the question asks about one kind of incident ("clashes") and the sentence
    tells only of another ("a car bomb exploded"), +KIND_MATCH when it tells of the asked kind, else 0."""
    asked = incident_kinds(question.concepts)
    if not asked:
        return 0.0
    told = _kinds_in(sentence_norm)
    if told & asked:
        return KIND_MATCH
    return -KIND_MISMATCH if told else 0.0


def _related(place, asked) -> bool:
    """``place`` is one of the asked places, or in the same governorate as one (Aden and Taiz, both in
    Yemen, are other places to each other)."""
    return any(place.id == q.id or (place.get("governorate") and place.get("governorate") == q.get("governorate"))
               for q in asked)


def clause_fit(question: Question, sentence: str, count: _Count) -> float:
    """-CLAUSE_OTHER_PLACE when the clause that states a count (between commas) names places below the
    country, none of them asked about or in the same governorate as one ("وفيما قتل 27 من
    كتائب حزب الله في بيجي" for a question about Baghdad); a clause naming no place is judged by its
    sentence the same way (-SENTENCE_OTHER_PLACE); else 0. (A clause naming the asked place earns
    nothing: that is most often the lead sentence, which other rules already weigh.)"""
    if not question.places:
        return 0.0
    words = [m.span() for m in re.finditer(r"\w+", sentence)]
    if count.start >= len(words):
        return 0.0
    at = words[count.start][0]
    starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)]
    end = _CLAUSE_END.search(sentence, at)
    clause = normalize(sentence[(starts[-1] if starts else 0): (end.start() if end else len(sentence))])
    for text, penalty in ((clause, CLAUSE_OTHER_PLACE), (normalize(sentence), SENTENCE_OTHER_PLACE)):
        if any(mentions(p, text, normalized=True) for p in question.places):
            if text is clause and _beside_other_place(question, clause):
                return -CLAUSE_SEVERAL_PLACES  # "23 killed in Baiji and Ramadi": a sum over places, not the asked one's
            return 0.0
        others = [e for e in _places_in(text) if e.get("admin_level") != "country"]
        if others:
            return 0.0 if any(_related(e, question.places) for e in others) else -penalty
    return 0.0


def _beside_other_place(question: Question, clause: str) -> bool:
    """The normalised clause names, beside the question's places, another place below the country level that the
    question does not name and that is not in the same governorate as an asked one: its count is told of both."""
    asked = [p for p in question.places if p.get("admin_level") != "country"]
    if not asked:
        return False
    others = [e for e in _places_in(clause) if e.get("admin_level") != "country"
              and not any(e.id == q.id for q in question.places)]
    others = [e for e in others if not _related(e, asked)]
    # told together, joined by "و" ("في قضاء بيجي ومدينة الرمادي"), not one locating the other ("جنوب الشيخ زويد
    # شرق العريش")
    return bool(others) and any(_conjoined(e, clause) for e in [*others, *asked])


def _conjoined(place, norm: str) -> bool:
    """Normalised text names ``place`` after the conjunction "و" glued to it or to its administrative word."""
    return any(norm[s] == "و" and 0 in mention_starts(place, norm[s + 1:]) for s in mention_starts(place, norm))


def several_incidents(question: Question, toks: list[str], count: _Count) -> bool:
    """The count is a round-up of several incidents ("لقي 4 عسكريين ومدني حتفهم في هجمات اتهم بها ..."): a plural
    incident word stands within six tokens after it, and the question does not itself ask about several
    ("how many were killed in the attacks")."""
    end = count.end if count.end > count.start else count.start + 1
    after = [t.lower() for t in toks[end: end + 6]]
    if not any(_SEVERAL_AR.match(t) or _SEVERAL_EN.match(t) for t in after):
        return False
    asked = tokenize(normalize(question.text) if question.language == "ar" else question.text.lower())
    return not any(_SEVERAL_AR.match(t) or _SEVERAL_EN.match(t) for t in asked)


# "N of them" after a number: whom it counts was named before the verb ("تجمع لإرهابيي داعش، ما أسفر عن قتل 21 منهم")
_OF_THEM = re.compile(r"^[وف]?(منهم|منهما|منها)$")
OF_THEM_REACH = 8  # tokens before such a number that may name whom it counts (else 3)


def _reach_back(toks: list[str], end: int) -> int:
    """How many tokens before a count its neighbourhood reaches to say whom it counts: further when "منهم" follows
    the number (the people were named before the verb), else three."""
    return OF_THEM_REACH if end < len(toks) and _OF_THEM.match(toks[end]) else 3


# how badly people were hurt: "بجروح خطيرة"، "إصابة اثنين منهم بالغة"، "بحالة حرجة" / "بجروح طفيفة" (normalised tokens)
_SEVERE = re.compile(r"^[\"«]?(?:ب)?(?:ال)?(خطيره|خطيرا|خطيرين|خطره|بالغه|بالغا|حرجه|حرجا|خطر|serious\w*|critical\w*|severe\w*"
                     r"|gravely)[\"»]?$", re.I)
_LIGHT = re.compile(r"^[\"«]?(?:ب)?(?:ال)?(طفيفه|طفيفا|متوسطه|خفيفه|minor|light\w*|slight\w*)[\"»]?$", re.I)
_SEVERE_Q = re.compile(r"(?<!\w)(?:ب)?(?:جروح|اصابات|اصابه|حاله|حالات) (?:ال)?(خطيره|بالغه|خطره|حرجه)(?!\w)"
                       r"|(?<!\w)(?:اصيبوا|اصيب|جرحوا|جرح) (?:\S+ )?(?:ب)?(?:جروح|اصابات) (?:ال)?(خطيره|بالغه)(?!\w)"
                       r"|\b(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|grave(?:ly)?|badly)\b", re.I)
SEVERE_FIT = 0.8  # a count of the badly hurt, for a question about the seriously wounded (a light count: the same less)
ALL_HURT = 0.3  # a count of every injured, for a question about the seriously wounded


def asks_severe(question: Question) -> bool:
    """The question asks about the seriously or critically wounded ("بجروح خطيرة", "seriously wounded")."""
    return bool(_SEVERE_Q.search(normalize(question.text) if question.language == "ar" else question.text))


def _severity_fit(after: list[str]) -> float:
    """For a question about the seriously wounded: +SEVERE_FIT when the words after a count say they were badly
    hurt ("ثلاثة جنود أصيبوا بجروح خطيرة"), -SEVERE_FIT when lightly, else -ALL_HURT (every injured)."""
    for tok in after:
        if tok.isdigit() or word_value(tok):
            break  # another count's words ("إصابة 4 من جنوده، اثنان منهم بحالة خطرة": the 4 are every injured)
        if _SEVERE.match(tok):
            return SEVERE_FIT
        if _LIGHT.match(tok):
            return -SEVERE_FIT
    return -ALL_HURT


def _phrase(sentence: str, count: _Count) -> str:
    words = [m.span() for m in re.finditer(r"\w+", sentence)]  # the tokens tokenize() reads, in place
    if not words:
        return sentence
    lo, hi = max(0, count.start - 2), min(len(words), count.start + 3)
    if count.summed:  # the whole list, from the role word: "مقتل آمر الفوج وجنديين"
        lo, hi = max(0, count.start - 1), min(len(words), count.end)
    return sentence[words[min(lo, len(words) - 1)][0]: words[hi - 1][1]] if hi > lo else sentence


def count_claims(question: Question, evidence: Evidence) -> list[tuple[float, Claim]]:
    """Candidate casualty answers read from sentences, best first, each citing the sentence of its number.

    Args:
        question: a killed/injured/arrested "how many" question (:func:`count_role`).
        evidence: the top documents.

    Returns:
        ``(score, claim)`` pairs above :data:`MIN_COUNT_SCORE`, best first; empty for other questions.
    """
    role = count_role(question)
    if role is None:
        return []
    other = {"killed": "injured", "injured": "killed"}.get(role)
    both = other is not None and Intent(other) in question.cues
    category = victim_category(question)
    noun = counted_noun(question)
    attackers = _attackers(question) if category is None else None
    group = _group_asked(question) if category is None and attackers is None else None
    severe = role == "injured" and asks_severe(question)
    # "بكم طلقة أصيب"، "كم صاروخا أطلق": things are counted, not people; only a number of those things answers
    things = counts_things(question)
    scored: list[tuple[float, Claim]] = []
    told: dict[int, tuple[str, int, bool]] = {}  # claim -> (its article's date, its count, told as an update)
    summed: dict[int, int] = {}  # claim -> the sum of its list of the dead
    for doc_id, doc in evidence.docs.items():
        rank = evidence.rank_of(doc_id)
        title = doc.title or ""
        tnorm = normalize(title)
        doc_norm = normalize(readable(doc.text))
        if not names_enough(question, doc_norm + " " + tnorm, normalized=True):
            continue
        title_numbers = {c.value for c in role_counts(title) if c.role == role}
        sents = [(s, e) for s, e in news_sentences(doc.text) if e - s >= 15]
        scene_of = scenes(question, [doc.text[s:e] for s, e in sents])
        # the article's tolls that count the attacker, for a question about the dead of an attack (not the attackers')
        with_attacker = (_tolls_with_attacker([doc.text[s:e] for s, e in sents])
                         if role == "killed" and category != "militants" else set())
        per_doc: list[tuple[float, int, int, _Count, list[_Count]]] = []
        for idx, (s, e) in enumerate(sents):
            sentence = doc.text[s:e]
            counts = role_counts(sentence)
            mine = [c for c in counts if c.role == role]
            if not mine:
                continue
            norm = normalize(sentence)
            scene = scene_of[idx] if scene_of[idx] != sentence else ""
            own = readable(sentence + " " + scene)  # what the sentence is about: itself and its scene's place
            cover = 0.7 * _coverage(question, own, normalize(own)) + 0.3 * _coverage(question, title + " " + own,
                                                                                       normalize(title + " " + own))
            if question.places and not scene_of[idx]:
                cover -= 0.3  # a sentence of another scene (another place, another incident)
            kind = kind_fit(question, norm)
            for c in mine:
                place = clause_fit(question, sentence, c)
                score = 2.0 * cover - 0.15 * rank + kind + place
                if c.value in title_numbers and place == 0:
                    score += 0.6  # the title states this toll: the incident's total (unless it is another place's)
                if idx < 2:
                    score += 0.2  # the lead sentence
                if _TOLL.search(norm):
                    score += 0.2
                toks = tokenize(sentence)
                end = c.end if c.end > c.start else c.start + 1
                if category is not None:
                    counted = _noun_category(toks[end]) if COUNTED_HEAD and end < len(toks) else None
                    if counted is not None and counted not in _KIN[category]:
                        score += OTHERS_COUNTED  # "قتلوا نحو 10 متطرفين" counts militants, whoever else the clause names
                    else:
                        score += _category_fit(category, " ".join(toks[max(0, c.start - _reach_back(toks, end)): end + 3]))
                elif attackers is not None and attackers.search(" ".join(toks[max(0, c.start - 1): end + 4])):
                    score -= ATTACKERS_DEAD  # "هجوم داعش": the attackers' own dead are not the attack's toll
                elif group is not None:
                    near = " ".join(toks[max(0, c.start - 3): end + 4])
                    # a count of fighters not named ("قتل 15 عنصرا") may be the group's; of people, or of others, is not
                    members = re.search(_CATEGORIES["militants"][2], near) and not _NOT_GROUP.search(near)
                    score += GROUP_NAMED if group.search(near) else 0.0 if members else -GROUP_UNNAMED
                if category is None and noun is None and not c.summed and any(
                        x.summed and x.role == c.role and x.start <= c.start < x.end for x in mine):
                    score -= PART_OF_LIST  # "شرطيتين" of "أودى بحياة شرطيتين وطالب": the list's sum is the toll
                if c.value in with_attacker and not c.summed:
                    score -= ATTACKER_IN_TOLL  # "قتل أربعة أشخاص بينهم المهاجم": the victims were three
                if _EARLY.search(norm):
                    score -= EARLY_TOLL  # "الحصيلة الأولية": a later total of the incident is the answer
                if several_incidents(question, toks, c):
                    score -= ROUND_UP
                if severe:
                    score += _severity_fit(toks[end: end + 5])
                if noun is not None and any(re.sub(r"^[وفبل]?(ال)?", "", t.lower()).startswith(noun)
                                            for t in toks[end: end + 2]):
                    score += 0.5  # "سبعة إيرانيين" answers "كم إيرانيا"
                elif things:
                    continue
                per_doc.append((score, s, e, c, counts))
        if not per_doc:
            continue
        top_value = max(c.value for _, _, _, c, _ in per_doc)
        for score, s, e, c, counts in per_doc:
            if c.value == top_value:
                score += 0.2  # the largest count of the article for this role: a total, not a part
            extra = [x for x in counts if x.role == other] if both else []
            claim = _claim(question, doc_id, s, e, doc.text[s:e], c, extra[0] if extra else None)
            scored.append((score, claim))
            # an update counts only when its own sentence names the question's subject (not another incident's toll)
            said = normalize(readable(doc.text[s:e]))
            update = bool(_UPDATE.search(said)) and names_enough(question, said, normalized=True)
            told[id(claim)] = (doc.published or "", c.value, update)
            if c.summed:
                summed[id(claim)] = c.value
    scored.sort(key=lambda x: -x[0])
    scored = _stated_for_sum(scored, told, summed)
    scored = _latest_total(scored, told)
    floor = max(MIN_COUNT_SCORE, scored[0][0] - COUNT_MARGIN) if scored else MIN_COUNT_SCORE
    return [x for x in scored if x[0] >= floor]


def _stated_for_sum(scored: list[tuple[float, Claim]], told: dict[int, tuple], summed: dict[int, int]
                    ) -> list[tuple[float, Claim]]:
    """When the best count is the sum of a list of the dead ("أودى بحياة شرطيتين وطالب" = 3), a sentence stating
    that number ("أسفر عن ثلاثة قتلى") within :data:`SUM_STATED_MARGIN` of it comes first: the same toll, with the
    number inside the cited span."""
    if not scored or id(scored[0][1]) not in summed:
        return scored
    best_score, best = scored[0]
    value = summed[id(best)]
    stated = next((x for x in scored[1:] if id(x[1]) not in summed and told[id(x[1])][1] == value
                   and x[0] >= best_score - SUM_STATED_MARGIN), None)
    if stated is None:
        return scored
    return [(best_score + 0.01, stated[1])] + [x for x in scored if x[1] is not stated[1]]


def _days_between(first: str, then: str) -> int:
    """Days from one publication date to another (0 when either is missing or unreadable)."""
    try:
        return (dt.date.fromisoformat(then[:10]) - dt.date.fromisoformat(first[:10])).days
    except ValueError:
        return 0


def _latest_total(scored: list[tuple[float, Claim]], told: dict[int, tuple]) -> list[tuple[float, Claim]]:
    """The best count, or a later report's updated total of it: a count told with toll-update words
    ("ارتفعت حصيلة ... إلى 37 قتيلا", "حسب حصيلة جديدة") in a sentence naming the question's subject, in an
    article published one to :data:`UPDATE_DAYS` days after the best count's, larger than it and fitting the question nearly as well (within
    :data:`UPDATE_MARGIN`), comes first."""
    if not scored:
        return scored
    best_score, best = scored[0]
    published, value, _ = told[id(best)]
    updates = [(told[id(c)][0], told[id(c)][1], sc, c) for sc, c in scored[1:]
               if told[id(c)][2] and told[id(c)][1] > value and sc >= best_score - UPDATE_MARGIN
               and 0 < _days_between(published, told[id(c)][0]) <= UPDATE_DAYS]
    if not updates:
        return scored
    _, _, score, claim = max(updates, key=lambda u: (u[0], u[1]))
    return [(best_score + 0.01, claim)] + [x for x in scored if x[1] is not claim]


def _claim(question: Question, doc_id: str, s: int, e: int, sentence: str, count: _Count,
           other: _Count | None) -> Claim:
    phrase = _phrase(sentence, count)
    # a list's total is not stated as a number: the quoted list is what the citation shows
    numbers = ([] if count.summed else [count.value]) + ([other.value] if other and not other.summed else [])
    if question.language == "ar":
        text = f"{_ROLE_WORDS_AR[count.role]}: {count.value} («{phrase}»)"
        if other:
            text += f"، و{'عدد الجرحى' if other.role == 'injured' else 'عدد القتلى'}: {other.value}"
    else:
        text = f"{count.value} {count.role} («{phrase}»)"
        if other:
            text += f", and {other.value} {other.role}"
    return Claim(text, [(doc_id, s, e)], numbers)
