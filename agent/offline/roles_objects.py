"""What an attack was aimed at as written: the noun phrase after an attack verb or "هجوم على" up to a
preposition (:func:`_object_span`), past the doer told before or after the verb, a relative clause with its
doer, and the means written with "ب"; and a place of the kind attacks aim at (:func:`_site`).
"""

from __future__ import annotations

from marsad.agent.dates import DAY_PARTS, DEMONSTRATIVE_TIME_NOUNS
from marsad.agent.numbers import read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties import INJURED, KILLED
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare, bare_in, past_dates
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_annexed import past_cut
from marsad.agent.offline.roles_cues import (
    _AIR_MODIFIERS,
    _AMBUSH,
    _ATTACK_NOUNS,
    _ATTACK_SUBJECTS,
    _BLAST_VERBS,
    _CLAIM_SUBJECTS,
    _MANNER,
    _MASDARS,
    _MEANS,
    _NISBA,
    _NOT_OBJECT_HEADS,
    _OBJECT_SKIP,
    _OBJECT_STOPS,
    _OBJECT_VERBS,
    _PRONOUN_CUES,
    _PRONOUN_VERBS,
    _SITE_NOUNS,
    _SITE_PREPOSITIONS,
    _dated,
    dawn_at,
)
from marsad.agent.offline.vocab import REL_PRONOUNS
from marsad.core.arabic import normalize

_OBJECT_PREP_AFTER = rules.words("roles", "object_prepositions_after")
"""Attack nouns whose target follows "على" ("هجوم على مسجد"، "غارات على مواقع")."""
OBJECT_PLACE_CUES = rules.words("roles", "object_place_cues")
"""Place nouns an attack's object may open with ("مدينة"، "بلدة"، "قرية" ...); roles_targets reads them too."""
_SUBJECT_NOUNS = rules.words("roles", "subject_nouns")
_BARE_GROUPS = rules.words("roles", "anaphoric_groups")
_APPROXIMATORS = rules.words("roles", "object_count_hedges")
"""Words that hedge a count opening an object ("نحو"، "حوالي"، "قرابة"، "أكثر من"; ``object_count_hedges``): the object
is the counted noun after them (pass 68); "نحو" is no "towards" when a number follows it."""
_MORE_THAN = frozenset(normalize(w) for w in ("أكثر", "أقل"))
_SUBJECT_NOUN_ADJS = rules.words("roles", "subject_noun_adjectives")
_POISON_VICTIMS = rules.words("frames", "poison_victims")
_ATTACK_SUBJECT_LEADS = rules.words("roles", "attack_subject_leads")
_SUBJECT_BEFORE = rules.words("roles", "subject_before_words")
""""أنها قصفت"، "الطائرات التي قصفت": the verb's subject stands before it, its object right after it."""
_RELATIVE_DOER_VERBS = rules.words("roles", "relative_doer_verbs")
""""هجوم شنه مقاتلو المعارضة على أحياء": the attack's doer told in a relative verb before its "على"."""
_DIRECT_VERBS = rules.words("roles", "direct_verbs")
""""وجه ضربات إلى التنظيم" (directed strikes at): "إلى" after the strikes names what they hit, as "على"."""
_ATTACK_SUBJECT_ADJS = rules.words("roles", "attack_subject_adjectives")
"""Words before ("أعنف الهجمات") and adjectives after ("هجوم انتحاري مزدوج") an attack told as the subject."""
_ATTACKER_HEADS = rules.words("roles", "attacker_heads")
"""Words for the attacker ("انتحاري"، "المهاجمين"): never the head of what was hit ("تفجير انتحاري"، "فجرت
انتحاريتان نفسيهما"، "قتلت الشرطة المهاجم") -- attackers, even killed, are not the attack's target."""
_REFLEXIVE = rules.words("roles", "reflexive_words")
""""نفسه"، "نفسيهما": the bomber blowing himself up; a site told after it with a preposition is the target."""
_NEAR = rules.words("roles", "near_words")
""""على مقربة من"، "بالقرب من": what follows their "من" is what a blast was aimed at, when it is no place name."""
_MEANS_COUNTS = rules.words("roles", "means_count_words")
""""بعدة غارات"، "بعدة قذائف": a count of strikes written with "ب" is the means, what follows is what was hit."""
_MEANS_PRONOUNS = rules.words("roles", "means_pronouns")
""""به"، "بها": the pronoun of the shelling or strikes ("قصفا استهدفت به الأحياء"), not what was hit."""
_PARTICIPLES = rules.words("roles", "object_participles")
""""مستهدفا"، "مستهدفة": an active participle told after its clause ("جدد الجيش غاراته مستهدفا حركة X") has its
doer before it, never after it: the name that follows it is what was aimed at, not a subject to step over."""
_MEMBER_NOUNS = rules.words("roles", "member_nouns")
"""Words for members of a force or group ("عناصر"، "مقاتلين"، "أفراد"): alone they name no target, the group
they belong to follows them, with or without "من" (:func:`_member_group`)."""
MEMBER_GROUP = True
"""Switch (on; off only to measure it): a member noun read as the target takes its group along
("عناصر من الميليشيات"، "أفراد الشرطة المحلية"), not the bare noun "عناصر"."""


VERB_ENDS_OBJECT = True
"""Switch (on; off only to measure it): an attack verb joined by "و" ("ودمرت"، "وقصفت") ends the object."""

OBJECT_ADVERBIALS = True
"""Switch (on; off only to measure it): an attribution aside ("وفقا للمصادر،"، "بحسب مصدر،") or "على الأقل"
standing where the object begins is passed over (:func:`_adverbial_end`), not read as what was hit."""
AGAINST_OBJECT = True
"""Switch (on; off only to measure it): "ضد" after an attack noun reads its object as "على" does -- "غارات
ضد مواقع للتنظيم"، "هجوم بالسكاكين ضد مارة"، "ضربات نفذها الطيران ضد أهداف" -- what the attack was aimed at."""

ATTRIBUTION_WORDS = rules.words("roles", "attribution_words")
"""Prepositions that open an attribution ("وفقا للمصادر"، "بحسب المصدر"): the words after them name the source."""
_AT_LEAST = tuple(normalize(w) for w in rules.words("casualties", "at_least"))
""""على الأقل" (at least), as the casualty reader knows it."""
ON_IDIOMS = rules.words("roles", "on_idiom_words")
"""Words after which "على" opens a fixed phrase of time, manner, concession or cause, not an object ("على مدار
الساعة"، "على مدى يومين"، "على الرغم من"، "على طول الطريق"، "على إثر"، "على خلفية"، "على يد"); roles_targets reads
them too."""
_ON_IDIOMS_ENDING = ON_IDIOMS - _NEAR - frozenset(_AT_LEAST)
""":data:`ON_IDIOMS` but "على مقربة من" and "على الأقل", which the object reader passes over to what follows them."""


_SOME_TIME = frozenset({"سابق", "لاحق", "متاخر", "مبكر"})
"""The adjectives of "في وقت ..." told between a verb and its object ("في وقت سابق"، "في وقت متأخر")."""


def _adverbial_end(s, x: int, hi: int) -> int:
    """The token after an adverbial that opens what looks like the object at ``x``, else 0: an attribution aside
    up to its closing clause mark ("قصفت المدفعية، وفقا للمصادر، مواقع" -> "مواقع"; to ``hi`` when no mark closes
    it within five words), "في وقت سابق/لاحق/متأخر", or "على الأقل" / its "الأقل" ("على الأقل على مناطق")."""
    words = s.words
    if bare_in(words[x], ATTRIBUTION_WORDS):
        return next((t for t in range(x + 1, min(hi, x + 6)) if s.tokens[t].clause_start), hi)
    if x + 3 < hi and words[x] == "في" and words[x + 1] == "وقت" and words[x + 2] in _SOME_TIME:
        return x + 3  # "هاجمت في وقت سابق مركزا": when, not what was hit (pass 68)
    if len(_AT_LEAST) == 2:
        first, second = _AT_LEAST
        if words[x] == first and x + 1 < hi and words[x + 1] == second:
            return x + 2
        if words[x] == second and x > 0 and words[x - 1] == first:
            return x + 1
    return 0


LEADER_MEMBERS = True
"""Switch (pass 60; on, off only to measure it): the nouns of a group's leaders and officers (``leader_member_nouns``:
"قادة"، "قيادات"، "ضباط") take their group along as its members do (:func:`_member_group`): "مقتل أحد قادة حركة
الشباب" -> "قادة حركة الشباب", not the bare "قادة"."""
_LEADER_NOUNS = rules.words("roles", "leader_member_nouns")
_MEMBER_ADJECTIVES = rules.words("roles", "member_adjectives")
"""Adjectives of members written between the member noun and "من" + their group (``member_adjectives``: "قيادات
ميدانية من الميليشيات" -> the leaders with their group, pass 68)."""


def _member_group(ctx: DocContext, si: int, x: int, hi: int) -> int:
    """The end of a target read as the member noun at ``x``: past "من" and the group that follows it -- an
    actor mention, or a definite noun with up to two definite adjectives ("عناصر من الميليشيات الانقلابية") --
    else ``x + 1``. Stops at a clause mark, a place, a stop word or a word of killing."""
    s = ctx.sentences[si]
    words = s.words
    if not MEMBER_GROUP or not (bare_in(words[x], _MEMBER_NOUNS) or LEADER_MEMBERS and bare_in(words[x], _LEADER_NOUNS)):
        return x + 1
    y = x + 1
    if y + 1 < hi and bare_in(words[y], _MEMBER_ADJECTIVES) and words[y + 1] == "من":
        y += 1  # "قيادات ميدانية من الميليشيات": an adjective of the members before their group
    if y < hi and words[y] == "من":
        y += 1
    if y >= min(hi, len(words)) or s.tokens[y].clause_start or s.tokens[y].soft_break:
        return x + 1
    actor = [m.j for m in ctx.actors_in(si, y, hi) if m.i == y]
    if actor:
        return max(actor)
    end = y
    while end < min(hi, len(words), y + 3) and words[end].startswith("ال") and words[end] not in _OBJECT_STOPS \
            and not (end > y and (s.tokens[end].clause_start or s.tokens[end].soft_break)) \
            and not any(m.i <= end < m.j for m in ctx.places_in(si, y, hi)) \
            and not any(b in KILLED | INJURED for b in bare(words[end])):
        end += 1
    return end if end > y else x + 1


_DEMONSTRATIVES = rules.words("roles", "demonstratives")
_DEMONSTRATIVE_TIMES = DEMONSTRATIVE_TIME_NOUNS
"""A time a demonstrative may point at before the object ("قصفت الطائرات هذه المرة مواقع"، "مرور هذه السنوات"): not
what was hit (the date reader's list). A date it reads ("هذا الأسبوع") is in the sentence's dated indices."""


