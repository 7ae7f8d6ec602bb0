"""What an agreement provides and where: :func:`_provisions`, :func:`_truce_phrase` and :func:`_locations`.

The verbal nouns after "على" / "لـ" / "يتضمن" and those coordinated with them (:func:`_provision_list`), a
handover's object, a truce's length and place, each cut at the clause end, a stop word or a verb in the future
(:func:`_phrase_end`).
"""

from __future__ import annotations

from marsad.agent.numbers import read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.agreements_capitals import capital_state
from marsad.agent.offline.agreements_cues import (
    _AGREE,
    _AGREED,
    _CAPITALS,
    _PARTY_HEADS,
    _TRUCE_STOPS,
    ON,
    SIGNED_PARTICIPLES,
    _truce_at,
    is_giving,
)
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.locations import Place, place_at
from marsad.core.arabic import normalize

_PROVISION_HEADS = rules.words("agreements", "provision_heads")
_PROVISION_STOPS = rules.words("agreements", "provision_stops")

MORE_HEADS = True
"""Switch: more verbal nouns open a provision ("اتفقتا على تعليق التمارين"، "على استخدام القاعدتين"، "لاستئناف العلاقات"،
"على نقل المقر"، "على تمكين الحكومة"): data key provision_heads_more."""
_MORE_HEADS = rules.words("agreements", "provision_heads_more")


def _is_head(w: str) -> bool:
    """Whether the form ``w`` is a verbal noun that opens a provision (with the article too, :data:`DEFINITE_HEADS`)."""
    return _listed_head(w) or DEFINITE_HEADS and (
        w.startswith("ال") and w[2:] not in _NOT_DEFINITE and _listed_head(w[2:])
        or len(w) > 3 and w.endswith("ا") and _listed_head(w[:-1]))  # "انسحابا كاملا": the accusative


def _listed_head(w: str) -> bool:
    return w in _PROVISION_HEADS or (MORE_HEADS and w in _MORE_HEADS)


DEFINITE_HEADS = True
"""Switch (pass 43): a verbal noun of the lists opens a provision with the article too, as the object of a verb of
providing or after "على" ("اتفقا على الانسحاب من البلدة"، "يتضمن الإفراج عن المعتقلين"). Not a word that, with the
article, is mostly a name or another noun (data key heads_not_definite: "الفتح"، "الوقف"، "الحماية" ...)."""
_NOT_DEFINITE = rules.words("agreements", "heads_not_definite")

SHORT_HEADS = True
"""Switch (pass 43): a verbal noun of two letters glued to "ب" after a verb of providing ("يقضي بحل الحكومة") opens the
provision as longer ones do ("بخروج"); data key short_heads ("حل" alone; not a head elsewhere: "أهمية حل الأزمة" is
a view, not a term)."""
_SHORT_HEADS = rules.words("agreements", "short_heads")

INCLUDES_VERB = True
"""Switch (pass 43): a verb of including right before a verbal noun ("اتفاق يشمل سحب الأسلحة"، "يجب أن يشمل انسحابا
فوريا") opens its provisions as "يتضمن" does (data key include_verbs)."""
_INCLUDES = rules.words("agreements", "include_verbs")


PARTITIVE = True
"""Switch: "من" after a word of quantity ("العديد من القواعد"، "عدد من المواقع") is no stop: the phrase goes on to what
is counted (data key partitive_before), so a provision is not cut to "باستخدام العديد"."""
_PARTITIVE_BEFORE = rules.words("agreements", "partitive_before")


def _phrase_end(s, i: int, n: int) -> int:
    """End of a short phrase from token i: at most n tokens, cut at the clause end, a stop word or a verb
    in the future ("وقف إطلاق النار سيستمر")."""
    _, b = s.clause_bounds(i)
    end = min(b, len(s.words), i + n)
    return next((y for y in range(i + 1, end) if (any(f in _TRUCE_STOPS or f in _PROVISION_STOPS for f in bare(s.words[y]))
                                                   and not _partitive(s.words, y)) or _purpose_or_future(s.words, y)
                 or (COMMENT_CUT and _comment_at(s.words, y))), end)


def _partitive(words: list[str], y: int) -> bool:
    """True when token y is the "من" of a quantity ("العديد من"، "بعض من") under :data:`PARTITIVE`."""
    return PARTITIVE and words[y] == "من" and y > 0 and not _PARTITIVE_BEFORE.isdisjoint(bare(words[y - 1]))


def _purpose_or_future(words: list[str], y: int) -> bool:
    """True when token y opens what the provision is for or a verb in the future: "من أجل"، "سيستمر"."""
    w = words[y]
    return (w == "من" and y + 1 < len(words) and words[y + 1] == "اجل") or (
        w.startswith(("سي", "ست")) and len(w) > 4 and not _is_head(w))


