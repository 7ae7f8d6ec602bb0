"""Claims of responsibility: the group a sentence says claimed an attack ("تبنى"، "أعلن ... مسؤوليته"),
with a verb or a verbal noun, negated claims and denials naming no one, the claim of attacks told elsewhere in the
article, and the claim a later "هذه الجماعة" refers back to. Read for :func:`roles_perpetrator._doer` first.
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare, bare_in, past_dates
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_cues import (
    _ACCUSATION,
    _AFFILIATE,
    _ANAPHORS,
    _ATTACK_NOUNS,
    _BACK_NOUNS,
    _BACKGROUND,
    _CLAIM_NEGATIONS,
    _CLAIM_SUBJECTS,
    _CLAIM_VERBS,
    _DENIALS,
    _SPEECH_VERBS,
    _THAT,
    _UNCLAIMED_VERBS,
    _dated,
    _has,
)
from marsad.agent.offline.scope import clitic_surfaces
from marsad.agent.offline.vocab import REL_PRONOUNS

_ADOPT_VERBS = rules.words("roles", "adopt_verbs")
"""Verbs that claim by themselves ("تبنت الجماعة الهجوم"); "أعلن" needs "مسؤولية" after the claimant."""
_CLAIM_NOUNS = rules.words("roles", "claim_nouns")
_DEMONSTRATIVES = rules.words("roles", "demonstratives")
_FROM_AFAR = rules.phrases("roles", "unclaimed_types")
"""Attack types an article's claim does not reach: strikes from the air or afar are told with their own doer."""
_CLAIMS_AFTER = rules.words("roles", "claims_after")
_CLAIM_SURFACES = clitic_surfaces(_CLAIM_VERBS)
"""Tokens with a claim verb among their :func:`bare` forms."""
_CLAIM_MASDARS = rules.words("roles", "claim_masdars")
"""Verbal nouns of a claim after their claimant ("وسارع تنظيم داعش إلى إعلان مسؤوليته عن الهجوم")."""
_CLAIM_MASDAR_SURFACES = clitic_surfaces(_CLAIM_MASDARS)


def _claims(words: list[str], m: Mention) -> bool:
    """True for a claim of responsibility: "أعلن تنظيم X مسؤوليته"، "تبنت الجماعة الهجوم"."""
    before = [b for w in words[max(0, m.i - 2):m.i] for b in bare(w)]
    after = [b for w in words[m.j:m.j + 3] for b in bare(w)]
    return not _CLAIM_VERBS.isdisjoint(before) and not _CLAIMS_AFTER.isdisjoint(after) or (
        not _ADOPT_VERBS.isdisjoint(before))


def _claim_at(ctx: DocContext, si: int, known: Mention | None = None) -> Mention | None:
    """The group a sentence says claimed an attack (:func:`_claim_in`), else None."""
    found = _claim_in(ctx, si, known)
    return found[0] if found else None