_UNIT_NOUNS = frozenset(normalize(w) for w in rules.words("roles", "unit_subject_nouns"))
_OWNED_BY = frozenset(normalize(w) for w in ("التابع", "التابعة", "تابع", "تابعة", "التابعين", "تابعين", "تابعون",
                                              "التابعون"))
_UNIT_REACH = 4
"""The most words from the unit noun to the word "التابع" that ties it to its owner ("اللواء 55 مشاة التابع")."""
_UNIT_OWN = frozenset(normalize(w) for w in rules.words("roles", "unit_own_words"))
"""The indefinite words of the unit itself between its noun and "التابع" ("مجموعة مسلحة تابعة"، "اللواء 55 مشاة");
any other indefinite word there is the object ("هاجمت مجموعة مسلحة نقطة تابعة للجيش": the checkpoint is the army's)."""
_UNIT_MASCULINE = frozenset(normalize(w) for w in ("لواء", "اللواء", "فصيل", "الفصيل", "قناص", "القناص"))
_UNIT_NOUNS_PLURAL = frozenset(normalize(w) for w in ("قناصة", "القناصة"))
"""The unit nouns "التابع" agrees with: masculine singulars take "التابع", the other singulars in "ة" "التابعة";
the plurals either ("القناصة التابعون"، "الوحدات التابعة")."""


def _owned_unit_subject(ctx: DocContext, f: Frame, x: int) -> int | None:
    """The end of a unit subject written with its owner right after a finite verb: a unit noun (``unit_subject_nouns``:
    "كتيبة"، "اللواء"، "قناصة") with at most :data:`_UNIT_REACH` words, then "التابع(ة)" + "ل" + an actor ("قصفت كتيبة
    المدفعية التابعة لميليشيا الحوثي أحياء سكنية" -> past "الحوثي"), its epithets stepped over; None unless an object
    follows (no stop, clause mark or "ب"-word: "استهدفت كتيبة تابعة للجماعة بغارة" keeps the unit as what was hit)."""
    s = ctx.sentences[f.si]
    words = s.words
    if not bare_in(words[x], _UNIT_NOUNS):
        return None
    unit = next(b for b in bare(words[x]) if b in _UNIT_NOUNS)
    feminine = unit.endswith("ه") and unit not in _UNIT_NOUNS_PLURAL
    for t in range(x + 1, min(f.hi - 1, x + 1 + _UNIT_REACH)):
        if s.tokens[t].clause_start or words[t] in _OBJECT_STOPS:
            return None
        if words[t] in _OWNED_BY:
            if unit in _UNIT_MASCULINE and words[t].endswith("ه") or feminine and not words[t].endswith("ه"):
                return None  # "التابع" agrees with its unit: one of another gender ties another noun
            owner = [m.j for m in ctx.actors_in(f.si, t + 1, f.hi) if m.i == t + 1 and words[t + 1][:1] == "ل"]
            if not owner:
                return None
            end = max(owner)
            while end < f.hi and bare_in(words[end], _SUBJECT_EPITHETS):
                end += 1
            if end >= f.hi or s.tokens[end].clause_start or words[end] in _OBJECT_STOPS or words[end][:1] == "ب":
                return None
            return end
        if not (words[t].startswith("ال") or words[t].isdigit() or words[t] in _UNIT_OWN):
            return None  # an indefinite noun after the unit is what it struck ("مجموعة مسلحة نقطة تابعة للجيش")
    return None


