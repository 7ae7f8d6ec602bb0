"""The words every agreement rule shares (``data/agreements.json``) and the word tests several families read.

A negation particle (:func:`_negation`), "لم يعد" before the agreement (:func:`_no_longer`), a truce or ceasefire
written at a token (:func:`_truce_at`, with :func:`_launch_of_other` and :func:`_halted_at`) and an exchange of
prisoners or bodies (:func:`_exchange_at`). Word lists read by one family only live in that family's module
(``agreements_mentions``, ``agreements_sides``, ``agreements_named``, ``agreements_parties``, ``agreements_status``,
``agreements_provisions``, ``agreements_records``, ``agreements_find``).
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import bare, bare_in
from marsad.core.arabic import normalize

_AGREE = rules.words("agreements", "agree")
_AGREED = rules.words("agreements", "agreed")
_NEG = rules.words("agreements", "neg")
_TRUCE = rules.words("agreements", "truce")
"""A truce or ceasefire ("هدنة"، "تهدئة"، "وقف إطلاق النار"; two words joined with "_"): an agreement of type ceasefire."""
_STATUS_RANK = rules.table("agreements", "status_rank")
_PARTY_TYPES = rules.phrases("agreements", "party_types")
_CAPITALS = rules.table("agreements", "capitals")

MOVEMENT_SIDES = True
"""Switch (pass 64): a political party or movement of one country (actor registry type "other" with a country code:
"حركة أمل"، "المجلس الانتقالي الجنوبي"، "المؤتمر الشعبي العام") can be a side of an agreement as an armed group can
("توصلت حركة أمل وحزب الله إلى اتفاق"، "اتفاق بين الحكومة والمجلس الانتقالي"). A body of no country ("الأمم المتحدة"،
"الجامعة العربية") still is not: a mediator or a bloc, read by its own rules. The actor's type stays "other"."""


def party_entry(e) -> bool:
    """Whether registry actor ``e`` can stand as an agreement's side: a body of the party types, or a country's
    political movement (:data:`MOVEMENT_SIDES`)."""
    t = e.get("type")
    return t in _PARTY_TYPES or (MOVEMENT_SIDES and t == "other" and bool(e.get("country_code")))


def party_mentions(ctx, si: int, lo: int, hi: int, extra: frozenset[str] | set[str] = frozenset()) -> list:
    """The actor mentions of sentence ``si`` inside tokens ``[lo, hi)`` that can stand as sides (:func:`party_entry`),
    and those of the ``extra`` types ("official")."""
    return [m for m in ctx.actors_in(si, lo, hi) if m.entry.get("type") in extra or party_entry(m.entry)]
