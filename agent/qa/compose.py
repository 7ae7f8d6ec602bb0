"""Turning claims into an :class:`~schemas.Answer`: validated citations, numbering, and honest abstention.

A claim is one sentence of the answer plus the spans that support it. A claim survives
only when every span is an exact, validated citation, every key entity of the question
(place, actor or name) appears in its cited text -- or, when no claim of any reader can do
that, enough of them to be about the question's subject (:mod:`marsad.agent.qa.subject`) --
and every number it states is in its cited text. The answer abstains when no claim survives: nothing is ever said without
a citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pydantic import ValidationError

from marsad.agent.offline import rules as offline_rules
from marsad.agent.qa import rules
from marsad.agent.qa.counts_cues import CATEGORIES, KIN, ROLE_AR, ROLE_EN, victim_category
from marsad.agent.qa.question import (
    MONTH_WORD,
    PLACE_KINDS,
    Question,
    asked_name,
    content_terms,
    find_entities,
    mentions,
    named_by_common_noun,
    places_in,
    quantities,
    states_day,
)
from marsad.agent.qa.question_words import STOP_AR
from marsad.agent.qa.subject import by_demonym, enough, force_named, named_in
from marsad.core.arabic import normalize, split_sentences, tokenize
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Answer, Citation

__all__ = ["Claim", "add_kind_sentences", "claim_reach", "assemble", "abstention", "excerpt", "glossed", "in_english", "readable", "news_sentences", "validate_span", "nisba_code", "NEAR_SENTENCES", "NOT_NAME"]

MAX_CITES_PER_CLAIM = 3
NEAR_SENTENCES = 3  # how far from its first citation a claim may look for the sentence naming an entity
TITLE_NAMES = True  # switch for A/B measurement: a number's article headline may name an entity its sentences do not
# ... and so may the headline of an English question's quoted lead sentence, as the passage reader read it
# (passages.TITLE_CONTEXT: one of the first TITLE_LEAD sentences is read under its headline) (A/B switch)
LEAD_UNDER_TITLE = True
TITLE_LEAD = 3
# ... the support check reads so the first TITLE_SUPPORT_LEAD sentences of a quoted English claim's article: a lead
# paragraph runs on past its third sentence (an official's statement of the motive or the outcome, opened by "إلى
# ذلك") and is still about what its headline names, while the passage reader's own reading of the headline stays at
# TITLE_LEAD (s46: 5 lost nothing and gained d11q25 at both scales)
TITLE_SUPPORT_LEAD = 5
KEY_CITED = True  # the name a claim states must be inside one of its citations (else the sentence near stating it)


@dataclass
class Claim:
    """One statement of an answer and its evidence.

    Attributes:
        text: the statement in the question's language, without citation markers.
        spans: ``(doc_id, start, end)`` evidence spans in the stored document texts.
        numbers: numbers the statement asserts; each must be stated in the cited text.
        keys: the record values it states as written in the article (names, phrases); the
            citations that contain them are cited first.
    """

    text: str
    spans: list[tuple[str, int, int]]
    numbers: list[int] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    quoted: bool = False  # the text quotes its sentence: a sentence cited beside it is quoted too
    vague: bool = False  # a toll the sources give in words only ("dozens"): no exact number
    aside: bool = False  # another report's differing figure: stated after the answer, outside its limit of claims


_HASHTAG = re.compile(r"#(\w+)")


def readable(text: str) -> str:
    """``text`` with its hashtags read as words ("#مكافحة_الإرهاب_بعدن" names Aden and the
    counter-terrorism forces), the same length, so offsets into it are offsets into ``text``."""
    return _HASHTAG.sub(lambda m: " " + m.group(1).replace("_", " "), text) if "#" in text else text


def excerpt(quote: str, limit: int = 300) -> str:
    """A cited sentence as the answer's text shows it: hashtags read as words ("#الحرس_الثوري" ->
    "الحرس الثوري"), cut at ``limit`` characters. (The citation keeps the exact quote.)"""
    text = _HASHTAG.sub(lambda m: m.group(1).replace("_", " "), quote)
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "…"


MAX_GLOSSED = 6


def glossed(quote: str) -> str:
    """For an English reader: the English names the lexicon knows for the places and actors an Arabic
    quote names (" Named in it: Mosul, Islamic State (ISIS)."), or "" when it names none."""
    lexicon = get_lexicon()
    names = [e.name_en for e in find_entities(quote, lexicon)
             if e.kind in ("places", "actors") and e.name_en and not named_by_common_noun(e, quote, lexicon)
             and not (SHARED_SURNAME and _by_shared_surname(e, quote))]
    names = list(dict.fromkeys(names))[:MAX_GLOSSED]
    return f" Named in it: {', '.join(names)}." if names else ""  # ("الإقليم" alone may be any region)


def in_english(name: str, language: str) -> str:
    """A person's name an answer states, for an English question: the lexicon's English name with the Arabic as the
    article writes it ("Nohad Machnouk (نهاد المشنوق)") when the lexicon knows the person by exactly that spelling of
    two words or more; else the name as written (issue 13.2: English answers give names in English where the lexicon
    knows them). A one-word family name ("الصدر"، "المالكي") is borne by many men and is not made one of them."""
    norm = normalize(name)
    if language != "en" or " " not in norm.strip():
        return name
    for e in find_entities(name, get_lexicon()):
        if e.kind == "actors" and e.name_en and any(normalize(f) == norm for f in e.ar):
            return f"{e.name_en} ({name})"
    return name


SHARED_SURNAME = True  # switch for A/B measurement (tests patch it)


@lru_cache(maxsize=1)
def _surnames() -> dict[str, frozenset[str]]:
    """Family name (normalised last word of a registry official's full name) -> the officials bearing it."""
    out: dict[str, set[str]] = {}
    for e in get_lexicon().entries:
        if e.kind == "actors" and e.get("type") == "official":
            for form in e.ar:
                words = normalize(form).split()
                if len(words) > 1:
                    out.setdefault(words[-1], set()).add(e.id)
    return {k: frozenset(v) for k, v in out.items()}


def _by_shared_surname(entry, quote: str) -> bool:
    """A registry official the quote names only by a family name another official bears too ("وقال المالكي" in
    a report on the coalition's spokesman Turki al-Maliki is not Nouri al-Maliki): not glossed as that person."""
    if entry.kind != "actors" or entry.get("type") != "official":
        return False
    norm = f" {normalize(quote)} "
    forms = [normalize(f) for f in entry.ar]
    if any(" " in f and f in norm for f in forms):
        return False  # the full name is written
    return any(" " not in f and _surnames().get(f, frozenset()) - {entry.id} for f in forms
               if re.search(rf"(?<!\w)[وفبل]?{re.escape(f)}(?!\w)", norm))


def abstention(question: Question, reason: str | None = None) -> Answer:
    """The honest answer when the sources do not contain one.

    Args:
        question: the parsed question (its language and entities shape the message).
        reason: an optional extra clause, already in the question's language.
    """
    if question.language == "ar":
        about = ""
        if question.entities:
            about = " بشأن " + " و".join(e.canonical for e in question.entities)
        text = f"لا تذكر المصادر المتاحة إجابة عن هذا السؤال{about}."
    else:
        about = ""
        if question.entities:
            about = " about " + " and ".join(e.name_en or e.canonical for e in question.entities)
        text = f"The sources don't say: no indexed article answers this question{about}."
    if reason:
        text = f"{text} {reason}"
    return Answer(answer=text, citations=[], abstained=True, language=question.language)


def validate_span(doc_id: str, start: int, end: int, texts: dict[str, str]) -> Citation | None:
    """A citation for ``texts[doc_id][start:end]`` validated like extraction citations, or None."""
    text = texts.get(doc_id)
    if text is None or not (0 <= start < end <= len(text)):
        return None
    quote = text[start:end]
    if not quote.strip():
        return None
    try:
        return Citation.model_validate(
            {"doc_id": doc_id, "start": start, "end": end, "quote": quote}, context={"texts": texts}
        )
    except ValidationError:
        return None


# a site's furniture, not news: its tag line ("سمات العراق داعش ..."), a link to the story, "read also"
_FURNITURE = re.compile(r"^\W*(سمات|الكلمات الدالة|كلمات دالة|كلمات مفتاحية|وسوم|رابط الخبر|رابط المقال|اقرأ ايضا"
                        r"|اقرا ايضا|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|شارك|المصدر\s*:|tags\s*:|read (also|more))(?!\w)", re.I)


def news_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the sentences of ``text`` that tell the news (a tag line or a link line does not)."""
    return _sentences(text)


@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    # (and no span without a letter: a line of invisible direction marks "\u200f" the splitter cut after each sentence
    # would count as a sentence between two of the story's, and put the next one out of reach)
    return tuple((s, e) for s, e in split_sentences(text) if not _FURNITURE.match(text[s:e])
                 and (not LETTERED or _LETTER.search(text, s, e)))


LETTERED = True  # switch for A/B measurement (tests patch it)
_LETTER = re.compile(r"[^\W\d_]")


def _sentence_near(text: str, pos: int, entity, reach: int = NEAR_SENTENCES) -> tuple[int, int] | None:
    """The sentence closest to ``pos`` (within ``reach`` sentences) that names ``entity``.

    A lead sentence (the first two of an article) sums up the article's incident, whose details (the
    barracks' or the street's name) the later paragraphs give: from it the reach is doubled.
    """
    sents = _sentences(text)
    if not sents:
        return None
    here = next((i for i, (s, e) in enumerate(sents) if s <= pos < e), None)
    if here is None:
        here = min(range(len(sents)), key=lambda i: abs(sents[i][0] - pos))
    if here <= 1:
        reach *= 2
    order = sorted(range(max(0, here - reach), min(len(sents), here + reach + 1)), key=lambda i: (abs(i - here), i))
    for i in order:
        s, e = sents[i]
        if mentions(entity, readable(text[s:e])):
            # (not across a turn to another incident between the two: "وفي حادث آخر، قتل ثلاثة جنود ..." two
            # sentences below the lead naming the town of the first incident tells the other's toll)
            if i != here and _turn_between(text, sents, min(i, here) + 1, max(i, here) + 1, entity):
                continue
            return s, e
    return None


def _turns(norm: str) -> bool:
    """The normalised sentence opens on a turn to another incident, place or news item."""
    return bool(_TURN.search(norm))


def _turn_between(text: str, sents, start: int, end: int, entity) -> bool:
    """One of the sentences ``sents[start:end]`` opens on a turn to another incident or place (:func:`_turns`) and
    does not name ``entity``."""
    for s, e in sents[start:end]:
        said = readable(text[s:e])
        if _turns(normalize(said)) and not mentions(entity, said):
            return True
    return False


# switch for A/B measurement (pass 64; tests patch it): a key entity the article's lead names (its first
# LEAD_NAMED_SENTENCES sentences) is named for a claim quoting any later sentence of it, the lead cited beside the
# quote: the lead tells the incident the article is about (who received whom, where; the army that fired), the later
# sentence only the detail asked ("وحضر اللقاء وزير الدفاع فلان"، "وأسفر ذلك عن مقتل 3"), out of NEAR_SENTENCES'
# reach in a long report. The claim's own sentence is still the answer: only where the question's subject is named
# is widened (as the last reader's LEAD_CREDIT widens where its content is found)
# ... within the article's first LEAD_REACH sentences: the later paragraphs of a long article go over other incidents
# and tolls ("ومنذ تموز قتل أكثر من ..."), which its lead does not tell of
# ... and never across a turn to another incident: a sentence between the lead and the quote (or the quote's own)
# opening on a turn marker ("وفي حادث آخر"، "وفي سياق منفصل"، "in a separate incident") or on another place of the
# lead's kind ("وفي محافظة ..."، "وفي مدينة ...") not naming the entity tells of another incident (a round-up's later
# paragraph: another place's toll), which the lead does not name
LEAD_NAMED = True
LEAD_NAMED_SENTENCES = 2
LEAD_REACH = 15
# the words of "another incident" are the extraction's merge rules' (agent/offline/data/merge.json separate_openers:
# "في حادث آخر"، "وفي حادثة منفصلة"), one vocabulary read by both (review65 #23); the answer check adds the other
# incident nouns and adjectives ("في هجوم مماثل"، "في سياق منفصل") and the places of the lead's kind ("وفي محافظة ...")
_SEPARATE = [p.split("_") for p in sorted(offline_rules.words("merge", "separate_openers"))]
_OTHER_NOUNS = sorted({p[-2] for p in _SEPARATE} | {"هجوم", "اعتداء", "سياق", "تطور", "حدث", "مكان", "موقع"})
_OTHER_WORDS = sorted({p[-1] for p in _SEPARATE} | {"مختلف", "مماثل"})
_TURN = re.compile(
    rf"^\W*(?:و|ف)?(?:في|فى) (?:(?:ال)?(?:{'|'.join(_OTHER_NOUNS)})"
    rf" (?:(?:ال)?(?:{'|'.join(_OTHER_WORDS)})\b)|(?:محافظه|مدينه|بلده|قريه|ولايه|مديريه|قضاء|ناحيه|اقليم"
    r"|منطقه|مخيم|حي) )|^\W*(?:elsewhere\b|in (?:a|another)"
    r" (?:separate |different )?(?:incident|attack|development|province|city|town))", re.IGNORECASE)


def _turned(text: str, sents, here: int, entity) -> bool:
    """A sentence after the lead, up to the one at index ``here``, opens on a turn to another incident or place
    (:data:`_TURN`) and does not name ``entity``."""
    return _turn_between(text, sents, LEAD_NAMED_SENTENCES, here + 1, entity)


def _lead_toll(text: str, sents, numbers, group: str | None = None) -> bool:
    """The lead (the first :data:`LEAD_NAMED_SENTENCES` sentences) states a toll of its own -- a figure (a date aside)
    within three words of a word of killing or wounding ("قتل ستة أشخاص"، "مقتل شخصين") -- and none of ``numbers``.
    When the question counts one ``group`` (counts_cues.victim_category: "كم جنديا"), only a toll of that group or of
    people unnamed counts: a lead counting another group ("مقتل سبعة مدنيين") does not state the soldiers' toll, but a
    lead counting the asked group ("قتل سبعة مدنيين" for "كم مدنيا") does (review65 #22: a round-up's week of them)."""
    roles = [(ROLE_AR[k], ROLE_EN[k]) for k in ("killed", "injured")]
    toks = tokenize(_DATE_NUMBER.sub(" ", normalize(" ".join(text[s:e] for s, e in sents[:LEAD_NAMED_SENTENCES]))))
    told = [q for q in quantities(toks)
            if any(ar.match(t) or en.match(t.lower()) for t in toks[max(0, q.start - 3): q.end + 3] for ar, en in roles)]
    if not told or {q.value for q in told} & set(numbers):
        return False
    if group is None:
        return True
    kin = KIN[group]
    # (a told figure counts its group by the word after it: "سبعة مدنيين"، "seven soldiers"; none named: anyone)
    groups = [{c for c, (_, en, ar) in CATEGORIES.items() for t in toks[q.end: q.end + 2]
               if re.search(ar, t) or re.search(en, t.lower())} for q in told]
    return any(not g or g & kin for g in groups)


# a claim's sentence telling the incident's toll risen since the lead ("ارتفعت حصيلة القتلى إلى تسعة"، "the death toll
# rose to 9", "الحصيلة النهائية"): the lead's incident, not another (review65 #10) -- unless it counts over a period
# ("منذ بداية الشهر"، "خلال الأسبوع"), a round-up's sum
_TOLL_UPDATE = re.compile(
    r"(?:ارتفع|ارتفعت|ارتفاع|يرتفع|ترتفع)\s+(?:\S+\s+){0,2}?(?:ال)?(?:حصيله|عدد)"
    r"|(?:ال)?حصيله\s+(?:\S+\s+){0,3}?(?:ارتفعت|الي)\s|الحصيله النهاييه"
    r"|\btoll\b.{0,30}\b(?:rose|risen|climbed|increased|jumped)\b|\bfinal (?:death )?toll\b", re.IGNORECASE)
_OVER_PERIOD = re.compile(r"(?<!\w)(?:منذ|خلال (?:ال)?(?:اسبوع|شهر|عام|ايام|اسابيع|اشهر|سنه|سنوات|اعوام))(?!\w)"
                          r"|\b(?:since|over the (?:past|last))\b", re.IGNORECASE)


def _toll_update(sentence: str) -> bool:
    """The sentence tells the toll of the incident already told, risen (:data:`_TOLL_UPDATE`)."""
    norm = normalize(sentence)
    return bool(_TOLL_UPDATE.search(norm)) and not _OVER_PERIOD.search(norm)


def _lead_naming(text: str, pos: int, entity, numbers=(), group: str | None = None) -> tuple[int, int] | None:
    """The first of the article's lead sentences (:data:`LEAD_NAMED`) that names ``entity``, when the sentence at
    ``pos`` is among the article's first :data:`LEAD_REACH` sentences and no turn to another incident stands between
    (:func:`_turned`); else None. For a count (``numbers``, the claim's) the lead stating its own figures and none of
    them names nothing: the lead tells its incident's toll ("قتل ستة أشخاص في غارات على قرية ..."), a later figure
    another incident's or a round-up's ("أسفرت الغارات خلال أسبوع عن مقتل 260"، "مقتل 12 في هجوم 2012 في ...") -- unless
    the question counts one ``group`` ("كم جنديا") the lead's toll is not of (:func:`_lead_toll`), or the later
    sentence tells the toll risen (:func:`_toll_update`)."""
    sents = _sentences(text)
    here = next((i for i, (s, e) in enumerate(sents[:LEAD_REACH]) if s <= pos < e), None)
    if here is None or _turned(text, sents, here, entity):
        return None
    if numbers and here >= LEAD_NAMED_SENTENCES and _lead_toll(text, sents, numbers, group) \
            and not _toll_update(text[sents[here][0]:sents[here][1]]):
        return None
    for s, e in sents[:LEAD_NAMED_SENTENCES]:
        if mentions(entity, readable(text[s:e])):
            return s, e
    return None


def _key_sentence(text: str, pos: int, keys: list[str], reach: int = NEAR_SENTENCES) -> tuple[int, int] | None:
    """The sentence closest to ``pos`` (within ``reach`` sentences) that states one of ``keys``."""
    sents = _sentences(text)
    here = next((i for i, (s, e) in enumerate(sents) if s <= pos < e), None)
    if here is None:
        return None
    for i in sorted(range(max(0, here - reach), min(len(sents), here + reach + 1)), key=lambda i: (abs(i - here), i)):
        s, e = sents[i]
        if any(_key_in(k, text[s:e]) for k in keys):
            return s, e
    return None


KEY_READ = True  # switch for A/B measurement (tests patch it): see _key_in
# (A/B, off) the key read in a hashtag too ("#حركة_الشباب"): measured in pass 45, it let a record's region ("#الساحل_الغربي")
# answer a question asking which village (h22e16, archive), where the passage naming the village answered before
KEY_HASHTAG = False
_NAME_QUOTES = re.compile(r'["«»“”]')


def _key_in(key: str, quote: str) -> bool:
    """The quote states ``key``: verbatim (normalised) or through any spelling the lexicon knows for it.

    The quote is read without the quotation marks news often puts round a name ('حركة "الشباب"', 'تنظيم «داعش»')
    (:data:`KEY_READ`), and with its hashtags as words when :data:`KEY_HASHTAG` is on."""
    if not key:
        return False
    if KEY_READ:
        quote = _NAME_QUOTES.sub("", readable(quote) if KEY_HASHTAG else quote)
    if normalize(key).strip() in normalize(quote):
        return True
    return any(mentions(entry, quote) for entry in get_lexicon().lookup_ar(key))


def _relevance(claim: Claim, question: Question, cite: Citation, claim_terms: set[str]) -> float:
    from marsad.agent.grounding import numbers_in
    score = 0.0
    if claim.numbers and set(claim.numbers) & numbers_in(cite.quote):
        score += 3
    score += sum(1 for e in question.entities if mentions(e, readable(cite.quote)))
    if claim.keys:
        score += 2 * sum(1 for k in claim.keys if _key_in(k, cite.quote)) / len(claim.keys)
    if claim_terms:
        quote_terms = set(content_terms(cite.quote))
        score += len(claim_terms & quote_terms) / len(claim_terms)
    return score


def _focus(claim: Claim, question: Question, cites: list[Citation]) -> list[Citation]:
    """The most telling citations of a claim, best first, at most :data:`MAX_CITES_PER_CLAIM`.

    A record may carry many quotes (every mention of its event); the answer cites those
    that state the claimed number and name what was asked about.
    """
    if len(cites) <= 1:
        return cites
    claim_terms = set(content_terms(claim.text))
    ranked = sorted(enumerate(cites), key=lambda ic: (-_relevance(claim, question, ic[1], claim_terms), ic[0]))
    best = [c for _, c in ranked]
    kept = best[:1]
    for c in best[1:]:
        if len(kept) >= MAX_CITES_PER_CLAIM:
            break
        if c.doc_id != kept[0].doc_id:  # another article reporting the same: corroboration
            kept.append(c)
    if claim.quoted:  # every sentence the claim quotes keeps its citation (a reason told in the next sentence)
        kept += [c for c in best if c not in kept and excerpt(c.quote)[:60] in claim.text]
    if EVERY_NUMBER_CITED and claim.numbers:
        # a claim stating two counts told in two sentences ("70 killed, and 20 captured"): the sentence of each is cited
        from marsad.agent.grounding import numbers_in

        told = set().union(*(numbers_in(c.quote) for c in kept))
        for c in best:
            missing = set(claim.numbers) - told
            if not missing:
                break
            if c not in kept and numbers_in(c.quote) & missing:
                kept.append(c)
                told |= numbers_in(c.quote)
    return kept


STATE_FORCE_CITED = True  # switch for A/B measurement (tests patch it): see _supported
EVERY_NUMBER_CITED = True  # switch for A/B measurement: a claim's citations keep a sentence for each number it states


def _headed_lead(claim: Claim, question: Question, texts: dict[str, str], first: Citation) -> bool:
    """The claim quotes, for an English question, one of the first :data:`TITLE_SUPPORT_LEAD` sentences of its
    article."""
    if not (LEAD_UNDER_TITLE and claim.quoted and question.language == "en"):
        return False
    return any(a <= first.start < b for a, b in news_sentences(texts[first.doc_id])[:TITLE_SUPPORT_LEAD])


def _supported(claim: Claim, question: Question, texts: dict[str, str], *, strict: bool = True,
               titles: dict[str, str] | None = None) -> list[Citation] | None:
    """The claim's validated citations (extended to name the question's key entities), or None when
    unsupported: one of them (``strict``), or too many (:func:`marsad.agent.qa.subject.enough`), is
    not named near the claim."""
    cites = [c for c in (validate_span(d, s, e, texts) for d, s, e in claim.spans) if c is not None]
    if not cites:
        return None
    cites = _focus(claim, question, cites)
    named: list[bool] = []
    for entity in question.entities:
        if any(mentions(entity, readable(c.quote)) for c in cites):
            named.append(True)
            continue
        first = cites[0]
        span = _sentence_near(texts[first.doc_id], first.start, entity)
        if span is None and LEAD_NAMED:
            span = _lead_naming(texts[first.doc_id], first.start, entity, claim.numbers,
                                victim_category(question) if claim.numbers else None)
        extra = validate_span(first.doc_id, span[0], span[1], texts) if span else None
        if extra is None and claim.quoted and any(named_in(entity, readable(c.quote)) for c in cites):
            # no sentence near names the country, the quoted sentence does by its adjective ("التركي"), as the
            # passage reader read it (a count's sentence stays literal: its reader weighs places literally)
            named.append(True)
            continue
        if extra is None and claim.numbers and by_demonym(question, entity) \
                and any(named_in(entity, readable(c.quote)) for c in cites):
            # "how many Palestinians were killed": the count's sentence naming them ("خمسة فلسطينيين قتلوا") names the
            # country the question names only by them (subject.DEMONYM_ASKED)
            named.append(True)
            continue
        if extra is None and STATE_FORCE_CITED and any(force_named(
                entity, readable(c.quote), state_text=(titles or {}).get(c.doc_id) or "")
                for c in cites):
            # "أصيب شرطيان وقتل عنصر من الشرطة بعبوة ..." under "تركيا: مقتل 5 شرطيين": the force asked about ("الشرطة
            # التركية") is named by its noun, its state by the headline (the state the article is about; a state
            # the sentence names beside the noun let another state's report answer: measured in pass 57)
            named.append(True)
            continue
        if extra is None and TITLE_NAMES and (claim.numbers or _headed_lead(claim, question, texts, first)) \
                and titles and mentions(entity, readable(titles.get(first.doc_id) or "")):
            # a count stated in an article whose headline names the place or the group asked about ("الصومال.. حركة
            # الشباب تحرق قرى" over "وقتل 37 مزارعا على أيدي حركة الشباب"): the article tells of it throughout
            named.append(True)
            continue
        named.append(extra is not None)
        if extra is None:
            if strict:
                return None
            continue
        if extra.start <= first.start and first.end <= extra.end:
            cites[0] = extra  # the sentence holding the quote: cite it whole rather than twice
        else:
            cites.append(extra)
    if not enough(question, named):
        return None
    if KEY_CITED and claim.keys and not any(_key_in(k, c.quote) for k in claim.keys for c in cites):
        # the name the claim states (the doer, the place) must be inside a cited span: the sentence nearest
        # the first citation that states it is cited too, else the claim is not supported
        span = _key_sentence(texts[cites[0].doc_id], cites[0].start, claim.keys)
        extra = validate_span(cites[0].doc_id, span[0], span[1], texts) if span else None
        if extra is None:
            return None
        cites.append(extra)
    if claim.numbers:
        from marsad.agent.grounding import numbers_in

        stated: set[int] = set()
        for c in cites:
            stated |= numbers_in(c.quote)
        if any(n not in stated for n in claim.numbers):
            return None
    return cites


_QUOTED_EN = "The sources say (in Arabic): "


DATE_DAYS = True  # switch for A/B measurement (tests patch it)
# a number that is part of a date is no count: a day before a month's name, Gregorian or Syriac ("22 شباط",
# "3 يوليو/تموز", "5 من شهر أيار") and a date written with slashes or dashes ("22/2/2018")
_DATE_NUMBER = re.compile(rf"(?<![\w/.-])\d{{1,2}}\s+(?:من\s+)?(?:شهر\s+)?(?:{MONTH_WORD.pattern})(?!\w)"
                          r"|(?<![\w/.-])\d{1,4}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{1,4})?(?![\w/-])", re.I)


def _stated_number(question: Question, quote: str) -> int | None:
    """The one number an Arabic quote states for an English "how many" question (dates, years, shares and
    the question's own numbers aside), or None when it states none or several."""
    norm = normalize(quote)
    if DATE_DAYS:
        norm = _DATE_NUMBER.sub(" ", norm)
    toks = tokenize(norm)
    found = []
    for q in quantities(toks):
        after = " ".join(toks[q.end: q.end + 2])
        share = after.startswith(("بالميه", "بالمايه", "في الميه", "في المايه"))  # "40 في المئة"
        if (toks[q.end - 1].isdigit() and 1900 <= q.value <= 2100) or share or q.value in question.numbers:
            continue
        if q.value not in found:
            found.append(q.value)
    return found[0] if len(found) == 1 else None


def _in_english(question: Question, claim: Claim, quote: str, text: str) -> str:
    """An English answer that quotes an Arabic sentence for a "how many" question states the number in
    English first ("23 -- the sources say (in Arabic): «...»"), when the sentence states exactly one."""
    if question.language != "en" or not question.how_many or claim.numbers or not text.startswith(_QUOTED_EN):
        return text
    n = _stated_number(question, quote)
    return f"{n:,} -- the sources say (in Arabic): {text[len(_QUOTED_EN):]}" if n is not None else text


def assemble(
    question: Question, claims: list[Claim], texts: dict[str, str], *, backend: str, limit: int | None = None,
    strict: bool = True, titles: dict[str, str] | None = None,
) -> Answer:
    """Build the answer from the claims that survive verification, numbering their citations.

    Args:
        question: the parsed question.
        claims: candidate statements with their evidence, best first.
        texts: doc_id -> stored text of every document a claim may cite.
        backend: ``"offline"`` or ``"llm"`` (recorded in the answer).
        limit: keep at most this many surviving claims (None: all).
        strict: a claim's citations must name every key entity of the question; False: enough of
            them to be about it (:func:`marsad.agent.qa.subject.enough`).
        titles: doc_id -> title of the articles cited (:data:`TITLE_NAMES`); None: sentences only.

    Returns:
        An answer whose every sentence ends with its citation markers, or an abstention.
    """
    citations: list[Citation] = []
    index: dict[tuple[str, int, int], int] = {}
    sentences: list[str] = []
    stated = 0  # the sentences of the answer itself (asides told after them are not counted)
    for claim in claims:
        if claim.aside and not stated:
            continue  # an aside follows the answer it differs from
        if limit is not None and stated >= limit and not claim.aside:
            break
        cites = _supported(claim, question, texts, strict=strict, titles=titles)
        if cites is None:
            continue
        numbers = []
        for c in cites:
            key = (c.doc_id, c.start, c.end)
            if key not in index:
                citations.append(c)
                index[key] = len(citations)
            if index[key] not in numbers:
                numbers.append(index[key])
        markers = "".join(f"[{n}]" for n in numbers)
        text = _in_english(question, claim, cites[0].quote, claim.text.rstrip().rstrip(".。"))
        if claim.quoted:
            # a sentence cited beside a quote because it names what the question asks about (the unit, the
            # person) is shown too: the reader sees what ties the quote to the question
            own = {(d, a, b) for d, a, b in claim.spans}
            for c in cites:
                if (c.doc_id, c.start, c.end) not in own and not any(
                        d == c.doc_id and a <= c.start and c.end <= b for d, a, b in own) \
                        and f"«{excerpt(c.quote)}»" not in text:  # (a sentence the claim's text quotes already)
                    text += f" … «{excerpt(c.quote)}»" + (glossed(c.quote) if question.language == "en" else "")
        sentences.append(f"{text} {markers}.")
        stated += not claim.aside
    if not sentences:
        answer = abstention(question)
        answer.backend = backend
        return answer
    joiner = "\n" if len(sentences) > 1 else ""
    return Answer(
        answer=joiner.join(sentences),
        citations=citations,
        abstained=False,
        language=question.language,
        backend=backend,
    )


ASKED_KIND = True  # switch for A/B measurement (tests patch it)
KIND_REACH = 3  # most sentences from a quoted sentence to the one stating what the question asks for
# adjectives news puts after a place's kind ("في منطقة جبلية"، "في مدينة أخرى"): no name of a place
_PLACE_ADJ = re.compile(r"^(?:[^\W\d]+يه|اخري|واحده|كبيره|صغيره|قريبه|بعيده|مجاوره|جديده|قديمه|نفسها|ذاتها|معينه"
                        r"|مختلفه|عده|عديده|اخر|واحد|كبير|صغير|قريب|بعيد|جديد|قديم)$")
_NOT_PLACE_NAME = {"في", "من", "الي", "علي", "عن", "التي", "الذي", "او", "و", "ثم", "حيث", "قرب", "بين", "شمال", "جنوب",
                   "شرق", "غرب", "وسط", "تقع", "يقع", "تابعه", "تابع", "تضم", "يضم"}
# a person named: after a rank or honorific ("العميد فلان"), after a verb of saying ("وقال فلان إن"), or as called
# (a party's or a group's "القيادي" -- its leading member -- is a title news writes before his name, as a rank is:
# "القيادي فلان"، "القيادي الحوثي فلان")
_RANKED = re.compile(r"(?<!\w)[وفبل]?ال(?:عميد|لواء|عقيد|مقدم|رايد|نقيب|فريق|جنرال|شيخ|دكتور|قاضي|مهندس|ملا|مشير"
                     r"|اميرال|قيادي)\s+((?!ال)[^\W\d]{3,})")
_SAYER = re.compile(r"(?<!\w)[وف]?(?:قال|كتب|اضاف|اوضح|صرح|ذكر|اكد|غرد|افاد|تابع|حذر|شدد)(?:ت)?\s+((?!ال)[^\W\d]{3,})"
                    r"(?=\s)")
# the holder after his office and its definite words ("وزير الداخلية الفرنسي جيرار ..."، "المتحدث باسم الجيش ...")
_OFFICE_HOLDER = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:وزير|رييس|قايد|مدير|محافظ|متحدث|ناطق|سفير|امين|نايب|زعيم|مستشار"
                            r"|مبعوث|قاضي|قيادي)(?:\s+(?:ال[^\W\d]+|باسم|لشوون))+\s+((?!ال)[^\W\d]{3,})")
