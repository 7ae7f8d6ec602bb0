"""The person killed, told where the readers of what an attack was aimed at never look: the subject of "لقي ...
مصرعه" ("لقي القيادي فلان مصرعه"، "فلان، لقي حتفه"; :func:`met_death_victim`, switch ``MET_DEATH_VICTIM``), and the
object of "قتل" told with its killer ("قتل قناص المصور الصحافي فلان"; :func:`killed_object_victim`, switch
``KILLED_OBJECT``), and the person named before "الذي قتل/اغتيل" (:func:`relative_killed_victim`, switch
``RELATIVE_KILLED``), the people "الضحايا" is told of by its adjective ("الضحايا الفلسطينيين"; :func:`victims_adjective`),
and the dead written as the counted noun itself after a verb of killing or wounding ("قتل
فلسطينيان"، "قتل صحافيان فلسطينيان"، "أصيب شرطيان"; :func:`counted_noun_victim`, switch ``COUNTED_NOUN_VICTIM``).
"""

from __future__ import annotations

from marsad.agent.numbers import Quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties import COUNTED_NOUNS, INJURED, KILLED
from marsad.agent.offline.casualties_words import (
    _ATTACKERS,
    _TERRORIST_NOUNS,
    _dual_by_number,
    _dual_noun,
    _one_person,
    title_victim,
)
from marsad.agent.offline.context import DocContext, bare, bare_in, past_dates
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.roles_cues import _OBJECT_STOPS, _PERSON_NOUNS, _SITE_PREPOSITIONS, _THAT, _dated

__all__ = ["APPOSED_SUBJECT", "COUNTED_NOUN_VICTIM", "KILLED_OBJECT", "MET_DEATH_APPOSITION", "MET_DEATH_VICTIM",
           "RELATIVE_KILLED", "SUBJECT_VICTIM", "TITLED_VICTIM", "apposed_subject_victim", "counted_noun_victim",
           "killed_object_victim", "met_death_victim", "relative_killed_victim", "titled_victim",
           "titled_victim_span", "victims_adjective"]

MET_DEATH_VICTIM = True
"""Switch (pass 45; on, off only to measure it): a person written as the subject of "لقي/لقيت/يلقى" + a noun of death
with its pronoun ("مصرعه"، "حتفها"; ``met_death_verbs``, ``death_after``) is the target of the attack the
sentence tells: "لقي القيادي في الجماعة فلان مصرعه بغارة" -> "القيادي في الجماعة فلان"; "إن الشاب فلان، لقي حتفه
برصاص ..." -> "الشاب فلان". Only a person told by a title or a person noun (``victim_titles``, ``victim_person_nouns``,
definite or not) or a name the text marks as a person; a count ("لقي 7 عناصر ... مصرعهم") or a group ("لقي عدد من
العناصر") is read by the count readers, and a subject left in an earlier clause ("قبل أن يلقى مصرعه") gives none."""
_MET_VERBS = rules.words("roles", "met_death_verbs")
_FATE_NOUNS = rules.words("roles", "death_after")
_TITLES = rules.words("roles", "victim_titles")
_RELATIVES = rules.words("roles", "relative_words")
_LEAD_INS = rules.words("roles", "met_death_lead_ins")
"""Words that open the clause before the victim and are no part of it ("أما"، "إن")."""
_PARTICLES = rules.words("roles", "met_death_particles")
"""Particles between the victim and the verb ("فلان، فقد لقي مصرعه")."""
_SPAN = 8
"""Words at most in the victim's title and name."""


