"""Counts of people: :func:`count_claims`, the answers a "how many" question reads from sentences.

Every sentence of the top articles stating a count of the asked role is scored by how it fits the question
(the family modules before this one), the article's total beating its parts; a sentence stating a list's sum
and a later report's updated total may then come first.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from marsad.agent.numbers import word_value
from marsad.agent.offline import rules
from marsad.agent.qa.compose import _NOT_PLACE_NAME, _PLACE_ADJ, Claim, news_sentences, readable
from marsad.agent.qa.counts_asked import (
    _attackers,
    _group_asked,
    asks_arrests,
    asks_severe,
    count_role,
    counted_noun,
    counts_things,
    victim_category,
)
from marsad.agent.qa.counts_cues import _CATEGORIES, _KIN, _coverage
from marsad.agent.qa.counts_fit import (
    _OF_THEM,
    _category_fit,
    _noun_category,
    _reach_back,
    _severity_fit,
    clause_fit,
    kind_fit,
    scenes,
    several_incidents,
)
from marsad.agent.qa.counts_sentences import _Count, _tolls_with_attacker, role_counts
from marsad.agent.qa.evidence import Evidence, question_fit
from marsad.agent.qa.question import Intent, Question, mentions
from marsad.agent.qa.question_intent import PLACE_KINDS
from marsad.agent.qa.subject import names_enough
from marsad.core.arabic import normalize, token_spans, tokenize

MIN_COUNT_SCORE = 0.5  # below this no sentence fits the question well enough to state its count
# how much less well than the best count another may fit and still be offered: when the best cannot be cited
# naming what the question names, a count far behind it (another incident's, an early toll) is no answer
COUNT_MARGIN = 1.0


_ROLE_WORDS_AR = {"killed": "عدد القتلى", "injured": "عدد الجرحى", "arrested": "عدد الموقوفين"}


# a toll told as an update of an earlier one: "ارتفعت حصيلة قتلى التفجير ... إلى 128"، "حسب حصيلة جديدة"
# (the verbal noun too: "لفتت إلى ارتفاع حصيلة الضحايا إلى 23"; "the death toll rose to", "a final toll")
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


ATTACKERS_DEAD = 0.8  # a count of the attacking group's own members, for a question about its attack's toll


# a count told of others than the group asked about: civilians, soldiers, police, or both sides ("من الطرفين")
_NOT_GROUP = re.compile("|".join(_CATEGORIES[n][2] for n in ("civilians", "soldiers", "police", "children", "women"))
                        + r"|الطرفين|الجانبين|both sides")


GROUP_NAMED = 0.5  # a count beside the name of the group a question counts ("21 من حزب الله")
GROUP_UNNAMED = 0.6  # a count whose neighbourhood names people, others or both sides, not that group's fighters


COUNTED_HEAD = True  # switch for A/B measurement (tests patch it)


OTHERS_COUNTED = -1.2  # a number whose own noun names others than whom the question counts
# (switch for A/B measurement; 0 = off) a number whose own noun names whom the question counts ("7 جنود" for "كم جنديا")
# states their count; one counting "أشخاص" with soldiers named near it counts everyone, of whom they are some
ASKED_HEAD = 0.3


PART_OF_LIST = 0.3  # a number that is one item of a list of the dead whose sum the sentence tells (the dual of "شرطيتين وطالب")
SUM_STATED_MARGIN = 0.5  # how much less well a sentence stating a list's sum may fit and still be cited for it
ATTACKER_IN_TOLL = 0.6  # a toll that counts the attacker, for a question about an attack's dead: its victims are fewer


ROUND_UP = 0.5  # a count told of several incidents ("في هجمات") for a question about one


NOUN_CONCEPTS = True  # switch for A/B measurement (tests patch it)
NATIONS = True  # switch for A/B measurement (tests patch it)
TITLE_PLACE = True  # switch for A/B measurement (tests patch it)
ARTICLE_FIT = 1.0  # weight of how much less well an article fits the question than the best one (0: off) ...
FIT_GAP = 0.2  # ... when that is more than this (reports of one incident fit a question about equally)
SITE_NAMED = 0.3  # a count whose sentence names a site the question names by its kind (:func:`_asked_sites`)
TITLE_SITE = True  # switch for A/B measurement (tests patch it): a site the question names by its kind is a fine place
# a site an Arabic question names by its kind ("على منطقة ..."، "بمديرية ..."، "في حي ..."): its name is the next word,
# a place finer than the country even when the gazetteer lacks it
_SITE_KIND = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:منطقه|بلده|قريه|حي|مخيم|مديريه|قضاء|ناحيه)\s+([^\W\d]{3,})")


def _asked_sites(question: Question) -> list[re.Pattern]:
    """Patterns for the names of the sites an Arabic question names by their kind ("على منطقة فضحة" -> فضحه) that
    the gazetteer does not know (those are among its places), not an adjective ("في منطقة جبلية") nor a particle;
    each matches the name with or without its article or a clitic."""
    if not TITLE_SITE or question.language != "ar":
        return []
    names = []
    for m in _SITE_KIND.finditer(normalize(question.text)):
        word = m.group(1)
        if word in _NOT_PLACE_NAME or word in PLACE_KINDS or _PLACE_ADJ.match(word) or any(
                mentions(p, word, normalized=True) for p in question.places):
            continue
        stem = word[2:] if word.startswith("ال") and len(word) > 4 else word
        names.append(re.compile(rf"(?<!\w)[وفبل]?(?:ال)?{re.escape(stem)}(?!\w)"))
    return names
_NOUN_ENDING = r"(?:ا|ان|ين|ون|ات|يا|يين|يون)?"


def _noun_stems(question: Question, noun: str | None) -> tuple[str, ...]:
    """The Arabic stems of the lexicon concepts an English question's counted noun names ("how many teachers":
    معلم، مدرس), by which a sentence says it counts them ("قتل 40 مدرسا"); () otherwise."""
    if not NOUN_CONCEPTS or noun is None or question.language != "en":
        return ()
    stems = set()
    for c in question.concepts:
        if any(e.lower().startswith(noun) for e in c.en):
            for a in c.ar:
                stem = re.sub(r"(?:ين|ون|ات)$", "", re.sub(r"^ال", "", normalize(a)))
                if len(stem) >= 3 and " " not in stem:
                    stems.add(stem)
    return tuple(sorted(stems))


def _counts_stems(toks: list[str], end: int, stems: tuple[str, ...]) -> bool:
    """The token after a count's number (``toks[end]``) is one of ``stems`` ("مدرّساً" for مدرس)."""
    if not stems or end >= len(toks):
        return False
    word = re.sub(r"^[وفبل]?(?:ال)?", "", normalize(toks[end]))
    # (a masculine noun's own endings only: "مدرسا"، "مدرسين" count teachers, "مدرسه" counts schools)
    return any(re.fullmatch(re.escape(s) + _NOUN_ENDING, word) for s in stems)