TRUCE_PHRASE_CUT = True
"""Switch: a truce phrase also ends before a word of "و" that is no place ("الهدنة وكل مرة يكسر الحوثيون"، "إفشال
الهدنة وإعاقة الجهود": a new clause or a second object) and before a word that opens what is said of the truce
("هدنة كان يلتزمها"، "دخول الهدنة حيز التنفيذ"، "بعد سريان الهدنة بلحظات")."""
_TRUCE_PHRASE_STOPS = rules.words("agreements", "truce_phrase_stops")


TRUCE_PHRASE_PREDICATE = True
"""Switch: a truce phrase also ends before the verb that tells what became of the truce ("الهدنة تنتهي الليلة"،
"وقف النار يبدو مخرجا"، "وقف إطلاق نار تتلوه انتخابات"), before "لأن" and before the purpose it serves ("لتسهيل
إيصال المساعدات"، "بهدف ..."): data key truce_phrase_predicates, and a لـ + تفعيل verbal noun."""
_TRUCE_PHRASE_PREDICATES = rules.words("agreements", "truce_phrase_predicates")


def _purpose_noun(w: str) -> bool:
    """True for a verbal noun of the تفعيل pattern written with "لـ": what the truce is for ("لتسهيل"، "لتأمين")."""
    return len(w) == 6 and w.startswith("لت") and w[4] == "ي"


TRUCE_DATE_CUT = True
"""Switch (pass 40): a truce phrase also ends before the day or time it is told on ("وقف إطلاق النار يوم الاثنين"،
"انقضاء الهدنة الليلة"، "لثلاثة أيام في حزيران"): a date the text reads there, with a "في"/"منذ"/"خلال" before it, or
a word of the time of day (data key truce_time_words). When it was is the record's date, not a term; its length
("لثلاثة أيام") stays."""
_TRUCE_TIME_WORDS = rules.words("agreements", "truce_time_words")
_DATE_LEADS = frozenset({"في", "منذ", "خلال"})


def _date_cut(ctx: DocContext, si: int, i: int, end: int) -> int:
    """Where a truce phrase from token i ends before ``end`` under :data:`TRUCE_DATE_CUT`."""
    if not TRUCE_DATE_CUT:
        return end
    words = ctx.sentences[si].words
    dates = {d.i for d in ctx.dates[si]}
    y = next((y for y in range(i + 1, end) if y in dates or words[y] in _TRUCE_TIME_WORDS), None)
    if y is None:
        return end
    return y - 1 if y - 1 > i and words[y - 1] in _DATE_LEADS else y


def _truce_cut(ctx: DocContext, si: int, i: int, end: int) -> int:
    """Where the truce phrase from token i ends before ``end`` under :data:`TRUCE_PHRASE_CUT`."""
    s = ctx.sentences[si]
    places = {m.i for m in ctx.mentions[si] if m.kind == "places"}
    end = _date_cut(ctx, si, i, end)
    end = _side_cut(ctx, si, i, end)
    for y in range(i + 1, end):
        w = s.words[y]
        if w in _TRUCE_PHRASE_STOPS or (w.startswith("و") and len(w) > 2 and y not in places) or _run_on_at(s.words, y):
            return y
        if TRUCE_PHRASE_PREDICATE and y not in places and (w in _TRUCE_PHRASE_PREDICATES or _purpose_noun(w)):
            return y
    return end


RUN_ON = True
"""Switch (pass 29): a provision or truce phrase neither stops short of nor runs past what it is. A number at its end
keeps the unit it counts ("وقف لإطلاق النار لمدة ثلاثة" + "أيام"); it ends at a lone "و" (a conjunction a quote mark
split off: "لوقف القتال و"الولوج ..."), before a participle or relative clause of concluding the agreement itself
("للتعاون العسكري الموقعة بين البلدين"، "خفض التصعيد ... الذي وقع قبل عام"), before whose initiative or request
it was ("الهدنة بمبادرة من الوسيط"، "بناء على طلب") and before what the act is told as ("في خطوة"، "في إطار")."""
_COUNT_UNITS = rules.words("agreements", "count_units")
_ORIGIN_STOPS = rules.words("agreements", "origin_stops")
_SIGNED_AFTER = SIGNED_PARTICIPLES
_RELATIVES = rules.words("agreements", "relative_pronouns")
_COMMENT_AFTER_IN = rules.words("agreements", "comment_after_in")
"""After "في": what the act is told as, not what it provides ("في خطوة أنهت ..."، "في إطار"، "في ظل")."""


def _counted_end(words: list[str], i: int, end: int) -> int:
    """``end``, or one word further when the phrase from i ends on a number and that word is the unit it counts."""
    if RUN_ON and i < end < len(words) and words[end] in _COUNT_UNITS and read_quantity(words, end - 1) is not None:
        return end + 1
    return end