def _object_span(ctx: DocContext, f: Frame, start: int, skip_subject: bool) -> tuple[int, int] | None:
    """The noun phrase that starts at ``start`` (after an attack verb or "هجوم على"), up to a preposition,
    a place cue, a date or a clause mark: "استهدفت تجمعات للمتمردين غرب ..." -> "تجمعات للمتمردين"."""
    s = ctx.sentences[f.si]
    words = s.words
    dated = _dated(ctx, f.si)
    x = start
    x = past_dates(dated, x, f.hi)  # "قصفت، السبت، مواقع"
    attack_subject = skip_subject and _past_attack_subject(ctx, f, x)
    if attack_subject:
        x = attack_subject
        while WEAPON_SUBJECT and x < f.hi and not s.tokens[x].clause_start and bare_in(words[x], _MEANS_ADJECTIVES):
            x += 1  # "استهدفت قذائف الهاون مدرسة": the shells' kind is still the subject
    elif skip_subject:
        # the subject between a finite verb and its object: "قصفت مقاتلات التحالف، تعزيزات ..."
        subj = [m for m in ctx.actors_in(f.si, x, f.hi) if m.i == x]
        if subj:
            x = max(m.j for m in subj)
            while SUBJECT_EPITHETS and x < f.hi and bare_in(words[x], _SUBJECT_EPITHETS):
                x += 1  # "قصفت ميليشيات الحوثي الانقلابية منازل": the subject's epithet, not what was hit
        elif x < f.hi and (past := _owned_unit_subject(ctx, f, x)):
            x = past  # "قصفت كتيبة المدفعية التابعة لميليشيا الحوثي أحياء": the unit and its owner, then the object
        elif x < f.hi and _nominative_plural(ctx, f, x):
            while x < f.hi and _nominative_plural(ctx, f, x):
                x += 1  # "اقتحم المستعربون المسلحون حرم الجامعة": a plural in -ون after the verb is its subject
        elif WEAPON_SUBJECT and start > 0 and not bare_in(words[start - 1], _BLAST_VERBS) \
                and (past := _weapon_subject(ctx, f, x)):
            x = past  # "استهدفت ثلاث قذائف هاون مستشفى": the shells that struck, then what they struck
        elif x < f.hi and bare_in(words[x], _SUBJECT_NOUNS):
            x += 1
            while x < f.hi and x - start < 4 and not s.tokens[x].clause_start and not words[x - 1].startswith("ال") \
                    and words[x] in _SUBJECT_NOUN_ADJS:
                x += 1  # "استهدف شخص مجهول دورية": an indefinite noun's own adjective (``subject_noun_adjectives``)
            while x < f.hi and x - start < 4 and words[x] in _AIR_MODIFIERS:
                x += 1  # "قصفت الطائرات الحربية موقعا"، "طائرات حربية": the craft's adjective is still the subject
            if x < f.hi and words[x] in _BARE_GROUPS and not s.tokens[x].clause_start:
                x += 1  # "اختطف مسلحو الجماعة طلابا": the group the gunmen are of is still the subject
            while x < f.hi and x - start < 4 and not s.tokens[x].clause_start and words[x] not in _OBJECT_STOPS \
                    and any(m.i <= x < m.j for m in ctx.actors_in(f.si, f.lo, f.hi)):
                x += 1
        elif past := _subject_before_accusative(ctx, f, x):
            x = past  # "هاجمت الخلية مركزا"، "هاجمت عصابة مسلحة مركزا": the subject, then the object in -ا
        conj = [m.j for m in ctx.actors_in(f.si, x, f.hi) if m.i == x] if x < f.hi and words[x][0] == "و" else []
        if conj:
            x = max(conj)  # "قصف الحوثيون وقوات صالح"
        group = [m.j for m in ctx.actors_in(f.si, x + 1, f.hi) if m.i == x + 1] if x + 1 < f.hi and words[x] == "من" else []
        if group:
            x = max(group)  # "مسلحون من حركة طالبان"
        where = [m.j for m in ctx.places_in(f.si, x + 1, f.hi) if m.i == x + 1] if subj and x + 1 < f.hi \
            and words[x] == "في" else []
        if SUBJECT_PLACE_DIRECTION and subj and not where and x + 2 < f.hi and words[x] == "في" \
                and bare_in(words[x + 1], OBJECT_PLACE_CUES):
            where = [m.j for m in ctx.places_in(f.si, x + 2, f.hi) if m.i == x + 2]  # "في محافظة صعدة"
        if where and max(where) < f.hi and not s.tokens[max(where)].clause_start:
            x = max(where)  # "استهدفت طائرات التحالف في اليمن آليات": the subject's "في اليمن"
            if SUBJECT_PLACE_DIRECTION:
                x = _past_direction(ctx, f, x)
        if SUBJECT_PLACE_BA and subj and not where and x + 1 < f.hi and words[x].startswith("بال"):
            at = [m.j for m in ctx.places_in(f.si, x, f.hi) if m.i == x and m.j < f.hi]
            if at and not s.tokens[max(at)].clause_start:
                x = max(at)  # "استهدفت مقاتلات التحالف باليمن مواقع": the subject's "ب" + place, as its "في اليمن"
        if SUBJECT_SUPPORT and x < f.hi and bare_in(words[x], _SUBJECT_SUPPORT):
            # "هاجمت قوات الجيش مسنودة بقوات التحالف، الاثنين، مواقع": who backed the doer, up to the clause mark
            # or past the force named after it
            mark = next((t for t in range(x + 1, min(f.hi, x + 6)) if s.tokens[t].clause_start), None)
            backers = [m.j for m in ctx.actors_in(f.si, x, min(f.hi, x + 3)) if x <= m.i <= x + 2]
            if mark is not None:
                x = mark
            elif backers:
                x = max(backers)
        if x < f.hi and bare(words[x])[-1] in {"قياده", "تابعه", "التابعه"}:
            # "طائرات التحالف بقيادة المملكة، مخازن": the subject's complement runs to the clause mark
            x = next((t for t in range(x + 1, min(f.hi, x + 5)) if s.tokens[t].clause_start), x)
        x = past_dates(dated, x, f.hi)
    while x < f.hi:
        # "قصفا عشوائيا على"، "خصوصا مواقع"، "أربع غارات لمراكز"، "بقذائف الهاون حي": not what was hit
        weapon = [g.j for g in ctx.glossary[f.si] if g.i == x and g.entry.get("weapon") and words[x][0] == "ب"]
        q = read_quantity(words, x)
        if bare_in(words[x], _OBJECT_SKIP):
            x += 1
        elif weapon:
            x = max(weapon)
            # "بصواريخ الكاتيوشا وقنابل الهاون": the weapon's name and more weapons joined by "و"
            while x < f.hi and (words[x].startswith("ال") and not any(
                    m.i == x for m in ctx.mentions[f.si] if m.kind in {"actors", "places"})
                    or any(g.i == x and words[x][0] == "و" for g in ctx.glossary[f.si])
                    or x in dated):
                x += 1
        elif words[x][0] == "ب" and x + 1 < f.hi and not _ATTACK_SUBJECTS.isdisjoint(bare(words[x])[1:]):
            x += 1  # "استهدف الطيران بغارة جوية تجمعا": the strike is the means, what follows it the object
            while x < f.hi and (words[x] in _ATTACK_SUBJECT_ADJS or x in dated):
                x += 1
        elif words[x][0] == "ب" and x + 1 < f.hi and (past := _strike_means(ctx, f, x)):
            x = past  # "قصفت بعدة قذائف مواقع"، "استهدف بغاراته تجمعات": the means, then the object
            while x < f.hi and (words[x] in _ATTACK_SUBJECT_ADJS or x in dated):
                x += 1
        elif x + 2 < f.hi and bare_in(words[x], _REFLEXIVE) \
                and words[x + 1] in _SITE_PREPOSITIONS:
            x += 2  # "فجر نفسه أمام مركز": the bomber himself, then the site he blew himself up at
        elif OBJECT_ADVERBIALS and (past := _adverbial_end(s, x, f.hi)):
            x = past  # "وفقا للمصادر،"، "على الأقل": an aside, not what was hit
        elif WEAPON_CLASS and x + 1 < f.hi and words[x] in _WEAPON_CLASS:
            x += 1  # "قصف بالأسلحة المتوسطة والثقيلة منازل": the class of arms, then what was hit
            while x < f.hi and (words[x].startswith("ال") or words[x].startswith("وال")) and words[x][-1] in "هي" \
                    and not any(m.i == x for m in ctx.mentions[f.si]):
                x += 1
        elif MANNER_PHRASE and x + 2 < f.hi and bare_in(words[x], _MANNER_HEADS):
            x += 2  # "قصفت بشكل عشوائي منازل": the manner, then what was hit
            if x + 1 < f.hi and words[x].startswith("و") and not s.tokens[x].clause_start and not any(
                    m.i == x for m in ctx.mentions[f.si]):
                x += 1  # "بشكل عشوائي ومكثف": a second adjective joined by "و"
        elif MANNER_PHRASE and x in dated:
            x += 1  # "بشكل عشوائي، الأربعاء، منازل": the day told after the manner
        elif WEAPON_CLAUSE and x > start and (past := _weapon_clause(ctx, f, x)):
            x = past  # "استهدف بسيارة مفخخة يقودها انتحاري حاجزا": the clause on the car, then what was hit
        elif VAGUE_OBJECT and x + 2 < f.hi and words[x + 1] == "من" and (
                bare_in(words[x], _VAGUE_OBJECT_COUNTS) or words[x] in {"عددا", "عدد"}):
            x += 3 if words[x][0] == "ب" else 2  # "قصفت الطائرات عددا من مواقع الجماعة": the places, not the
            # count of them; "قصفت بعدد من القذائف مخزنا": the count, "من" and the weapon are the means
        elif words[x] in _APPROXIMATORS and x + 2 < f.hi and (words[x + 1] != "من" or words[x] in _MORE_THAN) \
                and read_quantity(words, x + 2 if words[x + 1] == "من" else x + 1) is not None:
            x += 2 if words[x + 1] == "من" else 1  # "اختطفوا نحو 40 طالبا"، "أكثر من 40 طالبا": the count's hedge
        elif words[x] in _MEANS_PRONOUNS and x + 1 < f.hi:
            x += 1  # "قصفا استهدفت به الأحياء": the pronoun of the shelling, what follows it was hit
        elif q is not None and q.end < f.hi and bare_in(words[q.end], _OBJECT_PREP_AFTER):
            x = q.end + 1
        elif x + 1 < len(words) and words[x + 1] == "من" and bare_in(words[x], _NEAR):
            x += 2  # "على مقربة من القصر"، "بالقرب من مركز": what it was near is what was aimed at
            if x >= len(words) or not (words[x].startswith("ال") or bare_in(words[x], _SITE_NOUNS)) \
                    or any(m.i == x for m in ctx.places_in(f.si, x, len(words))):
                return None  # "بالقرب من خانيونس": only where it fell
        elif words[x] == "علي" and x > start and x + 1 < f.hi:
            if words[x + 1] in _ON_IDIOMS_ENDING:
                return None  # "قصف بالصواريخ على طول الطريق": a fixed phrase of where or when, not what was hit
            x += 1  # "قصفا عشوائيا بقذائف الهاون على حي المنصورة": what follows "على" past manner and weapons
            break
        elif x + 1 < f.hi and bare_in(words[x], _PRONOUN_VERBS) and words[x + 1] in _PRONOUN_CUES:
            x = _past_doer(ctx, f, x + 2)  # "قصف عشوائي قام به المتمردون على الأحياء السكنية"
        else:
            break
    if x + 1 < min(f.hi, len(words)) and words[x] in _DEMONSTRATIVES and words[x + 1].startswith("ال"):
        if x + 1 in dated or words[x + 1][2:] in DAY_PARTS:
            x += 2  # "قصفت المدفعية هذا الصباح مواقع": a time the date reader reads or a day part it knows
        elif not bare_in(words[x + 1], _ATTACK_NOUNS | _DEMONSTRATIVE_TIMES):
            x += 1  # "قصف الطيران تلك التعزيزات": the noun the demonstrative points back at was hit (not "هذه المرة")
    if x >= f.hi or x >= len(words):
        return None
    head = words[x]
    if (not head.isalpha() and read_quantity(words, x) is None) or bare_in(head, _NOT_OBJECT_HEADS) \
            or head in _OBJECT_STOPS or head[0] in "وف" and head[1:] in _OBJECT_STOPS or any(b in KILLED | INJURED for b in bare(head)):
        return None
    if bare_in(head, _OBJECT_VERBS):
        return None  # "قصف استهدف قرية": the next verb tells what was hit
    if DOER_CLAUSE and bare_in(head, _DOER_CLAUSE_VERBS):
        return None  # "عمليات تفجير نفذها التنظيم": a clause telling who did it, no object
    if bare_in(head, _ATTACKER_HEADS):
        return None  # "تفجير انتحاري قرب القصر"، "فجرت انتحاريتان نفسيهما": the attacker, not what was hit
    if any(g.i == x and g.entry.get("weapon") for g in ctx.glossary[f.si]):
        return None  # "تفجير سيارة مفخخة"، "فجروا عبوة": the means, not the target
    if start > 0 and bare_in(words[start - 1], _BLAST_VERBS) and bare_in(head, _MEANS):
        return None  # "تفجير سيارة خارج مسجد": what was blown up is the bomb; the target is the site
    end = x + 1
    while end < min(f.hi, x + 6) and end < len(words):
        w = words[end]
        tok = s.tokens[end]
        if tok.soft_break and not tok.clause_start and QUOTED_GROUP and bare_in(words[end - 1], _QUOTED_NAME_HEADS):
            close = _quoted_name_end(s, end, f.hi)
            if close is not None:
                end = close  # "مواقع لتنظيم «داعش»": the group's name in quotes is part of what was hit
            break
        if tok.clause_start or tok.soft_break or end in dated or w in _OBJECT_STOPS:
            break
        if HOUR_ENDS_OBJECT and (w in _HOURS or end + 1 < len(words) and words[end + 1] in _HOURS):
            break  # "استهدف الهجوم وزارة الزراعة قرابة الساعة الرابعة": when, not what
        forms = bare(w)
        if w != forms[-1] and w[0] in "بف" and not OBJECT_PLACE_CUES.isdisjoint(forms[1:]):
            break  # "بمديرية"، "بمدينة": where, not what
        at = s.token_span(end, end + 1)[0]
        if w[0] == "ب" and w != forms[-1] and (any(b in _ATTACK_SUBJECTS | _AMBUSH for b in forms[1:]) or any(
                g.i == end and g.start > at and (g.kind == "places" or g.entry.get("weapon"))
                for g in ctx.mentions[f.si] + ctx.glossary[f.si])):
            break  # "موكب بعبوات ناسفة"، "مطعما بصاروخ"، "سفينة ببنغازي": the means or the place, not what was hit
        if any(b in KILLED | INJURED for b in forms):
            break
        if w[0] in "وف" and (w[1:] in _OBJECT_STOPS or any(b in _OBJECT_STOPS or b in KILLED | INJURED for b in forms[1:])):
            break  # "وأسفر"، "ومقتل"، "ففي"
        if VERB_ENDS_OBJECT and w[0] == "و" and not _OBJECT_VERBS.isdisjoint(forms[1:]):
            break  # "استهدفت وحدات للتنظيم ودمرت مواقع": a second verb joined by "و" starts its own clause
        if TAIL_VERB_ENDS_OBJECT and not _TAIL_VERBS.isdisjoint(forms):
            break  # "قارب كان يقل مهاجرين"، "غارات على محافظة صعدة شملت ..."، "مواقع للحوثيين وكبدتهم خسائر"
        if CLAUSE_WORD_ENDS_OBJECT and not _CLAUSE_STOPS.isdisjoint(forms):
            break  # "مخفرا حدوديا يبعد ثلاثة أميال"، "مواقع الجيش انطلاقا من ..."، "الطفلة عندما ..."، "فلان وأنه ..."
        end += 1
    if end == x + 1:
        end = max(end, _member_group(ctx, f.si, x, f.hi))  # "استهدفت العملية عناصر من الحزب"
    return x, end


SUBJECT_PLACE_BA = True
"""Switch (pass 63; on, off only to measure it): the subject's place may be written with "ب" ("استهدفت مقاتلات
التحالف باليمن مواقع"، "قصفت طائرات التحالف بالعراق أهدافا"), as with "في": it is no part of what was hit."""
SUBJECT_SUPPORT = True
"""Switch (pass 63; on, off only to measure it): the backing of the doer told after it ("مسنودة بقوات التحالف"،
"بإسناد من الطيران"، "مدعومة بالمدفعية") is the subject's, not what was hit (data ``subject_support_words``)."""
_SUBJECT_SUPPORT = rules.words("roles", "subject_support_words")


SUBJECT_PLACE_DIRECTION = True
"""Switch (pass 60; on, off only to measure it): the subject's "في" + place (:func:`_object_span`) may open with a
place noun the gazetteer leaves out of the place ("في محافظة صعدة"), and goes on over a direction and the place it
is taken from ("قصفت مقاتلات التحالف في مديرية حرض شمال المحافظة مخازن للمتمردين": the
stores were hit, not "شمال المحافظة"); a direction word with no place after it is left as it was."""
_DIRECTIONS = frozenset(normalize(w) for w in rules.phrases("mentions", "directions") if " " not in w)


def _past_direction(ctx: DocContext, f: Frame, x: int) -> int:
    """The token after a direction + place at ``x`` (:data:`SUBJECT_PLACE_DIRECTION`), else ``x``."""
    s = ctx.sentences[f.si]
    words = s.words
    if x + 1 >= f.hi or words[x] not in _DIRECTIONS:
        return x
    ends = [m.j for m in ctx.places_in(f.si, x + 1, f.hi) if m.i == x + 1]
    if not ends or max(ends) >= f.hi or s.tokens[max(ends)].clause_start:
        return x
    return max(ends)


HOUR_ENDS_OBJECT = True
"""Switch (pass 44): a clock time ("الساعة الرابعة", with the word before it: "قرابة"، "حوالي") ends an object."""
_HOURS = frozenset({"الساعه"})