# ... where "باسم" ("on behalf of") is followed by what the office speaks for, with or without its article ("المتحدث
# باسم وزارة الصحة ..."، "الناطق باسم قوات التحالف ..."): that word is the office's, the holder comes after it
_OFFICE_FOR = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:متحدث|ناطق)\s+باسم\s+((?!ال)[^\W\d]{3,})")
NAME_NOT_WORD = True  # switch for A/B measurement (tests patch it)
# words after a verb of saying or an office that are no name: who spoke by kind, a pronoun, a particle, a time
NOT_NAME = re.compile(r"^[وفبل]?(?:مصدر|مصادر|مسوول|مسوولون|شاهد|شهود|بيان|متحدث|ناطق|احد|رييس|وزير|قايد|مدير|نايب|سفير"
                      r"|مستشار|عضو|ممثل|مراسل|مبعوث|امين|محافظ|ضابط|خبير|خبراء|سكان|مواطن|مواطنون|في|ان|انه|انها|انهم"
                      r"|لوكاله|لصحيفه|لقناه|لموقع|لشبكه|لرويترز|علي|عن|من|هذا|هذه|ايضا|بدوره|بدورها|كذلك|مساء|صباح"
                      r"|امس|اليوم|لاحقا|حينها|عبر|خلال|بعد|قبل|يوم|كل|بعض|مجموعه|اثنان|اخرون)\w*$")