def met_death_victim(ctx: DocContext, f: Frame) -> str | None:
    """The person who met death in the frame's sentence, as written, or None (:data:`MET_DEATH_VICTIM`)."""
    if not MET_DEATH_VICTIM:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    reach = max(_SPAN, _APPOSED_SPAN) if MET_DEATH_APPOSITION else _SPAN
    first = max(0, f.lo - 2 * _APPOSED_SPAN - 2) if MET_DEATH_APPOSITION else f.lo
    for x in range(first, min(f.hi, len(words) - 1)):
        if words[x] not in _MET_VERBS:
            continue
        z = next((z for z in range(x + 1, min(len(words), x + 2 + reach))
                  if words[z] in _FATE_NOUNS or (z > x + 1 and (s.tokens[z].clause_start or s.tokens[z].soft_break))), None)
        if z is not None and words[z] in _FATE_NOUNS and z > x + 1 and s.tokens[z].clause_start:
            fate = z if MET_DEATH_APPOSITION and z - x - 1 <= _APPOSED_SPAN else None  # "لقي فلان، مصرعه"
        else:
            fate = _apposed_fate(s, x, z) if z is not None and words[z] not in _FATE_NOUNS else None
        apposed = fate is not None and f.lo <= fate < f.hi  # the frame's clause is the one the noun of death opens
        if x < f.lo and not apposed:
            continue
        if z is None or (words[z] not in _FATE_NOUNS and not apposed):
            continue
        if apposed:
            a, b = x + 1, z  # "لقي القيادي فلان، مشرف القوات في همدان، مصرعه": the words before the apposition
            if not (_person_head(ctx, f.si, a) or bare_in(words[a], _MET_ROLES)) \
                    or any(s.tokens[t].clause_start for t in range(a + 1, b)):
                return None
            return ctx.quote(*s.token_span(a, b))
        if z > x + 1:
            a, b = x + 1, z  # "لقي القيادي فلان مصرعه"
        else:
            b = x  # "فلان، لقي مصرعه"، "فلان الذي لقي مصرعه"، "فلان فقد لقي حتفه"
            while b > 0 and words[b - 1] in _PARTICLES and not s.tokens[b].clause_start:
                b -= 1
            if b > 0 and words[b - 1] in _RELATIVES and not s.tokens[b].clause_start:
                b -= 1
            if b == 0:
                return None
            a = b - 1  # a comma may part the victim from the verb
            while a > 0 and b - a < _SPAN and not (s.tokens[a].clause_start or s.tokens[a].soft_break) \
                    and words[a - 1] not in _THAT | _LEAD_INS:
                a -= 1
            if a > 0 and not (s.tokens[a].clause_start or s.tokens[a].soft_break) and words[a - 1] not in _THAT | _LEAD_INS:
                return None  # the clause runs on before: no subject of its own here
        while a < b and words[a] in _LEAD_INS:
            a += 1
        if a >= b or b - a > _SPAN or not _person_head(ctx, f.si, a):
            return None
        if any(not words[t].isalpha() or s.tokens[t].clause_start for t in range(a + 1, b)) and not _named(ctx, f.si, a, b):
            return None
        return ctx.quote(*s.token_span(a, b))
    return None


MET_DEATH_APPOSITION = True
"""Switch (pass 54; on, off only to measure it): :data:`MET_DEATH_VICTIM` also reads a victim whose apposition is
set off by commas before the noun of death: "لقي القيادي الحوثي فلان، مشرف القوات الخاصة في همدان، مصرعه بانفجار
عبوة" -> "القيادي الحوثي فلان"; "لقي مشرف الحوثيين في المديرية، المدعو فلان، مصرعه" -> "مشرف الحوثيين في المديرية".
The victim is the words before the first comma (at most :data:`_APPOSED_SPAN`), opening with a title, a person noun,
a marked name or a role noun (``met_death_role_nouns``: مشرف، مهندس، خبير ...); the noun of death must open the
clause right after the last comma, at most two commas and :data:`_APPOSED_SPAN` words after the first."""
_MET_ROLES = rules.words("roles", "met_death_role_nouns")
_APPOSED_SPAN = 12
"""Words at most in the victim before the apposition, and in the apposition."""


def _apposed_fate(s, x: int, z: int) -> int | None:
    """The index of a noun of death that opens a clause after the apposition starting at ``z`` (a comma), or None."""
    if not MET_DEATH_APPOSITION or not s.tokens[z].clause_start or z - x - 1 > _APPOSED_SPAN:
        return None
    commas = 1
    for w in range(z + 1, min(len(s.words), z + 1 + _APPOSED_SPAN)):
        if s.tokens[w].clause_start:
            if s.words[w] in _FATE_NOUNS:
                return w
            commas += 1
            if commas > 2:
                return None
    return None


def _person_head(ctx: DocContext, si: int, a: int) -> bool:
    """Whether the victim's phrase opens with a title, a person noun (definite or not) or a person's name."""
    w = ctx.sentences[si].words[a]
    return _titled(w) or bare_in(w, _TITLES) or any(p.sentence == si and p.i == a for p in ctx.persons)


def _titled(w: str) -> bool:
    """Whether a word is a title or a person noun, definite or not."""
    forms = {w, w[2:] if w.startswith("ال") else "ال" + w}
    return not forms.isdisjoint(_TITLES) or not forms.isdisjoint(_PERSON_NOUNS)


def _named(ctx: DocContext, si: int, a: int, b: int) -> bool:
    """Whether a person's name the text marks lies inside the victim's words (a quoted nickname may break them)."""
    return any(p.sentence == si and a <= p.i and p.j <= b for p in ctx.persons)


