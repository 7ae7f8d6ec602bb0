"""Where an attack happened: the place of a frame, and places told together.

The place is the most specific known place of the frame, after its event word first, that is not a reference point
("60كم جنوب أربيل"، "شمال غربي محافظة حجة"), a town across from it ("المقابل لمدينة تركية"), a dateline or the venue of a
speech, where someone came from, went to, lived or was taken (a hospital), an office's seat ("محافظ نينوى"), or an
Iraqi gazetteer word in a story abroad; a border's side is the victims'. Places joined by "و" after it ("في قضاء
بيجي ومدينة الرمادي") are one strike each; rockets with no place fell where they were fired at.
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.attacks_dates import _REPORT_VERBS, _SPEECH_NOUNS, control_clause
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.headless_units import headless_unit
from marsad.agent.offline.locations import BORDER_WORDS, WEAK_LEVELS, Place, place_at, same_area, victims_country
from marsad.agent.offline.mentions import DIRECTIONS, Mention
from marsad.agent.offline.scope import foreign_place_after, foreign_places
from marsad.core.arabic import normalize
from marsad.core.gazetteer import get_world_gazetteer, registry_country

_DISTANCE = rules.words("attacks", "distance")
_LOCATIVE_BEFORE = rules.words("attacks", "locative_before")
_HOSPITALS = rules.words("attacks", "hospital_nouns")
"""Hospitals the victims were taken to ("نقلوا إلى مستشفى ... في"): the place after one is not where it happened."""
_OFFICE_TITLES = rules.words("attacks", "office_titles")
"""A district commissioner's title ("وقال قائممقام قضاء المقدادية"): the district he speaks for, not where it happened."""
_OFFICE_HEADS = rules.words("attacks", "office_heads")
"""Offices named after the place they serve ("مدعي عام باريس"، "محافظ نينوى"، "قائد شرطة كركوك")."""
_OFFICE_LINKS = rules.words("attacks", "office_links")
"""Words between an office and its place ("عام" in "مدعي عام باريس"، "شرطة" in "قائد شرطة كركوك")."""
_REFERENCE_NOUNS = rules.words("locations", "reference_nouns")
"""Words between a direction and the reference place ("غرب محافظة مأرب"، "شرق العاصمة صنعاء")."""
_MOTION_FROM = rules.words("attacks", "motion_from")
"""Words of coming or going before "من": the place after them is where someone came from."""
_MOTION_TO = rules.words("attacks", "motion_to")
"""Words of travel before "إلى" ("عاد"، "وصل"، "سافر"، "زيارة"): the place after them is where someone went."""
_MOTION_TO_REACH = int(rules.number("attacks", "motion_to_reach"))
"""How many words before "إلى" a travel word may stand ("عاد دبلوماسيون روس وعائلاتهم إلى موسكو")."""
_TO = {"إلى", "الى", "الي"}
_TRANSFER_TO = rules.words("attacks", "transfer_to")
"""Verbs and nouns of moving something or someone ("نقل السفارة الأميركية إلى القدس"، "نقلوا الجرحى إلى مدينة
عدن"، "بنقل المختطفين إلى صنعاء"): the place right after "إلى" is where it was moved to, not where it happened."""
TRANSFER_TO = True
"""Switch (A/B measurement and its test) for :data:`_TRANSFER_TO`."""
_ACTOR_THAT = rules.words("locations", "actor_that")
_ACTOR_NEXT = rules.words("locations", "actor_next")
"""Particles after a clause's subject ("أن باريس لن تتراجع"، "إن الولايات المتحدة لم تتأكد"، "أن أنقرة ستهاجم"): a
place between "أن"/"إن" and one (or a future verb) is the state that acts or speaks, not where it happened."""
_FUTURE = ("ست", "سي")
"""The future prefix of a verb ("ستهاجم"، "سيرد") after such a subject."""
ACTOR_CLAUSE = True
"""Switch for the rule above (A/B measurement and its test)."""
_STATE_ACTS = rules.words("locations", "state_act_nouns")
"""Nouns of a state's acts and stances ("دخول"، "انضمام"، "قرار"): a capital after one is the state doing it."""
STATE_ACTS = True
"""Switch (A/B measurement and its test): a capital after :data:`_STATE_ACTS` is no place of the attack."""
_EN_ROUTE = rules.words("locations", "en_route_nouns")
""""طريقهم" (their way): the places after "في طريقهم من" are where people set out from, not where it happened."""
EN_ROUTE = True
"""Switch (A/B measurement and its test) for the rule above. Was off until the doer of such clashes was read (the
tune split's clash placed at its district had no doer, and the doer figure fell beyond the gate); the doer now comes
from the article's other clashes (``attacks_incidents.BATTLE_DOERS``)."""
_LAUNCH_FROM = rules.words("attacks", "launch_from")
"""Verbs of setting out ("انطلق"، "أقلعت"): a place after a "من" a few words on is where fire or aircraft set out
from, not where the attack fell (the word before "من" may be its subject or day: "انطلق القصف فجر أمس من ...")."""
_LAUNCH_REACH = 6
_LAUNCH_SPAN = 9
FIRED_FROM_TOWARD = True  # module flag, for A/B measurement only
_FIRED_VERBS = frozenset(normalize(w) for w in (
    "أطلق", "أطلقت", "أطلقوا", "أطلقه", "أطلقته", "أطلقها", "أطلقتها", "أطلقوه", "أطلقوها", "يطلق", "تطلق", "أطلقا",
    "إطلاق", "اطلاقه", "اطلاقها"))
_TOWARD = frozenset(normalize(w) for w in ("باتجاه", "نحو", "صوب", "تجاه", "على"))
_TOWARD_REACH = 4
LAUNCHED_FROM = True
"""Switch (A/B measurement and its test) for :data:`_LAUNCH_FROM`."""
_ELSEWHERE = rules.words("attacks", "elsewhere_before_in")
"""Residence and joining ("المقيمين"، "التحاقهم"): the place after "في" behind them is where someone lived or
joined a group, not where the attack happened."""


