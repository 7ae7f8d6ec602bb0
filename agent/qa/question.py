"""Reading a question: its language, what it asks for, and the places and actors it names.

Everything here is pure: no index, no model. The answerers use the result to pick
records and to check that the evidence they cite is about what was asked.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from marsad.agent.numbers import Quantity, read_quantity
from marsad.agent.offline.mentions import ADMIN_WORDS
from marsad.agent.offline.vocab import PLACE_NOUNS
from marsad.core.arabic import arabic_ratio, normalize, stem_tokens, tokenize
from marsad.core.lexicon import Entry, Lexicon, get_lexicon

__all__ = ["Intent", "Question", "parse_question", "unmapped", "named_by_common_noun", "asks_expected", "asks_birthplace", "asks_manner", "asks_destination", "asks_who_told", "states_day", "quantities", "places_in", "name_like", "detect_language", "mentions", "mention_starts", "find_entities", "content_terms", "english_names",
           "expand_english"]


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
    r"|(?<!\w)اي (مدينه|بلده|قريه|محافظه|منطقه|حي|دوله|قضاء|ناحيه|بلد)(?!\w)",
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
    Intent.killed: r"\b(kill\w*|dead|died|die|deaths?|fatalit\w*|casualt\w*|death toll|toll|lives)\b",
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
    Intent.date: r"^\W*when\b|[,;:]\s*(?:and\s+)?when\b|\band when\b|\bwhat (date|day|year|month)\b"
    r"|\bwhich (date|day|year|month)\b|\b(?:since|until|till) when\b",
    Intent.location: r"\bwhere\b|\b(what|which) (place|location|area|city|town|village|province|governorate|district"
    r"|region|country|neighbou?rhood)\b",
    Intent.participants: r"\b(which|what) (forces|parties|units|bodies|sides|members)\b|\btake[s]? part\b|\bparticipa\w*"
    r"|\bmade up\b|\bcompos\w*|\bjoin(s|ed|ing)?\b|\binclude[sd]?\b|\binvolved\b|\bwho (is|are) in\b",
    # an office asked for ("which minister", "what official"); an office that only describes someone
    # ("according to police chief Hadi Rzayej") is no role question
    Intent.role: r"\bspokes(man|person|woman)\b|\brole\b|\bposition\b|\btitle\b|\bjob\b|\bwho is\b|\bwho was\b"
    rf"|\b(which|what) (?:\w+ ){{0,2}}?{_OFFICE_EN}",
}
# "what did X do / say", "why did X ...": the sentences whose subject is X answer them
_ACTION_AR = re.compile(r"(?<!\w)(ماذا|ما الذي|بماذا|لماذا|ما سبب|ما اسباب|ما دوافع|ما هدف|ما الهدف من)(?!\w)")
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

STOP_AR = set(
    ["في", "من", "الي", "الى", "على", "علي", "عن", "مع", "ما", "ماذا", "لماذا", "بماذا", "هل", "كم", "بكم", "كيف", "متي", "اين", "من", "هو", "هي", "هم", "التي", "الذي", "الذين", "اي", "او", "ثم", "قد", "لقد", "كان", "كانت", "تم", "عدد", "هذا", "هذه", "ذلك", "تلك", "بين", "حسب", "اثناء", "خلال", "بعد", "قبل", "عند", "لدى", "لدي"]
)
_STOP_EN = set(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "and", "or", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "how", "many", "much", "what", "which", "who", "whom", "whose", "when", "where", "why", "this", "that", "these", "those", "it", "its", "as", "into", "according", "sources", "say", "said", "there", "their", "they", "has", "have", "had"]
)
# English words that carry no fact of their own in a question.
_FILLER_EN = set(
    ["people", "persons", "person", "many", "number", "total", "exactly", "did", "happen", "happened", "took", "place", "take", "part", "were", "sources", "article", "articles", "report", "reports", "reported", "news", "iraq", "iraqi", "south", "north", "east", "west", "southern", "northern", "eastern", "western", "near", "outside", "inside", "city", "province", "area",
     # what an armed group calls itself beside its name ("the Khorasan Group", "the Nusra Front")
     "group", "groups", "front", "movement", "brigade", "brigades", "battalion", "organization", "organisation",
     "name", "names",
     # the particles of an Arabic name ("Umm Sayyaf", "Abu Omar", "Ibn Saud"): the name after them is what is looked up
     "abu", "umm", "ibn", "bin", "bint", "abd", "abdul"]
)


def _uncovered_english(text: str, lexicon: Lexicon) -> tuple[str, ...]:
    covered = [(s, e) for _, s, e in lexicon.find_english(text)]
    for pat in (*_EN.values(), *_TOPIC_EN.values(), _HOW_MANY_EN.pattern, _OFFICE_EN):
        covered += [(m.start(), m.end()) for m in re.finditer(pat, text, re.I)]
    out = []
    for m in re.finditer(r"[A-Za-z]+|\d+", text):
        word = m.group().lower()
        if word in _STOP_EN or word in _FILLER_EN or len(word) < 3 or word.isdigit():
            continue
        if any(s <= m.start() and m.end() <= e for s, e in covered):
            continue
        out.append(word)
    return tuple(out)


# words that open an English question with a capital without being a name ("Give the toll of ...", "After the
# attack, who ..."): every other capitalised first word is read as a name ("Mastung election rally bombing: ...")
_OPENERS_EN = {"give", "tell", "describe", "explain", "list", "name", "show", "find", "state", "summarize",
               "summarise", "please", "can", "could", "would", "after", "before", "during", "under", "since",
               "following", "despite", "besides", "according", "regarding", "concerning", "about", "over", "among"}


def name_like(word: str, start: int) -> bool:
    """A capitalised word of an English question that may be a name: not its first word, or a first word that
    does not open a question or a clause (:data:`_OPENERS_EN`)."""
    return word[:1].isupper() and (start > 0 or word.lower() not in _OPENERS_EN)


MAX_UNMAPPED_SHARE = 0.25  # share of an English question's content words the lexicon may fail to say in Arabic


def unmapped(question: Question) -> bool:
    """An English question too much of which no Arabic passage can be shown to answer: a capitalised
    name neither the lexicon nor the index's spellings know, or more than :data:`MAX_UNMAPPED_SHARE`
    of its content words unknown. A stray ordinary word ("leaving", "around") is not enough."""
    if question.language != "en" or not question.uncovered:
        return False
    for m in re.finditer(r"(?<![A-Za-z])[A-Za-z]+", question.text):
        if m.group().lower() in question.uncovered and name_like(m.group(), m.start()):
            return True
    words = [w for w in re.findall(r"[A-Za-z]+", question.text)
             if len(w) >= 3 and w.lower() not in _STOP_EN and w.lower() not in _FILLER_EN]
    unknown = [w for w in question.uncovered if w not in _PLAIN_EN]
    return len(unknown) > MAX_UNMAPPED_SHARE * max(1, len(words))


# ordinary English words that carry no fact a passage must show ("its own fighters", "under the bridge")
_PLAIN_EN = {"own", "under", "over", "above", "below", "after", "before", "during", "against", "between", "among",
             "within", "without", "than", "then", "also", "both", "each", "other", "another", "some", "any", "all",
             "more", "most", "less", "least", "very", "just", "only", "old", "new", "former", "first", "last", "next", "later",
             "earlier", "ago", "since", "until", "while", "whom", "whose", "them", "him", "her", "his", "hers", "our",
             "out", "off", "back", "away", "around", "across", "along", "toward", "towards", "upon", "via", "per"}


# Which actor entries are too generic to be a question's subject ("forces", "the security forces").
_GENERIC_ACTORS = {"iraqi_security_forces"}
_ROOM_BEFORE = re.compile(r"(?<!\w)(غرفه|غرف|مركز|مراكز|مقر|خليه)\s*$")


# Common nouns that some registry actors also answer to ("the army" = the Iraqi Army in Iraqi news).
# A question naming an actor only by one of them does not require that actor: "the army
# headquarters in Ouagadougou" or "الجيش المصري" is another country's army.
_COMMON_NOUNS = {"جيش", "الجيش", "قوات", "القوات", "شرطه", "الشرطه", "حكومه", "الحكومه", "army", "the army", "police",
                 "the police", "forces", "the forces", "military", "the military", "government", "the government"}
# and nouns that name a registry place only in Iraqi context ("الإقليم" = the Kurdistan Region)
_COMMON_PLACE_NOUNS = {"اقليم", "الاقليم", "العاصمه", "المحافظه", "المدينه", "البلاد"}


def named_by_common_noun(entry: Entry, text: str, lexicon: Lexicon) -> bool:
    """Every place ``text`` names ``entry`` is a bare common noun ("the army", "الجيش", "الإقليم")."""
    return _only_common_noun(entry, text, normalize(text), lexicon, _COMMON_NOUNS | _COMMON_PLACE_NOUNS)


def _only_common_noun(entry: Entry, text: str, norm: str, lexicon: Lexicon,
                      common: set[str] = _COMMON_NOUNS) -> bool:
    """Every place the question names ``entry`` is a bare common noun ("the army", "الجيش")."""
    pattern = _entry_pattern(entry)
    surfaces = [m.group().strip() for m in pattern.finditer(norm)] if pattern is not None else []
    surfaces += [text[s:e].lower() for found, s, e in lexicon.find_english(text) if found == entry]
    if not surfaces:
        return False
    return all(re.sub(r"^[وفبل]{1,2}(?=ال)", "", x) in common for x in surfaces)


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


def detect_language(text: str) -> str:
    """``"ar"`` when most letters are Arabic, else ``"en"``."""
    return "ar" if arabic_ratio(text) >= 0.5 else "en"


_LONG_VOWELS = "اوي"


def _vowel_tolerant(form: str) -> str:
    """A regex for a transliterated name written with more long vowels ("فراه" / "فاراه", "كابل" / "كابول"):
    a long vowel may follow any inner letter of a form of 4+ letters. Vowels of the form are never
    dropped: with a glued clitic ("ف" + "راه") a dropped vowel would turn one name into another."""
    if len(form) < 4 or " " in form or not all("\u0621" <= ch <= "\u064a" for ch in form):
        return re.escape(form)
    out = [re.escape(ch) + ("" if ch in _LONG_VOWELS else f"[{_LONG_VOWELS}]?") for ch in form[:-1]]
    out.append(re.escape(form[-1]))
    return "".join(out)


# Possessive pronouns glued to a common noun ("محافظها" = its governor). A bare ه is left out: after
# normalisation it is also the ta marbuta (محافظه = governorate, not "his governor").
_POSSESSIVE = "(?:ها|هم|هما|هن|نا|كم)?"
# an office also takes the accusative alif of a predicate or object: "وكان مسؤولا عن"، "عين قائدا للعمليات"
_OFFICE_ENDING = "(?:ها|هم|هما|هن|نا|كم|ا)?"


def _alias_pattern(forms: list[str], *, vowels: bool = False, possessive: bool = False,
                   office: bool = False) -> re.Pattern[str] | None:
    forms = sorted({f for f in forms if len(f) >= 2}, key=len, reverse=True)
    if not forms:
        return None
    alt = "|".join(_vowel_tolerant(f) if vowels else re.escape(f) for f in forms)
    suffix = _OFFICE_ENDING if office else _POSSESSIVE if possessive else ""
    # Arabic clitics glued to the name: و/ف + ب/ل/ك, and ال for names written without it.
    return re.compile(rf"(?<![\w])(?:[وف]?(?:ب|ل|ك|لل)?(?:ال)?)(?:{alt}){suffix}(?![\w])")


_PATTERNS: dict[tuple[str, str, tuple[str, ...]], re.Pattern[str] | None] = {}


def _entry_forms(entry: Entry) -> list[str]:
    forms = [normalize(s).strip() for s in entry.ar]
    # also accept a form with its article dropped ("الحويجه" written as "حويجه" after a clitic)
    return forms + [f[2:] for f in forms if f.startswith("ال") and len(f) > 4]


def _entry_pattern(entry: Entry) -> re.Pattern[str] | None:
    # keyed by the spellings too: a world place is one entry per spelling under one id (GeoNames' or a
    # curated row's), so an id alone returned the first spelling's pattern for the next ("سروج" read as
    # "سوروتش", asked about earlier) and an answer depended on the questions asked before it
    key = (entry.kind, entry.id, entry.ar)
    if key not in _PATTERNS:
        # a concept (a common noun: governor, spokesman) may carry a possessive; a name does not
        _PATTERNS[key] = _alias_pattern(_entry_forms(entry), vowels=entry.kind == "places",
                                        possessive=entry.kind == "glossary",
                                        office=entry.kind == "glossary" and entry.get("category") == "role")
    return _PATTERNS[key]


_NOT_SKELETON = str.maketrans("", "", _LONG_VOWELS)


def _skeleton(norm: str) -> str:
    """``norm`` without its long vowels. Whatever an entry's pattern matches (a spelling, with long
    vowels inserted for places, clitics around it) holds the spelling's skeleton as a substring of
    the text's skeleton, so an entry none of whose skeletons is there cannot match."""
    return norm.translate(_NOT_SKELETON)