_SECURITY_CONTEXT = rules.words("agreements", "security_context")
"""In an agreement's sentence: it has a security content (military cooperation, bases, borders, terrorism)."""
_COOPERATION = rules.words("agreements", "cooperation_words")
_MEDIATION = rules.words("agreements", "mediation")
PROPOSAL_HEADS = rules.words("agreements", "proposal_heads")
"""A proposal, an initiative or a plan ("مقترح"، "مبادرة"، "خطة"; with or without "ال"): put before a truce or an
agreement, it proposes it (agreements_status.PROPOSAL_HEAD); its people's adjective is its proposer, no side
(agreements_parties.PROPOSER_NOT_SIDE)."""
_ACCESS_VERBS = rules.words("agreements", "access_verbs")
_TRUCE_STOPS = rules.words("agreements", "truce_stops")
_HALT_WORDS = rules.words("agreements", "halt_words")
_HALTED = rules.words("agreements", "halted")
"""After a halt word ("وقف القتال"، "وقف الأعمال القتالية"): fighting is halted, a ceasefire."""
_HALT_BETWEEN = rules.words("agreements", "halt_between")
"""Between a halt word and what it halts ("وقفاً أحادياً كما يبدو لعشرة أيام لهجماتها")."""
_PARTY_HEADS = rules.words("agreements", "party_heads")
"""A side the registry does not know, named after "بين" with one of these heads ("المعارضة"، "الفصائل")."""
_EXCHANGE_HEADS = rules.words("agreements", "exchange_heads")
_EXCHANGE_VERBS = rules.words("agreements", "exchange_verbs")
_EXCHANGE_OBJECTS = rules.words("agreements", "exchange_objects")
"""An exchange of prisoners, detainees or bodies ("صفقة تبادل الأسرى"، "اتفاق لتبادل المعتقلين"): a deal between the
sides of a war, kept as an agreement of its own kind ("other") when two sides are named."""
_NO_LONGER = rules.words("agreements", "no_longer")
""""لم يعد للهدنة أي معنى": after "لم", the agreement no longer holds -- stalled, not negated."""
_DEFINITE_NOUNS = rules.words("agreements", "definite_nouns")
_POLITICAL_AFTER = rules.words("agreements", "political_after")
"""Right after the agreement noun ("اتفاق سلام"، "اتفاق المصالحة"): a political agreement."""
_RELATIONS_RESTORING = rules.words("agreements", "relations_restoring")
_RELATIONS_WORDS = rules.words("agreements", "relations_words")
SECURITY_ADJ = rules.words("agreements", "security_adj")
"""Security, military or defence adjectives ("الأمنية"، "العسكري"، "دفاعية"): right after the agreement phrase they make
it a security agreement ("اتفاق أمني"), right after "العلاقات" the relations it restores are of that kind."""


def relations_purpose(words: list[str], j: int) -> str | None:
    """What an agreement told, within five words after its phrase, as resuming, restoring or normalising relations
    is: "political" for relations of no kind or a political kind ("وقع اتفاقا مع الرئيس لاستئناف العلاقات"، "اتفاق
    لتطبيع العلاقات الدبلوماسية"), whatever military words the sentence also holds ("أنهى أزمة عسكرية"); "security"
    when the relations are military, security or defence ones ("اتفاقا لإعادة العلاقات العسكرية"); None when no
    relations are restored."""
    for x in range(j, min(len(words) - 1, j + 5)):
        if bare_in(words[x], _RELATIONS_RESTORING) and words[x + 1] in _RELATIONS_WORDS:
            return "security" if x + 2 < len(words) and bare_in(words[x + 2], SECURITY_ADJ) else "political"
    return None


ON = rules.words("agreements", "on_words")
"""The preposition "على" as the words of a sentence hold it (normalised: "علي"); every agreement family compares with
this set, never with a spelling of its own."""
SIGNED_PARTICIPLES = rules.words("agreements", "signed_participles")
"""The participles of signing or concluding ("الموقعة"، "المبرم"، "الموقعين"، "الموقعتان"), one list for every reader:
right after the agreement noun it was reached ("الاتفاقية الموقعة بين البلدين"), ended a provision there, names the side
it was signed with after "مع" ("المبرم مع كينيا"), and before "على" + the agreement, the body told before it signed
it ("الفصائل الموقعة على الاتفاق")."""


def _exchange_at(words: list[str], x: int) -> bool:
    """True when the token at x heads an exchange of prisoners or bodies ("صفقة تبادل الأسرى"، "اتفاق لتبادل
    المعتقلين والجثث"، "عملية تبادل للأسرى"), or a deal of a release for something in return (:data:`RELEASE_DEAL`)."""
    if not (bare_in(words[x], _EXCHANGE_HEADS) and x + 1 < len(words)):
        return False
    if _exchange_verb_at(words, x + 1) or _release_deal(words, x):
        return True
    # "اتفاق مع الحكومة لتبادل الأسرى": the side it was made with told between the deal and its exchange
    return EXCHANGE_AFTER_WITH and words[x + 1] == "مع" and any(
        _exchange_verb_at(words, k) for k in range(x + 3, min(len(words), x + 3 + _WITH_SIDE_WORDS)))


