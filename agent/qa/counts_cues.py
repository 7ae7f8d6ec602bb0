"""Counts of people: the words the readers share.

The role words a count binds to (killed, injured, arrested), the categories of people a count may be of
(civilians, soldiers, police, militants; which of them may count the same people), the clause break, and
:func:`_coverage`, the share of what a question names that a text names.
"""

from __future__ import annotations

import re

from marsad.agent.qa.matching import overlap, rest_terms
from marsad.agent.qa.question import Question, content_terms, mentions
from marsad.core.arabic import normalize

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


# who a count is about: the question's word -> the words a sentence counts them with (normalised stems)
_CATEGORIES = {
    "civilians": (r"مدني|مواطن", r"\bcivilians?\b", r"مدني|مواطن|اهالي|سكان|اطفال|نساء"),
    "soldiers": (r"جندي|جنود|عسكري", r"\bsoldiers?\b|\btroops\b|\bservicem[ae]n\b",
                 r"جندي|جنود|عسكري|جيش|ضابط|قوات"),
    "police": (r"شرطي|شرطه|منتسب", r"\bpolice\w*\b", r"شرط|منتسب|امن"),
    "security": (r"امن|امني", r"\bsecurity\b", r"امن|شرط|جند|جنود|عسكري|قوات|جيش"),
    "militants": (r"مسلح|ارهابي|مقاتل|متشدد|داعش|مهاجم|عنصرا|مليشيا|ميليشيا", r"\bmilitants?\b|\bfighters?\b|\bgunmen\b"
                  r"|\battackers?\b|\bmembers\b|\bjihadists?\b|\bmilitiam[ae]n\b|\brebels?\b|\binsurgents?\b",
                  r"مسلح|ارهابي|مقاتل|متشدد|متطرف|داعش|مهاجم|عناصر|عنصر|انتحاري|تنظيم|طالبان|مليشيا|ميليشيا|متمرد"
                  # an armed movement's fighters counted by its name ("مقتل 40 حوثيا"، "15 داعشيا"، "الدواعش")
                  r"|حوثي|دواعش|انقلابي"),
    # children and women are civilians, but a question about them asks for their own count ("ثلاثة أطفال")
    "children": (r"طفل|اطفال|قاصر", r"\bchild(?:ren)?\b|\bkids?\b|\bminors?\b|\binfants?\b", r"طفل|اطفال|قاصر|رضيع"),
    "women": (r"امراه|نساء|سيدات|فتيات", r"\bwom[ae]n\b|\bgirls?\b", r"امراه|نساء|سيدات|فتيات|سيده"),
}


_COUNTERS = re.compile(r"^(عنصرا|عناصر|فردا|افراد|شخصا|اشخاص|منتسبا|منتسبي|منهم)$")
# groups of categories that may count the same people (the security forces include soldiers and police)
_KIN = {"civilians": {"civilians", "children", "women"}, "militants": {"militants"}, "soldiers": {"soldiers", "security"},
        "police": {"police", "security"}, "security": {"security", "soldiers", "police"},
        "children": {"children", "civilians"}, "women": {"women", "civilians"}}


# the public names of the role words and categories (read by the answer check, compose)
ROLE_AR, ROLE_EN, CATEGORIES, KIN = _ROLE_AR, _ROLE_EN, _CATEGORIES, _KIN

_CLAUSE_END = re.compile(r"[،,؛;:.!?؟\n]")


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
    # (a modifier may be hyphenated: "how many pro-government fighters", "how many US-backed troops")
    m = re.search(r"\bhow many\s+((?:[\w-]+\s+){0,3}?)(civilians?|soldiers?|troops|police\w*|security|militants?|fighters?"
                  r"|gunmen|attackers?|members|jihadists?|servicem[ae]n|militiam[ae]n|rebels?|insurgents?|child(?:ren)?"
                  r"|kids?|minors?|infants?|wom[ae]n|girls?)\b", question.text, re.I)
    if not m:
        return None
    word = m.group(2).lower()
    return next(name for name, (_, en, _) in _CATEGORIES.items() if re.search(en, word))
