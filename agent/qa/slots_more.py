"""Four more slots a question may ask that no other reader reads, each told by a form of its own (read by
:func:`marsad.agent.qa.slots.slot_claims` as the code name, the prison term and the means are):

- a sum of money ("how much money did he flee with", "كم مليون دولار ..."), told as a number, a scale and a currency
  ("وكان يحمل 4 ملايين دولار"، "خصصت 1.5 مليار دولار"; 283 unseen slice articles write such a sum), not a vague
  "ملايين الدولارات";
- the force, unit or body someone belongs to ("which force did the guards belong to", "إلى أي قوات ينتمي ..."), told
  with a verb or participle of belonging before the force's noun ("ويتبع أفراد الحماية ... قوات الأمن الخاصة"،
  "عناصر تابعة للواء ..."; 15 unseen slice articles write it so, and 2 readable QA items of 2 sets ask it);
- where a force or its aircraft are based ("where are the jets based", "أين تتمركز ..."), told with a participle of
  stationing and its place ("المقاتلات المتمركزة في قاعدة X"; 10 unseen slice articles);
- the part of the body a wound is in (question_intent.asks_wound_place: "where in his body was he hit", "في أي موضع
  من جسده"), told as a part of the body after "في"/"ب" in a sentence of a wound ("أصيب برصاصة في ذراعه"; 32 unseen
  slice articles, 2 readable QA items of 2 sets).

Each pattern is matched on the normalised question (Arabic) or its text (English), and on the normalised sentence.
"""

from __future__ import annotations

import re
from typing import Protocol

from marsad.agent.numbers import word_value
from marsad.agent.offline import rules

__all__ = ["Searcher", "asked_more", "asks_money"]


class Searcher(Protocol):
    """A slot's teller: what :func:`asked_more` gives (a compiled pattern or a class with a ``search`` of its own)."""

    def search(self, text: str) -> re.Match[str] | None: ...

SLOT_MONEY = True  # switch for A/B measurement: a sum of money (tests patch it)
SLOT_BELONG = True  # switch for A/B measurement: the force someone belongs to (tests patch it)
SLOT_BASE = True  # switch for A/B measurement: where a force or its aircraft are based (tests patch it)

# (question) a sum of money asked: "how much money", "how much did X allocate / pay / pledge", "what sum", "كم مليون
# دولار"، "ما المبلغ"، "ما قيمة الفدية"
_ASKS_MONEY_EN = re.compile(r"\bhow much (?:money|cash|ransom)\b|\b(?:what|which) (?:sum|amount) of (?:money|cash)\b"
                            r"|\bhow much\b.*\b(?:allocat\w*|pa(?:y|id|ys)|pledg\w*|donat\w*|spen[dt]\w*|st(?:ea|o)l\w*"
                            r"|ransom|fine[ds]?|worth|fled with|smuggl\w*|embezzl\w*|laundered|budget\w*)\b", re.I)
# ... only of money: "how much" with a currency noun, or "how much did X pay/steal" (not "how much time did the hostages
# spend", "how much longer"), and "كم ألف/مليون" only before a currency or "من المال" (not "كم ألف نازح") (switch for
# A/B measurement, tests patch it)
MONEY_ASKED_STRICT = True
_ASKS_MONEY_EN_STRICT = re.compile(r"\bhow much (?:money|cash|ransom|funding|aid|dollars|euros)\b"
                                   r"|\b(?:what|which) (?:sum|amount) of (?:money|cash)\b"
                                   r"|\bhow much (?:did|does|do|was|were|is|are|has|have|had|will|would)\b.*\b(?:allocat\w*"
                                   r"|pa(?:y|id|ys)|pledg\w*|donat\w*|spen[dt]\w*|st(?:ea|o)l\w*|ransom|fine[ds]?|worth"
                                   r"|fled with|smuggl\w*|embezzl\w*|laundered|budget\w*)\b", re.I)
_CURRENCY = r"(?:دولار|دولارا|دولارات|يورو|ريال|ريالا|ريالات|دينار|دينارا|جنيه|جنيها|ليره|درهم|درهما|روبل)"
_ASKS_MONEY_AR = re.compile(rf"(?<!\w)(?:كم (?:\S+ )?{_CURRENCY}|كم (?:مليون|مليار|الف)"
                            r"|ما (?:هو |هي )?(?:المبلغ|قيمه (?:المبلغ|الفديه|الاموال|الغرامه)|حجم (?:المبلغ|الاموال))"
                            r"|كم (?:من )?(?:المال|الاموال)|(?:كم|ما) (?:كانت |بلغت )?(?:قيمه|مبلغ))(?!\w)")