def _claim_in(ctx: DocContext, si: int, known: Mention | None = None) -> tuple[Mention, bool] | None:
    """(group, of attacks told elsewhere?) for a sentence that says a group claimed an attack: the first
    force or group at most four words after a claim verb ("أعلنت جماعة مرتبطة بتنظيم القاعدة في النيجر
    مسؤوليتها"، "تبنت حركة الشباب"), with "مسؤولية" after it for "أعلن"; "هذه الجماعة تبنت" names
    ``known`` (the group claimed before). The claim is of attacks told elsewhere when what it claims is
    written definite ("مسؤولية الهجمات"، "عن الهجومين"، "هذا الهجوم"), not an incident told in the claim
    itself ("مسؤوليته عن تفجير سيارة"). A negated claim ("لم تعلن أي جهة مسؤوليتها") and a
    denial name no one."""
    s = ctx.sentences[si]
    words = s.words
    if _CLAIM_SURFACES.isdisjoint(words):
        return _masdar_claim(ctx, si) or _motive_claim(ctx, si)  # most sentences: no claim verb at all (one set test)
    groups = ctx.actors_in(si, 0, len(words), FORCE_TYPES | {"armed_group"})
    for c, w in enumerate(words):
        if w not in _CLAIM_SURFACES:
            continue
        forms = bare(w)
        if _CLAIM_VERBS.isdisjoint(forms):
            continue
        if _has(words, c - 2, c, _CLAIM_NEGATIONS | _DENIALS):
            continue
        adopt = not _ADOPT_VERBS.isdisjoint(forms)
        after = [m for m in groups if c < m.i <= c + 4]
        if after:
            m = after[0]
            if CLAIM_SHARE and _share_claimed(words, m.j):
                continue  # "وتبنى التنظيم غالبية هذه الهجمات": a share of a set of attacks, of no one incident
            if adopt or _has(words, m.j, m.j + 8, _CLAIM_NOUNS):
                definite = _definite_object(words, m.j) or adopt and _relative_object(words, c)
                if _has(words, c + 1, m.i + 1, _AFFILIATE):
                    aff = _affiliate(ctx, m)  # "أعلنت جماعة تابعة لتنظيم القاعدة مسؤوليتها"
                    m = Mention(aff.entry, m.i, m.j, m.start, m.end, m.surface) if aff else m
                return m, definite
            continue
        if CLAIM_BEFORE_VERB:
            m = _claimant_before(words, groups, c)
            if m is not None and (adopt or _has(words, c + 1, c + 8, _CLAIM_NOUNS)) and not (
                    CLAIM_SHARE and _share_claimed(words, c + 1)) and not _over_a_span(words, c):
                return m, _definite_object(words, c + 1) or adopt and _relative_object(words, c)
        if known is not None and (_has(words, c - 3, c, _ANAPHORS) or _has(words, c + 1, c + 3, _ANAPHORS)) and (
                adopt or _has(words, c + 1, c + 8, _CLAIM_NOUNS)):
            return known, False  # "وكانت هذه المجموعة تبنت هجوما"
    return _motive_claim(ctx, si)


CLAIM_BEFORE_VERB = True
"""Switch for :func:`_claimant_before` (on; off only to measure the rule)."""
_PAST_PARTICLES = frozenset({"قد", "فقد", "وقد"})


def _claimant_before(words: list[str], groups: list[Mention], c: int) -> Mention | None:
    """The group told as the subject before the claim verb at ``c`` ("وكان تنظيم داعش قد أعلن مسؤوليته"، "لكن
    حركة الشباب تبنت الهجوم"): a group ending right before the verb or before "قد" there, and no negation,
    denial or accusation from three words before it up to the verb ("اتهم الجيش الحركة"، "نفت الجماعة أنها
    أعلنت"). A relative clause after the group ("الحركة التي أعلنت") is not this: a word stands between."""
    for m in reversed(groups):
        if m.j > c:
            continue
        if m.j < c - 1 or m.j == c - 1 and words[c - 1] not in _PAST_PARTICLES:
            return None
        if _has(words, m.i - 3, c, _CLAIM_NEGATIONS | _DENIALS | _ACCUSATION):
            return None
        return m
    return None


_SPAN_WORDS = frozenset({"خلال", "طيلة", "طوال", "منذ"})
_PLURAL_TIMES = rules.words("roles", "claim_span_times")


def _over_a_span(words: list[str], c: int) -> bool:
    """True for claims told over a span of months or years ("أعلن التنظيم خلال الأشهر الماضية مسؤوليته عن
    تفجيرات"): a word of span then a plural of time within four words after the claim verb -- a summary of
    many claims, of no one incident."""
    return any(words[x] in _SPAN_WORDS and bare_in(words[x + 1], _PLURAL_TIMES)
               for x in range(c + 1, min(len(words) - 1, c + 5)))


CLAIM_THEN = True
"""Switch for :func:`_then_apart` (on; off only to measure the rule)."""
_THEN_WORDS = rules.words("roles", "claim_then_words")
""""حينها"، "آنذاك"، "وقتها": a claim told with one is of a past incident the text has just recalled."""
_THEN_SPAN = 4


def _then_verb(words: list[str], m: Mention) -> int | None:
    """The claim verb's token for a claim told as made at the time of a past incident: a claim verb at most four
    words before the claimant and a word of "at that time" between it and three words past the claimant ("وتبنت
    الهجوم حينها حركة طالبان"، "تبنته الجماعة آنذاك"); else None."""
    for c in range(m.i - 1, max(-1, m.i - 1 - _THEN_SPAN), -1):
        if not _CLAIM_VERBS.isdisjoint(bare(words[c])):
            return c if _has(words, c + 1, min(len(words), m.j + 3), _THEN_WORDS) else None
    return None