class _Candidates:
    """A lexicon's entries indexed by the skeletons of their Arabic spellings, built once per lexicon:
    :func:`find_entities` compiles and runs only the patterns of the entries a text can name,
    instead of one regex per entry on every process start.

    A one-word spelling matches a whole token (clitics before it, a possessive after it for a
    concept), so the token's skeleton is a clitic chain's then the spelling's, a possessive's cut
    off; a spelling
    of several words (or with punctuation) must occur in the text's skeleton.
    """

    _cache: dict[int, tuple[Lexicon, _Candidates]] = {}
    _POSSESSIVES = ("", "ه", "هم", "هن", "ن", "كم")  # the skeletons of _POSSESSIVE's endings
    # the skeletons of the clitics _alias_pattern allows before a name: [وف]?(ب|ل|ك|لل)?(ال)?
    _CLITICS = frozenset(f + b + a for f in ("", "ف") for b in ("", "ب", "ل", "ك", "لل") for a in ("", "ل"))

    def __init__(self, lexicon: Lexicon) -> None:
        self.entries = list(lexicon.entries)
        self.single: dict[str, list[int]] = {}
        self.multi: list[tuple[int, str]] = []
        self.always: list[int] = []
        for i, e in enumerate(self.entries):
            for form in {f for f in _entry_forms(e) if len(f) >= 2}:
                skel = _skeleton(form)
                if not re.fullmatch(r"\w+", form):
                    self.multi.append((i, skel))
                elif skel:
                    self.single.setdefault(skel, []).append(i)
                else:
                    self.always.append(i)

    @classmethod
    def of(cls, lexicon: Lexicon) -> _Candidates:
        held = cls._cache.get(id(lexicon))
        if held is None or held[0] is not lexicon:
            held = cls._cache[id(lexicon)] = (lexicon, cls(lexicon))
        return held[1]

    def in_text(self, norm: str) -> list[Entry]:
        """The entries (in lexicon order) that may be named in ``norm`` (a superset of those named)."""
        hits = set(self.always)
        for token in set(re.findall(r"\w+", norm)):
            t = _skeleton(token)
            for cut in self._POSSESSIVES:
                if cut and not t.endswith(cut):
                    continue
                base = t[: len(t) - len(cut)]
                for i in range(min(len(base), 4)):
                    if base[:i] in self._CLITICS:
                        hits.update(self.single.get(base[i:], ()))
        if self.multi:
            full = _skeleton(norm)
            hits.update(i for i, skel in self.multi if skel in full)
        return [self.entries[i] for i in sorted(hits)]