def _run_on_at(words: list[str], y: int) -> bool:
    """True when token y ends a provision under :data:`RUN_ON`: a lone "و", a participle of concluding the agreement,
    a relative pronoun whose verb is one of concluding or announcing it, or a word of whose initiative it was."""
    if not RUN_ON:
        return False
    w = words[y]
    if w == "و" or w in _SIGNED_AFTER or w in _ORIGIN_STOPS:
        return True
    if w == "في" and y + 1 < len(words) and words[y + 1] in _COMMENT_AFTER_IN:
        return True  # "تطبيع العلاقات بين الجارتين في خطوة طوت خلافا قديما": the step is commented on
    if COMMENT_CUT and _comment_at(words, y):
        return True
    if EXCHANGE_TERM and w in _IN_EXCHANGE:
        return True  # "فتح المعبر مقابل تسليم الأسرى": what is given in return is a term of its own (:func:`_in_exchange`)
    if BACK_VERB_CUT and w in _BACK_VERBS:
        return True  # "وقف لإطلاق النار في القطاع أعلنته الفصائل": who announced it, told of the agreement
    return w in _RELATIVES and y + 1 < len(words) and bare_in(words[y + 1], _AGREED)


BACK_VERB_CUT = True
"""Switch (pass 36): a provision or truce phrase ends before a verb of announcing, concluding or proposing with a pronoun
that refers back to the agreement ("هدنة في المدينة أعلنتها الحكومة"، "تفاهمات وقعتها الأطراف"): a clause told of the
agreement after an indefinite noun, with no relative pronoun (data key back_verbs)."""
_BACK_VERBS = rules.words("agreements", "back_verbs")


COMMENT_CUT = True
"""Switch (pass 35): a provision or truce phrase also ends before what is said of the act rather than what it provides:
"بما" and a verb ("السماح للطائرات باستخدام القاعدة بما يذكّر بـ..."، "بما يعني"), not "بما في ذلك"/"بما فيها" (what
it includes); and a verb of accomplishing with a word of concluding after it ("نشر قوات على الحدود تم التوصل إليه
..."، "جرى توقيعه"، "أمكن التوصل إليه"): the agreement's own predicate told after its terms."""
_COMMENT_BY = rules.words("agreements", "comment_by")
_INCLUDING = rules.words("agreements", "including")
_ACCOMPLISHED = rules.words("agreements", "accomplished")


def _comment_at(words: list[str], y: int) -> bool:
    """True when token y opens what is said of the act (:data:`COMMENT_CUT`)."""
    w = words[y]
    nxt = words[y + 1] if y + 1 < len(words) else ""
    if w in _COMMENT_BY:
        return bool(nxt) and nxt not in _INCLUDING
    return w in _ACCOMPLISHED and any(b in _AGREED or b.startswith("توقيع") for b in bare(nxt))


PROVISION_CLITIC = True
"""Switch: a truce written with a leading "و"/"ف" ("ووقف إطلاق النار"، "والهدنة الإنسانية") is quoted from the truce
word, the conjunction being no part of it; one truce told with and without a preposition ("بالهدنة الإنسانية" and
"الهدنة الإنسانية"، "لوقف ..." and "وقف ...") is one provision (:func:`provision_key`)."""


def _clitic_skip(words: list[str], x: int, letters: str = "وفبل") -> int:
    """How many leading letters of token x are clitics (of ``letters``) before a truce word (0 when none or switched
    off)."""
    w = words[x]
    if not PROVISION_CLITIC:
        return 0
    for n in (2, 1):
        if len(w) > n + 2 and all(c in letters for c in w[:n]) and _truce_at([*words[:x], w[n:], *words[x + 1:]], x):
            return n
    return 0


_QUOTES = str.maketrans({q: " " for q in "\"“”«»"})


def provision_key(text: str) -> str:
    """A provision as compared with the others of its record: normalised, its first word without the و/ف/ب/ل before
    a truce word (under :data:`PROVISION_CLITIC`)."""
    words = normalize(text).translate(_QUOTES).split()
    if words:
        words[0] = words[0][_clitic_skip(words, 0):]
    return " ".join(words)


TRUCE_CONDITION = True
"""Switch: a truce phrase that runs into the condition it is kept on ("ملتزمة بالتهدئة طالما التزم بها الطرف الآخر"،
"بوقف النار بشرط انسحاب القوات") keeps the condition, a term of the truce (data key truce_conditions), to the clause
end, a stop word or at most 6 words."""
_TRUCE_CONDITIONS = rules.words("agreements", "truce_conditions")


def _condition_end(s, end: int) -> int:
    """End of the condition opened at token ``end`` ("طالما ..."), or ``end`` when no condition opens there."""
    if not TRUCE_CONDITION or end >= len(s.words) or s.words[end] not in _TRUCE_CONDITIONS:
        return end
    _, b = s.clause_bounds(end)
    stop = min(b, len(s.words), end + 7)
    return next((y for y in range(end + 2, stop) if (s.words[y] in _TRUCE_STOPS and s.words[y] not in _TRUCE_CONDITIONS)
                 or s.words[y] in _PROVISION_STOPS or (s.words[y].startswith("و") and len(s.words[y]) > 2)), stop)