def _then_apart(ctx: DocContext, f: Frame, m: Mention) -> bool:
    """True when the claim ``m`` of ``f``'s sentence is told "at that time" (:func:`_then_verb`) and another
    event of the sentence stands between ``f`` and the claim verb: the claim is of that past incident, the one
    told right before it ("قتل تسعة في هجوم اليوم، وسبق لشقيقه أن قتل في تفجير عام 2013، وتبنته حينها
    الحركة"), not of the news the sentence opens with."""
    from marsad.agent.offline.frames import find_frames  # frames do not read roles: no cycle, only at call time

    if not CLAIM_THEN or not _told_in(ctx, f.si, m):
        return False
    c = _then_verb(ctx.sentences[f.si].words, m)
    return c is not None and f.i < c and any(f.i < g.i < c for g in find_frames(ctx, f.si))


def _then_far(ctx: DocContext, f: Frame, claim_si: int, m: Mention) -> bool:
    """True when the claim ``m`` of sentence ``claim_si`` is told "at that time" (:func:`_then_verb`) and ``f``
    is not told in the sentence right before it: such a claim is of the past incident just recalled, not of the
    article's other incidents."""
    return CLAIM_THEN and _told_in(ctx, claim_si, m) and f.si != claim_si - 1 \
        and _then_verb(ctx.sentences[claim_si].words, m) is not None


def _told_in(ctx: DocContext, si: int, m: Mention) -> bool:
    """Whether the claimant ``m`` is a mention of sentence ``si`` itself: a claim told by a back reference ("هذه
    الجماعة تبنت") gives the group named in an earlier sentence, whose word positions are not this sentence's."""
    sentence = ctx.sentences[si]
    return m.i >= 0 and sentence.start <= m.start < sentence.end


CLAIM_SHARE = True
"""Switch: a claim of a share of a set of attacks ("وتبنى تنظيم الدولة غالبية هذه الهجمات"، "أعلن التنظيم
مسؤوليته عن معظم التفجيرات") claims no one incident: it gives no doer to the article's incidents
(:func:`_share_claimed`)."""
_SHARE_WORDS = rules.words("roles", "claim_share_words")


def _share_claimed(words: list[str], x: int) -> bool:
    """True when a word of share ("غالبية"، "معظم"، "أغلب"، "بعض") stands before the first attack word within
    eight words after the claimant ending at token ``x`` ("غالبية هذه الهجمات"، "مسؤوليته عن معظم التفجيرات")."""
    for y in range(x, min(len(words), x + 8)):
        forms = bare(words[y])
        if not _SHARE_WORDS.isdisjoint(forms):
            return True
        if any(b in _ATTACK_NOUNS or b in _BACK_NOUNS for b in forms):
            return False
    return False


MOTIVE_CLAIM = True
"""Switch for :func:`_motive_claim` (on; off only to measure the rule)."""
_MOTIVES = rules.words("roles", "retaliation_words")
_MOTIVE_SURFACES = clitic_surfaces(_MOTIVES)
_MOTIVE_SPAN = 20


def _motive_claim(ctx: DocContext, si: int) -> tuple[Mention, bool] | None:
    """(group, True) for a group that says why it struck: "قال الحزب في بيان إن الهجوم الذي استهدف الثكنة جاء ردا على
    الغارات"، "أكد متمردو الحزب أن التفجير جاء انتقاما لمقتل ..." -- the doer explains its own act, which claims it.
    An armed group right after a speech verb (past one subject noun: "متمردو"), "أن"/"إن" at most four words on, a
    definite attack noun right after it (the incident told elsewhere) and a word of retaliation (``retaliation_words``)
    within ``_MOTIVE_SPAN`` words; not a negated or denied one ("إن الهجوم لم يكن ردا")."""
    if not MOTIVE_CLAIM:
        return None
    words = ctx.sentences[si].words
    if _MOTIVE_SURFACES.isdisjoint(words):
        return None  # most sentences: no word of retaliation (asked of every sentence: one set test)
    for m in ctx.actors_in(si, 0, len(words), {"armed_group"}):
        x = m.i - 1 if m.i > 0 and bare_in(words[m.i - 1], _CLAIM_SUBJECTS) else m.i
        if x == 0 or not bare_in(words[x - 1], _SPEECH_VERBS):
            continue
        that = next((p for p in range(m.j, min(len(words), m.j + 5)) if words[p] in _THAT), None)
        if that is None or that + 1 >= len(words):
            continue
        noun = bare(words[that + 1])
        if _BACK_NOUNS.isdisjoint(noun):
            continue
        end = min(len(words), that + 2 + _MOTIVE_SPAN)
        if _has(words, that + 1, end, _CLAIM_NEGATIONS | _DENIALS):
            continue
        if _has(words, that + 2, end, _MOTIVES):
            return m, True
    return None