def places_in(norm: str, lexicon: Lexicon) -> list[Entry]:
    """The lexicon's places that normalised text ``norm`` may name (a cheap superset: check with :func:`mentions`)."""
    return [e for e in _Candidates.of(lexicon).in_text(norm) if e.kind == "places"]


def mention_starts(entry: Entry, norm: str) -> list[int]:
    """Where normalised text ``norm`` names ``entry`` by one of its Arabic spellings (character offsets)."""
    pattern = _entry_pattern(entry)
    return [m.start() for m in pattern.finditer(norm)] if pattern is not None else []


def mentions(entry: Entry, text: str, *, normalized: bool = False) -> bool:
    """True when ``text`` names ``entry``: one of its Arabic spellings (clitics allowed) or English names.

    Args:
        entry: a lexicon entry.
        text: raw text (or already normalised text with ``normalized=True``).
        normalized: ``text`` is already the output of :func:`marsad.core.arabic.normalize`.
    """
    norm = text if normalized else normalize(text)
    pattern = _entry_pattern(entry)
    if pattern is not None and pattern.search(norm):
        return True
    low = norm.lower()
    return any(re.search(rf"(?<![\w]){re.escape(en.lower())}(?![\w])", low) for en in entry.en if len(en) >= 3)


_ADMIN_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def _common_word_place(entry: Entry, norm: str, start: int, end: int) -> bool:
    """True when a place the registry flags ``ambiguous`` (its name is also a common word: "بلد" a country,
    "الرياض" the Saudi capital, "عنه" about him) is written here by its bare name, with no administrative word
    ("قضاء"، "ناحية"، "مدينة" ...) in front: the word, not the place ("في بلد ثالث"، "بلد عربي"). The same
    rule as the extractor's gazetteer (:class:`marsad.agent.offline.mentions.Gazetteer`)."""
    if entry.kind != "places" or not entry.get("ambiguous") or " " in norm[start:end].strip():
        return False
    before = re.findall(r"\w+", norm[:start])
    if not before:
        return True
    word = before[-1]  # the admin word may carry a clitic: "التابعة لقضاء الكرمة"، "وناحية العظيم"
    return not any(word[len(c):] in ADMIN_WORDS for c in _ADMIN_CLITICS if word.startswith(c))