KILLED_OBJECT = True
"""Switch (pass 45; on, off only to measure it): "قتل/قتلت/قتلوا" (``active_kill_verbs``) with its killer written
right after it -- an actor, or a killer or weapon noun (``killer_nouns``, ``subject_nouns``,
``attack_subject_nouns``) with up to two adjectives or its owner after "ل" -- and then, past a day, a definite
person noun or title (``killed_person_nouns``, ``victim_person_nouns``, ``victim_titles``) is the active verb: that
person, up to the clause mark, is the target ("قتل قناص حوثي المصور الصحافي فلان"، "قتل مسلحون مجهولون أمس الشاب
فلان"). The passive "قتل قناص حوثي في ..." has no definite person after the noun and gives none; neither does an
indefinite or counted object, which the count readers take."""
_KILL_VERBS = rules.words("roles", "active_kill_verbs")
_KILLERS = rules.words("roles", "killer_nouns") | rules.words("roles", "subject_nouns") \
    | rules.words("roles", "attack_subject_nouns")
_KILLED_PEOPLE = rules.words("roles", "killed_person_nouns") | _PERSON_NOUNS
_ADJ_ENDINGS = ("ي", "يه", "ون", "يون", "ين")
_NAME_SPAN = 7
"""Words at most in the killed person's title and name."""


def _definite_person(word: str) -> bool:
    """True for a definite person noun or title ("المسؤول"، "الضابط"): the head of a killed person's object."""
    return word.startswith("ال") and (word[2:] in _KILLED_PEOPLE or word in _TITLES)


def killed_object_victim(ctx: DocContext, f: Frame) -> str | None:
    """The person "قتل" takes as its object after its killer, as written, or None (:data:`KILLED_OBJECT`)."""
    if not KILLED_OBJECT:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    n = len(words)
    dated = _dated(ctx, f.si)
    for x in range(f.lo, min(f.hi, n - 2)):
        if words[x] not in _KILL_VERBS:
            continue
        y = _past_killer(ctx, f.si, x + 1)
        if y is None:
            continue
        y = past_dates(dated, y, n)
        if y >= n or s.tokens[y].clause_start or s.tokens[y].soft_break:
            continue
        w = words[y]
        if not _definite_person(w):
            continue
        end = y + 1
        while end < min(n, y + _NAME_SPAN) and not (s.tokens[end].clause_start or s.tokens[end].soft_break) \
                and words[end].isalpha() and words[end] not in _OBJECT_STOPS and end not in dated:
            end += 1
        return ctx.quote(*s.token_span(y, end))
    return None


def _past_killer(ctx: DocContext, si: int, y: int) -> int | None:
    """The token after the killer written at ``y`` (an actor, or a killer noun with up to two adjectives or its owner
    after "ل"), or None when no killer stands there."""
    s = ctx.sentences[si]
    words = s.words
    n = len(words)
    dated = _dated(ctx, si)
    y = past_dates(dated, y, n)
    if y >= n:
        return None
    at = [m.j for m in ctx.actors_in(si, y, n) if m.i == y]
    if at:
        return max(at)
    if not bare_in(words[y], _KILLERS) or words[y][0] == "ب":
        return None
    y += 1
    for _ in range(2):
        if y >= n or s.tokens[y].clause_start or s.tokens[y].soft_break:
            break
        owner = [m.j for m in ctx.actors_in(si, y, n) if m.i == y and words[y][0] == "ل"]
        if owner:
            y = max(owner)
        elif not words[y].startswith("ال") and words[y].endswith(_ADJ_ENDINGS) and words[y] not in _KILLED_PEOPLE:
            y += 1
        else:
            break
    return y


KIN_VICTIM = True
"""Switch (pass 65): a kin noun with its owner's pronoun right after a word of killing (``active_kill_verbs``,
``named_kill_words`` but the nouns of a death "مقتل"/"مصرع"/"استشهاد", with "ب"/"ل"/"و" before it: "أقدم شاب على
قتل والده"، "بعد أن قتل زوجته"، "اتهم باغتيال شقيقه"; ``kin_nouns``: father, mother, brother, sister, wife, son, daughter ...) is the person killed: the target is
that word as written, with a second kin noun joined by "و" ("شقيقه وابن عمه"). Before it such a killing had no
target (the pronoun's owner is the killer, no victim noun stands after the verb). Past the active verb's subject
("قتل رجل والده طعنا"، "قتل شاب شقيقه") the kin noun is the target too, read before the person noun after the verb (which
is there the killer); a kin noun joined by "و" ("قتل رجل وابنه") is one more of the dead and is left to the other readers."""
_KIN = rules.words("roles", "kin_nouns")
_DEATH_NOUNS = frozenset({"مقتل", "مصرع", "استشهاد"})
"""Nouns of a death, not of a killing: "بعد مقتل شقيقه" mostly recalls an earlier death beside the news, and its
frame joins the news's record (a slice record lost its victims so): left out of the kin reader."""
_KIN_SUFFIXES = ("هما", "هم", "ها", "ه")
_KIN_KILL = rules.words("roles", "active_kill_verbs") | (rules.words("roles", "named_kill_words") - _DEATH_NOUNS)


