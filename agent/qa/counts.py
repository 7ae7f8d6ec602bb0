"""Casualty counts read from the sentences themselves: "how many were killed/injured in X".

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

import re
from dataclasses import dataclass

from marsad.agent.numbers import read_quantity
from marsad.agent.qa.compose import Claim
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.matching import overlap, rest_terms
from marsad.agent.qa.question import Intent, Question, content_terms, mentions
from marsad.core.arabic import normalize, split_sentences, tokenize

__all__ = ["count_claims", "victim_category", "role_counts", "MIN_COUNT_SCORE"]

MIN_COUNT_SCORE = 0.5  # below this no sentence fits the question well enough to state its count

# role words on normalised tokens (clitics و/ف/ب/ل/ال allowed before them)
_ROLE_AR = {
    "killed": re.compile(r"^[وفبل]?(?:ال)?(قتل|قتيل|قتلي|قتلا|مقتل|مصرع|حتف|استشهد|استشهاد|شهيد|شهداء|ضحايا|ضحيه|اعدم|اعدام"
                         r"|توفي|وفاه|قضوا|لقي|لقوا)"),
    "injured": re.compile(r"^[وفبل]?(?:ال)?(جرح|جريح|جرحي|اصيب|اصابه|اصابات|مصاب)"),
}
_ROLE_EN = {"killed": re.compile(r"^(killed|dead|died|deaths?|fatalit\w*)$"),
            "injured": re.compile(r"^(injur\w*|wounded|hurt)$")}
_TOLL = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(حصيله|ارتفع|ارتفعت|اجمالي|مجموع|ما مجموعه|الاجمالي|بينهم|منهم)(?!\w)")
# who a count is about: the question's word -> the words a sentence counts them with (normalised stems)
_CATEGORIES = {
    "civilians": (r"مدني|مواطن", r"\bcivilians?\b", r"مدني|مواطن|اهالي|سكان|اطفال|نساء"),
    "soldiers": (r"جندي|جنود|عسكري", r"\bsoldiers?\b|\btroops\b|\bservicem[ae]n\b",
                 r"جندي|جنود|عسكري|جيش|ضابط|قوات"),
    "police": (r"شرطي|شرطه|منتسب", r"\bpolice\w*\b", r"شرط|منتسب|امن"),
    "security": (r"امن|امني", r"\bsecurity\b", r"امن|شرط|جند|جنود|عسكري|قوات|جيش"),
    "militants": (r"مسلح|ارهابي|مقاتل|متشدد|داعش|مهاجم|عنصرا", r"\bmilitants?\b|\bfighters?\b|\bgunmen\b|\battackers?\b"
                  r"|\bmembers\b|\bjihadists?\b", r"مسلح|ارهابي|مقاتل|متشدد|داعش|مهاجم|عناصر|عنصر|انتحاري|تنظيم|طالبان"),
}


def victim_category(question: Question) -> str | None:
    """Who a "how many" question counts (civilians, soldiers, police, security forces, militants), or None."""
    if question.language == "ar":
        norm = normalize(question.text)
        m = re.search(r"(?<!\w)كم\s+(\S+)(?:\s+(\S+))?", norm)
        head = " ".join(x for x in (m.groups() if m else ()) if x)
        for name, (ar, _, _) in _CATEGORIES.items():
            if head and re.search(ar, head):
                return name
        return None
    m = re.search(r"\bhow many\s+((?:\w+\s+){0,3}?)(civilians?|soldiers?|troops|police\w*|security|militants?|fighters?"
                  r"|gunmen|attackers?|members|jihadists?|servicem[ae]n)\b", question.text, re.I)
    if not m:
        return None
    word = m.group(2).lower()
    return next(name for name, (_, en, _) in _CATEGORIES.items() if re.search(en, word))


@dataclass
class _Count:
    value: int
    role: str
    start: int  # token index of the quantity


_NOT_PEOPLE = {"بالمئه", "بالمائه", "المئه", "المائه", "percent", "عاما", "سنوات", "سنه", "ساعه", "ساعات", "يوما",
               "ايام", "اشهر", "شهرا", "كيلومترا", "كلم", "كم", "متر", "مترا", "دولار", "years", "hours", "days"}


def _percent_after(sentence: str, toks: list[str], end: int) -> bool:
    """The number at ``toks[end - 1]`` is a percentage ("40%", "40 في المئة")."""
    if end < len(toks) - 1 and toks[end] == "في" and toks[end + 1] in ("المئه", "المائه"):
        return True
    number = toks[end - 1]
    return bool(number.isdigit() and re.search(rf"(?<!\d){number}\s*[%٪]", sentence))


def role_counts(sentence: str) -> list[_Count]:
    """The casualty counts a sentence states: each number with the role of its nearest role word.

    A number binds to the closest killed/injured word within six tokens (after it first on a
    tie: "قتل 13 وأصيب 20" gives 13 killed, 20 injured; "13 killed and 20 injured" too). Years
    and numbers far from any role word are not counts.
    """
    toks = tokenize(sentence)
    roles: list[tuple[int, str]] = []
    for j, t in enumerate(toks):
        for role in ("injured", "killed"):
            if _ROLE_AR[role].match(t) or _ROLE_EN[role].match(t):
                roles.append((j, role))
                break
    if not roles:
        return []
    out: list[_Count] = []
    i = 0
    while i < len(toks):
        q = read_quantity(toks, i)
        if q is None or q.value is None or q.end <= i:
            i += 1
            continue
        after = toks[q.end] if q.end < len(toks) else ""
        if (1900 <= q.value <= 2100 and toks[q.end - 1].isdigit()) or _percent_after(sentence, toks, q.end) \
                or after in _NOT_PEOPLE:  # a year, a share or a unit, not a toll
            i = q.end
            continue
        near = [(abs(j - i) if j < i else j - (q.end - 1), j < i, role) for j, role in roles
                if not q.start <= j < q.end]
        near = [n for n in near if n[0] <= 6]
        if near:
            # the role word before the number wins a tie in Arabic ("قتل 13"), after it in English ("13 killed")
            best = min(near, key=lambda n: (n[0], not n[1]))
            out.append(_Count(q.value, best[2], q.start))
        i = q.end
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


def _phrase(sentence: str, count: _Count) -> str:
    words = [m.span() for m in re.finditer(r"\w+", sentence)]  # the tokens tokenize() reads, in place
    if not words:
        return sentence
    lo, hi = max(0, count.start - 2), min(len(words), count.start + 3)
    return sentence[words[min(lo, len(words) - 1)][0]: words[hi - 1][1]] if hi > lo else sentence


def count_claims(question: Question, evidence: Evidence) -> list[tuple[float, Claim]]:
    """Candidate casualty answers read from sentences, best first, each citing the sentence of its number.

    Args:
        question: a killed/injured "how many" question.
        evidence: the top documents.

    Returns:
        ``(score, claim)`` pairs above :data:`MIN_COUNT_SCORE`, best first; empty for other questions.
    """
    if question.intent not in (Intent.killed, Intent.injured) or not question.how_many:
        return []
    role = question.intent.value
    other = "injured" if role == "killed" else "killed"
    both = Intent(other) in question.cues
    category = victim_category(question)
    cat_pat = re.compile(_CATEGORIES[category][2]) if category else None
    scored: list[tuple[float, Claim]] = []
    for doc_id, doc in evidence.docs.items():
        rank = evidence.rank_of(doc_id)
        title = doc.title or ""
        tnorm = normalize(title)
        doc_norm = normalize(doc.text)
        if not all(mentions(e, doc_norm + " " + tnorm, normalized=True) for e in question.entities):
            continue
        title_numbers = {c.value for c in role_counts(title) if c.role == role}
        sents = [(s, e) for s, e in split_sentences(doc.text) if e - s >= 15]
        per_doc: list[tuple[float, int, int, _Count, list[_Count]]] = []
        for idx, (s, e) in enumerate(sents):
            sentence = doc.text[s:e]
            counts = role_counts(sentence)
            mine = [c for c in counts if c.role == role]
            if not mine:
                continue
            norm = normalize(sentence)
            cover = 0.7 * _coverage(question, sentence, norm) + 0.3 * _coverage(question, title + " " + sentence,
                                                                                  normalize(title + " " + sentence))
            for c in mine:
                score = 2.0 * cover - 0.15 * rank
                if c.value in title_numbers:
                    score += 0.6  # the title states this toll: the incident's total
                if idx < 2:
                    score += 0.2  # the lead sentence
                if _TOLL.search(norm):
                    score += 0.2
                if cat_pat is not None:
                    toks = tokenize(sentence)
                    window = " ".join(toks[max(0, c.start - 3): c.start + 4])
                    score += 0.4 if cat_pat.search(window) else -0.4
                per_doc.append((score, s, e, c, counts))
        if not per_doc:
            continue
        top_value = max(c.value for _, _, _, c, _ in per_doc)
        for score, s, e, c, counts in per_doc:
            if c.value == top_value:
                score += 0.2  # the largest count of the article for this role: a total, not a part
            extra = [x for x in counts if x.role == other] if both else []
            scored.append((score, _claim(question, doc_id, s, e, doc.text[s:e], c, extra[0] if extra else None)))
    scored.sort(key=lambda x: -x[0])
    return [x for x in scored if x[0] >= MIN_COUNT_SCORE]


def _claim(question: Question, doc_id: str, s: int, e: int, sentence: str, count: _Count,
           other: _Count | None) -> Claim:
    phrase = _phrase(sentence, count)
    numbers = [count.value] + ([other.value] if other else [])
    if question.language == "ar":
        what = "عدد القتلى" if count.role == "killed" else "عدد الجرحى"
        text = f"{what}: {count.value} («{phrase}»)"
        if other:
            text += f"، و{'عدد الجرحى' if other.role == 'injured' else 'عدد القتلى'}: {other.value}"
    else:
        text = f"{count.value} {count.role} («{phrase}»)"
        if other:
            text += f", and {other.value} {other.role}"
    return Claim(text, [(doc_id, s, e)], numbers)