def _one_sided(entry: Entry, surface: str) -> bool:
    """True when ``surface`` names a registry border of Iraq by the other side only (``one_sided`` in the
    entry: "الحدود السورية"، "the Syrian border"): Turkey, Jordan and Lebanon have a Syrian border too."""
    sides = entry.get("one_sided")
    if not sides:
        return False
    said = normalize(surface).lower()
    return any(normalize(f).lower() in said for f in sides)


def _iraqi_context(norm: str, text: str, entries: list[Entry]) -> bool:
    """The text is about Iraq: it says so ("العراق"، "Iraqi") or names an Iraqi registry place (one with a governorate)."""
    return ("عراق" in norm or "iraq" in text.lower()
            or any(e.kind == "places" and e.get("governorate") and not e.get("one_sided") for e in entries))


def _spelled(entry: Entry, surface: str) -> bool:
    """True when ``surface`` (normalised, clitics in front allowed) ends in one of ``entry``'s spellings as written."""
    return any(surface.endswith(f) for f in _entry_forms(entry))


NISBA_PLURAL = True  # switch for A/B measurement (tests patch it)
COUNTRY_ANAPHOR = True  # switch for A/B measurement (tests patch it)
# "البلاد" (the country) in a question refers back to the state it names ("السلطات الباكستانية ... فور عودته إلى
# البلاد"); the registry reads it as Iraq, which it is only in a question about Iraq
_THE_COUNTRY = re.compile(r"[وف]?(?:ب|ل|لل)?(?:ال)?بلاد")


def _nisba_plural(entry: Entry, surface: str) -> bool:
    """A place read with a long vowel inserted (:func:`_vowel_tolerant`) where the inserted ي makes the plural of an
    adjective ending in ي ("الصاروخين البحريين" is two naval missiles, not Bahrain; "العسكريين" no place)."""
    return surface.endswith(("يين", "يون")) and not _spelled(entry, surface)


def find_entities(text: str, lexicon: Lexicon, *, question: bool = False) -> list[Entry]:
    """Lexicon entries (any kind) that ``text`` names, longest names first, no overlaps.

    Both scripts are looked up: Arabic spellings in normalised text and English names as
    whole words. Overlaps are resolved across kinds, so the glossary term "غرفة العمليات
    المشتركة" hides the actor "العمليات المشتركة" inside it.

    With ``question`` (a question, read alone, with no article around it) a place whose name is a
    common word counts only with an administrative word in front ("قضاء بلد", not "في بلد ثالث"), and
    a border of Iraq written by its other side only ("قرب الحدود السورية") only when the question is
    about Iraq: of a Turkish town it is Turkey's border, and alone it names no one border.
    """
    norm = normalize(text)
    spans: list[tuple[int, int, Entry]] = []
    for entry in _Candidates.of(lexicon).in_text(norm):
        pattern = _entry_pattern(entry)
        if pattern is not None:
            for m in pattern.finditer(norm):
                if entry.kind == "actors" and _ROOM_BEFORE.search(norm[: m.start()]):
                    continue  # "غرفة العمليات المشتركة" names a room, not the Joint Operations Command
                if question and _common_word_place(entry, norm, m.start(), m.end()):
                    continue
                if NISBA_PLURAL and entry.kind == "places" and _nisba_plural(entry, norm[m.start():m.end()]):
                    continue
                if question and COUNTRY_ANAPHOR and entry.kind == "places" and _THE_COUNTRY.fullmatch(norm[m.start():m.end()]) \
                        and not _iraqi_context(norm, text, []):
                    continue
                spans.append((m.start(), m.end(), entry))
    for entry, s, e in english_names(text, lexicon):
        spans.append((s + 100_000, e + 100_000, entry))  # English offsets live in another space
    if question and any(e.get("one_sided") for _, _, e in spans):
        iraqi = _iraqi_context(norm, text, [e for _, _, e in spans])
        spans = [(s, e, entry) for s, e, entry in spans if iraqi or not _one_sided(
            entry, text[s - 100_000:e - 100_000] if s >= 100_000 else norm[s:e])]
    # of two names over the same words, the one written as spelled beats one read with a long vowel inserted
    # (_vowel_tolerant): "السعودية" is Saudi Arabia, not the Diyala subdistrict "السعدية" read as "السعودية"
    spans.sort(key=lambda t: (-(t[1] - t[0]), t[0], t[0] < 100_000 and not _spelled(t[2], norm[t[0]:t[1]])))
    taken: list[tuple[int, int]] = []
    found: list[Entry] = []
    for s, e, entry in spans:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        if entry not in found:
            found.append(entry)
    return found