QUOTED_GROUP = True
"""Switch (pass 44): an object that ends on a group noun ("مواقع لتنظيم"، "أهدافاً تابعة لـ") goes on over the group's
name written in quotes right after it ("مواقع لتنظيم «داعش»"); before, the quote mark ended it on the bare noun."""
_QUOTED_NAME_HEADS = rules.words("roles", "quoted_name_heads")
_QUOTES = frozenset('"«»“”')
_MAX_QUOTED_WORDS = 5


def _quoted_name_end(s, end: int, hi: int) -> int | None:
    """The token after a name that opens with a quote mark before token ``end`` and closes within
    ``_MAX_QUOTED_WORDS`` words (at most ``hi``); None when no quote opens there or none closes."""
    toks = s.tokens
    if _QUOTES.isdisjoint(s.norm[toks[end - 1].ne:toks[end].ns]):
        return None
    for k in range(end + 1, min(end + _MAX_QUOTED_WORDS, hi, len(toks)) + 1):
        gap = s.norm[toks[k - 1].ne:toks[k].ns if k < len(toks) else len(s.norm)]
        if not _QUOTES.isdisjoint(gap):
            return k
        if not toks[k - 1].text.isalpha():
            return None
    return None


def _closed(ctx: DocContext, text: str, end: int) -> str:
    """A target that opens a quote it does not close (a quoted name ends it: 'مواقع لتنظيم «داعش') with the closing
    mark written right after it."""
    after = ctx.quote(end, end + 2)
    gap = after[:1] if after[:1] == " " else ""  # 'لتنظيم ” داعش ”': a quote written apart from the name
    mark = after[len(gap):len(gap) + 1]
    if mark and mark in _QUOTES and sum(text.count(q) for q in _QUOTES) % 2 == 1:
        return text + gap + mark
    return text


def _strike_means(ctx: DocContext, f: Frame, x: int) -> int:
    """The token after the means written with "ب" at ``x``: strikes with the doer's pronoun ("بغاراته"،
    "بقذائفها") or a count of strikes or weapons ("بعدة غارات"، "بعدة قذائف هاون"); else 0."""
    words = ctx.sentences[f.si].words
    forms = bare(words[x])[1:]
    if any(b[-2:] in ("ها", "هم") and b[:-2] in _ATTACK_SUBJECTS or b[-1:] == "ه" and b[:-1] in _ATTACK_SUBJECTS
           for b in forms):
        return x + 1  # "بغاراته"، "بقذائفها"
    counted = not _MEANS_COUNTS.isdisjoint(forms) or COUNTED_MEANS and any(
        read_quantity([b], 0) is not None for b in forms)  # "بأربع قذائف": a number with "ب" counts the means
    if counted and x + 1 < f.hi and (any(
            b in _ATTACK_SUBJECTS for b in bare(words[x + 1])) or any(
            g.i == x + 1 and g.entry.get("weapon") for g in ctx.glossary[f.si])):
        weapon = [g.j for g in ctx.glossary[f.si] if g.i == x + 1 and g.entry.get("weapon")]
        end = max(weapon) if weapon else x + 2  # "بعدة غارات"، "بعدة قذائف هاون"
        while COUNTED_MEANS and end < f.hi and not ctx.sentences[f.si].tokens[end].clause_start \
                and bare_in(words[end], _MEANS_ADJECTIVES):
            end += 1  # "بأربع قذائف مدفعية": the weapon's adjective is still the means
        return end
    return 0


ATTEMPTED_KILLING = True
"""Switch (pass 44; on, off only to measure it): a verbal noun of killing after a word of attempting ("محاولة اغتيال
الوزير"، "حاول قتل المواطن"; ``attempt_words``, ``attempted_kill_masdars``) takes who was to be killed as its object:
that person is the target (GUIDELINES §4), when written definite or annexed to a definite noun ("المواطن"، "رئيس
الحكومة"), not a clause on the attempt ("محاولة اغتيال وقفت وراءها دولة"). The verbal nouns alone are left out: outside this phrase their genitive is
often a name's tail, a clause or a second noun."""
_ATTEMPT_WORDS = rules.words("roles", "attempt_words")
_ATTEMPTED_KILLS = rules.words("roles", "attempted_kill_masdars")
WEAPON_SUBJECT = True
"""Switch (pass 44; on, off only to measure it): a weapon (with its count and adjectives) written right after a
verb of aiming or shelling, without "ب", is that verb's subject ("استهدفت أربع قذائف هاون مدرسة"، "قصفت صواريخ
منزلا"): what follows it is what was hit. Not after a verb of blowing up ("فجروا عبوة"), whose object the bomb is,
an aside set off by commas after the weapon is stepped over too. A weapon that runs to the end of the frame
leaves no target: the shells are never what was hit."""


def _weapon_subject(ctx: DocContext, f: Frame, x: int) -> int:
    """The token after a weapon subject that starts at ``x`` (a count, the weapon, its adjectives, an aside after
    it): the frame's end when nothing follows it; 0 when no weapon starts there or a clause or stop word follows it."""
    s = ctx.sentences[f.si]
    words = s.words
    q = read_quantity(words, x)
    y = q.end if q is not None else x
    if y >= f.hi or words[y][0] == "ب":
        return 0
    weapon = [g.j for g in ctx.glossary[f.si] if g.i == y and g.entry.get("weapon")]
    if not weapon:
        return 0
    end = max(weapon)
    while end < f.hi and not s.tokens[end].soft_break and (bare_in(words[end], _MEANS_ADJECTIVES) or _nisba(
            ctx, f.si, end)):
        end += 1  # "قذائف هاون"، "قذائف مدفعية"، "صواريخ باليستية"
    if end >= f.hi:
        return f.hi  # "استهدفت قذيفة هاون، صباح اليوم، ...": the shell is no target, whatever the frame lacks
    if s.tokens[end].soft_break and not s.tokens[end].clause_start:
        # "استهدفت خمس قذائف، أطلقتها الميليشيا صباحا، مدرسة": an aside set off by commas tells more of the shells
        end = next((k for k in range(end + 1, min(f.hi, end + _MAX_ASIDE)) if s.tokens[k].soft_break), f.hi)
    if end < f.hi and (s.tokens[end].clause_start or words[end] in _OBJECT_STOPS):
        return 0
    return end


_MAX_ASIDE = 12


def _nisba(ctx: DocContext, si: int, x: int) -> bool:
    """A feminine nisba adjective ("عسكرية"، "باليستية"، "الصاروخية"), as a plural weapon takes it, that names no
    actor or place."""
    w = ctx.sentences[si].words[x]
    return len(w) > 4 and w.isalpha() and bare(w)[-1].endswith("يه") and not any(
        m.i <= x < m.j for m in ctx.mentions[si] if m.kind in {"actors", "places"})


COUNTED_MEANS = True
"""Switch (pass 41; on, off only to measure it): a number written with "ب" before a weapon or strike noun
("قصف بأربع قذائف مدفعية موقعا") counts the means as "بعدة" does, and the weapon's adjectives after it
(``means_adjectives``) are the means too: what follows them is what was hit."""
_MEANS_ADJECTIVES = rules.words("roles", "means_adjectives")


SUBJECT_EPITHETS = True
"""Switch (on; off only to measure it): an epithet news adds after a force's name ("الانقلابية"، "الإرهابي"،
"المتمردة"; ``subject_epithets``) is part of the subject, and the object starts after it."""
_SUBJECT_EPITHETS = rules.words("roles", "subject_epithets")
WEAPON_CLAUSE = True
"""Switch (pass 50, A/B measurement and its tests): a relative clause on the weapon told after it, a verb of driving,
planting, wearing or launching with the weapon's pronoun ("بسيارة مفخخة يقودها انتحاري"، "بعبوة زرعوها"، "بحزام ناسف
كان يرتديه"; ``weapon_clause_verbs``) and its doer after it (an actor or ``weapon_clause_doers``), is no target: what
follows it is (:func:`_weapon_clause`)."""
_WEAPON_CLAUSE_VERBS = rules.words("roles", "weapon_clause_verbs")
_WEAPON_CLAUSE_DOERS = rules.words("roles", "weapon_clause_doers")


def _weapon_clause(ctx: DocContext, f: Frame, x: int) -> int | None:
    """The end of a relative clause on the weapon that starts at ``x`` (:data:`WEAPON_CLAUSE`), or None. A means told
    with "ب" stands up to 3 words before it."""
    words = ctx.sentences[f.si].words
    v = x + 1 if words[x] in {"كان", "كانت"} else x
    if v >= f.hi or not bare_in(words[v], _WEAPON_CLAUSE_VERBS) \
            or not any(w.startswith("ب") for w in words[max(f.lo, x - 3):x]):
        return None
    end = v + 1
    doer = [m.j for m in ctx.actors_in(f.si, end, f.hi) if m.i == end]
    if doer:
        return max(doer)
    return end + 1 if end < f.hi and bare_in(words[end], _WEAPON_CLAUSE_DOERS) else end


WEAPON_CLASS = True
"""Switch (on; off only to measure it): arms told by their class with "ب" ("بالأسلحة الثقيلة"، "بالأسلحة المتوسطة
والثقيلة"; ``weapon_class_words``) and their adjectives are the means, not the object."""
_WEAPON_CLASS = rules.words("roles", "weapon_class_words")
MANNER_PHRASE = True
"""Switch (on; off only to measure it): "بشكل/بصورة" and its adjective before the object ("بشكل عشوائي"،
"بصورة مكثفة"; ``manner_phrase_heads``) tell how, not what was hit."""
_MANNER_HEADS = rules.words("roles", "manner_phrase_heads")
VAGUE_OBJECT = True
"""Switch (on; off only to measure it): a vague count and "من" before the object ("عددا من مواقع"، "عشرات من
المنازل"; ``vague_count_words``) are skipped; what was hit follows them."""
_VAGUE_OBJECT_COUNTS = rules.words("roles", "vague_count_words")


def _subject_before(ctx: DocContext, f: Frame, v: int) -> bool:
    """True when the subject of the finite verb at ``v`` is told before it, so what follows it is its object:
    a pronoun or relative word ("أنها قصفت"، "الطائرات التي قصفت") or a doer right before it ("إن الطائرات قصفت
    قوات النظام"، "الجيش التركي قصف")."""
    words = ctx.sentences[f.si].words
    if v <= f.lo or ctx.sentences[f.si].tokens[v].clause_start:
        return False
    prev = bare(words[v - 1])
    if ATTACK_NOUN_BEFORE and _attack_noun_before(ctx, f, v):
        return True
    return any(b in _SUBJECT_BEFORE | _SUBJECT_NOUNS | _ATTACK_SUBJECTS for b in prev) or any(
        m.j == v for m in ctx.actors_in(f.si, f.lo, v))


