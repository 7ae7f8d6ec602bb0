""""What did X do / say", "why did X ...": answered from the sentences about X.

News reports what an actor did in sentences whose subject is the actor: Arabic puts the verb
first and the actor right after it, titles and all ("وصل رئيس الوزراء مصطفى الكاظمي إلى ..."),
or names the actor at the head of a reported clause ("أعلن ... أن الكاظمي وجه بتطبيق ...");
headlines put the actor first ("الكاظمي يطلع على أوضاع مخمور"). A sentence qualifies when it
names every actor of the question; it ranks higher when the actor is its subject (named within
the first words of the sentence or of a reported clause, not after a preposition), when it
names the question's places and shares its other words, when it says something (a verb of
saying) if the question asks what X said, and when it gives a reason (بسبب، ردا على، بهدف...)
if the question asks why. The sentence is quoted; nothing is paraphrased.
"""

from __future__ import annotations

import re

from marsad.agent.offline.actors_names import ROLE_HEADS
from marsad.agent.qa.compose import Claim, excerpt, glossed, news_sentences, readable
from marsad.agent.qa.domain import dated_constraints, span_fits
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.matching import overlap, rest_terms
from marsad.agent.qa.question import Intent, Question, content_terms, mention_starts, mentions, unmapped
from marsad.agent.qa.subject import names
from marsad.core.arabic import normalize

__all__ = ["action_claims", "subject_of", "asks_why", "gives_reason", "asks_say", "asked_verbs", "MIN_ACTION_SCORE",
           "act_families", "act_spans", "reason_marks"]

MIN_ACTION_SCORE = 1.0
SUBJECT_REACH = 8  # most words before the actor for it to still be the subject of the sentence or clause

# a word right before a name that makes it an object, not the subject (normalised)
_PREPOSITIONS = {"علي", "الي", "مع", "عن", "ضد", "من", "في", "لدي", "حول", "بين", "عند", "نحو", "امام", "وبين", "ومع",
                 "وعلي", "زياره", "بحضور", "برياسه"}
# verbs and nouns that make a following name their object, wherever they stand before it in the clause
_OBJECT_OF = re.compile(r"^[وف]?(استقبل|استقبلت|استقبال|التقي|التقت|لقاء|هاتف|اتصل|استدعي|اتهم|انتقد|طالب|دعا|حث|ناشد"
                        r"|اغتيال|اغتال|استهدف|استهداف|اقال|عزل)$")
# ... of them, the verbal nouns ("لقاء الكاظمي" = meeting him) take the name right after them as object too; a verb right
# before a name has it as its subject (Arabic puts the verb first: "واتهم بن دغر الحوثيين" = bin Daghr accused them)
_OBJECT_NOUN = re.compile(r"^[وف]?(استقبال|لقاء|اغتيال|استهداف)$")
VERB_THEN_SUBJECT = True  # switch for A/B measurement (tests patch it)
# the same verbs and others (condemning, praising, arresting) told of a feminine or plural subject: a state, a
# ministry, a group ("أدانت الولايات المتحدة الرئيس ..."، "انتقدوا"): a name after their subject is their object
# (a name right after the verb is that subject: "أدانت السعودية")
_OBJECT_OF_AGREED = re.compile(r"^[وف]?(استقبل|هاتف|اتصل|استدع|اتهم|انتقد|طالب|حث|ناشد|اغتال|استهدف|اقال|عزل|ادان|ندد"
                               r"|هاجم|حمل|اشاد|شكر|كرم|قلد|منح|ابلغ|سلم|اعتقل|احتجز|خطف|اختطف)(ت|وا|تا)$")
# a reported clause starts after these (normalised): its subject comes right after them
_CLAUSE = re.compile(r"(?<!\w)(ان|بان|وان|فان)(?!\w)")
_SAY_AR = re.compile(r"(?<!\w)[وف]?(قال|يقول|اكد|يوكد|اعلن|يعلن|صرح|اوضح|اشار|اضاف|ذكر|شدد|دعا|طالب|حذر|اتهم|نفي|اعتبر"
                     r"|وصف|هدد|تعهد|وعد|ابلغ|كشف|بيان)")