DENIED_CUT = True
"""Switch (pass 34): a truce phrase ends before "غير صحيح(ة)"/"غير دقيق(ة)" ("ما تردد عن هدنة شاملة في الشمال غير دقيق"):
what is said of the report is no term of the truce."""
_UNTRUE = rules.words("agreements", "untrue")


TIME_REFERENCE = True
"""Switch (pass 39): a truce named after "قبل"/"بعد"/"منذ" ("تراجعت الهجمات من 90 قبل الهدنة إلى 40 بعدها"، "منذ وقف إطلاق
النار") dates something else by it: what follows is no term of the truce, so it gives no provision (data key
time_reference)."""
_TIME_REFERENCE = rules.words("agreements", "time_reference")


def _time_reference(words: list[str], i: int) -> bool:
    """True when the truce word at token i is the object of a preposition of time (:data:`TIME_REFERENCE`)."""
    return TIME_REFERENCE and i > 0 and words[i - 1] in _TIME_REFERENCE


ANNEXED_TRUCE = True
"""Switch (pass 39): a truce that is the second noun of a phrase of places ("في مناطق وقف إطلاق النار"، "خطوط الهدنة")
names where something is by it: what follows is no term of the truce, so it gives no provision (data key
truce_annexed_to)."""
_ANNEXED_TO = rules.words("agreements", "truce_annexed_to")


def _annexed(words: list[str], i: int) -> bool:
    """True when the truce word at token i is annexed to a noun of place (:data:`ANNEXED_TRUCE`)."""
    return ANNEXED_TRUCE and i > 0 and any(f in _ANNEXED_TO for f in bare(words[i - 1]))


TRUCE_SIDE_CUT = True
"""Switch (pass 63): a truce phrase also ends before "مع" and the side it is made with ("اتفاقا لوقف إطلاق النار مع
حركة ..."، "هدنة مع الجيش"): a name the text knows as an actor or a state, or a word for a party (data key party_heads);
the side is a party of the record (``agreements_parties.TRUCE_THEN_WITH``), not a term. "مع" before anything else
("هدنة مع حلول العيد") stays."""




def _side_cut(ctx: DocContext, si: int, i: int, end: int) -> int:
    """Where a truce phrase from token i ends before ``end`` under :data:`TRUCE_SIDE_CUT`: before "مع" and a side."""
    if not TRUCE_SIDE_CUT:
        return end
    words = ctx.sentences[si].words
    sides = {m.i for m in ctx.mentions[si] if m.kind == "actors" or m.entry.get("admin_level") == "country"}
    return next((y for y in range(i + 1, end) if words[y] == "مع" and y + 1 < len(words) and (
        y + 1 in sides or bare_in(words[y + 1], _PARTY_HEADS))), end)


TRUCE_SAID_TRIM = True
"""Switch (pass 40): a truce phrase does not end on a word that only says how the truce is spoken of or which one it
is ("وقف إطلاق النار القصير"، "الهدنة الهشة"، "الهدنة الحالية"، "التهدئة الأخيرة"; data key truce_said_adjectives): no
term of the truce. A term told by an adjective ("الدائم"، "الشامل"، "المؤقت"، "الإنسانية") stays."""
_TRUCE_SAID = rules.words("agreements", "truce_said_adjectives")


def _truce_phrase(ctx: DocContext, si: int, i: int) -> str | None:
    """The truce as written, with its length, place and condition ("وقف لإطلاق النار لثلاثة أيام"، "الهدنة الإنسانية في
    اليمن"، "التهدئة طالما التزم بها الطرف الآخر"); None when the truce only dates something (:func:`_time_reference`) or names a place (:func:`_annexed`)."""
    s = ctx.sentences[si]
    if _time_reference(s.words, i) or _annexed(s.words, i):
        return None
    end = _phrase_end(s, i, 7)
    if TRUCE_PHRASE_CUT:
        end = _truce_cut(ctx, si, i, end)
    end = _counted_end(s.words, i, end)
    end = _condition_end(s, end)
    while TRUCE_SAID_TRIM and end - 1 > i and s.words[end - 1] in _TRUCE_SAID:
        end -= 1  # "وقف إطلاق النار القصير": how the truce is spoken of, no term of it
    if DENIED_CUT:
        end = next((y for y in range(i + 1, end) if s.words[y] == "غير" and y + 1 < len(s.words)
                    and s.words[y + 1] in _UNTRUE), end)  # "ما نشر عن هدنة بين القبيلتين غير صحيح"
    if end - i < 2:
        return None  # a bare "الهدنة" says nothing of its terms
    start, stop = s.token_span(i, end)
    skip = _clitic_skip(s.words, i, "وف")
    if skip:
        start = s.raw_span(s.tokens[i].ns + skip, s.tokens[i].ne)[0]
    return ctx.quote(start, stop).strip(" ،,.\"“”")


