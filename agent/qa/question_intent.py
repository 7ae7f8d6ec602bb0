"""What a question asks for: its :class:`Intent`, from the cue words of both languages, and the narrower
things a question of one intent may ask (a birthplace, a destination, the manner of a death, who told of it,
what is expected). Also the parsed :class:`Question` itself and its language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from marsad.core.arabic import detect_language as detect_language  # (re-exported: the question parsers read it here)
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry


class Intent(StrEnum):
    """What a question asks for."""

    killed = "killed"  # how many were killed in X
    injured = "injured"  # how many were injured in X
    perpetrator = "perpetrator"  # who carried out the attack in X
    victim = "victim"  # who was killed / assassinated / kidnapped in X
    date = "date"  # when was W agreed / established / carried out
    location = "location"  # where did X happen / where is the room
    participants = "participants"  # which forces join the room in Y / who takes part
    lead = "lead"  # who leads the room in Y
    status = "status"  # what is the status of the room / agreement W
    provisions = "provisions"  # what does agreement W provide for
    role = "role"  # who is the spokesman of Z / what is the role of P
    action = "action"  # what did X do / say, why did X do Y: answered from the sentences about X
    general = "general"  # anything else: answered from passages


@dataclass(frozen=True)
class Question:
    """A parsed question.

    Attributes:
        text: the question as asked.
        language: ``"ar"`` or ``"en"``.
        intent: what it asks for.
        how_many: the question asks for a number.
        topics: record types it is about (``attacks``, ``joint_rooms``, ``agreements``), in cue order.
        places: lexicon places it names (each must be in the cited evidence).
        actors: lexicon actors it names (each must be in the cited evidence).
        terms: stems of its content words, for ranking evidence.
        expansion: stems of the Arabic lexicon terms for the English names in it (English questions).
        uncovered: content words of an English question that neither the lexicon nor the
            intent cues account for: their Arabic is unknown, so no Arabic passage can be
            shown to answer them.
    """

    text: str
    language: str
    intent: Intent
    how_many: bool = False
    topics: tuple[str, ...] = ()
    places: tuple[Entry, ...] = ()
    actors: tuple[Entry, ...] = ()
    terms: tuple[str, ...] = field(default=())
    expansion: tuple[str, ...] = field(default=())
    uncovered: tuple[str, ...] = field(default=())
    concepts: tuple[Entry, ...] = field(default=())
    cues: frozenset = field(default=frozenset())
    attack_types: frozenset = field(default=frozenset())
    numbers: tuple[int, ...] = field(default=())
    names: tuple[Entry, ...] = field(default=())

    @property
    def entities(self) -> tuple[Entry, ...]:
        """Places, actors, then names found by transliteration: every key entity the evidence must mention."""
        return self.places + self.actors + self.names


# a question opening "When <scene>, what/who ...?" asks what its main clause asks, not a date ("When explosions were
# heard near the border, what did the correspondent say caused them?"); "When did ...", "When was ..., and who"
# still ask a date
# An auxiliary after "When" and its adverbs ("When exactly did", "When, roughly, was") asks a date; ", who/which
# ..., " closed by a comma is a relative clause of a name, not the question's main clause
_WHEN_SCENE = (r"(?!(?!\W+(?:\w+ly\W+)*(?:did|do|does|was|were|is|are|will|would|has|have|had|can|could|should|might"
               r"|must)\b)[^?]*,\s*(?:what|which|who|whom|whose|where|how|why)\b(?![^?,]*,))")

# Cues are matched on normalised text (see marsad.core.arabic.normalize): ة->ه, ى->ي, أ/إ/آ->ا.
_W = r"(?<!\w)[وفبلك]{0,2}(?:ال)?"  # word start, glued conjunction/preposition/article allowed
_AR = {
    Intent.injured: _W + r"(جرح|جريح|اصيب|اصابه|اصابات|مصاب)",
    Intent.killed: _W + r"(قتل|قتيل|قتلي|مقتل|ضحايا|ضحيه|شهيد|شهداء|حتف|حصيله|وفاه|توفي|مصرع|اعدم|اعدام"
    # "مات"/"موت" are whole words (with their person endings): "موت" opens "موتمر" (مؤتمر, a congress)
    r"|(?:ماتوا|ماتت|مات|موتهم|موتها|موته|موت)(?!\w))",
    Intent.perpetrator: r"من نفذ|من يقف|من تقف|من وراء|من شن|من هاجم|من المسوول|الجهه المسووله|منفذ|تبني|تبنت|مسووليت|مسووليه"
    r"|^\W*و?من (?:اطلق|قصف|زرع|فجر)(?!\w)",
    Intent.victim: r"(?<!\w)(من|ومن)( الذي| هو الذي| هم الذين| الذين| هي التي)? (قتل|اغتيل|اختطف|خطف|استهدف|اصيب|قضي)"
    r"|(?<!\w)(من|ما) (هو|هي|هم) (الضحيه|الضحايا|المستهدف|الهدف)"
    # (the noun may carry a glued preposition: "الذي أقرت الجماعة بمقتله")
    r"|(?<!\w)(?:من (?:هو|هي|هم)|ما (?:اسم|اسماء)) (?:\S+ ){1,10}?[وفبل]?(?:استشهاد|مقتل|اغتيال|اختطاف|خطف|مصرع|وفاه|اعدام)"
    r"(?:ه|ها|هم|هما)(?!\w)"
    r"|(?<!\w)(?:ما (?:اسم|اسماء)|من (?:هو|هي|هم)) (?:\S+ ){0,8}?(?:الذي|التي|الذين) (?:\S+ )?"
    r"(?:قتل|قتلت|قتلوا|اغتيل|اغتيلت|اختطف|خطف|استشهد|قضي|توفي|لقي)(?!\w)"
    # "ما اسم المسن الذي قتله قناص": the pronoun on the verb is the person named, the doer follows
    r"|(?<!\w)ما (?:اسم|اسماء) (?:\S+ ){0,8}?(?:الذي (?:\S+ )?(?:قتل|اغتال|اختطف|خطف|استهدف|اصاب)ه"
    r"|التي (?:\S+ )?(?:قتل|اغتال|اختطف|خطف|استهدف|اصاب)ها|الذين (?:\S+ )?(?:قتل|اغتال|اختطف|خطف|استهدف|اصاب)هم)(?!\w)"
    r"|(?<!\w)ما (الذي|هو الذي) (استهدف|استهدفه|استهدفها|استهدفته)(?!\w)",
    Intent.provisions: _W + r"(بنود|بند|ينص|تنص|يتضمن|تتضمن|مضمون|احكام)",
    Intent.lead: r"من يقود|من تقود|من يتولي|من يراس|من يتراس|بقياده من|من يشرف|من يدير|من يقودها",
    Intent.status: r"ما وضع|ما حاله|ما مصير|هل ما زال|هل مازال|هل لا يزال|هل لا تزال|هل تم تنفيذ|هل نفذ|هل علق|هل تعمل"
    r"|هل يعمل|(?<!\w)وضع(?!\w)",
    Intent.date: r"متي|تاريخ|اي يوم|في اي سنه|في اي عام|اي شهر",
    Intent.location: r"(?<!\w)(اين|في اي مكان|في اي منطقه|ما مكان|موقع)(?!\w)"
    r"|(?<!\w)اي (مدينه|بلده|قريه|محافظه|منطقه|حي|دوله|قضاء|ناحيه|بلد|مديريه|ولايه|مقاطعه|اقليم|مخيم|ضاحيه|جزيره"
    r"|شارع|سجن|مطار|ميناء|قاعده|معسكر)(?!\w)",
    Intent.participants: r"(?<!\w)(تضم|يضم|شارك\w*|تشارك|يشارك|مشارك\w*|تتالف|يتالف|اعضاء|اطراف|الجهات)(?!\w)|ما القوات|ما هي القوات"
    r"|اي القوات|من يشارك",
    # a bare "من" asks "who" only where a clause starts: elsewhere it is the preposition ("أكثر من 12 غارة")
    Intent.role: r"المتحدث|الناطق|(?<!\w)(?:منصب|دور|وظيفه|صفه)(?!\w)|من هو|من هي|(?:^|[؟?.!،,:؛]\s*)و?من(?!\w)",
}
# the offices news names people by (covered words of an English question, see _uncovered_english)
_OFFICE_EN = (r"\b(governor|minister|command(er|ant)|secretary|representative|deputy|head|chief|president|chairman"
              r"|leader|advis[eo]r|director|official)\b")
_EN = {
    Intent.injured: r"\b(injur\w*|wound\w*|hurt)\b",
    # (a court's "sentenced to death", "the death penalty" is a sentence, no one killed)
    Intent.killed: r"\b(kill\w*|dead|died|die|(?<!sentenced to )(?<!sentence of )deaths?(?! (?:sentences?|penalty|row))"
    r"|fatalit\w*|casualt\w*|death toll|toll|lives)\b",
    Intent.perpetrator: r"\bwho\b.*\b(carr\w* out|behind|attack\w*|launch\w*|commit\w*|perpetrat\w*|responsib\w*|claim\w*)\b"
    r"|^\W*who (?:fired|shelled|planted|detonated)\b"
    # "who stabbed the ambassador", "who shot the journalist": an attack verb the asked word governs is the doer's
    r"|^\W*who (?:stabbed|shot|bombed|killed|murdered|kidnapped|abducted|assassinated|ambushed|hijacked|poisoned"
    r"|rammed|beheaded|gunned down|opened fire)\b"
    # "which group carried out the bombing": the doer asked by its kind instead of "who"
    r"|^\W*(?:which|what) (?:\w+ ){0,2}?(?:group|organi[sz]ation|faction|militia|movement|party)\b(?: \w+){0,3}?"
    r" (?:carried out|was behind|is behind|were behind|launched|committed|perpetrated|claimed|staged|attacked)\b"
    r"|\bperpetrat\w*|\bresponsib\w*",
    Intent.victim: r"\bwho (was|were|got) (killed|assassinated|kidnapped|abducted|targeted|shot|injured|wounded)\b"
    r"|\bwhat was (the )?target\w*|\bwho was (the )?target\w*|\bvictims?\b",
    Intent.provisions: r"\bprovisions?\b|\bterms\b|\bprovide[sd]? for\b|\bagreement\b.*\bprovide[sd]?\b|\bclauses?\b|\bstipulat\w*|\bagree[ds]? (on|upon)\b"
    r"|\bwhat (was|were|is|has been) agreed\b"
    r"|\bwhat does\b.*\b(include|contain|say)\b",
    Intent.lead: r"\bwho (leads|led|heads|headed|commands|commanded|runs|ran|manages|oversees)\b|\bled by\b"
    r"|\bin charge\b|\bleadership\b",
    Intent.status: r"\bstatus\b|\bstill\b|\bsuspended\b|\bimplemented\b|\bwhat happened to\b|\bcurrent state\b"
    r"|\bis it (working|operating|active)\b",
    # "when" asks for a date where a clause starts ("When did ...", "..., and when"); mid-clause it is the
    # conjunction ("What position did he hold when the police freed him?")
    # (not "When <scene>, what ...": _WHEN_SCENE)
    Intent.date: r"^\W*when\b" + _WHEN_SCENE + r"|[,;:]\s*(?:and\s+)?when\b|\band when\b|\bwhat (date|day|year|month)\b"
    r"|\bwhich (date|day|year|month)\b|\b(?:since|until|till) when\b",
    # (a word may come between: "which Tripoli prison", "which air base")
    Intent.location: r"\bwhere\b|\b(what|which) (\w+ )?(place|location|area|city|town|village|province|governorate|district"
    r"|region|country|neighbou?rhood|camp|airport|port|prison|base|island|street)\b",
    Intent.participants: r"\b(which|what) (forces|parties|units|bodies|sides|members)\b|\btake[s]? part\b|\bparticipa\w*"
    r"|\bmade up\b|\bcompos\w*|\bjoin(s|ed|ing)?\b|\binclude[sd]?\b|\binvolved\b|\bwho (is|are) in\b",
    # an office asked for ("which minister", "what official"); an office that only describes someone
    # ("according to police chief Hadi Rzayej") is no role question
    Intent.role: r"\bspokes(man|person|woman)\b|\brole\b|\bposition\b|\btitle\b|\bjob\b|\bwho is\b|\bwho was\b"
    rf"|\b(which|what) (?:\w+ ){{0,2}}?{_OFFICE_EN}",
}
# "what did X do / say", "why did X ...": the sentences whose subject is X answer them
_ACTION_AR = re.compile(r"(?<!\w)(ماذا|ما الذي|بماذا|لماذا|ما سبب|ما اسباب|ما دوافع|ما هدف|ما الهدف من)(?!\w)")
DESCRIBE_ACTION = True  # switch for A/B measurement (tests patch it)
# "how did X describe Y" ("بأي وصف نعت"، "كيف وصف"): what X said of it, told by the sentences about X
_DESCRIBE_Q = {"ar": re.compile(r"(?<!\w)(?:باي (?:وصف|صفه)|كيف) (?:وصف|وصفت|نعت|نعتت)(?!\w)"),
               "en": re.compile(r"\bhow (?:did|does|has|had)\b.*\b(?:describe|call)\w*", re.I)}
_ACTION_AR_VERB = re.compile(r"(?<!\w)(ماذا|ما الذي|بماذا)\s+(\S+)")
_ACTION_EN = re.compile(r"\bwhat (did|does|has|have|had|will|is|was|were|are)\b.*\b(do|doing|done|say|said|says|announce\w*"
                        r"|decide\w*|order\w*|demand\w*|propose\w*|call(ed)? for|offer\w*|promise\w*|pledge\w*"
                        r"|threaten\w*|warn\w*|accuse\w*|blame\w*|visit\w*|discuss\w*|agree\w* to|respond\w*|plan\w*"
                        r"|ask\w*|request\w*|urge\w*|tell|told|reveal\w*|confirm\w*|deny|denied)\b"
                        r"|\bwhy\b|\bwhat (was|is|were) the (reason|purpose|aim|goal|motive)\w*\b"
                        r"|\bwho did\b.*\b(say|said|tell|told|accuse\w*|blame\w*|name\w*)\b|\b(to|from|with) whom did\b"
                        r"|\bhow did\b.*\b(respond|react)\b", re.I)
# "who was the <person described> (the Pentagon said) was killed": a victim question whose words between
# are the person's description (kept apart from _EN, whose matches count as covered words)
_VICTIM_EN_SPLIT = re.compile(r"\bwho (was|were|is) the\b.*\b(was|were|been) (killed|assassinated|kidnapped|abducted)\b"
                              r"|\bwho (was|were) the( \S+){1,5}? (killed|assassinated|kidnapped|abducted)\b"
                              r"|\bname of the\b.*\b(killed|assassinated|kidnapped|abducted|dead)\b"
                              r"|^\W*which\b(?!.*\bhow many\b).*\b(was|were)( \w+)? (killed|assassinated|kidnapped|abducted)\b",
                              re.I)
_HOW_MANY_AR = re.compile(r"(?<!\w)(ب?كم|عدد|حصيله)(?!\w)")  # "بكم طلقة": how many, with a glued ب
_HOW_MANY_EN = re.compile(r"\bhow many\b|\bnumber of\b|\btoll\b|\bcount of\b", re.I)
# Which record type a question is about (for date / location questions).
TOPIC_AR: dict[str, str] = {
    "agreements": r"اتفاق|اتفاقيه|تفاهم",
    # (a bare "مركز" is a centre of anything: "نينوى ومركزها الموصل" is the province's capital)
    "joint_rooms": r"غرف|غرفه|(?:مركز|مراكز|خليه|خلايا) (?:ال)?(?:عمليات|تنسيق|قياده|مشترك|معلومات|اتصال)|مقر عمليات"
    r"|خليه|تنسيق",
    "attacks": r"هجوم|هجمات|تفجير|انفجار|مفخخه|عبوه|كمين|اعتداء|استهداف|اغتيال|قصف|غاره|غارات",
}
_TOPIC_EN = {
    "agreements": r"\bagree\w*|\baccord\b|\bdeal\b|\bunderstanding\b",
    "joint_rooms": r"\broom\b|\bcent(er|re)s?\b|\bheadquarters\b|\bhq\b|\bcoordination\b|\bcell\b",
    "attacks": r"\battack\w*|\bbomb\w*|\bexplosion\b|\bblast\b|\bambush\w*|\bied\b|\bassassinat\w*|\bshell\w*|\bstrike\b",
}

# What a question calls an attack -> the record attack types that fit (normalised Arabic, English).
ATTACK_TYPE_CUES: dict[str, tuple[str, str, frozenset]] = {
    "bombing": (r"تفجير|انفجار|مفخخه|ملغمه|عبوه|عبوات|ناسفه|انتحاري|حزام",
                r"\bbomb\w*|\bexplosi\w*|\bblast\b|\bied\b|\bsuicide\b",
                frozenset({"car_bomb", "ied", "suicide_attack"})),
    "assassination": (r"اغتيال|اغتال", r"\bassassinat\w*", frozenset({"assassination"})),
    "ambush": (r"كمين", r"\bambush\w*", frozenset({"ambush"})),
    "shelling": (r"قصف|هاون|قذايف|صاروخ|صواريخ|مسيره|طايره|غاره", r"\bshell\w*|\bmortar\w*|\brocket\w*|\bdrone\b"
                 r"|\bair ?strike\w*|\bair raid\b", frozenset({"shelling", "airstrike"})),
    "kidnapping": (r"اختطاف|اختطف|خطف", r"\bkidnap\w*|\babduct\w*", frozenset({"kidnapping"})),
    "sniper": (r"قناص|قنص", r"\bsnip\w*", frozenset({"sniper"})),
}


def _matches(patterns: dict, norm: str, flags: int = 0) -> list:
    return [key for key, pat in patterns.items() if re.search(pat, norm, flags)]


CHARGE_NOT_DEATH = True  # switch for A/B measurement (tests patch it)
# a charge named after the crime ("وجهت لهم تهمة القتل غير العمد"، "بتهمة قتل شرطي"، "جريمة القتل"): the word of death
# names what someone is accused of, not who died -- "كم رجلا وجهت لهم تهمة القتل" counts the men charged
_CHARGE_AR = re.compile(r"(?<!\w)[وفبل]{0,2}(?:تهمه|تهم|التهمه|التهم|جريمه|جرايم|الجريمه)\s+(?:ال)?(?:قتل|اعدام)(?!\w)"
                        r"(?:\s+غير\s+العمد)?")


LOST_ASKED = True  # switch for A/B measurement (tests patch it)
# "كم مقاتلا خسر الحوثيون"، "كم جنديا خسرت القوات": the fighters a side lost are its dead (read in the answer's sentence
# by counts_sentences.LOST_FIGHTERS)
_LOST_AR = re.compile(r"(?<!\w)كم (?:مقاتل|جندي|عنصر|شخص|مسلح|فرد|منتسب|عسكري|ضابط|مجند|شرطي)\S* (?:\S+ )?"
                      r"[وف]?(?:خسر|خسرت|خسروا|يخسر|تخسر)(?!\w)")


WHICH_PARTY = True  # switch for A/B measurement (tests patch it)
# "ما الجهة التي نفذت الهجوم"، "أي جماعة تبنت التفجير"، "which side carried out the raid": the doer asked by its
# kind (a party, side, group, organisation) and a verb of doing or claiming the attack
_PARTY_AR = r"(?:الجهه|جهه|الجهات|جهات|الجماعه|جماعه|التنظيم|تنظيم|الفصيل|فصيل|الطرف|طرف|الحركه|حركه|الميليشيا|ميليشيا" \
    r"|المليشيا|مليشيا|الخليه|خليه)"
_DOER_VERB_AR = r"(?:نفذ|نفذت|نفذوا|شن|شنت|تبني|تبنت|تتبني|يتبني|يقف|تقف|وقف|وقفت|هاجم|هاجمت|ارتكب|ارتكبت" \
    r"|فجر|فجرت|زرع|زرعت|اطلق|اطلقت|قصف|قصفت|اغتال|اغتالت|اختطف|اختطفت|خطف|خطفت)"
_WHICH_PARTY = {
    "ar": re.compile(r"(?:(?<!\w)(?:ما|وما|اي|واي)|^\W*و?من)(?: هي| هو)? " + _PARTY_AR + r"(?: \S+){0,2}? (?:التي |الذي |الذين )?"
                     + _DOER_VERB_AR + r"(?!\w)"),
    "en": re.compile(r"^\W*(?:which|what) (?:\w+ ){0,2}?(?:side|party|body|entity|outfit|network|cell|force)\b"
                     r"(?: \w+){0,3}? (?:carried out|was behind|is behind|were behind|launched|committed|perpetrated"
                     r"|claimed|staged|attacked)\b", re.I),
}


# switch for A/B measurement: a question asking for a person by what he is ("who is the police commissioner in X who
# gave the toll of ...", "من هو الأمين العام ... الذي أعلن حصيلة ...") asks for him; a toll word of its relative clause
# tells what he did, not a count asked (the toll he gave was read as the answer)
HEAD_CLAUSE = True
_WHO_HEAD = {
    "en": re.compile(r"^\W*who (?:is|was|are|were) the\b(.*?)\s(?:who|that|whose|which)\s", re.I),
    "ar": re.compile(r"^\W*و?من (?:هو |هي |هم )?(.*?)\s(?:الذي|التي|الذين|اللذين|اللتين)\s"),
}


def _head_only(norm: str, language: str) -> str | None:
    """The head clause of a who-is question whose relative clause holds its only count word (:data:`HEAD_CLAUSE`):
    the text before the relative pronoun; None for any other question."""
    if not HEAD_CLAUSE:
        return None
    m = _WHO_HEAD[language].search(norm)
    if m is None:
        return None
    head = norm[:m.end(1)]
    how = _HOW_MANY_AR if language == "ar" else _HOW_MANY_EN
    if how.search(head) or not how.search(norm[m.end(1):]) or _ASKS_COUNT[language].search(norm):
        return None
    return head


def _cues(norm: str, language: str) -> tuple[set[Intent], bool]:
    head = _head_only(norm, language)
    if head is not None:
        hits, _ = _cues_of(norm, language)
        casualty = {Intent.killed, Intent.injured}
        return {h for h in hits if h not in casualty} | (_cues_of(head, language)[0] & casualty), False
    return _cues_of(norm, language)


# switch for A/B measurement: what a question asks (its intent) comes from its main clause. A relative or temporal
# clause after the asked slot ("From which hilltop did the sniper fire when he killed a girl"، "How many gunmen stormed
# the centre where hostages were held"، "ما اسم القائد الذي قتل ...") tells the scene: a toll word, a "where", a "who was"
# or an attack word found only there does not make the question a toll, place, role or doer question. (The question's
# ``cues`` keep every word: the clause stays context for search terms and fit.)
MAIN_CLAUSE = True
# the subordinate clause markers after the opening question word (English: relative pronouns and "when/where/while";
# prepositions such as "after", "since" open no clause of their own; Arabic: relative pronouns and conjunctions of time)
_SUB_EN = re.compile(r"(?:\s|,\s*)(?:who|whom|whose|which|that|when|where|while)\s", re.I)
_SUB_AR = re.compile(r"\s(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|اللاتي|اللواتي|عندما|حين|حينما|بعدما|بعد ان|قبل ان"
                     r"|بينما)(?!\w)")
# the opening that asks (the question word, with a preposition before it): the split is looked for after it
_OPENING = {"en": re.compile(r"^\W*(?:(?:from|in|at|on|to|into|through|by|with|near|for|under|over|during|of)\s+)?"
                             r"(?:who|whom|whose|which|what|where|when|how|why)\b", re.I),
            "ar": re.compile(r"^\W*(?:و|ف)?(?:(?:في|من|الي|علي|عن|ب|ل|قرب|عند)\s*)?(?:من|ما|ماذا|اي|ايه|اين|متي|كم|كيف|لماذا|هل"
                             r"|بكم|باي|لاي|ما هو|ما هي)(?!\w)")}
# the intents a subordinate clause may not give (a victim is the head the clause tells of: "من القيادي الذي قتل")
_SLOT_CUES = {Intent.location, Intent.role, Intent.perpetrator}
_CASUALTY = {Intent.killed, Intent.injured}
# a question opening with "who" keeps its clause's toll word ("who was the colonel that X killed": the one killed)
_OPENS_WHO = {"en": re.compile(r"^\W*who\b", re.I), "ar": re.compile(r"^\W*و?من(?!\w)(?!\s+اي(?!\w))")}


def main_clause(norm: str, language: str) -> str | None:
    """The question's main clause (:data:`MAIN_CLAUSE`): its text up to the first relative or temporal clause after the
    opening question word; None when the question has no such clause or opens with none."""
    opening = _OPENING[language].search(norm)
    if opening is None:
        return None
    m = (_SUB_AR if language == "ar" else _SUB_EN).search(norm, opening.end())
    if m is None or not norm[opening.end():m.start()].strip():
        return None
    return norm[:m.start()]


def _main_clause_hits(hits: set[Intent], norm: str, language: str, how_many: bool) -> set[Intent]:
    """``hits`` without the slot intents (and, in a question not asking a number nor opening with "who", the toll
    intents) that only the question's subordinate clause gives (:data:`MAIN_CLAUSE`)."""
    if not MAIN_CLAUSE:
        return hits
    main = main_clause(norm, language)
    if main is None:
        return hits
    if _OPENS_WHO[language].search(norm):
        return hits  # (its head is told by the clause: HEAD_CLAUSE, the victim and doer patterns read it)
    in_main = _cues_of(main, language)[0]
    drop = set(_SLOT_CUES) | (set() if how_many else _CASUALTY)
    if WHICH_PARTY and _WHICH_PARTY[language].search(norm) or _ASKS_PARTY[language].search(main):
        # "ما الجهة التي نفذت الهجوم"، "ما هي الجهة التي أعلنت مسؤوليتها": the party asked is the clause's doer
        drop.discard(Intent.perpetrator)
    if NOUN_CLAUSE and _ASKED_NOUN[language]["place"].search(main):
        drop.discard(Intent.location)  # "what was the name of the town where ...": the clause tells of the place asked
    if NOUN_CLAUSE and _ASKED_NOUN[language]["doer"].search(main):
        drop.discard(Intent.perpetrator)  # "ما اسم المسلح الذي نفذ ...": the clause tells of the doer asked
    if _ASKS_COUNT_NOUN[language].search(main):
        drop -= _CASUALTY  # "ما الرقم النهائي الذي أعلنته الشرطة لقتلى ...": a count is asked, the clause says of what
    if PLACE_POSITION and language == "en" and _PLACE_POSITION_EN.search(main):
        # "from which hilltop position did the sniper fire": a place, not an office ("what position did he hold")
        in_main.discard(Intent.role)
        drop.add(Intent.role)
    return {h for h in hits if h not in drop or h in in_main}