_SAY_EN = re.compile(r"\b(say|said|says|announce\w*|warn\w*|accuse\w*|blame\w*|threaten\w*|demand\w*|call(ed)? for"
                     r"|promise\w*|pledge\w*|respond\w*|react\w*)\b", re.I)
_SAY_Q_AR = re.compile(r"(?<!\w)(قال|يقول|قالت|تقول|صرح|اعلن|اعلنت|اكد|اكدت|وصف|اعتبر|اتهم|طالب|دعا)")
_WHY_AR = re.compile(r"(?<!\w)(لماذا|سبب|اسباب|دوافع|هدف|الهدف|ردا|رد)(?!\w)")
_WHY_EN = re.compile(r"\bwhy\b|\breasons?\b|\bpurpose\b|\baims?\b|\bgoals?\b|\bmotives?\b|\bin response\b", re.I)
# a motive named as such ("وتبين أن دوافعه مالية"، "أطلق النار بدافع الثأر"): the plural and the
# defined noun only -- the bare singular "دافع" is as often the verb "defended" (A/B switch, tests patch it)
MOTIVE_WORDS = True
_MOTIVE = re.compile(r"(?<!\w)[وف]?(?:دوافع|دوافعه|دوافعها|دوافعهم|الدوافع|الدافع|بدافع)(?!\w)")
# how news gives a reason or a purpose (normalised)
_BECAUSE = re.compile(r"(?<!\w)[وف]?(بسبب|ردا علي|رد علي|ردا|لان|بهدف|من اجل|بغيه|سعيا|للاطلاع|تهدف|يهدف|الهدف|انتقاما"
                      r"|احتجاجا|اثر|علي خلفيه|نتيجه|بذريعه|بحجه|لمنع|لتعزيز|لبحث|لمناقشه|عقب|جراء|بعد ان|تنديدا|رفضا"
                      r"|بتهمه|لاتهامه|لاتهامهم|ثارا|للثار|بالثار)(?!\w)")


# "because" with its pronoun ("لأنه"، "لأنها"، "لأنهم"): news gives a reason so at least as often as with the bare
# "لأن"; and "for reasons of" / "on grounds of" / "on charges of" ("لأسباب أمنية"، "بداعي فرارهم"، "بتهم إرهابية")
# (A/B switch, tests patch it)
BECAUSE_PRONOUN = True
_BECAUSE_PRONOUN = re.compile(r"(?<!\w)[وف]?(?:لان(?:ه|ها|هم|هما|ني|نا)|لاسباب|لسبب|بداعي|بدواعي|بتهم)(?!\w)")


def gives_reason(norm: str) -> bool:
    """The normalised sentence gives a reason or a purpose (:data:`_BECAUSE`, :data:`_BECAUSE_PRONOUN`), or names a
    motive (:data:`_MOTIVE`)."""
    return bool(_BECAUSE.search(norm) or (BECAUSE_PRONOUN and _BECAUSE_PRONOUN.search(norm))
                or (MOTIVE_WORDS and _MOTIVE.search(norm)))


def reason_marks(norm: str) -> list[tuple[int, int]]:
    """Where the normalised sentence gives a reason, a purpose or a motive (the words :func:`gives_reason` reads)."""
    found = [m.span() for m in _BECAUSE.finditer(norm)]
    if BECAUSE_PRONOUN:
        found += [m.span() for m in _BECAUSE_PRONOUN.finditer(norm)]
    if MOTIVE_WORDS:
        found += [m.span() for m in _MOTIVE.finditer(norm)]
    return sorted(found)


_gives_reason = gives_reason  # (its older name)



# the question's own words that carry no fact: its verbs of doing and saying
_ACTION_WORDS = re.compile(r"^(فعل|فعلت|يفعل|تفعل|قام|قامت|يقوم|تقوم|فعله|فعلته|قال|قالت|يقول|تقول|قاله|قالته|سبب|اسباب"
                           r"|دوافع|هدف|الهدف|لماذا|ماذا|بماذا)$")