def _kin(word: str, joined: bool = True) -> bool:
    """Whether a normalised word is a kin noun with an owner's pronoun ("والده"، "زوجته"، "ابنيه"); ``joined``: also
    with "و" before it ("وابنه")."""
    for w in (word, word[1:]) if joined and word.startswith("و") and len(word) > 4 else (word,):
        for x in _KIN_SUFFIXES:
            if w.endswith(x) and len(w) > len(x) + 1:
                stem = w[:-len(x)]
                if stem in _KIN or stem.endswith("ت") and stem[:-1] + "ه" in _KIN \
                        or stem.endswith("ي") and stem[:-1] in _KIN:
                    return True
    return False


def kin_victim(ctx: DocContext, f: Frame, subject: bool = False) -> str | None:
    """The kin a word of killing in the frame takes as its object, as written (:data:`KIN_VICTIM`), or None.

    ``subject``: read only the kin told past the active verb's subject ("قتل رجل والده": the man killed his father;
    the man is the killer, no victim), which must be tried before the readers of a person noun after the verb."""
    if not KIN_VICTIM:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(f.lo, min(f.hi, len(words) - 1)):
        w = words[x]
        if subject:
            k = _past_subject(ctx, f.si, x + 1) if w in _KILL_VERBS else None
            if k is None or k >= len(words) or not _kin(words[k], joined=False) \
                    or s.tokens[k].clause_start or s.tokens[k].soft_break:
                continue
            x = k - 1
        elif not (w in _KIN_KILL or w[:1] in "بلو" and w[1:] in _KIN_KILL) or not _kin(words[x + 1]) \
                or s.tokens[x + 1].clause_start:
            continue
        end = x + 2
        if end < len(words) and words[end].startswith("و") and not s.tokens[end].clause_start:
            if _kin(words[end]):
                end += 1  # "والده ووالدته"
            elif end + 1 < len(words) and words[end][1:] in _KIN and _kin(words[end + 1]) \
                    and not s.tokens[end + 1].clause_start:
                end += 2  # "شقيقه وابن عمه"
        return ctx.quote(*s.token_span(x + 1, end))
    return None


def _past_subject(ctx: DocContext, si: int, y: int) -> int | None:
    """The token after the active verb's subject written at ``y`` -- a killer (:func:`_past_killer`) or an
    indefinite person noun ("رجل"، "شاب") with up to two adjectives after it ("شاب عشريني") -- or None."""
    s = ctx.sentences[si]
    words = s.words
    n = len(words)
    end = _past_killer(ctx, si, y)
    if end is not None and end > y:
        return end
    if y >= n or words[y].startswith("ال") or words[y][0] in "بل" or words[y] not in _PERSON_NOUNS:
        return None
    end = y + 1
    while end < min(n, y + 3) and not (s.tokens[end].clause_start or s.tokens[end].soft_break) \
            and not words[end].startswith(("ال", "و")) and words[end].endswith(_ADJ_ENDINGS) and not _kin(words[end]):
        end += 1  # "شاب عشريني"
    return end


MASDAR_KILL_OBJECT = True
"""Switch (pass 65): the verbal noun "قتل" written so that it cannot be the passive verb -- with "ب"/"ل" glued to it
or after "على" ("أقدم على قتل"، "اتهم بقتل"، "سعى لقتل") -- takes the definite person noun or title right after it
(``killed_person_nouns``, ``victim_person_nouns``, ``victim_titles``) as its object: that person, up to the clause
mark (at most ``_NAME_SPAN`` words), is the target: "أقدمت على قتل المسؤول عن الجوازات في السفارة" -> "المسؤول عن
الجوازات في السفارة". An indefinite or counted object is left to the count readers."""
_MASDAR_KILL = frozenset({"بقتل", "لقتل"})
_KILL_OR_HURT = KILLED | INJURED
"""Words of killing or wounding: they end the object's name span."""


def masdar_kill_victim(ctx: DocContext, f: Frame) -> str | None:
    """The person the verbal noun "قتل" takes as its object (:data:`MASDAR_KILL_OBJECT`), as written, or None."""
    if not MASDAR_KILL_OBJECT:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    n = len(words)
    for x in range(f.lo, min(f.hi, n - 1)):
        if not (words[x] in _MASDAR_KILL or words[x] == "قتل" and x > 0 and words[x - 1] == "علي") \
                or s.tokens[x + 1].clause_start:
            continue
        w = words[x + 1]
        if not _definite_person(w):
            continue
        end = x + 2
        while end < min(n, x + 1 + _NAME_SPAN) and not (s.tokens[end].clause_start or s.tokens[end].soft_break) \
                and words[end].isalpha() and words[end] not in _OBJECT_STOPS \
                and _KILL_OR_HURT.isdisjoint(bare(words[end])):
            end += 1
        return ctx.quote(*s.token_span(x + 1, end))
    return None