# switch for A/B measurement: an Arabic question opening "من أي <kind of place>" asks "from which", not "who": its "من"
# gives no role (a role word elsewhere still does; "من أي فوج" is left to the unit reader's role question)
FROM_WHICH = True
_FROM_WHICH_AR = re.compile(r"^\W*و?من اي(?!\w)")
# the main clause asks a party ("ما (هي) الجهة"، "which group") or a count by its noun ("ما العدد الإجمالي"، "what final
# figure"): the clause's doer or toll is what it asks of
_ASKS_PARTY = {"ar": re.compile(r"(?<!\w)(?:ما|اي)\s+(?:هي\s+|هو\s+)?" + _PARTY_AR + r"(?!\w)"),
               "en": re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?(?:group|organi[sz]ation|faction|militia|movement|party"
                                r"|side)s?\b", re.I)}
_ASKS_COUNT_NOUN = {"ar": re.compile(r"(?<!\w)(?:ما|اي)\s+(?:هي\s+|هو\s+)?(?:ال)?(?:عدد|رقم|ارقام|حصيله|اجمالي|مجموع)(?!\w)"),
                    "en": re.compile(r"\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:figures?|totals?|tally|count|numbers?|tolls?"
                                     r"|casualt(?:y|ies))\b", re.I)}