# a later sentence giving the reason of what the sentence before told, by naming it back: "وقال البيان إن القرار جاء
# بعد ..."، "وجاء ذلك ردا على ..."، "وتأتي الخطوة على خلفية ..." (normalised)
_REASON_BACK = re.compile(r"(?<!\w)(?:[وف]?(?:جاء|جاءت|ياتي|تاتي) (?:ذلك|هذا|هذه|القرار|الخطوه|الاجراء|الاستدعاء)"
                          r"|(?:القرار|الخطوه|الاجراء|الاستدعاء|ذلك) (?:جاء|جاءت|ياتي|تاتي))"
                          r" (?:\S+ )?\W?(?:بعد|ردا|رد|اثر|عقب|بسبب|علي خلفيه|احتجاجا|نتيجه|تنديدا|رفضا)(?!\w)")
REASON_REACH = 3  # most sentences after a sentence about the actor that may give its reason


def _reason_after(text: str, sents, idx: int, actors=()) -> tuple[int, int] | None:
    """The span of the first of the next :data:`REASON_REACH` sentences that gives the reason of what sentence
    ``idx`` told by naming it back (:data:`_REASON_BACK`), or the very next sentence when it names every actor
    again and gives a cause ("... وذلك على خلفية اتهامه بالخيانة"), or None."""
    for n, (s, e) in enumerate(sents[idx + 1: idx + 1 + REASON_REACH]):
        norm = normalize(text[s:e])
        if _REASON_BACK.search(norm):
            return s, e
        cause = _CAUSE.search(norm) or BECAUSE_PRONOUN and _BECAUSE_PRONOUN.search(norm)
        if REASON_NEXT and n == 0 and actors and cause \
                and all(mentions(a, norm, normalized=True) for a in actors):
            return s, e
    return None


REASON_NEXT = True  # switch for A/B measurement (tests patch it)
# the plainly causal of the reason words (not "after", "following": those tell when)
_CAUSE = re.compile(r"(?<!\w)[وف]?(بسبب|ردا علي|رد علي|لان|بهدف|من اجل|علي خلفيه|بذريعه|بحجه|بتهمه|لاتهامه|لاتهامهم"
                    r"|انتقاما|احتجاجا|ثارا)(?!\w)")


# the reason asked by its defined noun at the head of the question ("ما السبب الذي رجحه العميد ..."، "ما الدوافع وراء
# ...", where "سبب" alone is matched only bare: "الانفجار مجهول السبب" asks no reason) (switch for A/B measurement,
# tests patch it; 13 unseen slice articles ask so themselves)
WHY_DEFINITE = True
_WHY_DEFINITE_AR = re.compile(r"^\W*(?:و)?(?:ما|وما) (?:هو |هي )?(?:السبب|الاسباب|الدافع|الدوافع)(?!\w)")


# the act a question asks about, by family, and the words news tells it with (normalised stems, with a glued
# conjunction, preposition or article): a reason or a title is read only from a sentence telling the same act
# (appositions.TITLE_NAME, slots.REASON_SLOT: "ما الدافع وراء تفجير ..." is not answered by "تأخر الإسعاف بسبب
# الأمطار"; "من القيادي الذي قتل" by a sentence where he "لقي حتفه", not one where he only spoke)
_ACT_STEMS_AR = {
    "attack": r"هجوم|هجمات|هجمه|هاجم|استهدف|استهداف|اعتداء|اعتدي|اعتدوا|تفجير|تفجر|انفجار|انفجر|فجرت|فجروا|فجر نفسه"
              r"|قصف|اطلاق النار|اطلق النار|اطلاق نار|اطلقوا النار|اطلق الرصاص|طعن",
    "kill": r"قتل|مقتل|مصرع|حتف|اغتيال|اغتيل|اغتال|استشهد|اعدام|اعدم|ذبح",
    "arrest": r"اعتقل|اعتقال|القبض|قبض|اوقف|توقيف|احتجز|احتجاز",
    "kidnap": r"خطف|اختطف|اختطاف",
    "wound": r"اصيب|اصابه|جرح",
}
_ACT_STEMS_EN = {
    "attack": r"attack|bomb|blast|explo|shoot|shot|gunfire|opened fire|fired|target|strike|struck|raid|stab",
    "kill": r"kill|murder|assassinat|execut|behead",
    "arrest": r"arrest|detain|captur",
    "kidnap": r"kidnap|abduct",
    "wound": r"wound|injur",
}
_ACT_AR = {k: re.compile(rf"(?<!\w)[وف]?(?:[بلك]|لل)?(?:ال)?(?:{v})") for k, v in _ACT_STEMS_AR.items()}
_ACT_EN = {k: re.compile(rf"\b(?:{v})", re.I) for k, v in _ACT_STEMS_EN.items()}


