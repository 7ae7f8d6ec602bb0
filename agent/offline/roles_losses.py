"""The side losses were inflicted on is no doer: "أسفرت المعارك عن تكبيد الميليشيات عشرات القتلى" -- the object of
"تكبيد" (to inflict) is the side that lost men, so news tells it as the battle's victim, not as who attacked; and the
side whose men were captured ("أسرت القوات ثلاثة من عناصر الجماعة") is not who attacked either, nor the side that
admits its losses ("اعترفت الميليشيا بمقتل ثلاثة من قادتها", switch ``ADMITTED_LOSSES``).
"""

from __future__ import annotations

from marsad.agent.numbers import read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.context import bare_in
from marsad.agent.offline.mentions import Mention

__all__ = ["HOLED_UP", "INFLICTED_ON", "admits_losses", "holed_up", "inflicted_on"]

INFLICTED_ON = True
"""Switch for :func:`inflicted_on` (on; off only to measure the rule)."""
_INFLICT_OBJECT = rules.words("roles", "inflict_object_words")
_FILLERS = rules.words("roles", "group_filler_words") | frozenset({"عناصر", "مسلحي", "مقاتلي"})


def inflicted_on(words: list[str], m: Mention) -> bool:
    """True when a force or group is the object of inflicting losses: right after the verbal noun "تكبيد" or a verb
    whose subject is its own ending ("كبدوا"، "كبدناهم"; ``inflict_object_words``), past at most two filler words
    ("تكبيد عناصر الميليشيا خسائر")."""
    if not INFLICTED_ON or m.i <= 0:
        return False
    if ADMITTED_LOSSES and admits_losses(words, m):
        return True
    if HOLED_UP and holed_up(words, m):
        return True
    x = m.i - 1
    while x > 0 and x >= m.i - 2 and bare_in(words[x], _FILLERS):
        x -= 1  # "عناصر الميليشيا الحوثية": the group told by its adjective after two fillers
    if bare_in(words[x], _INFLICT_OBJECT):
        return True
    return CAPTIVES and _captured(words, x)


ADMITTED_LOSSES = True
"""Switch (pass 43): the subject of a verb of admitting ("اعترف"، "أقر"; roles.json ``admit_verbs``) told with its own
losses right after it ("بمقتل"، "بسقوط"، "بخسارة"; ``admitted_loss_words``): "اعترفت الميليشيا بمقتل ثلاثة من قادتها"،
"أقرت الحركة بسقوط خمسة من مقاتليها في غارة" -- the side that lost men, not who attacked. An admitted act ("اعترف
الجيش بقصف المستشفى") keeps its doer."""
_ADMIT = rules.words("roles", "admit_verbs")
_ADMITTED_LOSS = rules.words("roles", "admitted_loss_words")


def admits_losses(words: list[str], m: Mention) -> bool:
    """True when a verb of admitting stands at most two words before the mention (its subject, "اعترفت ميليشيا
    الحوثي") and a word of loss glued to "ب" comes within two words after it."""
    before = any(bare_in(words[k], _ADMIT) for k in range(max(0, m.i - 3), m.i))
    return before and any(words[k] in _ADMITTED_LOSS for k in range(m.j, min(len(words), m.j + 3)))


CAPTIVES = True
"""Switch: the group of men a capture verb counts ("أسرت القوات أحد عناصر الميليشيا"، "أسروا ثلاثة من مسلحي
الجماعة") is no doer (on; off only to measure the rule)."""
_CAPTURE = rules.words("roles", "capture_verbs")
_ONE = frozenset({"احد", "احدي"})


def _captured(words: list[str], x: int) -> bool:
    """True when the words up to ``x`` (just before the group's name and its filler) are a capture verb and a count:
    "أسرت أحد عناصر"، "أسروا ثلاثة من عناصر"، "أسر 12 من مسلحي"."""
    if x >= 0 and words[x] == "من":
        x -= 1
    if x < 1:
        return False
    q = read_quantity(words, x)
    if words[x] in _ONE or words[x].isdigit() or q is not None:
        return bare_in(words[x - 1], _CAPTURE) or x > 1 and words[x - 1].isdigit() and bare_in(words[x - 2], _CAPTURE)
    return False


HOLED_UP = True
"""Switch (pass 52): the side told as holed up in a place ("اقتحام المجمع الذي يتحصن فيه مسلحو التنظيم"،
"البلدة التي تتحصن فيها قوات الحكومة"، "رغم تحصن عناصر داعش بخنادق"; roles.json ``holed_up_words``) is the side a
storming or siege was aimed at, not who carried it out (on; off only to measure the rule)."""
_HOLED_UP = rules.words("roles", "holed_up_words")
_HOLED_FILLERS = rules.words("roles", "holed_up_fillers")
_HOLED_SPAN = 4


def holed_up(words: list[str], m: Mention) -> bool:
    """True when a word of being holed up (``holed_up_words``) comes at most ``_HOLED_SPAN`` words before the group's
    name with only its pronoun, "كانت" or unit words between (``holed_up_fillers``): "يتحصن فيه مسلحو تنظيم
    القاعدة"."""
    x = m.i - 1
    while x >= max(0, m.i - _HOLED_SPAN) and (words[x] in _HOLED_FILLERS or words[x].startswith("ل") and x == m.i - 1):
        x -= 1
    return x >= 0 and x >= m.i - _HOLED_SPAN - 1 and words[x] in _HOLED_UP
