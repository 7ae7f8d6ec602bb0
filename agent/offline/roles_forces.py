"""Doers named as a force rather than as the subject of the attack verb: a fighting unit for the group it
belongs to, a bare militia word for the militia the article named, an epithet for the force it stands for (general,
or by the article's country: ``country_epithet_doers``), a state for its forces (``state_doers``, with its allies'
doers), and a state's adjective after an attack or doer noun (``nisba_doers``).
"""

from __future__ import annotations

from functools import lru_cache

from marsad.agent.numbers import read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import DIRECTIONS, Mention, get_gazetteer
from marsad.agent.offline.roles_cues import (
    _ACCUSATION,
    _ADVANCE_VERBS,
    _AFFILIATE,
    _AIM_VERBS,
    _AIR_MODIFIERS,
    _ATTACK_NOUNS,
    _ATTACK_VERBS,
    _ATTACKER_NOUNS,
    _BELONGING,
    _CLAIM_NEGATIONS,
    _CLAIM_SUBJECTS,
    _DENIALS,
    _DOER_NOUNS,
    _FIRE_NOUNS,
    _FIRE_VERBS,
    _GROUP_VERBS,
    _LAUNCH_VERBS,
    _MANNER,
    _MASDARS,
    _MILITIA,
    _NISBA,
    _REPEL,
    _STRIKE_VERBS,
    _STRONG_PERP_CUES,
    _ambusher,
    _attack_owner,
    _blocked,
    _cued,
    _denied,
    _from_doer,
    _has,
    _is_victim,
    _owned_thing,
    militia_word,
)
from marsad.agent.offline.roles_grammar import MEANS_NOT_VERBS, means_follow, possessed_attack, relative_subject
from marsad.agent.offline.vocab import KILLED
from marsad.core.arabic import normalize
from marsad.core.gazetteer import registry_country
from marsad.core.lexicon import Entry

_NISBA_MODIFIED: dict[str, str] = {normalize(k): v for k, v in rules.table("roles", "nisba_doers_after_modifier").items()}
"""State adjectives read as the doer's only after another adjective or aircraft word ("قصف جوي سوري"،
"طائرات حربية سورية"): written alone they also name a person or a country ("اغتيال إيراني"، "قصف سورية")."""
_NISBA_SUBJECTS = rules.words("roles", "nisba_subject_nouns")
"""Doer nouns a state's or group's adjective may follow ("المدفعية السعودية"، "مسلحين حوثيين")."""
NISBA_UNIT = True
"""Switch (pass 60; on, off only to measure it): a force's unit in the singular, "قوة" (``nisba_unit_nouns``), with a
state's adjective is that state's forces as the others in ``nisba_subject_nouns`` are: "اقتحمت قوة إسرائيلية البلدة
واعتقلت شابين" -- news names a raiding party so, and without it the unit was read as the target of its own raid."""
_NISBA_UNITS = rules.words("roles", "nisba_unit_nouns")
MEN_THEN_FORCE = True
"""Switch (pass 60; on, off only to measure it): in :func:`_nisba_subject`, a force noun with a state's adjective is not
read back onto a word of armed men before it that is never annexed (``men_nouns_unannexed``: "مسلحون"، "المقاتلين"):
in "استهدف مسلحون قوة إسرائيلية" the men are the subject and the force the object, not one doer "مسلحون قوة
إسرائيلية" told after the verb."""
_MEN_UNANNEXED = rules.words("roles", "men_nouns_unannexed")
_GROUND_SUBJECTS = rules.words("roles", "ground_subject_nouns")
"""Doers written before the object of a finite verb ("قصفت مقاتلات التحالف مواقع"، "اقتحم مسلحون قاعدة")."""
_EPITHETS: dict[tuple[str, ...], str] = {
    tuple(normalize(k).split()): v for k, v in rules.table("roles", "epithet_doers").items()}
"""Names news gives a force without its registry name ("بنيران الاحتلال"، "الائتلاف الدولي") -> its registry id."""


def _by_country(table: dict[str, str]) -> dict[str, dict[tuple[str, ...], str]]:
    """{"CC|epithet": doer} -> {CC: {epithet words: doer}}."""
    out: dict[str, dict[tuple[str, ...], str]] = {}
    for key, doer in table.items():
        country, name = key.split("|", 1)
        out.setdefault(country, {})[tuple(normalize(name).split())] = doer
    return out


_COUNTRY_EPITHETS = _by_country(rules.table("roles", "country_epithet_doers"))
"""Epithets that name a force only in news about one country ("CC|epithet" -> registry id): a bare
"المقاومة" in news about Yemen is the Popular Resistance fighting the Houthis (elsewhere it names others)."""
_EPITHET_INDEX: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
"""Per article country, the epithets (general and the country's) by their first word, in table order."""