def act_families(text: str, language: str = "ar") -> frozenset[str]:
    """The families of acts (attack, kill, arrest, kidnap, wound) the text names (Arabic normalised)."""
    table = _ACT_AR if language == "ar" else _ACT_EN
    return frozenset(k for k, rx in table.items() if rx.search(text))


def act_starts(text: str, language: str = "ar") -> list[tuple[int, str]]:
    """(where it starts, family) of the first mention of each act family the text names (Arabic normalised)."""
    table = _ACT_AR if language == "ar" else _ACT_EN
    return [(m.start(), k) for k, rx in table.items() for m in [rx.search(text)] if m is not None]


def names_act(text: str, family: str, language: str = "ar") -> bool:
    """Whether the text names an act of ``family`` (Arabic normalised)."""
    return bool((_ACT_AR if language == "ar" else _ACT_EN)[family].search(text))


def act_spans(norm: str, families) -> list[tuple[int, int]]:
    """Where the normalised Arabic text names an act of one of ``families``."""
    return sorted((m.start(), m.end()) for k in families for m in _ACT_AR[k].finditer(norm))


def asks_why(question: Question) -> bool:
    """The question asks for a reason or purpose ("why", "لماذا", "ما سبب", "ما السبب الذي", "جاء ردا على ماذا")."""
    if question.language == "ar":
        norm = normalize(question.text)
        return bool(_WHY_AR.search(norm) or (WHY_DEFINITE and _WHY_DEFINITE_AR.search(norm)))
    return bool(_WHY_EN.search(question.text))


def asks_say(question: Question) -> bool:
    """The question asks what someone said, announced, demanded ("what did X say", "ماذا قال")."""
    if question.language == "ar":
        return bool(_SAY_Q_AR.search(normalize(question.text)))
    return bool(_SAY_EN.search(question.text))


def subject_of(entry, sentence: str) -> bool:
    """``entry`` is the subject of ``sentence`` (or of a clause it reports).

    It is when a spelling of it starts within :data:`SUBJECT_REACH` words of the sentence start
    or of a reported clause ("أن ..."), the word right before it is not a preposition ("مع الكاظمي"),
    and no verb before it in the clause takes it as object ("استقبل المحافظ رئيس الوزراء الكاظمي").
    """
    norm = normalize(sentence)
    clauses = [0] + [m.end() for m in _CLAUSE.finditer(norm)]
    for start in mention_starts(entry, norm):
        head = max(c for c in clauses if c <= start)
        before = norm[head:start].split()
        if len(before) > SUBJECT_REACH:
            continue
        if before and re.sub(r"[^\w]", "", before[-1]) in _PREPOSITIONS:
            continue
        # (a verb right before the name is its own: the name is the verb's subject)
        heads = before[:-1] if VERB_THEN_SUBJECT and before and not _OBJECT_NOUN.match(re.sub(r"[^\w]", "", before[-1])) \
            else before
        if any(_OBJECT_OF.match(re.sub(r"[^\w]", "", w)) for w in heads):
            continue
        if any(_OBJECT_OF_AGREED.match(re.sub(r"[^\w]", "", w)) for w in before[:-1]):
            continue
        return True
    return False


# words before a name in the question that make it the object of what is asked, not the one who acted:
# "ماذا قال المتحدث ... عن تفجير مسجد قوات الطوارئ", "what did Barzani ask of Davutoglu", "say to Erdogan"
_OBJECT_Q_AR = {"عن", "حول", "بشان", "بخصوص", "ضد", "مع", "علي", "الي", "من", "لدي", "تجاه"}
_OBJECT_Q_EN = re.compile(r"\b(about|(?<!according )to|with|against|on|regarding|towards?|from|at|(?:ask|asked|demand|demanded"
                          r"|request|requested|want|wanted|expect|expected) of)\b", re.I)