_CALLED = re.compile(r"(?<!\w)(?<!عن )(?:ويدعي|يدعي|المدعو|اسمه|ويدعي)\s+((?!ال)[^\W\d]{3,})")
# ... and after a verb of saying and the speaker's title ("وقال المسؤول والي محمد إن"، "وأضاف الضابط الباكستاني فلان"):
# news names the office in the lead ("وفق مسؤول بالشرطة") and the man with it when it quotes him (A/B switch, tests
# patch it)
SAYER_TITLED = True


@lru_cache(maxsize=1)
def _sayer_titled() -> re.Pattern:
    """:data:`SAYER_TITLED`'s pattern: a verb of saying, "ال" and a speaker's title (data qa_names.json
    titled_saying_verbs, titled_speaker_nouns), a definite adjective maybe, and the word where his name stands."""
    verbs = "|".join(sorted(rules.words("qa_names", "titled_saying_verbs")))
    titles = "|".join(sorted(rules.words("qa_names", "titled_speaker_nouns")))
    return re.compile(rf"(?<!\w)[وف]?(?:{verbs})(?:ت)?\s+ال(?:{titles})(?:\s+(?!الذي|التي)ال[^\W\d]+)?\s+"
                      r"((?!ال|[وفبل]ال[^\W\d]{3}|باسم\s|لشوون\s|بهذ)[^\W\d]{3,})(?=\s)")