def _epithets_by_first(country: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index = _EPITHET_INDEX.get(country)
    if index is None:
        index = {}
        for key, doer in {**_EPITHETS, **_COUNTRY_EPITHETS.get(country, {})}.items():
            index.setdefault(key[0], []).append((key, doer))
        _EPITHET_INDEX[country] = index
    return index


_EPITHET_SUBJECTS = rules.words("roles", "epithet_subject_nouns")
"""Nouns of a force's men, craft or arms before its epithet ("بحرية الاحتلال"، "زوارق الاحتلال"، "قناص الاحتلال",
"شرطة الاحتلال"): the epithet's force is the doer they name (the list lives in roles.json)."""
_MADE_IN = rules.words("roles", "made_in_words")
_STATE_DOERS: dict[str, str] = rules.table("roles", "state_doers")
"""A country's registry place id -> its forces, for a state told as the doer ("إسرائيل ضربت"، "شنت تركيا")."""

STATE_FROM_NISBA = True
"""Switch for the states :func:`state_forces` derives from ``nisba_doers`` (on; off only to measure the rule)."""


@lru_cache(maxsize=1)
def _nisba_states() -> dict[str, str]:
    """ISO country code -> the state army a state's adjective names (``nisba_doers``: "الفرنسية" -> the French army),
    for the state forces of the registry that carry their country's code; read once."""
    lexicon = get_gazetteer().lexicon
    out: dict[str, str] = {}
    for doer in dict.fromkeys(_NISBA.values()):
        entry = lexicon.get("actors", doer)
        code = entry.get("country_code") if entry is not None and entry.get("type") == "state_military" else None
        if code:
            out.setdefault(str(code).upper(), doer)
    return out


STATE_COMMITTED = True
"""Switch: a state right after a verb of committing that carries the attack noun's pronoun ("مجزرة ارتكبتها إسرائيل";
``relative_doer_verbs`` of "ارتكب") is the subject, and its forces the doer (on; off only to measure)."""
_COMMIT_VERBS = frozenset(w for w in rules.words("roles", "relative_doer_verbs") if w.startswith("ارتكب"))
STATE_AS_PLACE = True
"""Switch: a state after "في" or a direction word is not the subject of the verb after it (on; off only to measure)."""
_PLACE_LINKS = frozenset({"في", "داخل", "قرب"})


def state_forces(entry) -> str | None:
    """The forces a state told as the doer stands for: its own line of ``state_doers``, else (switch
    ``STATE_FROM_NISBA``) the army its adjective names in ``nisba_doers`` -- "نفذتها بريطانيا وفرنسا" is the British
    and the French armies as surely as "غارات بريطانية" is. Only a country (``admin_level`` "country"), by its ISO
    code; groups of a country (the Houthis for Yemen) are not its state and are not derived."""
    doer = _STATE_DOERS.get(entry.id)
    if doer is not None or not STATE_FROM_NISBA or entry.get("admin_level") != "country":
        return doer
    code = registry_country(entry)
    return _nisba_states().get(code) if code else None


CAPITAL_DOERS = True
"""Switch: a capital right after a verb of launching ("الغارات التي شنتها تل أبيب"، "ضربات نفذتها موسكو") stands for its
state, as news writes a state by its capital: the state's forces are the doer (:func:`_state_doer`)."""
_CAPITALS = {normalize(k.replace("_", " ")): v for k, v in rules.table("actors", "state_capitals").items()}


@lru_cache(maxsize=1)
def _code_forces() -> dict[str, str]:
    """ISO country code -> the forces a state told as the doer stands for (``state_doers``, else ``nisba_doers``)."""
    lexicon = get_gazetteer().lexicon
    out: dict[str, str] = {}
    for place_id, doer in _STATE_DOERS.items():
        entry = lexicon.get("places", place_id)
        code = registry_country(entry) if entry is not None else None
        if code:
            out.setdefault(str(code).upper(), doer)
    for code, doer in _nisba_states().items():
        out.setdefault(code, doer)
    return out


def _capital_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The forces of the state whose capital (``state_capitals``, one or two words) stands right after a verb of
    launching in the frame ("الغارات التي شنتها تل أبيب"، "ضربات نفذتها موسكو"): its subject (``CAPITAL_DOERS``)."""
    if not CAPITAL_DOERS:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(max(f.lo, 1), min(f.hi, len(words))):
        if not bare_in(words[x - 1], _LAUNCH_VERBS):
            continue
        for n in (2, 1):
            name = " ".join(words[x:x + n]).replace("_", " ")
            code = _CAPITALS.get(name) if x + n <= len(words) else None
            doer = _code_forces().get(code) if code else None
            entry = get_gazetteer().lexicon.get("actors", doer) if doer else None
            if entry is not None:
                start, end = s.token_span(x, x + n)
                return Mention(entry, x, x + n, start, end, ctx.quote(start, end))
    return None


def _as_actor(m: Mention, actor_id: str | None) -> Mention | None:
    """The mention ``m`` read as the registry actor ``actor_id``, with the same span ("إسرائيل" told as the doer ->
    the Israeli forces); None when there is no id or the registry lacks it."""
    entry = get_gazetteer().lexicon.get("actors", actor_id) if actor_id else None
    return Mention(entry, m.i, m.j, m.start, m.end, m.surface) if entry is not None else None


_ALLIES = rules.words("roles", "ally_words")
""""وحلفاؤها" after a state told as the doer ("الولايات المتحدة وحلفاؤها نفذوا 41 ضربة")."""
_ALLIED_DOERS: dict[str, str] = rules.table("roles", "allied_doers")
"""A state's registry place id -> the coalition it leads, for "<state> وحلفاؤها" (the US and its allies: the
international coalition); other states and their allies stand for the state's forces."""
_UNITS = rules.words("roles", "unit_nouns")
"""Nouns of a fighting unit ("الفرقة"، "لواء"، "كتيبة"، "فصيل") that news names with the group it belongs to
("الفرقة الساحلية الأولى التابعة للجيش السوري الحر"): the unit acts for that group."""
_UNIT_SPAN = rules.number("roles", "unit_span")
_STATE_STRIKE_VERBS = rules.words("roles", "state_strike_verbs")
"""Feminine past strike verbs a state's name right after is the subject of ("قصفت تركيا مواقع لداعش")."""
_CLAUSE_OPENERS = rules.words("roles", "clause_openers")
"""Words after which a verb opens its clause ("كما قصفت"، "ثم قصفت")."""
_AIR_MODIFIER_SPAN = int(rules.number("roles", "aircraft_modifier_span"))
"""Words between an aircraft noun and its state's adjective: "مقاتلات إف-16 تركية"، "طائرة بدون طيار أمريكية"،
"الطيران الحربي التركي" (a model's digits too)."""
_BULLETS = rules.words("roles", "bullet_nouns")
""""برصاص إسرائيلي": bullets with a state's adjective name its forces, as "بنيران إسرائيلية" does."""


DOER_AFFILIATES = True
"""Switch for the doer-noun reading of :func:`_unit_doer` (on; off only to measure the rule): besides a unit, a
doer noun (``doer_nouns``, ``attacker_nouns``, ``affiliated_doer_nouns``: "مسلحين"، "انتحاري"، "المهاجمين") stands
for the group it is said to belong to, with a word of belonging as well ("ينتمي إلى"، "ينتمون لـ")."""
_MEMBER_DOERS = _DOER_NOUNS | _ATTACKER_NOUNS | rules.words("roles", "affiliated_doer_nouns")
_LINKS = _AFFILIATE | _BELONGING | rules.words("roles", "doer_affiliate_words")
"""Words that tie a doer to its group written with "ل" or "ب" after them ("تابعين لـ"، "المرتبطين بـ"، "ينتمون لـ")."""
_FOLLOWING = rules.words("roles", "following_words")
"""Verbs of belonging that take the group with no preposition ("مسلحين يتبعون جماعة الحوثي")."""