def _affiliate(ctx: DocContext, parent: Mention) -> Mention | None:
    """The one armed group the article names whose registry affiliation is ``parent`` ("جماعة نصرة الإسلام
    والمسلمين" for "جماعة تابعة لتنظيم القاعدة"); None when it names none or several."""
    names = {n.lower() for n in (parent.entry.name_en, *parent.entry.en) if n}
    found: dict[str, Mention] = {}
    for ms in ctx.mentions:
        for m in ms:
            if m.kind == "actors" and m.entry.get("type") == "armed_group" and str(
                    m.entry.get("affiliation") or "").lower() in names:
                found.setdefault(m.entry.id, m)
    return next(iter(found.values())) if len(found) == 1 else None


def _masdar_claim(ctx: DocContext, si: int) -> tuple[Mention, bool] | None:
    """(group, of attacks told elsewhere?) for a claim told with a verbal noun after its claimant: "وسارع
    تنظيم داعش، عقب ساعات، إلى إعلان مسؤوليته عن الهجوم" -- a group at most six words before "إعلان"/"تبني"
    and "مسؤولية" right after it; not a negated or denied one ("نفى التنظيم إعلان مسؤوليته"). Or the claimant
    annexed to the verbal noun, "مسؤولية" right after it: "غداة خطف جنديين وإعلان الحركة
    مسؤوليتها عن خطفهما" (not "عدم إعلان"، "نفى إعلان"، "اتهام")."""
    words = ctx.sentences[si].words
    if _CLAIM_MASDAR_SURFACES.isdisjoint(words):
        return None  # most sentences: no "إعلان"/"تبني" at all (one set test)
    for c, w in enumerate(words):
        if not bare_in(w, _CLAIM_MASDARS) or not _has(words, c + 1, c + 3, _CLAIM_NOUNS):
            continue
        before = [m for m in ctx.actors_in(si, max(0, c - 6), c, FORCE_TYPES | {"armed_group"})]
        if before and not _has(words, before[-1].i - 3, c, _CLAIM_NEGATIONS | _DENIALS | _ACCUSATION):
            m = before[-1]
            return m, _definite_object(words, c + 1)
    for c, w in enumerate(words):
        if not bare_in(w, _CLAIM_MASDARS) or _has(words, c - 3, c, _CLAIM_NEGATIONS | _DENIALS | _ACCUSATION):
            continue
        after = [m for m in ctx.actors_in(si, c + 1, min(len(words), c + 6), FORCE_TYPES | {"armed_group"}) if m.i == c + 1]
        if after and _has(words, after[0].j, after[0].j + 2, _CLAIM_NOUNS):
            return after[0], _definite_object(words, after[0].j)  # "وإعلان الحزب مسؤوليته عن قتلهما"
    return None


CLAIM_BACK_NOUNS = True
"""Switch: the definite nouns that refer back to an incident (``back_reference_nouns``: "التفجير"، "الانفجار"،
"العملية"، "الحادث"، "الكمين") are claimed objects told elsewhere too, not only "الهجوم"/"الغارات" (on; off only
to measure the rule)."""


_RELATIVES = rules.words("roles", "relative_words")  # "الذي"، "التي" ... (as roles_targets reads them)
_OBJECT_PRONOUNS = ("ه", "ها")