RELATIVE_KILLED = True
"""Switch (pass 45; on, off only to measure it): a person named before "الذي/التي" + a passive verb of killing
(``passive_kill_verbs``: "قتل"، "اغتيل") with no object after it -- a preposition, a day or the clause's end follows
("القيادي فلان، الذي قتل في مواجهات"، "الزعيم فلان الذي اغتيل في مايو") -- is the target: from the nearest title
or person noun at most eight words before the relative pronoun, within its clause and after any "أن". "الرجل الذي قتل 4 أشخاص" (an object
follows) is the killer, not a victim."""
_PASSIVE_KILL = rules.words("roles", "passive_kill_verbs")
_PASSIVE_NEXT = rules.words("roles", "passive_kill_next_words")
"""Words that may follow a passive verb of killing (prepositions and cues of cause or place: "في"، "خلال"، "إثر")."""


def relative_killed_victim(ctx: DocContext, f: Frame) -> str | None:
    """The person killed, named before "الذي قتل" (:data:`RELATIVE_KILLED`), as written, or None."""
    if not RELATIVE_KILLED:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    n = len(words)
    dated = _dated(ctx, f.si)
    for x in range(max(f.lo, 2), min(f.hi, n)):
        if words[x] not in _PASSIVE_KILL or words[x - 1] not in _RELATIVES or s.tokens[x].clause_start:
            continue
        if x + 1 < n and not (s.tokens[x + 1].clause_start or x + 1 in dated or bare_in(words[x + 1], _PASSIVE_NEXT)):
            continue  # "الذي قتل 4 أشخاص": an object follows, the man killed, he was not killed
        b = x - 1
        a = name = None
        for t in range(b - 1, max(-1, b - 1 - _SPAN), -1):
            if not words[t].isalpha() or words[t] in _THAT | _LEAD_INS:
                break  # "أعلن المدعي العام أن فلان الذي قتل": the speaker before "أن" is not the one killed
            w = words[t][1:] if words[t][0] == "و" and len(words[t]) > 3 else words[t]
            if _titled(w):
                a = t  # the nearest title: "ابن عم الرئيس وقائد قوات الدفاع الذي قتل" -> "قائد قوات الدفاع"
                break
            if name is None and _person_head(ctx, f.si, t):
                name = t
            if s.tokens[t].clause_start or s.tokens[t].soft_break:
                break
        a = a if a is not None else name
        if a is None:
            continue
        if words[a][0] == "و" and words[a] not in _TITLES:
            return ctx.quote(s.token_span(a, a + 1)[0] + 1, s.token_span(a, b)[1])
        return ctx.quote(*s.token_span(a, b))
    return None


COUNTED_NOUN_VICTIM = True
"""Switch (pass 53; on, off only to measure it): when the toll is the counted noun itself -- a dual that is its own
number ("قتل فلسطينيان"، "أصيب شرطيان"، "مقتل مدنيين اثنين") or one person with no number ("قتل فلسطيني برصاص"،
"قتل صياد") -- that noun, with up to two nisba adjectives after it ("صحافيان فلسطينيان"), is the target: the people
the attack hit. Nouns that tell nobody ("شخصان"، "آخران"; ``person_count_nouns``, ``counted_nobody_nouns``) and
attackers ("مسلحان"، "انتحاري") name none, nor does a noun of the dead itself ("قتيلين"). A noun in construct takes
the definite noun after it ("مسؤول التجنيد"). The dead of an event told after its noun ("غداة اشتباكات قتل فيها
فلسطينيان") are that event's, not the frame's: none. The count readers had the number but no reader took its noun: a
nisba or a dual is no person noun of ``victim_person_nouns``."""
_NOBODY = rules.words("roles", "person_count_nouns") | rules.words("roles", "counted_nobody_nouns") \
    | rules.words("casualties", "one_more") | rules.words("casualties", "two_more")
_NISBA_ENDINGS = ("ي", "يه", "ية", "يان", "يين", "يون", "يتان", "يتين")
_NISBA_AFTER = 2
"""Nisba adjectives at most after the counted noun."""
_CONSTRUCT_AFTER = 2
"""Definite nouns at most a counted noun in construct takes ("مسؤول التجنيد")."""
_IN_IT = rules.words("attacks", "toll_in_it_pronouns")
"""The pronoun that hands the dead to an event named before ("قتل فيها"، "سقط خلاله")."""