LEADER_LINK = True
"""Switch (pass 60; on, off only to measure it): in :func:`_affiliate_link`, a leader's title may stand between the word
of affiliation and the group's adjective or name (``affiliate_leader_titles``): "اقتحم مسلحون تابعون للقيادي الحوثي
فلان منزلا" -- the men of a group's leader are the group's; before it the leader's name was read as the target."""
_LEADER_TITLES = rules.words("roles", "affiliate_leader_titles")


def _affiliate_link(words: list[str], m: Mention) -> int:
    """The token of the word that ties a doer to the group at ``m``: a word of affiliation or belonging right before
    a group written with "ل" or "ب" ("التابعة للجيش الحر"، "ينتمون لداعش"، "المرتبطين بالتنظيم"), a word of
    belonging then "إلى" ("ينتمي إلى تنظيم داعش"), or a verb of following ("يتبعون جماعة"); -1 when there is none."""
    if m.i >= 2 and words[m.i][0] in "لب" and bare_in(words[m.i - 1], _LINKS):
        return m.i - 1
    if m.i >= 3 and words[m.i - 1] in ("ل", "ب") and bare_in(words[m.i - 2], _LINKS):
        return m.i - 2  # 'تابعين لـ"داعش"': the "ل" written apart, before a name in quotes or a hashtag
    if LEADER_LINK and m.i >= 3 and words[m.i - 1][0] == "ل" and bare_in(words[m.i - 1], _LEADER_TITLES) \
            and bare_in(words[m.i - 2], _LINKS):
        return m.i - 2  # "مسلحون تابعون للقيادي الحوثي": the leader's men are his group's
    if m.i >= 3 and words[m.i - 1] == "الي" and bare_in(words[m.i - 2], _BELONGING):
        return m.i - 2
    if m.i >= 2 and words[m.i - 1] in _FOLLOWING:
        return m.i - 1
    return -1


