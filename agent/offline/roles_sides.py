"""Which side of a battle, a clash or a pair of forces is the doer: the first of two doers joined by "و" and
not the second side of "بين ... و"، the backed force rather than its backer, the other side of a battle the
frame's dead fell in, the side that advanced (in the sentence, in the lead, or in the battle a definite noun
refers back to), the side that attacked in a repelled or attempted attack, and the side that reports the other
side's dead.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.agent.numbers import read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties import INJURED, KILLED
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare, bare_in, past_dates
from marsad.agent.offline.frames import Frame, after_battles, find_frames
from marsad.agent.offline.frames_readers import uncounted_toll
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_cues import (
    _ADVANCE_VERBS,
    _ATTACKER_NOUNS,
    _BACKGROUND,
    _CLAIM_SUBJECTS,
    _DEATH_AFTER,
    _MILITIA,
    _NISBA,
    _REPEL,
    _SPEECH_VERBS,
    _SUPPORT,
    _THAT,
    _before_subject_nouns,
    _blocked,
    _dated,
    _denied,
    _has,
    _is_victim,
    _is_victim_at,
    militia_word,
)
from marsad.agent.offline.roles_forces import _named_militia, epithet_at
from marsad.agent.offline.scope import clitic_surfaces
from marsad.core.arabic import normalize

_ADVANCE_MASDARS = rules.words("roles", "advance_masdars")
"""Verbal nouns of an advance after "أعلن X عن" ("أعلن الجيش عن تحرير مواقع"): X made the advance."""
_BATTLE_BACK = rules.words("roles", "battle_back_nouns")
""""المعارك"، "الاشتباكات" written definite refer back to the battle told just before ("سيطرت القوات على الميناء
بعد معارك عنيفة ... وأسفرت المعارك عن مصرع 38 حوثيا"): the side whose advance that sentence told fought it."""
_BATTLE_NOUNS = rules.words("roles", "battle_nouns")
_BATTLE_BACK_SENTENCES = int(rules.number("roles", "battle_back_sentences"))
_BETWEEN = rules.words("roles", "between_words")
_CLASH_WITH = rules.words("roles", "clash_with_words")
_CLASH_SPAN = int(rules.number("roles", "clash_span"))
"""Words at most between a battle noun and "مع" ("معارك عنيفة مع"، "اشتباكات مسلحة عنيفة مع")."""
_PROGRESS_VERBS = rules.words("roles", "progress_verbs")
_PROGRESS_NOUNS = rules.words("roles", "progress_nouns")
"""A lead's "أحرزت قوات الجيش تقدما"، "حقق الجيش تقدما": the force made gains at the front."""
_DEAD_COUNTS = rules.words("roles", "dead_count_nouns")
"""How news counts a side's dead: "تسعة عناصر من الجماعة"، "قتلى من المتمردين"، "في صفوف الميليشيات"."""
_DEAD_RANKS = rules.words("roles", "dead_rank_words")
_ATTEMPTS = rules.words("roles", "attempt_words")
_ATTEMPT_OBJECTS = rules.words("roles", "attempt_objects")
""""لقي ثلاثة منهم حتفهم خلال محاولتهم اقتحام ثكنة": the dead were the attackers."""
_REPULSE_SURFACES = clitic_surfaces(_REPEL | _ATTEMPTS)
_ARRESTS = rules.words("roles", "arrest_masdars")
""""تمكن الأمن من توقيف المشتبه به": the force caught a suspect, it carried out no attack."""
_BATTLE_SURFACES = clitic_surfaces(_BATTLE_NOUNS)
CONFRONTATION_FOE = True
"""Switch (pass 60; on, off only to measure it): in :func:`_clash_foe`, the singular "المواجهة" (``confrontation_nouns``)
is a battle noun when its sentence tells dead or wounded: "قتل جنديان أثناء المواجهة مع المتمردين على الحدود" -> the
rebels, as with "المواجهات"; without a toll "مواجهة مع" is as often a political stand-off."""
_CONFRONTATION = rules.words("roles", "confrontation_nouns")
_CONFRONTATION_SURFACES = clitic_surfaces(_CONFRONTATION)


def _repelled_before(ctx: DocContext, si: int) -> bool:
    """Whether the sentence before ``si`` tells an attack repelled ("صدت القوات محاولة تسلل ..."): the fighting told
    next is that attack's, whose attacker neither the dead side nor either side need be."""
    return si > 0 and _has(ctx.sentences[si - 1].words, 0, len(ctx.sentences[si - 1].words), _REPEL)


JOINED_NOUN_PAIR = True
"""Switch (pass 44; on, off only to measure it): the second of two doers joined by "و" may be told with a subject
noun of its own (``claim_subject_nouns``, ``weapon_subject_nouns``: "طائرات التحالف ومدفعية الجيش استهدفت"،
"مقاتلات التحالف ووحدات الجيش قصفت"); the "و" then stands on that noun, and :func:`_pair_head` takes the one named
first, as it does for names joined bare."""
_JOINED_NOUNS = _CLAIM_SUBJECTS | rules.words("roles", "weapon_subject_nouns")


def _joined_at(words: list[str], m: Mention) -> int:
    """Where the doer at ``m`` begins as the second of a pair: at its name, or at the subject noun with "و" right
    before it ("ومدفعية الجيش")."""
    x = m.i
    if JOINED_NOUN_PAIR and x > 0 and words[x][0] != "و" and words[x - 1][0] == "و" \
            and words[x - 1][1:] in _JOINED_NOUNS:
        return x - 1
    return x


def _pair_head(ctx: DocContext, si: int, m: Mention) -> Mention | None:
    """The first of two doers joined by "و" ("قصف الحوثيون وقوات صالح"، "طائرات التحالف ومدفعية الجيش قصفت"): the
    one named first; None when the first is what the sentence acts against ("عمليات أمنية ضد تنظيم الدولة وحزب
    العمال")."""
    words = ctx.sentences[si].words
    x = _joined_at(words, m)
    if words[x][0] != "و":
        return m
    if _second_side(ctx, si, m):
        return None
    prev = [p for p in ctx.actors_in(si, 0, x, FORCE_TYPES | {"armed_group"}) if p.j == x]
    if not prev:
        return m
    if _blocked(words, prev[0], 0) or _is_victim_at(words, prev[0], 0):
        return None
    if prev[0].i > 0 and "بين" in bare(words[prev[0].i - 1]):
        return None  # "اشتباكات بين الجيش اليمني والحوثيين": the two sides of a clash, neither its doer
    return prev[0]


def _second_side(ctx: DocContext, si: int, m: Mention) -> bool:
    """True for the second side of a clash told with "بين ... و": "الاشتباكات الدائرة بين القوات الحكومية،
    مدعومة بالطيران، من ناحية، والمسلحين من ناحية ثانية" -- a force or group right after "بين" at most twelve words before the one
    joined by "و"; neither side is the doer."""
    words = ctx.sentences[si].words
    for b in range(m.i - 1, max(-1, m.i - 13), -1):
        if words[b] in _BETWEEN:
            return any(p.i in (b + 1, b + 2) and p.j <= m.i for p in ctx.actors_in(si, b + 1, m.i, FORCE_TYPES | {"armed_group"}))
    return False


def _clash_side(ctx: DocContext, f: Frame, doer_of: Callable[[DocContext, Frame], Mention | None] | None = None
                ) -> Mention | None:
    """The other side of a battle the frame's dead fell in: "سقط 11 مسلحا في اشتباكات ضارية مع
    الشرطة" -> the police -- a battle noun, at most ``clash_span`` words, "مع", then a force or group (not one
    counted among the dead, not a clash told "بين" two sides, not an attack told as background). With ``doer_of``
    (the perpetrator reader) and switch ``CLASH_ATTACKED_LATER``, the dead's side when a sentence after tells it as
    the doer of an assault (:func:`_clash_attacked_later`)."""
    m = _clash_foe(ctx, f)
    if m is not None and CLASH_ATTACKED_LATER and doer_of is not None:
        return _clash_attacked_later(ctx, f, m, doer_of) or m
    return m


CLASH_ATTACKED_LATER = True
"""Switch (pass 45; on; off only to measure it): :func:`_clash_side` gives the dead's side as the doer when one of the
:data:`_FRONT_REPEL_AFTER` sentences after the battle tells that side as the doer of an assault, as :func:`_dead_side`
does (:data:`DEAD_ATTACKED_LATER`): "لقي 9 من عناصر الميليشيا مصرعهم في مواجهات مع الجيش. وأوضح المصدر أن عناصر
الميليشيا حاولوا التسلل إلى مواقع الجيش" -- the report says the dead attacked and were fought off (D-19, D-25)."""


def _clash_attacked_later(ctx: DocContext, f: Frame, foe: Mention,
                          doer_of: Callable[[DocContext, Frame], Mention | None]) -> Mention | None:
    """The dead's side of the battle whose foe :func:`_clash_foe` read, when the sentence counts the dead of one side
    only, not the foe's, and a later sentence tells that side as the doer of an assault (:func:`_dead_attacked_later`)."""
    dead = _dead_sides(ctx, f, ctx.actors_in(f.si, 0, len(ctx.sentences[f.si].words), FORCE_TYPES | {"armed_group"}))
    if len(dead) != 1:
        return None
    gone_side = _ALLIED_SIDES.get(next(iter(dead)), next(iter(dead)))
    if gone_side == _ALLIED_SIDES.get(foe.entry.id, foe.entry.id):
        return None
    return _dead_attacked_later(ctx, f, gone_side, doer_of)


def _clash_foe(ctx: DocContext, f: Frame) -> Mention | None:
    """:func:`_clash_side` as the text tells it: the side after "مع" (or the side that waged the battle)."""
    s = ctx.sentences[f.si]
    words = s.words
    nouns = _BATTLE_NOUNS
    if CONFRONTATION_FOE and not _CONFRONTATION_SURFACES.isdisjoint(words[f.lo:f.hi]) \
            and _has(words, 0, len(words), KILLED | INJURED):
        nouns = _BATTLE_NOUNS | _CONFRONTATION  # "قتل جنديان أثناء المواجهة مع المتمردين"
    elif _BATTLE_SURFACES.isdisjoint(words[f.lo:f.hi]):
        return None
    if _has(words, f.lo, f.hi, _BACKGROUND):
        return None
    for w in _battle_links(s, f, _CLASH_WITH, nouns):
        waging = _waging_subject(ctx, f, w)
        if waging is not None:
            return waging  # "خاضت قوات الجيش معارك مع الميليشيات قتل فيها 17 متمردا": the side that waged it
        for m in ctx.actors_in(f.si, w + 1, min(len(words), w + 4), FORCE_TYPES | {"armed_group"}):
            if _before_subject_nouns(words, m, w + 1) == w + 1 and not _is_victim(words, m, f):
                if CLASH_TOLL and not _has(words, 0, len(words), KILLED | INJURED) and any(
                        o.entry.id != m.entry.id and not _is_victim(words, o, f)
                        for o in ctx.actors_in(f.si, 0, w, FORCE_TYPES | {"armed_group"})):
                    return None  # "أكد الجيش اقتحام المجمع عقب اشتباكات مع الميليشيا": no dead, the force told first fought
                return m
        if CLASH_EPITHET:
            x = w + 1
            while x < min(len(words), w + 3) and bare_in(words[x], _CLAIM_SUBJECTS):
                x += 1  # "مع رجال المقاومة"، "مع مقاتلي الثوار"
            m = epithet_at(ctx, f.si, x)
            if m is not None and not _is_victim(words, m, f) and _has(words, 0, len(words), KILLED | INJURED):
                return m  # "معارك عنيفة مع الثوار" in news about Yemen: the Popular Resistance
    return None


WAGED_CLASH = True
"""Switch: in :func:`_clash_side`, a force or group told as the subject of a verb of waging (``battle_waging_verbs``:
"خاضت قوات الجيش معارك مع الميليشيات"، "القوات تخوض اشتباكات مع ...") right before the battle noun is the side that
fought; the side after "مع" is its foe, whoever the dead counted after are (on; off only to measure the rule)."""
_WAGING_VERBS = rules.words("frames", "battle_waging_verbs")


def _waging_subject(ctx: DocContext, f: Frame, w: int) -> Mention | None:
    """The force or group that is the subject of a waging verb governing the battle noun before "مع" at ``w``
    (:data:`WAGED_CLASH`): the verb right before the battle noun with the force right before the verb ("الجيش خاض
    معارك مع") or the force between the verb and the noun ("خاضت قوات الجيش معارك مع"); not a force counted among
    the dead or denied."""
    if not WAGED_CLASH:
        return None
    words = ctx.sentences[f.si].words
    b = next((x for x in range(w - 1, max(f.lo - 1, w - 2 - _CLASH_SPAN, -1), -1) if bare_in(words[x], _BATTLE_NOUNS)), None)
    if b is None:
        return None
    for m in ctx.actors_in(f.si, max(0, b - 8), b, FORCE_TYPES | {"armed_group"}):
        x = m.i
        while x > 0 and bare_in(words[x - 1], _CLAIM_SUBJECTS):
            x -= 1  # "خاضت قوات الجيش"
        svo = m.j == b - 1 and bare_in(words[b - 1], _WAGING_VERBS)
        vso = m.j == b and x > 0 and bare_in(words[x - 1], _WAGING_VERBS)
        if (svo or vso) and not _is_victim(words, m, f) and not _denied(words, m, f.lo):
            return m
    return None


CLASH_EPITHET = True
"""Switch: the side after "مع" may be named by an epithet the article's country reads as a force
(``country_epithet_doers``: "اشتباكات مع الثوار" in news about Yemen), when the sentence tells its dead (on; off only
to measure the rule)."""


CLASH_TOLL = True
"""Switch: with no dead or wounded in the sentence and another force or group named before the battle noun, the side
after "مع" is no doer (on; off only to measure the rule)."""


def _battle_links(s, f: Frame, links: set[str], nouns: frozenset[str] | set[str] = _BATTLE_NOUNS):
    """Each position of a link word (``links``: "مع"، "بين") at most ``clash_span`` words after a battle noun of the
    frame (``nouns``), in the noun's clause: the first such word after each battle noun."""
    words = s.words
    for b in range(f.lo, min(f.hi, len(words))):
        if nouns.isdisjoint(bare(words[b])):
            continue
        for w in range(b + 1, min(len(words), b + 2 + _CLASH_SPAN)):
            if s.tokens[w].clause_start:
                break
            if words[w] in links:
                yield w
                break


BETWEEN_SIDE = True
"""Switch for :func:`_between_side` (on; off only to measure it)."""
_CLASH_BETWEEN = rules.words("roles", "clash_between_words")
_BETWEEN_SPAN = int(rules.number("roles", "clash_between_span"))


def _between_side(ctx: DocContext, f: Frame) -> Mention | None:
    """The side of a battle told "بين" two sides whose men are not the frame's dead: "اندلعت اشتباكات بين
    قوات الجيش والميليشيات الحوثية أسفرت عن مصرع سبعة من عناصر الحوثيين" -> the army. A battle noun, at most
    ``clash_span`` words, "بين" (``clash_between_words``), then the first two different forces or groups of
    the next ``clash_between_span`` words (the second joined by "و"); the dead counted as one of them alone
    (:func:`_counted_dead`, another mention of it in the frame) give the other side. Not when both or neither
    are counted, nor for an attack told as background or as repelled (in its sentence or the one before: the
    side whose men died there attacked, :func:`_repelled_side`)."""
    if not BETWEEN_SIDE:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    if _BATTLE_SURFACES.isdisjoint(words[f.lo:f.hi]) or _has(words, f.lo, f.hi, _BACKGROUND) or _repulse(words, f):
        return None
    if _repelled_before(ctx, f.si):
        return None  # "صدت القوات محاولة تسلل ... ووقعت اشتباكات بين الميليشيات والقوات": the dead side attacked
    for w in _battle_links(s, f, _CLASH_BETWEEN):
        end = _clause_end(s, w)
        sides = _two_sides(ctx, f, w)
        if sides is None:
            return None  # "بين قوات الجيش والميليشيات": the first side right after "بين", the second after "و"
        ids = {m.entry.id for m in sides}
        dead = {m.entry.id for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"})
                if m.entry.id in ids and _counted_dead(words, m, f)}
        militias = {m.entry.id for m in sides if any(militia_word(t) for t in normalize(m.surface).split())}
        if MILITIA_BY_TYPE and not militias:
            groups = {m.entry.id for m in sides if m.entry.get("type") == "armed_group"}
            if len(groups) == 1 and len(ids) == 2:
                militias = groups  # "بين الحوثيين وقوات الجيش ... من عناصر الميليشيات": the one armed group
        taken = {t for m in ctx.mentions[f.si] if m.kind == "actors" for t in range(m.i, m.j)}
        if len(militias) == 1 and any(
                x not in taken and militia_word(words[x])
                and _counted_dead(words, Mention(None, x, x + 1, 0, 0, ""), f) for x in range(end, min(f.hi, len(words)))):
            dead |= militias  # "مقتل 9 من عناصر الميليشيات": the side the article called a militia
        if len(dead) != 1:
            return None
        return sides[1] if sides[0].entry.id in dead else sides[0]
    return _pronoun_between(ctx, f) if PRONOUN_BETWEEN else None


def _clause_end(s, w: int) -> int:
    """The end of the words a "بين" at ``w`` may name its sides in: at most ``clash_between_span`` words, in its clause."""
    end = w + 1
    while end < min(len(s.words), w + 1 + _BETWEEN_SPAN) and not s.tokens[end].clause_start:
        end += 1
    return end


def _two_sides(ctx: DocContext, f: Frame, w: int) -> list[Mention] | None:
    """The two sides a "بين" at ``w`` names: the first two different forces or groups of its clause, the first right
    after "بين" (past its subject nouns), the second after "و"; None when it does not name two."""
    words = ctx.sentences[f.si].words
    sides: list[Mention] = []
    for m in ctx.actors_in(f.si, w + 1, _clause_end(ctx.sentences[f.si], w), FORCE_TYPES | {"armed_group"}):
        if sides and m.entry.id == sides[0].entry.id:
            continue
        sides.append(m)
        if len(sides) == 2:
            break
    if len(sides) < 2 or _before_subject_nouns(words, sides[0], w + 1) != w + 1 or not words[
            _before_subject_nouns(words, sides[1], w + 1)].startswith("و"):
        return None
    return sides


def _own_fighting(s, f: Frame) -> bool:
    """Whether the fighting is the frame's own word (a battle noun from the word before its event word to one word past
    its end; not fighting that only sets the scene, "في منطقة تشهد اشتباكات بين") and no attack in its sentence is told
    as repelled or attempted."""
    return not _BATTLE_SURFACES.isdisjoint(s.words[max(f.lo, f.i - 1):f.j + 1]) and _REPULSE_SURFACES.isdisjoint(s.words)


EITHER_SIDE = True
"""Switch (pass 46; on, off only to measure it) for :func:`either_side`."""


def either_side(ctx: DocContext, f: Frame) -> Mention | None:
    """The first of two sides of fighting told "بين" them, when no other reader named its doer: "تجددت المعارك بين
    قوات الجيش والميليشيات في مديرية كذا" -> the army. Neither side is told as the attacker, so either is its doer
    (GUIDELINES D-31: the record lists both sides, either accepted); the first named is given. The battle noun must be
    among the frame's words (from the word before its event word to one word past its end; not fighting that only
    sets the scene:
    "في منطقة تشهد اشتباكات بين"). Not for an attack told as repelled or attempted in its sentence, nor after a
    sentence that tells one repelled (the side that attacked is another reader's, or unknown), nor when "بين" does not
    name two forces or groups ("بين الطرفين"). Unlike :func:`_between_side` it reads background fighting too."""
    if not EITHER_SIDE:
        return None
    s = ctx.sentences[f.si]
    if not _own_fighting(s, f):
        return None  # the fighting is the frame's own word, and no attack in its sentence was repelled or attempted
    if _repelled_before(ctx, f.si):
        return None
    for w in _battle_links(s, f, _CLASH_BETWEEN):
        sides = _two_sides(ctx, f, w)
        if sides is not None:
            return sides[0]
        one = _one_named_side(ctx, f, w) if ONE_NAMED_SIDE else None
        if one is not None:
            return one
        wide = _loose_sides(ctx, f, w) if LOOSE_SIDES else None
        if wide is not None:
            return wide
    for w in _far_links(s, f) if LOOSE_SIDES else ():
        sides = _two_sides(ctx, f, w)
        m = sides[0] if sides is not None else (ONE_NAMED_SIDE and _one_named_side(ctx, f, w)) or _loose_sides(ctx, f, w)
        if m is not None:
            return m
    return None


LOOSE_SIDES = True
"""Switch (pass 51; on, off only to measure it): :func:`either_side` also reads the fighting "بين" two sides when
news writes the second side in a way :func:`_two_sides` and :func:`_one_named_side` do not take: a bare militia word
("بين قوات الجيش الوطني والميليشيات")، a support phrase between the sides ("بين الجيش، مسنوداً بطيران
التحالف، والحوثيين")، a hashtag that splits "و" from the name ("بين #الجيش_الوطني
و #الحوثيين")، or one side told by a pronoun ("القتال بين قواته والجيش": the named side). See :func:`_loose_sides`."""
_PRONOUN_SIDES = rules.words("roles", "either_pronoun_sides")
"""Forces told by a pronoun ("قواته"، "مقاتليها"، "عناصره"): a side of fighting that names no registry entry."""


_LOOSE_SPAN = int(rules.number("roles", "either_far_span"))
_FAR_STOPS = rules.words("roles", "either_far_stops")
"""Before a far "بين", a word that ties the battle to one side ("مع"، "ضد"): the "بين" is not the battle's."""
_LOOSE_SIDE_SPAN = int(rules.number("roles", "either_side_span"))
"""How far after the first side its "من جهة" may come (words)."""
_SIDE_WORDS = rules.words("roles", "either_side_words")
"""The side word of "من جهة ... من جهة أخرى" ("جهة"، "ناحية"، "طرف")."""


def _far_links(s, f: Frame):
    """A "بين" further from the frame's battle noun than ``clash_span`` words but at most ``either_far_span``, in the
    noun's clause, with no other battle noun nor "مع"/"ضد" before it: the time told between them ("اشتباكات متقطعة
    تتواصل منذ مساء الأحد بين"، "تدور معارك منذ فجر الثلاثاء بين"; :data:`LOOSE_SIDES`)."""
    words = s.words
    for b in range(f.lo, min(f.hi, len(words))):
        if _BATTLE_NOUNS.isdisjoint(bare(words[b])):
            continue
        for w in range(b + 1, min(len(words), b + 2 + _LOOSE_SPAN)):
            if s.tokens[w].clause_start or words[w] in _FAR_STOPS or not _BATTLE_NOUNS.isdisjoint(bare(words[w])):
                break
            if words[w] in _CLASH_BETWEEN:
                if w > b + 1 + _CLASH_SPAN:
                    yield w
                break


def _loose_sides(ctx: DocContext, f: Frame, w: int) -> Mention | None:
    """The named doer of fighting told "بين" at ``w`` (see :data:`LOOSE_SIDES`): the force or group right after "بين"
    (past its subject nouns) when a later word of the clause joined by "و" (or a lone "و" before it) starts another
    side -- another force or group, a bare militia word or forces told by a pronoun (``either_pronoun_sides``; fighters
    with no registry name are :func:`_one_named_side`'s); or, when forces told by a pronoun stand right after "بين",
    the force or group joined to them by "و" right after. None when the first side is the frame's victim or its men
    are counted among the dead (:func:`_counted_dead`)."""
    s = ctx.sentences[f.si]
    words = s.words
    end = _clause_end(s, w)
    named = ctx.actors_in(f.si, w + 1, end, FORCE_TYPES | {"armed_group"})
    if w + 1 < len(words) and bare_in(words[w + 1], _PRONOUN_SIDES):
        m = next((m for m in named if m.i > w + 1), None)
        if m is not None and _before_subject_nouns(words, m, w + 2) == w + 2 and words[w + 2].startswith("و") \
                and not _is_victim(words, m, f):
            return m  # "بين قواته والجيش"
        return None
    if not named or _before_subject_nouns(words, named[0], w + 1) != w + 1 or _is_victim(words, named[0], f):
        return None
    first = named[0]
    if any(m.entry.id == first.entry.id and _counted_dead(words, m, f)
           for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"})):
        return None  # "معارك بين قوات الجيش والميليشيات أسفرت عن مقتل خمسة من قوات الجيش": its men were the dead
    side = next((x for x in range(first.j, min(len(words) - 1, first.j + _LOOSE_SIDE_SPAN))
                 if words[x] == "من" and words[x + 1] in _SIDE_WORDS), None)
    if side is not None and side + 2 < len(words):  # "بين الجيش، مسنوداً بقوات من التحالف من جهة، وميليشيات الحوثي"
        end = max(end, side + 3)
        named = ctx.actors_in(f.si, w + 1, end, FORCE_TYPES | {"armed_group"})
    starts = {_before_subject_nouns(words, m, first.j): m for m in named[1:] if m.entry.id != first.entry.id}
    for x in range(first.j, end):
        joined = words[x].startswith("و") and len(words[x]) > 1
        alone = words[x] == "و" and x + 1 < end
        if not (joined or alone):
            continue
        y = x + 1 if alone else x
        if y in starts:
            return first  # "و #الحوثيين"، "..، مسنوداً بقوات من التحالف من جهة، وميليشيات الحوثي"
        rest = words[y] if alone else words[y][1:]
        if militia_word(rest) or bare_in(rest, _PRONOUN_SIDES):
            return first  # "بين قوات الجيش الوطني والميليشيات"
    return None


ONE_NAMED_SIDE = True
"""Switch (pass 47; on, off only to measure it): :func:`either_side` also reads fighting told "بين" one registry force
or group and fighters the registry does not name ("اشتباكات بين الجيش ومجموعة مسلحة"، "بين الشرطة ومقاتلي الحزب"،
"بين أبناء القبائل وميليشيات الحوثي"): the named side is one of the two, and either is the doer (D-31)."""
_UNNAMED_HEADS = rules.words("roles", "either_unnamed_heads")
"""Head nouns of fighters named by no registry entry ("مجموعة"، "مسلحين"، "عناصر"، "رجال"، "أبناء"), the other side of
:func:`_one_named_side`."""


def _one_named_side(ctx: DocContext, f: Frame, w: int) -> Mention | None:
    """The one force or group a "بين" at ``w`` names, when the other side is fighters with no registry name
    (``either_unnamed_heads``): the named side right after "بين" (past its subject nouns) and the other after "و" at
    most three words after it, or the other right after "بين" and the named one after "و" at most four words on."""
    s = ctx.sentences[f.si]
    words = s.words
    named = ctx.actors_in(f.si, w + 1, _clause_end(s, w), FORCE_TYPES | {"armed_group"})
    if not named or len({m.entry.id for m in named}) != 1 or _is_victim(words, named[0], f):
        return None
    m = named[0]
    start = _before_subject_nouns(words, m, w + 1)
    if start == w + 1:
        nxt = next((x for x in range(m.j, min(len(words), m.j + 3)) if words[x].startswith("و")), None)
        return m if nxt is not None and words[nxt][1:] in _UNNAMED_HEADS else None
    if words[start].startswith("و") and start - (w + 1) <= 4 and w + 1 < len(words) \
            and bare_in(words[w + 1], _UNNAMED_HEADS):
        return m
    return None


MILITIA_BY_TYPE = True
"""Switch (on; off only to measure it): when neither side of a clash told "بين" is named with a militia word, a bare
"الميليشيات" among the dead ("قتل فيها تسعة من عناصر الميليشيات") is the one side that is an armed group, the other
being a state's force."""


PRONOUN_BETWEEN = True
"""Switch for :func:`_pronoun_between` (on; off only to measure it)."""
_BETWEEN_PRONOUNS = rules.words("roles", "between_pronouns")
_AND_BETWEEN = rules.words("roles", "and_between_words")
_PRONOUN_DEAD = rules.words("roles", "member_nouns") | rules.words("roles", "victim_person_nouns")


def _pronoun_between(ctx: DocContext, f: Frame) -> Mention | None:
    """The other side of a battle told with a pronoun for the side whose dead the frame has just counted:
    "قتل 4 من رجال القبائل في اشتباكات دارت بينهم وبين مسلحي الحركة" -> the movement. A battle noun, "بينهم"
    (``between_pronouns``) and "وبين" (``and_between_words``) right after it; a count told before the pronoun,
    in the frame, of men or members (``member_nouns``, ``victim_person_nouns``, or "من" and their group); a force
    or group right after "وبين" that is not counted among the dead itself (then the pronoun is the side that
    killed them, and it is left to other readers)."""
    s = ctx.sentences[f.si]
    words = s.words
    for w in _battle_links(s, f, _BETWEEN_PRONOUNS):
        if w + 2 >= len(words) or words[w + 1] not in _AND_BETWEEN:
            continue
        counts = [q for x in range(f.lo, w) if (q := read_quantity(words, x)) is not None and q.end < w]
        if not counts or not (words[counts[0].end] == "من" or bare_in(words[counts[0].end], _PRONOUN_DEAD)):
            continue  # the pronoun's side is the dead one only when they are counted before it, as men of no
            # side's name ("مقتل 22 حوثيا في اشتباكات بينها وبين الحوثيين": the pronoun is the other side)
        other = [m for m in ctx.actors_in(f.si, w + 2, min(len(words), w + 6), FORCE_TYPES | {"armed_group"})
                 if _before_subject_nouns(words, m, w + 2) == w + 2]
        if not other or any(m.entry.id == other[0].entry.id and _counted_dead(words, m, f)
                            for m in ctx.actors_in(f.si, f.lo, f.hi)):
            return None  # "مقتل 22 حوثيا في اشتباكات بينها وبين الحوثيين": the pronoun is the other side
        return other[0]
    return None


DEAD_SIDE = True
"""Switch for :func:`_dead_side` (on; off only to measure it)."""
_LEADERS = rules.words("roles", "leader_words")
_DEAD_SIDE_SPAN = int(rules.number("roles", "dead_side_span"))
"""Words at most between a count or a member noun and the adjective that names the dead's side ("قيادي ميداني حوثي")."""
_ALLIED_SIDES: dict[str, str] = rules.table("roles", "allied_sides")


COUNTRY_DEAD = True
"""Switch for the country's words for one side's fighters among the counted dead (on; off only to measure it)."""
_COUNTRY_DEAD: dict[str, dict[str, str]] = {}
for _key, _side in rules.table("roles", "country_dead_words").items():
    _COUNTRY_DEAD.setdefault(_key.split("|", 1)[0], {})[normalize(_key.split("|", 1)[1])] = _side
"""Per country, words news uses for one side's fighters after a count ("مصرع 34 متمردا"، "25 انقلابيا" in news
about Yemen are Houthis, "فلسطينيين" in news about Gaza are Palestinians): ``country_dead_words`` ("CC|word" -> the
side: a registry id, or a label for a people that is no force), read like ``nisba_doers``."""


def _dead_side(ctx: DocContext, f: Frame, doer_of: Callable[[DocContext, Frame], Mention | None] | None = None
               ) -> Mention | None:
    """The side a battle's dead did not belong to, when the sentence tells who they were and names the other
    side: "لقي 12 حوثيا حتفهم في المعارك بين قوات الجيش والميليشيات" -> the army; "قتل قيادي ميداني حوثي في
    المواجهات بين الجيش، مدعوما بالتحالف، والانقلابيين" -> the army; "معارك خاضها الجيش مع مسلحي الجماعة أسفرت
    عن مقتل العشرات من عناصر الحوثيين" -> the army. News of a front counts the enemy's dead and names them by the
    group's adjective without "ال" (``nisba_doers``: "حوثيا"، "حوثيين"; in news about one country also the words
    ``country_dead_words`` gives: "مصرع 34 متمردا" in Yemen) after a count or a member noun, or as a force
    or group told as the dead ("مقتل العشرات من الحوثيين"، "في صفوف الميليشيات"; not "مسلحين من التنظيم
    هاجموا"). A battle noun and a death or wound in the sentence; the other
    forces and groups it names, not of the dead's side (``allied_sides``), must all be of one side -- the first of
    them is the doer. The battle noun in the frame; not in a sentence with a word of repelling or attempting (the
    dead side attacked: :func:`_repelled_side`), nor for an attack told as background."""
    if not DEAD_SIDE:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    if not _battle_toll(words, f):
        return None
    if _repelled_before(ctx, f.si):
        return None  # "صدت القوات محاولة تسلل ... وقتل فيها 5 حوثيين": the dead side attacked
    named = ctx.actors_in(f.si, 0, len(words), FORCE_TYPES | {"armed_group"})
    dead = _dead_sides(ctx, f, named)
    if len(dead) != 1:
        return None  # neither side's dead told, or both sides'
    (gone,) = dead
    gone_side = _ALLIED_SIDES.get(gone, gone)
    others = [m for m in named if _ALLIED_SIDES.get(m.entry.id, m.entry.id) != gone_side]
    if not others or len({_ALLIED_SIDES.get(m.entry.id, m.entry.id) for m in others}) != 1:
        return None
    if DEAD_ATTACKED_LATER and doer_of is not None:
        later = _dead_attacked_later(ctx, f, gone_side, doer_of)
        if later is not None:
            return later  # "مصرع 5 مسلحين في مواجهات مع الدرك. وأوضح الوالي أن المسلحين هاجموا الدورية": they attacked
    return others[0]


DEAD_ATTACKED_LATER = True
"""Switch (pass 44; on; off only to measure it): :func:`_dead_side` gives the dead's side as the doer when one of the
:data:`_FRONT_REPEL_AFTER` sentences after the battle tells the dead's side as the doer of an attack
(:func:`_dead_attacked_later`): the report says the dead attacked (D-25: the attacked side's report of an attack on
itself; D-19: the attackers of a repelled attack), and the toll alone does not outweigh that."""


_ASSAULT_TYPES = frozenset({"armed_assault"})
"""Attack types a later frame may have to tell the battle's own attack (none, or an assault: "هاجموا"، "صد هجوم")."""


def _dead_attacked_later(ctx: DocContext, f: Frame, gone_side: str,
                         doer_of: Callable[[DocContext, Frame], Mention | None]) -> Mention | None:
    """The doer of an assault frame (:data:`_ASSAULT_TYPES`) of the :data:`_FRONT_REPEL_AFTER` sentences after
    ``f``'s, when it is of the dead's side
    ("وأوضح الوالي أن المسلحين هاجموا نقطة للدرك"); None when there is none. ``doer_of`` reads a
    frame's doer (the perpetrator reader, passed in by its caller). The doer comes back with no token index
    (``i``, ``j`` = -1): its indices belong to the later sentence, so no reader of ``f``'s words may test it again
    (a guard reading ``f``'s words at the later sentence's index failed on long later sentences)."""

    for sj in range(f.si + 1, min(len(ctx.sentences), f.si + 1 + _FRONT_REPEL_AFTER)):
        for g in find_frames(ctx, sj):
            if not set(g.types) <= _ASSAULT_TYPES:
                continue  # "ثم قصف المتمردون القرى المجاورة بالهاون": another act (shelling), not the battle
            m = doer_of(ctx, g)
            if m is not None and _ALLIED_SIDES.get(m.entry.id, m.entry.id) == gone_side:
                return Mention(m.entry, -1, -1, m.start, m.end, m.surface)
    return None


def _dead_sides(ctx: DocContext, f: Frame, named: list[Mention]) -> set[str]:
    """The sides whose dead the frame's sentence counts (see :func:`_dead_side`): a named force or group told as
    the dead, or a side's adjective or the country's word for its fighters after a count or a member noun."""
    words = ctx.sentences[f.si].words
    whole = Frame(f.si, f.i, f.j, 0, len(words), f.concepts, f.types, f.generic_only)
    dead: set[str] = set()
    end = -1
    for m in named:
        if _is_victim(words, m, whole) or _has(words, m.j, m.j + 3, _DEATH_AFTER) or m.i > 0 and any(
                b in _DEAD_RANKS for b in bare(words[m.i - 1])) or m.i == end and words[m.i].startswith("و"):
            dead.add(m.entry.id)  # "11 عنصرا من ميليشيات الحوثي وقوات صالح": both lost them
            end = m.j
        elif LEADER_IN and m.i > 1 and words[m.i - 1] == "في" and any(
                b in _LEADERS for z in range(max(0, m.i - 1 - _LEADER_IN_SPAN), m.i - 1) for b in bare(words[z])):
            dead.add(m.entry.id)  # "مصرع قيادي ميداني رابع في الجماعة": a leader of that side fell
    country_dead = _COUNTRY_DEAD.get(ctx.country or "", {}) if COUNTRY_DEAD else {}
    for x, w in enumerate(words):
        side = _NISBA.get(w) or (_NISBA.get(w[:-1]) if w.endswith("ا") else None) or country_dead.get(w)
        if side is None or w.startswith("ال"):
            continue
        back = range(max(0, x - 1 - _DEAD_SIDE_SPAN), x)
        if any(words[z].isdigit() or read_quantity(words, z) is not None or any(
                b in _DEAD_COUNTS | _LEADERS for b in bare(words[z])) for z in back):
            dead.add(side)  # "مصرع 12 حوثيا"، "قيادي ميداني حوثي"
    if DEAD_BARE:
        dead |= _bare_dead(ctx, f, country_dead)
    return dead


LEADER_IN = True
"""Switch: in :func:`_dead_sides`, a side named after "في" that follows a leader noun and its adjectives ("مقتل قائد
ميداني ثالث في ميليشيات الحوثي") is the dead's side (on; off only to measure the rule)."""
_LEADER_IN_SPAN = 3
"""How many words before "في" the leader noun may stand (its adjectives between: "قيادي ميداني بارز في")."""
DEAD_BARE = True
"""Switch for :func:`_bare_dead` (on; off only to measure the rule)."""


def _bare_dead(ctx: DocContext, f: Frame, country_dead: dict[str, str]) -> set[str]:
    """The sides a battle sentence counts dead by a word that is no registry name (see :func:`_dead_sides`): a bare
    "الميليشيات" for the militia the article named with that word (:func:`_named_militia`: "قتل العشرات من عناصر
    الميليشيات"), or the country's word for a side's fighters written with "ال" ("مقتل 28 من المتمردين" in news
    about Yemen) -- counted as the dead the way a named side is (:func:`_counted_dead`: after "من" and a count or a
    member noun)."""
    words = ctx.sentences[f.si].words
    whole = Frame(f.si, f.i, f.j, 0, len(words), f.concepts, f.types, f.generic_only)
    taken = {t for m in ctx.mentions[f.si] if m.kind == "actors" for t in range(m.i, m.j)}
    out: set[str] = set()
    for x, w in enumerate(words):
        if x in taken:
            continue
        forms = bare(w)
        militia = not _MILITIA.isdisjoint(forms)
        side = None if militia else next((country_dead[b[2:]] for b in forms
                                          if b.startswith("ال") and b[2:] in country_dead), None)
        if not militia and side is None:
            continue
        if not _counted_dead(words, Mention(None, x, x + 1, 0, 0, ""), whole):
            continue
        if militia:
            named = _named_militia(ctx, f.si, x)
            side = named.entry.id if named is not None else None
        if side is not None:
            out.add(side)
    return out


FRONT_SIDE = True
"""Switch for :func:`_front_side` (on; off only to measure it)."""
FRONT_LINKED_WITH = True
"""Switch: in :func:`_front_side`, only a "مع"/"بين" that follows a battle noun (:func:`_battle_links`) tells whom the
battle was with; "مع" elsewhere is company ("قتل مع سبعة آخرين من رفاقه"، "لقي مصرعه مع مرافقيه"), not a side
(on; off only to measure the rule)."""
_FRONT_REPEL_AFTER = 2
"""Sentences after the frame's that may tell the dead side's attack was repelled (the toll often comes first)."""
_GROUND_FIRST = frozenset({"state_military", "paramilitary", "regional_force", "armed_group", "police"})


def _battle_toll(words: list[str], f: Frame) -> bool:
    """A battle sentence that counts the dead or wounded of a side (:func:`_dead_side`, :func:`_front_side`): a
    battle noun in the frame, a death or wound in the sentence (an uncounted toll too: "وخلفت الاشتباكات عددا من
    القتلى بين الطرفين", :func:`~marsad.agent.offline.frames_readers.uncounted_toll`), the frame not background,
    and no word of repelling ("تصدت المقاومة لهجمات ... وقتل فيها 6": the dead side attacked, :func:`_repelled_side`)."""
    return not _BATTLE_SURFACES.isdisjoint(words[f.lo:f.hi]) and (_has(words, 0, len(words), KILLED | INJURED) or any(
        uncounted_toll(words, x) for x in range(len(words)))) \
        and not _has(words, f.lo, f.hi, _BACKGROUND) and _REPULSE_SURFACES.isdisjoint(words)


def _front_side(ctx: DocContext, f: Frame) -> Mention | None:
    """The one side the article has fighting the side whose dead a battle sentence counts, when that sentence names
    no other: "وسقط 14 مسلحا حوثيا قتلى خلال المعارك الدائرة على جبهة الساحل" in a report whose other
    sentences name the army (and the coalition backing it) as the side at war with them -- news of a front names the
    side it reports for once and counts the enemy's dead in the sentences after. As :func:`_dead_side`, but the
    other side from the whole article: every force or group it names that is not of the dead's side
    (``allied_sides``) and not told as a victim must be of one side; a ground force of it is preferred to its
    aircraft (the first named). Not when the sentence itself says whom the battle was with ("مع"، "بين"), tells a
    repelled or attempted attack, or is background."""
    if not FRONT_SIDE:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    if not _battle_toll(words, f):
        return None
    if any(not _REPULSE_SURFACES.isdisjoint(ctx.sentences[k].words)
           for k in range(max(0, f.si - 1), min(len(ctx.sentences), f.si + 1 + _FRONT_REPEL_AFTER))):
        return None  # "لقي 7 حوثيين مصرعهم في معارك ... وقال الجيش إنه صد هجوما لهم": the dead side attacked
    if any(True for _ in _battle_links(s, f, _CLASH_WITH | _BETWEEN)) if FRONT_LINKED_WITH \
            else _has(words, f.lo, f.hi, _CLASH_WITH | _BETWEEN):
        return None  # "في اشتباكات مع رجال قبيلة": the sentence says whom they fought
    named = ctx.actors_in(f.si, 0, len(words), FORCE_TYPES | {"armed_group"})
    dead = _dead_sides(ctx, f, named)
    if len(dead) != 1:
        return None
    (gone,) = dead
    gone_side = _ALLIED_SIDES.get(gone, gone)
    if any(_ALLIED_SIDES.get(m.entry.id, m.entry.id) != gone_side for m in named):
        return None  # the sentence names another side: :func:`_dead_side` reads it
    others: list[Mention] = []
    for sj, other in enumerate(ctx.sentences):
        if sj == f.si:
            continue
        n = len(other.words)
        whole = Frame(sj, 0, 0, 0, n)
        for m in ctx.actors_in(sj, 0, n, FORCE_TYPES | {"armed_group"}):
            if _ALLIED_SIDES.get(m.entry.id, m.entry.id) == gone_side or _is_victim(other.words, m, whole):
                continue
            others.append(m)
    if not others or len({_ALLIED_SIDES.get(m.entry.id, m.entry.id) for m in others}) != 1:
        return None
    ground = [m for m in others if m.entry.get("type") in _GROUND_FIRST]
    return (ground or others)[0]


def _lead_advance(ctx: DocContext) -> Mention | None:
    """The side whose advance the article's title or lead tells when the lead tells a battle or gains ("أحرز
    اللواء الثالث تقدما إثر قتال مع المتمردين"، "واصلت القوات الحكومية انتصاراتها"; :func:`_advance_subject`), read
    once per document."""
    return ctx.once("roles.lead_advance", lambda: _read_lead_advance(ctx))


def _read_lead_advance(ctx: DocContext) -> Mention | None:
    side = None
    lead = sorted(ctx.lead)
    if not all(_BATTLE_SURFACES.isdisjoint(ctx.sentences[si].words) and not _has(
            ctx.sentences[si].words, 0, len(ctx.sentences[si].words), _PROGRESS_NOUNS) for si in lead):
        for si in lead:
            n = len(ctx.sentences[si].words)
            side = _advance_subject(ctx, Frame(si, 0, 0, 0, n)) or _progress_subject(ctx, si)
            if side is not None:
                side = _principal(ctx, si, side)
                break
    return side


def _progress_subject(ctx: DocContext, si: int) -> Mention | None:
    """The force that made gains: "أحرز الجيش العراقي، صباح الخميس، تقدما"، "الجيش حقق تقدما" -- a force or
    group right after or before a verb of gaining, with a noun of gains at most eight words on."""
    s = ctx.sentences[si]
    words = s.words
    for m in ctx.actors_in(si, 0, len(words), FORCE_TYPES | {"armed_group"}):
        if m.start > s.token_span(m.i, m.i + 1)[0]:
            continue
        x = _before_subject_nouns(words, m, 0)
        verb = x > 0 and bare_in(words[x - 1], _PROGRESS_VERBS) or m.j < len(words) and any(
            b in _PROGRESS_VERBS for b in bare(words[m.j]))
        if verb and _has(words, m.j, m.j + 8, _PROGRESS_NOUNS):
            return m
    return None


def _counted_dead(words: list[str], m: Mention, f: Frame) -> bool:
    """True for a side counted among the dead (:func:`_is_victim`), also as news of a front counts them: "تسعة
    مسلحين بينهم قائدان من الجماعة سقطوا قتلى"، "قتلى من المتمردين"، "في صفوف المسلحين"."""
    if _is_victim(words, m, f) or _has(words, m.j, m.j + 3, _DEATH_AFTER):
        return True
    if m.i > 0 and bare_in(words[m.i - 1], _DEAD_RANKS):
        return True
    x = _before_subject_nouns(words, m, f.lo)  # "ثلاثة من عناصر الفصيل"
    return x > 0 and words[x - 1] == "من" and (_has(words, x - 5, x - 1, _DEAD_COUNTS) or any(
        read_quantity(words, z) is not None for z in range(max(f.lo, x - 4), x - 1)))


REPORT_TURN = True
"""Switch: in :func:`_repulse`, a reporting participle (``report_turn_words``: "مشيرة إلى"، "مضيفا أن") standing
between a repelled or attempted attack and the frame's own word turns the statement to another item: "أعلنت
القيادة إحباط محاولة لاستهداف الجامعة، مشيرة إلى أن 9 من عناصر الجماعة قتلوا قرب المدينة" -- the dead of that
item are not told as the attempt's attackers (on; off only to measure the rule)."""
_REPORT_TURNS = rules.words("roles", "report_turn_words")


def _repulse(words: list[str], f: Frame) -> bool:
    """True when the frame, or its sentence before it, tells an attack that was repelled or attempted ("صدت
    الشرطة هجوما"، "تصدى الحراس لهجوم على البوابة، وقتل فيه اثنان من المسلحين"، "خلال محاولتهم اقتحام الثكنة"): the side whose
    men died in it attacked. Only after the last reporting participle before the frame's word (:data:`REPORT_TURN`)."""
    if _REPULSE_SURFACES.isdisjoint(words[:f.hi]):
        return False  # most frames: no word of repelling or attempting (one set test)
    lo = 0
    if REPORT_TURN:
        lo = next((x for x in range(min(f.i, len(words)) - 1, -1, -1) if bare_in(words[x], _REPORT_TURNS)), 0)
    if _has(words, lo, f.hi, _REPEL):
        return True
    return any(bare_in(words[x], _ATTEMPTS) and _has(words, x + 1, x + 3, _ATTEMPT_OBJECTS)
               for x in range(lo, min(f.hi, len(words))))


def _repelled_side(ctx: DocContext, f: Frame) -> Mention | None:
    """The side that attacked, in a frame telling an attack repelled or attempted whose dead are that side's
    men: "تصدى الحراس لهجوم قتل فيه اثنان من الميليشيات"، "قتل 3 مسلحين خلال محاولتهم اقتحام ثكنة
    للشرطة" -- the one group counted dead, or, for dead told only as "الميليشيات"/"مسلحين", the one militia
    the article has named (:func:`_named_militia`), else the one armed group it has named (:func:`_one_group`)."""
    s = ctx.sentences[f.si]
    words = s.words
    if not _repulse(words, f) or _has(words, f.lo, f.hi, _BACKGROUND):
        return None
    named = ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"})
    dead = [m for m in named if _counted_dead(words, m, f)]
    if dead:
        return dead[0] if len({m.entry.id for m in dead}) == 1 else None
    for x in range(f.lo, min(f.hi, len(words))):
        forms = bare(words[x])
        militia = militia_word(words[x]) and _counted_dead(
            words, Mention(None, x, x + 1, 0, 0, ""), f)
        fighters = not _DEAD_COUNTS.isdisjoint(forms) and x > 0 and read_quantity(words, x - 1) is not None \
            and _has(words, f.lo, f.hi, KILLED | _DEATH_AFTER)
        if militia or fighters:
            return _named_militia(ctx, f.si, len(words)) or _one_group(ctx, f.si)
    return None


REPELLED_BEFORE_DOER = True
"""Switch (pass 47; on, off only to measure it): fighting told right after a sentence that tells an attack repelled
("صدت القوات محاولة تسلل لعناصر الميليشيا. ودارت اشتباكات بين الميليشيا والقوات") is that attack's, and its doer is
the side whose attack was repelled (D-19, D-31: a repelled attack names its attacker), read by
:func:`repelled_before_doer`."""
_REPEL_NOUNS = rules.words("casualties", "repel_objects") | _ATTEMPTS
_REPEL_SPAN = 8
"""How far after the word of repelling the attacker's name may stand ("صد الجيش سلسلة هجمات للميليشيات")."""


def _repel_owner(ctx: DocContext, si: int) -> Mention | None:
    """The armed group whose attack sentence ``si`` tells repelled: named at most :data:`_REPEL_SPAN` words after the
    attack or attempt noun that follows a word of repelling (past its subject: "أفشلت القوات محاولة تسلل لعناصر
    داعش"، "صدت قوات الجيش هجوما للحوثيين"), or a bare militia word there standing for the one militia the article
    named (:func:`_named_militia`). The subject between the two words is the side attacked, never read."""
    words = ctx.sentences[si].words
    for x, w in enumerate(words):
        if not bare_in(w, _REPEL):
            continue
        y = next((k for k in range(x + 1, min(len(words), x + 1 + _REPEL_SPAN)) if bare_in(words[k], _REPEL_NOUNS)),
                 None)
        if y is None:
            continue
        hi = min(len(words), y + 1 + _REPEL_SPAN)
        groups = ctx.actors_in(si, y + 1, hi, {"armed_group"})
        if groups:
            return groups[0]
        if any(militia_word(v) for v in words[y + 1:hi]):
            return _named_militia(ctx, si, len(words))
    return None


def repelled_before_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer of fighting told in the sentence after one that tells an attack repelled: the group whose attack was
    repelled (:func:`_repel_owner`), when the fighting is the frame's own word, its sentence tells no repelling of its
    own, and it names that group among its sides (the group's name, or a bare militia word): "صدت القوات محاولة تسلل
    لعناصر الميليشيا. وأفاد مراسل بوقوع اشتباكات بين الميليشيا والقوات" -> the militia. Fighting that names other
    sides only is left alone."""
    if not REPELLED_BEFORE_DOER or not _repelled_before(ctx, f.si):
        return None
    s = ctx.sentences[f.si]
    if not _own_fighting(s, f):
        return None
    owner = _repel_owner(ctx, f.si - 1)
    if owner is None:
        return None
    groups = ctx.actors_in(f.si, 0, len(s.words), {"armed_group"})
    named = [m for m in groups if m.entry.id == owner.entry.id]
    if named:
        return named[0]
    if groups:
        return None  # the fighting names another group: not the repelled attack's ("اشتباكات بين ميليشيات الحوثي والجيش")
    return owner if any(militia_word(v) for v in s.words) else None


def _one_group(ctx: DocContext, si: int) -> Mention | None:
    """The one armed group the article has named up to sentence ``si`` (any name: "الفرقة الحوثية الخاصة");
    None when it named none or two."""
    found: Mention | None = None
    for sj in range(si + 1):
        for m in ctx.actors_in(sj, 0, len(ctx.sentences[sj].words), {"armed_group"}):
            if found is not None and found.entry.id != m.entry.id:
                return None
            found = m
    return found


def _reported_toll(ctx: DocContext, f: Frame) -> Mention | None:
    """The side that tells the other side's dead in its battles: "قالت الشرطة إن 12 مسلحا من
    الجماعة قتلوا خلال اشتباكات متقطعة" -- a force or group right after a speech verb, "أن"/"إن" at
    most four words on, and in the frame a battle noun and a different group counted dead; not a repelled
    or attempted attack (the dead attacked)."""
    s = ctx.sentences[f.si]
    words = s.words
    if _BATTLE_SURFACES.isdisjoint(words[f.lo:f.hi]) or _repulse(words, f) or _has(words, f.lo, f.hi, _BACKGROUND):
        return None
    named = ctx.actors_in(f.si, 0, len(words), FORCE_TYPES | {"armed_group"})
    for m in named:
        if m.i == 0 or m.start > s.token_span(m.i, m.i + 1)[0] or not any(
                b in _SPEECH_VERBS for b in bare(words[m.i - 1])):
            continue
        that = next((p for p in range(m.j, min(len(words), m.j + 4)) if words[p] in _THAT), None)
        if that is None:
            continue
        dead = [d for d in named if d.i > that and f.lo <= d.i < f.hi and _counted_dead(words, d, f)]
        if dead and all(d.entry.id != m.entry.id for d in dead) and not any(
                d.i > that and d.entry.id != m.entry.id and d not in dead for d in named):
            return m
    return None


def _lead_side(ctx: DocContext, f: Frame) -> Mention | None:
    """The lead's advancing side for the dead of the other side told later without a doer: a story that opens
    "حقق الجيش تقدما ... بعد قتال مع المسلحين" and goes on "وأشار إلى أن تسعة من المسلحين سقطوا
    قتلى" -- news of a front tells the advance first and its toll later. Only for a frame past the lead
    whose sentence counts a named group among the dead, names no force or group but the dead and the
    advancing side, and is not background; the side must not be one of the dead."""
    side = _lead_advance(ctx)
    if side is None:
        return None  # most articles: no front report
    s = ctx.sentences[f.si]
    words = s.words
    if _has(words, f.lo, f.hi, _BACKGROUND) or _repulse(words, f):
        return None
    named = ctx.actors_in(f.si, 0, len(words), FORCE_TYPES | {"armed_group"})
    dead = {m.entry.id for m in named if f.lo <= m.i < f.hi and _counted_dead(words, m, f)}
    if not dead and not named and not any(
            militia_word(words[x]) and _counted_dead(words, Mention(None, x, x + 1, 0, 0, ""), f)
            for x in range(f.lo, min(f.hi, len(words)))):
        return None  # the dead named only as "الميليشيات" ("قتلى في صفوف الميليشيات") are the other side too
    if side.entry.id in dead or any(m.entry.id not in dead | {side.entry.id} for m in named):
        return None
    return side


def _principal(ctx: DocContext, si: int, m: Mention) -> Mention:
    """The force a doer backed, when the doer is told as backing right after it: "وكانت وحدات الجيش،
    بإسناد من الطيران، نفذت هجوما"، "القوات العراقية مدعومة بطيران التحالف قصفت" -- the force named right
    before the word of backing carried the attack out, its backer (``support_words``) did not. A backer
    with no force before it ("قصف بدعم من طيران التحالف") stays the doer."""
    s = ctx.sentences[si]
    words = s.words
    glued = m.start > s.token_span(m.i, m.i + 1)[0]
    for p in range(max(0, m.i - 3), m.i):
        if not bare_in(words[p], _SUPPORT):
            continue
        if not (words[m.i - 1] == "من" or p == m.i - 1 or glued):
            return m
        for n in ctx.actors_in(si, 0, p, FORCE_TYPES | {"armed_group"}):
            if n.j == p and n.entry.id != m.entry.id and not _blocked(words, n, 0) and not _is_victim_at(words, n, 0):
                return n
        return m
    return m


def _battle_antecedent(ctx: DocContext, f: Frame) -> Mention | None:
    """The side that advanced in the battle a definite "المعارك"/"الاشتباكات" refers back to: "وأكدت مصادر أن
    قوات اللواء سيطرت على تلة الصفراء بعد معارك مع المسلحين. وأسفرت المعارك عن مصرع 14
    منهم" -- the frame's own word is the definite battle noun, its sentence names no force or group before it,
    and one of the ``battle_back_sentences`` sentences before tells a battle with an advance subject
    (:func:`_advance_subject`; not "اشتباكات بين الطرفين"، not a repelled attack)."""
    words = ctx.sentences[f.si].words
    if _BATTLE_BACK.isdisjoint(words[f.i:f.j]) or ctx.actors_in(f.si, 0, f.i, FORCE_TYPES | {"armed_group"}):
        return None
    for sj in range(f.si - 1, max(-1, f.si - 1 - _BATTLE_BACK_SENTENCES), -1):
        prev = ctx.sentences[sj].words
        if not any(b in _BATTLE_NOUNS for w in prev for b in bare(w)):
            continue
        return _advance_subject(ctx, Frame(sj, 0, 0, 0, len(prev)))
    return None


WAGE = True
"""Switch: the side that wages or leads the battle ("معارك خاضها الجيش"، "يخوض الجيش معارك"، "معارك يقودها الجيش";
``wage_verbs``) is read as an advancing side by :func:`_advance_subject`, for a frame told by its battle noun and
without a toll (on; off only to measure the rule)."""
_WAGE_VERBS = rules.words("roles", "wage_verbs")
ADVANCE_PRESENT = True
"""Switch: the present forms of the advance verbs ("تتقدم قوات الجيش"، "تواصل القوات"; ``advance_present_verbs``, not
"تسيطر", which tells who holds a place) count as advance verbs in :func:`_advance_subject` (on; off only to measure)."""
_ADVANCE_PRESENT = rules.words("roles", "advance_present_verbs")


STOPPED_ADVANCE = True
"""Switch: in :func:`_advance_subject`, an advance told after a word of stopping or hindering (``_STOP_WORDS``:
"لوقف تقدم القوات"، "لعرقلة تقدم الجيش") is the other side's aim, not a side's advance (on; off only to measure)."""
_STOP_WORDS = frozenset({"وقف", "لوقف", "منع", "لمنع", "عرقله", "لعرقله", "اعاقه", "لاعاقه", "ابطاء", "لابطاء",
                         "ايقاف", "لايقاف", "امام", "كبح", "لكبح"})


def _advance_subject(ctx: DocContext, f: Frame) -> Mention | None:
    """The side whose advance the sentence tells, for a battle told without an attack verb: the subject of
    an advance verb ("القوات اليمنية سيطرت على ميناء ... بعد معارك"، "القوات الأمنية واصلت تطهير ...
    وقتلت قناصا"، "قيادة عمليات بغداد تمكنت من قتل 14"، "سيطرت قوات الشرعية على") or the force that
    announces an advance of its own ("أعلن الجيش عن تحرير مواقع عقب معارك"). Not when the sentence tells
    a repelled attack ("تمكنت القوات من صد هجوم": the other side attacked), nor a side counted among the
    dead or written after a blocker ("مع ميليشيات الحوثي")."""
    s = ctx.sentences[f.si]
    words = s.words

    waged = WAGE and bare_in(words[f.i], _BATTLE_NOUNS) and not _has(words, f.lo, f.hi, KILLED | INJURED)
    # (who waged the battle is the doer of a battle told without a toll; a battle with its dead, or a death told in
    # one, is read by the side the dead were on: "خلفت مقتل عشرات من عناصر الحوثيين")

    def advance(v: int) -> bool:  # an advance verb at v, not "تمكنت (القوات) من صد هجوم"
        if STOPPED_ADVANCE and v > 0 and bare_in(words[v - 1], _STOP_WORDS):
            return False  # "زرعوا الألغام في محاولة لوقف تقدم كتائب المتطوعين": an advance the other side meant to stop
        return 0 <= v < len(words) and any(b in _ADVANCE_VERBS or waged and b in _WAGE_VERBS or ADVANCE_PRESENT and b in _ADVANCE_PRESENT
                                            for b in bare(words[v])) and not _has(
            words, v + 1, v + 6, _REPEL | _ATTACKER_NOUNS) and not (  # nor "تمكنت الشرطة من قتل المنفذ": it answered
            any(words[y] == "من" and _has(words, y + 1, y + 2, _ARRESTS) for y in range(v + 1, min(len(words) - 1, v + 5))))
        # nor "تمكن الأمن من توقيف المشتبه به": it caught a suspect

    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        clitic = m.start > s.token_span(m.i, m.i + 1)[0]
        if clitic and words[m.i][0] != "و" or _denied(words, m, f.lo) or _blocked(words, m, f.lo) or _is_victim(words, m, f):
            continue
        before = advance(m.j)
        x = m.i
        while x > max(f.lo, m.i - 2) and bare_in(words[x - 1], _CLAIM_SUBJECTS):
            x -= 1  # "استطاعت مدفعيات التحالف استهداف"
        after = not clitic and advance(x - 1) and not _has(words, m.j, m.j + 4, _REPEL)
        own = m.i > 0 and bare_in(words[m.i - 1], _SPEECH_VERBS) and any(
            words[x] == "عن" and x + 1 < len(words) and bare_in(words[x + 1], _ADVANCE_MASDARS)
            for x in range(m.j, min(len(words) - 1, m.j + 4)))
        if not own and m.j < len(words) and bare_in(words[m.j], _SPEECH_VERBS):
            # "وكانت قوات الجيش، أعلنت الجمعة، اقتحام مديرية": the announcer's own advance, past a day word
            dated = _dated(ctx, f.si)
            x = m.j + 1
            x = past_dates(dated, x, len(words))
            x += x < len(words) and words[x] == "عن"
            own = x < len(words) and bare_in(words[x], _ADVANCE_MASDARS)
        if before or after or own:
            return m
    return None


AFTER_BATTLE_DOER = True
"""Switch (pass 46, A/B measurement and its test): the doer of fighting told as what came before a seizure or an
advance ("استعادت قوات الجيش مواقع في المديرية، عقب معارك عنيفة مع الميليشيا"، :data:`~marsad.agent.offline.frames.
AFTER_BATTLES`) is the side that seized or advanced, the subject of the advance verb (``advance_verbs``) or of a verb
of gains (``progress_verbs`` + ``progress_nouns``: "أحرز الجيش تقدما") told before "بعد" in the sentence. The side
told after the battle noun (after "مع"/"ضد", or the subject of "تكبدت خلالها") is the one driven out: with no seizing
side named, that side is no doer (:func:`after_battle_foe`)."""


_TIGHTENED = frozenset({"احكمت", "احكم", "احكموا"})
""""أحكمت قوات الجيش سيطرتها على ...": the side that took the place."""


def told_after_battle(ctx: DocContext, f: Frame) -> bool:
    """True when the frame's word is a battle noun told after "بعد"/"عقب"/"إثر" (``frames.after_battles``), whatever
    this module's switches say (``attacks_events.AFTER_BATTLE_NAMED`` reads it under its own switch)."""
    return bare_in(ctx.sentences[f.si].words[f.i], _BATTLE_NOUNS) and after_battles(ctx.sentences[f.si].words, f.i)


def after_battle(ctx: DocContext, f: Frame) -> bool:
    """True when the frame's word is a battle noun told after "بعد"/"عقب"/"إثر" (see :data:`AFTER_BATTLE_DOER`)."""
    return AFTER_BATTLE_DOER and told_after_battle(ctx, f)


def after_battle_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The side that seized or advanced before "بعد <battle noun>" (see :data:`AFTER_BATTLE_DOER`), or None."""
    if not after_battle(ctx, f):
        return None
    words = ctx.sentences[f.si].words
    sides = ctx.actors_in(f.si, 0, f.i - 1, FORCE_TYPES | {"armed_group"})
    for m in sides:
        x = m.i
        while x > 0 and bare_in(words[x - 1], _CLAIM_SUBJECTS):
            x -= 1  # "استعادت قوات الجيش"، "أحرزت قوات الجيش تقدما"
        if _is_victim(words, m, f) or _denied(words, m, 0):
            continue
        if x > 0 and (bare_in(words[x - 1], _ADVANCE_VERBS) or bare_in(words[x - 1], _TIGHTENED)):
            return m  # the subject right after the verb ("استعادت قوات الجيش السيطرة على"), which _blocked takes for
            # the side a place was won back from ("استعادت القرية من داعش")
        verb = (x > 0 and bare_in(words[x - 1], _PROGRESS_VERBS)) or (m.j < len(words) and bare_in(words[m.j], _PROGRESS_VERBS))
        if verb and _has(words, m.j, min(f.i, m.j + 8), _PROGRESS_NOUNS):
            return m
    m = _advance_subject(ctx, Frame(f.si, f.i, f.j, 0, f.i))
    if m is None and not sides:  # "بعد معارك عنيفة اقتحمت القوات المشتركة المطار": the battle told first
        m = _advance_subject(ctx, Frame(f.si, f.i, f.j, f.j, len(words)))
    return m


def after_battle_foe(ctx: DocContext, f: Frame, m: Mention | None) -> bool:
    """True when ``m`` is told after the battle noun of an after-battle frame in its sentence (the side fought and
    driven out: "بعد معارك مع الميليشيا"، "بعد معارك تكبدت خلالها الميليشيا خسائر"), not the side that waged the
    battle in a relative clause ("بعد معارك خاضها الجيش")."""
    if m is None or not after_battle(ctx, f) or not (m.i > f.i and any(
            x.start == m.start for x in ctx.actors_in(f.si, f.i, len(ctx.sentences[f.si].words), FORCE_TYPES | {"armed_group"}))):
        return False
    words = ctx.sentences[f.si].words
    return not any(bare_in(words[x], _WAGING_VERBS) or words[x] in _AFTER_WAGED for x in range(f.i + 1, m.i))


_AFTER_WAGED = rules.words("roles", "after_battle_waged")
"""Verbs that carry the battle noun's pronoun and name who waged it after them ("بعد معارك خاضها الجيش"، "إثر معارك
نفذها الجيش الوطني"): the side after them is no foe."""