# switch for A/B measurement: the main clause asks a place or a doer by its noun, and the clause marker follows that
# noun ("What was the name of the town where ..."، "ما اسم المسلح الذي ..."): the clause describes the thing asked, so
# its place or doer cue stays (as WHICH_PARTY keeps it for party nouns); a clause after another word ("How many gunmen
# stormed the bank where ...") still gives none
NOUN_CLAUSE = True
_PLACE_NOUN_EN = r"(?:town|city|village|district|neighbou?rhood|area|region|province|governorate|suburb|place|spot|site" \
    r"|location|border crossing|crossing)s?"
_DOER_NOUN_EN = r"(?:militant|gunman|gunmen|bomber|attacker|assailant|perpetrator|group|militia|faction|organi[sz]ation" \
    r"|cell)s?"
_PLACE_NOUN_AR = r"(?:مدينه|بلده|قريه|منطقه|ناحيه|قضاء|محافظه|حي|مكان|موقع|معبر|مخيم)"
_DOER_NOUN_AR = r"(?:مسلح|مسلحين|انتحاري|انتحاريه|منفذ|منفذي|مهاجم|مهاجمين|جماعه|تنظيم|فصيل|ميليشيا|مليشيا|خليه)"
# the opening asks the noun itself ("what/which (is) (the) (name of (the)) (adjective) <noun>"), a few words of it
# (a direction, "of X") may follow before the clause; an English clause "in which" leaves its preposition in the main
_ASKED_HEAD_EN = r"^\W*(?:what|which)\s+(?:(?:is|was|are|were)\s+)?(?:the\s+)?(?:names?\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+)?"
_ASKED_TAIL_EN = r"(?:\s+[\w'-]+){0,4}?(?:\s+(?:in|at|on|from|near))?\W*$"
_ASKED_HEAD_AR = r"^\W*و?(?:ما|اي)(?:\s+(?:هو|هي))?(?:\s+اسم|\s+اسماء)?\s+(?:ال)?"
_ASKED_TAIL_AR = r"(?:\s+\S+){0,4}?\W*$"
_ASKED_NOUN = {"en": {"place": re.compile(_ASKED_HEAD_EN + _PLACE_NOUN_EN + r"\b" + _ASKED_TAIL_EN, re.I),
                      "doer": re.compile(_ASKED_HEAD_EN + _DOER_NOUN_EN + r"\b" + _ASKED_TAIL_EN, re.I)},
               "ar": {"place": re.compile(_ASKED_HEAD_AR + _PLACE_NOUN_AR + r"(?!\w)" + _ASKED_TAIL_AR),
                      "doer": re.compile(_ASKED_HEAD_AR + _DOER_NOUN_AR + r"(?!\w)" + _ASKED_TAIL_AR)}}