_ASKS_MONEY_AR_STRICT = re.compile(rf"(?<!\w)(?:كم (?:\S+ )?(?:من )?(?:ال)?{_CURRENCY}|كم (?:مليون|مليار|الف) (?:\S+ )?"
                                   r"(?:من )?(?:ال)?(?:مال|اموال)"
                                   r"|ما (?:هو |هي )?(?:المبلغ|قيمه (?:المبلغ|الفديه|الاموال|الغرامه)|حجم (?:المبلغ|الاموال))"
                                   r"|كم (?:من )?(?:المال|الاموال)|(?:كم|ما) (?:كانت |بلغت )?(?:قيمه|مبلغ))(?!\w)")
# (normalised sentence) a sum: a number (digits or a number word), an optional scale, an optional "من", the currency
_TELLS_MONEY_RE = re.compile(r"(?<!\w)(?P<n>\d[\d.,]*|[^\W\d]+)\s+(?:(?:ملايين|مليون|مليونا|مليار|مليارات|الف|الاف)\s+)?"
                             rf"(?:من\s+)?(?:ال)?{_CURRENCY}(?!\w)")


# ... or a bare scale and the currency after any word ("فدية قدرها مليون دولار"، "نصف مليون دولار"، "ما يقارب مليار
# دينار"), which the pattern above spends on the word before the scale (switch for A/B measurement, tests patch it)
MONEY_BARE_SCALE = True
_TELLS_MONEY_SCALE = re.compile(rf"(?<!\w)(?:(?:نصف|ربع)\s+)?(?:مليون|مليونا|مليار|الف)\s+(?:من\s+)?(?:ال)?{_CURRENCY}(?!\w)")


class _MoneyTells:
    """:data:`_TELLS_MONEY_RE` whose count is told in digits or a number word (not "ملايين الدولارات"), or a bare
    scale (:data:`_TELLS_MONEY_SCALE`)."""

    def search(self, text: str) -> re.Match[str] | None:
        for m in _TELLS_MONEY_RE.finditer(text):
            n = m.group("n")
            if n[0].isdigit() or word_value(n) or n in ("مليون", "مليار", "مليونا", "الف"):
                return m
        return _TELLS_MONEY_SCALE.search(text) if MONEY_BARE_SCALE else None


class _MoneyOfAct:
    """A sum (:data:`_TELLS_MONEY`) in a sentence telling the act the question asks its sum of (``stems``: carrying,
    paying, stealing...), not another sum of the article ("ميزانية مكافحة التهريب بلغت 200 مليون دولار")."""

    def __init__(self, stems: re.Pattern[str]) -> None:
        self.stems = stems

    def search(self, text: str) -> re.Match[str] | None:
        return _TELLS_MONEY.search(text) if self.stems.search(text) else None


# the act a money question asks the sum of, and the words telling it in a sentence (normalised): a money sentence must
# tell the question's act when the question names one (switch for A/B measurement, tests patch it)
MONEY_TIED = True
_MONEY_ACTS = (
    (re.compile(r"\bcarr(?:y|ied|ying|ies)\b|(?<!\w)(?:يحمل|يحملون|تحمل|حمل|حملت|بحوزته|بحوزتهم|بحوزتها)(?!\w)", re.I),
     re.compile(r"(?<!\w)[وف]?(?:يحمل|يحملون|تحمل|حمل|حملت|حملوا|بحوزته|بحوزتهم|بحوزتها|بحوزه|ضبط|ضبطت|مضبوط\w*)(?!\w)")),
    (re.compile(r"\bst(?:ea|o)l\w*|\brobb\w*|(?<!\w)(?:سرق\w*|يسرق\w*|نهب\w*|سلب\w*)", re.I),
     re.compile(r"(?<!\w)[وف]?(?:سرق|يسرق|تسرق|مسروق|المسروق|سرقه|نهب|ينهب|سلب|يسلب|استولي|استولوا)\w*")),
    (re.compile(r"\bransom\b|(?<!\w)(?:الفديه|فديه)(?!\w)", re.I),
     re.compile(r"(?<!\w)[وفب]?(?:ال)?(?:فديه|فدي)(?!\w)")),
)