@lru_cache(maxsize=32)
def _kind_at(nouns: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<!\w)[وفبل]?(?:{'|'.join(nouns)})\s+([^\s،,.:؛\"«»()]+)")


def _states_place(question: Question, nouns: tuple[str, ...], norm: str, qnorm: str) -> bool:
    """A normalised sentence names a place the question does not: a word after a place's kind (``nouns``, else
    any) that is no adjective ("في منطقة أفجوي", not "في منطقة جبلية"), or, when no kind is asked for, a lexicon
    place below a country."""
    asked = set(qnorm.split())
    for m in _kind_at(nouns or PLACE_KINDS).finditer(norm):
        word = m.group(1)
        if word in asked or word in _NOT_PLACE_NAME or word in PLACE_KINDS or _PLACE_ADJ.match(word) or word.isdigit():
            continue
        return True
    if nouns:
        return False  # "في أي مدينة": the city is named as one ("في مدينة ..."), the quote's other places are the story's
    return any(e.get("admin_level") != "country" and not any(e.id == p.id for p in question.places)
               and not mentions(e, qnorm, normalized=True) and mentions(e, norm, normalized=True)
               for e in places_in(norm, get_lexicon()))


PREP_DEFINITE = True  # switch for A/B measurement (tests patch it): see _PREP_DEFINITE
# a word glued to a preposition and the article ("متهم بالتواطؤ"، "مسؤول بالشرطة"، "شاب للتحقيق"): a defined noun, never
# the name a role word or a verb of saying is followed by (a name takes no article after "ب"/"ل")
_PREP_DEFINITE = re.compile(r"^[وف]?(?:بال|لل)[^\W\d]{3,}$")


def _no_name(word: str, m: re.Match | None = None) -> bool:
    """A word where a name may stand that is none: who spoke by kind, a particle, a time (:data:`NOT_NAME`); and
    (:data:`NAME_NOT_WORD`) a nationality ("قتل شاب فلسطيني"، "فتى فلسطينيا": the victim described, not named, a
    gazetteer fact) or the institution a spokesman speaks for ("المتحدث باسم وزارة ...", ``m`` the office's match)."""
    if NOT_NAME.match(word):
        return True
    if PREP_DEFINITE and _PREP_DEFINITE.match(word):
        return True
    if not NAME_NOT_WORD:
        return False
    if m is not None and m.re is _OFFICE_HOLDER and any(
            f.start(1) == m.start(1) for f in _OFFICE_FOR.finditer(m.string, m.start(), m.end())):
        return True
    return nisba_code(word, plurals=True) is not None


def called_after(norm: str, nouns: frozenset[str] | set[str]) -> bool:
    """A normalised sentence names one of ``nouns`` (normalised words, "ال" off) by "يدعى/المدعو/واسمه + name" right
    after it ("إن المتهم يدعى فلان الفلاني"، "اعتقال المتهم المدعو فلان"): the one so described is named."""
    for m in _CALLED.finditer(norm):
        before = norm[: m.start()].split()[-1:]
        word = before[0].removeprefix("و") if before else ""
        word = word[2:] if word.startswith("ال") else word
        if word in nouns and not _no_name(m.group(1), m):
            return True
    return False


def states_person(norm: str) -> bool:
    """A normalised sentence names a person: after a rank, a verb of saying, "named" or an office and its words
    (who spoke by kind, "وقال مصدر"، "وقال البيان", is no name)."""
    if any(not _no_name(m.group(1), m) for pat in (_RANKED, _SAYER, _CALLED) for m in pat.finditer(norm)):
        return True
    if any((_titled_name(m) if TITLE_BODY else not _no_name(m.group(1), m)) for m in _OFFICE_HOLDER.finditer(norm)):
        return True
    if DESCRIBED_NAME and any(_titled_name(m) for m in _DESCRIBED.finditer(norm)):
        return True
    return SAYER_TITLED and any(_titled_name(m) for m in _sayer_titled().finditer(norm))


# switch (pass 58, qaact58; tests patch it): a name written after an office and what it is of, set off by a comma
# ("قائد اللواء 22 ميكا، فلان الفلاني، ..."، "المتحدث باسم الجيش اليمني، فلان ...") is a person named; the office's
# words may hold a number or a place without its article, which the holder patterns above do not read
DESCRIBED_NAME = True
_DESCRIBED = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:وزير|رييس|قايد|مدير|محافظ|متحدث|ناطق|سفير|امين|نايب|زعيم|مستشار"
                        r"|مبعوث|قاضي)(?:\s+[^\s،,.:؛!?؟()«»\"]+){1,6}\s*[،,]\s*((?!ال)[^\W\d]{3,})(?:\s+[^\W\d]{2,}|\s*[،,])")