def _proper(entry: Entry, surface: str, text: str) -> bool:
    """An English name of a place or actor is written capitalised ("Hit", the Anbar town): in a text that
    capitalises its names, the same word in lower case ("how many hit targets") is an ordinary word."""
    if entry.kind not in ("places", "actors") or not surface.islower():
        return True
    if not all(en[:1].isupper() for en in entry.en if en):
        return True  # a name the lexicon itself writes in lower case somewhere
    return not re.search(r"(?<![.?!]\s)(?<!^)\b[A-Z][a-z]", text.strip())  # an all-lowercase text: no case to go by


OTHER_GIVEN_NAME = True  # switch for A/B measurement (tests patch it)
# capitalised words that may stand before a person's family name without being a given name
_TITLES_EN = {"mr", "mrs", "ms", "dr", "sheikh", "shaikh", "sayyed", "sayyid", "gen", "general", "col", "colonel",
              "maj", "major", "brig", "lt", "lieutenant", "capt", "captain", "pm", "president", "premier", "prime",
              "minister", "former", "ex", "vice", "deputy", "cleric", "ayatollah", "imam", "mullah", "emir", "prince",
              "king", "judge", "mp", "leader", "commander", "chief", "head", "spokesman", "ambassador", "envoy"}


def _other_given_name(entry: Entry, text: str, lexicon: Lexicon) -> bool:
    """An English question names a person of the registry by the family name alone after another given name
    ("Riyad al-Maliki" is not Nouri al-Maliki): every mention of the entry is its family name after a
    capitalised word that is neither a word of the registry's name nor a title nor a name the lexicon knows."""
    if not OTHER_GIVEN_NAME or entry.kind != "actors" or entry.get("type") != "official" or not entry.name_en:
        return False
    full = [w.lower() for w in re.findall(r"[A-Za-z]+", entry.name_en) if w.lower() != "al"]
    spans = [(s, t) for e, s, t in english_names(text, lexicon) if e.id == entry.id]
    if not spans or len(full) < 2:
        return False
    covered = [(s, t) for _, s, t in lexicon.find_english(text)]
    for s, t in spans:
        said = [w.lower() for w in re.findall(r"[A-Za-z]+", text[s:t]) if w.lower() != "al"]
        if len(said) >= len(full) or said != full[len(full) - len(said):]:
            return False  # the whole name, or not its family name
        m = re.search(r"([A-Za-z]+)\s+(?:al-)?$", text[:s])
        if not m or not m.group(1)[:1].isupper() or m.group(1).lower() in full or m.group(1).lower() in _TITLES_EN \
                or any(cs <= m.start(1) < ce for cs, ce in covered) or not name_like(m.group(1), m.start(1)):
            return False
    return True


def english_names(text: str, lexicon: Lexicon) -> list[tuple[Entry, int, int]]:
    """The lexicon's English names in ``text`` (:meth:`Lexicon.find_english`) without a proper name's
    lower-case namesake ("hit" the verb is not the town Hit)."""
    return [(e, s, t) for e, s, t in lexicon.find_english(text) if _proper(e, text[s:t], text)]


def expand_english(text: str, lexicon: Lexicon) -> list[str]:
    """Arabic terms for the English names and domain terms of ``text`` (:meth:`Lexicon.expand_query` over
    :func:`english_names`)."""
    terms: list[str] = []
    for entry, _, _ in english_names(text, lexicon):
        for form in entry.ar[:4]:
            if form not in terms:
                terms.append(form)
    return terms


def content_terms(text: str) -> list[str]:
    """Stems of the content words of ``text`` (stop words and one-letter tokens dropped)."""
    tokens = [t for t in tokenize(text) if len(t) > 1 and t not in STOP_AR and t.lower() not in _STOP_EN]
    return stem_tokens(tokens)


def _matches(patterns: dict, norm: str, flags: int = 0) -> list:
    return [key for key, pat in patterns.items() if re.search(pat, norm, flags)]