STREET_NAMES = True  # module flag, for A/B measurement only
_NAMED_AFTER = frozenset(normalize(w) for w in (
    "شارع", "ساحة", "ميدان", "جسر", "نفق", "دوار", "تقاطع", "مستشفى", "فندق", "مدرسة", "جامعة", "ملعب"))
"""Nouns of streets, squares and buildings often named after a country ("شارع فلسطين"، "ساحة الأردن"، "فندق
فلسطين"): the country after them is a name of the place in a city, not where the event was."""


def _street_name(words: list[str], p: Mention) -> bool:
    """True when the registry country at ``p`` names a street, a square or a building ("في شارع فلسطين ببغداد")."""
    return STREET_NAMES and p.entry.get("admin_level") == "country" and p.i > 0 \
        and bare_in(words[p.i - 1], _NAMED_AFTER)


def _place(ctx: DocContext, f: Frame) -> Place | None:
    words = ctx.sentences[f.si].words
    all_places = [p for p in ctx.places_in(f.si, f.lo, f.hi) if not _street_name(words, p)]

    def descriptor(p: Mention) -> bool:
        """"60كم جنوب أربيل" or "قضاء الحويجة جنوب غرب كركوك": a reference point, not the place itself."""
        if _opposite(words, p.i):
            return True  # "قصفت المدفعية قرى في الجانب السوري المقابل لبلدة حدودية تركية": the town across the border
        if NEAR_OF and _near_of(words, p.i) and any(0 < p.i - q.j <= 4 for q in all_places if q is not p):
            return True  # "في مديرية أرحب القريبة من صنعاء": the district near the capital, not the capital
        if _distance_from(words, p.i) or any(0 < p.i - q.j <= 2 and _distance_from(words, q.i)
                                             for q in all_places if q is not p):
            return True  # "في بلدة كذا التي تبعد 40 كيلومترا عن مدينة كويتا، عاصمة الإقليم": the landmark the
            # distance is told from, and the province told as what it is the capital of
        if _reference_point(words, p.i):
            # "حرض شمال غربي حجة": the governorate holding the place named before it
            return any(0 < p.i - 1 - q.j <= 3 and _held_by(place_at(ctx, f.si, q), place_at(ctx, f.si, p))
                       for q in all_places if q is not p)
        if not ctx.after_direction(f.si, p):
            return False
        if p.i >= 2 and (words[p.i - 2] in _DISTANCE or words[p.i - 2].isdigit()):
            return True
        return any(0 < p.i - q.j <= 3 for q in all_places if q is not p)

    def gap(k: int) -> str:
        """The text between token k - 1 and token k (punctuation the tokens leave out)."""
        s = ctx.sentences[f.si]
        return s.norm[s.tokens[k - 1].ne:s.tokens[k].ns] if 0 < k < len(s.tokens) else ""

    def venue(p: Mention) -> bool:
        """"وقال نتنياهو في تل أبيب إن ..."، "واس - الرياض:": where it was said or filed, not where it happened."""
        if p.i <= 3 and p.j < len(words) and ":" in gap(p.j):
            return True  # a dateline ("ففي كركوك، قال ..." is a round-up's item, not one)
        if p.i <= 3 and p.j + 1 < len(words) and "(" in gap(p.j) and ")" in gap(p.j + 1) and ":" in gap(p.j + 1):
            return True  # "رويترز - بنغازي (ليبيا):": a dateline whose country is told in brackets
        if p.i <= 5 and "(" in gap(p.i) and p.j < len(words) and ")" in gap(p.j) and ":" in gap(p.j):
            return True  # the bracketed country of that dateline
        return p.i < f.i and p.i > 0 and words[p.i - 1] == "في" and any(
            b in _REPORT_VERBS for w in words[max(0, p.i - 4):p.i - 1] for b in bare(w))

    # "مدينة دير الزور السورية": a nisba after an Iraqi registry word says it is some other place
    places = [p for p in all_places if not descriptor(p) and not _aside(words, p.i, f.i)
              and not control_clause(words, p.i, f.j, place=True)
              and not fired_from_toward(words, p.i, f.types)
              and not _state_subject(words, p)
              and not _acting_state(words, p, all_places)
              and not _partner(words, p, all_places)
              and not (registry_country(p.entry) == "IQ" and foreign_place_after(words, p.j))]
    if len(places) > 1 or foreign_places(words, f.lo, f.hi):
        places = [p for p in places if not venue(p)] or places
    # "وأعلن مدعي عام باريس أن منفذ الهجوم في سوبرماركت بجنوب فرنسا": the office's city, not the place, when
    # the frame tells another; "قال محافظ نينوى إن خمسة قتلوا" alone keeps the governorate
    if len(places) > 1:
        places = [p for p in places if not _office_place(words, p.i)] or places
    if BODY_SEAT:
        # "وزارة الصحة في غزة"، "باسم التحالف في اليمن": where the body sits, not where it happened
        places = [p for p in places if not _body_seat(ctx, f.si, p)]
    if AUTHORITY_SEAT and any(_authority_seat(words, p) for p in places):
        # "تعمل مع السلطات في أنقرة"، "أكدت الحكومة في الدوحة": the capital where the government sits (only when a
        # place stays that is no party the doers are tied to: "ميليشيات على علاقة بإيران")
        # (only a place of the attack's own clause takes over: not one after a comma or a source word, "بحسب")
        places = [p for p in places if not _authority_seat(words, p) and not _tied_to(words, p)
                  and _own_clause(ctx, f, p)] or places
    if not places:
        return headless_unit(ctx, f)  # "في البيضاء" in an article about Yemen: the province, never "white"
    foreign = [x for x in foreign_places(words, f.lo, f.hi)
               if not _aside(words, x, f.i) and not (x < 4 and x + 1 < len(words) and ctx.sentences[f.si].tokens[x + 1].clause_start)  # "من لندن:"
               and not any(p.i <= x < p.j for p in all_places)]
    after = [p for p in places if p.i >= f.i]
    before = [p for p in places if p.i < f.i]
    ordered = after[:3] + list(reversed(before))
    resolved = [place_at(ctx, f.si, m) for m in ordered]
    # "قتل ثلاثة فلسطينيين برصاص قناص على الحدود بين إسرائيل وغزة": the side of who was hit
    sides = [p for p in resolved if _border_side(words, p.i)]
    hit = victims_country(ctx, f.si, f.lo, f.hi) if len(sides) > 1 else None
    if hit and any(p.location.country == hit for p in sides):
        return next(p for p in sides if p.location.country == hit)
    if resolved and _border_told(words, resolved[0].i):
        # "أصيب عشرات المحتجين ... على حدود غزة مع إسرائيل" (the border told; a town after it wins)
        return _town_after_border(ctx, f, all_places, resolved[0]) or resolved[0]
    strong = [p for p in resolved if not p.weak]
    if not strong and (unit := headless_unit(ctx, f)) is not None:
        return unit  # "في البيضاء وسط اليمن": the province before its country
    if not strong:
        # only a country or a region ("في شمال شرق مالي"، "بأفغانستان"، "شرق مدينة غزة"): the place at that level
        locative = [p for p in resolved if p.base_level in WEAK_LEVELS and _locative(words, p.i)]
        if locative and _border_told(words, locative[0].i):
            return _town_after_border(ctx, f, all_places, locative[0]) or locative[0]
        return locative[0] if locative else None
    best = strong[0]
    # a chain "بقرية X في قضاء Y التابع لمحافظة Z": keep the most specific of adjacent compatible places
    for p in strong[1:]:
        if p.i - best.j <= 4 and same_area(p, best) and p.specificity < best.specificity:
            best = p
    abroad = [p for p in resolved if p.location.country not in (None, "IQ")]
    if best.location.country == "IQ" and (any(x < best.i or x - best.j <= 4 for x in foreign)
                                          or any(0 <= q.i - best.j <= 2 for q in abroad)):
        # "بقصف في دمشق"، "حي القادسية في غزة": an Iraqi gazetteer word is not the place of an event abroad
        return abroad[0] if abroad else None
    return best


