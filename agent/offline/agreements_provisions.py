"""What an agreement provides and where: :func:`_provisions`, :func:`_truce_phrase` and :func:`_locations`.

The verbal nouns after "على" / "لـ" / "يتضمن" and those coordinated with them (:func:`_provision_list`), a
handover's object, a truce's length and place, each cut at the clause end, a stop word or a verb in the future
(:func:`_phrase_end`).
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.agreements_cues import _AGREE, _TRUCE_STOPS
from marsad.agent.offline.context import DocContext, bare
from marsad.agent.offline.locations import Place, place_at

_PROVISION_HEADS = rules.words("agreements", "provision_heads")
_PROVISION_STOPS = rules.words("agreements", "provision_stops")

MORE_HEADS = True
"""Switch: more verbal nouns open a provision ("اتفقتا على تعليق التمارين"، "على استخدام القاعدتين"، "لاستئناف العلاقات"،
"على نقل المقر"، "على تمكين الحكومة"): data key provision_heads_more."""
_MORE_HEADS = rules.words("agreements", "provision_heads_more")


def _is_head(w: str) -> bool:
    """Whether the form ``w`` is a verbal noun that opens a provision."""
    return w in _PROVISION_HEADS or (MORE_HEADS and w in _MORE_HEADS)


def _phrase_end(s, i: int, n: int) -> int:
    """End of a short phrase from token i: at most n tokens, cut at the clause end, a stop word or a verb
    in the future ("وقف إطلاق النار سيستمر")."""
    _, b = s.clause_bounds(i)
    end = min(b, len(s.words), i + n)
    return next((y for y in range(i + 1, end) if any(f in _TRUCE_STOPS or f in _PROVISION_STOPS for f in bare(s.words[y]))
                 or _purpose_or_future(s.words, y)), end)


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


def _truce_cut(ctx: DocContext, si: int, i: int, end: int) -> int:
    """Where the truce phrase from token i ends before ``end`` under :data:`TRUCE_PHRASE_CUT`."""
    s = ctx.sentences[si]
    places = {m.i for m in ctx.mentions[si] if m.kind == "places"}
    for y in range(i + 1, end):
        w = s.words[y]
        if w in _TRUCE_PHRASE_STOPS or (w.startswith("و") and len(w) > 2 and y not in places):
            return y
    return end


def _truce_phrase(ctx: DocContext, si: int, i: int) -> str | None:
    """The truce as written, with its length and place ("وقف لإطلاق النار لثلاثة أيام"، "الهدنة الإنسانية في اليمن")."""
    s = ctx.sentences[si]
    end = _phrase_end(s, i, 7)
    if TRUCE_PHRASE_CUT:
        end = _truce_cut(ctx, si, i, end)
    if end - i < 2:
        return None  # a bare "الهدنة" says nothing of its terms
    return ctx.quote(*s.token_span(i, end)).strip(" ،,.\"“”")


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
        if words[x] in {"علي", "على"} and x + 1 < len(words) and words[x + 1] in {"ان", "أن"} and x + 2 < b:
            end = min(b, x + 14)
            end = next((y for y in range(x + 2, end) if s.words[y] in _PROVISION_STOPS), end)
            out.append(ctx.quote(*s.token_span(x + 2, end)).strip(" ،,.\"“”"))
            break
        forms = bare(words[x])
        if any(_is_head(f) for f in forms) and (x == j or words[x - 1] in {"علي", "على"} or words[x][0] in "ل"
                                                            or words[x - 1] in {"يتضمن", "ويتضمن", "تضمن", "ينص", "نص", "اهميه"}
                                                            or x - j <= 2):
            if words[x] in {"تنفيذ", "بتنفيذ"} and x + 1 < len(words) and any(
                    bb in _AGREE for bb in bare(words[x + 1])):
                continue  # "تنفيذ الاتفاقيات": about the agreement, not a provision
            out.extend(_provision_list(ctx, s, x))
            break
    return out


def _provision_list(ctx: DocContext, s, x: int) -> list[str]:
    """A provision from token x, and the ones coordinated after it ("تشكيل لواءين، وإنشاء نقاط تفتيش، وتبادل ...")."""
    words = s.words
    out = []
    while x is not None and len(out) < 5:
        _, b = s.clause_bounds(x)
        end = min(b, x + 12)
        end = next((y for y in range(x + 1, end) if words[y] in _PROVISION_STOPS or _purpose_or_future(words, y) or (
            words[y].startswith("و") and _is_head(words[y][1:]))), end)
        skip = 1 if words[x][0] in "لو" and _is_head(words[x][1:]) else 0
        start = s.raw_span(s.tokens[x].ns + skip, s.tokens[x].ne)[0]
        out.append(ctx.quote(start, s.token_span(x, end)[1]).strip(" ،,.\"“”"))
        coordinated = end < len(words) and words[end].startswith("و") and _is_head(words[end][1:])
        x = end if coordinated else None  # "... ، وإنشاء نقاط تفتيش"
    return out


def _locations(ctx: DocContext, si: int, i: int) -> list[Place]:
    s = ctx.sentences[si]
    _, b = s.clause_bounds(i)
    out = []
    for m in ctx.places_in(si, i, len(s.words)):
        if m.i >= b + 12 or ctx.after_direction(si, m):
            continue
        if "بين" in s.words[max(i, m.i - 3):m.i]:
            continue
        p = place_at(ctx, si, m)
        if not p.weak or m.entry.id == "disputed_territories":
            out.append(p)
    return out
