"""Counts of people: ages, for a "how old was X" question (an age is no count)."""

from __future__ import annotations

import re

from marsad.agent.numbers import ORDINAL_OF_COMPOUND, ORDINALS, word_value
from marsad.agent.qa.compose import Claim, news_sentences, readable
from marsad.agent.qa.counts_cues import _coverage
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import Question, mentions
from marsad.agent.qa.subject import names_enough
from marsad.core.arabic import normalize

# "how old was X": an age, not a count ("كم عمر المواطن الذي قتل" is no question about the dead)
_AGE_Q = re.compile(r"(?<!\w)(?:كم|ما)\s+(?:كان\s+|يبلغ\s+|بلغ\s+)?(?:عمر|سن)\w*|\bhow old\b"
                    r"|\bwhat (?:was|is) (?:the |his |her |their )?ages?\b|\bat what age\b", re.I)
# an age as news writes it: "(65 عاما)", "البالغ من العمر 40 عاما", "عمره 12 سنة", "aged 66", "a 22-year-old"
_AGE_AR = re.compile(r"\(\s*(\d{1,3})\s*(?:عاما|عام|سنه|سنوات)\s*\)"
                     r"|(?:البالغ|البالغه|يبلغ|تبلغ)\s+(?:من\s+)?(?:العمر\s+)?(\d{1,3})\s*(?:عاما|عام|سنه)"
                     r"|(?<!\w)(?:عمره|عمرها|العمر)\s+(\d{1,3})\s*(?:عاما|عام|سنه)")
# an age in ordinal words: "وهي في الثالثة من عمرها"، "طفل في العاشرة من العمر"، "في الخامسة عشرة من عمره"
_ORDINAL_AGES = {ORDINAL_OF_COMPOUND: 1, **{w: v for w, v in ORDINALS.items() if v > 1}}
_AGE_WORDS_AR = re.compile(r"(?<!\w)و?(?:في|بلغ|بلغت|يبلغ|تبلغ) (?:ال)?(" + "|".join(_ORDINAL_AGES) + r")(?:ه|ا|يه)?"
                           r"(?: (?:عشر|عشره)| و(?:ال)?(عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين))?"
                           r" من (?:عمره|عمرها|العمر|عمرهم)(?!\w)")
AGE_WORDS = True  # switch for A/B measurement (tests patch it)
AGE_CARDINAL = True  # switch for A/B measurement: "ذات الثماني سنوات", "يبلغ 9 أعوام"
# an age in cardinal words or with a plural of years after "البالغ من العمر" / "يبلغ" (the forms _AGE_AR leaves)
_AGE_CARDINAL_AR = re.compile(r"(?<!\w)(?:البالغ|البالغه|البالغين|البالغتين|يبلغ|تبلغ|يبلغان|تبلغان)\s+(?:من\s+)?"
                              r"(?:العمر\s+)?(\S+)\s+(?:عاما|عام|سنه|سنوات|اعوام)(?!\w)")
AGE_WHOLE_WORDS = True  # switch for A/B measurement: the quoted phrase of an age starts at a whole word
AGE_JOINED = True  # switch for A/B measurement: "وعمره 19 عاماً" (the age noun after و/ف), "ذو الـ44 عاماً"
# an age after a clitic و/ف on عمره, or after "ذو/ذات/ذي الـ" ("ديتا أويبريارتو، ذو الـ44 عاماً")
_AGE_JOINED_AR = re.compile(r"(?<!\w)[وف](?:عمره|عمرها)\s+(\d{1,3})\s*(?:عاما|عام|سنه|سنوات|اعوام)(?!\w)"
                            r"|(?<!\w)(?:ذو|ذات|ذي|ذا)\s+ال\s*(\d{1,3})\s*(?:عاما|عام|سنه|سنوات|اعوام)(?!\w)")
_AGE_EN = re.compile(r"\baged (\d{1,3})\b|\b(\d{1,3})-year-old\b|\((\d{1,3})\)", re.I)
AGE_WINDOW = 60  # characters before an age that tell whose it is
AGE_OF_NAMED = True  # switch for A/B measurement (tests patch it)


def asks_age(question: Question) -> bool:
    """The question asks how old someone is ("كم عمر ...", "how old was ...")."""
    return bool(_AGE_Q.search(normalize(question.text) if question.language == "ar" else question.text))


def _whose(question: Question) -> list:
    """The people (names, officials) a "how old" question names in the words right after its age cue ("how old was
    Dawn Smith, the ..." -> Smith, not the town named later); [] when it names none there ("how old was the boy")."""
    text = normalize(question.text) if question.language == "ar" else question.text
    m = _AGE_Q.search(text)
    if m is None:
        return []
    after = " ".join(text[m.end():].split()[:5])
    low = after.lower()
    return [e for e in question.entities if (e.kind == "names" or e.get("type") == "official") and (
        any(w and w.lower() in low for w in e.en) or mentions(e, normalize(after), normalized=True))]