def _fired_at(f: Frame, words: list[str], x: int) -> bool:
    """True when the country or region at token x is what the rockets or shells of the frame were fired at
    ("أطلقت الفصائل خمس قذائف صاروخية على إسرائيل"، "قذائف صوب الأراضي السعودية"): the place they fell on."""
    return x > f.i and x > 0 and words[x - 1] in _FIRED_AT and "shelling" in f.types
    # (not a strike told in words alone: "قد تكون هذه أول ضربة يوجهها التنظيم على أراضي البلاد")


_FIRED_AT = rules.words("attacks", "fired_at")


def _fired_place(ctx: DocContext, frames: list[Frame]) -> Place | None:
    """The country or region the rockets or shells of an incident with no place were fired at, or None. Read for
    the record only, after its tellings were merged (as a place of the telling it split rocket fire from the toll
    told with it, measured)."""
    for f in frames:
        words = ctx.sentences[f.si].words
        for m in ctx.places_in(f.si, f.lo, f.hi):
            if _fired_at(f, words, m.i):
                p = place_at(ctx, f.si, m)
                if p.base_level in WEAK_LEVELS:
                    return p
    return None


_TIES_PARTY = True
"""Part of :data:`AUTHORITY_SEAT` (pass 57, ext57): a country glued to "ب"/"ل" after a noun or adjective of ties or
allegiance ("ميليشيات على علاقة بإيران"، "الفصائل الموالية لإيران", ``attacks.json`` ``tie_words``) names a party, not
a place, so it is no place left for the seat to give way to (nor one taken when the seat gives way). Countries only ("التابعة لمحافظة" names a parent).
(Dropping such a country from every frame was measured: 1 article, its strike's record in Iran went, but two
unplaced records then took the article's one area, a capital named as the state warned.)"""
_TIES = rules.words("attacks", "tie_words")


def _tied_to(words: list[str], p: Mention) -> bool:
    """True when the country at ``p`` is glued to "ب"/"ل" right after a word of ties (:data:`_TIES_PARTY`)."""
    return _TIES_PARTY and p.i > 0 and p.entry.get("admin_level") == "country" \
        and words[p.i].startswith(("ب", "ل")) and bare_in(words[p.i - 1], _TIES)


def _aside(words: list[str], x: int, i: int) -> bool:
    """True when the place at token x is not where the attack at i happened: where a speech was given
    ("في كلمة خلال مؤتمر في أنقرة" ... "إطلاق قذائف") or where people or a
    vehicle came from ("عائدات من نزهة"، "قادما من اتجاه العاصمة صنعاء"); a party named after "مع"
    ("للحوار مع أنقرة") is none either."""
    if x < i and x > 0 and words[x - 1] == "في" and any(
            b in _SPEECH_NOUNS for w in words[max(0, x - 8):x - 1] for b in bare(w)):
        return True
    if x > 0 and words[x - 1] == "في" and any(
            b in _ELSEWHERE for w in words[max(0, x - 5):x - 1] for b in bare(w)):
        return True  # "المقيمين سابقاً في الدوحة"، "بعد التحاقهم بالتنظيم في سوريا": where they lived or joined
    for y in range(max(0, x - 3), x):
        if words[y] == "من" and y > 0 and bare_in(words[y - 1], _MOTION_FROM):
            return True
        if EN_ROUTE and words[y] == "من" and y > 0 and words[y - 1] in _EN_ROUTE:
            return True  # "كانوا في طريقهم من مدينتي تعز وإب": where they set out from
    if LAUNCHED_FROM and _launched_from(words, x):
        return True  # "انطلق القصف فجر أمس من بلدة ... في أقصى شرق البلاد": where it set out from
    if any(b in _OFFICE_TITLES for w in words[max(0, x - 2):x] for b in bare(w)):
        return True  # "وقال قائممقام قضاء المقدادية إن القذائف أطلقت من ..."
    if x > 0 and words[x - 1] in _TO and any(
            b in _MOTION_TO for w in words[max(0, x - 1 - _MOTION_TO_REACH):x - 1] for b in bare(w)):
        return True  # "عاد دبلوماسيون روس وعائلاتهم إلى موسكو": where they travelled to
    if MOTION_TO_UNIT and _transferred_to(words, x, _MOTION_TO):
        return True  # "مع وصول قافلة الوقود إلى ميناء المكلا": where the ship came to
    if TRANSFER_TO and _transferred_to(words, x):
        return True  # "رفضا لنقل مقر الوزارة إلى العاصمة": where it was moved to
    for y in range(max(0, x - 4), x):
        # "نقلوا إلى مستشفى بدير البلح": where the victims were taken
        if bare_in(words[y], _HOSPITALS) and (
                words[y].startswith("ل") or y > 0 and words[y - 1] in {"الي", "إلى", "الى"} or _to_one_of(words, y)):
            return True
    # "على استعداد للحوار مع أنقرة": a party, not a place ("على الحدود مع قطاع غزة" is one)
    return x > 0 and words[x - 1] == "مع" and not (x > 1 and _border(words[x - 2]))