def _provisions(ctx: DocContext, si: int, i: int, j: int, handover: bool) -> list[str]:
    s = ctx.sentences[si]
    words = s.words
    _, b = s.clause_bounds(i)
    out = []
    if handover:
        end = min(b, i + 12)
        end = next((y for y in range(i + 1, end) if s.words[y] in _PROVISION_STOPS), end)
        out.append(ctx.quote(*s.token_span(i, end)).strip(" ،,.\"“”"))
        return out
    for x in range(j, min(b, j + 10)):
        if UNDER_ITS_TERMS and words[x] in _UNDER_TERMS and x + 1 < b and (any(_is_head(f) for f in bare(words[x + 1])) or (
                words[x + 1] == "اطلاق" and x + 2 < b and words[x + 2] == "سراح")):
            out.extend(_provision_list(ctx, s, x + 1, si))  # "صفقة يجري بموجبها الإفراج عن (أسرى) مقابل ..."
            break
        if PROVIDES_VERB and words[x] in _PROVIDES and x + 1 < b and (told := _provided(ctx, s, x, b)):
            out.extend(told)  # "اتفاق مع المعارضة يقضي بخروج المسلحين"، "تفاهمات تنص على انسحاب القوات"
            out.extend(_also_provided(ctx, s, x + 1, out))  # "..، كما تنص على أن «..»"
            break
        if words[x] in ON and x + 1 < len(words) and words[x + 1] in {"ان", "أن"} and x + 2 < b:
            end = min(b, x + 14)
            end = next((y for y in range(x + 2, end) if s.words[y] in _PROVISION_STOPS), end)
            out.append(ctx.quote(*s.token_span(x + 2, end)).strip(" ،,.\"“”"))
            out.extend(_also_provided(ctx, s, end, out))  # "تنص الاتفاقية على أن ...، كما تنص على أنه ..."
            break
        forms = bare(words[x])
        if any(_is_head(f) for f in forms) and (x == j or words[x - 1] in ON or words[x][0] in "ل"
                                                            or words[x - 1] in {"يتضمن", "ويتضمن", "تضمن", "ينص", "نص", "اهميه"}
                                                            or INCLUDES_VERB and words[x - 1] in _INCLUDES
                                                            or x - j <= 2):
            if words[x] in {"تنفيذ", "بتنفيذ"} and x + 1 < len(words) and any(
                    bb in _AGREE for bb in bare(words[x + 1])):
                continue  # "تنفيذ الاتفاقيات": about the agreement, not a provision
            out.extend(_provision_list(ctx, s, x, si))
            break
    if RELATED_CLAUSE and not out and j < b < min(len(words), j + 10) and words[b] in _RELATED:
        out.extend(_provided(ctx, s, b, s.clause_bounds(b)[1]))  # "الاتفاقية المبرمة العام الماضي، والمتعلقة بضبط الحدود"
    if out:
        out.extend(_in_exchange(ctx, s, j, b))
    return out


RELATED_CLAUSE = True
"""Switch (pass 40): "المتعلقة ب"/"والمتعلقة ب" (relating to) after the agreement noun tells what it is about, like a
verb of providing (data key provides); after a comma too, as the next clause that goes on describing the noun
("اتفاقية الدفاع التي أبرمتها عمّان وبغداد قبل عامين، والمتعلقة بتدريب الضباط")."""
_RELATED = frozenset(normalize(w) for w in ("المتعلقة", "والمتعلقة", "المتعلق", "والمتعلق"))


UNDER_ITS_TERMS = True
"""Switch (pass 63): "بموجبه"/"بموجبها" ("under it") right before a verbal noun, within ten words after the agreement
("اتفاق يتم بموجبه انسحاب القوات"، "صفقة يتم بموجبها إطلاق سراح ...") opens its provisions as "يقضي ب" does."""
_UNDER_TERMS = frozenset(normalize(w) for w in ("بموجبه", "بموجبها", "بموجبهما", "وبموجبه", "وبموجبها"))


EXCHANGE_TERM = True
"""Switch (pass 39): what one side gets in return is a term too: the phrase after "مقابل"/"في مقابل" that follows an
agreement's provision in its sentence ("اتفقتا على فتح المعبر مقابل تسليم الأسرى"، "... بالقواعد، مقابل إطلاق يد الجيش
في ..."), not "في مقابل ذلك" (on the other hand)."""
_IN_EXCHANGE = rules.words("agreements", "in_exchange")
_NOT_EXCHANGED = rules.words("agreements", "not_exchanged")
_EXCHANGE_REACH = 30
"""How many words after the agreement the "مقابل" may stand (a provision, its place and purpose come between)."""