PHRASE_TOKENS = True  # switch for A/B measurement (tests patch it)
# after a partitive "من" the counted noun follows ("8 من جماهير النادي"), but these words are no noun: "من بين" has
# its noun one word on ("6 من بين المطلوبين"), a pronoun or "أصل" none ("7 من بينهم ثلاثة أطفال"، "12 من أصل 40")
_MIN_BETWEEN = "بين"
_MIN_NO_NOUN = frozenset({"بينهم", "بينهن", "بينها", "بينهما", "اصل", "ابرزهم", "ابرزها", "اهمهم", "اهمها"})


def _phrase(sentence: str, count: _Count) -> str:
    """The words of ``sentence`` around a count, quoted in the answer: two before it, and through the word after its
    number ("ما لا يقل عن 12": a count told with "at least" starts at "ما", so three words from its start
    would leave its number out)."""
    if PHRASE_TOKENS:  # the tokens tokenize() reads, in place (a diacritic does not split a word: "وقُتل")
        words = [(s, e) for _, s, e in token_spans(sentence)]
    else:
        words = [m.span() for m in re.finditer(r"\w+", sentence)]
    if not words:
        return sentence
    lo, hi = max(0, count.start - 2), min(len(words), count.start + 3)
    if PHRASE_TOKENS and count.end > count.start:
        hi = min(len(words), max(hi, count.end + 1))  # the number and the noun it counts
    if count.summed:  # the whole list, from the role word: "مقتل آمر الفوج وجنديين"
        lo, hi = max(0, count.start - 1), min(len(words), count.end)
    elif 1 < hi < len(words):
        last, after = (normalize(sentence[words[y][0]:words[y][1]]) for y in (hi - 1, hi))
        if last == "من" and after == _MIN_BETWEEN:
            hi = min(len(words), hi + 2)  # "6 من بين المطلوبين"
        elif last == "من" and after not in _MIN_NO_NOUN:
            hi += 1  # "القبض على 8 من جماهير النادي": the noun counted comes after "من" (8 of the fans)
        elif last == _MIN_BETWEEN and normalize(sentence[words[hi - 2][0]:words[hi - 2][1]]) == "من":
            hi += 1
    return sentence[words[min(lo, len(words) - 1)][0]: words[hi - 1][1]] if hi > lo else sentence