def _transferred_to(words: list[str], x: int, verbs: frozenset[str] = _TRANSFER_TO) -> bool:
    """True when the place at x follows "إلى" (with at most a unit or port word between: "إلى مدينة عدن"، "إلى ميناء
    عدن") after a word of moving (:data:`_TRANSFER_TO`, or the words given) at most :data:`_MOTION_TO_REACH` words
    before it."""
    y = x - 1
    if y > 0 and (words[y] in _REFERENCE_NOUNS or words[y] in _PORTS):
        y -= 1
    return y > 0 and words[y] in _TO and any(
        b in verbs for w in words[max(0, y - _MOTION_TO_REACH):y] for b in bare(w))


_PORTS = rules.words("attacks", "arrival_ports")
"""Ports one arrives at ("وصول سفينة الوقود إلى ميناء المكلا"، "وصلت الطائرة إلى مطار عدن")."""
MOTION_TO_UNIT = True
"""Switch (A/B measurement and its test): a travel word's place (:data:`_MOTION_TO`) may stand after a unit or port
word ("إلى ميناء عدن")."""


_CLAUSE_OPENERS = ("و", "ثم")
_NOT_OPENERS = frozenset({"وسط", "ولايه", "وادي", "واحه"})


def _launched_from(words: list[str], x: int) -> bool:
    """True when the place at x follows "من" after a verb of setting out (:data:`_LAUNCH_FROM`), with the place
    and its locators ("من مدينة ... في أقصى جنوب شرق البلاد") in between and no new clause ("واستهدف ...")."""
    for y in range(x - 1, max(-1, x - _LAUNCH_SPAN), -1):
        if words[y] == "من":
            return any(b in _LAUNCH_FROM for w in words[max(0, y - _LAUNCH_REACH):y] for b in bare(w))
        if words[y].startswith(_CLAUSE_OPENERS) and words[y] not in _NOT_OPENERS and not words[y].startswith("ال"):
            return False
    return False


def fired_from_toward(words: list[str], x: int, types: list[str]) -> bool:
    """True when the place at x follows "من" after a verb of firing and a word of direction follows it ("صاروخ
    أطلقته الميليشيات من صعدة باتجاه جازان"), in a frame of fire (shelling): where the fire came from, the place it
    flew toward being told after it. Not in a frame of another kind (an air strike on a launcher whose missile was to
    be fired from a hill toward a town: the strike fell where the launcher stood)."""
    if not FIRED_FROM_TOWARD or "shelling" not in types:
        return False
    for y in range(x - 1, max(-1, x - _LAUNCH_SPAN), -1):
        if words[y] == "من":
            return any(b in _FIRED_VERBS for w in words[max(0, y - _LAUNCH_REACH):y] for b in bare(w)) and any(
                b in _TOWARD for w in words[x + 1:x + 1 + _TOWARD_REACH] for b in bare(w))
        if words[y].startswith(_CLAUSE_OPENERS) and words[y] not in _NOT_OPENERS and not words[y].startswith("ال"):
            return False
    return False


ONE_OF_HOSPITALS = True
"""Switch: "نقل لأحد المستشفيات داخل البلد المجاور"، "إلى أحد مستشفيات المدينة": taken to one of the hospitals there
(A/B measurement and its test)."""
_ONE_OF = frozenset({"احد", "احدى"})


def _to_one_of(words: list[str], y: int) -> bool:
    """True when the hospital word at y follows "لأحد"/"إلى أحد" (to one of the hospitals)."""
    if not ONE_OF_HOSPITALS or y < 1:
        return False
    w = words[y - 1]
    return (w[1:] in _ONE_OF and w[0] == "ل") or (w in _ONE_OF and y > 1 and words[y - 2] in _TO)


def _state_subject(words: list[str], p: Mention) -> bool:
    """True when the city at p is the subject of a clause after "أن"/"إن" followed by a particle or a future verb
    ("أن باريس لن تتراجع"، "إن أنقرة ستهاجم"): a capital standing for its state, not where it happened. A country
    so told is left alone (measured: a record whose only place was such a country was lost)."""
    if STATE_ACTS and p.i > 0 and bare_in(words[p.i - 1], _STATE_ACTS) and _capital(p.entry):
        return True  # "لدخول أنقرة في الحملة"، "انضمام باريس إلى التحالف": the state joining, not where it happened
    if not ACTOR_CLAUSE or p.i == 0 or words[p.i - 1] not in _ACTOR_THAT or p.j >= len(words):
        return False
    if p.entry.get("admin_level") == "country":
        return False
    nxt = words[p.j]
    return nxt in _ACTOR_NEXT or (len(nxt) >= 5 and nxt[:2] in _FUTURE)