def _unit_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The group a fighting unit belongs to, when the unit is told as the doer: "وقصفت الفرقة الساحلية
    الأولى التابعة للجيش السوري الحر مواقع النظام"، "كتيبة تابعة لحركة الشباب هاجمت قاعدة"، "هجوم شنه لواء
    موال لهيئة تحرير الشام" -- a unit noun (``unit_nouns``), at most ``unit_span`` words before a group
    written with "ل" after a word of belonging ("التابعة"، "الموالية"), right after an attack verb, after a
    doer cue, or before an attack verb. Not a unit that was hit or counted dead ("مواقع الفرقة التابعة
    للجيش الحر"، "مقتل 5 من عناصر الفرقة")."""
    s = ctx.sentences[f.si]
    words = s.words
    verbs = _ATTACK_VERBS | _STRIKE_VERBS
    heads = _UNITS | _MEMBER_DOERS if DOER_AFFILIATES else _UNITS
    # the group may stand past the frame's end when the cut between two events falls inside the link ("فجر
    # انتحاري ينتمي | إلى التنظيم فقتل"): the doer noun, in the frame, carries it
    hi = min(len(words), f.hi + 3) if DOER_AFFILIATES else f.hi
    for m in ctx.actors_in(f.si, f.lo, hi, FORCE_TYPES | {"armed_group"}):
        link = _affiliate_link(words, m) if DOER_AFFILIATES else (
            m.i - 1 if m.i >= 2 and words[m.i][0] == "ل" and bare_in(words[m.i - 1], _AFFILIATE) else -1)
        if link < 1:
            continue
        units = [u for u in range(max(f.lo, link - _UNIT_SPAN), min(link, f.hi)) if any(b in heads for b in bare(words[u]))]
        if not units:
            continue
        u = units[0]
        unit = Mention(m.entry, u, m.j, m.start, m.end, m.surface)
        if _denied(words, unit, f.lo) or _blocked(words, unit, f.lo) or _is_victim(words, unit, f):
            continue
        before = u > 0 and words[u][0] != "و" and any(
            b in verbs and b not in _MASDARS for b in bare(words[u - 1]))
        after = m.j < len(words) and any(b in verbs | _GROUP_VERBS for b in bare(words[m.j]))
        if before or after or _cued(words, unit, f.lo) or _from_doer(words, u, f.lo):
            return m
    return None


HASHTAG_MILITIA = True
"""Switch: a militia named in a hashtag ("#ميليشيات_الحوثي") counts as named with the militia word (on; off only to
measure the rule)."""


def _named_militia(ctx: DocContext, si: int, x: int) -> Mention | None:
    """The one armed group the article has named with a militia word before token ``x`` of sentence ``si``
    ("ميليشيات الحوثي"، "ميليشيا حزب الله"); None when it named none or two different ones."""
    found: Mention | None = None
    for sj in range(si + 1):
        for m in ctx.actors_in(sj, 0, x if sj == si else len(ctx.sentences[sj].words), {"armed_group"}):
            surface = normalize(m.surface).replace("_", " ") if HASHTAG_MILITIA else normalize(m.surface)
            if not any(militia_word(w) for w in surface.split()):
                continue
            if found is not None and found.entry.id != m.entry.id:
                return None
            found = m
    return found


def _militia_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """A bare "الميليشيا(ت)" told as the doer stands for the militia the article named with that word before
    ("ميليشيا الحوثي ... وأضاف أن الميليشيا قصفت قرية"، "بنيران الميليشيات"): the
    subject before an attack verb, after a doer cue, or the owner of an attack noun. Not a militia told
    with an adjective of its own ("الميليشيات الكردية"), one named as what was hit or counted dead, nor
    when the article named two militias."""
    s = ctx.sentences[f.si]
    words = s.words
    taken = {t for m in ctx.mentions[f.si] if m.kind == "actors" for t in range(m.i, m.j)}
    for x in range(f.lo, min(f.hi, len(words))):
        if x in taken:
            continue
        militia = bare_in(words[x], _MILITIA)
        anaphor = not militia and ANAPHOR_DOERS and bare_in(words[x], _GROUP_NOUNS)
        if not (militia or anaphor):
            continue
        nxt = words[x + 1] if x + 1 < len(words) else ""
        if nxt.startswith("ال") and (nxt.endswith("يه") or nxt.endswith("ي")) and nxt not in _LABELS:
            continue  # "الميليشيات الكردية": another militia ("التنظيم الإرهابي" is the one named)
        named = _named_militia(ctx, f.si, x) if militia else _named_group(ctx, f.si, x)
        if named is None:
            continue
        start, end = s.token_span(x, x + 1)
        m = Mention(named.entry, x, x + 1, start, end, ctx.quote(start, end))
        if anaphor and x > f.lo and bare_in(words[x - 1], _MEMBER_DOERS):
            start = s.token_span(x - 1, x)[0]
            m = Mention(named.entry, x - 1, x + 1, start, end, ctx.quote(start, end))  # "عناصر التنظيم"، "مسلحو الجماعة"
            x -= 1
        clitic = words[x][:2] != "ال" and not (anaphor and m.j - m.i == 2)
        if _denied(words, m, f.lo) or _blocked(words, m, f.lo) or _is_victim(words, m, f):
            continue
        if militia and OWNER_SUBJECT and _owner_subject(words, x, f.lo):
            return m  # "حملة من العربات التابعة للميليشيات اقتحمت القرية": the unit is the verb's subject
        if _owned_thing(words, m, f.lo):
            continue
        subject = not clitic and x + 1 < len(words) and any(
            b in _ATTACK_VERBS | _STRIKE_VERBS | _GROUP_VERBS for b in bare(nxt))
        if subject or _cued(words, m, f.lo) or _attack_owner(words, m, f.lo, clitic):
            return m
        if MILITIA_AFTER_VERB and not clitic and x > 0 and _verb_opens(ctx, f.si, x - 1):
            return m  # "واختطفت الميليشيات الآلاف"، "كما قصفت الميليشيات الأحياء": the subject after its verb
        if anaphor and not clitic and x > 0 and _opens_clause(ctx, f.si, x - 1) and any(
                b in _VSO_VERBS | _LAUNCH_VERBS for b in bare(words[x - 1])):
            return m  # "وشن التنظيم هجوما"، "وأعدم التنظيم 15 مدنيا": a singular group noun after its verb
    return None


OWNER_SUBJECT = True
"""Switch for :func:`_owner_subject` (on; off only to measure the rule)."""


def _owner_subject(words: list[str], x: int, lo: int) -> bool:
    """True for a bare militia word at ``x`` written with "ل" after a word of belonging, whose unit, campaign or
    vehicles (``unit_nouns``, at most ``unit_span`` words before that word) are the subject of the attack verb right
    after it: "وقوة مؤلفة من مدرعات التابعة للميليشيات هاجمت البلدة" -- the militia owns the doer, not a thing that
    was hit ("قصف نقاط تابعة للميليشيات" has no verb after it; "مواقع تابعة للميليشيات" is no unit)."""
    if x < 2 or x + 1 >= len(words) or words[x][:1] != "ل" or not bare_in(words[x - 1], _LINKS):
        return False
    if not any(b in _VSO_VERBS | _GROUP_VERBS for b in bare(words[x + 1])):
        return False
    return any(bare_in(words[u], _UNITS) for u in range(max(lo, x - 1 - _UNIT_SPAN), x - 1))


ANAPHOR_DOERS = True
"""Switch: a bare group noun ("التنظيم"، "الجماعة"، "الحركة"، "الحزب"; ``anaphoric_groups``) told as the doer, as
a militia word is (:func:`_militia_doer`), stands for the one armed group the article named before it ("تنظيم داعش
... وشن التنظيم هجوما"، "هجوم شنه التنظيم"، "وأعدم التنظيم 15 مدنيا"; :func:`_named_group`)."""
_GROUP_NOUNS = rules.words("roles", "anaphoric_groups") - rules.words("roles", "militia_words")
_LABELS = rules.words("roles", "anaphor_labels")
"""Adjectives news gives the group it refers back to ("التنظيم الإرهابي"، "الجماعة المتطرفة"), not another group's."""


def _named_group(ctx: DocContext, si: int, x: int) -> Mention | None:
    """The one armed group the article named in the sentences before sentence ``si`` (a registry group, not a
    generic doer); None when they named none or two different ones. A group named in the noun's own sentence is
    left to the rules that read that sentence ("قال متحدث باسم حركة الشباب إن الحركة شنت هجوما")."""
    found: Mention | None = None
    for sj in range(si):
        for m in ctx.actors_in(sj, 0, len(ctx.sentences[sj].words), {"armed_group"}):
            if m.entry.get("generic"):
                continue
            if found is not None and found.entry.id != m.entry.id:
                return None
            found = m
    return found


MILITIA_AFTER_VERB = True
"""Switch: a bare militia word right after a feminine past attack verb that opens its clause is its subject (on;
off only to measure the rule)."""
_VSO_VERBS = (_ATTACK_VERBS | _STRIKE_VERBS | _GROUP_VERBS) - _AIM_VERBS - _MASDARS


def _verb_opens(ctx: DocContext, si: int, v: int) -> bool:
    """True for a feminine past attack, strike or group verb ("قصفت"، "اختطفت"، "شنت"; not "استهدفت", whose
    subject is as often the strike told before it) at token ``v`` that opens its clause (:func:`_opens_clause`):
    Arabic news puts the verb first, so the plural noun after it ("الميليشيات") is its subject."""
    w = ctx.sentences[si].words[v]
    stem = w[1:] if w[:1] in "وف" and w[1:] in _VSO_VERBS else w
    return stem.endswith("ت") and stem in _VSO_VERBS and _opens_clause(ctx, si, v)


EPITHET_HEAD_CUE = True
"""Switch: a doer cue before the noun of the epithet's men or craft ("برصاص بحرية الاحتلال"، "بنيران زوارق
الاحتلال") tells the epithet's force as the doer, as one before the epithet itself does (on; off only to measure)."""


def _epithet_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """A force named by an epithet (``epithet_doers``) and told as the doer: after a doer cue ("بنيران
    الاحتلال"، "برصاص الاحتلال"، "أطلقه عليه جنود الاحتلال")، as the owner of an attack noun ("قصف الاحتلال")
    or the subject of an attack verb ("التحالف بقيادة واشنطن شن ضربات"); in news about Yemen a bare
    "المقاومة" too ("نفذت المقاومة هجوما على مواقع الحوثيين", ``country_epithet_doers``). Not when a state's
    adjective follows it ("قوات الاحتلال الأمريكي" is another force) nor when it is what was fought."""
    s = ctx.sentences[f.si]
    words = s.words
    verbs = _ATTACK_VERBS | _STRIKE_VERBS
    hi = min(f.hi, len(words))
    epithets = _epithets_by_first(ctx.country or "")
    for x in range(f.lo, hi):
        for key, doer in epithets.get(bare(words[x])[-1], ()):
            y = x + len(key)
            if y > hi or tuple(bare(words[x])[-1:]) + tuple(words[x + 1:y]) != key:
                continue
            if y < len(words) and _NISBA.get(words[y], doer) != doer:
                continue  # "الاحتلال الأمريكي"
            entry = get_gazetteer().lexicon.get("actors", doer)
            if entry is None:
                continue
            start, end = s.token_span(x, y)
            m = Mention(entry, x, y, start, end, ctx.quote(start, end))
            if _denied(words, m, f.lo) or _blocked(words, m, f.lo) or _is_victim(words, m, f):
                continue
            head = x - 1 if x > f.lo and bare_in(words[x - 1], _EPITHET_SUBJECTS) else x
            owned = head < x and words[head][0] == "ل" and _attack_owner(
                words, Mention(entry, head, y, start, end, m.surface), f.lo, True)  # "قصف جوي لقوات الائتلاف الدولي"
            headed = EPITHET_HEAD_CUE and head < x and _cued(words, Mention(entry, head, y, start, end, m.surface), f.lo)
            told = owned or headed or _cued(words, m, f.lo) or _attack_owner(words, m, f.lo, False) or _ambusher(words, x) or (
                head > 0 and any(b in verbs for b in bare(words[head - 1]))) or _from_doer(words, head, f.lo)
            for z in range(y, min(hi, y + 5)):
                if any(b in verbs for b in bare(words[z])):
                    told = told or z == y or (words[y] in {"بقياده"} or bare(words[y])[-1] == "بقياده") \
                        or z == _past_model(words, y, doer)
                    break
            if told:
                return m
    return None


def epithet_at(ctx: DocContext, si: int, x: int) -> Mention | None:
    """The force an epithet starting at token ``x`` names in this article (``epithet_doers`` and the article
    country's ``country_epithet_doers``: "الثوار" in news about Yemen), as a mention; None when none starts there
    or a state's adjective makes it another force ("الاحتلال الأمريكي")."""
    s = ctx.sentences[si]
    words = s.words
    if x >= len(words):
        return None
    for key, doer in _epithets_by_first(ctx.country or "").get(bare(words[x])[-1], ()):
        y = x + len(key)
        if y > len(words) or tuple(bare(words[x])[-1:]) + tuple(words[x + 1:y]) != key:
            continue
        if y < len(words) and _NISBA.get(words[y], doer) != doer:
            continue
        entry = get_gazetteer().lexicon.get("actors", doer)
        if entry is not None:
            start, end = s.token_span(x, y)
            return Mention(entry, x, y, start, end, ctx.quote(start, end))
    return None


AIRCRAFT_MODEL = True
"""Switch: an aircraft's model told between a force's epithet and its verb ("طائرات الاحتلال من نوع ...
استهدفت"، "طائرات الاحتلال الإسرائيلي من طراز أباتشي قصفت") does not part the subject from its verb
(:func:`_past_model`)."""
_MODEL_WORDS = frozenset({"نوع", "طراز"})


def _past_model(words: list[str], y: int, doer: str) -> int:
    """The token after the force's own adjective and an aircraft's model ("من نوع إف 16"، "من طراز أباتشي") that
    follow an epithet ending at ``y``; -1 when no model is told there."""
    if not AIRCRAFT_MODEL:
        return -1
    if y < len(words) and _NISBA.get(words[y]) == doer:
        y += 1  # "الاحتلال الإسرائيلي"
    if y + 2 >= len(words) or words[y] != "من" or words[y + 1] not in _MODEL_WORDS:
        return -1
    z = y + 2
    while z < min(len(words), y + 6) and (words[z] in _AIR_MODIFIERS or words[z].isdigit()
                                           or words[z].isascii() or words[z][:1] in "-/"):
        z += 1
    return z if z > y + 2 else -1


def _opens_clause(ctx: DocContext, si: int, v: int) -> bool:
    """True when the verb at token ``v`` of sentence ``si`` opens its clause, so the name right after it is its
    subject ("وقصفت تركيا"، "كما قصفت تركيا"), not when a noun before it is ("صواريخ قصفت إسرائيل")."""
    s = ctx.sentences[si]
    w = s.words[v]
    return v == 0 or s.tokens[v].clause_start or w[:1] in "وف" or s.words[v - 1] in _CLAUSE_OPENERS


AIM_SUBJECTS = True
"""Switch for :func:`_aim_subject` (on; off only to measure the rule)."""
CLITIC_NAME = True
"""Switch (pass 42; on, off only to measure it): in :func:`_aim_subject`, a name the lexicon matched with its glued
"ل"/"ب" ("للجيش"، "بالشرطة": the surface holds the clitic) is written with a clitic too, so it is the owner of what
was aimed at ("استهدف مسلحون دورية للجيش": the army's patrol was hit), not the subject of "استهدف"."""


def _clitic_written(word: str) -> bool:
    """True when a word is written with a glued "ل" or "ب" before the article ("للجيش"، "بالشرطة")."""
    return word.startswith(("لل", "بال"))
_AIM_PAST = rules.words("roles", "aim_past_verbs")


def _aim_subject(ctx: DocContext, f: Frame) -> Mention | None:
    """The force or group right after a past "استهدف(ت)" that opens its clause, its subject: "واستهدفت قوات
    الجيش مواقع المتمردين"، "كما استهدفت مدفعية اللواء تجمعات"، "واستهدفت كتيبة تابعة للحركة مقرا". Past the
    verb stand at most two subject or unit nouns before the name, which is not written with a clitic ("استهدفت
    مواقع للجيش"), or a unit or doer noun tied to it by a word of belonging (:func:`_affiliate_link`). When a noun
    stands before the verb ("غارات استهدفت مواقع الحوثيين"، "الهجوم الذي استهدف الجيش") the name after it is what
    was aimed at, and a state after it is as often the target ("استهدفت السعودية"), so only forces and groups."""
    if not AIM_SUBJECTS:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    for v in range(f.lo, min(f.hi, len(words)) - 1):
        if not bare_in(words[v], _AIM_PAST) or not _opens_clause(ctx, f.si, v):
            continue
        found = ctx.actors_in(f.si, v + 1, min(len(words), v + 2 + _UNIT_SPAN + 4), FORCE_TYPES | {"armed_group"})
        if not found:
            continue
        m = found[0]
        link = _affiliate_link(words, m)
        glued = m.start > s.token_span(m.i, m.i + 1)[0] or (CLITIC_NAME and _clitic_written(words[m.i]))
        near = m.i - v - 1 <= 2 and not glued and all(
            any(b in _CLAIM_SUBJECTS | _UNITS for b in bare(w)) for w in words[v + 1:m.i])
        tied = v + 1 < link <= v + 1 + int(_UNIT_SPAN) and any(b in _UNITS | _MEMBER_DOERS for b in bare(words[v + 1]))
        if not (near or tied):
            continue
        head = Mention(m.entry, v + 1, m.j, m.start, m.end, m.surface)
        if _denied(words, head, f.lo) or _is_victim(words, head, f):
            continue
        return m
    return None


LED_COALITIONS = True
"""Switch: a state named as a coalition's leader ("شن التحالف الذي تقوده الولايات المتحدة 18 ضربة"، "وشن تحالف
تقوده واشنطن غارات") is not the doer itself: the coalition it leads is (:func:`_led_by_state`), and a state
that struck "with its partners" ("الولايات المتحدة مع شركائها") stands for them all, as
"<state> وحلفاؤها" does."""
_LED_BY = rules.words("roles", "coalition_led_by")
_LEADERS: dict[str, str] = {normalize(k): v for k, v in rules.table("roles", "coalition_leaders").items()}
_COALITION_NOUNS = rules.words("roles", "coalition_nouns")
_COALITION_HEAD_SPAN = int(rules.number("roles", "coalition_head_span"))
"""At most this many words between a coalition's noun and the word of leading ("التحالف الذي تقوده")."""
_PARTNERS = rules.words("roles", "partner_words")
""""مع شركائها"، "مع حلفائها" right after a state's strike verb: the state and its partners struck."""


def _led_by_state(ctx: DocContext, f: Frame, m: Mention) -> Mention | None | bool:
    """For a state right after a word of leading (``coalition_led_by``): the coalition it leads, told as the doer --
    its noun (``coalition_nouns``) at most ``coalition_head_span`` words before, and an attack verb right after the
    state ("التحالف الذي تقوده فرنسا قصف") or a verb of launching right before the noun ("وشن تحالف تقوده
    السعودية"); None when not told as the doer; False when the state is not after a word of leading."""
    s = ctx.sentences[f.si]
    words = s.words
    if m.i < 2 or not bare_in(words[m.i - 1], _LED_BY):
        return False
    doer = _LEADERS.get(words[m.i])
    heads = [x for x in range(max(f.lo, m.i - 2 - _COALITION_HEAD_SPAN), m.i - 1)
             if bare_in(words[x], _COALITION_NOUNS)]
    if doer is None or not heads:
        return None
    h = heads[-1]
    verbs = _ATTACK_VERBS | _STRIKE_VERBS
    before = m.j < min(f.hi, len(words)) and any(b in verbs for b in bare(words[m.j]))
    after = h > 0 and bare_in(words[h - 1], _LAUNCH_VERBS)
    if not (before or after) or _has(words, h - 3, h, _DENIALS | _ACCUSATION | _CLAIM_NEGATIONS):
        return None
    entry = get_gazetteer().lexicon.get("actors", doer)
    if entry is None:
        return None
    start, end = s.token_span(h, m.j)
    return Mention(entry, h, m.j, start, end, ctx.quote(start, end))


def _state_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """A state told as the doer stands for its forces (``state_doers``): the subject before an attack verb
    ("وكانت إسرائيل ضربت أهدافا"، "تركيا قصفت") or after a verb whose object is the attack ("شنت تركيا
    غارات"، "الغارات التي شنتها إسرائيل") or after a feminine strike verb that opens its clause ("وقصفت
    تركيا مواقع"; ``state_strike_verbs``). Not after other attack verbs, where a state is as often what was
    hit ("استهدفت السعودية").
    "<state> وحلفاؤها نفذوا" is the coalition the state leads (``allied_doers``), else the state's forces."""
    s = ctx.sentences[f.si]
    words = s.words
    verbs = _ATTACK_VERBS | _STRIKE_VERBS
    for m in ctx.places_in(f.si, f.lo, f.hi):
        doer = state_forces(m.entry)
        if doer is None or m.start > s.token_span(m.i, m.i + 1)[0]:
            continue  # "لإسرائيل"، "بتركيا": not a subject
        if LED_COALITIONS:
            led = _led_by_state(ctx, f, m)
            if led is not False:
                if led is not None:
                    return led
                continue  # "التحالف الذي تقوده الولايات المتحدة": the state leads, it is not the subject
        allies = m.j < len(words) and words[m.j] in _ALLIES
        v = m.j + 1 if allies else m.j
        before = v < len(words) and any(b in verbs or allies and b in _GROUP_VERBS for b in bare(words[v]))
        if before and LED_COALITIONS and v + 2 < len(words) and words[v + 1] == "مع" and words[v + 2] in _PARTNERS:
            allies = True  # "الولايات المتحدة مع شركائها"
        if before and STATE_AS_PLACE and m.i > 0 and (words[m.i - 1] in _PLACE_LINKS or words[m.i - 1] in DIRECTIONS):
            before = False  # "في شمال شرق نيجيريا فجر الخميس": a place the sentence sets, not a subject
        after = m.i > 0 and (bare_in(words[m.i - 1], _LAUNCH_VERBS) or STATE_COMMITTED and bare_in(
            words[m.i - 1], _COMMIT_VERBS) or _opens_clause(ctx, f.si, m.i - 1) and (
            words[m.i - 1] in _STATE_STRIKE_VERBS or words[m.i - 1][:1] in "وف" and words[m.i - 1][1:] in _STATE_STRIKE_VERBS))
        if not (before or after) and STATE_WITH_MEANS and m.i > 0 and _opens_clause(ctx, f.si, m.i - 1) \
                and not any(b in MEANS_NOT_VERBS | _ATTACK_VERBS | _STRIKE_VERBS | _AIM_VERBS | _FIRE_VERBS
                            for b in bare(words[m.i - 1])):
            after = means_follow(words, m.j)  # "وردت إسرائيل أمس بغارات على ..."
        if not (before or after) or _has(words, m.i - 3, m.i, _DENIALS | _ACCUSATION | _CLAIM_NEGATIONS):
            continue
        if allies:
            doer = _ALLIED_DOERS.get(m.entry.id, doer)
        actor = _as_actor(m, doer)
        if actor is not None:
            return actor
    return _capital_doer(ctx, f)


STATE_WITH_MEANS = True
"""Switch: a state right after the verb that opens its clause, told with its means of attack right after it ("وردت
إسرائيل أمس بغارات"، "باغت الاحتلال الإسرائيلي الصيادين بغارة"), is the subject that struck (on; off only to measure).
Not after a verb of attacking itself: "استهدفت السعودية بصاروخ" is as often passive (the state was hit), and the
active forms have their own readers."""


ANY_STATE_NISBA = True
"""Switch: any country's adjective after a force noun names that state's forces ("القوات الألمانية"، "سلاح الجو
الفرنسي"، "البحرية المصرية"), read from the country gazetteer (:func:`actors_home.nisba_country`) when
``nisba_doers`` does not list it: the state's registry air force or army, or the force as written."""
_ANY_STATE_HEADS = rules.words("roles", "state_force_heads")
"""Force nouns any country's adjective may follow as the doer (not "مسلحين"، "عناصر": a group's men as often)."""
_ARM_WORDS = rules.words("roles", "force_arm_words")
"""The arm a force noun is named with before the state's adjective ("سلاح الجو"، "القوات البحرية")."""
_ARM_HEADS = rules.words("roles", "force_arm_heads")
_AIR_ARMS = rules.words("roles", "air_arm_words")
_AIR_SUBJECT_HEADS = rules.words("roles", "air_subjects")
_STATE_ARMIES: dict[str, str] = rules.table("roles", "state_armies")
_STATE_AIR_FORCES: dict[str, str] = rules.table("roles", "state_air_forces")
"""A country's army and air force under other registry ids than ``army_<cc>``/``air_force_<cc>`` (Iraq's)."""


def _any_state_forces(adjective: str, air: bool) -> tuple[str | None, Entry | None]:
    """The forces a country's adjective names after a force noun: the country's air force when an aircraft or the
    air arm is told and the registry has one, else the forces ``state_doers``/``nisba_doers`` give the country,
    else its registry army: (country code, entry), the entry None when the registry has no force of the country."""
    from marsad.agent.offline.actors_home import nisba_country

    code = nisba_country(adjective) or nisba_country("ال" + adjective)  # "ألمانية" is written with no article
    if code is None and SOLDIERS_KILLED and adjective.endswith(("يين", "يون")):
        single = adjective[:-2]  # "فرنسيين" -> "فرنسي": the plural of men named by the state's adjective
        code = nisba_country(single) or nisba_country("ال" + single)
    if code is None:
        return None, None
    lexicon = get_gazetteer().lexicon
    air_id = _STATE_AIR_FORCES.get(code, f"air_force_{code.lower()}")
    found = (lexicon.get("actors", air_id) if air else None) \
        or (lexicon.get("actors", _code_forces()[code]) if code in _code_forces() else None) \
        or lexicon.get("actors", _STATE_ARMIES.get(code, f"army_{code.lower()}"))
    return code, found


SOLDIERS_KILLED = True
"""Switch (pass 44; on, off only to measure it): in :func:`_nisba_subject`, soldiers named by a state's adjective in the
plural ("جنودا فرنسيين"، "جنود أمريكيون"; the force noun also in the accusative after "إن") and told before a verb of
killing with a count after it ("قتلوا نحو 10 متطرفين") are that state's forces, the doer; a count after the verb
tells it is active (the passive "قتلوا في هجوم" has none)."""


def _nisba_subject(ctx: DocContext, f: Frame) -> Mention | None:
    """A doer noun with a state's or group's adjective (``nisba_doers``), told as the doer: the subject of a
    strike verb ("المدفعية السعودية دكت"، "واصلت المدفعية السعودية دك") or of an advance verb ("تمكنت المدفعية
    السعودية من تدمير رتل"; not "من صد هجوم": it was attacked), after "من" ("اقتحام من مسلحين حوثيين") or
    annexed to an attack noun ("قصف الطائرات الإسرائيلية"; not "قصف مسلحين حوثيين": its object). Not after
    "أطلق" with nothing fired ("أطلقت القوات التركية سراح المعتقلين")."""
    s = ctx.sentences[f.si]
    words = s.words
    verbs = _ATTACK_VERBS | _STRIKE_VERBS
    for y in range(max(f.lo, 1), min(f.hi, len(words))):
        doer = _NISBA.get(words[y]) or (_NISBA_MODIFIED.get(words[y]) if words[y - 1] in _AIR_MODIFIERS else None)
        any_state = doer is None and ANY_STATE_NISBA
        if doer is None and not any_state:
            continue  # ("طائرات حربية سورية": the adjective after an aircraft word)
        x = y - 1
        while x > f.lo and x > y - 1 - _AIR_MODIFIER_SPAN and (words[x] in _AIR_MODIFIERS or words[x].isdigit()):
            x -= 1  # "مقاتلات إف-16 تركية"، "طائرة بدون طيار أمريكية"
        arm = ANY_STATE_NISBA and x > f.lo and words[x] in _ARM_WORDS and any(
            b in _ARM_HEADS for b in bare(words[x - 1]))
        if arm:
            x -= 1  # "سلاح الجو الفرنسي"، "القوات البحرية المصرية"
        accusative = SOLDIERS_KILLED and words[x].endswith("ا") and bare_in(words[x][:-1], _ANY_STATE_HEADS)
        if any_state:
            if not bare_in(words[x], _ANY_STATE_HEADS) and not accusative:
                continue  # (tested before the country is looked up: speed only)
            code, doer = _any_state_forces(words[y], air=words[x + 1] in _AIR_ARMS if arm else any(
                b in _AIR_SUBJECT_HEADS for b in bare(words[x])))
            if code is None:
                continue
            if doer is None:
                adj = ctx.quote(*s.token_span(y, y + 1))
                adj = adj if adj.startswith("ال") else "ال" + adj
                adj = adj + "ة" if adj.endswith("ي") else adj  # "سلاح الجو الألماني" -> "القوات الألمانية"
                doer = Entry("actors", f"forces:{code}", f"القوات {adj}", None, (), (),
                             {"type": "state_military", "country_code": code})
        heads = _NISBA_SUBJECTS | _ANY_STATE_HEADS if ANY_STATE_NISBA else _NISBA_SUBJECTS
        heads = heads | _NISBA_UNITS if NISBA_UNIT else heads
        if not arm and not any(b in heads for b in bare(words[x])) and not accusative:
            continue
        while x - 1 > f.lo and x > y - 3 and bare_in(words[x - 1], _NISBA_SUBJECTS):
            if MEN_THEN_FORCE and bare_in(words[x - 1], _MEN_UNANNEXED) and not bare_in(words[x], _MEN_UNANNEXED):
                break  # "استهدف مسلحون قوة إسرائيلية": the men attacked the force
            x -= 1  # "طائرة استطلاع إسرائيلية"
        ground = bare_in(words[x], _GROUND_SUBJECTS)
        before = bare(words[x - 1]) if x > f.lo else ()
        z = y + 1 if y + 1 < min(f.hi, len(words)) - 1 and words[y + 1] in _MANNER else y
        after = bare(words[z + 1]) if z + 1 < min(f.hi, len(words)) else ()  # "طائرة إسرائيلية معادية أغارت"
        advanced = not _ADVANCE_VERBS.isdisjoint((*before, *after)) and not _has(
            words, y + 1, y + 8, _REPEL | _ATTACKER_NOUNS)  # "تمكنت المدفعية السعودية من تدمير رتل" (not "من صد هجوم")
        if not _FIRE_VERBS.isdisjoint(before) and not _has(words, y + 1, y + 3, _FIRE_NOUNS):
            before = ()  # "أطلقت القوات التركية سراح المعتقلين": nothing fired
        killed = SOLDIERS_KILLED and z + 2 < min(f.hi, len(words)) and bare_in(words[z + 1], KILLED) \
            and read_quantity(words, z + 2) is not None  # "أن جنودا بريطانيين قتلوا 7 مسلحين": a count killed
        told = any(b in verbs and b not in _MASDARS or b in _STRONG_PERP_CUES for b in before) or any(
            b in verbs for b in after) or advanced or killed \
            or _from_doer(words, x, f.lo) or (not ground and not _ATTACK_NOUNS.isdisjoint(before))
        entry = (doer if isinstance(doer, Entry) else get_gazetteer().lexicon.get("actors", doer)) if told else None
        if entry is not None:
            entry = _written_force(words, x, y + 1, entry)
            start, end = s.token_span(x, y + 1)
            return Mention(entry, x, y + 1, start, end, ctx.quote(start, end))
    return None


WRITTEN_FORCES = True
"""Switch: a force noun with a country's adjective that the registry lists as written ("القوات العراقية" is the Iraqi
security forces, not the army the country's default gives) is that registry force (:func:`_written_force`; A/B)."""
_FORCE_TYPES = frozenset({"state_military", "police", "paramilitary", "foreign_coalition"})


def _written_force(words: list[str], x: int, y: int, entry: Entry) -> Entry:
    """The registry force named by words ``x:y`` as written (a leading "و"/"ف" dropped) when there is exactly one
    and it is of the same country as ``entry`` (home forces have no country code); else ``entry``."""
    if not WRITTEN_FORCES:
        return entry
    first = words[x][1:] if words[x][:1] in "وف" and words[x][1:3] == "ال" else words[x]
    found = [e for e in get_gazetteer().lexicon.lookup_ar(" ".join([first, *words[x + 1:y]]))
             if e.kind == "actors" and e.get("type") in _FORCE_TYPES]
    code = entry.get("country_code")
    if len(found) == 1 and found[0].get("country_code") == code:
        return found[0]
    return entry


ATROCITY_NISBA = True
"""Switch (pass 51; on, off only to measure it): :func:`_nisba_doer` also reads a state's or group's adjective after a
noun that names the violence as an atrocity or a repression (``nisba_atrocity_nouns``): "المجزرة الإسرائيلية بحق
المحتجين"، "شهدت قمعا إسرائيليا خلف قتلى"، "ضحايا العدوان الإسرائيلي على غزة". News names the side
that did it by that adjective as it does after "قصف" or "هجمات"."""
_ATROCITY_NOUNS = rules.words("roles", "nisba_atrocity_nouns")


def _nisba_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The state whose adjective follows an attack noun: "الهجمات الإسرائيلية"، "غارات روسية"، "القصف التركي
    المدفعي" -> that state's forces (``nisba_doers``)."""
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(f.lo, min(f.hi, len(words)) - 1):
        if not any(b in _ATTACK_NOUNS or b in _BULLETS or ATROCITY_NISBA and b in _ATROCITY_NOUNS for b in bare(words[x])):
            continue
        y = x + 1
        if y < f.hi - 1 and words[y] in _MANNER:
            y += 1  # "القصف الجوي الروسي"
        doer = _NISBA.get(words[y]) or (_NISBA_MODIFIED.get(words[y]) if y > x + 1 else None)  # "قصف جوي سوري"
        if y + 1 < len(words) and bare_in(words[y + 1], _MADE_IN):
            doer = None  # "قذائف روسية الصنع": where the weapon was made, not who fired it
        entry = get_gazetteer().lexicon.get("actors", doer) if doer else None
        if entry is not None:
            start, end = s.token_span(y, y + 1)
            return Mention(entry, y, y + 1, start, end, ctx.quote(start, end))
    return None


RELATIVE_SUBJECT = True
"""Switch for :func:`roles_grammar.relative_subject` (on; off only to measure the rule)."""


def _relative_subject(ctx: DocContext, f: Frame) -> Mention | None:
    return relative_subject(ctx, f) if RELATIVE_SUBJECT else None


POSSESSED_ATTACK = True
"""Switch for :func:`roles_grammar.possessed_attack` (on; off only to measure the rule)."""


def _possessed_attack(ctx: DocContext, f: Frame) -> Mention | None:
    return possessed_attack(ctx, f) if POSSESSED_ATTACK else None