NATION_COUNTED = 1.2  # a number whose noun is the nationality a question counts ("بينهم 7 إيرانيين")
_DEMONYM_EN = re.compile(r"\b(?i:how many)\s+([A-Z][a-z]+)\b")


def _asked_nation(question: Question) -> str | None:
    """The nationality a "how many" question counts, as the normalised Arabic adjective's stem ("How many Iranian
    military personnel" and "كم إيرانيا" -> "ايراني"), or None."""
    from marsad.agent.offline.actors import nisba_country

    if question.language == "en":
        m = _DEMONYM_EN.search(question.text)
        entry = next((e for e in question.places if m and e.get("admin_level") == "country"
                      and m.group(1) in e.en and m.group(1) != e.name_en), None)
        for form in entry.ar if entry is not None else ():
            for w in normalize(form).split():
                if w.startswith("ال") and w.endswith("يه") and len(w) > 5:
                    return w[2:-1]  # "الايرانيه" -> "ايراني"
        return None
    m = re.search(r"(?<!\w)كم\s+(\S+)", normalize(question.text))
    if not m:
        return None
    word = m.group(1)  # "ايرانيا"، "فرنسيين": the adjective with its case or plural ending
    for stem in [word[:-len(cut)] for cut in ("ين", "ون", "ا") if word.endswith(cut)] + [word]:
        if stem.endswith("ي") and len(stem) >= 4 and nisba_country("ال" + stem):
            return stem
    return None


# English number words two to twenty, from the English extractor's table (its "one"/"a"/"an" and the tens above
# twenty are no count a question states here)
_EN_NUMBER = {w: v for w, v in rules.table("english", "num_words").items() if 2 <= v <= 20}


def _number_value(tok: str) -> int | None:
    """A token's number: digits ("47"، "الـ10"), an Arabic number word ("سبعة"، "العشرة") or an English one; a year is
    none."""
    t = re.sub(r"^(?:[وبل]?ال)_?", "", normalize(tok).replace("ـ", "_"))
    if re.fullmatch(r"\d{1,7}", t):
        return None if 1900 <= int(t) <= 2100 else int(t)
    return word_value(t) or _EN_NUMBER.get(tok.lower())