def counted_noun_victim(ctx: DocContext, f: Frame, killed: Quantity | None) -> str | None:
    """The dead told by the counted noun that is its own number, as written, or None (:data:`COUNTED_NOUN_VICTIM`)."""
    if not COUNTED_NOUN_VICTIM or killed is None:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    n = len(words)
    a = killed.start
    if 0 <= a < n and killed.end - a > 2 and a != f.i:
        return _subject_victim(ctx, f, killed)
    if not 0 <= a < n or killed.end not in (a + 1, a + 2) or a == f.i:
        return None
    w = words[a]
    if not w.isalpha() or w in _NOBODY or bare_in(w, _ATTACKERS | _TERRORIST_NOUNS) \
            or any(b in KILLED | INJURED | COUNTED_NOUNS for b in bare(w)):
        return None
    if a > 0 and words[a - 1] in _IN_IT or a > 1 and words[a - 2] in _IN_IT:
        return None  # "اشتباكات قتل فيها فلسطينيان": the dead of the clashes
    if killed.end == a + 2:
        if not _dual_by_number(words, a):
            return None  # "مقتل مدنيين اثنين": the noun, without its number
    elif not (_dual_noun(w) or _one_person(w)):
        return None
    end = a + 1
    if killed.end == a + 1:
        while end < min(n, a + 1 + _CONSTRUCT_AFTER) and words[end].startswith("ال") and words[end].isalpha() \
                and not words[end].endswith(_NISBA_ENDINGS) and words[end] not in _OBJECT_STOPS \
                and not (s.tokens[end].clause_start or s.tokens[end].soft_break):
            end += 1  # "مسؤول التجنيد في ميليشيا الحوثي": the noun in construct with its genitive
        if end > a + 1:
            return ctx.quote(*s.token_span(a, end))
    while end < min(n, a + 1 + _NISBA_AFTER) and end < killed.end + _NISBA_AFTER and not (
            s.tokens[end].clause_start or s.tokens[end].soft_break) and words[end].isalpha() and len(words[end]) > 3 \
            and words[end].endswith(_NISBA_ENDINGS) and words[end] not in _OBJECT_STOPS \
            and not any(m.i == end for m in ctx.mentions[f.si]):
        if end == a + 1 and killed.end == a + 2:
            break  # the number two stands there
        end += 1
    return ctx.quote(*s.token_span(a, end))


SUBJECT_VICTIM = True
"""Switch (pass 54; on, off only to measure it): :data:`COUNTED_NOUN_VICTIM` also reads one person written as the
subject before the verb of death, with up to three adjectives and "قد": "أن فتى فلسطينيا قتل برصاص" -> "فتى
فلسطينيا"; "وكانت الممرضة الفلسطينية المتطوعة قد قتلت" -> "الممرضة الفلسطينية المتطوعة"; "بأن فتى فلسطينياً توفي
متأثراً بجروح" -> "فتى فلسطينياً". The toll's span then runs from the noun to the verb (``KILLED`` or
``subject_death_verbs``). The same nouns give none as before the verb: nobody, attackers, the dead's own noun."""
_DEATH_VERBS = rules.words("roles", "subject_death_verbs")
_MAY = frozenset({"قد", "لقد"})
_SUBJECT_ADJ = 3
"""Adjectives at most between the subject and the verb."""


def _subject_victim(ctx: DocContext, f: Frame, killed: Quantity) -> str | None:
    """The one person the toll's span opens with when the span ends on its verb of death, as written, or None."""
    if not SUBJECT_VICTIM:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    a, v = killed.start, killed.end - 1
    if v >= len(words) or not any(b in KILLED | _DEATH_VERBS for b in bare(words[v])):
        return None
    b = v - 1 if words[v - 1] in _MAY else v
    if b - a > 1 + _SUBJECT_ADJ or b <= a:
        return None
    w = words[a]
    head = w[2:] if w.startswith("ال") else w
    if not w.isalpha() or head in _NOBODY or bare_in(w, _ATTACKERS | _TERRORIST_NOUNS) or not _one_person(head) \
            or any(x in KILLED | INJURED | COUNTED_NOUNS for x in bare(w)):
        return None
    if a > 0 and words[a - 1] in _IN_IT:
        return None
    for t in range(a + 1, b):
        if not words[t].isalpha() or s.tokens[t].clause_start or s.tokens[t].soft_break or words[t] in _OBJECT_STOPS \
                or (any(m.i == t for m in ctx.mentions[f.si]) and not words[t].endswith(_NISBA_ENDINGS)):
            return None  # only adjectives of the one person stand between it and its verb ("الفلسطينية": a nisba)
    return ctx.quote(*s.token_span(a, b))