PLACE_POSITION = True  # switch for A/B measurement (tests patch it)
_PLACE_POSITION_EN = re.compile(r"^\W*(?:from|at|near|toward|towards|into|on|to)\s+(?:which|what)\s+(?:[\w-]+\s+){0,2}?"
                                r"positions?\b", re.I)


def _cues_of(norm: str, language: str) -> tuple[set[Intent], bool]:
    if language == "ar":
        hits = set(_matches(_AR, norm))
        if WHICH_PARTY and _WHICH_PARTY["ar"].search(norm):
            hits.add(Intent.perpetrator)
        if asks_responsible(norm, "ar"):  # ("... عن الهجوم الذي قتل 5": the killing describes the attack)
            hits.add(Intent.perpetrator)
            hits.discard(Intent.victim)
        if LOST_ASKED and _LOST_AR.search(norm):
            hits.add(Intent.killed)
        if CHARGE_NOT_DEATH and Intent.killed in hits and _CHARGE_AR.search(norm) \
                and not re.search(_AR[Intent.killed], _CHARGE_AR.sub(" تهمه ", norm)):
            hits.discard(Intent.killed)
        return hits, bool(_HOW_MANY_AR.search(norm))
    hits = set(_matches(_EN, norm, re.I))
    if _VICTIM_EN_SPLIT.search(norm):
        hits.add(Intent.victim)
    if WHICH_PARTY and _WHICH_PARTY["en"].search(norm):
        hits.add(Intent.perpetrator)
    return hits, bool(_HOW_MANY_EN.search(norm))


def _asks_action(norm: str, language: str) -> bool:
    """The question asks what someone did or said, or why ("what did X do", "ماذا فعل", "لماذا")."""
    if DESCRIBE_ACTION and _DESCRIBE_Q[language].search(norm):
        return True
    if language == "en":
        return bool(_ACTION_EN.search(norm))
    m = _ACTION_AR_VERB.search(norm)
    if m and re.match(r"(يوجد|هناك|هي|هو|ينص|تنص|يتضمن|تتضمن)$", m.group(2)):
        return False  # "ما الذي يتضمنه الاتفاق": its provisions, not an action
    return bool(_ACTION_AR.search(norm))


def _which_ar(subjects: str, pronouns: str) -> re.Pattern[str]:
    """"ما/أي [<subject pronoun>] <noun> <relative pronoun>": the noun is the thing asked for."""
    return re.compile(rf"^\W*(?:ما|اي)\s+(?:(?:{subjects})\s+)?(\S+)\s+(?:{pronouns})(?!\w)")


# "which <thing> ..." ("ما الجبهة التي ..."، "أي قاعدة ..."، "which front was he leading ..."): the thing is asked for
_WHICH_AR = _which_ar("هي|هو", "التي|الذي|الذين")
_WHICH_EN = re.compile(r"^\W*(?:which|what)\s+(\w+)\s+(?:was|were|is|are|did|does|had|has)\b", re.I)
# the relative pronoun agrees with the thing asked: dual ("ما المادتان اللتان وجدت في العينات"، "ما الموقعان اللذان")
# as well as the singular (A/B switch, tests patch it)
WHICH_DUAL = True
_WHICH_AR_DUAL = _which_ar("هي|هو|هما", "اللتان|اللذان|اللتين|اللذين")
# the thing asked may carry words of its own before the verb or the relative pronoun ("Which Yemeni army brigade was
# fighting ... when coalition raids killed more than 40"، "ما اللواء اليمني الذي ..."): the question's type comes from
# that main clause, the toll of its when/relative clause only sets the scene (switch for A/B measurement, tests patch it)
WHICH_MODIFIED = True
_WHICH_EN_MOD = re.compile(r"^\W*(?:which|what)\s+((?:[\w-]+\s+){1,3}?)(\w+)\s+(?:was|were|is|are|did|does|had|has)\b",
                           re.I)
_WHICH_AR_MOD = re.compile(r"^\W*(?:ما|اي)\s+(?:(?:هي|هو)\s+)?(\S+)((?:\s+\S+){1,2}?)\s+(?:التي|الذي|الذين)(?!\w)")

# ... but a defined count noun ("ما العدد الإجمالي الذي ..."، "ما الرقم النهائي الذي ..."، "what final figure was given
# for the dead") asks the count, and the question keeps its count type (switch for A/B measurement, tests patch it)
WHICH_COUNT_NOUN = True
_COUNT_NOUN = re.compile(r"(?:عدد|رقم|ارقام|حصيله|اجمالي|مجموع|figures?|totals?|tally|count|numbers?|tolls?"
                         r"|casualt(?:y|ies))$", re.I)

ASKED_LAST = True  # switch for A/B measurement: a question told after a sentence of setting asks in its last one
_LAST_SENTENCE = re.compile(r"(?<=[.!؟?])\s+(?=\S)")


def _asks_which_thing(norm: str, language: str) -> bool:
    """The question asks which thing (a front, a base, a unit) and its death word only dates it ("before his death")."""
    if ASKED_LAST:  # "In May 2018 ... warned of X. Which warplane was ...": the question is the last sentence
        norm = _LAST_SENTENCE.split(norm.strip())[-1]
    m = (_WHICH_AR if language == "ar" else _WHICH_EN).search(norm)
    if m is None and WHICH_DUAL and language == "ar":
        m = _WHICH_AR_DUAL.search(norm)
    if m is None and WHICH_MODIFIED:
        mod = (_WHICH_AR_MOD if language == "ar" else _WHICH_EN_MOD).search(norm)
        if mod is None:
            return False
        # the thing's own words (an adjective, a nisba, "army") name no death, count or people either
        noun, words = (mod.group(1), mod.group(2)) if language == "ar" else (mod.group(2), mod.group(1))
        # (a person asked by his kind, "which Houthi commander ... died", "ما عمر الطفلة ... التي قتلها": a victim, an age)
        if re.sub(r"^(?:ال)", "", noun.lower()) in _PERSON_NOUNS or noun in ("عمر", "age"):
            return False
        if WHICH_COUNT_NOUN and _COUNT_NOUN.match(re.sub(r"^(?:ال)", "", noun.lower())):
            return False  # "ما الرقم النهائي الذي أعلنته الشرطة لقتلى ..." asks the toll
        return all(_thing_noun(w, language) and not _MOD_NOT_THING.match(w) for w in [noun, *words.split()])
    if not m:
        return False
    return _thing_noun(m.group(1), language)