# switch for A/B measurement (tests patch it): an office's holder is read as the speaker's (_titled_name)
TITLE_BODY = True


# after a speaker's title, what is no name: the body he speaks for ("المتحدث الرسمي لهيئة ..."، "الناطق الإعلامي بشرطة
# منطقة ..."، "المدير العام لقوات ..."), a word of manner ("طالبا"، "مشيرا") or a pronoun of the same ("المسؤول نفسه"; the
# pronouns and particles: data qa_names.json title_not_name)
_MANNER = re.compile(r"^[^\W\d]{3,}ا$")


# the closed-class words news puts after a speaker's title where a name may stand: a preposition or adverb of time or
# place ("وقال الوزير أمام البرلمان"، "المسؤول عقب الاجتماع")، a pronoun of state ("وهو يتحدث")، a conjunction of time
# ("الشاهد حين وصل")، a quantifier ("عدة أسباب") and the anonymous official's "شريطة" (data qa_names.json
# title_common_words; A/B switch, tests patch it)
TITLED_COMMON = True


def _titled_name(m: re.Match) -> bool:
    word = m.group(1)
    if _no_name(word, m) or word in rules.words("qa_names", "title_not_name") or _MANNER.match(word):
        return False
    if TITLED_COMMON and (word in rules.words("qa_names", "title_common_words") or word in STOP_AR):
        return False
    # "لهييه"، "لسوق عكاظ"، "بوزاره الداخليه"، "بشرطه": a preposition and the body it governs ("بسام" is a name)
    return not (word[:1] == "ل" or word[:1] == "ب" and (word.endswith("ه") or m.string.startswith("ال", m.end(1) + 1)))