APPOSED_SUBJECT = True
"""Switch (pass 54; on, off only to measure it): a person written as the subject before "لقي مصرعه/حتفه" or a
passive verb of death, with one or two appositions set off by commas, the verb opening the clause after the last one:
"أن القيادي الحوثي فلان، أحد أكبر القياديين في المحور، لقي حتفه" -> "القيادي الحوثي فلان، أحد أكبر القياديين في
المحور"; "أن القيادي الحوثي، فلان، قتل مع عدد من العناصر" -> "القيادي الحوثي، فلان". The phrase opens with a title,
a person noun or a role noun (``met_death_role_nouns``) right after "أن/إن/أما" or a clause mark. The passive verb
must be followed by what tells how or with whom it died, not by an object (``apposed_passive_after``: مع، في، خلال
...; a word in "ب")."""
_PASSIVE_AFTER = rules.words("roles", "apposed_passive_after")
_SEGMENT = 12
"""Words at most in each part of the phrase."""


def apposed_subject_victim(ctx: DocContext, f: Frame) -> str | None:
    """The person, with its appositions, written before the verb of death that opens a clause, or None."""
    if not APPOSED_SUBJECT:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    n = len(words)
    for v in range(max(1, f.lo), min(f.hi, n - 1)):
        w = words[v]
        if w in _MET_VERBS:
            if not (words[v + 1] in _FATE_NOUNS or (v + 2 < n and words[v + 2] in _FATE_NOUNS)):
                continue
        elif any(b in _DEATH_VERBS for b in bare(w)):
            nxt = words[v + 1]
            if not (nxt in _PASSIVE_AFTER or (nxt.startswith("ب") and len(nxt) > 3)):
                continue
        else:
            continue
        c = v - 1 if words[v - 1] in _PARTICLES | _MAY else v  # "فقد لقي"، "قد قتل"
        if not s.tokens[c].clause_start:
            continue
        lo = max(0, c - 3 * _SEGMENT)
        lead = next((k for k in range(c - 1, lo - 1, -1) if words[k] in _LEAD_INS), None)
        if lead is not None:
            candidates = [lead + 1]
        else:
            candidates = [k for k in range(c - 1, lo - 1, -1) if k == 0 or s.tokens[k].clause_start]
        for a in candidates:
            marks = [k for k in range(a + 1, c) if s.tokens[k].clause_start]
            if not 1 <= len(marks) <= 2 or any(y - x > _SEGMENT for x, y in zip([a, *marks], [*marks, c], strict=True)):
                continue
            if any(words[k] in _LEAD_INS | _MET_VERBS or not words[k].replace("_", "").isalpha()
                   and not s.tokens[k].soft_break for k in range(a, c)):
                continue
            if _person_head(ctx, f.si, a) or bare_in(words[a], _MET_ROLES):
                return ctx.quote(*s.token_span(a, c))
        return None
    return None


TITLED_VICTIM = True
"""Switch (pass 63; on, off only to measure it): the one person a kill or wound word counts by an office or a kinship
(casualties_words.TITLE_VICTIM: "قتل مدير الناحية برصاص مسلحين"، "أسفر الهجوم عن مقتل مختار القرية"، "مقتل والد
الطفل على أيدي مسلحين") is the target, as written: the title and the nouns it is annexed to ("مدير الناحية"،
"رئيس بلدية الكرمة") or a name after it, up to a preposition, a word with a clitic ("برصاص"، "وشقيقه"), a day or
the clause mark. Before, the count was read and no target."""
_TITLE_SPAN = 4
TITLE_CHAIN_NOUNS = True
"""Switch (pass 64; on, off only to measure it): a noun whose first letter is that of a clitic ("بلدية"، "لواء"،
"وزارة"، ``title_chain_clitic_nouns``) annexed to the title is part of it: "قتل مسلحون رئيس بلدية الكرمة برصاص"
gives "رئيس بلدية الكرمة", where the clitic check cut it to "رئيس"; and a preposition of a site ("أمام"، "قرب",
``site_prepositions``) ends the title ("اغتال مسلحون رئيس بلدية الكرمة فلان أمام منزله")."""
_CHAIN_NOUNS = rules.words("roles", "title_chain_clitic_nouns")
"""Words at most in the victim's title (the head word and those annexed to it)."""


def titled_victim(ctx: DocContext, f: Frame) -> str | None:
    """The titled person a kill or wound word of the frame counts, as written, or None (:data:`TITLED_VICTIM`)."""
    span = titled_victim_span(ctx, f)
    return None if span is None else ctx.quote(*ctx.sentences[f.si].token_span(*span))


