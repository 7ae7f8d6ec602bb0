"""Terms of an agreement told apart from its noun: :func:`separate_terms`.

A truce's length ("لمدة أسبوع"، "لثلاثة أيام"، "مدتها 48 ساعة") and the condition it is kept on ("بشرط انسحاب
القوات"، "شريطة أن ...") are often told after the sides or a comma, out of reach of the truce phrase; the annotators
keep each as a provision of its own (GUIDELINES §7, provisions: short phrases as written).
"""

from __future__ import annotations

from marsad.agent.numbers import read_quantity, word_value
from marsad.agent.offline import rules
from marsad.agent.offline.agreements_provisions import _phrase_end
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare_in
from marsad.core.arabic import normalize

__all__ = ["access_purpose", "force_will_terms", "separate_terms"]

DURATION_TERM = True
"""Switch (pass 36): a truce's length told in its sentence after the truce word but out of its phrase ("أعلنت الحركة
وقفا للقتال مع الجيش لثلاثة أيام"، "هدنة ... لمدة أسبوع"، "تستمر 72 ساعة") is a provision of its own: the words of
length with their number and unit (data keys duration_heads, duration_units, duration_lasting)."""
_DURATION_HEADS = rules.words("agreements", "duration_heads")
"""Words that open a length ("لمدة"، "مدتها"), a number and a unit following."""
_DURATION_UNITS = rules.words("agreements", "duration_units")
"""Units of a truce's length, without "ال" ("أيام"، "أسبوع"، "يومين"، "ساعة")."""
_LASTING = rules.words("agreements", "duration_lasting")
"""Verbs of lasting, present or future, right before a bare length ("تستمر 72 ساعة"، "يمتد أسبوعين"); a past one mostly
tells how long the war before the truce went on ("أنهت حربا دامت شهرين")."""

PERIOD_TERM = True
"""Switch (pass 36): after a verb of lasting, the period "من X حتى Y" ("تستمر الهدنة من أول أيام العيد حتى ثالثها") is the
truce's length: a provision from "من" to at most six words after "حتى"/"إلى", within the clause."""
_UNTIL = frozenset({"حتي", "الي", "لغايه"})


def _period_end(words: list[str], x: int) -> int | None:
    """The end of a period "من X حتى Y" opened at token x, or None when no "حتى"/"إلى" follows within five words."""
    until = next((y for y in range(x + 2, min(len(words), x + 6)) if words[y] in _UNTIL), None)
    if until is None:
        return None
    return min(len(words), until + 7)


CONDITION_TERM = True
"""Switch (pass 36): the condition a truce or agreement is accepted or kept on, told in its sentence after the agreement
word but out of its phrase ("أعلنت الفصائل التوصل إلى تهدئة مع الجيش، بشرط وقف الغارات"), is a provision of its own
(data key truce_conditions, "طالما" and "مادام" only when glued to the phrase, as the truce phrase reads them)."""
_CONDITIONS = rules.words("agreements", "condition_heads")

_REACH = 14
"""Words after the agreement word where its length or condition may be told."""


def _unit_at(words: list[str], y: int) -> bool:
    """True when token y is a unit of length (with or without a leading "ل")."""
    return y < len(words) and bare_in(words[y], _DURATION_UNITS)


def _number_at(words: list[str], y: int) -> int | None:
    """The index past a number told at y ("72"، "ثلاثة"، "خمسة عشر"), or None."""
    if y >= len(words):
        return None
    q = read_quantity(words, y)
    if q is None or q.vague or q.value is None:
        return None
    return q.end


def _duration_at(words: list[str], x: int) -> int | None:
    """The end of a length opened at token x, or None: "لمدة (N) وحدة"، "مدتها N وحدة"، "ل+N وحدة"، "ل+وحدة" ("لأسبوع"،
    "ليومين"), or N + unit right after a verb of lasting."""
    w = words[x]
    if w in _DURATION_HEADS:
        y = x + 1
        if y < len(words) and words[y] == "ل":
            y += 1
        if _unit_at(words, y):
            return y + 1
        end = _number_at(words, y)
        return end + 1 if end is not None and _unit_at(words, end) else None
    if w == "ل" or (w.startswith("ل") and len(w) > 2 and not w.startswith("لل")):
        rest = w[1:]
        if not rest:
            end = _number_at(words, x + 1)
            return end + 1 if end is not None and _unit_at(words, end) else None
        if rest in _DURATION_UNITS and rest != "يوم":
            return x + 1  # "لأسبوع"، "ليومين" ("ليوم" names a day more often than it counts one)
        if (rest.isdigit() or word_value(rest) is not None) and _unit_at(words, x + 1):
            return x + 2  # "لثلاثة أيام"، "لـ72 ساعة"
        return None
    if x > 0 and words[x - 1] in _LASTING:
        if PERIOD_TERM and w == "من":
            return _period_end(words, x)
        end = _number_at(words, x)
        if end is not None and _unit_at(words, end):
            return end + 1
        if w in _DURATION_UNITS:
            return x + 1
    return None