CHARGE_NOT_DEATH = True  # switch for A/B measurement (tests patch it)
# a charge named after the crime ("وجهت لهم تهمة القتل غير العمد"، "بتهمة قتل شرطي"، "جريمة القتل"): the word of death
# names what someone is accused of, not who died -- "كم رجلا وجهت لهم تهمة القتل" counts the men charged
_CHARGE_AR = re.compile(r"(?<!\w)[وفبل]{0,2}(?:تهمه|تهم|التهمه|التهم|جريمه|جرايم|الجريمه)\s+(?:ال)?(?:قتل|اعدام)(?!\w)"
                        r"(?:\s+غير\s+العمد)?")


def _cues(norm: str, language: str) -> tuple[set[Intent], bool]:
    if language == "ar":
        hits = set(_matches(_AR, norm))
        if CHARGE_NOT_DEATH and Intent.killed in hits and _CHARGE_AR.search(norm) \
                and not re.search(_AR[Intent.killed], _CHARGE_AR.sub(" تهمه ", norm)):
            hits.discard(Intent.killed)
        return hits, bool(_HOW_MANY_AR.search(norm))
    hits = set(_matches(_EN, norm, re.I))
    if _VICTIM_EN_SPLIT.search(norm):
        hits.add(Intent.victim)
    return hits, bool(_HOW_MANY_EN.search(norm))


def _asks_action(norm: str, language: str) -> bool:
    """The question asks what someone did or said, or why ("what did X do", "ماذا فعل", "لماذا")."""
    if language == "en":
        return bool(_ACTION_EN.search(norm))
    m = _ACTION_AR_VERB.search(norm)
    if m and re.match(r"(يوجد|هناك|هي|هو|ينص|تنص|يتضمن|تتضمن)$", m.group(2)):
        return False  # "ما الذي يتضمنه الاتفاق": its provisions, not an action
    return bool(_ACTION_AR.search(norm))


# "which <thing> ..." ("ما الجبهة التي ..."، "أي قاعدة ..."، "which front was he leading ..."): the thing is asked for
_WHICH_AR = re.compile(r"^\W*(?:ما|اي)\s+(?:هي\s+|هو\s+)?(\S+)\s+(?:التي|الذي|اللتين|الذين)(?!\w)")
_WHICH_EN = re.compile(r"^\W*(?:which|what)\s+(\w+)\s+(?:was|were|is|are|did|does|had|has)\b", re.I)


def _asks_which_thing(norm: str, language: str) -> bool:
    """The question asks which thing (a front, a base, a unit) and its death word only dates it ("before his death")."""
    m = (_WHICH_AR if language == "ar" else _WHICH_EN).search(norm)
    if not m:
        return False
    noun = m.group(1)
    return not re.search(_AR[Intent.killed] if language == "ar" else _EN[Intent.killed], noun, re.I) \
        and not re.match(r"(?:اسم|اسماء|عدد|حصيله|name|number|toll|people|person)$", noun, re.I)


# a question opening with "who is the <office>" ("من المتحدث باسم ... الذي أعلن إصابة ..."، "who is the spokesman
# for X who said the attack ...") asks for the holder of the office: the casualty or attack it tells of is its setting
_OFFICE_AR = (r"(?:ال)?(?:متحدث|ناطق|محافظ|وزير|قايد|رييس|مدير|امين|نايب|مستشار|سفير|مبعوث|زعيم|امير|مسوول|قاضي"
              r"|مفتي|رييسه|وزيره|مديره|قايده)")
_ASKS_OFFICE = {
    "ar": re.compile(rf"^\W*و?من (?:هو |هي )?{_OFFICE_AR}(?!\w)"),
    "en": re.compile(r"^\W*who (?:is|was|were|are) the (?:\w+ ){0,2}?(?:spokes(?:man|person|woman)|governor|minister"
                     r"|commander|head|chief|leader|director|secretary|envoy|ambassador|mayor|president|emir|judge)\b",
                     re.I),
}
OFFICE_OVER_COUNT = True  # switch for A/B measurement (tests patch it)
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


def _intent(norm: str, language: str) -> tuple[Intent, bool]:
    hits, how_many = _cues(norm, language)
    if not how_many and _ASKS_BIRTH[language].search(norm):
        return Intent.location, how_many
    if not how_many and _ASKS_MANNER[language].search(norm):
        return Intent.general, how_many
    if (not how_many or OFFICE_OVER_COUNT and not _ASKS_COUNT[language].search(norm)) \
            and Intent.victim not in hits and _ASKS_OFFICE[language].search(norm):
        # "من هو المتحدث ... الذي أعلن حصيلة التفجير": the toll it announced is its setting, the office holder is asked
        return Intent.role, False
    if not how_many and _asks_action(norm, language) and not hits & {Intent.provisions, Intent.date, Intent.location,
                                                                     Intent.victim, Intent.status, Intent.lead}:
        return Intent.action, how_many
    if Intent.victim in hits and not how_many:
        return Intent.victim, how_many
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
    if Intent.killed in hits and not how_many and _asks_which_thing(norm, language):
        return Intent.general, how_many  # "ما الجبهة التي كان يقودها ... قبل مقتله": the front, not the death
    if Intent.killed in hits and (how_many or not hits & {Intent.date, Intent.location}):
        return Intent.killed, how_many
    for intent in (Intent.provisions, Intent.lead, Intent.status, Intent.date, Intent.location, Intent.participants):
        if intent in hits:
            return intent, how_many
    if how_many and Intent.killed in hits:
        return Intent.killed, how_many
    if Intent.role in hits:
        # a bare Arabic "من" (who) is a role question only when nothing else matched
        return Intent.role, how_many
    return Intent.general, how_many