def age_claims(question: Question, evidence: Evidence) -> list[Claim]:
    """Ages read from the sentences of the top documents for a "how old" question, best first: the article must
    name enough of the question's entities, and the words just before the age (whose age it is) and the
    sentence itself must share the most with the question."""
    if not asks_age(question):
        return []
    # the person a question asks the age of ("how old was <name>"): the age read must be told right after them
    whose = _whose(question) if AGE_OF_NAMED else []
    scored: list[tuple[float, Claim]] = []
    for doc_id, doc in evidence.docs.items():
        rank = evidence.rank_of(doc_id)
        doc_norm = normalize(readable(doc.text) + " " + (doc.title or ""))
        # (an article naming the person asked about tells of them, whatever else of the question it names in
        # other words: a town's other spelling, the state by its adjective)
        if not names_enough(question, doc_norm, normalized=True) and not (
                whose and any(mentions(e, doc_norm, normalized=True) for e in whose)):
            continue
        for s, e in news_sentences(doc.text):
            sentence = doc.text[s:e]
            norm = normalize(readable(sentence))
            ages = [(m, norm) for m in _AGE_AR.finditer(norm)] + [(m, sentence) for m in _AGE_EN.finditer(sentence)]
            if AGE_JOINED:
                ages += [(m, norm) for m in _AGE_JOINED_AR.finditer(norm)]
            if AGE_WORDS:
                ages += [(m, norm) for m in _AGE_WORDS_AR.finditer(norm)]
            if AGE_CARDINAL:
                ages += [(m, norm) for m in _AGE_CARDINAL_AR.finditer(norm) if _cardinal(m.group(1)) is not None
                         and not any(a.start() <= m.start() < a.end() for a, t in ages if t is norm)]
            if not ages:
                continue
            whole = _coverage(question, sentence, norm)
            for m, text in ages:
                if m.re is _AGE_WORDS_AR:
                    value = _ORDINAL_AGES[m.group(1)] + (word_value(m.group(2)) if m.group(2) else
                                                         10 if re.search(r" عشر", m.group(0)) else 0)
                elif m.re is _AGE_CARDINAL_AR:
                    value = _cardinal(m.group(1))
                else:
                    value = int(next(g for g in m.groups() if g))
                before = text[max(0, m.start() - AGE_WINDOW): m.start()]
                if whose and not any(mentions(e, before) for e in whose):
                    continue  # another person's age ("the officer, aged 66" for a question about his neighbour)
                near = _coverage(question, before, normalize(before))
                score = near + 0.5 * whole - 0.05 * rank
                if m.re is _AGE_CARDINAL_AR:  # the words as the article writes them, up to the years
                    phrase = _cardinal_phrase(sentence, m.group(1)) or m.group(0)
                elif m.re is _AGE_WORDS_AR:  # the words as the article writes them, up to "من عمرها"
                    at = max(sentence.find("من عمر"), sentence.find("من العمر"))
                    start = sentence.rfind(" ", 0, max(0, at - 16)) + 1 if at >= 0 else 0
                    stop = re.match(r"من \w+", sentence[at:]) if at >= 0 else None  # up to "من عمرها", no further
                    phrase = sentence[start: at + stop.end()].strip(" ،,") if stop else m.group(0)
                else:
                    at = sentence.find(str(value)) if text is not sentence else m.start()
                    at = at if at >= 0 else 0
                    start = max(0, at - 30)
                    if AGE_WHOLE_WORDS and start and not sentence[start - 1].isspace():
                        # (from the first whole word: "عبد الرحيم عبد المنعم، وعمره 23"، not "ى عبد الرحيم")
                        start = sentence.find(" ", start, at) + 1 or start
                    phrase = sentence[start: at + len(str(value)) + 6].strip()  # as the article writes it
                said = (f"العمر: {value} عاما («{phrase}»)" if question.language == "ar"
                        else f"{value} years old («{phrase}»)")
                # (an age in words is no digit the citation check could find: the quoted words carry it)
                worded = m.re is _AGE_WORDS_AR or m.re is _AGE_CARDINAL_AR and not m.group(1).isdigit()
                scored.append((score, Claim(said, [(doc_id, s, e)], [] if worded else [value])))
    scored.sort(key=lambda x: -x[0])
    return [c for _, c in scored]


def _cardinal(word: str) -> int | None:
    """The age a token after "البالغ من العمر" states: digits, or a cardinal in words ("ثماني"، "خمسة"), 1-120."""
    value = int(word) if word.isdigit() else word_value(word)
    return value if value is not None and 0 < value <= 120 else None


def _cardinal_phrase(sentence: str, word: str) -> str | None:
    """The article's own words from the age's number to its years ("ثماني سنوات"), found by the normalised number."""
    tokens = sentence.split()
    for i, tok in enumerate(tokens):
        if normalize(tok) == word and i + 1 < len(tokens):
            return " ".join(tokens[max(0, i - 3): i + 2]).strip(" ،,")
    return None