PARTNER_LIST = True
"""Switch (pass 57, ext57): the places joined by "و" to a party named after "مع" ("عمل عسكري مع فرنسا وبريطانيا"،
"بالتنسيق مع الأردن والإمارات") are parties too, as the first is (:func:`_aside`): no place of the attack. Before,
only the first was left out and the second became the strike's place."""


def _partner(words: list[str], p: Mention, places: list[Mention]) -> bool:
    """True when place mention ``p`` is a "و"-joined conjunct of a place named right after "مع" (:data:`PARTNER_LIST`;
    "على الحدود مع ..." names a border, not a party)."""
    if not PARTNER_LIST or not words[p.i].startswith("و"):
        return False
    first = p
    while True:
        prev = next((q for q in places if q.j == first.i), None)
        if prev is None or not words[first.i].startswith("و"):
            break
        first = prev
    return first is not p and first.i > 0 and words[first.i - 1] == "مع" \
        and not (first.i > 1 and _border(words[first.i - 2]))


ACTING_STATE = True
"""Switch (pass 57, ext57): a country told as the subject of a verb of armed action (``context.json``
``actor_country_verbs``), with the verb's object pronoun on it or not, and the countries joined to it by "و"
("غارات نفذتها فرنسا وبريطانيا على مواقع للنظام"، "وتشن تركيا عملية في شمال سوريا") is the state
that strikes, not where: no place of the attack (the strike's own place, else the article's, is). Off, the striking
state was the record's place when the frame named no other."""
_ACTOR_VERBS = rules.words("context", "actor_country_verbs")
_OBJECT_ENDS = ("ها", "هما", "هم", "ه")


def _acting_state(words: list[str], p: Mention, places: list[Mention]) -> bool:
    """True when country mention ``p`` is (one of the "و"-joined) subjects of the verb of armed action right before
    the first of them (:data:`ACTING_STATE`)."""
    if not ACTING_STATE or p.entry.get("admin_level") != "country":
        return False
    first = p
    while True:
        prev = next((q for q in places if q.j == first.i and q.entry.get("admin_level") == "country"), None)
        if prev is None or not words[first.i].startswith("و"):
            break
        first = prev
    if first.i == 0:
        return False
    verb = words[first.i - 1]
    forms = [verb] + [verb[:-len(e)] for e in _OBJECT_ENDS if verb.endswith(e) and len(verb) - len(e) >= 2]
    return any(bare_in(w, _ACTOR_VERBS) for w in forms)


def _capital(entry) -> bool:
    """Whether a place entry is its country's capital (the country's coordinates are its capital's)."""
    if entry.get("admin_level") != "city" or entry.get("lat") is None:
        return False  # (a country is left to the rule below; "دخول المنطقة الخضراء" is a quarter entered)
    home = get_world_gazetteer().country(registry_country(entry) or "")
    return home is not None and home.lat is not None and abs(home.lat - entry.get("lat")) < _CAPITAL_NEAR \
        and abs(home.lon - entry.get("lon")) < _CAPITAL_NEAR


_CAPITAL_NEAR = 0.3


def _opposite(words: list[str], x: int) -> bool:
    """True when the place at token x is told as what the place before it faces ("الجانب السوري المقابل لمدينة تركية"،
    "البلدة الواقعة قبالة مدينة سورية"): a landmark across from where it happened, not the place itself."""
    k = x - 1
    if k >= 0 and bare_in(words[k], _REFERENCE_NOUNS):
        k -= 1  # "لمدينة"، "مدينة"
    return k >= 0 and k < x and bare_in(words[k], _OPPOSITE)


_OPPOSITE = rules.words("attacks", "opposite_words")

NEAR_OF = True  # switch for A/B measurement (tests patch it)
# adjectives of nearness agreeing with a place told before ("القريبة من"، "المجاورة لـ"، "المتاخمة لـ"), normalised
_NEAR_ADJECTIVES = frozenset({"القريبه", "القريب", "المجاوره", "المجاور", "المتاخمه", "المتاخم", "المحاذيه", "المحاذي",
                              "المطله", "المطل"})


DISTANCE_FROM = True
"""Switch (A/B measurement and its tests): a place told as what the place before it lies some distance from ("في بلدة
كذا التي تبعد 40 كيلومترا عن مدينة كويتا"، "الذي يبعد نحو 15 كلم من العاصمة") is a landmark, not where it happened
(the named place before it is, even when no gazetteer knows it)."""
_DISTANCE_VERBS = rules.words("attacks", "distance_verbs")
_DISTANCE_UNITS = rules.words("attacks", "distance_units")
_DISTANCE_REACH = 6


def _distance_from(words: list[str], x: int) -> bool:
    """True when the place at token x closes "تبعد/يبعد ... N كيلومترا عن/من" (:data:`DISTANCE_FROM`)."""
    if not DISTANCE_FROM:
        return False
    k = x - 1
    if k >= 0 and bare_in(words[k], _REFERENCE_NOUNS):
        k -= 1  # "عن مدينة كويتا"، "من العاصمة"
    if k < 1 or words[k] not in {"عن", "من"} or not (bare_in(words[k - 1], _DISTANCE_UNITS)
                                                     or bare_in(words[k - 1], _DISTANCE)):
        return False
    return any(bare_in(w, _DISTANCE_VERBS) for w in words[max(0, k - 1 - _DISTANCE_REACH):k - 1])


def _near_of(words: list[str], x: int) -> bool:
    """True when the place at token x is told as what the place before it is near: "قرية الحمراء القريبة من
    مدينة حمص"، "البلدة المجاورة لمدينة حلب" -- a landmark beside where it happened, not the place itself."""
    k = x - 1
    if k >= 0 and bare_in(words[k], _REFERENCE_NOUNS):
        k -= 1  # "العاصمة"، "لمدينة"
    if k >= 0 and words[k] == "من":
        k -= 1  # "القريبة من"
    return k >= 0 and bare_in(words[k], _NEAR_ADJECTIVES)