def stated_counts(text: str) -> set[tuple[str, int]]:
    """The counts a question states itself, each with the role its own words give it there ("..., which ended with
    the arrest of 47 of them": ('arrested', 47)): what it knows, so an article's count of that role and value is no
    answer to its how-many. A number the question binds to no role, or to another act ("how many of the ten
    kidnapped were killed": the article's ten killed may answer), is not set aside; a year is no count."""
    toks = tokenize(text)
    stated: set[tuple[str, int]] = set()
    for i, tok in enumerate(toks):
        if (value := _number_value(tok)) is not None:
            # (read in the words right around it, the number as digits: the asked verb elsewhere gives it no role)
            window = " ".join([*toks[max(0, i - 2): i], str(value), *toks[i + 1: i + 2]])
            stated |= {(c.role, c.value) for c in role_counts(window) if c.value == value}
    return stated


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
    if CAPTIVES_TOO and role == "killed" and not both and asks_arrests(question):
        other, both = "arrested", True  # "how many were killed and how many captured": both counts are asked
    category = victim_category(question)
    noun = counted_noun(question)
    attackers = _attackers(question) if category is None else None
    group = _group_asked(question) if category is None and attackers is None else None
    severe = role == "injured" and asks_severe(question)
    # "بكم طلقة أصيب"، "كم صاروخا أطلق": things are counted, not people; only a number of those things answers
    things = counts_things(question)
    noun_stems = _noun_stems(question, noun)
    nation = _asked_nation(question) if NATIONS else None
    fine = [p for p in question.places if p.get("admin_level") != "country"] if TITLE_PLACE else []
    sites = _asked_sites(question) if TITLE_PLACE else []
    source = asked_source(question) if SOURCE_SAID else ()
    stated = stated_counts(question.text)
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
        # a title naming only the country of the town asked about may tell of another town's incident
        # ("باكستان: 90 قتيلا في تفجير" for a question about a bombing in Peshawar): its toll is that incident's total
        # (and a site the question names by its kind, "على منطقة فضحة": a title naming neither it nor the asked
        # places tells the whole day's toll, of which the site's is a part)
        title_fine = not (fine or sites) or any(mentions(p, tnorm, normalized=True) for p in fine) or any(
            n.search(tnorm) for n in sites)
        sents = [(s, e) for s, e in news_sentences(doc.text) if e - s >= 15]
        scene_of = scenes(question, [doc.text[s:e] for s, e in sents])
        # the article's tolls that count the attacker, for a question about the dead of an attack (not the attackers')
        with_attacker = (_tolls_with_attacker([doc.text[s:e] for s, e in sents])
                         if role == "killed" and category != "militants" else set())
        per_doc: list[tuple[float, int, int, _Count, list[_Count]]] = []
        for idx, (s, e) in enumerate(sents):
            sentence = doc.text[s:e]
            counts = role_counts(sentence)
            mine = [c for c in counts if c.role == role and (c.role, c.value) not in stated]
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
            # "according to the police": the count the police gave, not a newspaper's
            said = SOURCE_NAMED if source and any(_says(entry, norm) for entry in source) else 0.0
            for c in mine:
                place = clause_fit(question, sentence, c)
                score = 2.0 * cover - 0.15 * rank + kind + said + place
                if c.value in title_numbers and place == 0 and (title_fine or any(
                        mentions(p, norm, normalized=True) for p in fine) or any(n.search(norm) for n in sites)):
                    score += 0.6  # the title states this toll: the incident's total (unless it is another place's)
                if any(n.search(norm) for n in sites):
                    score += SITE_NAMED  # "قصفت ... في منطقة فضحة، ما أسفر عن مقتل 5": the toll at the site asked about
                if idx < 2:
                    score += 0.2  # the lead sentence
                if _TOLL.search(norm):
                    score += 0.2
                toks = tokenize(sentence)
                end = c.end if c.end > c.start else c.start + 1
                if nation is not None and end < len(toks) and re.sub(r"^[وفبل]?(?:ال)?", "", toks[end]).startswith(nation):
                    score += NATION_COUNTED
                if category is not None:
                    counted = _noun_category(toks[end]) if COUNTED_HEAD and end < len(toks) else None
                    if counted is not None and counted not in _KIN[category]:
                        score += OTHERS_COUNTED  # "قتلوا نحو 10 متطرفين" counts militants, whoever else the clause names
                    else:
                        score += _category_fit(category, " ".join(toks[max(0, c.start - _reach_back(toks, end)): end + 3]))
                        if counted == category:
                            score += ASKED_HEAD
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
                if PART_OF_THEM and not severe and _part_of_them(toks, end, c, mine) and (
                        category is None or not any(_noun_category(t) for t in toks[end + 1:end + 3])):
                    score -= PART_OF_THEM  # "أصيب خمسة جنود، ثلاثة منهم بجروح خطيرة": the five are the toll
                if c.value in with_attacker and not c.summed:
                    score -= ATTACKER_IN_TOLL  # "قتل أربعة أشخاص بينهم المهاجم": the victims were three
                if _EARLY.search(norm):
                    score -= EARLY_TOLL  # "الحصيلة الأولية": a later total of the incident is the answer
                if several_incidents(question, toks, c):
                    score -= ROUND_UP
                if severe:
                    score += _severity_fit(toks[end: end + 5])
                if noun is not None and (any(re.sub(r"^[وفبل]?(ال)?", "", t.lower()).startswith(noun)
                                             for t in toks[end: end + 2]) or _counts_stems(toks, end, noun_stems)):
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
            beside = None
            if not extra and both and other == "arrested":
                # the prisoners are often told in a later sentence of the article ("... وانتهت الملاحقة بأسر 12 منهم")
                beside = next(((s2, e2, x) for s2, e2 in sents if s2 != s
                               for x in role_counts(doc.text[s2:e2]) if x.role == other), None)
                extra = [beside[2]] if beside else []
            claim = _claim(question, doc_id, s, e, doc.text[s:e], c, extra[0] if extra else None)
            if beside is not None:
                claim = replace(claim, spans=[*claim.spans, (doc_id, beside[0], beside[1])])
            scored.append((score, claim))
            # an update counts only when its own sentence names the question's subject (not another incident's toll)
            said = normalize(readable(doc.text[s:e]))
            update = bool(_UPDATE.search(said)) and names_enough(question, said, normalized=True)
            told[id(claim)] = (doc.published or "", c.value, update)
            if c.summed:
                summed[id(claim)] = c.value
    scored.sort(key=lambda x: -x[0])
    scored = _unfit_articles(question, evidence, scored)
    scored = _stated_for_sum(scored, told, summed)
    scored = _latest_total(scored, told)
    floor = max(MIN_COUNT_SCORE, scored[0][0] - COUNT_MARGIN) if scored else MIN_COUNT_SCORE
    return [x for x in scored if x[0] >= floor]