_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december"
           r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
           r"|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر"
           r"|كانون الثاني|كانون الاول|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني")
# one word naming a month ("تموز", "مارس", "July"): a date the question sets, not a word its answer must share
MONTH_WORD = re.compile(rf"(?:{_MONTHS}|كانون|تشرين)", re.I)
# how an English question attributes what it asks ("according to reports"): no word the answer must state
_ATTRIBUTION_EN = re.compile(r"\baccording to (?:the )?(?:\w+ )?reports?\b|\breports? (?:say|said|suggest\w*)\b", re.I)


def framing(concept: Entry, text: str) -> bool:
    """A glossary concept that frames an English question rather than naming what its answer states: a month
    (checked against the article's date, not its words) or the reports it goes by."""
    if MONTH_WORD.fullmatch(concept.name_en or ""):
        return True
    return concept.id == "report" and bool(_ATTRIBUTION_EN.search(text))


# a day of a month ("25 July", "July 25", "25 تموز") is a date, not a count the evidence must state
# ... or told with an ordinal ("في الثالث من مارس", "الحادي والعشرين من تموز")
_ORDINAL_DAY = (r"ال(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي|عشرين|ثلاثين)"
                r"(?: عشر| والعشرين| والثلاثين)?")
_DATES = re.compile(rf"(?<!\w)\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})(?!\w)|(?<!\w)(?:{_MONTHS})\s+\d{{1,2}}(?!\d)"
                    rf"|(?<!\w){_ORDINAL_DAY}\s+(?:من\s+)?(?:شهر\s+)?(?:{_MONTHS})(?!\w)", re.I)


def states_day(text: str) -> bool:
    """The text states a day of a month ("قتل في 15 مايو", "on 10 June 2014"), not only a relative day ("أمس")."""
    return bool(_DATES.search(normalize(text)))


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


