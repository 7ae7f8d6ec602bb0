"""Three more slots a question may ask that no other reader reads, each told by a form of its own (read by
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

from marsad.agent.numbers import word_value

__all__ = ["asked_more"]

SLOT_MONEY = True  # switch for A/B measurement: a sum of money (tests patch it)
SLOT_BELONG = True  # switch for A/B measurement: the force someone belongs to (tests patch it)
SLOT_BASE = True  # switch for A/B measurement: where a force or its aircraft are based (tests patch it)

# (question) a sum of money asked: "how much money", "how much did X allocate / pay / pledge", "what sum", "كم مليون
# دولار"، "ما المبلغ"، "ما قيمة الفدية"
_ASKS_MONEY_EN = re.compile(r"\bhow much (?:money|cash|ransom)\b|\b(?:what|which) (?:sum|amount) of (?:money|cash)\b"
                            r"|\bhow much\b.*\b(?:allocat\w*|pa(?:y|id|ys)|pledg\w*|donat\w*|spen[dt]\w*|st(?:ea|o)l\w*"
                            r"|ransom|fine[ds]?|worth|fled with|smuggl\w*|embezzl\w*|laundered|budget\w*)\b", re.I)
_CURRENCY = r"(?:دولار|دولارا|دولارات|يورو|ريال|ريالا|ريالات|دينار|دينارا|جنيه|جنيها|ليره|درهم|درهما|روبل)"
_ASKS_MONEY_AR = re.compile(rf"(?<!\w)(?:كم (?:\S+ )?{_CURRENCY}|كم (?:مليون|مليار|الف)"
                            r"|ما (?:هو |هي )?(?:المبلغ|قيمه (?:المبلغ|الفديه|الاموال|الغرامه)|حجم (?:المبلغ|الاموال))"
                            r"|كم (?:من )?(?:المال|الاموال)|(?:كم|ما) (?:كانت |بلغت )?(?:قيمه|مبلغ))(?!\w)")
# (normalised sentence) a sum: a number (digits or a number word), an optional scale, an optional "من", the currency
_TELLS_MONEY_RE = re.compile(r"(?<!\w)(?P<n>\d[\d.,]*|[^\W\d]+)\s+(?:(?:ملايين|مليون|مليونا|مليار|مليارات|الف|الاف)\s+)?"
                             rf"(?:من\s+)?(?:ال)?{_CURRENCY}(?!\w)")


class _MoneyTells:
    """:data:`_TELLS_MONEY_RE` whose count is told in digits or a number word (not "ملايين الدولارات")."""

    def search(self, text: str) -> re.Match[str] | None:
        for m in _TELLS_MONEY_RE.finditer(text):
            n = m.group("n")
            if n[0].isdigit() or word_value(n) or n in ("مليون", "مليار", "مليونا", "الف"):
                return m
        return None


_TELLS_MONEY = _MoneyTells()

# (question) the force, unit or body someone belongs to: "which force did the guards belong to", "which brigade was he
# affiliated with", "إلى أي قوات ينتمي"، "لأي جهة يتبع"
_ASKS_BELONG_EN = re.compile(r"\b(?:which|what) (?:\w+ ){0,2}?(?:forces?|units?|brigades?|battalions?|divisions?|army"
                             r"|armies|group|groups|factions?|militias?|organi[sz]ations?|body|bodies|side|party"
                             r"|formation)\b.*\b(?:belong(?:s|ed|ing)?|affiliated)\b"
                             r"|\b(?:belong(?:s|ed)?|affiliated) (?:to|with) (?:which|what)\b", re.I)
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

# (question) where a force, a unit or aircraft are based: "where are the jets based", "where is the brigade
# stationed", "أين تتمركز القوات"، "أين ترابط"
_ASKS_BASE_EN = re.compile(r"\bwhere (?:are|is|were|was|had|have|has) (?:\S+ ){1,8}?(?:been )?(?:based|stationed|garrisoned"
                           r"|deployed)\b", re.I)
_ASKS_BASE_AR = re.compile(r"(?<!\w)(?:اين|في اي (?:\S+)) (?:\S+ ){0,1}?(?:تتمركز|يتمركز|يتمركزون|تمركزت|تمركز|ترابط|يرابط"
                           r"|يرابطون|تتخذ|يتخذ)(?!\w)")
_TELLS_BASE = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:متمركز|متمركزه|متمركزين|متمركزون|تتمركز|يتمركز|يتمركزون|تمركزت|مرابط|مرابطه"
                         r"|مرابطين|ترابط|يرابط|منتشر|منتشره|المنتشره)\s+(?:\S+\s+){0,2}?(?:في|ب\S+)(?!\w)")


# (normalised sentence) a part of the body, defined or with its owner's pronoun, after "في"/"ب" ("أصيب برصاصة في
# ذراعه"، "أصاب به أحد أفراد الدورية في بطنه"، "إصابة مباشرة بالرأس"; 32 unseen slice articles), in a sentence telling a
# wound or a shot
_BODY_PART = re.compile(r"(?<!\w)(?:في|ب)\s?(?:(?:ال)(?:راس|صدر|بطن|ساق|قدم|كتف|ذراع|رقبه|ظهر|فخذ|عنق|خاصره|وجه|يد|عين"
                        r"|ركبه|حوض|ساقين|قدمين|يدين)(?!\w)|(?:راس|صدر|بطن|ساق|قدم|كتف|ذراع|رقبت|ظهر|فخذ|عنق|خاصرت|وجه|يد"
                        r"|عين|ركبت|حوض|ساقي|قدمي|يدي)(?:ه|ها|هم|هما)(?!\w))")
_WOUND = re.compile(r"(?<!\w)[وف]?(?:اصيب|اصيبت|اصيبوا|اصابه|اصابته|اصابتها|اصابت|اصاب|اصابها|باصابه|جرح|جرحت|رصاصه|برصاصه"
                    r"|طلق|بطلق|طلقه|عيار|عيارا|شظيه|بشظيه|شظايا|طعن|طعنه|طعنات)\w*")


class _WoundTells:
    """A sentence telling a wound and the part of the body it is in."""

    def search(self, text: str) -> re.Match[str] | None:
        m = _BODY_PART.search(text)
        return m if m is not None and _WOUND.search(text) else None


_TELLS_WOUND = _WoundTells()


def asked_more(question_text: str, language: str, norm: str, wound_place: bool = False):
    """The pattern (with a ``search`` method) of the sentence telling the slot asked (a sum of money, the force someone
    belongs to, where a force is based; ``wound_place``: the part of the body a wound is in), or None."""
    if wound_place:  # (question_intent.asks_wound_place)
        return _TELLS_WOUND
    en = language == "en"
    text = question_text if en else norm
    if SLOT_MONEY and (_ASKS_MONEY_EN if en else _ASKS_MONEY_AR).search(text):
        return _TELLS_MONEY
    if SLOT_BELONG and (_ASKS_BELONG_EN if en else _ASKS_BELONG_AR).search(text):
        return _TELLS_BELONG
    if SLOT_BASE and (_ASKS_BASE_EN if en else _ASKS_BASE_AR).search(text):
        return _TELLS_BASE
    return None