def _money_tells(question_text: str, norm: str):
    """The money teller tied to the act the question names (:data:`MONEY_TIED`), or any sum."""
    if MONEY_TIED:
        for asks, tells in _MONEY_ACTS:
            if asks.search(question_text) or asks.search(norm):
                return _MoneyOfAct(tells)
    return _TELLS_MONEY


_TELLS_MONEY = _MoneyTells()

# (question) the force, unit or body someone belongs to: "which force did the guards belong to", "which brigade was he
# affiliated with", "إلى أي قوات ينتمي"، "لأي جهة يتبع"
_ASKS_BELONG_EN = re.compile(r"\b(?:which|what) (?:\w+ ){0,2}?(?:forces?|units?|brigades?|battalions?|divisions?|army"
                             r"|armies|group|groups|factions?|militias?|organi[sz]ations?|body|bodies|side|party"
                             r"|formation)\b.*\b(?:belong(?:s|ed|ing)?|affiliated)\b"
                             r"|\b(?:belong(?:s|ed)?|affiliated) (?:to|with) (?:which|what)\b", re.I)
# the verbs of belonging read from the extractor's words (roles.json belonging_words, following_words), not a list of the code's own: "تابع" alone is "he went on [saying]" and "يتبع/تتبع" "follows"
# unless "ل"/"إلى" comes after it; the question asks it only as its main verb about the thing asked ("إلى أي قوة ينتمي
# ..."، "ما الجهة التي يتبع لها ..."), not as a participle describing another noun ("ما الجماعة التي هاجمت القافلة
# التابعة لوزارة الصحة": the attacker), and never in a perpetrator's or victim's question (switch for A/B measurement,
# tests patch it)
BELONG_MAIN = True
_FOLLOW_PARTICIPLES = ("التابع", "التابعه", "تابعه", "تابعين", "تابعون", "التابعين", "التابعون")  # with ل only


def _alternation(words) -> str:
    return "(?:" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + ")"


_BELONGING = _alternation(rules.words("roles", "belonging_words"))
_FOLLOWING = _alternation(rules.words("roles", "following_words") | frozenset(_FOLLOW_PARTICIPLES))
# (roles.json doer_affiliate_words are not read: "الموالين لصالح" is loyalty, not a force's membership, and it took
# d14q05's answer from "التابع لقوات الحرس الجمهوري"; its تابعين/تابعون are in _FOLLOW_PARTICIPLES, with ل)
_BELONG_VERBS = (r"(?:يتبع|تتبع|يتبعون|يتبعان|تتبعان|التابع|التابعه|التابعين|التابعون|تابع|تابعه|تابعين|تابعون|ينتمي|تنتمي"
                 r"|ينتمون|ينتميان|المنتمي|المنتميه|المنتمين|المنتمون|منتمي|منتميه|منتمين)")
_ASKS_BELONG_AR = re.compile(rf"(?<!\w)(?:الي |ل)(?:اي|ايه) (?:\S+ ){{0,2}}?[وف]?{_BELONG_VERBS}(?!\w)"
                             rf"|(?<!\w)[وف]?{_BELONG_VERBS} (?:\S+ ){{0,6}}?(?:الي |ل)(?:اي|ايه)(?!\w)"
                             rf"|^\W*(?:ما|اي) (?:هي |هو )?(?:ال)?(?:قوات|قوه|جهه|وحده|لواء|كتيبه|فرقه|جماعه|تنظيم)"
                             rf" (?:التي|الذي) (?:\S+ ){{0,6}}?[وف]?{_BELONG_VERBS}(?!\w)")
# (normalised sentence) the verb of belonging and, within six words after it, a force's or body's noun
_FORCE_NOUNS = (r"(?:قوات|قوه|لواء|الوبه|كتيبه|كتايب|فرقه|فيلق|جيش|حرس|وحده|وحدات|جماعه|تنظيم|ميليشيا|مليشيا|ميليشيات"
                r"|مليشيات|حزب|حركه|فصيل|جبهه|شرطه|امن|مخابرات|حشد|بشمركه|وزاره|مقاومه)")