def _in_exchange(ctx: DocContext, s, j: int, b: int) -> list[str]:
    """The term after "مقابل" within :data:`_EXCHANGE_REACH` words of token j in its sentence, before the next verb of
    agreeing, as a provision (at most 12 words, cut as one), else []."""
    words = s.words
    if not EXCHANGE_TERM:
        return []
    for y in range(j, min(len(words) - 1, j + _EXCHANGE_REACH)):
        if y > j and bare_in(words[y], _AGREED):
            return []  # another agreement told: its terms are its own
        if words[y] in _IN_EXCHANGE and words[y + 1] not in _NOT_EXCHANGED:
            k = y + 1
            end = _phrase_end(s, k, 12)
            end = next((z for z in range(k + 1, end) if _run_on_at(words, z)), end)
            phrase = ctx.quote(*s.token_span(k, end)).strip(" ،,.\"“”")
            return [phrase] if phrase and end - k >= 2 else []
    return []


PROVIDES_VERB = True
"""Switch (pass 34): a verb of providing after the agreement ("يقضي"، "تنص"، "يتضمن") opens its provisions however far
the agreement noun is before it in its clause: the verbal noun glued to "ب" or after "على" ("يقضي بخروج المسلحين"،
"تنص على انسحاب القوات"), or the clause after "بأن"/"على أن"."""
_PROVIDES = rules.words("agreements", "provides")
_THAT_FORMS = frozenset({"ان", "أن", normalize("أنه")})
"""After "على": the clause told is the term ("تنص على أن ..."، "على أنه ...")."""


def _provided(ctx: DocContext, s, x: int, b: int) -> list[str]:
    """The provisions a verb of providing at x opens: after "بأن"/"على أن" the clause told; else a word glued to "ب"
    or after "على" with its coordinated ones (the "ب" left out); [] when nothing follows that way."""
    words = s.words
    y = x + 1
    if ENUMERATED and (listed := _enumerated(ctx, s, y)):
        return listed  # "ينص على نقطتين: أولا سحب الوحدات ...، ثانيا فتح المعابر ..."
    if words[y] in {"بان", "بأن"} or (words[y] in ON and y + 1 < b and words[y + 1] in _THAT_FORMS):
        k = y + 1 if words[y] in {"بان", "بأن"} else y + 2
        if k >= b:
            return []
        end = min(b, k + 14)
        end = next((z for z in range(k, end) if words[z] in _PROVISION_STOPS), end)
        return [ctx.quote(*s.token_span(k, end)).strip(" ،,.\"“”")] if end > k else []
    if words[y] in ON and y + 1 < b:
        y += 1
        skip = 1 if words[y][:1] in "لو" and _is_head(words[y][1:]) else 0
    elif words[y][:1] == "ب" and (len(words[y]) > 3 or SHORT_HEADS and words[y][1:] in _SHORT_HEADS):
        skip = 1  # "يقضي بحل الحكومة": a two-letter head glued to "ب" too
    else:
        return []
    out = _provision_list(ctx, s, y)
    if out and skip and not _is_head(words[y]):
        first = s.raw_span(s.tokens[y].ns + skip, s.tokens[y].ne)[0]
        out[0] = ctx.quote(first, s.token_span(y, y + 1)[1]) + out[0][len(ctx.quote(*s.token_span(y, y + 1))):]
    return [o for o in out if o]


ALSO_PROVIDES = True
"""Switch (pass 42): after the terms a verb of providing opens, "كما" + a verb of providing later in the sentence ("ونصت
الوثيقة على أن ...، كما تنص على أنه «يحق للطرفين الخروج منها ...»") opens more terms of the same agreement, read as
the first verb's are (quote marks around them left out). Data key provides."""
_ALSO = frozenset({normalize("كما")})
_QUOTE_MARKS = " ،,.\"“”«»"


def _also_provided(ctx: DocContext, s, x: int, told: list[str]) -> list[str]:
    """The terms opened by "كما" + a verb of providing after token x in sentence s (:data:`ALSO_PROVIDES`), those not
    already among ``told``."""
    if not ALSO_PROVIDES:
        return []
    words = s.words
    out: list[str] = []
    for y in range(x, len(words) - 2):
        if words[y] in _ALSO and words[y + 1] in _PROVIDES:
            more = _provided(ctx, s, y + 1, s.clause_bounds(y + 1)[1])
            out.extend(t.strip(_QUOTE_MARKS) for t in more if t.strip(_QUOTE_MARKS) not in told)
    return [o for o in out if o]


ENUMERATED = True
"""Switch (pass 35): terms counted after a verb of providing ("تتضمن الوثيقة خمس نقاط: أولا ...، ثانيا ...") are
read one by one from the ordinal that opens each ("أولا"، "ثانيا" ... "عاشرا"): a verbal noun with the ones coordinated
with it, else the words up to the next ordinal or stop word (at most 12)."""
_ORDINALS = rules.words("agreements", "ordinals")
_ENUMERATION_REACH = 6
"""Words after the verb of providing where the first ordinal may stand ("ينص على أربع نقاط رئيسية هي أولا")."""