def _question_object(entry, question: Question) -> bool:
    """The question names ``entry`` only after a preposition of what is asked about (see the words above)."""
    if question.language == "ar":
        norm = normalize(question.text)
        starts = mention_starts(entry, norm)
        if not starts:
            return False
        before = [re.sub(r"^و", "", re.sub(r"[^\w]", "", w)) for w in norm[: starts[0]].split()[1:]]
        return any(w in _OBJECT_Q_AR for w in before)
    low = question.text.lower()
    at = [m.start() for n in entry.en if len(n) >= 3 for m in re.finditer(rf"(?<!\w){re.escape(n.lower())}(?!\w)", low)]
    return bool(at) and bool(_OBJECT_Q_EN.search(question.text[: min(at)]))


# switch for A/B measurement (pass 64; tests patch it): a body a question names only as the office of a man it names
# beside it ("ماذا اعتبر فلان الفلاني، رئيس الحكومة اليمنية، ..."، "وزير الخارجية الإيراني فلان") is his title, not a
# second actor every sentence must name: the sentence telling what he did names him ("واعتبر فلان ...")
OFFICE_OF_PERSON = True
# (the office nouns are the offline rules' one-word title heads, actors.json "role_heads"; Arabic questions only: an
# English question's "X, the Yemeni premier" is not read so)
_OFFICE_NOUN_AR = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:" + "|".join(sorted(
    {normalize(h.removeprefix("ال")) for h in ROLE_HEADS if " " not in h}, key=lambda h: (-len(h), h)))
    + r")(?:\s+(?:عام|باسم|الاعلي))?\s+$")
_OFFICE_REACH = 30  # most characters between the office and the man's name, either side


def _office_of_person(entry, question: Question) -> bool:
    """The Arabic question names the body ``entry`` only right after an office noun ("رئيس الحكومة اليمنية"), with a
    man of the registry named within :data:`_OFFICE_REACH` characters of it (:data:`OFFICE_OF_PERSON`). Arabic
    questions only: an English question's office beside a man ("X, the Yemeni premier") is not read so."""
    if question.language != "ar" or entry.get("type") in ("official", "person"):
        return False
    norm = normalize(question.text)
    starts = mention_starts(entry, norm)
    people = [(at, at + 1) for p in question.actors if p.get("type") in ("official", "person")
              for at in mention_starts(p, norm)]
    if not starts or not people:
        return False
    for at in starts:
        office = _OFFICE_NOUN_AR.search(norm[max(0, at - 25):at])
        if office is None:
            return False
        begin = max(0, at - 25) + office.start()
        if not any(begin - _OFFICE_REACH <= p <= at + _OFFICE_REACH + 25 for p, _ in people):
            return False
    return True


def question_subjects(question: Question) -> tuple:
    """Who the question asks about as the one who acted: its actors not named as the object of the question
    ("what did X say about / ask of Y": X, not Y) nor as the office of a man it names (:data:`OFFICE_OF_PERSON`);
    when no actor is, the transliterated names that are not."""
    actors = tuple(a for a in question.actors if not _question_object(a, question)
                   and not (OFFICE_OF_PERSON and _office_of_person(a, question)))
    if actors or question.actors and not question.names:
        return actors
    return tuple(n for n in question.names if not _question_object(n, question))


ASKED_VERB = True  # switch for A/B measurement (tests patch it)
ASKED_VERB_WEIGHT = 1.0
# the verb a question asks about ("على ماذا اتفقت أنقرة"، "بماذا وصف"، "بأي وصف نعت"): normalised
_ASKED_VERB_AR = re.compile(r"(?<!\w)(?:ماذا|ما الذي|بماذا|باي (?:وصف|صفه|شيء)|كيف)\s+([^\W\d]{3,})")
# the verbs of describing say the same ("نعت الاتفاق بأنه ..." = "وصف الاتفاق بأنه ...")
_DESCRIBE = {"وصف", "نعت"}
# an English question's verb -> how Arabic news says it (stems)
_VERB_EN = {"agree": ("اتفق", "توافق"), "describe": ("وصف", "نعت"), "call": ("وصف", "دعا"), "demand": ("طالب",),
            "warn": ("حذر",), "accuse": ("اتهم",), "threaten": ("هدد", "توعد"), "promise": ("وعد", "تعهد"),
            "pledge": ("تعهد",), "deny": ("نفي",), "denied": ("نفي",), "urge": ("حث", "دعا"), "announce": ("اعلن",),
            "propose": ("اقترح",), "offer": ("عرض",), "order": ("امر",), "reveal": ("كشف",), "confirm": ("اكد",)}