ATTACK_NOUN_BEFORE = True
"""Switch (pass 63; on, off only to measure it): an attack noun told with its adjectives or its count right before a
finite verb ("نفذت الطائرات 15 ضربة جوية استهدفت تنظيم داعش"، "غارات مكثفة استهدفت مواقع") is that verb's subject,
so the group right after the verb is what was hit, not a doer told after the verb (before, only a bare attack noun
right before the verb was read so)."""
_ATTACK_NOUN_REACH = 2


def _attack_noun_before(ctx: DocContext, f: Frame, v: int) -> bool:
    """True when an attack noun stands up to :data:`_ATTACK_NOUN_REACH` adjectives (and a day) before the verb at ``v``
    ("غارة عنيفة قصفت"، "غارات جوية مكثفة استهدفت"، "غارات ليلة الخميس قصفت"), none of them opening a clause."""
    s = ctx.sentences[f.si]
    words = s.words
    dated = _dated(ctx, f.si)
    y = v - 1
    while y > f.lo and y in dated and not s.tokens[y + 1].clause_start:
        y -= 1  # "12 غارة صباح الجمعة قصفت": the day told between the strikes and their verb
    for _ in range(_ATTACK_NOUN_REACH):
        if y <= f.lo or s.tokens[y].clause_start or any(m.i <= y < m.j for m in ctx.mentions[f.si]):
            return False
        w = words[y]
        if not (w in _ATTACK_SUBJECT_ADJS or w in _AIR_MODIFIERS or len(w) > 4 and w.endswith("ه") and w[-2] == "ي"
                or len(w) > 4 and w.startswith("م") and w.endswith("ه")):
            return False  # "جوية"، "مكثفة"، "أمريكية": an adjective of the noun before it
        y -= 1
        if bare_in(words[y], _ATTACK_SUBJECTS):
            return True
    return False


LAM_DOER_BEFORE_ON = True
"""Switch (pass 63; on, off only to measure it): an attack noun with an adjective and its doer written with "ل"
before "على" ("هجوم منفصل لتنظيم داعش على الأحياء"، "غارات جديدة للتحالف على مواقع") still takes what follows "على"
as what was hit; before, only an attack noun up to three words before "على" did, and the doer's name pushed it out."""
_LAM_DOER_ADJECTIVES = 2


def _lam_doer_before(ctx: DocContext, f: Frame, x: int) -> bool:
    """True when "على" at ``x`` follows a doer written with "ل" (an actor mention) and, before it, up to
    :data:`_LAM_DOER_ADJECTIVES` adjectives of an attack noun (``object_prepositions_after``)."""
    s = ctx.sentences[f.si]
    words = s.words
    doer = [m.i for m in ctx.actors_in(f.si, f.lo, x) if m.j == x and words[m.i][0] == "ل"]
    if not doer or s.tokens[min(doer)].clause_start:
        return False
    y = min(doer) - 1
    for _ in range(_LAM_DOER_ADJECTIVES + 1):
        if y < f.lo or s.tokens[y + 1].clause_start and y + 1 != min(doer):
            return False
        if bare_in(words[y], _OBJECT_PREP_AFTER):
            return True
        w = words[y]
        if not w.isalpha() or w.startswith("و") or any(m.i <= y < m.j for m in ctx.mentions[f.si]):
            return False  # only the noun's own adjectives stand between ("هجوما منفصلا"، "غارات جديدة")
        y -= 1
    return False


def _relative_doer(ctx: DocContext, f: Frame, x: int) -> bool:
    """True when "على" at ``x`` follows an attack noun and a relative verb with its doer ("هجوم شنه مسلحو
    الفصيل على أحياء"، "غارات نفذتها طائرات التحالف على مواقع")."""
    words = ctx.sentences[f.si].words
    dated = _dated(ctx, f.si) if DATES_BETWEEN else set()
    for z in range(max(f.lo, x - 9), x - 1):
        if not bare_in(words[z], _OBJECT_PREP_AFTER):
            continue
        r = z + 1
        r = past_dates(dated, r, x - 1)  # "هجوم، الاثنين، الذي نفذته القوات على": the day told after the attack noun
        v = r + 1 if RELATIVE_PRONOUN_DOER and words[r] in REL_PRONOUNS and r + 1 < x else r
        if ADJECTIVE_BEFORE_RELATIVE and words[v] not in _RELATIVE_DOER_VERBS and v + 1 < x \
                and words[v + 1] in _RELATIVE_DOER_VERBS and words[v].isalpha() \
                and not words[v].startswith(("ال", "و")) \
                and not any(m.i <= v < m.j for m in ctx.mentions[f.si]):
            v += 1  # "ضربات منسقة نفذتها": an adjective of the attack noun before its relative verb
        if words[v] in _RELATIVE_DOER_VERBS:
            return _past_doer(ctx, f, v + 1) == x + 1
    return False


RELATIVE_PRONOUN_DOER = True
"""Switch (on; off only to measure it): a definite attack noun takes its relative verb after a relative pronoun
("الغارات التي شنتها الطائرات على"، "المجزرة التي ارتكبتها القوات ضد"): what follows "على"/"ضد" after the doer is
what was attacked."""


_NOT_ACCUSATIVE = frozenset(normalize(w) for w in rules.words("roles", "closing_adverbs")
                            | rules.words("roles", "habitual") | rules.words("roles", "opening_manner_words"))
"""Adverbs in -ا ("مجددا"، "ليلا"، "سابقا"): no object marked accusative (:func:`_subject_before_accusative`)."""


def _subject_before_accusative(ctx: DocContext, f: Frame, x: int) -> int:
    """The token of an object marked accusative by its -ا ("مركزا"، "حاجزا") right after a noun the readers before
    did not place, definite ("الخلية"، "الخلية الإرهابية") or indefinite with its adjective ("عصابة مسلحة"): after a
    finite verb that noun is the subject (pass 68: "هاجمت الخلية مركزا للشرطة" -> "مركزا للشرطة"). 0 otherwise."""
    s = ctx.sentences[f.si]
    words = s.words
    if x + 1 >= f.hi or any(m.i <= x < m.j for m in ctx.mentions[f.si] if m.kind in {"actors", "places"}):
        return 0
    y = x + 1
    if words[x].startswith("ال"):
        if words[y].startswith("ال") and words[x].endswith("ة") != words[y].endswith("ة"):
            return 0  # "وهاجمت الخلية المعسكر هجوما": a definite object, then the act's own noun
        if words[y].startswith("ال") and not s.tokens[y].clause_start:
            y += 1  # "الخلية الإرهابية": the subject's adjective
    elif words[y].startswith("ال") or s.tokens[y].clause_start or words[x].endswith("ة") != words[y].endswith("ة"):
        return 0  # an indefinite subject is read only with an adjective agreeing with it ("عصابة مسلحة")
    else:
        y += 1
    y = past_dates(_dated(ctx, f.si), y, f.hi)  # "هاجمت الخلية فجر اليوم مقرا"
    if y < f.hi:
        y = _adverbial_end(s, y, f.hi) or y  # "هاجمت الخلية في وقت سابق مقرا"
    if y >= f.hi or s.tokens[y].clause_start:
        return 0
    w = words[y]
    if len(w) < 4 or not w.isalpha() or not w.endswith("ا") or w.endswith(("يا", "ها", "نا", "وا")) \
            or w.startswith("ال") or w in _NOT_ACCUSATIVE or not _ATTACK_SUBJECTS.isdisjoint(bare(w[:-1])):
        return 0  # "هاجمت الخلية الإرهابية هجوما واسعا": the act's own noun is no object
    return y


def _nominative_plural(ctx: DocContext, f: Frame, x: int) -> bool:
    """A sound masculine plural in the nominative ("المسلحون"، "مجهولون"، "المستعربون"): after a finite verb it
    is the subject; the object would be written "-ين"."""
    w = ctx.sentences[f.si].words[x]
    return len(w) > 4 and w.endswith("ون") and w.isalpha() and not ctx.sentences[f.si].tokens[x].clause_start \
        and not any(m.i <= x < m.j for m in ctx.mentions[f.si] if m.kind == "places")


def _past_attack_subject(ctx: DocContext, f: Frame, x: int) -> int:
    """The token after an attack told as the subject of a finite verb, with the words of that subject: "استهدف
    انفجار أمس خط أنابيب"، "استهدفت غارة أمريكية معسكرا"، "استهدف أعنف الهجمات دموية حي"، "استهدفت غارة للتحالف
    مواقع"، "استهدفت غارات التحالف مواقع" (an actor right after an indefinite attack noun is its doer; after a
    definite one, "استهدف الهجوم قوات الجيش", it is the object). 0 when no attack is the subject."""
    s = ctx.sentences[f.si]
    words = s.words
    dated = _dated(ctx, f.si)
    y = x
    if y < f.hi and words[y] in _ATTACK_SUBJECT_LEADS:
        y += 1
    if y >= f.hi or words[y] not in _ATTACK_SUBJECTS:
        return 0
    definite = words[y].startswith("ال")
    y += 1
    while y < f.hi and y - x < 7 and not s.tokens[y].clause_start:
        w = words[y]
        actors = [m.j for m in ctx.actors_in(f.si, y, f.hi) if m.i == y]
        if y in dated or w in _ATTACK_SUBJECT_ADJS:
            y += 1
        elif actors and (w[0] == "ل" or not definite) and y == _subject_end(words, x, y):
            y = max(actors)  # "غارة للتحالف"، "غارات التحالف": whose attack it was
        elif len(w) > 4 and w.endswith(("يه", "يين", "يون")) and w.startswith("ال") == definite and not any(
                b in _SITE_NOUNS | OBJECT_PLACE_CUES for b in bare(w)) and not any(
                m.i == y for m in ctx.mentions[f.si] if m.kind in {"actors", "places"}):
            y += 1  # "غارة أمريكية"، "الهجوم الانتحاري"، "التفجيرات الإرهابية": its adjective
        else:
            break
    return y


def _subject_end(words: list[str], x: int, y: int) -> int:
    """``y`` when only the attack noun (and its lead word) stand between ``x`` and ``y``, else -1: the doer is
    annexed right to the noun ("غارات التحالف")، not told after its adjectives."""
    n = 2 if words[x] in _ATTACK_SUBJECT_LEADS else 1
    return y if y - x == n else -1


DATES_BETWEEN = True
"""Switch (pass 44; on, off only to measure it): a day told between an attack word or its doer and the "على" of what
was hit ("غارات نفذها الطيران الحربي صباح الخميس على مواقع"، "هجمات عدة مساء أمس على") is stepped over, as the
object reader steps over it (:func:`roles_cues._dated`); before, only a dawn read as the verb "فجر" bridged it."""