_TELLS_BELONG = re.compile(rf"(?<!\w)[وف]?{_BELONG_VERBS}(?:\s+\S+){{0,6}}?\s+(?:[لب]|لل|ال)?{_FORCE_NOUNS}(?!\w)")
_TELLS_BELONG_WORDS = re.compile(rf"(?<!\w)[وف]?{_BELONGING}(?:\s+\S+){{0,6}}?\s+(?:[لب]|لل|ال)?"
                                 rf"{_FORCE_NOUNS}(?!\w)"
                                 rf"|(?<!\w)[وف]?{_FOLLOWING}(?:\s+\S+){{0,6}}?\s+(?:الي\s+(?:ال)?|لل|ل){_FORCE_NOUNS}(?!\w)"
                                 # a plural or dual verb has its subject before it: "الحراس يتبعون قوات الحرس"; a
                                 # singular one its subject (one word) between it and the force ("ويتبع الموقع قوات
                                 # الحرس"), not the force right after it ("وتتبع قوات الأمن أثرهم": its subject)
                                 rf"|(?<!\w)[وف]?(?:يتبعون|يتبعان|تتبعان)\s+(?:ال)?{_FORCE_NOUNS}(?!\w)"
                                 rf"|(?<!\w)[وف]?(?:يتبع|تتبع)\s+ال\S+\s+(?:ال)?{_FORCE_NOUNS}(?!\w)")
_ASKS_BELONG_EN_MAIN = re.compile(r"\b(?:which|what) (?:\w+ ){0,2}?(?:forces?|units?|brigades?|battalions?|divisions?"
                                  r"|army|armies|group|groups|factions?|militias?|organi[sz]ations?|body|bodies|side"
                                  r"|party|formation) (?:did|does|do|was|were|is|are|had|has|have) (?:\S+ ){0,16}?"
                                  r"(?:belong|affiliated)\b"
                                  r"|\b(?:belong(?:s|ed)?|affiliated) (?:to|with) (?:which|what)\b", re.I)
_BELONG_FINITE = rf"(?:(?:كان|كانت|كانوا) )?[وف]?(?:{_BELONGING}|يتبع|تتبع|يتبعون|يتبعان|تتبعان)"
_ASKS_BELONG_AR_MAIN = re.compile(rf"(?<!\w)(?:الي |ل)(?:اي|ايه) (?:\S+ ){{0,2}}?{_BELONG_FINITE}(?!\w)"
                                  rf"|(?<!\w){_BELONG_FINITE} (?:\S+ ){{0,6}}?(?:الي |ل)(?:اي|ايه)(?!\w)"
                                  rf"|^\W*(?:ما|اي) (?:هي |هو )?(?:ال)?(?:قوات|قوه|جهه|وحده|لواء|كتيبه|فرقه|جماعه|تنظيم)"
                                  rf" (?:التي|الذي) {_BELONG_FINITE}(?!\w)")

# (question) where a force, a unit or aircraft are based: "where are the jets based", "where is the brigade
# stationed", "أين تتمركز القوات"، "أين ترابط"
_ASKS_BASE_EN = re.compile(r"\bwhere (?:are|is|were|was|had|have|has) (?:\S+ ){1,8}?(?:been )?(?:based|stationed|garrisoned"
                           r"|deployed)\b", re.I)
_ASKS_BASE_AR = re.compile(r"(?<!\w)(?:اين|في اي (?:\S+)) (?:\S+ ){0,1}?(?:تتمركز|يتمركز|يتمركزون|تمركزت|تمركز|ترابط|يرابط"
                           r"|يرابطون|تتخذ|يتخذ)(?!\w)")
_TELLS_BASE = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:متمركز|متمركزه|متمركزين|متمركزون|تتمركز|يتمركز|يتمركزون|تمركزت|مرابط|مرابطه"
                         r"|مرابطين|ترابط|يرابط|منتشر|منتشره|المنتشره)\s+(?:\S+\s+){0,2}?(?:في|ب\S+)(?!\w)")
# ... a force spread over an area ("قواته المنتشرة في المنطقة") is not based there (switch for A/B measurement, tests
# patch it)
BASE_NOT_SPREAD = True
_TELLS_BASE_STATIONED = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:متمركز|متمركزه|متمركزين|متمركزون|تتمركز|يتمركز|يتمركزون|تمركزت"
                                   r"|مرابط|مرابطه|مرابطين|ترابط|يرابط)\s+(?:\S+\s+){0,2}?(?:في|ب\S+)(?!\w)")


# (normalised sentence) a part of the body, defined or with its owner's pronoun, after "في"/"ب" ("أصيب برصاصة في
# ذراعه"، "أصاب به أحد أفراد الدورية في بطنه"، "إصابة مباشرة بالرأس"; 32 unseen slice articles), in a sentence telling a
# wound or a shot
_BODY_PART = re.compile(r"(?<!\w)(?:في|ب)\s?(?:(?:ال)(?:راس|صدر|بطن|ساق|قدم|كتف|ذراع|رقبه|ظهر|فخذ|عنق|خاصره|وجه|يد|عين"
                        r"|ركبه|حوض|ساقين|قدمين|يدين)(?!\w)|(?:راس|صدر|بطن|ساق|قدم|كتف|ذراع|رقبت|ظهر|فخذ|عنق|خاصرت|وجه|يد"
                        r"|عين|ركبت|حوض|ساقي|قدمي|يدي)(?:ه|ها|هم|هما)(?!\w))")