# ... and the verbs of the acts news reports (attacks, arrests, seizures): a table of English verbs to the Arabic stems
# news writes them with: "why did ISIS execute ..." is answered by the sentence stating اعدم (or its noun اعدام:
# VERBAL_NOUN), not by another sentence about the actor (A/B switch)
ACT_VERBS_EN = True
_ACT_VERB_EN = {"execute": ("اعدم",), "destroy": ("دمر",), "arrest": ("اعتقل", "اوقف"), "detain": ("احتجز", "اعتقل"),
                "seize": ("ضبط", "استولى"), "target": ("استهدف",), "shell": ("قصف",), "bomb": ("قصف", "فجر"),
                "kidnap": ("اختطف", "خطف"), "abduct": ("اختطف", "خطف"), "storm": ("اقتحم",), "kill": ("قتل",),
                "attack": ("هاجم", "استهدف"), "strike": ("استهدف", "قصف"), "sink": ("اغرق",), "close": ("اغلق",),
                "raid": ("داهم",), "shoot": ("اطلق", "اسقط"), "capture": ("اسر",), "free": ("حرر", "افرج"),
                "release": ("افرج", "اطلق"), "dismantle": ("فكك",), "foil": ("احبط",), "thwart": ("احبط",),
                "intercept": ("اعترض",), "behead": ("ذبح", "نحر"), "assassinate": ("اغتال",), "burn": ("احرق",),
                "blow": ("فجر",), "launch": ("شن",), "recapture": ("استعاد",), "liberate": ("حرر",)}
# (the bare verb after do-support -- "why did X execute" --, not a noun or gerund: "the strikes", "accused of
# killing", "what did the army do after the attack", "what did the raid target" -> target)
_ACT_VERB_RE = re.compile(r"\b(?:why|what|whom|who) (?:did|does|do|will|would)\b(?:(?!\b(?:did|does|say|said)\b).)*?"
                          r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bof )\b(" + "|".join(_ACT_VERB_EN) + r")\b(?!-)", re.I)
_SAY_VERB_EN = re.compile(r"\bwhat (?:did|does|has|have|had|will|was|were)\b.*?\b(agree|describe|call|demand|warn|accuse"
                          r"|threaten|promise|pledge|deny|denied|urge|announce|propose|offer|order|reveal|confirm)\w*", re.I)
_HOW_SAY_EN = re.compile(r"\bhow did\b.*?\b(describe|call)\w*", re.I)


def _english_verb(text: str) -> tuple[tuple[str, ...], bool]:
    """(the Arabic stems of an English question's asked verb, whether it is an act of :data:`_ACT_VERB_EN`): a verb of
    saying asked about ("what did X agree to") comes first, as :func:`asked_verbs` reads it."""
    m = _SAY_VERB_EN.search(text) or _HOW_SAY_EN.search(text)
    if m:
        return _VERB_EN.get(m.group(1).lower(), ()), False
    if ACT_VERBS_EN and (m := _ACT_VERB_RE.search(text)):
        return _ACT_VERB_EN[m.group(1).lower()], True
    return (), False


def asked_verbs(question: Question) -> tuple[str, ...]:
    """Stems of the verb the question asks about ("على ماذا اتفقت" -> اتفق; "what did X agree to" -> اتفق): a
    sentence stating it tells what was asked, not only something else the actor did or said."""
    if question.language == "ar":
        verbs = [m.group(1) for m in _ASKED_VERB_AR.finditer(normalize(question.text))]
        stems = [t for t in content_terms(" ".join(verbs)) if not _ACTION_WORDS.match(t)]
        if any(s in _DESCRIBE or s.lstrip("و") in _DESCRIBE for s in stems):
            stems += sorted(_DESCRIBE)
        return tuple(dict.fromkeys(stems))
    return _english_verb(question.text)[0]


def acts_asked(question: Question) -> bool:
    """Whether an English question's asked verb is one of the acts of :data:`_ACT_VERB_EN` (by its bare verb), not a
    verb of saying ("what did officials describe as a strike" asks about describing)."""
    return question.language == "en" and _english_verb(question.text)[1]