def _past_dates(ctx: DocContext, f: Frame, x: int, n: int) -> int:
    """Where the ``n`` words before ``x`` begin, the tokens of a day between them not counted (not before the frame)."""
    if not DATES_BETWEEN:
        return max(f.lo, x - n)
    dated = _dated(ctx, f.si)
    k = x
    while k > f.lo and n > 0:
        k -= 1
        n -= k not in dated
    return k


ON_PAST_GAP = True
"""Switch (pass 45; on, off only to measure it): the "على"/"ضد" of what an attack hit may stand past more than three
words after the attack noun when those words only tell the attack: its adjectives ("غارة جوية عنيفة"; ``gap_adjectives``,
``manner_adjectives``, ``attack_subject_adjectives``), its doer written with "ل" ("غارة لمقاتلات التحالف على"), a day
or a time of day ("هجوما كبيرا في ساعات الفجر، يوم الاثنين، على"; ``gap_time_words``). The attack noun may also
carry its owner's pronoun or the article ("تكثيف التحالف غاراته الجوية على"، "نفذ الطيران الغارة التاسعة على";
``owned_attack_nouns``). Any other word ends the gap (:func:`_attack_before_gap`)."""
_GAP_WORDS = rules.words("roles", "gap_adjectives") | rules.words("roles", "gap_time_words") | _MANNER \
    | _ATTACK_SUBJECT_ADJS
_OWNED_ATTACKS = rules.words("roles", "owned_attack_nouns")
_GAP_SPAN = 9
"""Tokens at most between the attack noun and its "على"."""


def _attack_before_gap(ctx: DocContext, f: Frame, x: int) -> bool:
    """Whether an attack noun stands before the "على" at ``x`` past words that only tell the attack (:data:`ON_PAST_GAP`)."""
    if not ON_PAST_GAP:
        return False
    s = ctx.sentences[f.si]
    words = s.words
    dated = _dated(ctx, f.si)
    doers = {t for m in ctx.actors_in(f.si, max(f.lo, x - _GAP_SPAN), x) if words[m.i][0] == "ل" for t in range(m.i, m.j)}
    placed = _placed_between(ctx, f, max(f.lo, x - _GAP_SPAN), x)
    k = x - 1
    while k >= max(f.lo, x - _GAP_SPAN):
        w = words[k]
        if bare_in(w, _OBJECT_PREP_AFTER) or w in _OWNED_ATTACKS or w[0] == "و" and w[1:] in _OWNED_ATTACKS:
            return True
        if not (k in dated or k in doers or k in placed or w in _GAP_WORDS or w.endswith("ا") and w[:-1] in _GAP_WORDS):
            return False
        k -= 1
    return False


def _placed_between(ctx: DocContext, f: Frame, lo: int, hi: int) -> set[int]:
    """The tokens in ``lo..hi`` of a place told with "في" or "ب" (its place noun with it: "في مدينة الرمادي"،
    "بمحافظة البصرة"): where the attack was, no part of what it hit ("أطلق مسلحون النار مساء أمس في مدينة كذا على
    موظف"). A place told with no preposition is not stepped over."""
    words = ctx.sentences[f.si].words
    out: set[int] = set()
    s = ctx.sentences[f.si]
    for m in ctx.places_in(f.si, lo, hi):
        if m.j > hi:
            continue
        k = m.i
        told_b = m.start > s.token_span(k, k + 1)[0] and words[k][0] == "ب"  # "بالرمادي": the clitic, not "بغداد"'s letter
        if k > lo and not told_b and bare_in(words[k - 1], OBJECT_PLACE_CUES):
            k -= 1  # "مدينة" before the name
            told_b = words[k][0] == "ب" and words[k][1:] in OBJECT_PLACE_CUES  # "بمحافظة البصرة"
        if told_b:
            out.update(range(k, m.j))
        elif k > lo and words[k - 1] == "في":
            out.update(range(k - 1, m.j))
    return out


_HEDGE_VERBS = frozenset(normalize(w) for w in rules.words("roles", "hedge_gap_verbs"))
_HEDGE_LINKS = frozenset({"في", "انه", "انها", "ان"})
_HEDGE_SPAN = 8
"""Tokens at most between the attack noun and its "على" past a hedge ("غارة يعتقد أنها بالكلور على")."""


def _hedged_means_gap(ctx: DocContext, f: Frame, x: int) -> bool:
    """Whether the "على" at ``x`` follows an attack noun past a hedge on its means: a verb of suspicion
    (``hedge_gap_verbs``: "يشتبه"، "يعتقد"، "يرجح") right after the attack noun, then "في"/"أنه", then the means
    ("ب" + a word, and at most one word after it): "غارة يعتقد أنها بالكلور على حي"، "هجوم يرجح أنه
    بقذيفة هاون على بلدة". What follows "على" is what was attacked, as in "هجوم بغاز سام على"."""
    s = ctx.sentences[f.si]
    words = s.words
    lo = max(f.lo + 1, x - _HEDGE_SPAN)
    h = next((k for k in range(x - 1, lo - 1, -1) if words[k] in _HEDGE_VERBS), None)
    if h is None or not bare_in(words[h - 1], _OBJECT_PREP_AFTER):
        return False
    k = h + 1
    while k < x and words[k] in _HEDGE_LINKS and not s.tokens[k].clause_start:
        k += 1
    if k == h + 1 or k >= x or words[k][:1] != "ب" or s.tokens[k].clause_start:
        return False
    return x - k <= 2 and not any(s.tokens[t].clause_start for t in range(k, x + 1))


STATE_DOER = True
"""Switch (pass 53; on, off only to measure it): a state named as the doer of an attack noun's relative verb, alone or
joined by "و", is stepped over like an actor: "القصف الذي نفذته تركيا على قرى كردية"، "غارات متتالية شنتها روسيا
وإيران على معاقل المعارضة" -> what follows "على" is what was attacked. A country is a
place mention, not an actor, so the doer's words ended before it and "على" was never reached."""
ADJECTIVE_BEFORE_RELATIVE = True
"""Switch (pass 53; on, off only to measure it): an indefinite attack noun may take one adjective before its relative
verb ("ضربات منسقة نفذتها ..."، "هجوم فاشل شنه المتمردون على ناقلة نفط"): what follows "على" after the doer is what
was attacked, as without the adjective. Alone it gives the two fresh2 items of pass 53 (a425, s483)."""


def _past_doer(ctx: DocContext, f: Frame, x: int) -> int:
    """The token after a doer written at ``x`` (subject nouns, actors joined by "و", a day told after it) and the
    "على" after it."""
    words = ctx.sentences[f.si].words
    dated = _dated(ctx, f.si) if DATES_BETWEEN else set()
    while x < f.hi:
        at = [m.j for m in ctx.actors_in(f.si, x, f.hi) if m.i == x]
        if STATE_DOER:
            at += [m.j for m in ctx.mentions[f.si] if m.kind == "places" and m.i == x
                   and m.entry.get("admin_level") == "country"]
        if at:
            x = max(at)
        elif bare_in(words[x], _CLAIM_SUBJECTS) or x in dated:
            x += 1
        else:
            break
    return x + 1 if x < f.hi and (words[x] == "علي" or AGAINST_OBJECT and words[x] == "ضد") else x