_WOUND = re.compile(r"(?<!\w)[وف]?(?:اصيب|اصيبت|اصيبوا|اصابه|اصابته|اصابتها|اصابت|اصاب|اصابها|باصابه|جرح|جرحت|رصاصه|برصاصه"
                    r"|طلق|بطلق|طلقه|عيار|عيارا|شظيه|بشظيه|شظايا|طعن|طعنه|طعنات)\w*")


# ... the part of the body within a few words after the wound's word, in its clause ("وأصيب الشرطي الثاني برصاصة في
# صدره"), not anywhere in a sentence with a wound ("طعنوا زميله بسكين كان في يده": the knife's hand) (switch for A/B
# measurement, tests patch it)
WOUND_NEAR = True
WOUND_REACH = 6  # most words between the wound's word and its part of the body ("أصاب به أحد أفراد الدورية في بطنه")
_CLAUSE_END = re.compile(r"[،,؛;:.!?؟\n]")
_HAND = re.compile(r"(?:في|ب)\s?(?:ال)?(?:يد|يدي)(?:ه|ها|هم|هما)?")


class _WoundTells:
    """A sentence telling a wound and the part of the body it is in."""

    def search(self, text: str) -> re.Match[str] | None:
        if WOUND_NEAR:
            for wound in _WOUND.finditer(text):
                end = _CLAUSE_END.search(text, wound.end())
                after = text[wound.end():end.start() if end else len(text)].split()
                window = " ".join(after[:WOUND_REACH + 1])
                part = _BODY_PART.search(window)
                if part is None:
                    continue
                # "في يده" is the wound's place only right after the wound's word ("أصيب في يده"، "برصاصة في يده")
                if _HAND.fullmatch(part.group(0)) and window[:part.start()].count(" ") > 1:
                    continue
                return part
            return None
        m = _BODY_PART.search(text)
        return m if m is not None and _WOUND.search(text) else None


_TELLS_WOUND = _WoundTells()


def asks_money(text: str, english: bool) -> bool:
    """The question (its text in English, normalised in Arabic) asks a sum of money (:data:`MONEY_ASKED_STRICT`: with a
    currency, "من المال" or a paying verb, never "how much time" or "كم ألف نازح"). The slot reader and the answerer's
    filler (:func:`marsad.agent.qa.passages._asked_filler`) both ask it here."""
    if MONEY_ASKED_STRICT:
        return bool((_ASKS_MONEY_EN_STRICT if english else _ASKS_MONEY_AR_STRICT).search(text))
    return bool((_ASKS_MONEY_EN if english else _ASKS_MONEY_AR).search(text))


def asked_more(question_text: str, language: str, norm: str, wound_place: bool = False, doer_or_victim: bool = False
               ) -> Searcher | None:
    """The pattern (with a ``search`` method) of the sentence telling the slot asked (a sum of money, the force someone
    belongs to, where a force is based; ``wound_place``: the part of the body a wound is in), or None.
    ``doer_or_victim``: the question asks a perpetrator or a victim (never a belong slot, :data:`BELONG_MAIN`)."""
    if wound_place:  # (question_intent.asks_wound_place)
        return _TELLS_WOUND
    en = language == "en"
    text = question_text if en else norm
    if SLOT_MONEY and asks_money(text, en):
        return _money_tells(question_text, norm)
    if BELONG_MAIN:
        asks_belong = None if doer_or_victim else (_ASKS_BELONG_EN_MAIN if en else _ASKS_BELONG_AR_MAIN)
    else:
        asks_belong = _ASKS_BELONG_EN if en else _ASKS_BELONG_AR
    if SLOT_BELONG and asks_belong is not None and asks_belong.search(text):
        return _TELLS_BELONG_WORDS if BELONG_MAIN else _TELLS_BELONG
    if SLOT_BASE and (_ASKS_BASE_EN if en else _ASKS_BASE_AR).search(text):
        return _TELLS_BASE_STATIONED if BASE_NOT_SPREAD else _TELLS_BASE
    return None