def _unfit_articles(question: Question, evidence: Evidence, scored: list[tuple[float, Claim]]
                    ) -> list[tuple[float, Claim]]:
    """The counts, best first, the first chosen with each article's count lowered by :data:`ARTICLE_FIT` times how
    much less well the article fits the question as a whole (:func:`question_fit`) than the best-fitting article
    giving a count that may be told, when that is more than :data:`FIT_GAP`. An article lacking the words that single
    out the incident asked about ("يوم عيد الأضحى") tells another incident of the same city and kind, however well
    its toll's sentence fits the question. The other counts keep their scores (another report's figure is still told
    beside the answer)."""
    if not ARTICLE_FIT or not scored:
        return scored
    fits = {d: question_fit(question, evidence.docs[d])[1] for d in {c.spans[0][0] for _, c in scored}}
    best = max((fits[c.spans[0][0]] for score, c in scored if score >= MIN_COUNT_SCORE), default=None)
    if best is None:
        return scored

    def lowered(score: float, claim: Claim) -> float:
        gap = best - fits[claim.spans[0][0]]
        return score - ARTICLE_FIT * gap if gap > FIT_GAP else score

    first = max(range(len(scored)), key=lambda i: (lowered(*scored[i]), -i))
    if first == 0:
        return scored
    return [(scored[0][0] + 0.01, scored[first][1])] + [x for i, x in enumerate(scored) if i != first]


CAPTIVES_TOO = True  # switch for A/B measurement: a toll question also asking "how many captured" states both counts
PART_OF_THEM = 0.8  # a count "of them" after a larger count of the same sentence: a part of that total (0: off)


def _part_of_them(toks: list[str], end: int, count: _Count, counts: list[_Count]) -> bool:
    """True for a count followed by "منهم" ("of them") after a larger count of the same role in its sentence
    ("قتل 9 أشخاص، أربعة منهم من عائلة واحدة"، "أصيب 6 جنود، اثنان منهم بحالة حرجة"): the part, not the toll. (With
    no count before it, "منهم" names whom it counts: "ما أسفر عن مقتل 12 منهم" is the toll of those named before;
    a part whose own noun names a category, "أربعة منهم أطفال", still answers a question counting that category.)"""
    return end < len(toks) and bool(_OF_THEM.match(toks[end])) and any(
        x.start < count.start and x.value > count.value for x in counts)


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
            text += f"، و{_ROLE_WORDS_AR[other.role]}: {other.value}"
    else:
        text = f"{count.value} {count.role} («{phrase}»)"
        if other:
            text += f", and {other.value} {other.role}"
    return Claim(text, [(doc_id, s, e)], numbers)


DIFFERING = True  # switch for A/B measurement (tests patch it)
DIFFER_MARGIN = 0.6  # how much less well another report's count may fit the question and still be told beside the answer
DIFFER_DAYS = 10  # most days between two reports of one incident's toll (tolls settle within days of the incident)
MAX_DIFFERING = 2
DIFFER_RATIO = 3  # a figure more than three times off the answer's is another incident's toll or a part of it
# a count after "the day after / since / following" ("غداة مقتل 23 شخصا"): an earlier incident's toll, not this one's
_EARLIER = re.compile(r"^[وف]?(?:غداه|بعد|عقب|اثر|منذ|قبل)$")
_QUOTE = re.compile(r"«([^»]*)»")


def _after_earlier(claim: Claim) -> bool:
    """True when the words before the claim's count (its quoted phrase starts two words before it) mark an earlier
    incident."""
    m = _QUOTE.search(claim.text)
    return bool(m) and any(_EARLIER.match(t) for t in tokenize(normalize(m.group(1)))[:2])