_MOD_NOT_THING = re.compile(r"(?:names|persons|many|much|of|kind|type|sort)$", re.I)


def _thing_noun(noun: str, language: str) -> bool:
    """A word of the thing a which-question asks for that names no death, name, count or people."""
    return not re.search(_AR[Intent.killed] if language == "ar" else _EN[Intent.killed], noun, re.I) \
        and not re.match(r"(?:اسم|اسماء|عدد|حصيله|name|number|toll|people|person)$", noun, re.I)


# a question opening with "who is the <office>" ("من المتحدث باسم ... الذي أعلن إصابة ..."، "who is the spokesman
# for X who said the attack ...") asks for the holder of the office: the casualty or attack it tells of is its setting
_OFFICE_AR = (r"(?:ال)?(?:متحدث|ناطق|محافظ|وزير|قايد|رييس|مدير|مفوض|امين|نايب|مستشار|سفير|مبعوث|زعيم|امير|مسوول|قاضي"
              r"|مفتي|رييسه|وزيره|مديره|قايده)")
_ASKS_OFFICE = {
    "ar": re.compile(rf"^\W*و?من (?:هو |هي )?{_OFFICE_AR}(?!\w)"),
    "en": re.compile(r"^\W*who (?:is|was|were|are) the (?:\w+ ){0,2}?(?:spokes(?:man|person|woman)|governor|minister"
                     r"|commander|head|chief|leader|director|secretary|envoy|ambassador|mayor|president|emir|judge"
                     r"|commissioner)\b",
                     re.I),
}
# switch for A/B measurement: an English office is often named after three words of whose it is ("who is the Burkina
# Faso government spokesman who gave a toll ...", "who is the army's chief spokesman ..."): up to three words, a
# possessive among them, stand between "the" and the office (two, no possessive, above)
OFFICE_THREE_WORDS = True
_ASKS_OFFICE_EN3 = re.compile(r"^\W*who (?:is|was|were|are) the (?:[\w'\u2019-]+ ){0,3}?(?:spokes(?:man|person|woman)"
                              r"|governor|minister|commander|head|chief|leader|director|secretary|envoy|ambassador|mayor"
                              r"|president|emir|judge|commissioner)\b", re.I)


def _opens_office(norm: str, language: str) -> bool:
    """The question opens with "من (هو) <office>" / "who is the <office>" (:data:`_ASKS_OFFICE`,
    :data:`OFFICE_THREE_WORDS`)."""
    if _ASKS_OFFICE[language].search(norm):
        return True
    return OFFICE_THREE_WORDS and language == "en" and _ASKS_OFFICE_EN3.search(norm) is not None


OFFICE_OVER_COUNT = True  # switch for A/B measurement (tests patch it)
WHICH_OFFICE = True  # switch for A/B measurement: "which <office> ..." asks for the holder as "who is the <office>" does
# "Which spokesman of the ministry gave the toll ...", "Which UAE official said ...": the office holder is asked; the
# toll or the words he gave are his setting (a possessive, "which country's ambassador", asks for the country)
_WHICH_OFFICE_EN = re.compile(r"^\W*which (?:[\w-]+ ){0,3}?(?:spokes(?:man|person|woman)|official|governor|minister"
                              r"|envoy|ambassador|mayor|diplomat)\b(?!['\u2019])", re.I)


WHOSE_OFFICE = True  # switch for A/B measurement (tests patch it)
# "Which country's deputy ambassador said ...": the state of an office holder known by what he said; no place of an event
# switch for A/B measurement: "which country's <thing>" (an embassy, a ship, a consulate; not an office: WHOSE_OFFICE)
# asks whose it is -- the state the article names by its adjective ("السفارة العراقية") --, not a place: no location
# question (the records would answer with where the attack happened)
WHOSE_THING = True
_WHOSE_THING_EN = re.compile(r"^\W*(?:which|what) (?:country|state|nation)['\u2019]s? ", re.I)
_WHOSE_OFFICE_EN = re.compile(r"^\W*which (?:country|state|nation|government)['\u2019]s? (?:[\w-]+ ){0,3}?"
                              r"(?:spokes(?:man|person|woman)|officials?|governor|minister|envoy|ambassador|diplomat"
                              r"|representative|delegate|president|leader|army|military)\b", re.I)


STATE_ACTS = True  # switch for A/B measurement (tests patch it)
# "which country requested / proposed / condemned X", "أي دولة طلبت ...": a state doing something, asked as its
# actor (a venue is asked as "which country hosted", "in which country")
_STATE_ACTS = {
    "en": re.compile(r"^\W*(?:which|what) (?:country|state|nation|government) (?:has |had |have )?(?:first )?"
                     r"(?:requested|asked|proposed|called|demanded|submitted|sponsored|drafted|offered|announced"
                     r"|condemned|accused|blamed|threatened|warned|urged|supported|backed|opposed|rejected|vetoed"
                     r"|recogni[sz]ed|expelled|summoned|sent|deployed|imposed|funded|brokered|mediated|pledged"
                     r"|donated|invited|initiated)\b", re.I),
    "ar": re.compile(r"^\W*(?:ما|اي) (?:هي )?(?:الدوله|دوله|البلد|بلد|الحكومه|حكومه)(?: التي)? "
                     r"(?:طلبت|اقترحت|دعت|طالبت|قدمت|رعت|عرضت|ادانت|اتهمت|هددت|حذرت|ايدت|دعمت|عارضت|رفضت|طردت"
                     r"|استدعت|ارسلت|فرضت|مولت|توسطت|تعهدت|تبرعت)(?!\w)"),
}


# "من (هو) المسؤول عن الهجوم ..." asks who carried the attack out, not the holder of an office ("من المسؤول عن ملف
# الأمن" does): "مسؤول عن" and an attack's word right after it (switch for A/B measurement, tests patch it)
RESPONSIBLE_DOER = True
_RESPONSIBLE_AR = re.compile(r"^\W*و?من (?:هو |هي |هم )?(?:ال)?(?:مسوول|مسووله|مسوولون|مسوولين) (?:عن|عنه|عنها)\s+"
                             r"(?:\S+\s+)?[وبل]?(?:ال)?(?:هجوم|هجمات|هجومين|تفجير|تفجيرات|تفجيرين|انفجار|اعتداء|اعتداءات"
                             r"|استهداف|اغتيال|اختطاف|خطف|قصف|كمين|مقتل|قتل|مجزره|حادث|حادثه|عمليه|ضربه|غاره|اطلاق)(?!\w)")
# ... only right before an attack's own noun (an office holder is responsible "عن عملية إعادة الإعمار"، "عن حادثة غرق
# العبارة"، "عن إطلاق سراح المعتقلين"، "عن ملف الهجمات"), إطلاق only of fire or rockets, and not a figurative attack
# ("الهجوم الإعلامي") (switch for A/B measurement, tests patch it)
RESPONSIBLE_ATTACK_NOUN = True
_RESPONSIBLE_AR_NOUN = re.compile(r"^\W*و?من (?:هو |هي |هم )?(?:ال)?(?:مسوول|مسووله|مسوولون|مسوولين) (?:عن|عنه|عنها)\s+"
                                  r"(?:(?:هذا|هذه|هذين|هاتين|هولاء|ذلك|تلك)\s+)?[وبل]?(?:ال)?(?:(?:هجوم|هجمات|هجومين"
                                  r"|تفجير|تفجيرات|تفجيرين|انفجار|اعتداء|اعتداءات|استهداف|اغتيال|اختطاف|خطف|قصف|كمين|مقتل"
                                  r"|قتل|مجزره|ضربه|غاره)(?!\w)(?!\s+(?:ال)?(?:اعلامي|السياسي|سياسي|اعلامي|الالكتروني"
                                  r"|الكتروني|السيبراني|سيبراني)(?!\w))|اطلاق\s+(?:ال)?(?:نار|صواريخ|صاروخ|قذائف|قذيفه"
                                  r"|رصاص)(?!\w))")


def asks_responsible(norm: str, language: str) -> bool:
    """An Arabic question asking who is responsible for an attack (:data:`RESPONSIBLE_DOER`)."""
    pattern = _RESPONSIBLE_AR_NOUN if RESPONSIBLE_ATTACK_NOUN else _RESPONSIBLE_AR
    return RESPONSIBLE_DOER and language == "ar" and pattern.search(norm) is not None


def asks_office(norm: str, language: str, how_many: bool = False) -> bool:
    """The question opens by asking for an office holder ("من المتحدث باسم ..."، "who is the governor ..."), or
    (``how_many``: a toll word is in it) "which spokesman gave the toll ..." (without one, "which official said X" is
    read by the action reader: the speaker of X)."""
    if _opens_office(norm, language):
        return not asks_responsible(norm, language)
    return WHICH_OFFICE and how_many and language == "en" and _WHICH_OFFICE_EN.search(norm) is not None