def _attack_object(ctx: DocContext, f: Frame, perp: Mention | None, forces: list[Mention]) -> tuple[str | None, bool]:
    """(what the attack was aimed at, as written; whether that is only a place): the object of
    استهدف/قصف/اقتحم/تفجير or what follows "هجوم على"، "غارات على"."""
    s = ctx.sentences[f.si]
    words = s.words
    place, by_verb = None, False
    for x in range(f.lo, f.hi):
        forms = bare(words[x])
        if DEFINITE_LAM_MASDAR and words[x].startswith("لل"):
            forms = tuple(b for b in forms if b != words[x][2:])  # "للتفجير" is ل + "التفجير", no bare "تفجير"
        span = None
        if not _OBJECT_VERBS.isdisjoint(forms) and OPERATION_NAME and x > f.lo and words[x] in _OPERATION_NAME_VERBS \
                and bare_in(words[x - 1], _OPERATION_NOUNS):
            continue  # "ضمن عملية فجر المدينة": the operation's name ("dawn"), no verb of blowing up
        kidnap = KIDNAP_OBJECT and "kidnapping" in f.types and not _KIDNAP_VERBS.isdisjoint(forms)
        if not _OBJECT_VERBS.isdisjoint(forms) or kidnap:
            # a kidnapping word ("خطف" is verb and verbal noun alike) steps over a subject after it as a verb does:
            # "خطف مسلحون مهندسا"، "اختطاف الصحفيين"
            masdar = not kidnap and not _MASDARS.isdisjoint(forms)
            skip = not masdar and words[x] not in _PARTICIPLES and not _subject_before(ctx, f, x)
            past = skip and kidnap and KIDNAP_SUBJECT_GROUP and _kidnapper_end(ctx, f, x)
            if kidnap and x + 1 < f.hi:
                # only a group or a plural in -ون is its subject: "اختطاف طائرة" names the craft taken, not one flying
                skip = skip and (any(m.i == x + 1 for m in ctx.actors_in(f.si, x + 1, f.hi))
                                 or _nominative_plural(ctx, f, x + 1))
            # "اختطفت عصابة مسلحة طفلا": a group noun after the finite verb is its subject, what follows it was taken
            span = _object_span(ctx, f, past, skip_subject=False) if past else _object_span(ctx, f, x + 1, skip_subject=skip)
            if kidnap and span is not None:
                span = _kidnapped(ctx, f, span)
            heads = [m for m in ctx.actors_in(f.si, span[0], f.hi) if m.i == span[0]] if span and masdar else []
            if heads:
                # "قصف التحالف مركز قيادة"، "قصف الحوثيون حي الدمينة": an actor right after the verbal noun
                # is its doer when an object follows it; a force alone is no target either
                after = _object_span(ctx, past_cut(ctx, f, heads), x + 1, skip_subject=True)
                if after is not None:
                    span = after
                elif any(m.entry.get("type") in FORCE_TYPES for m in heads):
                    span = None
        elif RAMMING_OBJECT and not _RAM_VERBS.isdisjoint(forms) and (span := _rammed(ctx, f, x)) is not None:
            text = ctx.quote(*s.token_span(*span))  # "دهست شاحنة صغيرة 4 مارة"، "عملية دهس للمارة"
            return ("ا" + text[1:] if text.startswith("لل") else text[1:] if words[span[0]][0] == "ل" else text), False
        elif ATTEMPTED_KILLING and x > f.lo and words[x] in _ATTEMPTED_KILLS and words[x - 1] in _ATTEMPT_WORDS:
            span = _object_span(ctx, f, x + 1, skip_subject=False)  # "محاولة اغتيال الوزير"، "حاول قتل المواطن"
            if span is not None and not (words[span[0]].startswith("ال") or span[0] + 1 < span[1]
                                         and words[span[0] + 1].startswith("ال")):
                span = None  # "محاولة اغتيال وقفت وراءها دولة": a clause on the attempt, no one named after it
        elif POISONED_OBJECT and _POISON_MASDAR in forms and x + 1 < f.hi and bare_in(words[x + 1], _POISON_VICTIMS):
            span = _object_span(ctx, f, x + 1, skip_subject=False)  # "تسميم عميل مزدوج سابق": who was poisoned
        elif NISBA_OBJECT and words[x].startswith("ال") and words[x][2:] in _MASDARS:
            span = _nisba_object(ctx, f, x)  # "القصف الإسرائيلي لمنازل المدنيين"
        elif ("علي" in forms or AGAINST_OBJECT and words[x] == "ضد" or words[x] == "الي" and any(
                b in _DIRECT_VERBS for w in words[max(f.lo, x - 5):x] for b in bare(w))) and x > f.lo and (any(
                b in _OBJECT_PREP_AFTER for w in words[_past_dates(ctx, f, x, 3):x] for b in bare(w))
                or _relative_doer(ctx, f, x) or _attack_before_gap(ctx, f, x) or _hedged_means_gap(ctx, f, x)
                or LAM_DOER_BEFORE_ON and _lam_doer_before(ctx, f, x)):
            if x + 1 < f.hi and words[x + 1] in _ON_IDIOMS_ENDING:
                continue  # "قصف على طول الطريق"، "هجوم على خلفية الخلاف": a fixed phrase, not what was hit
            span = _object_span(ctx, f, x + 1, skip_subject=False)
        if kidnap and span is not None and span[1] + 1 < f.hi and words[span[1]] == "من" \
                and read_quantity(words, span[0]) is not None:
            inner = _object_span(ctx, f, span[1] + 1, skip_subject=False)
            if inner is not None:
                span = (span[0], inner[1])  # "اختطاف اثنين من موظفي المنظمة": the count and whom it counts
        if span is not None and dawn_at(words, x) and _not_hit_after_dawn(words[span[0]]):
            continue  # "صدت القوات فجر الأحد هجوما شنه ..."، "قالت إنها فجر اليوم تعرضت لهجوم": the dawn of a day
            # is a time, and the attack or the speaker's ordeal told after it is not what was hit (what follows the
            # time is the object of the verb told before it: "قتلت القوات فجر أمس فلانا")
        if span is None:
            continue
        if perp is not None and s.start <= perp.start < s.end and perp.i <= span[0] < perp.j:
            continue  # (a doer told in another sentence has other token indices)
        if kidnap and KIDNAP_SUBJECT_GROUP and perp is not None and s.start <= perp.start < s.end \
                and perp.i < span[1] and span[0] < perp.j:
            continue  # "اختطف عناصر من تنظيم القاعدة جنديا": the kidnapper is never who was taken
        if bare_in(words[span[0]], OBJECT_PLACE_CUES) or any(
                m.i == span[0] for m in ctx.places_in(f.si, span[0], f.hi)):
            if place is None:  # "غارات على محافظة صعدة، استهدفت آليات": the place only when nothing else
                place, by_verb = span, not _OBJECT_VERBS.isdisjoint(forms)
            continue
        owner = [m for m in forces if m.i == span[0] + 1 and words[m.i].startswith("ل")]
        if owner and not SITE_AS_WRITTEN:
            return owner[0].entry.canonical, False  # "استهدف رتلا للجيش": the force owns what was hit
        if owner and span[1] < owner[0].j:
            span = (span[0], owner[0].j)  # "هاجموا مركزا للشرطة": the site with its owner, as written
        if owner and owner[0].j - owner[0].i == 1 and span[1] == owner[0].j:
            # a bare owner word ("رتلا للجيش") is named in full, as a pronoun owner is ("رتلا للجيش العراقي")
            name = owner[0].entry.canonical
            site = ctx.quote(*s.token_span(*span)).rsplit(None, 1)[0]
            return f"{site} {'لل' + name[2:] if name.startswith('ال') else 'ل' + name}", False
        text = ctx.quote(*s.token_span(*span))  # "مركز حدودي للجيش التركي": what was hit, as written
        if QUOTED_GROUP:
            text = _closed(ctx, text, s.token_span(*span)[1])
        lam = words[span[0]][0] == "ل" and span[0] > f.lo and (
            words[span[0] - 1] in _NISBA or bare_in(words[span[0] - 1], _MANNER | _ATTACK_SUBJECT_ADJS))
        return (_without_lam(text) if lam else text), False
    if place is not None:
        # a place a verb hit ("هاجم الجيش بلدة الغارية") is the target; one the strikes were over ("ركزت الغارات
        # على مدينة دير الزور") yields to what another sentence says they hit there
        return ctx.quote(*s.token_span(*place)), not by_verb
    return _site(ctx, f), False


POISONED_OBJECT = True
"""Switch (pass 61; on, off only to measure it): the object of the verbal noun "تسميم" (poisoning) is the target
when it opens with a word for a person of standing (the poisoning frame's ``poison_victims``: a spy, an agent, an
officer, a dissident): "ردا على تسميم عميل مزدوج سابق في مدينة X" -> "عميل مزدوج سابق"; "اتهمت لندن موسكو بتسميم
الجاسوس" -> "الجاسوس". Before it the poisoning record had no target. Not "تسميم الأجواء" or any object that is no
such person, and not the intransitive "تسمم" (being poisoned), which takes no object."""
_POISON_MASDAR = normalize("تسميم")


RAMMING_OBJECT = True
"""Switch (pass 54; on, off only to measure it): the object of a verb or verbal noun of ramming (``ramming_verbs``:
دهس، دهست، صدمت ...) is the target: "دهست شاحنة صغيرة 4 مارة" -> "4 مارة"; "صدمت سيارة حشداً من المارة" ->
"حشداً من المارة"; "عملية دهس للمارة" -> "المارة"; "صدم بسيارته 3 من الشرطة" -> "3 من الشرطة". The
vehicle that rams, told as the subject (``ramming_vehicles``, with its adjectives ``ramming_vehicle_adjectives``) or
as the means after "ب" ("بسيارته"، "بها"), is stepped over. "صدم" is also "to shock": a verb of "صدم" counts only
with a vehicle word near it; "دهس" always does."""
_RAM_VERBS = rules.words("roles", "ramming_verbs")
_RAM_SURE = rules.words("roles", "ramming_verbs_sure")
_RAM_VEHICLES = rules.words("roles", "ramming_vehicles")
_RAM_ADJS = rules.words("roles", "ramming_vehicle_adjectives")


def _rammed(ctx: DocContext, f: Frame, x: int) -> tuple[int, int] | None:
    """The span of what the ramming word at ``x`` ran into, or None."""
    s = ctx.sentences[f.si]
    words = s.words
    near = any(bare_in(words[k], _RAM_VEHICLES) or words[k].startswith("ب") and bare_in(words[k][1:], _RAM_VEHICLES)
               for k in range(max(f.lo, x - 4), min(f.hi, x + 4)))
    if _RAM_SURE.isdisjoint(bare(words[x])) and not near:
        return None  # "الواقعة التي صدمت اللبنانيين": a shock, no vehicle
    dated = _dated(ctx, f.si)
    y = x + 1
    y = past_dates(dated, y, f.hi)
    if y < f.hi and bare_in(words[y], _RAM_VEHICLES) and not words[y].startswith("ب"):
        y += 1  # "دهست شاحنة صغيرة": the vehicle is the subject
        while y < f.hi and (words[y] in _RAM_ADJS or y in dated):
            y += 1
    while y < f.hi and (words[y] in {"بها", "به"} or words[y].startswith("ب") and bare_in(words[y][1:], _RAM_VEHICLES)):
        y += 1  # "صدم بسيارته"، "دهس بها": the means
        while y < f.hi and (words[y] in _RAM_ADJS or y in dated):
            y += 1
    if y >= f.hi or s.tokens[y].clause_start:
        return None
    span = _object_span(ctx, f, y, skip_subject=False)
    if span is None or span[0] != y:
        return None
    if span[1] + 1 < f.hi and words[span[1]] == "من" and read_quantity(words, span[0]) is not None or \
            span[1] + 1 < f.hi and words[span[1]] == "من" and span[1] - span[0] == 1 \
            and not words[span[0]].startswith("ال"):
        inner = _object_span(ctx, f, span[1] + 1, skip_subject=False)
        if inner is not None:
            span = (span[0], inner[1])  # "3 من أفراد الأمن"، "حشداً من المارة": the count and whom it counts
    cut = next((k for k in range(span[0] + 1, span[1]) if words[k].startswith("ف") and len(words[k]) > 4
                and words[k].endswith(("هم", "ها", "ه"))), None)
    return (span[0], cut) if cut is not None else span  # "3 من أفراد الأمن فأصابهم": the next verb is no object


TAIL_VERB_ENDS_OBJECT = True
"""Switch (pass 52, A/B measurement and its tests): a verb that tells more of the object or of the strike after it
("كان/كانت" of a clause on it, "شملت" listing where, "يعمل" of a person's work, "كبدتهم" of the losses;
``object_tail_verbs``, with or without "و") ends the object: "طبيب يعمل في المستشفى" -> "طبيب"."""
_TAIL_VERBS = rules.words("roles", "object_tail_verbs")


CLAUSE_WORD_ENDS_OBJECT = True
"""Switch (pass 55): a word that opens a clause of its own after the object ends it (``object_clause_stops``, with or
without "و"): a conjunction of time or contrast ("عندما"، "حينما"، "بينما"، "حينها")، "أنه/إنه" of what is said, a verb of
saying ("قال"، "قالت") or of passive doing ("تم")، or a word of distance or origin ("تبعد"، "انطلاقا"): "قصفوا
مخفرا حدوديا يبعد ثلاثة أميال عن البلدة" -> "مخفرا حدوديا"."""
_CLAUSE_STOPS = rules.words("roles", "object_clause_stops")


KIDNAP_OBJECT = True
"""Switch (pass 52, A/B measurement and its tests): in a kidnapping frame, who was kidnapped is the target: the object
of a verb or verbal noun of abducting (``kidnap_object_verbs``: "اختطفت الميليشيا، الصيدلي"، "خطف مسلحون فتى"،
"إقدام الجماعة على اختطاف اثنين من موظفي المنظمة"), read as the object of an attack verb is, past a subject told
after the verb."""
_KIDNAP_VERBS = rules.words("roles", "kidnap_object_verbs")
_KIDNAP_MANNER = rules.words("roles", "kidnap_manner_words")
_SUSPECT = rules.words("roles", "suspect_words")