# a person named by what he is in the story: after the word for the attacker, the victim or the suspect ("منفذ
# الهجوم فلان"، "الشهيد فلان"), before his age ("فلان (45 عاما)"، "فلان، وعمره 19 عاما"), or after "on"/"of" a shot
# or a killing ("إطلاق النار على فلان")
_ROLE_NAMED = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:منفذ|منفذي|مهاجم|المهاجم|مسلح|انتحاري|قاتل|مشتبه|متهم|مطلق النار|شهيد|شاب"
                         r"|طالب|مواطن|ضحيه|قتيل|رهينه|طفل|جندي|شرطي|معتقل|اسير)(?:\s+(?:ال[^\W\d]+|به|بها))*"
                         r"\s+((?!ال)[^\W\d]{3,})\s+(?!ال)[^\W\d]{2,}")
_AGED = re.compile(r"(?<!\w)((?!ال)[^\W\d]{3,})\s+[^\W\d]{3,}\s*(?:\(|،\s*(?:و)?(?:عمره|عمرها|البالغ|البالغه))\s*\d+\s*(?:عاما|سنه|عام)")
_NAME_BEFORE = re.compile(r"(?<!\w)((?!ال)[^\W\d]{3,})\s+(?!ال)[^\W\d]{3,}\s+(?:منفذ|المنفذ|مطلق النار|المشتبه به|المهاجم)(?!\w)")
_NAME_AFTER = re.compile(r"(?<!\w)(?:علي|مقتل|اغتيال|اعتقال|توقيف|اعدام|مصرع|استشهاد)\s+((?!ال)[^\W\d]{3,})\s+(?!ال)[^\W\d]{3,}"
                         r"\s*(?:\(|،\s*(?:و)?(?:عمره|عمرها|البالغ|البالغه))")