# the words that ask a number outright: "عدد"/"حصيلة"/"toll" may be only what an office holder announced
_ASKS_COUNT = {"ar": re.compile(r"(?<!\w)ب?كم(?!\w)"), "en": re.compile(r"\bhow many\b|\bhow much\b", re.I)}
# "how was X killed" ("كيف قتل القيادي ..."، "how did he die"): the manner of a death, told by its sentence -- no count
_ASKS_MANNER = {
    "ar": re.compile(r"^\W*و?كيف (?:\S+ ){0,2}?(?:قتل|قتلت|قتلوا|لقي|لقيت|لقوا|اغتيل|اغتيلت|مات|ماتت|توفي|توفيت|استشهد"
                     r"|استشهدت|قضي|قضت|اصيب|اصيبت|جرح)(?!\w)"),
    "en": re.compile(r"^\W*how (?:was|were|did)\b.*\b(?:killed|die|died|assassinated|wounded|injured)\b", re.I),
}


# "where was X born" ("أين ولد ..."، "ما مسقط رأس ..."): a birthplace, told by the sentence saying so, not an event's place
_ASKS_BIRTH = {
    "ar": re.compile(r"(?<!\w)(?:اين|في اي (?:بلد|دوله|مدينه|منطقه)) (?:\S+ ){0,1}?(?:ولد|ولدت|يولد|ولدوا)(?!\w)"
                     r"|(?<!\w)(?:مسقط راس|مكان (?:ولاده|مولد)|محل (?:ولاده|ميلاد)|مكان ميلاد)"),
    "en": re.compile(r"\bwhere\b.*\bborn\b|\bbirthplace\b|\bplace of birth\b", re.I),
}


def asks_birthplace(question: Question) -> bool:
    """The question asks where someone was born (a location question about no event)."""
    text = normalize(question.text) if question.language == "ar" else question.text
    return question.intent is Intent.location and bool(_ASKS_BIRTH[question.language].search(text))


WHERE_HURT = True  # switch for A/B measurement (tests patch it)


# "where in his body was he hit", "في أي موضع من جسده أصيب": the part of the body a wound is in, told by the sentence of
# the wound ("أصيب برصاصة في ذراعه"), not a count of the wounded nor the place of the attack (switch for A/B
# measurement, tests patch it)
WOUND_PLACE = True
_ASKS_WOUND_PLACE = {
    "ar": re.compile(r"(?<!\w)(?:اي|ما) (?:هو |هي )?(?:ال)?(?:موضع|مكان|جزء|منطقه|عضو) (?:من |في )(?:ال)?(?:جسد|جسم)\w*"),
    "en": re.compile(r"\bwhere (?:in|on) (?:his|her|their|the) body\b|\b(?:which|what) part of (?:his|her|their|the)"
                     r" body\b|\bwhere on (?:his|her|their) (?:person|body)\b", re.I),
}


def asks_wound_place(question: Question) -> bool:
    """The question asks the part of the body a wound is in (:data:`WOUND_PLACE`)."""
    text = normalize(question.text) if question.language == "ar" else question.text
    return WOUND_PLACE and bool(_ASKS_WOUND_PLACE[question.language].search(text))


def _intent(norm: str, language: str) -> tuple[Intent, bool]:
    every, how_many = _cues(norm, language)
    hits = _main_clause_hits(every, norm, language, how_many)
    if FROM_WHICH and language == "ar" and Intent.role in hits \
            and re.match(_FROM_WHICH_AR.pattern + rf" (?:ال)?(?:{_KIND_NOUNS}|تبه|تله|جبل|موقع)(?!\w)", norm) \
            and not re.search(_AR[Intent.role], _FROM_WHICH_AR.sub("عن اي", norm, count=1)):
        hits.discard(Intent.role)  # "من أي تبة أطلق القناص النار": "من" is "from", no "who"
    if WOUND_PLACE and not how_many and _ASKS_WOUND_PLACE[language].search(norm):
        return Intent.general, how_many  # "في أي موضع من جسده أصيب": the wound's place in the body, no count
    if not how_many and _ASKS_BIRTH[language].search(norm):
        return Intent.location, how_many
    if not how_many and _ASKS_MANNER[language].search(norm):
        return Intent.general, how_many
    if (not how_many or OFFICE_OVER_COUNT and not _ASKS_COUNT[language].search(norm)) \
            and Intent.victim not in hits and asks_office(norm, language, how_many):
        # "من هو المتحدث ... الذي أعلن حصيلة التفجير": the toll it announced is its setting, the office holder is asked
        return Intent.role, False
    if STATE_ACTS and not how_many and _STATE_ACTS[language].search(norm):
        # "which country requested the meeting": the state that asked is an actor of the event, not its venue
        return Intent.general, False
    if WHOSE_OFFICE and language == "en" and not how_many and _WHOSE_OFFICE_EN.search(norm):
        # "which country's envoy said X": the sentence naming the office and what its holder said names the state
        return Intent.role, False
    if WHOSE_THING and language == "en" and not how_many and Intent.victim not in hits and _WHOSE_THING_EN.search(norm):
        # "which country's embassy did the militia attack": the state owning the thing is asked, not where it stands
        return Intent.general, False
    if not how_many and _asks_action(norm, language) and not hits & {Intent.provisions, Intent.date, Intent.location,
                                                                     Intent.victim, Intent.status, Intent.lead}:
        return Intent.action, how_many
    if NATIONALITY_EN and not how_many and language == "en" and _NATIONALITY_Q_EN.search(norm):
        # "what were the nationalities of the two experts killed in ...": their states, not the toll of the strike
        return Intent.general, how_many
    if OPENING_WHEN and not how_many and _OPENS_WHEN.search(norm):
        # "When were the woman who plotted the attack and her mother arrested?": the date asked; "who plotted"
        # describes whom it befell
        return Intent.date, how_many
    if Intent.victim in hits and not how_many:
        return Intent.victim, how_many
    if DESCRIBED_WHO and language == "en" and Intent.perpetrator in hits and _described_who(norm):
        hits.discard(Intent.perpetrator)  # "Who is the man convicted of plotting attacks ...": a man by his title
    if Intent.perpetrator in hits and not how_many:
        # "من نفذ الهجوم الذي أسفر عن إصابة ثلاثة"، "who fired the shells that wounded two": the doer, not the wound
        return Intent.perpetrator, how_many
    if WHERE_HURT and Intent.injured in hits and not how_many and Intent.killed not in hits:
        # "أين أصيب X" asks where, "متى أصيب X" when, not how many were hurt (as for the killed below)
        for cue in (Intent.location, Intent.date):
            if cue in hits:
                return cue, how_many
    if Intent.injured in hits and (how_many or Intent.killed not in hits):
        if Intent.killed in hits and how_many:
            # "how many were killed and injured": killed first, the answer mentions both when known
            return Intent.killed, how_many
        return Intent.injured, how_many
    if Intent.perpetrator in hits and not (how_many and hits & {Intent.killed, Intent.injured}):
        # ("how many were killed in the attack ISIS claimed" counts the dead)
        return Intent.perpetrator, how_many
    if PLURAL_KINDS and Intent.killed in every and not how_many and language == "ar" \
            and _ASKED_PLURAL_AR.search(norm):
        # "في أي مناطق نفذت القوات عمليتها التي قتل فيها 15": places asked in the plural, the toll of a relative
        # clause describes the event (without a toll the question stays a general one: its passages list them)
        return Intent.location, how_many
    if Intent.killed in hits and not how_many and _asks_which_thing(norm, language):
        return Intent.general, how_many  # "ما الجبهة التي كان يقودها ... قبل مقتله": the front, not the death
    if Intent.killed in hits and (how_many or not hits & {Intent.date, Intent.location}):
        return Intent.killed, how_many
    for intent in (Intent.provisions, Intent.lead, Intent.status, Intent.date, Intent.location, Intent.participants):
        if intent is Intent.provisions and how_many and COUNT_NOT_PROVISIONS and not _AGREEMENT_HOLDS.search(norm):
            # "كم قرارا يتضمن عقوبات ...": a number is asked, "يتضمن" describes the things counted; "كم لواء يتضمن
            # الاتفاق" counts what the agreement holds, its provisions
            continue
        if intent is Intent.status and STATUS_NOT_WHICH and not how_many and _asks_which_thing(norm, language):
            continue  # "which warplane was among the sales to be suspended": a thing is asked, not a status
        if intent in hits:
            return intent, how_many
    if how_many and Intent.killed in hits:
        return Intent.killed, how_many
    if Intent.role in hits and not (COUNT_NOT_ROLE and how_many):
        # a bare Arabic "من" (who) is a role question only when nothing else matched; "how many sites did the
        # spokesman say were destroyed" asks for a number, the spokesman is who said it
        return Intent.role, how_many
    return Intent.general, how_many


# switch for A/B measurement (tests patch it): an English "Who is/was the <person> ..." asks the person by what he
# is, as the Arabic "من هو الرجل الذي ..." does (a role question), when the doer word stands only in what describes
# another than him or a charge against him: after a noun of "of" ("the father of the family that carried out the
# bombings") or a participle of judging ("Who is the man convicted of plotting attacks ..."). "Who was the man who
# carried out the attack ..." still asks the doer (the relative clause hangs off the head itself), as does a doer's
# head noun ("Who was the attacker in ...")
DESCRIBED_WHO = True
_DESCRIBED_WHO_EN = re.compile(r"^\W*who (?:is|was|are|were) the ((?:[\w'-]+ ){0,5}?[\w'-]+)"
                               r"(?= (?:who|that|whom|which|of|in|at|on|from|for|with|after|during)\b| [a-z]+ed\b|,|\?)",
                               re.I)