# the verbal noun of an asked verb says the same act: "أدت الغارات إلى تدمير منصة" tells what "ماذا دمرت الغارات" asks,
# as news often tells the result of an act in a sentence of its own whose subject is the event (A/B switch, tests
# patch it; "تدمير" alone has 189 hits in 153 unseen slice articles)
VERBAL_NOUN = True
VERBAL_NOUN_REACH = 2  # most sentences after a sentence about the actor that may tell the asked act by its noun


def verbal_nouns(stems) -> tuple[str, ...]:
    """The verbal nouns of normalised verb stems, by the regular patterns of the derived forms: form II (دمر ->
    تدمير, فجر -> تفجير), IV (اعلن -> اعلان), VII and VIII (انسحب -> انسحاب, اعتقل -> اعتقال; hollow اختار ->
    اختيار) and X (استهدف -> استهداف). Written without its doubling, a three-letter stem may be form I or II: it is
    given form II's noun, which for a form I verb is rare or no word and then matches none. A hollow form IV or X
    noun (اعاد -> اعادة، استعاد -> استعادة) reads as its verb's stem already. A leading و is the conjunction only
    before a consonant: "واصل"، "وافق" (form III) keep it."""
    out = []
    for v in stems:
        v = v[1:] if len(v) > 3 and v[0] == "و" and v[1] != "ا" else v
        if len(v) == 3:
            out.append("ت" + v[:2] + "ي" + v[2])
        elif len(v) == 4 and v[0] == "ا" and v[2] != "ا":
            out.append(v[:3] + "ا" + v[3])
        elif len(v) == 5 and v[0] == "ا":
            out.append(v[:3] + "ي" + v[3:] if v[3] == "ا" else v[:4] + "ا" + v[4])
        elif len(v) == 6 and v.startswith("است") and v[4] != "ا":
            out.append(v[:5] + "ا" + v[5])
    return tuple(dict.fromkeys(n for n in out if n not in stems))


def _told_after(text: str, sents, idx: int, nouns, actors) -> tuple[int, int] | None:
    """The span of the first of the next :data:`VERBAL_NOUN_REACH` sentences that tells the asked act by its verbal
    noun and does not name the actor again (a sentence naming it is read on its own), or None."""
    for s, e in sents[idx + 1: idx + 1 + VERBAL_NOUN_REACH]:
        norm = normalize(readable(text[s:e]))
        if any(mentions(a, norm, normalized=True) for a in actors):
            continue
        if overlap(tuple(nouns), set(content_terms(text[s:e]))):
            return s, e
    return None


def _words(question: Question) -> list[str]:
    if question.language != "ar":
        return []
    return [t for t in rest_terms(question, None) if not _ACTION_WORDS.match(t)]


CAPITAL_STATE = True  # switch for A/B measurement (tests patch it)
# in a question naming a day ("on Sunday 8 April"), a sentence the answer could not cite (another day's report:
# domain.span_fits) takes none of the reader's few places: at archive scale the same man's statements of other days
# rank above the day's, and the answer's fitting check dropped them only after the cut, leaving the day's unsaid
# (A/B switch; s42, measured: the same for a month or a year asked lets a second sentence of the month, naming every
# entity, be preferred over the better one naming fewer, -1 +0)
FITTING_FIRST = True
HASHTAG_SUBJECT = True  # switch for A/B measurement (tests patch it)