EXCHANGE_AFTER_WITH = True
"""Switch (pass 64): a deal's exchange of prisoners or bodies is read past the side told after "مع" right after the deal
("توصلت الحكومة إلى اتفاق مع المتمردين لتبادل الأسرى"، "صفقة مع الحركة لتبادل الجثث"): up to three words of the side,
then the exchange. Before, only an exchange right after the deal's word was read, and such a deal between two sides
of a war was dropped as an agreement outside the domain."""
_WITH_SIDE_WORDS = 3


def _exchange_verb_at(words: list[str], k: int) -> bool:
    """Whether an exchange verb ("تبادل"، "لتبادل") stands at token ``k`` with its object ("الأسرى") one or two words
    after it."""
    return k < len(words) and any(b in _EXCHANGE_VERBS for b in bare(words[k])) and any(
        b in _EXCHANGE_OBJECTS for w in words[k + 1:k + 3] for b in bare(w))


_GIVING = frozenset(normalize(w) for w in (
    "تسليم", "إفراج", "افراج", "إطلاق", "اطلاق", "انسحاب", "خروج", "وقف", "فتح", "رفع", "إخلاء", "اخلاء", "إعادة", "اعادة"))


def is_giving(w: str) -> bool:
    """Whether ``w`` is a verbal noun of giving, freeing or leaving ("تسليم"، "إفراج"، "انسحاب"): after "مقابل", the
    word right after it is the giver (``agreements_parties.IN_RETURN_SIDE``, ``agreements_provisions.GIVER_NO_PLACE``)."""
    return w in _GIVING


RELEASE_DEAL = True
"""Switch (pass 63): a deal ("صفقة") whose terms, told right after it, free a prisoner in return for something ("صفقة
تنص على الإفراج عن (أسرى) مقابل تسليم (مطلوبين)"، "صفقة تقضي بإطلاق سراح (معتقل) مقابل ...") is an exchange
as "صفقة تبادل الأسرى" is: a release (data key release_words) within eight words after the deal and "مقابل" (data key
in_exchange) after the release, within eight more. An arms or a transfer deal tells no release: no agreement."""
_RELEASES = rules.words("agreements", "release_words")
_IN_RETURN = rules.words("agreements", "in_exchange")
_RELEASE_REACH = 8


def _release_deal(words: list[str], x: int) -> bool:
    """True when the deal at x frees a prisoner in return for something (:data:`RELEASE_DEAL`)."""
    if not RELEASE_DEAL:
        return False
    release = next((y for y in range(x + 1, min(len(words), x + 1 + _RELEASE_REACH)) if bare_in(words[y], _RELEASES)), None)
    return release is not None and any(
        bare_in(w, _IN_RETURN) for w in words[release + 1:release + 1 + _RELEASE_REACH])


EXCHANGE_AGREED = True
"""Switch (pass 37): an exchange agreed on right after the verb ("اتفقوا على تبادل الأسرى"، "اتفق الطرفان على تبادل
الجثث") is an exchange deal as "صفقة تبادل الأسرى" is, whoever is told before the verb."""


def _exchange_agreed(words: list[str], j: int) -> bool:
    """True when "على" at token j opens an exchange of prisoners or bodies ("على تبادل الأسرى")."""
    return EXCHANGE_AGREED and j + 1 < len(words) and words[j] in ON and any(
        b in _EXCHANGE_VERBS for b in bare(words[j + 1])) and any(
        b in _EXCHANGE_OBJECTS for w in words[j + 2:j + 4] for b in bare(w))


def _negation(word: str) -> bool:
    """True for a negation particle, also after "و"/"ف" ("ولم"، "فلن": too short for :func:`bare` to strip)."""
    return word in _NEG or (word[:1] in "وف" and word[1:] in _NEG)


def _no_longer(words: list[str], x: int) -> bool:
    """True when "لم يعد" (no longer) comes right before the agreement word at x."""
    return x >= 2 and words[x - 1] in _NO_LONGER and words[x - 2] in _NEG