def _reference_point(words: list[str], x: int) -> bool:
    """True when the place at token x is written as a reference point after a direction and a unit word:
    "مديرية نهم شرق العاصمة صنعاء". (Dropping such a known place as a mere descriptor when a known place
    stands before it - "مديرية صرواح غرب محافظة مأرب" - was measured and left out: it cost a real-news record.)"""
    return x >= 2 and bare_in(words[x - 1], _REFERENCE_NOUNS) and words[x - 2] in DIRECTIONS


def _held_by(narrow: Place, wide: Place) -> bool:
    """True when ``wide`` is a governorate that may hold the town or district ``narrow`` (the same country)."""
    return wide.base_level in {"governorate", "region"} and narrow.base_level in {"city", "district", "subdistrict", "village"} \
        and narrow.location.country is not None and narrow.location.country == wide.location.country


def _office_place(words: list[str], x: int) -> bool:
    """True when the place at token x names an office's seat: "مدعي عام باريس"، "محافظ نينوى"، "قائد شرطة كركوك"."""
    k = x - 1
    if k >= 1 and bare_in(words[k], _OFFICE_LINKS):
        k -= 1
    return k >= 0 and k < x and bare_in(words[k], _OFFICE_HEADS)


BODY_SEAT = True
"""Switch (on; off only to measure it): a place told right after a body's name with "في" ("وزارة الصحة في غزة"،
"تحالف دعم الشرعية في اليمن") is that body's seat or field, not where it happened, when the body is told as the source
of the news: a report verb or "باسم"/"بحسب"/"وفق" at most two words before the body's name ("أعلنت وزارة الصحة في غزة"،
"باسم التحالف في اليمن"). The body is a registry actor or a body noun and its complement
(``seat_bodies``: "وزارة الصحة"، "مكتب الأمم المتحدة"). A body that is hit ("هجوم على وزارة الداخلية في كابول") keeps it."""
_SEAT_BODIES = rules.words("attacks", "seat_bodies")
_SEAT_SOURCES = rules.words("attacks", "seat_sources")


def _body_seat(ctx: DocContext, si: int, p: Mention) -> bool:
    """True when place ``p`` names the seat of the body named right before it as the news' source (:data:`BODY_SEAT`)."""
    words = ctx.sentences[si].words
    if p.i < 3 or words[p.i - 1] != "في":
        return False
    starts = [m.i for m in ctx.actors_in(si, 0, p.i - 1) if m.j == p.i - 1]
    if bare_in(words[p.i - 3], _SEAT_BODIES):
        starts.append(p.i - 3)  # "وزارة الصحة في": a body noun and its complement
    return any(bare_in(w, _REPORT_VERBS | _SEAT_SOURCES) for x in starts for w in words[max(0, x - 2):x])


AUTHORITY_SEAT = True
"""Switch (pass 57, ext57, from placesb56's v2): a capital told after a government's name and "في" ("السلطات في أنقرة"،
"الحكومة العراقية في بغداد"، "حكومة ... في العاصمة صنعاء") is where that government sits, not where it happened, told
with or without a source word before it (unlike :data:`BODY_SEAT`): a government is seldom the place of an attack. A
city that is no capital ("أحياء الحكومة في مدينة الحسكة") is left alone: there "the government"
holds ground where the fighting is. Only when another place of the frame stays (not a party the doers are tied to,
:data:`_TIES_PARTY`): a lone seat is kept, as :func:`_place`'s venue rule keeps a lone venue."""
_AUTHORITY_SEATS = rules.words("attacks", "authority_seats")


def _authority_seat(words: list[str], p: Mention) -> bool:
    """True when the capital at ``p`` follows a government noun and "في" (:data:`AUTHORITY_SEAT`)."""
    k = p.i - 1
    if k >= 0 and words[k] in _REFERENCE_NOUNS:
        k -= 1  # "في العاصمة صنعاء"
    if k < 1 or words[k] != "في" or not _capital(p.entry):
        return False
    k -= 1
    if k >= 1 and words[k].startswith("ال") and words[k].endswith(("يه", "يين")):
        k -= 1  # "الحكومة العراقية في بغداد"، "السلطات التركية في أنقرة"
    return bare_in(words[k], _AUTHORITY_SEATS) and not (SEAT_BUILDING and k > 0 and bare_in(words[k - 1], _SEAT_BUILDINGS))


SEAT_BUILDING = True
"""Switch (pass 57, fixext57): :data:`AUTHORITY_SEAT` does not read a government noun after a building noun ("مقر
الحكومة في بغداد"، "مبنى تابعا للحكومة في كابول", ``attacks.json`` ``seat_buildings``): the building is the target or
the scene, so its capital is where it happened. With it, the place that takes over must be told in the attack's own
clause (:func:`_own_clause`)."""
_SEAT_BUILDINGS = rules.words("attacks", "seat_buildings")


def _own_clause(ctx: DocContext, f: Frame, p: Mention) -> bool:
    """True when no comma or source word ("بحسب"، "وفق") stands between the frame's head and place ``p``
    (:data:`SEAT_BUILDING`): "في بغداد، فيما خرجت تظاهرات في البصرة" tells Basra in another clause."""
    if not SEAT_BUILDING:
        return True
    s = ctx.sentences[f.si]
    lo, hi = min(f.i, p.i), max(f.i, p.i)
    return not any(s.tokens[t].clause_start for t in range(lo + 1, hi + 1)) \
        and not any(bare_in(s.words[t], _SEAT_SOURCES) for t in range(lo + 1, hi))