def _relative_object(words: list[str], c: int) -> bool:
    """True for a claim verb with the object pronoun in a relative clause after a noun that refers back
    ("التفجير الذي تبناه التنظيم"، "الهجوم الإرهابي الذي تبنته الجماعة"): the claimed attack is the one already
    told (``back_reference_nouns``, at most one adjective between it and the relative pronoun)."""
    if not CLAIM_BACK_NOUNS or not words[c].endswith(_OBJECT_PRONOUNS) or c < 2 or words[c - 1] not in _RELATIVES:
        return False
    return any(b in _BACK_NOUNS for w in words[max(0, c - 4):c - 1] for b in bare(w))


def _definite_object(words: list[str], x: int) -> bool:
    """True when the first attack word after a claimant (within eight words) is written definite or after
    a demonstrative ("مسؤولية الهجمات"، "عن الهجومين"، "هذا الهجوم"، "تبنى التنظيم التفجير"), not "عن تفجير
    سيارة"."""
    for y in range(x, min(len(words), x + 8)):
        forms = bare(words[y])
        if CLAIM_BACK_NOUNS and not _BACK_NOUNS.isdisjoint(forms):
            return True
        if not _ATTACK_NOUNS.isdisjoint(forms):
            return words[y - 1] in _DEMONSTRATIVES or any(b.startswith("ال") for b in forms)
        if POSSESSED_DEFINITE and _possessed_attack_noun(words[y]):
            return True  # "تبنى التنظيم عمليته"، "هجومهم": an attack noun with its owner's pronoun is definite
    return False


POSSESSED_DEFINITE = True
"""Switch (pass 64; on, off only to measure it): an attack noun with a possessive pronoun ("عمليته"، "هجومهم"،
"تفجيرها") is definite, as "الهجوم" is: a claim of it ("بتنظيم داعش الذي تبنى عمليته") is of the attack the article
tells, not one told in the claim itself."""
_POSSESSIVES = ("هما", "هم", "ها", "ه")