def other_reports(question: Question, scored: list[tuple[float, Claim]], evidence: Evidence) -> list[Claim]:
    """The answer's count and, after it, the different totals other reports of the incident give.

    Tolls differ between reports of one incident (an early report, another agency's figure, a later update not told
    as one). Each other article's best-fitting count (its own reading of the incident, not a part of it), when it
    fits the question nearly as well as the answer (within :data:`DIFFER_MARGIN`), was published within
    :data:`DIFFER_DAYS` days of it and gives another number, is told after the answer as that report's figure with its
    day, citing its own sentence (at most :data:`MAX_DIFFERING`). The reader sees that the sources differ instead of
    one figure stated as the only one. A figure more than :data:`DIFFER_RATIO` times off, or counted after "the day
    after" ("غداة مقتل 23"), is another incident's toll or a part, and is not told."""
    claims = [c for _, c in scored]
    if not DIFFERING or not scored or not scored[0][1].numbers or count_role(question) is None:
        return claims  # (counts of things, "how many rockets", are told in parts by weapon and in running totals)
    best_score, best = scored[0]
    best_doc = best.spans[0][0]

    def published(claim: Claim) -> str:
        doc = evidence.docs.get(claim.spans[0][0])
        return (doc.published or "")[:10] if doc is not None else ""

    seen_docs, values, asides = {best_doc}, set(best.numbers), []
    for score, claim in scored[1:]:
        doc_id = claim.spans[0][0]
        if doc_id in seen_docs:
            continue
        seen_docs.add(doc_id)  # an article's best-fitting count is its reading: its other counts are parts
        if (score < best_score - DIFFER_MARGIN or not claim.numbers or claim.numbers[0] in values
                or abs(_days_between(published(best), published(claim))) > DIFFER_DAYS
                or not best.numbers[0] <= claim.numbers[0] * DIFFER_RATIO
                or not claim.numbers[0] <= best.numbers[0] * DIFFER_RATIO or _after_earlier(claim)):
            continue
        values.add(claim.numbers[0])
        day = published(claim)
        if question.language == "ar":
            lead = f"وفي تقرير آخر ({day}) " if day else "وفي تقرير آخر "
            text = f"{lead}{claim.text}"
        else:
            text = f"Another report ({day}): {claim.text}" if day else f"Another report: {claim.text}"
        asides.append(replace(claim, text=text, aside=True))
        if len(asides) >= MAX_DIFFERING:
            break
    return [best, *asides, *claims[1:]]


SOURCE_SAID = True  # switch for A/B measurement (tests patch it)
SOURCE_NAMED = 0.5  # a count whose sentence names the source the question attributes the count to
# how a question attributes what it asks to a source: "according to the Swedish police", "did the United States say",
# "بحسب الجيش اليمني"، "وفق المتحدث باسم ..."
_SOURCE_EN = re.compile(r"\baccording to\s+(.{3,80}?)(?=[,?.;]|$)|\b(?:did|does|do|has|have|had)\s+(.{3,60}?)\s+"
                        r"(?:say|said|report|reported|announce|announced|claim|claimed|state|estimate|put)\b", re.I)
_SOURCE_AR = re.compile(r"(?<!\w)(?:بحسب|حسب|وفق|وفقا ل|طبقا ل|نقلا عن)\s*((?:[^\s،؟?.]+\s*){1,4})")
# the head of an institution named alone in a report ("وصفته الشرطة"): it stands for the one the question names
_INSTITUTIONS = ("الشرطه", "الجيش", "الحكومه", "وزاره", "القوات", "قوات", "السلطات", "الامم")


def asked_source(question: Question) -> tuple:
    """The registry entries a question names as the source of the count it asks for ("according to the Swedish
    police" -> the Swedish police; "did the United States say" -> the United States), or ()."""
    if question.language == "ar":
        m = _SOURCE_AR.search(normalize(question.text))
        phrase = m.group(1) if m else ""
        return tuple(e for e in question.entities if phrase and any(normalize(a) in phrase for a in (e.canonical, *e.ar)))
    m = _SOURCE_EN.search(question.text)
    phrase = (m.group(1) or m.group(2)).lower() if m else ""
    return tuple(e for e in question.entities if phrase and any(a.lower() in phrase for a in (*e.en, e.name_en or "") if a))


def _says(entry, norm: str) -> bool:
    """True when a (normalised) sentence names the source: the entry, or an institution's head noun alone."""
    if mentions(entry, norm, normalized=True):
        return True
    head = normalize(entry.canonical).split()[0] if entry.canonical else ""
    return head in _INSTITUTIONS and re.search(rf"(?<!\w)[وبل]?{head}(?!\w)", norm) is not None