def _enumerated(ctx: DocContext, s, y: int) -> list[str]:
    """The terms told after ordinals when one opens within :data:`_ENUMERATION_REACH` words of token y; [] else."""
    words = s.words
    first = next((z for z in range(y, min(len(words), y + _ENUMERATION_REACH)) if words[z] in _ORDINALS), None)
    if first is None:
        return []
    out: list[str] = []
    z = first
    while z is not None and z + 1 < len(words) and len(out) < 8:
        nxt = next((v for v in range(z + 1, len(words)) if words[v] in _ORDINALS), None)
        start = z + 1
        if _is_head(words[start]) or (words[start][:1] in "لو" and _is_head(words[start][1:])):
            out.extend(_provision_list(ctx, s, start))  # "أولا سحب الوحدات ... ونشر المراقبين ..."
        else:
            end = min(len(words), start + 12, nxt if nxt is not None else len(words))
            end = next((v for v in range(start + 1, end) if words[v] in _PROVISION_STOPS or _run_on_at(words, v)), end)
            out.append(ctx.quote(*s.token_span(start, end)).strip(" ،,.:\"“”"))
        z = nxt
    return [o for o in out if o]


PROVISION_PREDICATE = True
"""Switch: a provision, as a truce phrase (:data:`TRUCE_PHRASE_PREDICATE`), ends before the verb that tells what
became of it and before its aim ("إرسال شاحنات الوقود إلى القطاع بهدف ..."، "وقف نار محلي يبدو مخرجا")."""


def _provision_list(ctx: DocContext, s, x: int, si: int | None = None) -> list[str]:
    """A provision from token x, and the ones coordinated after it ("تشكيل لواءين، وإنشاء نقاط تفتيش، وتبادل ...")."""
    words = s.words
    out = []
    sides_at = _sides_after_between(ctx, s) if SIDES_CUT else frozenset()
    went_on = False
    while x is not None and len(out) < 5:
        _, b = s.clause_bounds(x)
        end = min(b, x + 12)
        if went_on:  # a continued provision ends before a quote mark too ("منع التهريب إلى البلدة "معبر الوقود"")
            end = next((y for y in range(x + 1, end) if s.tokens[y].soft_break), end)
        end = next((y for y in range(x + 1, end) if words[y] in _PROVISION_STOPS or _purpose_or_future(words, y) or (
            words[y].startswith("و") and _is_head(words[y][1:])) or (PROVISION_PREDICATE and words[y] in _TRUCE_PHRASE_PREDICATES)
            or _run_on_at(words, y) or y in sides_at), end)
        if si is not None and _truce_at(words, x):
            end = _date_cut(ctx, si, x, end)  # "لوقف إطلاق النار يوم الاثنين": not when it was agreed
            end = _side_cut(ctx, si, x, end)  # "لوقف إطلاق النار مع الحركة": who it is made with
        end = _counted_end(words, x, end)
        skip = 1 if words[x][0] in "لو" and _is_head(words[x][1:]) else _clitic_skip(words, x, "وف")
        start = s.raw_span(s.tokens[x].ns + skip, s.tokens[x].ne)[0]
        out.append(ctx.quote(start, s.token_span(x, end)[1]).strip(" ،,.\"“”"))
        coordinated = end < len(words) and words[end].startswith("و") and _is_head(words[end][1:])
        after = _past_quote(s, end) if QUOTED_APPOSITION and (end == b or went_on) else end
        if not coordinated and CONTINUED_TERMS and (end == b or after != end) and (
                at := _continued_at(words, after)) is not None:
            x, went_on = at, True  # "..، وذلك بنشر دوريات، وبالتالي منع التهريب": the plan goes on
            continue
        x = end if coordinated else None  # "... ، وإنشاء نقاط تفتيش"
    return out


CONTINUED_TERMS = True
"""Switch (pass 41): a clause that opens with "وذلك" + a verbal noun with "ب" ("، وذلك بنشر قوات مشتركة"), or with
"وبالتالي" + a verbal noun ("، وبالتالي منع التهريب"), right after a provision that ran to its clause end, tells how
the plan goes on: one more provision."""
_THEREBY = rules.words("agreements", "thereby_words")


def _continued_at(words: list[str], y: int) -> int | None:
    """The token where a provision continued at token y starts ("وذلك بنشر" -> "بنشر"; "وبالتالي منع" -> "منع"),
    or None."""
    if y + 1 >= len(words):
        return None
    nxt = words[y + 1]
    if words[y] == normalize("وذلك") and nxt.startswith("ب") and _is_head(nxt[1:]):
        return y + 1
    if words[y] in _THEREBY and any(_is_head(f) for f in bare(nxt)):
        return y + 1
    if SO_THAT_TERMS and words[y] in _SO_THAT and _imperfect(nxt):
        return y + 1  # "، بحيث تتولى القوات المشتركة حماية المعبر": the verb and what it does
    return None