def titled_victim_span(ctx: DocContext, f: Frame) -> tuple[int, int] | None:
    """The tokens of :func:`titled_victim`, or None."""
    if not TITLED_VICTIM:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    n = len(words)
    dated = _dated(ctx, f.si)
    for x in range(f.lo, min(f.hi, n - 1)):
        if not any(b in KILLED | INJURED for b in bare(words[x])) or s.tokens[x + 1].clause_start:
            continue
        y = x + 1 if title_victim(words, x + 1, f.hi, lo=f.lo) == "title" else _title_after_doer(s, x, f)
        if y is None:
            continue
        end = y + 1
        while end < min(n, y + _TITLE_SPAN) and not (s.tokens[end].clause_start or s.tokens[end].soft_break) \
                and words[end].isalpha() and (words[end][0] not in "وفبلك" or TITLE_CHAIN_NOUNS and words[end] in _CHAIN_NOUNS) \
                and words[end] not in _OBJECT_STOPS and not (TITLE_CHAIN_NOUNS and words[end] in _SITE_PREPOSITIONS) \
                and end not in dated and not any(b in KILLED | INJURED for b in bare(words[end])):
            end += 1
        return y, end
    return None


_TITLED_DOERS = rules.words("roles", "titled_victim_doers")
"""Doers an active kill verb may name before the titled person it killed ("قتل مسلحون مجهولون مدير الناحية")."""


def _title_after_doer(s, x: int, f: Frame) -> int | None:
    """Where the title stands that an active kill verb at ``x`` takes as its object after its doer: "قتل مسلحون
    مجهولون مدير ناحية ... برصاص" (the doer, up to two words of it, then the title); None when the word after the
    verb is no doer of :data:`_TITLED_DOERS` or no title follows it (casualties_words.TITLE_VICTIM, with the doer)."""
    words = s.words
    if not bare_in(words[x], _KILL_VERBS) or words[x + 1] not in _TITLED_DOERS:
        return None
    for y in range(x + 2, min(f.hi, len(words), x + 4)):
        if s.tokens[y].clause_start or s.tokens[y].soft_break or not words[y].isalpha() or words[y][0] in "وفبلك":
            return None
        if title_victim(words, y, f.hi, words[x + 1], lo=f.lo) == "title":
            return y
    return None


_VICTIMS = frozenset({"الضحايا", "ضحايا"})
_PEOPLE_PLURALS = ("يين", "يون")


def _adjective_at(ctx: DocContext, si: int, x: int) -> bool:
    """True when the word after "الضحايا"/"ضحايا" at ``x`` is its adjective: a plural of people in -يين/-يون that
    agrees with it in definiteness ("الضحايا الفلسطينيين"، "ضحايا مدنيين"), in the same clause, and names no armed
    group. After the indefinite "ضحايا" a definite word is whose victims they were ("ضحايا الإرهابيين": the doers)."""
    s = ctx.sentences[si]
    words = s.words
    y = x + 1
    if not (words[y].endswith(_PEOPLE_PLURALS) and len(words[y]) > 5) or s.tokens[y].clause_start:
        return False
    if ("الضحايا" in bare(words[x])) != words[y].startswith("ال"):
        return False
    return not ctx.actors_in(si, y, y + 1, {"armed_group"})


def _other_clause(s, x: int, f: Frame) -> bool:
    """True when a comma stands between the victims noun at ``x`` and the frame's word: the noun is told in another
    clause ("قتل خمسة في انفجار وسط السوق، فيما طالب النواب بتعويض الضحايا العراقيين السابقين"). A toll told after the
    comma with its number ("حدادا على الضحايا الفلسطينيين في المجزرة، 40 شهيدا") is the same incident's."""
    toks = s.tokens
    return any(toks[t].clause_start and not (t <= f.i and s.words[t][:1].isdigit())
               for t in range(min(x, f.i) + 1, max(x, f.i) + 1))


def victims_adjective(ctx: DocContext, f: Frame) -> str | None:
    """The people the victims were, told only by the adjective after "الضحايا"/"ضحايا" (with a clitic: "على
    الضحايا"، "للضحايا") in the frame's own clause (:func:`_other_clause`; :func:`_adjective_at`):
    "الحداد على الضحايا الفلسطينيين"،
    "ارتفعت حصيلة الضحايا المدنيين" -> that word as written. None when the span names victims twice with different
    people, or the word after the noun is no such adjective ("ضحايا القصف"، "ضحايا الإرهابيين")."""
    s = ctx.sentences[f.si]
    words = s.words
    at = [x for x in range(f.lo, min(f.hi, len(words) - 1)) if bare_in(words[x], _VICTIMS)
          and not _other_clause(s, x, f) and _adjective_at(ctx, f.si, x)]
    if len({words[x + 1] for x in at}) != 1:
        return None
    return ctx.quote(*s.token_span(at[0] + 1, at[0] + 2))