def _possessed_attack_noun(w: str) -> bool:
    """True when ``w`` is an attack noun (``_ATTACK_NOUNS``, or a noun referring back, ``_BACK_NOUNS``) with a
    possessive pronoun glued to it."""
    for suffix in _POSSESSIVES:
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[:-len(suffix)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # "عمليته" -> "عمليه"
            return stem in _ATTACK_NOUNS or bool({stem, "ال" + stem} & _BACK_NOUNS)  # ("العمليه" is a back noun)
    return False


def _article_claim(ctx: DocContext, f: Frame) -> Mention | None:
    """The one group the article says claimed the attacks it tells, for an incident its own sentence tells
    without a doer ("وتبنت حركة الشباب مسؤولية الهجمات" after the blasts are told). Not for an incident told
    as background ("منذ هجوم 14 أكتوبر"), for strikes from the air or afar, for a sentence that names a group
    the rules did not read as the doer, nor when the article names two claimants or only claims of incidents
    told in the claim itself ("... مسؤوليته عن تفجير سيارة")."""
    words = ctx.sentences[f.si].words
    if _has(words, f.lo, f.hi, _BACKGROUND) or set(f.types) & _FROM_AFAR:
        return None
    if CLAIM_SAME_YEAR and _other_year(ctx, f.si):
        return None  # "في انفجارات بالي عام 2002": an incident of another year is not the one the article's claim is of
    other = OTHER_INCIDENT and _has(words, f.j, f.j + 2, _OTHER_INCIDENT)
    # "بعد أيام من هجوم آخر استهدف ...": another incident than the one claimed (but see CONTRAST_CLAIM)
    if UNKNOWN_NATURE and any(_nature_unknown(ctx, si) for si in range(f.si, min(len(ctx.sentences), f.si + 3))):
        return None  # "لم يتبين للمحققين ما إذا كانت الوفاة عملا إرهابيا": not known to be the claimant's attack
    if ctx.actors_in(f.si, 0, len(words), {"armed_group"}):
        return None
    found: dict[str, Mention] = {}
    told_elsewhere = False
    for si, claim in enumerate(_claims_of(ctx)):
        if CLAIM_BACK_NOUNS and claim is not None and _unclaimed_between(ctx, f.si, si):
            continue  # "ولم تتبن أي جهة الهجوم" after the frame: the claim told later is of another
        if NEW_INCIDENT and claim is not None and claim[1] and _another_incident(ctx, f, si, claim[0]):
            continue  # "وكان انفجار آخر ... وأعلن التنظيم مسؤوليته عن ذلك الهجوم": the claim is of the nearer one
        if TARGETED_CLAIM and claim is not None and si != f.si and _target_elsewhere(ctx, f, si, claim[0]):
            continue  # "أعلنت الجبهة مسؤوليتها عن الهجوم على القنصلية": not of a roadside bomb told apart
        contrast = claim is not None and si != f.si and _unclaimed_first(ctx.sentences[si].words, claim[0])
        if contrast and not _has(words, f.i + 1, f.j + 2, _OTHER_INCIDENT):
            continue  # "لم تتبن أي جهة هجوم الأحد، لكن الجماعة تبنت الهجومين السابقين": not the news
        if other and not contrast:
            continue
        if claim is not None and si != f.si and _then_far(ctx, f, si, claim[0]):
            continue  # "وتبنته حينها الحركة": the claim of a past incident recalled just before it
        if si != f.si and claim is not None:
            found.setdefault(claim[0].entry.id, claim[0])
            told_elsewhere = told_elsewhere or claim[1]
    return next(iter(found.values())) if len(found) == 1 and told_elsewhere else None


CLAIM_SAME_YEAR = True
"""Switch (pass 64; on, off only to measure it): a claim the article tells of its news (:func:`_article_claim`) is not
carried to an incident whose sentence dates it to another year than the article's ("وفي عام 2009 قتل 40 شخصا في
انفجار مماثل" in a 2018 article): the claim is of this year's attack, the recalled one had its own doer."""


def _other_year(ctx: DocContext, si: int) -> bool:
    """True when sentence ``si`` holds a date resolved to a year other than the article's publication year."""
    year = str(ctx.published.year) if ctx.published else None
    return year is not None and any(d.resolved.iso and not d.resolved.iso.startswith(year) for d in ctx.dates[si])


CONTRAST_CLAIM = True
"""Switch for :func:`_unclaimed_first` (on; off only to measure the rule)."""


def _unclaimed_first(words: list[str], m: Mention) -> bool:
    """True when the claim of ``m`` follows, in its own sentence, a saying that no one claimed an incident ("لم
    تعلن أي جماعة بعد مسؤوليتها عن تفجير الأحد، غير أن التنظيم تبنى هجومين سابقين"): the claim is of
    other, earlier incidents, so it reaches only incidents told as another ("وتفجير آخر أودى بحياة 12"), not the
    article's news nor an incident told only after "عقب"/"بعد" (often the news's own retelling)."""
    return CONTRAST_CLAIM and m.i > 0 and any(
        words[x] in _CLAIM_NEGATIONS and any(b in _CLAIM_VERBS | _UNCLAIMED_VERBS for b in bare(words[x + 1]))
        for x in range(0, m.i - 1))


UNKNOWN_NATURE = True
"""Switch (on; off only to measure it): an incident the text says is not yet known to be an attack, or whose
motive or circumstances are not known (:func:`_nature_unknown`, in its sentence or the two after it), takes no
claim the article tells of another attack."""
_UNKNOWN_VERBS = rules.words("roles", "unknown_doer_verbs")
_NATURE_WORDS = rules.words("roles", "unknown_nature_words")


def _nature_unknown(ctx: DocContext, si: int) -> bool:
    """True for a sentence saying that what happened is not known: a negation, a verb of becoming known, then
    within five words "ما إذا" or a word of motive or circumstances ("لم تعرف دوافع الحادث"، "لم تتضح ملابساته")."""
    words = ctx.sentences[si].words
    for x, w in enumerate(words[:-1]):
        if w in _CLAIM_NEGATIONS and bare_in(words[x + 1], _UNKNOWN_VERBS):
            after = words[x + 2:x + 7]
            if any(a == "ما" and b in {"اذا", "إذا"} for a, b in zip(after, after[1:], strict=False)) or any(
                    bare_in(a, _NATURE_WORDS) for a in after):
                return True
    return False


TARGETED_CLAIM = True
"""Switch for :func:`_target_elsewhere` (on; off only to measure the rule)."""
_AIMED_AT = frozenset({"علي", "ضد"})
_CLAIM_OBJECT_SPAN = 8


def _stem(word: str) -> str:
    """A word without its clitics and article, for comparing the heads of two noun phrases ("للقنصليه" -> "قنصليه")."""
    b = bare(word)[-1]
    return b[2:] if b.startswith("ال") and len(b) > 4 else b


def _target_elsewhere(ctx: DocContext, f: Frame, claim_si: int, claimant: Mention) -> bool:
    """True when a claim names its incident by what was hit ("أعلنت الجبهة مسؤوليتها عن الهجوم على القنصلية"،
    "تبنى التنظيم التفجير الذي استهدف الحافلة") and the frame's sentence never names that: the claim is of the
    incident on that target, not of every incident the article tells (a roadside bomb, another raid) -- when another
    sentence tells the incident on that target (else the frame may be a retelling that leaves the target out). The
    target's head is the first word after "على"/"ضد" or after the relative's aim verb (past a day), right after the
    first incident noun within eight words past the claimant."""
    words = ctx.sentences[claim_si].words
    dated = _dated(ctx, claim_si)
    head = None
    for y in range(claimant.j, min(len(words) - 2, claimant.j + _CLAIM_OBJECT_SPAN)):
        if not any(b in _BACK_NOUNS or b in _ATTACK_NOUNS for b in bare(words[y])):
            continue
        h = y + 2 if words[y + 1] in _AIMED_AT else y + 3 if words[y + 1] in REL_PRONOUNS and bare(
            words[y + 2])[-1].startswith("استهدف") else None
        if h is not None:
            h = past_dates(dated, h, len(words))  # "الهجوم الذي ضرب الخميس الماضي موكبا": past the day
        head = words[h] if h is not None and h < len(words) else None
        break
    if head is None or not head.isalpha() or len(_stem(head)) < 3:
        return False
    stem = _stem(head)

    def names(si: int) -> bool:
        return any(_stem(w) == stem for w in ctx.sentences[si].words)

    # only when another sentence tells the incident on that target: then the claim has its own incident to go to
    return not names(f.si) and any(names(k) for k in range(len(ctx.sentences)) if k not in (claim_si, f.si))


OTHER_INCIDENT = True
"""Switch: an incident told as "another" or "a similar" one ("هجوم آخر"، "تفجير مماثل": ``other_incident_marks``
right after its trigger) is not the one the article's claim is of, so it does not take the claimant (on; off only
to measure the rule)."""
_OTHER_INCIDENT = rules.words("roles", "other_incident_marks")


NEW_INCIDENT = True
"""Switch for :func:`_another_incident` (on; off only to measure the rule)."""
_INCIDENT_STEMS = frozenset({"هجوم", "انفجار", "تفجير", "اعتداء", "غاره", "هجمه", "كمين", "عمليه"})
"""Nouns of one incident; written indefinite ("إن انفجارا وقع"، "بانفجار عبوة") they tell an incident as new."""
_PLURAL_ENDS = ("ات", "ين", "ان")


def _told_new(words: list[str], i: int) -> bool:
    """True when the word at ``i`` is an incident noun written indefinite ("انفجارا"، "بانفجار عبوة"، "وهجوم"), not
    annexed to a definite noun, not after a demonstrative: the text introduces an incident there, it does not refer back to one told before."""
    if i >= len(words) or i > 0 and words[i - 1] in _DEMONSTRATIVES:
        return False
    forms = bare(words[i])
    if any(b.startswith("ال") for b in forms) or i + 1 < len(words) and words[i + 1].startswith("ال"):
        return False  # "الانفجار"، "انفجار السيارة": definite, by the article or by the noun it is annexed to
    return any(b in _INCIDENT_STEMS or b.endswith("ا") and b[:-1] in _INCIDENT_STEMS for b in forms)


def _claimed_singular(words: list[str], x: int) -> bool:
    """True when the first incident noun within eight words after ``x`` (the claimant's end) is singular
    ("عن الهجوم"، "عن ذلك التفجير"), not dual or plural ("عن الهجمات"، "التفجيرين")."""
    for y in range(x, min(len(words), x + 8)):
        forms = bare(words[y])
        if any(b in _BACK_NOUNS or b in _ATTACK_NOUNS for b in forms):
            return not any(b.endswith(_PLURAL_ENDS) for b in forms)
    return False


def _new_incidents(ctx: DocContext) -> list[bool]:
    """For each sentence, whether one of its event frames is opened by an incident told as new (:func:`_told_new`)."""
    from marsad.agent.offline.frames import find_frames  # frames do not read roles: no cycle, only at call time

    def read() -> list[bool]:
        return [any(_told_new(s.words, g.i) for g in find_frames(ctx, si)) for si, s in enumerate(ctx.sentences)]

    return ctx.once("roles.new_incidents", read)


def _another_incident(ctx: DocContext, f: Frame, claim_si: int, claimant: Mention) -> bool:
    """True when a claim of an incident told elsewhere ("أعلن التنظيم مسؤوليته عن ذلك الهجوم") is not of ``f``'s
    incident: a claim told this way refers back to an incident already told, so not to one the text introduces
    as new after it ("ومن جهته، قال مسؤول إن انفجارا وقع قرب مدرسة" after the claim); and when it claims one
    incident (a singular noun), not to one told before another new incident that stands between the two ("قتل
    ثمانية في انفجار اليوم. وكان انفجار آخر أمس قتل عشرين. وأعلن التنظيم مسؤوليته عن ذلك الهجوم")."""
    words = ctx.sentences[f.si].words
    if f.si > claim_si:  # (one marked as another, "هجوم آخر", is left to ``OTHER_INCIDENT``)
        return _told_new(words, f.i) and not _has(words, f.j, f.j + 2, _OTHER_INCIDENT)
    if f.si < claim_si - 1 and _claimed_singular(ctx.sentences[claim_si].words, claimant.j):
        return any(_new_incidents(ctx)[f.si + 1:claim_si]) or DATED_APART and any(
            _dated_apart(ctx, f.si, k) for k in range(f.si + 1, claim_si))
    return False


DATED_APART = True
"""Switch: an incident told with a date of its own that differs from the frame's ("فجر انتحاري نفسه اليوم الخميس ...
ففي آذار الماضي فجر انتحاري نفسه ... وأعلن التنظيم مسؤوليته عن ذلك الهجوم") stands between the frame and a claim
of one incident: the claim is of that nearer, earlier incident (:func:`_another_incident`)."""


def _dated_apart(ctx: DocContext, a: int, k: int) -> bool:
    """True when sentence ``k`` tells an incident (an event frame) on a date that none of sentence ``a``'s dates
    agrees with (a day within a month agrees with it); False when either tells no date. A sentence ``a`` with no
    date of its own tells of the incident dated last before it ("وقال متحدث إن الهجوم وقع عند نهاية الدوام")."""
    from marsad.agent.offline.frames import find_frames  # frames do not read roles: no cycle, only at call time

    mine: set[str] = set()
    for x in range(a, -1, -1):
        mine = {h.resolved.iso for h in ctx.dates[x] if h.resolved.iso}
        if mine:
            break
    theirs = {h.resolved.iso for h in ctx.dates[k] if h.resolved.iso}
    if not mine or not theirs or any(x.startswith(y) or y.startswith(x) for x in mine for y in theirs):
        return False
    return bool(find_frames(ctx, k))


def _unclaimed_between(ctx: DocContext, a: int, b: int) -> bool:
    """True when a sentence from ``a`` up to (not including) ``b`` says no one claimed an attack ("ولم تعلن أي جهة
    مسؤوليتها"): the incident told at ``a`` is the one not claimed, and the claim at ``b`` is of another."""
    for si in range(min(a, b), max(a, b)):
        words = ctx.sentences[si].words
        if any(w in _CLAIM_NEGATIONS and any(x in _CLAIM_VERBS | _UNCLAIMED_VERBS for x in bare(words[k + 1]))
               for k, w in enumerate(words[:-1])):
            return True
    return False


def _claims_of(ctx: DocContext) -> list[tuple[Mention, bool] | None]:
    """The claim each sentence makes (:func:`_claim_in`, no back-reference), read once per document."""
    return ctx.once("roles.claims", lambda: [_claim_in(ctx, si) for si in range(len(ctx.sentences))])


def _prior_claim(ctx: DocContext, si: int) -> Mention | None:
    """The group claimed in the nearest sentence before ``si`` (what "هذه الجماعة" refers to)."""
    claims = _claims_of(ctx)
    for x in range(si - 1, -1, -1):
        if claims[x] is not None:
            return claims[x][0]
    return None