SO_THAT_TERMS = True
"""Switch (pass 43): a clause that opens with "بحيث"/"وبحيث" + an imperfect verb ("، بحيث تنتشر الوحدات على الحدود")
right after a provision tells how the plan is to work: one more provision, from the verb on (data key so_that_words)."""
_SO_THAT = rules.words("agreements", "so_that_words")


def _imperfect(word: str) -> bool:
    """True for a word shaped as an imperfect verb of the third person ("تقوم"، "يتولى"، "تنتشر"): it opens with ي or ت
    and is no verbal noun ("تنفيذ"، "تشكيل" are heads: what is done, not who does it)."""
    return len(word) >= 3 and word[0] in "يت" and not _is_head(word)


QUOTED_APPOSITION = True
"""Switch (pass 43): a provision cut at a quote mark that opens a short quoted apposition ("إلى مدينة الحسكة "معقل
التنظيم"") may go on after the quote closes ("... "معقل التنظيم" وبحيث تتولى ..."): the clause that continues it is read
past the quoted words (at most :data:`_QUOTE_REACH` of them)."""
_QUOTE_REACH = 5


def _past_quote(s, y: int) -> int:
    """The token right after a short quoted span that opens at token y (its closing quote mark within
    :data:`_QUOTE_REACH` words, no clause mark inside it), else y."""
    toks = s.tokens
    if y >= len(toks) or not toks[y].soft_break:
        return y
    for z in range(y + 1, min(len(toks), y + 1 + _QUOTE_REACH)):
        if toks[z].clause_start:
            return y
        if toks[z].soft_break:
            return z
    return y


SIDES_CUT = True
"""Switch (pass 35): a provision ends before "بين" that opens the sides of the agreement ("اتفاق إخلاء البلدتين بين
الفصائل وقوات النظام"، "اتفاق خروج المسلحين بين الجيش والفصائل"): an actor or a state right after it, joined with
"و" to another; "بين" before other words ("توزيع المساعدات بين السكان") stays in the provision."""
_PARTY_KINDS = frozenset({"actors", "places"})


def _sides_after_between(ctx: DocContext, s) -> frozenset[int]:
    """The tokens "بين" of sentence ``s`` right before two names joined by "و" within six words, one of them an actor or
    a state (two towns, "بين حلب وإدلب", are where, not who)."""
    si = next((k for k, t in enumerate(ctx.sentences) if t is s), None)
    if si is None or "بين" not in s.words:
        return frozenset()
    named = {m.i: m for m in ctx.mentions[si] if m.kind in _PARTY_KINDS}
    sides = {i for i, m in named.items() if m.kind == "actors" or m.entry.get("admin_level") == "country"}
    out = set()
    for y, w in enumerate(s.words):
        if w == "بين" and y + 1 in named and any(
                z in named and s.words[z].startswith("و") and (z in sides or y + 1 in sides)
                for z in range(named[y + 1].j, min(len(s.words), y + 7))):
            out.add(y)  # one side may be read as a place ("بين الفصائل وقوات النظام"): the other, a side, tells
    return frozenset(out)


GIVER_NO_PLACE = True
"""Switch (pass 63): a capital or a state told as the giver in the agreement's terms, right after "مقابل" and a verbal
noun of giving ("مقابل تسليم (العاصمة ب) (مطلوبين)"، "مقابل إفراج (الدولة ب) عن (سجناء)"), is a side
(``IN_RETURN_SIDE``), not the place of the agreement; a place the agreement is said to be signed in ("وقعتا في
(العاصمة ب)") is still read."""


def _giver(ctx: DocContext, si: int, m) -> bool:
    """True when place mention m is a capital or a state right after "مقابل" + a verbal noun of giving
    (:data:`GIVER_NO_PLACE`)."""
    words = ctx.sentences[si].words
    if m.i < 2 or not bare_in(words[m.i - 2], _IN_EXCHANGE) or not any(is_giving(f) for f in bare(words[m.i - 1])):
        return False
    return m.entry.get("admin_level") == "country" or capital_state(m) is not None or m.entry.id in _CAPITALS


def _locations(ctx: DocContext, si: int, i: int) -> list[Place]:
    s = ctx.sentences[si]
    _, b = s.clause_bounds(i)
    out = []
    for m in ctx.places_in(si, i, len(s.words)):
        if m.i >= b + 12 or ctx.after_direction(si, m):
            continue
        if "بين" in s.words[max(i, m.i - 3):m.i]:
            continue
        if GIVER_NO_PLACE and _giver(ctx, si, m):
            continue  # "مقابل تسليم (العاصمة ب) ...": the giver, a side, not where the deal is
        p = place_at(ctx, si, m)
        if not p.weak or m.entry.id == "disputed_territories":
            out.append(p)
    return out