_DOER_HEADS = re.compile(r"(?:attackers?|gunm[ae]n|bombers?|shooters?|assailants?|perpetrators?|killers?|masterminds?"
                         r"|hijackers?|kidnappers?|abductors?|snipers?|group|organi[sz]ation|faction|militia|movement)$",
                         re.I)
_DOER_CUE_EN = re.compile(r"\b(?:carr\w* out|behind|attack\w*|launch\w*|commit\w*|perpetrat\w*|responsib\w*|claim\w*)\b",
                          re.I)
# what moves the doer cue off the man asked: a noun of "of" after the head ("the father of the family"), or a participle
# of judging right after the head, its place and time aside ("convicted in London of", "accused of", "charged with")
_JUDGED_EN = re.compile(r"^(?:,[^,?]{3,80},)? (?:(?:was|were|is|are|being|who (?:was|were|is|are|had been|has been)) )?"
                        r"(?:convicted|accused|suspected|charged|sentenced|jailed|imprisoned|tried|indicted|arrested"
                        r"|detained|wanted|prosecuted|acquitted)\b", re.I)


def _described_who(text: str) -> bool:
    """(:data:`DESCRIBED_WHO`) The English question asks "Who is the <person> ..." by a head noun that is no doer's,
    every doer cue standing after that head, in what describes another ("the father of the family that ...") or
    in a charge against him ("the man convicted of ..."); not "the man who carried out ..."."""
    m = _DESCRIBED_WHO_EN.match(text)
    if m is None or _DOER_HEADS.search(m.group(1).split(" of ")[0]):
        return False
    if not all(c.start() >= m.end(1) for c in _DOER_CUE_EN.finditer(text)):
        return False
    rest = text[m.end(1):]
    return rest.lower().startswith(" of ") or _JUDGED_EN.match(rest) is not None


OPENING_WHEN = True  # switch for A/B measurement: a question opening with "When"/"متى" asks a date
# ... but not a "When <scene>, what ...?" question (_WHEN_SCENE)
_OPENS_WHEN = re.compile(rf"^\W*(?:when\b{_WHEN_SCENE}|و?متي(?!\w))", re.I)
COUNT_NOT_ROLE = True  # switch for A/B measurement (tests patch it)
COUNT_NOT_PROVISIONS = True  # switch for A/B measurement: a how-many question is no provisions question
# ... unless the agreement is what holds the things counted (the verb's subject): "كم لواء يتضمن الاتفاق"
_AGREEMENT_HOLDS = re.compile(r"(?<!\w)(?:يتضمن|تتضمن|يتضمنها|تتضمنها|ينص|تنص|يشمل|تشمل)(?: عليها| عليه)? (?:ال)?"
                              r"(?:اتفاق|اتفاقيه|اتفاقات|اتفاقيات|هدنه|معاهده|مذكره|بروتوكول|صفقه|وثيقه|خطه|مبادره)"
                              r"(?!\w)|\b(?:agreement|deal|accord|treaty|truce|memorandum|plan)\b")
STATUS_NOT_WHICH = True  # switch for A/B measurement: "which X ... suspended" asks for X, not for a status


_EXPECTED = re.compile(r"(?<!\w)(يتوقع|تتوقع|يتوقعون|متوقع|المتوقع|يرجح|ترجح|المرجح|سيتم|سوف|ينتظر|يامل|تامل)(?!\w)"
                       r"|\b(expect\w*|will|anticipat\w*|predict\w*|likely|due to)\b", re.I)


# a question opening with "who" ("من أعلن مقتل أربعة ...", "who reported the deaths") asks for a person or body
_ASKS_WHO = re.compile(r"^\W*(?:من|ومن)(?!\w)|^\W*who\b", re.I)


def asks_who_told(question: Question) -> bool:
    """A killed/injured question that is no count and opens with "who" ("من أعلن مقتل أربعة ...", "who said
    ten were killed"): it asks who told of the deaths, not how many died (the count it states is given)."""
    if question.how_many or question.intent not in (Intent.killed, Intent.injured):
        return False
    return bool(_ASKS_WHO.search(normalize(question.text) if question.language == "ar" else question.text))


# "to where" ("إلى أين دعت ... للتوجه", "where were the residents told to go to", "إلى أي بلد فر ..."): a destination, not
# where something happened
_DESTINATION = re.compile(r"(?<!\w)(?:الي|والي) (?:اين|اي مكان|اي منطقه|اي مدينه|اي بلد|اي دوله)(?!\w)"
                          r"|(?<!\w)لاين(?!\w)"
                          r"|\bto where\b|\bwhere\b.*\b(?:go|head|move|flee|evacuate|relocate)\w*(?: to)?\s*\?*$"
                          r"|\bwhere\b.*\bto\s*\?*$", re.I)


def asks_destination(question: Question) -> bool:
    """A "where" question that asks where to ("إلى أين دعت الحكومة الأهالي للتوجه", "where were they told to go"):
    a place someone goes or is sent to, which no record of where an event happened answers."""
    if question.intent is not Intent.location:
        return False
    return bool(_DESTINATION.search(normalize(question.text) if question.language == "ar" else question.text.strip()))


def asks_expected(question: Question) -> bool:
    """A "when" question about what is expected or planned ("متى يتوقع ... إكمال تحرير الرمادي", "when will ..."):
    its answer is a time to come ("خلال أسبوعين"), not the date of an event the records hold."""
    return question.intent is Intent.date and bool(_EXPECTED.search(normalize(question.text)))


def asks_manner(question: Question) -> bool:
    """A question about how someone died or was hurt ("كيف قتل القيادي ..."، "how was he killed"): its answer is
    the sentence telling the means (an air strike, a sniper's bullet), not a count."""
    if question.how_many:
        return False
    return bool(_ASKS_MANNER[question.language].search(normalize(question.text) if question.language == "ar"
                                                       else question.text))


# the kind of place a question names as what it asks for ("في أي مدينة"، "ما القاعدة التي"، "which district"),
# normalised Arabic; an English kind is said by its Arabic nouns
PLACE_KINDS = ("مدينه", "بلده", "قريه", "منطقه", "حي", "مخيم", "مديريه", "محافظه", "ولايه", "قضاء", "ناحيه", "مقاطعه",
               "اقليم", "مطار", "ميناء", "سجن", "معسكر", "قاعده", "جبهه", "جزيره", "شارع", "ضاحيه")
_KIND_NOUNS = "|".join(PLACE_KINDS)
_ASKED_NOUN_AR = re.compile(rf"(?<!\w)(?:اي|ما)\s+(?:هي\s+|هو\s+)?(?:ال)?({_KIND_NOUNS})(?!\w)")
# ... and, asked by name, as a landform or a building, "ما اسم المعسكر الذي"، "ما الجبل الذي حرره"، "في أي مبنى": a
# place of that kind too
# (switch for A/B measurement)
ASKED_KIND_MORE = True
# switch for A/B measurement: "which hilltop / hill / mountain", "أي تبة" asks a place named after that noun (a front's
# position: "تبة السلال"، "تلة ..."، "جبل ...")
ASKED_HILL = True
_ASKED_NOUN_MORE_AR = re.compile(rf"(?<!\w)(?:اي|ما)\s+(?:هي\s+|هو\s+)?(?:اسم\s+)?(?:ال)?({_KIND_NOUNS}|جبل|تله|وادي|مبني|مقر)"
                                 r"(?!\w)")
_ASKED_HILL = {"ar": re.compile(r"(?<!\w)(?:اي|ما)\s+(?:هي\s+|هو\s+)?(?:اسم\s+)?(?:ال)?(تبه)(?!\w)"),
               "en": re.compile(r"\b(?:which|what)\s+(?:\w+\s+){0,1}?(hilltop|hill|mountain)\b", re.I)}
PLURAL_KINDS = True  # switch for A/B measurement (tests patch it)
# a kind of place asked in the plural ("في أي مناطق"): its singular names each place ("في منطقة ...")
_PLURAL_KIND = {"مدن": "مدينه", "مناطق": "منطقه", "قري": "قريه", "بلدات": "بلده", "محافظات": "محافظه", "احياء": "حي",
                "مديريات": "مديريه", "مخيمات": "مخيم"}
_ASKED_PLURAL_AR = re.compile(rf"(?<!\w)(?:اي|ما)\s+(?:هي\s+)?(?:ال)?({'|'.join(_PLURAL_KIND)})(?!\w)")
_ASKED_NOUN_EN = re.compile(r"\b(?:which|what)\s+(?:\w+\s+){0,1}?(city|town|village|district|province|governorate|region"
                            r"|area|neighbou?rhood|camp|airport|port|prison|base|front|island|street)\b", re.I)