def action_claims(question: Question, evidence: Evidence, *, limit: int = 2) -> list[Claim]:
    """Quote the sentences of the top documents that tell what the question's actor did (or why).

    Args:
        question: an :attr:`Intent.action` question.
        evidence: the top documents.
        limit: most sentences to quote.

    Returns:
        Claims, best first, each citing the sentence it quotes; empty when the question names
        no actor or no sentence fits.
    """
    if question.intent is not Intent.action:
        return []
    actors = question_subjects(question)
    if not actors:
        return []
    if unmapped(question):
        return []  # words whose Arabic is unknown: no sentence can be shown to answer them
    why, say = asks_why(question), asks_say(question)
    words = _words(question)
    verbs = asked_verbs(question) if ASKED_VERB else ()
    # (an English question's act verb too: "why did X execute" is told by اعدام as by اعدم)
    nouns = verbal_nouns(verbs) if VERBAL_NOUN and (question.language == "ar" or acts_asked(question)) else ()
    named = set(content_terms(" ".join(a for ent in question.entities for a in ent.ar)))
    own = tuple(t for t in question.expansion if t not in named)  # an English question's other words
    scored: list[tuple[float, str, int, int, tuple[int, int] | None]] = []
    for doc_id, doc in evidence.docs.items():
        rank = evidence.rank_of(doc_id)
        whole = normalize(readable((doc.title or "") + " " + doc.text))  # (places told in hashtags too)
        if not all(names(p, whole, normalized=True, capital=CAPITAL_STATE) for p in question.places):
            continue
        sents = news_sentences(doc.text)
        for idx, (s, e) in enumerate(sents):
            sentence = doc.text[s:e]
            if len(sentence) < 15:
                continue
            norm = normalize(readable(sentence))
            if not all(mentions(a, norm, normalized=True) for a in actors):
                continue
            # (a name told in a hashtag is read as words: "#أحمد_بن_دغر" heads its sentence like the name)
            score = sum(1.5 if subject_of(a, readable(sentence) if HASHTAG_SUBJECT else sentence) else 0.0
                        for a in actors) / len(actors)
            score += sum(1.0 if mentions(p, norm, normalized=True) else 0.0 for p in question.places)
            terms = set(content_terms(sentence))
            if words:
                score += overlap(tuple(words), terms) / len(words)
            elif own:
                score += min(1.0, overlap(own, terms) / 3)
            reason = None
            if why and not gives_reason(norm):
                reason = _reason_after(doc.text, sents, idx, actors)
            if why:
                score += 1.0 if gives_reason(norm) or reason else -0.5
            if say and _SAY_AR.search(norm):
                score += 0.5
            stated = bool(verbs and overlap(verbs + nouns, terms))
            if stated:
                score += ASKED_VERB_WEIGHT
            if nouns and reason is None and (told := _told_after(doc.text, sents, idx, nouns, actors)):
                # (VERBAL_NOUN: the act told by its noun right after -- what it destroyed, whom it arrested --
                # is quoted with the sentence)
                reason = told
                score += 0.0 if stated else ASKED_VERB_WEIGHT
            if idx < 3:
                score += 0.2  # the lead of the article says what happened
            scored.append((score - 0.1 * rank, doc_id, s, e, reason))
    scored.sort(key=lambda x: -x[0])
    claims: list[Claim] = []
    seen: set[str] = set()
    # the actor as the question calls it: a name the question does not use (a namesake the parser took it for,
    # "Nouri al-Maliki" for "Riyad al-Maliki") is not put in the answer's mouth
    low = question.text.lower()
    said = [a.name_en for a in actors if a.name_en and any(
        re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", low) for n in (a.name_en, *a.en) if len(n) >= 3)]
    who = ", ".join(said)
    cons = dated_constraints(question) if FITTING_FIRST else None
    for score, doc_id, s, e, reason in scored:
        if score < MIN_ACTION_SCORE or len(claims) >= limit:
            break
        doc = evidence.docs[doc_id]
        if cons is not None and not span_fits(cons, doc.text[s:e], doc.text, doc.published, doc.title):
            continue
        quote = evidence.docs[doc_id].text[s:e]
        key = normalize(quote)[:80]
        if key in seen:
            continue  # the same sentence carried by another agency's copy
        seen.add(key)
        short = excerpt(quote)
        text = (f"تقول المصادر: «{short}»" if question.language == "ar"
                else f"{who + ' — the sources report' if who else 'The sources report'} (in Arabic): «{short}»"
                     f"{glossed(quote)}")
        spans = [(doc_id, s, e)]
        if reason is not None:  # the reason, told by the sentence after it of "the decision" (or the act by its noun)
            said = evidence.docs[doc_id].text[reason[0]: reason[1]]
            text += f" … «{excerpt(said)}»" + (glossed(said) if question.language == "en" else "")
            spans.append((doc_id, *reason))
        claims.append(Claim(text, spans, quoted=True))
    return claims