def separate_terms(ctx: DocContext, si: int, i: int, j: int, stop: int | None, truce: bool,
                   told: list[str]) -> list[str]:
    """The length (of a truce) and the condition told after the agreement mention at ``[i, j)`` in its sentence, before
    the next mention at ``stop``, and not already inside one of the provisions ``told``."""
    s = ctx.sentences[si]
    words = s.words
    end = min(len(words), j + _REACH, stop if stop is not None and stop > j else len(words))
    have = [normalize(p) for p in told]
    out: list[str] = []
    x = j
    while x < end:
        got = None
        if DURATION_TERM and truce:
            d = _duration_at(words, x)
            if d is not None:
                got = (x, max(x + 1, min(d, s.clause_bounds(x)[1])))
        if got is None and CONDITION_TERM and words[x] in _CONDITIONS and x + 1 < len(words):
            got = (x, _phrase_end(s, x, 7))
            if got[1] - x < 2:
                got = None
        if got is None:
            x += 1
            continue
        text = ctx.quote(*s.token_span(*got)).strip(" ،,.\"“”")
        key = normalize(text)
        if text and not any(key in h for h in have):
            out.append(text)
            have.append(key)
        x = got[1]
    return out


ACCESS_PURPOSE = True
"""Switch (pass 37): what a granted access is for, told after the bases or airspace it opens ("سمحت لها باستخدام
قواعدها الجوية، وخاصة قاعدة ...، في شن غارات على ..."، "باستخدام المطار لشن هجمات ضد ..."), is a provision of its
own: "في شن"/"لشن"/"لتنفيذ" + strikes, raids or sorties (data keys access_purpose_verbs, access_purpose_objects), to
the clause end, a relative pronoun or a stop word, at most ten words."""
_PURPOSE_VERBS = rules.words("agreements", "access_purpose_verbs")
_PURPOSE_OBJECTS = rules.words("agreements", "access_purpose_objects")
_STOPS = rules.words("agreements", "provision_stops") | rules.words("agreements", "relative_pronouns")
_ACCESS_REACH = 30


def access_purpose(ctx: DocContext, si: int, i: int, told: list[str]) -> list[str]:
    """The purpose of the access granted at token i ("لشن غارات على ..."), or [] when none is told within
    :data:`_ACCESS_REACH` words of it or it is inside one of the provisions ``told``."""
    if not ACCESS_PURPOSE:
        return []
    s = ctx.sentences[si]
    words = s.words
    for y in range(i + 1, min(len(words) - 1, i + _ACCESS_REACH)):
        glued = words[y][:1] == "ل" and words[y][1:] in _PURPOSE_VERBS
        after_in = words[y] in _PURPOSE_VERBS and words[y - 1] == "في"
        if not (glued or after_in) or not bare_in(words[y + 1], _PURPOSE_OBJECTS):
            continue
        start = y - 1 if after_in else y
        _, b = s.clause_bounds(y)
        end = min(b, start + 10)
        end = next((z for z in range(y + 2, end) if words[z] in _STOPS), end)
        text = ctx.quote(*s.token_span(start, end)).strip(" ،,.\"“”")
        key = normalize(text)
        return [] if any(key in normalize(p) for p in told) else [text]
    return []


FORCE_WILL_TERM = True
"""Switch (pass 42): what a side's forces will do, told as reported speech before the agreement word in its sentence
("وذكرت مصادر أن قوات الجيش ستتمركز في نقاط على الطريق، مشيرة إلى أن التفاهمات ..."), is a term of that agreement:
after "أن"/"بأن", a force the registry knows, then a verb in the future ("ست..."/"سي..."), to the clause end or a stop
word ("وقد"), at most twelve words. A force's future act told after the agreement word is left to the provision
reader; one told with no "أن" before it is the writer's account, not the sources' terms."""
_THAT = frozenset({"ان", "بان"})
_FORCE_WILL_REACH = 25
"""Words before the agreement word where the force's future act may be told."""


def _future_verb(w: str) -> bool:
    """True for an imperfect verb with the future prefix ("ستنتشر"، "سينسحب")."""
    return len(w) > 4 and w[:2] in {"ست", "سي", "سن"}


def force_will_terms(ctx: DocContext, si: int, i: int, told: list[str]) -> list[str]:
    """The future acts of forces told after "أن" before the agreement word at token i (:data:`FORCE_WILL_TERM`), not
    already inside one of the provisions ``told``."""
    if not FORCE_WILL_TERM:
        return []
    s = ctx.sentences[si]
    words = s.words
    have = [normalize(p) for p in told]
    out: list[str] = []
    for m in ctx.actors_in(si, max(0, i - _FORCE_WILL_REACH), i, FORCE_TYPES):
        if m.i == 0 or words[m.i - 1] not in _THAT or m.j >= i or not _future_verb(words[m.j]):
            continue
        end = _phrase_end(s, m.j, 12)
        text = ctx.quote(*s.token_span(m.i, end)).strip(" ،,.\"“”")
        key = normalize(text)
        if text and not any(key in h for h in have):
            out.append(text)
            have.append(key)
    return out