# "to where" ("إلى أين دعت ... للتوجه", "where were the residents told to go to"): a destination, not where something happened
_DESTINATION = re.compile(r"(?<!\w)(?:الي|والي) (?:اين|اي مكان|اي منطقه|اي مدينه)(?!\w)|(?<!\w)لاين(?!\w)"
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


_SCALE = re.compile(r"^[وب]?(?:ال)?(الف|الاف|االاف|ميه|مايه|ميات|مليون|ملايين|الفا)$")


def quantities(toks: list[str]) -> Iterator[Quantity]:
    """The quantities stated in a token list, left to right, none overlapping ("قتل 13 وأصيب عشرون": 13, 20)."""
    i = 0
    while i < len(toks):
        q = read_quantity(toks, i)
        if q is None or q.value is None or q.end <= i:
            i += 1
            continue
        yield q
        i = q.end


def _numbers(norm: str, language: str) -> tuple[int, ...]:
    """The numbers a question states (not its years or days of a month): digits, and in Arabic number
    words and duals too ("مقتل أربعة من عناصر داعش", "مقتل جنديين"): the answer must be about them."""
    found = [int(n) for n in re.findall(r"\d+", _DATES.sub(" ", norm)) if not 1900 <= int(n) <= 2100]
    if language == "ar":
        toks = tokenize(_DATES.sub(" ", norm))
        for q in quantities(toks):
            scaled = q.end < len(toks) and _SCALE.match(toks[q.end])  # "ثلاثة آلاف": not read whole here
            if not toks[q.start].isdigit() and not scaled:
                found.append(q.value)
    return tuple(dict.fromkeys(found))


# the words a role question asks with ("what position did he hold"): what is asked for, not a concept its answer
# must name ("position" is also the glossary's military post, موقع)
_ASKING_ROLE_EN = re.compile(r"\b(positions?|posts?|titles?|jobs?|roles?|office)\b", re.I)


def _asking_word(concept: Entry, text: str, language: str, intent: Intent) -> bool:
    """The glossary concept is only the word an English role question asks with."""
    if language != "en" or intent is not Intent.role:
        return False
    spans = [(s, e) for found, s, e in english_names(text, get_lexicon()) if found == concept]
    asking = [m.span() for m in _ASKING_ROLE_EN.finditer(text)]
    return bool(spans) and all(any(a <= s and e <= b for a, b in asking) for s, e in spans)


NISBA = True  # switch for A/B measurement (tests patch it)
# the Arabic adjective of a state whose registry entry lacks it (the shared places data keep them out: the extractor
# reads nationality adjectives through its own table, and an adjective on those entries broke its records)
_NISBA_FORMS = {
    "iran": ("الإيراني", "الإيرانية", "الإيرانيين", "الإيرانيون"),
    "syria": ("السوري", "السورية", "السوريين", "السوريون"),
    "turkey": ("التركي", "التركية", "الأتراك"),
}
# words after which a state's adjective says where ("بلدة سروج التركية"، "الحدود السورية"، "الأراضي الإيرانية"): the
# extractor's place-kind nouns (vocab.PLACE_NOUNS: مدينة، قرية، حي، مخيم ...) and the QA's own -- the same nouns with
# their article, and borders, lands, coasts, compass words, which say where a state's adjective places something
_PLACE_NOUNS = PLACE_NOUNS | {
    "العاصمه", "عاصمه", "الحدود", "حدود", "الاراضي", "اراضي", "محافظه", "ولايه", "اقليم", "الاقليم", "البلده", "المدينه",
    "القريه", "المحافظه", "الولايه", "المنطقه", "جنوب", "شمال", "شرق", "غرب", "الجنوب", "الشمال", "الشرق", "الغرب",
    "السواحل", "الساحل", "ساحل", "جزيره", "الجزيره", "الميناء", "مطار", "المطار", "الداخل", "العمق", "الجانب"}
_NISBA_RES = {cid: re.compile(r"(?<!\w)[وفبلك]{0,2}(?:" + "|".join(normalize(f) for f in forms) + r")(?!\w)")
              for cid, forms in _NISBA_FORMS.items()}


def _nisba_places(norm: str, places: list[Entry], lexicon: Lexicon) -> list[Entry]:
    """The states an Arabic question names only by their adjective (:data:`_NISBA_FORMS`): after a place noun
    ("بلدة سروج التركية"، "قرب الحدود السورية") or in a question naming no place at all ("رجل الدين الإيراني").
    Each is its registry entry with the adjective forms added, so an article saying "التركية" names it too."""
    have = {e.id for e in places}
    out: list[Entry] = []
    for cid, pattern in _NISBA_RES.items():
        if cid in have:
            continue
        for m in pattern.finditer(norm):
            before = re.findall(r"\w+", norm[:m.start()])[-3:]
            if not places or any(w in _PLACE_NOUNS for w in before[-2:]) or (
                    len(before) == 3 and before[0] in _PLACE_NOUNS):
                entry = next((e for e in lexicon.entries if e.kind == "places" and e.id == cid), None)
                if entry is not None:
                    out.append(dataclasses.replace(entry, ar=tuple(dict.fromkeys((*entry.ar, *_NISBA_FORMS[cid])))))
                break
    return out


# what follows a state's name that only says whose forces acted ("US-Afghan special forces", "Turkish troops")
_FORCES_AFTER = re.compile(r"(?:\s*[-/]\s*[A-Z][A-Za-z]*|\s+and\s+[A-Z][A-Za-z]*)*\s+(?:(?:special|security|armed|ground"
                           r"|government|coalition|naval|air)\s+)?(?:forces|troops|soldiers|army|military|police|policemen"
                           r"|commandos|warplanes|jets|aircraft|drones?|navy)\b")


def _forces_only(entry: Entry, text: str, lexicon: Lexicon) -> bool:
    """Every mention of a state in an English question is the nationality of the forces it names ("the US-Afghan
    special forces operation in Deh Bala"): the question says who acted, not where; the article may say it by an
    adjective the lexicon does not list ("قوات أميركية وأفغانية")."""
    if entry.get("admin_level") != "country":
        return False
    spans = [t for e, _, t in english_names(text, lexicon) if e.id == entry.id]
    return bool(spans) and all(_FORCES_AFTER.match(text, t) for t in spans)


def parse_question(text: str, lexicon: Lexicon | None = None) -> Question:
    """Classify a question and find the places and actors it names.

    Args:
        text: the question, Arabic or English.
        lexicon: the registry to look names up in (default: the bundled one).

    Returns:
        The :class:`Question`.
    """
    lexicon = lexicon or get_lexicon()
    language = detect_language(text)
    norm = normalize(text)
    intent, how_many = _intent(norm if language == "ar" else text, language)
    cues = frozenset(_cues(norm if language == "ar" else text, language)[0])
    topics = tuple(_matches(TOPIC_AR, norm) + [t for t in _matches(_TOPIC_EN, text, re.I) if t not in _matches(TOPIC_AR, norm)])
    found = find_entities(text, lexicon, question=True)
    places = [e for e in found if e.kind == "places"]
    if language == "ar" and NISBA:
        places += _nisba_places(norm, places, lexicon)
    actors = [e for e in found if e.kind == "actors" and e.id not in _GENERIC_ACTORS and not e.get("generic")
              and not _only_common_noun(e, text, norm, lexicon)]
    if language == "en":
        places = [dataclasses.replace(e, data={**e.data, "forces_only": True}) if _forces_only(e, text, lexicon) else e
                  for e in places]
    # a family name after another given name: not the registry's person, the whole name is looked up as a name
    others = [e for e in actors if language == "en" and _other_given_name(e, text, lexicon)]
    actors = [e for e in actors if e not in others]
    uncovered = _uncovered_english(text, lexicon) if language == "en" else ()
    if others:
        said = [text[s:t] for e, s, t in english_names(text, lexicon) if e in others]
        uncovered += tuple(dict.fromkeys(w.lower() for x in said for w in re.findall(r"[A-Za-z]+", x)
                                         if w.lower() != "al" and w.lower() not in uncovered))
    return Question(
        text=text,
        language=language,
        intent=intent,
        how_many=how_many,
        topics=topics,
        places=tuple(places),
        actors=tuple(actors),
        terms=tuple(dict.fromkeys(content_terms(text))),
        expansion=tuple(dict.fromkeys(content_terms(" ".join(expand_english(text, lexicon))))) if language == "en" else (),
        uncovered=uncovered,
        concepts=tuple(e for e in found if e.kind == "glossary" and not _asking_word(e, text, language, intent)),
        cues=cues,
        numbers=_numbers(norm, language),
        attack_types=frozenset(
            t for ar, en, types in ATTACK_TYPE_CUES.values()
            if re.search(ar, norm) or (language == "en" and re.search(en, text, re.I)) for t in types
        ),
    )