def _locative(words: list[str], i: int) -> bool:
    """True when the token at i is written as where something happened ("في"، "ب"، "شمال"، "داخل" before it)."""
    w = words[i]
    if w.startswith("ب") or (len(w) > 2 and w[0] in "وف" and w[1] == "ب"):
        return True
    prev = bare(words[i - 1]) if i > 0 else ()
    if _border_before(words, i) is not None:
        return True  # "قرب حدود قطاع غزة"، "على الحدود مع غزة"، "الحدود بين غزة وإسرائيل"، "الحدود الشرقية لقطاع غزة"
    if BORDER_AREA_OF and w.startswith("ل") and any(
            b in _BORDER_AREA for v in words[max(0, i - 3):i] for b in bare(v)):
        return True  # "في المنطقة الحدودية الجنوبية لتركيا": the border area of the country
    return any(b in _LOCATIVE_BEFORE or b in DIRECTIONS for b in prev)


BORDER_AREA_OF = True  # module flag, for A/B measurement only
_BORDER_AREA = frozenset({"الحدوديه", "الحدودي"})


BORDER_PHRASE = True
"""Switch: a border noun followed by its adjective ("السياج الحدودي"، "الحدود الشرقية") is a border like the noun
alone (A/B measurement and its test)."""
_BORDER_ADJECTIVES = rules.words("locations", "border_adjectives")
"""Adjectives that may follow a border noun before the place it bounds: "الحدودي" and the sides ("الشرقية")."""


def _border(word: str) -> bool:
    return bare_in(word, BORDER_WORDS)


def _border_end(words: list[str], k: int) -> int | None:
    """The index of the border noun of a border phrase ending at token k ("الحدود"، "السياج الحدودي"، "الحدود
    الشرقية"), or None when token k ends none."""
    if k < 0:
        return None
    if _border(words[k]):
        return k
    if BORDER_PHRASE and k > 0 and words[k] in _BORDER_ADJECTIVES and _border(words[k - 1]):
        return k - 1
    return None


BORDER_THEN_TOWN = True
"""Switch (A/B measurement and its test): a place told as the border where an incident happened ("قرب الحدود مع
إسرائيل") and a more specific place right after it ("شرق بلدة كذا", "قرب مدينة كذا"): the incident is at that place,
the border only says it lies near it (the border's named country is often the other side)."""


def _town_after_border(ctx: DocContext, f: Frame, all_places: list[Mention], told: Place) -> Place | None:
    """The town told right after a place written as a border (:data:`BORDER_THEN_TOWN`), more specific than it and
    known; None when there is none. (Read as a reference point after its direction, the town is not among the
    frame's places: it is taken back here.)"""
    if not BORDER_THEN_TOWN:
        return None
    return next((q for q in (place_at(ctx, f.si, m) for m in all_places if 0 < m.i - told.j <= 2)
                 if 0 <= q.i - told.j <= 1 and not q.weak and q.specificity < told.specificity), None)


def _border_before(words: list[str], i: int) -> int | None:
    """The index of the border noun of a border phrase told right before the place at token i ("حدود قطاع غزة"،
    "الحدود مع غزة"، "السياج الحدودي بين غزة وإسرائيل"، "الحدود الشرقية لقطاع غزة"), or None."""
    b = _border_end(words, i - 1)
    if b is None and i > 1 and words[i - 1] in {"مع", "بين"}:
        b = _border_end(words, i - 2)
    return b


def _border_told(words: list[str], i: int) -> bool:
    """True when the place at token i is written as the border where it happened ("على حدود قطاع غزة"، "قرب الحدود
    مع غزة"); not a border something came from ("قذيفة انطلقت من داخل الحدود اليمنية وأصابت منزلا في جازان")."""
    b = _border_before(words, i)
    return b is not None and b > 0 and words[b - 1] in _AT_BORDER


_AT_BORDER = {normalize(w) for w in ("على", "قرب", "عند", "طول", "بمحاذاة", "محاذاة", "بالقرب", "قرابة")}


def _border_side(words: list[str], i: int) -> bool:
    """True when the place at token i is a side of a border told with both ("الحدود بين غزة وإسرائيل")."""
    return any(_border(w) for w in words[max(0, i - 3):i]) and any(w == "بين" for w in words[max(0, i - 2):i])


def _known_list(ctx: DocContext, f: Frame, first: Place | None) -> list[Place]:
    """Places joined by "و" right after the frame's place ("في قضاء بيجي ومدينة الرمادي"): two or more of
    different areas, none a country or region; else empty."""
    if first is None or first.weak:
        return []
    s = ctx.sentences[f.si]
    if first.i < f.j and not _dual_in_frame(s.words, f, first):
        # a list told before the event word is the frame's only where it is told as where ("وفي هجومين منفصلين في
        # مدينتي ... و... قتل ..."): read from the list's first place, up to the event word
        if not LEADING_LIST or first.i < f.lo or first.j > f.i:
            return []
        before = [place_at(ctx, f.si, m) for m in ctx.places_in(f.si, f.lo, first.i)]
        while before and not before[-1].weak and 0 <= first.i - before[-1].j <= 1 and (
                s.words[first.i].startswith("و") or s.words[first.i - 1] == "و"):
            first = before.pop()
        if not (_locative(s.words, first.i) or (first.i > 0 and bare_in(s.words[first.i - 1], _LEADING_DUALS))):
            return []  # ("أما جبهتا ... و... فشهدتا اشتباكات": a dual place noun names the two places)
    if any(w == "بين" for w in s.words[max(0, first.i - 2):first.i]):
        return []  # "على الطريق الرابط بين ناحية العظيم وقضاء الخالص": one place between two
    chain = [first]
    last_j = first.j  # (the end of the last item, or of the parent told after it)
    for m in ctx.places_in(f.si, first.j, f.hi):
        p = place_at(ctx, f.si, m)
        prev = chain[-1]
        if LOCATIVE_AGAIN and not p.weak and 0 <= p.i - last_j <= 2 \
                and not any(w.startswith("و") for w in s.words[last_j:p.i + 1]) \
                and _one_area(p, prev) and p.specificity > prev.specificity:
            last_j = p.j  # "في مديرية حيس جنوبي الحديدة": the item's parent, told after it
            continue
        if LOCATIVE_AGAIN and last_j > prev.j:
            gap = s.words[last_j:p.i]
            if not (gap and gap[0] in _IN_AGAIN and len(gap) <= 2 and not p.weak):
                break
            if any(_one_area(p, q) for q in chain):
                return []
            chain.append(p)  # "..، وفي جبهة نهم شرقي صنعاء": a second place told with its own "وفي"
            last_j = p.j
            continue
        gap = s.words[prev.j:p.i]
        joined = p.i - prev.j <= 1 and (s.words[p.i].startswith("و") or (gap and gap[0].startswith("و")))
        if LOCATIVE_AGAIN and not joined and not p.weak and gap and gap[0] in _IN_AGAIN and len(gap) <= 2:
            joined = True  # "في منطقة المضلع، وفي منطقة النسور"
        if LIST_GAPS and not joined and 1 < len(gap) <= 2 and gap[0].startswith("و") and s.words[p.i].startswith("و") \
                and all(w.isalpha() for w in gap):
            joined = True  # "قرب مدن الرقة وحلب وعين عيسى ودير الزور": a listed name no gazetteer knows between two
        if not joined or p.weak:
            break
        if any(_one_area(p, q) for q in chain):
            return []  # "بعقوبة وديالى": a place and the province holding it are one area
        chain.append(p)
        last_j = p.j
    return chain if len(chain) > 1 else []