_NOUN_OF_EN = {"city": ("مدينه",), "town": ("مدينه", "بلده"), "village": ("قريه", "بلده"),
               "district": ("مديريه", "قضاء", "منطقه", "حي", "ناحيه"), "province": ("محافظه", "ولايه", "اقليم", "مقاطعه"),
               "governorate": ("محافظه",), "region": ("منطقه", "اقليم"), "area": ("منطقه",),
               "neighbourhood": ("حي",), "neighborhood": ("حي",), "camp": ("مخيم", "معسكر"), "airport": ("مطار",),
               "port": ("ميناء",), "prison": ("سجن",), "base": ("قاعده", "معسكر"), "front": ("جبهه",),
               "island": ("جزيره",), "street": ("شارع",),
               # a hill a front's position is on ("تبة السلال"، "تلة ..."، "جبل ...")
               "hilltop": ("تبه", "تله", "جبل"), "hill": ("تبه", "تله", "جبل"), "mountain": ("جبل",)}
# "who leads", "who is the spokesman", "من يقود", "من هو المتحدث": a person is asked for
_ASKS_PERSON = {"ar": re.compile(r"^\W*و?من(?!\w)"), "en": re.compile(r"^\W*who\b", re.I)}


def asked_kind(question: Question) -> tuple[str, tuple[str, ...]] | None:
    """What kind of thing the answer must state, and the nouns a place is named after: ``("place", nouns)`` for
    "where" and "which city / which base" questions (no nouns: any place), ``("person", ())`` for who leads or
    holds an office ("من يقود"، "من هو المتحدث باسم"), ``("date", ())`` for "when" (a day of a month: "when will it end" too); None when
    the question asks for no such thing (a count, a doer, what someone did)."""
    norm = normalize(question.text) if question.language == "ar" else question.text
    if question.language == "ar":
        m = _ASKED_NOUN_AR.search(norm)
        if not m and ASKED_KIND_MORE:
            m = _ASKED_NOUN_MORE_AR.search(norm)
        nouns = (m.group(1),) if m else ()
        if not m and PLURAL_KINDS:
            m = _ASKED_PLURAL_AR.search(norm)
            nouns = (_PLURAL_KIND[m.group(1)],) if m else ()
    else:
        m = _ASKED_NOUN_EN.search(norm)
        nouns = _NOUN_OF_EN.get(m.group(1).lower(), ()) if m else ()
    if not m and ASKED_HILL:
        m = _ASKED_HILL[question.language].search(norm)
        nouns = (_NOUN_OF_EN.get(m.group(1).lower(), (m.group(1),)) if m else ())
    if question.intent is Intent.location:
        return "place", nouns
    if question.intent is Intent.general and nouns and not question.how_many:
        return "place", nouns
    if question.intent is Intent.date:
        return "date", ()
    if question.intent is Intent.lead and _ASKS_PERSON[question.language].search(norm) \
            or question.intent is Intent.role and _opens_office(norm, question.language):
        return "person", ()
    return None


# what a question that asks for a name asks it of: a person ("what was the name of"، "ما اسم"، "who was the attacker",
# "which official"), or a group ("which group"، "أي جماعة"، "ما التنظيم")
_NAME_Q_AR = re.compile(r"(?<!\w)(?:ما|وما) (?:اسم|اسماء)(?!\w)|(?<!\w)من (?:هو|هي|هم) (?:ال)?(?:منفذ|مهاجم|مسلح|قاتل|انتحاري"
                        r"|مشتبه|مسوول|ضابط|قايد)")
# the titles an English "which <title>" question asks a person by (the name asked here, the victim in
# ``records._ASKS_PERSON_EN``; each adds its own titles), singular or plural
PERSON_TITLES_EN = "official|commander|officer|minister|colonel|brigadier|journalist|cleric|imam|sheikh"
_NAME_Q_EN = re.compile(r"\bnames? of\b|\bwho (?:was|is|were|are) the (?:\w+ )?(?:attacker|gunman|gunmen|shooter|bomber"
                        r"|assailant|killer|suspect|perpetrator|hostage-taker)s?\b|\bwhich (?:\w+ ){0,3}?"
                        rf"(?:(?:{PERSON_TITLES_EN}|spokes(?:man|woman|person)|diplomat|preacher|judge|activist|politician"
                        r"|lawmaker)s?|spokesmen|clergymen)\b", re.I)
_GROUP_Q_AR = re.compile(r"(?<!\w)(?:اي|ما|ما هي|ما هو|وما) (?:ال)?(?:جماعه|تنظيم|مجموعه|حركه|فصيل|جبهه|ميليشيا|مليشيا|فصايل"
                         r"|جماعات|تنظيمات)(?!\w)")
_GROUP_Q_EN = re.compile(r"\b(?:which|what) (?:\w+ )?(?:group|organi[sz]ation|faction|movement|militia)s?\b", re.I)
NAME_ASKED = True  # switch for A/B measurement (tests patch it)
# the people a question may ask the name of ("ما اسم الشاب"، "the name of the young Palestinian"): a person's noun, or a
# nisba of a people or a place (Arabic "-ي", English "-ian", "-i", "-ese"); a thing's name ("ما اسم المستشفى") is none
_PERSON_NOUNS = {"شاب", "شابه", "رجل", "امراه", "سيده", "طفل", "طفله", "فتاه", "فتي", "قايد", "زعيم", "امير", "منفذ",
                 "مهاجم", "مسلح", "جندي", "ضابط", "شرطي", "عنصر", "مسوول", "وزير", "متحدث", "ناطق", "صحفي", "مراسل", "طالب",
                 "طالبه", "معلم", "طبيب", "مواطن", "مواطنه", "مقيم", "ضحيه", "قتيل", "شهيد", "اسير", "رهينه", "متهم",
                 "مشتبه", "معتقل", "سجين", "ناشط", "معارض", "مدير", "رييس", "قاضي", "محامي", "طيار", "قبطان", "جاسوس",
                 "عميل", "شخص", "الشخص", "man", "woman", "boy", "girl", "child", "teenager", "youth", "person", "soldier",
                 "officer", "policeman", "commander", "leader", "chief", "attacker", "gunman", "bomber", "shooter", "suspect",
                 "student", "teacher", "doctor", "journalist", "reporter", "victim", "prisoner", "detainee", "hostage",
                 "activist", "pilot", "spy", "agent", "official", "minister", "spokesman", "spokeswoman", "judge", "lawyer",
                 "captain", "driver", "worker", "resident", "citizen", "dissident", "opponent", "killer", "assailant"}


_NOT_NISBA = {"مستشفي", "مبني", "ملهي", "مقهي", "منتدي", "مشفي", "مرمي", "مسعي", "مجري"}  # places that end as a nisba does


def _person_named(words: list[str], language: str) -> bool:
    """The first noun after "the name of" is a person's (``_PERSON_NOUNS``) or a nisba ("الفلسطيني"، "Palestinian")."""
    for w in words:
        if language == "ar":
            w = re.sub(r"^[وفبل]?ال", "", w)
            if w in _PERSON_NOUNS or (len(w) >= 4 and w.endswith("ي") and w not in _NOT_NISBA):
                return True
            if w not in ("اسم", "اسماء"):
                return False
        else:
            lw = w.lower().strip(",?")
            if lw in ("the", "a", "an", "young", "old", "former", "senior", "two", "three", "british", "american"):
                continue
            return lw in _PERSON_NOUNS or (w[:1].isupper() and re.search(r"(?:ian|i|ese|ish|an)$", lw) is not None)
    return False


NATIONALITY_ASKED = True  # switch for A/B measurement (tests patch it)
# "ما جنسية المهاجم"، "ما جنسيات المخطوفين"، "من أي بلد ينحدر" (normalised): the answer names their countries
_NATIONALITY_Q_AR = re.compile(r"(?<!\w)و?ما (?:هي )?جنسي(?:ه|ات|تا)(?!\w)|(?<!\w)من اي (?:بلد|دوله) (?:ينحدر|تنحدر|ينحدرون)")
NATIONALITY_EN = True  # switch for A/B measurement: "what were the nationalities of the two experts killed ..."
_NATIONALITY_Q_EN = re.compile(r"\bwhat (?:was|were|is|are) (?:the |their |his |her )?nationalit(?:y|ies)\b"
                               r"|\bwhat nationalit(?:y|ies)\b", re.I)


def asked_name(question: Question) -> tuple[str, tuple[str, ...]] | None:
    """What the answer must state (:func:`asked_kind`), or, for a question asking for a name, ``("name", ())`` (a
    person's: "ما اسم الشاب الذي قتل"، "who was the attacker") or ``("group", ())`` ("which group tried to ...")."""
    kind = asked_kind(question)
    if kind is not None or not NAME_ASKED:
        return kind
    text = normalize(question.text) if question.language == "ar" else question.text
    if NATIONALITY_ASKED and (_NATIONALITY_Q_AR.search(text) if question.language == "ar"
                              else NATIONALITY_EN and _NATIONALITY_Q_EN.search(text)):
        return "nationality", ()
    group, name = _GROUP_Q_AR if question.language == "ar" else _GROUP_Q_EN, \
        _NAME_Q_AR if question.language == "ar" else _NAME_Q_EN
    if group.search(text):
        return "group", ()
    m = name.search(text)
    if m is None:
        return None
    if m.group(0).split()[-1].lower() in ("اسم", "اسماء", "of") and not _person_named(text[m.end():].split()[:4],
                                                                                      question.language):
        return None  # "ما اسم المستشفى"، "the name of the operation": a thing's name, not a person's
    return "name", ()