_GROUP_NOUN = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:جماعه|تنظيم|جبهه|حركه|فصيل|كتايب|لواء|سرايا|ميليشيا|مليشيا|جيش|حزب)"
                         r"\s+«?([^\s،,.:؛\"«»()]+)")
_NOT_GROUP_NAME = re.compile(r"^(?:[^\W\d]+يه|[^\W\d]+يين|[^\W\d]+يون|مسلحه|مسلح|متطرفه|متطرف|متشدده|متشدد|مجهوله|مجهول"
                             r"|ارهابي|ارهابيه|اخري|اخر|جديده|جديد|صغيره|كبيره|نفسها|ذاتها|المتطرفه|المسلحه|الارهابيه"
                             r"|المتشدده|في|من|علي|الي|عن|التي|الذي|او|ان|قد|كانت|كان)$")
_GROUP_TYPES = {"armed_group", "paramilitary", "political_party", "party"}


# a group's noun followed by a people's adjective ("الجيش البورمي"، "الجيش اليمني"، "الحزب الألماني") names a state's
# army or a party by its country, not the group a "which group" question asks for (A/B switch, tests patch it)
NATION_FORCE = True


def _states_group(question: Question, norm: str) -> bool:
    """A normalised sentence names a group the question does not: an armed group or party the lexicon knows, or a
    name after a group's noun ("جبهة حزب التحرير"، "جماعة أبو سياف"; not "مجموعة يسارية متشددة")."""
    asked = set(normalize(question.text).split())
    for m in _GROUP_NOUN.finditer(norm):
        word = m.group(1).strip("«»\"")
        if word and word not in asked and not _NOT_GROUP_NAME.match(word) and not word.isdigit() and not (
                NATION_FORCE and word.startswith("ال") and nisba_code(word[2:], plurals=True)):
            return True
    return any(e.kind == "actors" and (e.get("type") or "") in _GROUP_TYPES
               and not any(e.id == a.id for a in question.actors) for e in find_entities(norm, get_lexicon()))


# a state named by a people's adjective in any form ("أوراق هوية تركية"، "قتل إسرائيليا"، "الجيش البورمي"), not only
# by the forms the lexicon lists: "what nationality" is answered so (A/B switch, tests patch it)
NISBA_STATES = True


# a people's adjective that names a person or a level, not a state (A/B switch, tests patch it): a family name right
# after a given name ("محمد المصري"، "عمر السوداني"; masculine: "صباح السعودية" is Saudi Arabia's morning)، the given
# name Turki after a title ("الأمير تركي الفيصل"; data qa_names.json given_name_titles)، and the Baath's "regional"
# ("القيادة القطرية لحزب البعث"، "المستوى القطري والقومي"; "القيادة القطرية" alone is Qatar's leadership: data qa_names.json
# regional_level_phrases)
NISBA_NAMES = True


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from marsad.agent.offline import rules

    return rules.words("actors", "given_names")


def _nisba_named(prev: str, word: str, after: str = "") -> bool:
    """A people's adjective ``word`` between ``prev`` and ``after`` is a name or a level, not a state."""
    if not NISBA_NAMES:
        return False
    # ("على" reads "علي" normalised)
    if word.startswith("ال") and word.endswith("ي") and prev in _given_names() and prev != "علي":
        return True
    if word == "تركي" and prev in rules.words("qa_names", "given_name_titles"):
        return True
    return f"{prev}_{word}_{after}" in rules.words("qa_names", "regional_level_phrases")


def _nisba_codes(norm: str) -> set[str]:
    """The countries (ISO codes) a normalised text names by a people's adjective ("تركيه"، "اسراييليا"، "والمصري")."""
    words = norm.split()
    found = {nisba_code(w, as_written=True) for i, w in enumerate(words)
             if not _nisba_named(words[i - 1] if i else "", w, words[i + 1] if i + 1 < len(words) else "")}
    return found - {None}