LOCATIVE_AGAIN = True
"""Switch (pass 49, A/B measurement and its test): a place of the frame followed, after its parent place if any, by
"، وفي" and a second place of another area ("اشتباكات في مديرية حيس جنوبي الحديدة، وفي جبهة نهم شرقي صنعاء")
lists the two: one incident per place (guidelines D-21)."""
_IN_AGAIN = rules.words("attacks", "again_locatives")  # "، وفي"، "وكذلك": a second place told with its own "in"

LEADING_LIST = True
"""Switch (pass 40, A/B measurement and its test): a list of places told as where before the frame's event word
("وفي هجومين منفصلين في مدينتي ... و... قتل المسلحون ...") is listed as one after it is: one incident per place."""
_LEADING_DUALS = rules.words("attacks", "roundup_dual_places") | rules.words("attacks", "leading_list_duals")
"""Dual place nouns ("مدينتي"، "جبهتا") that tell the two places after them as where, before the event word."""


ORDINAL_PARTS = True  # module flag, for A/B measurement only
_FIRST_PART = frozenset({"الاول", "الاولي"})
_SECOND_PART = frozenset({"الثاني", "الثانيه", "والثاني", "والثانيه"})
_PART_REACH = 12


def _ordinal_parts(ctx: DocContext, f: Frame, dual: bool) -> list[Place]:
    """The places of two incidents told by ordinals after a dual ("نفذ مسلحون هجومين منفصلين، الأول على حاجز في
    مدينة ... والثاني على مقر في مدينة ..."): one place after "الأول" and another after "الثاني", of different areas;
    else empty. ``dual``: the sentence tells two incidents by an indefinite dual."""
    if not ORDINAL_PARTS or not dual:
        return []
    words = ctx.sentences[f.si].words
    x1 = next((x for x in range(len(words)) if words[x] in _FIRST_PART), None)
    if x1 is None:
        return []
    x2 = next((x for x in range(x1 + 1, min(len(words), x1 + _PART_REACH + 1)) if words[x] in _SECOND_PART), None)
    if x2 is None:
        return []
    first = next((place_at(ctx, f.si, m) for m in ctx.places_in(f.si, x1, x2)), None)
    second = next((place_at(ctx, f.si, m) for m in ctx.places_in(f.si, x2, min(len(words), x2 + _PART_REACH))), None)
    if first is None or second is None or first.weak or second.weak or _one_area(first, second) \
            or x1 <= f.i < second.j:
        return []  # (an event word inside one part is that part's incident, with its own place)
    return [first, second]


DUAL_IN_FRAME = True
"""Switch (pass 49, A/B measurement and its test): two known places after a dual place noun told between the frame's
event word and its toll ("استهدفت الغارات مواقع في مديريتي حيس والخوخة، ما أسفر عن مقتل عشرة") are a list of two
places, one record each with the joint toll left out (GUIDELINES D-21); off, a list inside the frame's span was read
only as told before the event word, so the first place alone kept the record and the toll."""
_FRAME_DUALS = _LEADING_DUALS | rules.words("locations", "dual_place_nouns") | rules.words("locations", "front_dual_nouns")


def _dual_in_frame(words: list[str], f: Frame, first: Place) -> bool:
    """True when the frame's first place follows a dual place noun after the frame's event word (:data:`DUAL_IN_FRAME`)."""
    return DUAL_IN_FRAME and f.i < first.i - 1 and bare_in(words[first.i - 1], _FRAME_DUALS)


LIST_GAPS = True
"""Switch (A/B measurement and its test): a list of places goes on over one unknown name of one or two words joined by
"و" ("وحلب وعين عيسى ودير الزور")."""


def _one_area(a: Place, b: Place) -> bool:
    """True when two places joined in a list are one area: the same place, or one a governorate or region holding
    the other ("بعقوبة وديالى"). Two towns of one governorate ("في الرمادي والفلوجة") are two places, though a
    governorate's seat shares its merge key."""
    if a.location.name == b.location.name or a.key == b.key and a.base_level == b.base_level:
        return True
    wide = {"governorate", "area", "region"}
    return same_area(a, b) and (a.base_level in wide or b.base_level in wide)


def _several_places(ctx: DocContext, f: Frame) -> bool:
    """True when the frame names two or more places of different areas ("في بغداد وكركوك")."""
    found: list[Place] = []
    for m in ctx.places_in(f.si, f.lo, f.hi):
        p = place_at(ctx, f.si, m)
        if not p.weak and not any(same_area(p, q) for q in found):
            found.append(p)
    return len(found) > 1