TRUCE_OWN = frozenset(normalize(w) for w in ("هدنته", "هدنتها", "هدنتهم", "هدنتهما", "هدنتنا"))
"""A truce with its holder's pronoun ("قال الحزب إن هدنته مع أنقرة انتهت"، "أعلنت الحركة أن هدنتها مع الجيش
مستمرة"): a truce, its holder the side that speaks of it (empty set: switched off)."""


def _truce_at(words: list[str], x: int) -> bool:
    """True when a truce or ceasefire is written at token x ("هدنة"، "وقف لإطلاق النار"، "وقف الأعمال
    القتالية"، "وقفاً أحادياً لمدة أسبوع لعملياتها")."""
    pair = "_".join(words[x:x + 2])
    if any(b in _TRUCE or b in TRUCE_OWN for b in bare(words[x])):
        return True
    if any(f"{b}_{words[x + 1]}" in _TRUCE for b in bare(words[x]) if x + 1 < len(words)) or pair in _TRUCE:
        return not _launch_of_other(words, x + 2)
    return words[x] in _HALT_WORDS and _halted_at(words, x + 1)


def _launch_of_other(words: list[str], y: int) -> bool:
    """True when the word after "وقف إطلاق" (at y) names what is launched and it is not fire ("وقف إطلاق
    الصواريخ على المدن"، "وقف إطلاق القذائف"): halting launches, not a ceasefire."""
    return y < len(words) and words[y] not in _FIRE and any(b.startswith("ال") for b in bare(words[y]))


_FIRE = rules.words("agreements", "fire_words")
"""What a ceasefire stops firing ("النار"، "نار"، "النيران"), after "وقف إطلاق"."""


def _halted_at(words: list[str], y: int) -> bool:
    """True when what is halted after a halt word at y-1 is fighting ("القتال"، "لعملياتها"), across a few
    words that qualify the halt ("أحاديا لمدة أسبوع")."""
    for z in range(y, min(len(words), y + 8)):
        if words[z] in _HALTED or "_".join(words[z:z + 2]) in _HALTED:
            return True
        if words[z] not in _HALT_BETWEEN and not words[z].isdigit():
            return False
    return False


_AGREE_VERBS = frozenset({"اتفق", "اتفقت", "اتفقا", "اتفقتا", "اتفقوا"})
"""The verb of agreeing: the persons around it are the sides, not speakers about an agreement."""
_THAT = frozenset({"ان", "بان"})
"""Between who tells and what is told ("أعلنت الوزارة أن الولايات المتحدة وكوريا اتفقتا")."""


SIDES_OWN = True
"""Switch (pass 34): an agreement noun with the pronoun of two or more sides ("أكد البلدان اتفاقهما على تعزيز
التعاون"، "أعلنوا اتفاقهم على هدنة") opens a mention like the bare noun, and tells an agreement reached."""
_AGREE_OWN = frozenset(normalize(w) for w in (
    "اتفاقهما", "اتفاقهم", "اتفاقيتهما", "اتفاقيتهم", "تفاهمهما", "تفاهمهم", "توافقهما", "توافقهم"))
"""An agreement noun with a dual or plural owner: the sides' agreement."""


def proposal_before(words: list[str], x: int) -> int | None:
    """The token of a proposal noun that the word at x completes, right before it or past one or two adjectives
    ("مقترحا لهدنة"، "مقترح الهدنة"، "المقترح المصري للتهدئة"، "مبادرة قطرية جديدة لوقف إطلاق النار"), or None."""
    for y in range(x - 1, max(-1, x - 4), -1):
        if bare_in(words[y], PROPOSAL_HEADS):
            return y
        if not words[y].endswith(("ي", "ية", "يه", "يا", "ة", "ه")) or words[y] in {"في", "الي", "علي"}:
            return None  # only adjectives stand between the proposal and what it proposes
    return None