@lru_cache(maxsize=8192)
def nisba_code(word: str, *, plurals: bool = False, as_written: bool = False) -> str | None:
    """The country (ISO code) a people's adjective names ("تركي"، "تركيه"), also in the accusative ("اسراييليا") and
    after a glued conjunction ("وفلسطيني"; "فلسطيني" itself starts with the letter of one), or None.

    Args:
        word: a normalised word.
        plurals: the masculine plurals name it too ("فلسطينيين"، "فلسطينيون"; a name's slot, :func:`_no_name`).
        as_written: the word as a text writes it (:func:`_nisba_codes`): one with its article is read as it is
            ("المصري"), and an everyday adjective whose stem is a state's name ("المالية": financial, not Malian; data
            qa_names.json everyday_nisba) names none. Otherwise "ال" is put before the word.
    """
    from marsad.agent.offline.actors import nisba_country

    w = word[:-1] if word.endswith("يا") else word
    if not w.endswith(("ي", "يه", "يين", "يون") if plurals else ("ي", "يه")) or len(w) < 4:
        return None
    w = w[:-2] if plurals and w.endswith(("يين", "يون")) else w
    for x in dict.fromkeys((w, w[1:] if w[:1] in "وفبل" else w)):
        if as_written and x in rules.words("qa_names", "everyday_nisba"):
            return None
        code = nisba_country(x if as_written and x.startswith("ال") else "ال" + x)
        if code:
            return code
    return None


def _asked_codes(question: Question) -> set[str]:
    """The countries a question names: its places' (and their adjectives') and its own words' adjectives."""
    from marsad.core.gazetteer import get_world_gazetteer

    world = get_world_gazetteer()
    codes = {world.country_code(p.canonical) for p in question.places if p.get("admin_level") == "country"}
    return {c for c in codes if c} | _nisba_codes(normalize(question.text))


def states_kind(question: Question, kind: tuple[str, tuple[str, ...]], quote: str, qnorm: str) -> bool:
    norm = normalize(readable(quote))
    if kind[0] == "place":
        return _states_place(question, kind[1], norm, qnorm)
    if kind[0] == "person":
        return states_person(norm)
    if kind[0] == "name":
        return states_person(norm) or any(
            not _no_name(m.group(1)) for pat in (_ROLE_NAMED, _AGED, _NAME_AFTER, _NAME_BEFORE) for m in pat.finditer(norm))
    if kind[0] == "group":
        return _states_group(question, norm)
    if kind[0] == "nationality":
        # a state the question does not name ("أن الثلاثة من مصر ونيجيريا"), by its name or its adjective
        return any(e.kind == "places" and e.get("admin_level") == "country" and not any(e.id == p.id for p in question.places)
                   for e in find_entities(norm, get_lexicon())) or NISBA_STATES and bool(
            _nisba_codes(norm) - _asked_codes(question))
    return states_day(quote)


def claim_reach(claim: Claim, texts: dict[str, str]) -> tuple[str, str, tuple[tuple[int, int], ...], int, range] | None:
    """Where a reader looks around a claim's first citation: (its article's id, text, sentence spans, the index of the
    sentence the citation starts in, the indices within :data:`KIND_REACH` of it), or None when the claim cites
    nothing or its article or sentence is not found."""
    if not claim.spans:
        return None
    doc_id, start, _ = claim.spans[0]
    text = texts.get(doc_id)
    if text is None:
        return None
    sents = _sentences(text)
    here = next((i for i, (s, e) in enumerate(sents) if s <= start < e), None)
    if here is None:
        return None
    return doc_id, text, sents, here, range(max(0, here - KIND_REACH), min(len(sents), here + KIND_REACH + 1))


def kind_sentence(question: Question, kind, claim: Claim, texts: dict[str, str], qnorm: str,
                   terms: set[str]) -> tuple[str, int, int] | None:
    """The sentence of the claim's first article, within :data:`KIND_REACH` of its first quoted sentence, that
    states what the question asks for and shares most of its words (a person: the nearest after it naming one,
    as news names an office first and its holder when quoting him), or None."""
    found = claim_reach(claim, texts)
    if found is None:
        return None
    doc_id, text, sents, here, reach = found
    best = None
    for i in reach:
        s, e = sents[i]
        if any(d == doc_id and a <= s and e <= b for d, a, b in claim.spans) or \
                any(d == doc_id and s <= a and b <= e for d, a, b in claim.spans):
            continue
        if not states_kind(question, kind, text[s:e], qnorm):
            continue
        shared = len(terms & set(content_terms(text[s:e])))
        after = 0 < i - here <= 2
        person = kind[0] in ("person", "name")
        if not shared and not (person and after):
            continue
        rank = (shared + (1 if person and after else 0), -abs(i - here), i > here)
        if best is None or rank > best[0]:
            best = (rank, s, e)
    return (doc_id, best[1], best[2]) if best else None


def with_asked(question: Question, claims: list[Claim], texts: dict[str, str]) -> list[Claim]:
    """Quoted claims whose sentences do not state what the question asks for (a place, a person, a day) get the
    sentence near them that does: news tells an event in one sentence and where it was, who spoke or on which
    day in the next ("... رشق شبان وفدا" then "زار الوفد ... في مدينة ..."). Other claims are kept as they are."""
    kind = asked_name(question) if ASKED_KIND else None
    if kind is None:
        return claims
    terms = {t for t in (*question.terms, *question.expansion) if not t.isdigit() and not MONTH_WORD.fullmatch(t)}
    return add_kind_sentences(question, kind, claims, texts, normalize(question.text), terms, quoted_only=True)


def add_kind_sentences(asked: Question, kind: tuple[str, tuple[str, ...]], claims: list[Claim], texts: dict[str, str],
                       qnorm: str, terms: set[str], *, quoted_only: bool) -> list[Claim]:
    """The claims, each whose sentences do not state the ``kind`` ``asked`` asks for (a place, a person, a day) with
    the sentence near its citation that does, cited and quoted after its text. ``qnorm`` is the whole question
    normalised and ``terms`` the words a sentence shares with it; ``quoted_only`` leaves claims that quote nothing as
    they are. Shared by :func:`with_asked` (the question's own ask) and ``two_parts`` (a second part's)."""
    out = []
    for claim in claims:
        if (quoted_only and not claim.quoted) or not claim.spans or any(
                states_kind(asked, kind, texts.get(d, "")[s:e], qnorm) for d, s, e in claim.spans):
            out.append(claim)
            continue
        extra = kind_sentence(asked, kind, claim, texts, qnorm, terms)
        if extra is None:
            out.append(claim)
            continue
        said = texts[extra[0]][extra[1]: extra[2]]
        text = claim.text + f" … «{excerpt(said)}»" + (glossed(said) if asked.language == "en" else "")
        out.append(replace(claim, text=text, spans=[*claim.spans, extra], quoted=True))
    return out
