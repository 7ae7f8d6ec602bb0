"""Counts of people: the counts a sentence states (:func:`role_counts`).

Each number bound to the role of its nearest role word, a list of the dead told item by item summed, and the
tolls an article says include the attacker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.agent.numbers import read_quantity, word_value
from marsad.agent.offline import rules
from marsad.agent.qa.counts_cues import _CLAUSE_END, _ROLE_AR, _ROLE_EN
from marsad.agent.qa.question import quantities
from marsad.core.arabic import _TOKEN_RE, normalize, tokenize


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
               # munitions, strikes, vehicles and buildings counted beside a toll ("90 قذيفة، ما أدى
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
# switch for A/B measurement: the words of a parenthesis between a number and the verb after it are an aside, not
# counted in the distance ("نحو 20 مسلحا في الجبهة الغربية (قرب مركز المديرية)، لقوا مصرعهم")
PAREN_ASIDE = True
_PAREN = re.compile(r"\([^()]*\)")


def _aside_words(said: str, words: list[tuple[int, int]], lo: int, hi: int) -> int:
    """How many of the tokens ``lo`` .. ``hi - 1`` stand inside a parenthesis closed before token ``hi``."""
    if not words or hi >= len(words) or lo >= hi:
        return 0
    spans = [m.span() for m in _PAREN.finditer(said, words[lo][0], words[hi][0])]
    return sum(1 for k in range(lo, hi) if any(a < words[k][0] < b for a, b in spans))
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


LABEL_NUMBERS = True  # switch for A/B measurement (tests patch it)
# nouns a number after them names rather than counts: a unit, a flight, an article or a resolution, a road ("مقتل قائد
# اللواء 405 مشاة"، "وفق القرار 2216"، "الرحلة 370")
_LABEL_NOUNS = {"لواء", "فرقه", "كتيبه", "فوج", "سريه", "رحله", "رقم", "ماده", "قرار", "طريق", "شارع"}


ONE_OF_THEM = True  # switch for A/B measurement (tests patch it)
# "أحد/إحدى" after a pronoun that says who someone is ("قال إنه أحد عناصر الخلية"، "وهو أحد قادة الفصيل"، "بوصفه
# أحد المسؤولين"): one of a group, nobody counted. ("وكان أحد المارة قد قتل" is a count: "كان" there is the verb's
# auxiliary, so the verb of being is not among these words.)
_BEING = {"انه", "انها", "بانه", "بانها", "لانه", "لانها", "هو", "هي", "وهو", "وهي", "فهو", "فهي", "باعتباره",
          "باعتبارها", "بوصفه", "بوصفها", "كونه", "كونها", "لكونه", "لكونها"}


def _one_of(toks: list[str], i: int) -> bool:
    """The token at ``i`` is "أحد/إحدى" told of someone by a pronoun (:data:`_BEING`) just before it."""
    return i > 0 and toks[i] in ("احد", "احدي") and toks[i - 1] in _BEING


def _label_before(toks: list[str], i: int) -> bool:
    """The digits at token ``i`` follow a noun they name (:data:`_LABEL_NOUNS`), clitics and article taken off."""
    if i == 0 or not toks[i].isdigit():
        return False
    word = toks[i - 1]
    forms = {word, word[1:], word[2:]} if word[:1] in "وفبل" else {word}  # "وللواء"، "بالقرار"، "لواء"
    return any(f in _LABEL_NOUNS or (f.startswith("ال") and f[2:] in _LABEL_NOUNS) or (CLOCK_TIME and f == "الساعه")
               for f in forms)


# switch for A/B measurement: the digits after "الساعة" tell the time of day ("في حوالي الساعة 11 صباحا"), no one counted
CLOCK_TIME = True


VICTIM_OF = True  # switch for A/B measurement (tests patch it)
# "راح ضحيته 39 شخصا"، "ذهب ضحيتها"، "سقط ضحيتهم": the dead an event took, told as its victims (normalised token)
_VICTIM_OF = re.compile(r"^[وف]?ضحيت(?:ه|ها|هم|هما)$")


TOLL_TO = True  # switch for A/B measurement (tests patch it)

WARRANTS = True  # switch for A/B measurement: a warrant's count ("مذكرات اعتقال بحق 20 شخصا") is nobody arrested
# the nouns of a warrant or an order before the word for arrest: "مذكرة/مذكرات توقيف"، "قرارات اعتقال"، "أوامر قبض"
_WARRANT = re.compile(r"^[وفبل]{0,2}(?:ال)?(?:مذكر(?:ه|ات|تي|تا)|قرار(?:ات|ي|ا)?|امر|اوامر|بطاق(?:ه|ات)|طلب(?:ات)?)$")
# a toll told as rising or reaching a number ("وبذلك يرتفع عدد قتلى المحتجين في المسيرات الأسبوعية إلى 19"، "ووصلت
# حصيلة جرحى الاشتباكات في الأحياء الشرقية إلى 64"): the count stands after the toll's words, past the nearest-word reach
_TOLL_HEAD = re.compile(r"^[وفب]?(?:ال)?(?:ارتفع|ارتفعت|يرتفع|ترتفع|ارتفاع|بلغ|بلغت|يبلغ|تبلغ|وصل|وصلت|يصل|تصل)$")
_TOLL_NOUN = re.compile(r"^[وفبل]?(?:ال)?(?:عدد|حصيله)$")
_TOLL_ROLE = {"killed": re.compile(r"^[وفبل]?(?:ال)?(?:قتلي|ضحايا|شهداء|الوفيات|وفيات)$"),
              "injured": re.compile(r"^[وفبل]?(?:ال)?(?:جرحي|مصابين|المصابين|الاصابات|اصابات)$")}
TOLL_REACH = 14  # most tokens from the toll's head to the number it reaches


def _toll_to(sentence: str, toks: list[str], roles: list[tuple[int, str]], found: list[_Count]) -> list[_Count]:
    """The number a toll rises to or reaches (:data:`_TOLL_HEAD` + "عدد/حصيلة" + "قتلى/جرحى" ... "إلى" N), when the
    nearest-word reading bound it to no role: the first number after the toll's words, when "إلى" stands before it,
    within :data:`TOLL_REACH` tokens."""
    out: list[_Count] = []
    taken = {c.start for c in found}
    for j, _ in roles:
        if j < 2 or not _TOLL_NOUN.match(toks[j - 1]):
            continue
        head = j - 2 if _TOLL_HEAD.match(toks[j - 2]) else j - 3 if j >= 3 and _TOLL_HEAD.match(toks[j - 3]) else None
        if head is None:
            continue
        role = next((r for r, pat in _TOLL_ROLE.items() if pat.match(toks[j])), None)
        if role is None:
            continue
        for q in quantities(toks[j + 1: j + TOLL_REACH]):
            at = j + 1 + q.start
            end = j + 1 + q.end
            if at - 1 > j and toks[at - 1] in ("الي", "لي") and at not in taken \
                    and not _percent_after(sentence, toks, end):  # "وصل عدد الضحايا إلى 33%": a share
                out.append(_Count(q.value, role, at, end))
            break  # only the first number after the toll's words
    return out


CAPTURED = True  # switch for A/B measurement: "أسر" before a number counts prisoners taken
# "أسر" alone is also "families" ("أسر الضحايا"), which the role words leave out; before a number, or "more than / about"
# and a number, it is the verb or noun of taking prisoners in battle ("مقتل 30 مسلحا وأسر 12"، "بأسر نحو 15"),
# unless the dead follow the number ("أسر 12 شهيدا": their families)
_CAPTURE = re.compile(r"^[وفب]?اسر$")
_ABOUT = {"اكثر", "نحو", "حوالي", "قرابه", "زهاء", "ما", "يزيد", "من", "عن", "اقل"}


def _captured(toks: list[str], j: int) -> bool:
    """The token at ``j`` is "أسر" (with a glued conjunction or preposition) and a number follows it, "more than"
    or "about" words allowed between."""
    if not _CAPTURE.match(toks[j]):
        return False
    i = j + 1
    while i < len(toks) and i <= j + 3 and toks[i] in _ABOUT:
        i += 1
    if i >= len(toks) or toks[i] in ("احد", "احدي") or not (toks[i].isdigit() or word_value(toks[i])):
        return False  # ("أسر أحد عناصرهم": one of them, no count)
    # "أسر 12 شهيدا": the families of the dead, not prisoners
    return not (i + 1 < len(toks) and _ROLE_AR["killed"].match(toks[i + 1]))


CAPTIVITY = True  # switch for A/B measurement: "سقط/وقع في قبضة/أسر ..." or "سقطوا أسرى" tells people taken prisoner
_FELL = re.compile(r"^[وف]?(?:وقع|وقعت|وقعوا|يقع|تقع|سقط|سقطت|سقطوا|يسقط|تسقط)$")


def _fell_captive(toks: list[str], j: int) -> bool:
    """The token at ``j`` is the verb of falling into captivity: "سقطوا في قبضة"، "وقع في الأسر"، "وقعوا أسرى". (The
    verb, not the noun after it, is the role word: the number counting them stands before it, as its subject.)"""
    if not _FELL.match(toks[j]):
        return False
    nxt = toks[j + 1: j + 3]
    return bool(nxt) and (nxt[0] in ("اسري", "اسيرا", "اسرا") or (
        len(nxt) == 2 and nxt[0] == "في" and nxt[1] in ("قبضه", "اسر", "الاسر")))


LOST_FIGHTERS = True  # switch for A/B measurement: "خسر/خسرت/خسروا" before a number of fighters or people counts the dead
_LOST = re.compile(r"^[وف]?(?:خسر|خسرت|خسروا|يخسر|تخسر|يخسرون)$")
# the people a side loses: its fighters, soldiers or members ("خسروا 1500 مقاتل"، "خسرت القوات 12 جنديا")
_LOST_PEOPLE = re.compile(_PEOPLE.pattern + r"|^[وبل]?(?:ال)?(?:مقاتل|مجند|عنصر|منتسب)")


DUAL_TOLL = True  # switch for A/B measurement: a dual toll noun ("سقوط قتيلين"، "هناك قتيلين و20 جريحا") counts two
# the dual nouns of the dead and the wounded (the extractor's list): each counts two of its role, and is no role word a
# number beside it binds to ("قتيلين وثلاثة جرحى": the three are the wounded). The definite form ("القتيلين هما ...")
# names the dead already counted, so it is left to the role words.
_DUAL_TOLL = rules.words("casualties", "dual_victims")


def _dual_toll(token: str) -> str | None:
    """The role a dual toll noun (:data:`_DUAL_TOLL`, a glued "و/ب/ل" allowed) counts two of, or None."""
    bare = token[1:] if token[:1] in "وبل" and token[1:] in _DUAL_TOLL else token
    if bare not in _DUAL_TOLL:
        return None
    return "injured" if _ROLE_AR["injured"].match(bare) else "killed"


# switch for A/B measurement: a role verb glued to "و" after the number and its noun opens the next clause ("وقتلت قوات
# الأمن 12 محتجا وجرحت نحو 300 آخرين": the 12 were killed, the 300 wounded; "قتل الجيش 10 مسلحين واعتقل 5"):
# when a role word stands before the number in its reach, that verb is as far as a clause break (_across_clauses)
NEW_CLAUSE_VERB = True
# (the verbs: data casualties.json coordinated_role_verbs, normalised)
_COORDINATED = re.compile(r"^و(?:" + "|".join(sorted(rules.words("casualties", "coordinated_role_verbs"))) + r")$")


def role_counts(sentence: str) -> list[_Count]:
    """The casualty counts a sentence states: each number with the role of its nearest role word.

    A number binds to the closest killed/injured word within six tokens (after it first on a
    tie: "قتل 13 وأصيب 20" gives 13 killed, 20 injured; "13 killed and 20 injured" too), or
    within FAR_REACH tokens before it when a word for people follows it ("ثلاثة مدنيين"). Years
    and numbers far from any role word are not counts.
    """
    # a number glued to "و" ("17 من حزب الله و48 من مسلحي الفصائل") is read as the number (same token index)
    toks = [t[1:] if len(t) > 1 and t[0] == "و" and t[1:].isdigit() else t for t in tokenize(sentence)]
    roles: list[tuple[int, str]] = []
    duals: list[_Count] = []
    for j, t in enumerate(toks):
        if DUAL_TOLL and (dual := _dual_toll(t)) is not None:
            duals.append(_Count(2, dual, j, j + 1))  # "سقوط قتيلين": two killed, told by the noun itself
            continue
        if CAPTURED and _captured(toks, j):
            roles.append((j, "arrested"))  # "وأسر 17 من المسلحين": taken prisoner
            continue
        if WARRANTS and j and _WARRANT.match(toks[j - 1]) and _ROLE_AR["arrested"].match(t):
            roles.append((j, "warrant"))  # "مذكرات توقيف بحق 7": a number it binds is nobody arrested
            continue
        if CAPTIVITY and _fell_captive(toks, j):
            roles.append((j, "arrested"))  # "سقطوا في قبضة الجيش"، "وقعوا أسرى": taken prisoner
            continue
        if LOST_FIGHTERS and _LOST.match(t):
            roles.append((j, "lost"))  # "خسر الحوثيون 1500 مقاتل": killed, when people are counted (below)
            continue
        for role in ("injured", "killed", "arrested"):
            if _ROLE_AR[role].match(t) or _ROLE_EN[role].match(t) or (
                    VICTIM_OF and role == "killed" and _VICTIM_OF.match(t)):
                roles.append((j, role))
                break
    if not roles:
        return duals
    out: list[_Count] = list(duals)
    said = normalize(sentence)
    words = [m.span() for m in _TOKEN_RE.finditer(said)]  # the tokens in place in the normalised sentence
    words = words if len(words) == len(toks) else []
    for q in quantities(toks):
        i = q.start
        if _dual_toll(toks[i]) is not None:
            continue  # the dual toll noun counts itself (above, under DUAL_TOLL), it is no number a role word binds
        after = toks[q.end] if q.end < len(toks) else ""
        # a year ("منذ 2014"), a share or a unit, not a toll -- unless people follow the number ("2070 شخصا")
        year = 1900 <= q.value <= 2100 and toks[q.end - 1].isdigit() and not _PEOPLE.match(after)
        if year or _percent_after(sentence, toks, q.end) or after in _NOT_PEOPLE:
            continue
        if LABEL_NUMBERS and _label_before(toks, q.start):
            continue
        if ONE_OF_THEM and _one_of(toks, q.start):
            continue
        if toks[q.start] in ("الاثنين", "والاثنين", "بالاثنين") and q.end == q.start + 1:
            continue  # the weekday ("قتل ... أمس الاثنين 5 شرطيين"), not two people
        if q.start > 0 and q.end == q.start + 1 and not toks[q.start].isdigit() and not word_value(toks[q.start]) \
                and (toks[q.start - 1].isdigit() or word_value(toks[q.start - 1])):
            continue  # "5 شرطيين": the plural counted by the number before it, not a dual (two policemen)
        if _both_roles_after(toks, q.end):  # "5122 شخصا بين قتيل وجريح": killed and injured together
            continue
        if any(role == "warrant" and 0 < q.start - j <= 3 for j, role in roles):
            continue  # "قرارات توقيف بحق 30 متهما": the people a warrant names, whatever word follows

        near = [(abs(j - i) if j < i else j - (q.end - 1)
                 - (_aside_words(said, words, q.end, j) if PAREN_ASIDE and j >= q.end else 0), j < i, role, j)
                for j, role in roles if not q.start <= j < q.end]
        # a number counting people ("ثلاثة مدنيين") may stand further from its verb, across the words
        # that say who did it: "قتلت عبوة زرعها المسلحون، الأحد، ثلاثة مدنيين"
        # ... or, as the subject of a clause, before it, across the words that say whose they were: "إن 9
        # جنود من اللواء الثالث قتلوا"
        reach = FAR_REACH if _PEOPLE.match(after) else 6
        near = [n for n in near if n[0] <= 6 or (n[0] <= reach and (n[1] or _VERB_AFTER.match(toks[n[3]])))]
        if near:
            # a role word of the number's own clause first ("قتل ... أكثر من 250 عنصرا من الحوثيين، وأصيب المئات":
            # the 250 were killed); then the nearest; the role word before the number wins a tie in Arabic
            # ("قتل 13"), after it in English ("13 killed")
            before = NEW_CLAUSE_VERB and any(n[1] for n in near)
            best = min(near, key=lambda n: (_across_clauses(said, words, n[3], q.start, q.end)
                                            or (before and not n[1] and bool(_COORDINATED.match(toks[n[3]]))),
                                            n[0], not n[1]))
            role = best[2]
            if role == "lost":
                if not _LOST_PEOPLE.match(after):
                    continue  # "خسرت 3 مقاعد": things lost, no toll
                role = "killed"
            out.append(_Count(q.value, role, q.start, q.end))
    out = [c for c in out if c.role != "warrant"]
    roles = [r for r in roles if r[1] not in ("warrant", "lost")]
    if TOLL_TO:
        out += _toll_to(sentence, toks, roles, out)
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