KIDNAP_SUBJECT_GROUP = True
"""Switch (pass 52, review52 H1; A/B measurement and its tests): after a finite verb of abducting ("اختطفت"، not the
verbal noun "اختطاف"), a group or force noun (``kidnap_subject_nouns``: "الميليشيات"، "عصابة"، "الجماعة"،
"عناصر"), with its adjectives (``kidnap_subject_adjectives``, ``subject_epithets``) and a group it names ("من تنظيم
القاعدة"، "التابعة للحوثيين"), is the verb's subject: who was taken follows it. A target that holds the doer read
for the frame is never returned."""
_KIDNAP_SUBJECTS = rules.words("roles", "kidnap_subject_nouns")
_KIDNAP_SUBJECT_ADJS = rules.words("roles", "kidnap_subject_adjectives") | _SUBJECT_EPITHETS


def _kidnapper_end(ctx: DocContext, f: Frame, v: int) -> int:
    """The token after a group noun told as the subject right after the finite kidnap verb at ``v`` ("اختطفت
    عصابة مسلحة طفلا" -> the index of "طفلا"), 0 when the word after the verb is no group noun or ``v`` is a
    verbal noun ("اختطاف")."""
    s = ctx.sentences[f.si]
    words = s.words
    y = v + 1
    if y >= f.hi or any(b.startswith("اختطاف") for b in bare(words[v])) or s.tokens[y].clause_start \
            or not (bare_in(words[y], _KIDNAP_SUBJECTS) or words[y].startswith("ال") and words[y][2:] in _KIDNAP_SUBJECTS):
        return 0
    head = [m.j for m in ctx.actors_in(f.si, y, f.hi) if m.i == y]
    y = max(head) if head else y + 1  # "اختطفت ميليشيا الحوثي": the group's name is the subject too
    while y < f.hi and not s.tokens[y].clause_start and bare_in(words[y], _KIDNAP_SUBJECT_ADJS):
        y += 1  # "عصابة مسلحة"، "الميليشيات الانقلابية"
    if y < f.hi and words[y] in _BARE_GROUPS and not s.tokens[y].clause_start:
        y += 1  # "اختطف مسلحو الجماعة طلابا": the group the gunmen are of is the subject too
    group = [m.j for m in ctx.actors_in(f.si, y, f.hi) if m.i == y or m.i == y + 1 and words[y] == "من"]
    if group and not s.tokens[y].clause_start:
        y = max(group)  # "عناصر من تنظيم القاعدة"، "التابعة للحوثيين"
    return y if y < f.hi else 0


def _kidnapped(ctx: DocContext, f: Frame, span: tuple[int, int]) -> tuple[int, int] | None:
    """Who a kidnapping took, from the object span after its word: past a manner word ("خطف جماعي لنحو 276
    تلميذة"), up to a second verb or verbal noun joined by "و" ("اختطفوا حافلة وانتهى الأمر"، "اختطاف طائرة
    وإجبارها"; :func:`_joined_verb`), None when the span opens with such a verb ("اختُطفت واغتُصبت"), is only a
    pronoun after "ل" ("اختطاف الحوثيين له") or opens with a hedge on the subject ("خطف مسلحون يشتبه في أنهم ...")."""
    words = ctx.sentences[f.si].words
    x, end = span
    if bare_in(words[x], _KIDNAP_MANNER) and x + 1 < end:
        x += 1
    if not KIDNAP_CUT_VERB:
        if words[x][0] == "و" or bare_in(words[x], _SUSPECT):
            return None
        cut = next((y for y in range(x + 1, end) if words[y][0] == "و" and not words[y][1:].startswith("ال")), end)
        return x, cut
    if _joined_verb(words[x]) or bare_in(words[x], _SUSPECT) or end == x + 1 and words[x] in _PRONOUN_OBJECTS:
        return None
    return x, next((y for y in range(x + 1, end) if _joined_verb(words[y])), end)


KIDNAP_CUT_VERB = True
"""Switch (pass 52, review52 H2; A/B measurement and its tests): the object of a kidnapping is cut at a word joined
by "و" that is not definite (a second verb or verbal noun: "وانتهى"، "وإخفاء"، "ودهس") unless that word names who was
taken too (:func:`_joined_verb`): a name written with "و" (``kidnap_waw_names``: "الصحفي وليد الحميري"، "وضاح
الحميري"), an indefinite accusative ("صحفيا ومصورا") or a kin or companion with its pronoun ("ثلاثة أطفال
ووالدتهم"، "وسائقه"; ``kidnap_joined_people``). A bare pronoun after "ل" ("له"، "لهم"; ``kidnap_pronoun_objects``)
names no one. Off: the cut at any such "و" word (the first KIDNAP_OBJECT)."""
_WAW_NAMES = rules.words("roles", "kidnap_waw_names")
_JOINED_PEOPLE = rules.words("roles", "kidnap_joined_people")
_PRONOUN_OBJECTS = rules.words("roles", "kidnap_pronoun_objects")
_NOUN_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")


def _joined_verb(word: str) -> bool:
    """True for a word joined by "و" that is no definite noun, no name, no indefinite accusative and no kin or
    companion (see :data:`KIDNAP_CUT_VERB`): a second verb or verbal noun ends the object."""
    if len(word) < 3 or word[0] != "و" or word[1:].startswith("ال") or word in _WAW_NAMES:
        return False
    w = word[1:]
    if w in _WAW_NAMES or len(w) >= 3 and w.endswith("ا") and not w.endswith(("وا", "ها")):
        return False  # "ووليد"، "ومصورا"
    stems = [w] + [w[:-len(p)] for p in _NOUN_PRONOUNS if w.endswith(p) and len(w) - len(p) >= 2]
    stems += [st[:-1] + "ه" for st in stems if st.endswith("ت")]  # "والدتهم" -> "والده"
    return not any(bare_in(st, _JOINED_PEOPLE) for st in stems)


SITE_AS_WRITTEN = True
"""Switch (pass 42; on, off only to measure it): what was hit, owned by a force written with "ل" right after it
("استهدف رتلا للجيش"، "هجوم على مركز للشرطة"), is the target as written, its owner with it, not the force alone
(GUIDELINES §4: the target is "who or what was attacked, short label as written"); an owner written as one bare
word is named in full ("رتلا للجيش العراقي")."""
DOER_CLAUSE = True
"""Switch (pass 41; on, off only to measure it): a verb of carrying out with a pronoun of the attack right after
the attack word ("تفجير نفذه"، "هجمات شنها"، "عملية تبناها"; ``doer_clause_verbs``) opens a clause telling the
doer: there is no object there, and neither the verb nor the doer after it is what was hit."""
_DOER_CLAUSE_VERBS = rules.words("roles", "doer_clause_verbs")
DEFINITE_LAM_MASDAR = True
"""Switch (pass 43; off only to measure it): a verbal noun of striking written with "ل" before its article ("إدانتها
للتفجير الإرهابي الذي استهدف مسجدا"، "تصدت للهجوم العنيف") is definite, and a definite verbal noun takes no object
after it: the word after it (its adjective) is not what was hit. ``bare`` also strips "لل" as two clitics, which read
it as the bare "تفجير" of "تفجير سيارة"; the target then came out as "الإرهابي"."""


_NOT_HIT_AFTER_DAWN = _ATTACK_NOUNS | rules.words("roles", "own_report_not_acts")
"""What a day's dawn ("فجر الأحد", :func:`roles_cues.dawn_at`) may be followed by that is not what was hit: the attack
itself (``attack_nouns``) or the speaker's ordeal (``own_report_not_acts``: "تعرضت"، "عثرت")."""


def _not_hit_after_dawn(word: str) -> bool:
    """True for a word of ``_NOT_HIT_AFTER_DAWN``, also in its indefinite accusative ("هجوما")."""
    return bare_in(word, _NOT_HIT_AFTER_DAWN) or (word.endswith("ا") and bare_in(word[:-1], _NOT_HIT_AFTER_DAWN))


OPERATION_NAME = True
"""Switch (pass 41; on, off only to measure it): a word of ``operation_name_verbs`` ("فجر", which is also "dawn")
right after an operation noun (``operation_nouns``: "عملية فجر الجزيرة") opens the operation's name; the place
named in it is not what a verb hit."""
_OPERATION_NOUNS = rules.words("roles", "operation_nouns")
_OPERATION_NAME_VERBS = rules.words("roles", "operation_name_verbs")


_LAM_NOT_OBJECT = frozenset(normalize(w) for w in rules.words("roles", "lam_not_object"))
NISBA_OBJECT = True
"""Switch (on; off only to measure it): after a verbal noun whose doer is told by a state's adjective, what
follows with "ل" is what was hit (:func:`_nisba_object`)."""


def _nisba_object(ctx: DocContext, f: Frame, x: int) -> tuple[int, int] | None:
    """The object written with "ل" after a verbal noun and a state's adjective, manner adjectives around it:
    "القصف التركي العنيف للقرى الحدودية" -> "للقرى الحدودية" (the adjective names the doer, so the "ل" phrase
    is not the doer's, as in "قصف مدفعي للجيش")."""
    s = ctx.sentences[f.si]
    words = s.words
    y, state = x + 1, False
    while y < min(f.hi, x + 4) and not s.tokens[y].clause_start:
        if words[y] in _NISBA:
            state = True
        elif not bare_in(words[y], _MANNER | _ATTACK_SUBJECT_ADJS):
            break
        y += 1
    if not state or y >= f.hi or s.tokens[y].clause_start or words[y][0] != "ل" or len(words[y]) < 4 \
            or words[y] in _LAM_NOT_OBJECT or y in _dated(ctx, f.si):
        return None  # "القصف الإسرائيلي لليوم الثالث": how long, not what
    if any(m.i == y for m in ctx.actors_in(f.si, y, f.hi)):
        return None  # "القصف الروسي للنظام": a force after "ل" may be the side it fought for
    return _object_span(ctx, f, y, skip_subject=False)


def _without_lam(text: str) -> str:
    """The object without the "ل" it is written with: "لمنازل المدنيين" -> "منازل المدنيين", "للقرى" -> "القرى"."""
    if text.startswith("لل"):
        return "ا" + text[1:]
    return text[1:] if text.startswith("ل") else text


def _site(ctx: DocContext, f: Frame) -> str | None:
    """A place of the kind attacks aim at, written as where a bomb went off or shots were fired
    ("انفجرت سيارة ملغومة في سوق"، "قرب سوق شعبي"، "عند نقطة تفتيش"، "خارج مسجد")."""
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(max(f.lo, 1), f.hi):
        forms = bare(words[x])
        site = not _SITE_NOUNS.isdisjoint(forms)
        if not site:
            continue
        glued = words[x] != forms[-1] and words[x][0] == "ب"  # "بسوق"
        if glued or words[x - 1] in _SITE_PREPOSITIONS:
            a = x
            span = _object_span(ctx, f, a, skip_subject=False)
            if span is not None:
                return ctx.quote(*s.token_span(*span))
    return None
