"""Grammar readers of the doer: sentence roles Arabic news writes the attacker in, past the plain subject.

- :func:`relative_subject`: the antecedent of a relative clause that tells the attack;
- :func:`possessed_attack`: the force an attack noun's pronoun refers to;
- :func:`pp_subject`: the subject after a preposition carrying a pronoun that follows the verb;
- :func:`means_follow`: "ب" + a means of attack after a state told as a verb's subject.

Their switches stay in the modules that call them (``roles_forces.RELATIVE_SUBJECT``, ``POSSESSED_ATTACK``,
``STATE_WITH_MEANS``; ``roles_subjects.PP_SUBJECT``); the word lists live in roles.json.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.agent.dates import DAY_NAMES
from marsad.agent.offline import rules
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_cues import (
    _ATTACK_VERBS,
    _ATTACKER_NOUNS,
    _FIRE_VERBS,
    _MILITIA,
    _STRIKE_VERBS,
    _denied,
    _is_victim,
)
from marsad.agent.offline.vocab import REL_PRONOUNS

_Reader = Callable[[DocContext, int, int], Mention | None]
"""A reader of the actor at one token of a sentence: (context, sentence, token) -> mention or None."""

# means of attack after a state --------------------------------------------------------------------------------

_MEANS_NOUNS = rules.words("roles", "state_means_nouns")
MEANS_NOT_VERBS = rules.words("roles", "state_means_not_verbs")
"""Verbs after which "ب" + a means tells a threat, a demand or a charge, not a strike ("وهددت إسرائيل بقصف")."""
_MEANS_SKIP = rules.words("roles", "state_means_skip") | DAY_NAMES


def means_follow(words: list[str], y: int) -> bool:
    """True when "ب" + a means of attack ("بغارات"، "بقصف"، "بالصواريخ") stands at ``y``, past at most two time
    words and one object word ("الصيادين")."""
    skipped = 0
    while y < len(words) and words[y] in _MEANS_SKIP and skipped < 2:
        y, skipped = y + 1, skipped + 1
    for z in range(y, min(len(words), y + 2)):
        w = words[z]
        if w[:1] == "ب" and (w[1:] in _MEANS_NOUNS or w[:3] == "بال" and w[3:] in _MEANS_NOUNS):
            return True
    return False


# relative clause ----------------------------------------------------------------------------------------------

_RELATIVE_ACTS = rules.words("roles", "relative_subject_acts")
"""Finite verbs of attacking or killing a relative clause may open with its antecedent as their subject."""
_RELATIVE_NOT_OBJECT = rules.words("roles", "relative_not_object")
"""Words right after such a verb that make it a passive one ("عناصر التنظيم الذين قتلوا في الغارة"): unvowelled
Arabic writes "قُتلوا" as "قتلوا", and the passive is followed by where, when or how, not by an object."""
_RELATIVE_GAP = int(rules.number("roles", "relative_subject_gap"))
"""How many words (the actor's adjectives: "الصومالية المتشددة") may stand between the actor and the pronoun."""
_RELATIVE_FOES = rules.words("roles", "relative_foe_words")
"""The word before an antecedent fought in a clash ("تبادلوا النار مع"): the clause tells how it answered."""
_RELATIVE_OWN = rules.words("roles", "relative_own_partitives")
"""Partitives after the verb ("قتلت 4 منهم"): of the attackers just told, so the antecedent answered them."""


def relative_subject(ctx: DocContext, f: Frame) -> Mention | None:
    """The actor a relative clause holding the frame's act is told of: "حركة الشباب الصومالية التي قتلت 67 شخصا
    في مركز تجاري"، "تنظيم داعش الذي فجر سوقا" -- Arabic names the doer as the antecedent of "الذي/التي/الذين"
    and tells the attack in the clause, whatever role the antecedent plays in the main clause (here the one
    fought). A registry force or group ends at most ``_RELATIVE_GAP`` adjectives
    before the pronoun; right after the pronoun a finite verb of attacking or killing (``_RELATIVE_ACTS``) in the
    frame's span, active: followed by its object or carrying one, not by a preposition or a time word
    (``_RELATIVE_NOT_OBJECT``: the passive is written alike). Not a denied actor."""
    s = ctx.sentences[f.si]
    words = s.words
    for v in range(max(1, f.lo), min(f.hi, len(words))):
        if words[v - 1] not in REL_PRONOUNS:
            continue
        forms = bare(words[v])
        stem = next((b for b in forms if b in _RELATIVE_ACTS), None)
        carried = stem is None and any(b.endswith(p) and b[:-len(p)] in _RELATIVE_ACTS
                                       for b in forms for p in ("هم", "ها", "ه"))
        if stem is None and not carried:
            continue
        if not carried and (v + 1 >= len(words) or words[v + 1] in _RELATIVE_NOT_OBJECT
                            or words[v + 1][:1] == "و" and words[v + 1] not in _RELATIVE_ACTS):
            continue
        r = v - 1
        best: Mention | None = None
        for m in ctx.mentions[f.si]:
            if not (r - _RELATIVE_GAP <= m.j <= r):
                continue
            if any(not words[y].startswith("ال") for y in range(m.j, r)):
                continue  # only the actor's own adjectives between it and the pronoun
            if m.kind == "actors" and m.entry.get("type") in FORCE_TYPES | {"armed_group"} \
                    and (best is None or m.j > best.j):
                best = m  # not a state: after a bomber, a state's adjective ("المهاجم الأردني الذي") is no doer
        if best is None or _denied(words, best, 0) or best.i > 0 and words[best.i - 1] in _RELATIVE_FOES:
            continue  # "تبادلوا النار مع الشرطة التي ...": the side that answered the attack
        if any(w in _RELATIVE_OWN or bare_in(w, _ATTACKER_NOUNS) for w in words[v + 1:v + 4]):
            continue  # "التي قتلت 4 منهم"، "الذي قتل المهاجم": it killed the attackers, it did not attack
        return best
    return None


# attack noun with its doer's pronoun ----------------------------------------------------------------------------------

_POSSESSED_NOUNS = rules.words("roles", "possessed_attack_nouns")
"""Attack nouns that take their doer's pronoun ("قصفها"، "هجماته"، "غاراتهم")."""
_POSSESSED_LEADS = rules.words("roles", "possessed_attack_leads")
"""Words a possessed attack noun follows as the masdar or preposition it depends on ("باستئناف قصفها"، "جراء
قصفه"): there "قصفها" is "its shelling", not the verb with an object pronoun ("قصفها التحالف": shelled it)."""
_FEMININE_ENDS = ("ه", "ات")
_BROKEN_PLURALS = rules.words("roles", "feminine_force_heads")
"""Heads of a force read as feminine for agreement (broken plurals and the militia word)."""


def possessed_attack(ctx: DocContext, f: Frame) -> Mention | None:
    """The force or group an attack noun's pronoun refers to: "وردت الميليشيا على هزيمتها في الريف بمواصلة
    هجماتها على أحياء المدينة" -- Arabic names the doer once, as the clause's subject, and then writes its attacks
    with its pronoun. The noun (``_POSSESSED_NOUNS`` + "ها"/"ه"/"هم") follows a masdar of going on or a
    preposition of cause or time (``_POSSESSED_LEADS``, with its clitics), so it is a noun and not a verb
    carrying its object; the antecedent is the nearest registry force or group before it in the sentence whose
    first word agrees with the pronoun (a feminine or a broken plural for "ها", a sound plural for "هم", any
    other for "ه"), not denied nor counted among the dead."""
    s = ctx.sentences[f.si]
    words = s.words
    for t in range(max(1, f.lo), min(f.hi, len(words))):
        w = words[t]
        suffix = next((p for p in ("هم", "ها", "ه") if w.endswith(p) and w[:-len(p)] in _POSSESSED_NOUNS), None)
        if suffix is None or not bare_in(words[t - 1], _POSSESSED_LEADS):
            continue
        best: Mention | None = None
        for m in ctx.actors_in(f.si, 0, t, FORCE_TYPES | {"armed_group"}):
            head = bare(words[m.i])[-1]
            plural = head.endswith(("ون", "ين"))
            feminine = head.endswith(_FEMININE_ENDS) or head in _BROKEN_PLURALS
            agrees = plural if suffix == "هم" else feminine if suffix == "ها" else not (feminine or plural)
            if agrees and (best is None or m.i > best.i):
                best = m
        if best is not None and not _denied(words, best, 0) and not _is_victim(words, best, f):
            return best
        return None
    return None


# preposition with a pronoun before the subject ------------------------------------------------------------------------

_PP_PRONOUNS = rules.words("roles", "pp_subject_pronouns")
"""Prepositions carrying a pronoun that Arabic puts between a verb and its subject ("قصفت منها المليشيات")."""
_PP_MASCULINE_VERBS = rules.words("roles", "pp_masculine_verbs")
"""Masculine verbs of attacking or firing that no verbal noun is spelt like ("قصف"، "شن" may be nouns)."""


def pp_subject(ctx: DocContext, f: Frame, named_militia: _Reader, epithet_at: _Reader) -> Mention | None:
    """The subject of an attack, strike or firing verb written after a preposition that carries a pronoun: "التلة
    التي قصفت منها المليشيات الحي"، "شنت عليها طائرات التحالف غارات"، "أطلقت عليه قوات الاحتلال النار" -- in
    verb-first Arabic such a short phrase comes before the subject, and the object after it, so the force right
    after it is the doer. The verb is a past one (feminine, or a masculine one no verbal noun is spelt like); the
    force is a registry force or group, a bare militia word for the militia the article named with one, or an
    epithet of the article's country; not denied nor counted among the dead. ``named_militia`` and ``epithet_at``
    are roles_forces' readers of a militia word and of an epithet, passed in (roles_forces imports this module)."""
    s = ctx.sentences[f.si]
    words = s.words
    verbs = _ATTACK_VERBS | _STRIKE_VERBS | _FIRE_VERBS
    for p in range(max(1, f.lo), min(f.hi, len(words)) - 1):
        if words[p] not in _PP_PRONOUNS:
            continue
        if not any(b in verbs and (b.endswith("ت") or b in _PP_MASCULINE_VERBS) for b in bare(words[p - 1])):
            continue
        x = p + 1
        m = next((m for m in ctx.mentions[f.si] if m.kind == "actors" and m.i == x
                  and m.entry.get("type") in FORCE_TYPES | {"armed_group"}), None)
        if m is None and bare_in(words[x], _MILITIA):
            named = named_militia(ctx, f.si, x)
            if named is not None:
                start, end = s.token_span(x, x + 1)
                m = Mention(named.entry, x, x + 1, start, end, ctx.quote(start, end))
        if m is None:
            m = epithet_at(ctx, f.si, x)
        if m is not None and not _denied(words, m, f.lo) and not _is_victim(words, m, f):
            return m
    return None
