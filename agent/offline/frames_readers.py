"""The word readers of event frames: the word lists and the small tests (a strike from the air, a launch, a
wounding, a stabbing, arson, a relative event ...) that :func:`marsad.agent.offline.frames._token_kind` asks at one word."""

from __future__ import annotations

from marsad.agent.dates import DAY_NAMES
from marsad.agent.numbers import word_value
from marsad.agent.offline import rules
from marsad.agent.offline.context import bare, bare_in
from marsad.agent.offline.scope import clitic_surfaces
from marsad.agent.offline.vocab import KILLED, REL_PRONOUNS
from marsad.core.arabic import normalize

_GROUP_EVENTS = rules.phrases("frames", "group_events")
"""News-word entries that are an attack only when an armed group wages them ("هجوم واسع" = an offensive)."""
_EVENT_WORDS: dict[str, str] = {**rules.table("frames", "event_words"), **rules.table("frames", "counted_event_words")}
"""Strike words the glossary does not list in these forms — with the article or a possessive ("الغارات"،
"غاراتها"), the verb "أغار", "للقصف", a blast as an indefinite object ("إن انفجارا وقع ..."، "نفذ تفجيرا") and
two strikes or bombs of one incident ("شنت غارتين على ..."، "بانفجار عبوتين") — each with its attack type (or
"attack"; "explosion" for a blast). Not the dual of an incident ("هجومين منفصلين"): a round-up, told apart."""


_TOLL_DUALS: dict[str, str] = {normalize(k): v for k, v in rules.table("frames", "toll_duals").items()}
_DUAL_TOLL_NOUNS = rules.words("frames", "dual_toll_nouns")
_DUAL_CAUSE_VERBS = rules.words("frames", "dual_cause_verbs")
_DUAL_REACH = 3
_CAUSED_DUALS: dict[str, str] = {normalize(k): v for k, v in rules.table("frames", "caused_duals").items()}
"""Indefinite duals of an incident ("في تفجيرين"، "بهجومين"): an event when a toll is told as theirs (frames.CAUSED_DUAL)."""
_CAUSED_DUAL_TOLLS = rules.words("frames", "caused_dual_tolls")
_CAUSED_DUAL_APART = rules.words("frames", "caused_dual_apart")
_DUAL_PLACES = rules.words("attacks", "roundup_dual_places")


_DEFINITE_AIR = rules.phrases("frames", "definite_air_pairs")


_BODY_OBJECT_WORDS = rules.words("frames", "body_object_words")
_FOREIGN_BODY = frozenset({"جسم", "الجسم"})


def _foreign_body(words: list[str], i: int, j: int) -> bool:
    """Whether words[i:j] is "جسم غريب" told of a body (a swallowing verb or an organ in the sentence)."""
    return words[i] in _FOREIGN_BODY and j - i == 2 and any(
        b in _BODY_OBJECT_WORDS for w in words for b in bare(w))


_EVENT_PAIRS: dict[str, str] = {**rules.table("frames", "event_pairs"), **{k: "airstrike" for k in _DEFINITE_AIR}}
"""Two-word strike phrases ("إطلاق صواريخ"، "صواريخ أطلقت"، "فتح النار"), as ``first_second``, with their type."""
_LAUNCHERS = rules.words("frames", "launcher_nouns")
""""منصات إطلاق صواريخ": launchers, a thing, not a launch (a strike on them is told by its own verb)."""
_TARGETED = rules.words("frames", "targeted_verbs")
""""استهدف" and its forms: a strike only when aircraft are its subject (:func:`_from_the_air`)."""
_AIR = rules.words("frames", "air_subjects")
_SEA_TARGETING = rules.words("frames", "sea_targeting")
_VESSELS = rules.words("frames", "vessels")
_VESSEL_REACH = int(rules.number("frames", "vessel_reach"))
"""Attacks at sea are told by "استهدف"/"استهداف" with a ship or boat as object or subject ("استهدف زورق مفخخ
سفينة ..."، "استهداف بارجة سعودية في البحر الأحمر"): a strike whatever the means."""


def _at_sea(words: list[str], x: int) -> bool:
    """True when a vessel word stands within ``vessel_reach`` tokens after the targeting word at ``x``, or within
    two before it (its subject: "إن زورقا مفخخا استهدف ...")."""
    near = words[x + 1:x + 1 + _VESSEL_REACH] + words[max(0, x - 2):x]
    return any(b in _VESSELS or (b.endswith("ا") and b[:-1] in _VESSELS) for w in near for b in bare(w))


def _from_the_air(words: list[str], x: int, before: bool = False) -> bool:
    """True when an aircraft word follows the verb at ``x`` as its subject ("استهدفت طائرات التحالف"), or with
    ``before`` also when it stands just before it ("إن الطائرات الحربية استهدفت")."""
    near = words[x + 1:x + 3] + (words[max(0, x - 3):x] if before else [])
    return any(b in _AIR for w in near for b in bare(w))


_TARGETED_MEANS: dict[str, str] = {normalize(k): v for k, v in rules.table("frames", "targeted_means").items()}
_TARGETED_SUBJECTS = rules.words("frames", "targeted_subjects")
_TARGETED_REACH = int(rules.number("frames", "targeted_reach"))
""""استهدف" told with its means or by a gunman: "استهدف الحوثيون مطار عدن بالصواريخ"، "استُهدفت دورية بعبوة ناسفة"
(the passive is written alike)، "استهدف مسلحون مجهولون حاجزا": a strike whoever its subject, the kind from the
means (one or two words: "بسيارة مفخخة") within ``targeted_reach`` tokens, else a general attack."""


_WEAPON_SUBJECTS: dict[str, str] = {"_".join(normalize(p) for p in k.split("_")): v
                                    for k, v in rules.table("frames", "targeted_weapon_subjects").items()}


_STRIKERS: dict[str, str] = {normalize(k): v for k, v in rules.table("frames", "targeted_strikers").items()}
"""Subjects whose targeting is a strike of their own kind whatever its object: artillery, tanks and rocket launchers
("ومدفعية الجيش استهدفت تلالا ..."، "استهدفت الدبابات ...") shell; an air coalition ("إن التحالف استهدف مقر
القيادة") strikes from the air."""


def _striker(words: list[str], x: int) -> str | None:
    """The kind of a strike told by the targeting verb at ``x`` with a striking subject right after it or within
    three words before it (not after a relative pronoun: "الهجمات التي استهدفت التحالف" has it as object)."""
    if x > 0 and words[x - 1] in REL_PRONOUNS:
        return None
    # after the verb, the subject is definite or heads a construct ("مدفعية الجيش"); "استهدف دبابة على الحدود"
    # has the tank as its object
    after = [] if x + 1 >= len(words) or not (words[x + 1].startswith("ال") or (
        x + 2 < len(words) and words[x + 2].startswith("ال"))) else [words[x + 1]]
    for w in after + words[max(0, x - 3):x]:
        kind = next((_STRIKERS[b] for b in bare(w) if b in _STRIKERS), None)
        if kind is not None:
            return kind
    return None


_LAUNCH = rules.words("frames", "launch_words")
_PROJECTILES = rules.words("frames", "projectiles")
_LAUNCH_REACH = int(rules.number("frames", "launch_reach"))
_INTERCEPTORS = rules.words("frames", "interceptor_words")
_AIMS = rules.words("frames", "launch_aims")
_AIM_REACH = int(rules.number("frames", "launch_aim_reach"))
_NOT_AIMS = rules.words("frames", "launch_not_aims")
"""A launch whose projectile stands further off, past a two-word subject, a time and a count, is one when the
projectile is aimed ("وأطلقت القوات ... ليل الأربعاء، نحو 20 صاروخا باتجاه مواقع ..."), not into a sea or space (a test:
"صاروخين باتجاه بحر اليابان", ``launch_not_aims``): within ``launch_aim_reach``
tokens after the verb, an indefinite projectile with a word of aim ("على"، "باتجاه"، "صوب") right after it (the definite
"إطلاق الحوثيين الصواريخ على السعودية" is the practice spoken of as often as one launch)."""
_SINCE = rules.words("frames", "launch_since")
_SINCE_REACH = int(rules.number("frames", "launch_since_reach"))
"""A launch told with its projectile a few words off: a count or subject between ("إطلاق عشرات الصواريخ"،
"أطلقت الفصائل 12 صاروخا") or the projectile first, the launch passive or relative ("قذائف أُطلقت من جنوب لبنان"،
"صاروخ كاتيوشا أطلقته الميليشيا") — unless the projectile is an interceptor, a test or a space launch, or a
definite projectile told before the verb ("الصواريخ التي أطلقها الحوثيون"): launches told before or in general."""


LAUNCH_PAST_DAY = True
"""Switch (pass 51, A/B measurement and its test): the words of a day or time set in after the launch verb and its
subject ("أطلقت الفرقة، فجر الخميس، ثلاثة صواريخ نحو البلدة ...") and a count in figures ("أطلقت المجموعة
المسلحة 14 قذيفة") do not count toward ``launch_reach``: the projectile is the verb's object all the same. Before, a
launch told so opened no frame, and a missile fired at a city and shot down gave no record (:func:`_launch_span`)."""
INSERTED_DAY_WORDS = rules.words("frames", "inserted_day_words") | DAY_NAMES
"""Words of a day or a time told between a verb and what it governs ("أطلقت الفرقة، فجر الخميس، ...")."""
_LAUNCH_SKIP = INSERTED_DAY_WORDS
_LAUNCH_SKIP_MAX = 4
_EXERCISES = rules.words("frames", "launch_exercise_words")
_PAST_DAY_AIM_REACH = int(rules.number("frames", "launch_past_day_aim_reach"))
_NOT_AIM_HEADS = rules.words("frames", "launch_not_aim_heads")
_LANDED = rules.words("frames", "launch_landed_words")
"""A projectile reached only past the skipped day words and figures (:data:`LAUNCH_PAST_DAY`) is the verb's object,
but a launch so told is an attack only as the far projectile of the aim path is one: aimed at land (a word of aim
within ``launch_past_day_aim_reach`` words after it, past its adjectives: "صاروخا بعيد المدى نحو مدينة ..."; not
after "قادرا": "صاروخا قادرا على حمل رأس نووي"; not into a sea or space) or told falling on land in the sentence
("وسقط أحدها في بلدة ..."; not "سقطا في البحر") — and never in a sentence of an exercise or a test ("في إطار
مناورات"، "تجربة صاروخية"): a state's missile test told with its day ("أطلقت الدولة، صباح الأحد، صاروخا
باليستيا") is no attack (pass 51 review, finding 1)."""


def _past_day_aimed(words: list[str], y: int) -> bool:
    """True when the projectile at ``y``, reached past the day words, is aimed at land or told falling on land, in a
    sentence of no exercise or test (:data:`_LANDED`)."""
    if any(bare_in(w, _EXERCISES) for w in words):
        return False
    for z in range(y + 1, min(len(words), y + 1 + _PAST_DAY_AIM_REACH)):
        if words[z] in _AIMS:
            return not bare_in(words[z - 1], _NOT_AIM_HEADS) \
                and not any(bare_in(w, _NOT_AIMS) for w in words[z + 1:z + 3])
    for z in range(y + 1, len(words)):
        if bare_in(words[z], _LANDED):
            return not any(bare_in(w, _NOT_AIMS) for w in words[z + 1:z + 5])
    return False


def _launch_span(words: list[str], x: int) -> range:
    """The positions after the launch word at ``x`` that stand within ``launch_reach`` words of it, not counting the
    words of a day or time and figures between (:data:`LAUNCH_PAST_DAY`; at most ``_LAUNCH_SKIP_MAX`` of them)."""
    end, counted, skipped = x + 1, 0, 0
    while end < len(words) and counted < _LAUNCH_REACH:
        w = words[end]
        if LAUNCH_PAST_DAY and skipped < _LAUNCH_SKIP_MAX and (w in _LAUNCH_SKIP or w.isdigit()) \
                and not bare_in(w, _PROJECTILES):
            skipped += 1
        else:
            counted += 1
        end += 1
    return range(x + 1, end)


def _launch(words: list[str], x: int) -> bool:
    """True when the launch word at ``x`` has a projectile within ``launch_reach`` tokens before or after it
    (not launchers: "منصات إطلاق صواريخ"; not interceptors or tests: "أطلقت صاروخ اعتراض"; not a sum of launches
    since a start: "صواريخ أطلقها الحوثيون ... منذ يوليو")."""
    if x > 0 and bare_in(words[x - 1], _LAUNCHERS):
        return False
    if any(w in _SINCE for w in words[x + 1:x + 1 + _SINCE_REACH]):
        return False  # "سبعة صواريخ أطلقتها الجماعة نحو المدن السعودية منذ مارس": launches summed since a start
    for y in [*_launch_span(words, x), *range(x - 1, max(-1, x - 1 - _LAUNCH_REACH), -1)]:
        if bare_in(words[y], _PROJECTILES):
            if y > x + _LAUNCH_REACH and not _past_day_aimed(words, y):
                break  # "أطلقت الدولة، صباح الأحد، صاروخا باليستيا" or "... باتجاه البحر": a test (the aim path)
            if y < x and any(b in _PROJECTILES and b.startswith("ال") for b in bare(words[y])):
                return False  # "الصواريخ التي أطلقت نحو المملكة": launches told before or in general
            after = words[y + 1:y + 4] + (words[x + 1:x + 4] if y < x else [])
            return not any(b in _INTERCEPTORS for w in after for b in bare(w))
    for y in range(x + 1 + _LAUNCH_REACH, min(len(words) - 1, x + 1 + _AIM_REACH)):
        if any(b in _PROJECTILES and not b.startswith("ال") for b in bare(words[y])) and words[y + 1] in _AIMS \
                and not (y + 2 < len(words) and words[y + 2] in _NOT_AIMS):
            return not any(b in _INTERCEPTORS for w in words[x + 1:y + 4] for b in bare(w))
    return False


HEADED_PROJECTILE = True
"""Switch (pass 40, A/B measurement and its test): a projectile told on its way to a place ("اعتراض صاروخ كان متجها نحو
جازان"، "صاروخين باليستيين متجهين صوب نجران") is fired as a launched one is (:func:`_headed`)."""
_HEADING = rules.words("frames", "heading_words")
_HEADED_REACH = 3


def _headed(words: list[str], x: int) -> bool:
    """True when the heading word at ``x`` ("متجها") has a word of aim right after it and an indefinite projectile
    within ``_HEADED_REACH`` words before it ("صاروخ باليستي كان متجها نحو ..."), not an interceptor or a test ("صاروخ
    اعتراض") nor one aimed into a sea or space."""
    if not HEADED_PROJECTILE or x + 1 >= len(words) or words[x + 1] not in _AIMS \
            or (x + 2 < len(words) and words[x + 2] in _NOT_AIMS):
        return False
    for y in range(x - 1, max(-1, x - 1 - _HEADED_REACH), -1):
        forms = bare(words[y])
        if not _PROJECTILES.isdisjoint(forms):
            if any(b.startswith("ال") for b in forms if b in _PROJECTILES):
                return False  # "الصواريخ المتجهة نحو المدن": projectiles spoken of in general
            return not any(b in _INTERCEPTORS for w in words[y + 1:x] for b in bare(w))
    return False


_ANOTHER_ONE = frozenset({"واخر", "واخري", "واخرين", "واخريين"})
_ANOTHER_REACH = 8


COUNTED_PARTS = True
"""Switch (pass 52) in :func:`_another_headed`: a salvo told part by part, each part counted and aimed ("كانت ثلاثة منها
باتجاه مدينة X وواحد باتجاه Y واثنان باتجاه Z"): a count then "منها" (optionally "كانت") then a word of direction
(``_PART_AIMS``) opens a shelling frame, and so does each further counted part after it ("وواحد/واثنان باتجاه"), when
the sentence tells a projectile, a launch or an interception (``salvo_told``: "وتم إطلاقها"، "تم اعتراضها")."""
_PART_MAX = 20
"""The largest count of one part of a salvo (a count read as :func:`part_count`)."""
_OF_THEM = rules.words("frames", "salvo_part_of")
_WAS = rules.words("frames", "salvo_part_was")
_INTERCEPT_NOUNS = rules.words("frames", "salvo_intercept_nouns")
_PART_AIMS = rules.words("frames", "salvo_part_aims")
"""Words of aim of a counted part (not "على": "حصل ثلاثة منها على ..." is no aim)."""
_RELEASE = rules.words("frames", "launch_release_words")
_RELEASE_REACH = 3
"""The word that makes a launch word a release, right after it or past its subject ("أطلق سراح"، "أطلق الحوثيون
سراح"، "إطلاق سراح"): no launch (:data:`COUNTED_PARTS`)."""
_COUNTED_REACH = 16
"""How far before a counted part the count of the whole it is part of is looked for ("أطلقت الجماعة 7 صواريخ، 3
منها ...")."""


def part_count(word: str) -> int | None:
    """The value of a count that may tell one part of a salvo ("ثلاثة"، "3"، "وواحد"), 1 to ``_PART_MAX``, else None;
    number words as :func:`marsad.agent.numbers.word_value` reads them."""
    value = int(word) if word.isdigit() and len(word) <= 2 else word_value(word)
    return value if value is not None and 1 <= value <= _PART_MAX else None


def part_trigger(word: str) -> bool:
    """Whether a token may open a counted part of a salvo (:data:`COUNTED_PARTS` on, a count of 1 to ``_PART_MAX``,
    with or without "و"): the token loop of frames.find_frames passes other words by."""
    return COUNTED_PARTS and part_count(word) is not None


def _counted_whole(words: list[str], x: int) -> bool | None:
    """Whether the whole a counted part at ``x`` is part of ("منها") is a projectile: the noun after the nearest count
    before it in its sentence ("أطلقت الجماعة 7 صواريخ، 3 منها" yes; "أطلقت المنظمة عشر قوافل، ثلاث منها" or "إطلاق
    سراح أسرى بعد وصول ثلاث حافلات، اثنتان منها" no); None when the sentence counts no whole before it (the whole told
    in the sentence before: "أسقطت الدفاعات خمسة صواريخ. وكانت ثلاثة منها ...")."""
    for y in range(x - 1, max(-1, x - 1 - _COUNTED_REACH), -1):
        if y + 1 >= x or not (words[y].isdigit() or word_value(words[y]) is not None):
            continue
        noun = words[y + 1]
        if noun.isdigit() or word_value(noun) is not None:
            continue  # "خمسة وعشرين صاروخا": the noun is after the last number word
        return bare_in(noun, _PROJECTILES)
    return None


def _counted_part(words: list[str], x: int) -> bool:
    """True when a count at ``x`` then "منها" (optionally "كانت") then a word of aim tells one part of a salvo, and
    the whole counted before it in the sentence, if any, is a projectile (:func:`_counted_whole`)."""
    if part_count(words[x]) is None or x + 2 >= len(words) or words[x + 1] not in _OF_THEM:
        return False
    y = x + 2 + (words[x + 2] in _WAS)
    return y < len(words) and words[y] in _PART_AIMS and not (y + 1 < len(words) and words[y + 1].isdigit()) \
        and _counted_whole(words, x) is not False


def _further_part(words: list[str], x: int) -> bool:
    """True when "وواحد/واثنان" at ``x`` then a word of aim tells one more counted part ("وواحد باتجاه نجران")."""
    return words[x].startswith("و") and part_count(words[x][1:]) is not None and x + 1 < len(words) \
        and words[x + 1] in _PART_AIMS


def salvo_told(words: list[str]) -> bool:
    """Whether the sentence tells a projectile, a launch or an interception (:data:`COUNTED_PARTS`); a launch word
    up to ``_RELEASE_REACH`` words before "سراح" is a release ("أطلق سراح"), no launch."""
    return any(bare_in(w, _PROJECTILES) or bare_in(w, _INTERCEPT_NOUNS)
               or (bare_in(w, _LAUNCH) and _RELEASE.isdisjoint(words[x + 1:x + 1 + _RELEASE_REACH]))
               for x, w in enumerate(words))


def salvo_parts(words: list[str]) -> bool:
    """Whether the sentence tells a salvo part by part (:data:`COUNTED_PARTS`): a counted part ("ثلاثة منها باتجاه
    ...") in a sentence that tells a projectile, a launch or an interception."""
    return COUNTED_PARTS and any(_counted_part(words, x) for x in range(len(words))) and salvo_told(words)


def part_aim(words: list[str], x: int) -> int | None:
    """The index of the word of aim of a counted part of a salvo told at ``x`` (:data:`COUNTED_PARTS`: "ثلاثة منها
    [كانت] باتجاه مدينة X" or a further part "وواحد باتجاه Y" after it), in a sentence that tells a salvo part by part;
    else None. The words after it name the place the part was aimed at."""
    if not salvo_parts(words) or not 0 <= x < len(words):
        return None
    if _counted_part(words, x):
        return x + 2 + (words[x + 2] in _WAS)
    if _further_part(words, x):
        return x + 1
    return None


def headed_aim(words: list[str], x: int) -> int | None:
    """The index of the word of aim of a projectile told on its way at ``x`` (:data:`HEADED_PROJECTILE`: "صاروخ كان
    متجها نحو نجران" at "متجها", or "وآخر نحو خميس مشيط" after it), else None."""
    if not 0 <= x < len(words) - 1:
        return None
    if _headed(words, x) or (words[x] in _ANOTHER_ONE and _another_headed(words, x)):
        return x + 1
    return None


def _another_headed(words: list[str], x: int) -> bool:
    """True when "وآخر" at ``x`` is one more projectile aimed elsewhere ("أسقطت الدفاعات صاروخا متجها نحو أبها وآخر نحو
    الطائف"): a word of aim right after it, and an indefinite projectile within ``_ANOTHER_REACH`` words before it
    that a heading or launch word follows. Under :data:`COUNTED_PARTS`, also a counted part of a salvo ("ثلاثة منها
    باتجاه الرياض") and each further counted part after it ("وواحد باتجاه نجران")."""
    if not HEADED_PROJECTILE:
        return False
    if COUNTED_PARTS and _counted_part(words, x):
        return salvo_told(words)
    if COUNTED_PARTS and _further_part(words, x):
        return any(_counted_part(words, y) for y in range(max(0, x - _ANOTHER_REACH * 2), x)) and salvo_told(words)
    if words[x] not in _ANOTHER_ONE or x + 1 >= len(words) or words[x + 1] not in _AIMS:
        return False
    for y in range(x - 1, max(-1, x - 1 - _ANOTHER_REACH), -1):
        forms = bare(words[y])
        if not _PROJECTILES.isdisjoint(forms) and not any(b.startswith("ال") for b in forms if b in _PROJECTILES):
            return any(bare_in(w, _HEADING) or bare_in(w, _LAUNCH) for w in words[y + 1:x])
    return False


_WOUNDED = rules.words("frames", "wounded_words")
_WOUNDING: dict[str, str] = {normalize(k): v for k, v in rules.table("frames", "wounding_means").items()}
_WOUNDING_REACH = int(rules.number("frames", "wounding_reach"))
_NOT_WOUNDS = rules.words("frames", "not_wounds")
_AMONG_WOUNDED = rules.words("frames", "among_wounded")
_AMONG_WOUNDED_REACH = int(rules.number("frames", "among_wounded_reach"))
_SNIPERS = rules.words("frames", "sniper_heads")
"""A wounding told with its violent means and no attack word ("وأصيب آخر بالرصاص"، "أصيب برصاص قوات الاحتلال"،
"أصيب جنديان بنيران قناص"): the means within ``wounding_reach`` tokens after the word of wounding (not damage or
a fright: "أصيب منزل بأضرار بنيران ..."), nor one of the wounded of a toll told before ("ومن بين المصابين طفل
أصيب برصاص ...") or a wounding told as the start of a span ("منذ أن أصيبت برصاصة")."""


def _wounding(words: list[str], x: int) -> str | None:
    """The attack kind of a wounding at ``x`` told with its violent means after it, else None."""
    if any(b in _AMONG_WOUNDED for w in words[max(0, x - _AMONG_WOUNDED_REACH):x] for b in bare(w)) \
            or "منذ" in words[max(0, x - 2):x]:
        return None
    for y in range(x + 1, min(len(words), x + 1 + _WOUNDING_REACH)):
        bs = bare(words[y])
        if not _NOT_WOUNDS.isdisjoint(bs):
            return None
        kind = next((_WOUNDING[b] for b in bs if b in _WOUNDING), None)
        if kind is not None:
            sniper = y + 1 < len(words) and bare_in(words[y + 1], _SNIPERS)
            return "sniper" if sniper else kind  # "برصاصة قناص": a sniper's shot
    return None


_STABS = rules.words("frames", "stab_words")
_KNIVES = rules.words("frames", "knife_words")
_KNIFE_HEADS = rules.words("frames", "knife_heads")
_STAB_EVIDENCE = rules.words("frames", "stab_evidence")
_STAB_NOT_NEAR = rules.words("frames", "stab_not_near")
_STAB_VERBS = rules.words("frames", "stab_verbs")
_STAB_BEFORE = int(rules.number("frames", "stab_reach_before"))
_STAB_AFTER = int(rules.number("frames", "stab_reach_after"))


def _stab(words: list[str], x: int) -> bool:
    """True when the token at ``x`` tells a stabbing (a "طعن" word with violence near it and no court, vote, back
    or age word near it) or a blade used in an attack, a killing or a wounding told just before it."""
    forms = bare(words[x])
    if any(b in _WOUNDED for w in words[max(0, x - _WOUNDING_REACH):x] for b in bare(w)) and _wounding(words, x - 1) is not None:
        return False  # ("أصيب شرطي بطعنات"، "أصيب بسكين": the wounding reader tells it)
    if words[x] in _KNIVES:
        return any(b in _KNIFE_HEADS or b in _STABS for w in words[max(0, x - 3):x] for b in bare(w))
    if _STABS.isdisjoint(forms) or (x > 0 and any(f"{b}_{words[x]}" in _EVENT_PAIRS for b in bare(words[x - 1]))):
        return False  # ("تعرض للطعن"، "عملية طعن": the pair opens it)
    near = words[max(0, x - _STAB_BEFORE):x] + words[x + 1:x + 1 + _STAB_AFTER]
    if any(b in _STAB_NOT_NEAR for w in near for b in bare(w)):
        return False
    if any(b in _STAB_EVIDENCE or w in _KNIVES for w in near for b in bare(w)):
        return True
    # the verb with an indefinite object ("طعن مسلح معلما"، "طعنت شابا"): the legal "طعن" takes "في"/"على"، never one
    return not _STAB_VERBS.isdisjoint(forms) and any(
        len(w) > 3 and w.endswith("ا") and not w.endswith(("ها", "نا")) and not w.startswith(("ال", "وال", "ب"))
        for w in words[x + 1:x + 4])


_RAMS = rules.words("frames", "ram_words")
_RAM_EVIDENCE = rules.words("frames", "ram_evidence")
_RAM_VICTIMS = rules.words("frames", "ram_victims")
_RAM_NOT_VICTIM = rules.words("frames", "ram_victim_not_before")
""""الشعبي" after a crowd word: "الحشد الشعبي" (the PMF, "للحشد" reads as "حشد" too), no crowd run over."""
_RAM_NOT_NEAR = rules.words("frames", "ram_not_near")
_RAM_ALMOST = rules.words("frames", "ram_almost")
_RAM_BEFORE = int(rules.number("frames", "ram_reach_before"))
_RAM_AFTER = int(rules.number("frames", "ram_reach_after"))
RAM_OBJECT = True
"""Switch (pass 53, fixatt53, its test): the crowd, passers-by or soldiers that make a "دهس" a ramming
(``ram_victims``) are read only after the word, as what was run over ("دهس سائق عددا من الجنود"، "حادثة دهس لحشد");
before it they are the teller or the scene of an accident ("وأفاد شهود من المتظاهرين بأن شاحنة دهست طفلا"). Words of
intent or attack (``ram_evidence``: "متعمد"، "عملية دهس") count on either side. Off, both lists count on either side.
The police and the PMF are in neither list: "وقالت الشرطة إن سيارة دهست طفلا" and "دهسته عجلة تابعة للحشد الشعبي"
tell road accidents (review53 M3)."""


def _ram(words: list[str], x: int) -> bool:
    """True when the token at ``x`` tells a ramming (frames.RAM): a "دهس" word with a crowd, soldiers or passers-by
    run over after it (:data:`RAM_OBJECT`), or a word of intent or attack near it ("دهست سيارة مجموعة تضم جنودا"،
    "حادثة دهس لحشد"، "حادث الدهس متعمد"), no word of road traffic near it ("حوادث مرورية ودهس"، "أثناء عبوره") and
    not told as what almost happened ("تكاد تدهس")."""
    if _RAMS.isdisjoint(bare(words[x])):
        return False
    if any(b in _RAM_ALMOST for w in words[max(0, x - 2):x] for b in bare(w)):
        return False
    before, after = words[max(0, x - _RAM_BEFORE):x], words[x + 1:x + 1 + _RAM_AFTER]
    if any(b in _RAM_NOT_NEAR for w in before + after for b in bare(w)):
        return False
    if any(b in _RAM_EVIDENCE for w in before + after for b in bare(w)):
        return True
    lo = x + 1 if RAM_OBJECT else max(0, x - _RAM_BEFORE)
    return any(bare_in(words[k], _RAM_VICTIMS)
               and not (RAM_OBJECT and k + 1 < len(words) and bare_in(words[k + 1], _RAM_NOT_VICTIM))
               for k in range(lo, min(len(words), x + 1 + _RAM_AFTER)) if k != x)


_INFILTRATIONS = rules.words("frames", "infiltration_words")
_INFILTRATION_ATTEMPTS = rules.words("frames", "infiltration_attempts")
_INFILTRATION_REPEL = rules.words("frames", "infiltration_repel_words")
_INFILTRATION_REACH = int(rules.number("frames", "infiltration_repel_reach"))
_INFILTRATION_SURFACES = clitic_surfaces(_INFILTRATIONS)
"""The infiltration words as the token loop sees them (frames.py adds them to its triggers only while
frames.INFILTRATION is on)."""
INFILTRATION_CROSSERS = True
"""Switch (pass 55, fixmisc55): a repelled infiltration attempt of smugglers, border violators or migrants is a
border-security report, no attack: data key infiltration_crossers anywhere in the sentence ("تصدت دوريات حرس
الحدود لمحاولة تسلل مجموعة من المهربين"، "أحبطت ... محاولة تسلل 120 مخالفا"), or an infiltrators' noun
(infiltration_infiltrators, "المتسللين") with a seizure (infiltration_seizures: "ضبط"، "بحوزتهم"، "كيلوغرام") in it."""
_INFILTRATION_CROSSERS = rules.words("frames", "infiltration_crossers")
_INFILTRATION_INFILTRATORS = rules.words("frames", "infiltration_infiltrators")
_INFILTRATION_SEIZURES = rules.words("frames", "infiltration_seizures")


def _crossers(words: list[str]) -> bool:
    """True when a sentence tells smugglers, violators or migrants, or infiltrators with a seizure
    (:data:`INFILTRATION_CROSSERS`)."""
    if any(bare_in(w, _INFILTRATION_CROSSERS) for w in words):
        return True
    return any(bare_in(w, _INFILTRATION_INFILTRATORS) for w in words) \
        and any(bare_in(w, _INFILTRATION_SEIZURES) for w in words)


def _infiltration(words: list[str], x: int) -> bool:
    """True when the token at ``x`` tells an infiltration attempt that was repelled (frames.INFILTRATION): "تسلل" right
    after an attempt noun ("محاولة"، "محاولات"), with a verb or noun of repelling up to ``infiltration_repel_reach``
    words before that noun ("تصدى الجنود ... لمحاولة تسلل نحو نقاطهم"، "صدت القوات محاولة تسلل للمسلحين في
    بلدة ..."، "إفشال محاولة تسلل"). Not an infiltration told alone ("حاولا التسلل من جهة المعبر"), prevented
    ("لمنع أي محاولة تسلل"), an attempt noun elsewhere in the sentence, or smugglers and migrants stopped at a border
    (:data:`INFILTRATION_CROSSERS`)."""
    if x < 2 or not bare_in(words[x], _INFILTRATIONS) or not bare_in(words[x - 1], _INFILTRATION_ATTEMPTS):
        return False
    if not any(bare_in(w, _INFILTRATION_REPEL) for w in words[max(0, x - 1 - _INFILTRATION_REACH):x - 1]):
        return False
    return not (INFILTRATION_CROSSERS and _crossers(words))


_POISONS = rules.words("frames", "poison_words")
_POISON_VICTIMS = rules.words("frames", "poison_victims")
_POISON_EVIDENCE = rules.words("frames", "poison_evidence")
_POISON_NOT_NEAR = rules.words("frames", "poison_not_near")
_POISON_BEFORE = int(rules.number("frames", "poison_reach_before"))
_POISON_AFTER = int(rules.number("frames", "poison_reach_after"))
_POISON_ATTACK = rules.words("frames", "poison_attack_nouns")
_POISON_ATTACK_REACH = int(rules.number("frames", "poison_attack_reach"))


POISON_ILLNESS = True
"""Switch (pass 54 review L1, its tests): the intransitive noun "تسمم"/"التسمم" (being poisoned, by any cause: "أصيب
الزعيم القبلي بتسمم") tells an attempt on a person only with a word of a nerve agent or of intent near it
(``poison_evidence``), not with a title alone (the transitive "تسميم"/"سمم" keeps the title rule); and a word of food
or illness up to ``poison_not_near_reach`` words after the poisoning word ("أصيب ضابط وعشرة جنود بحالات تسمم في معسكر
... بعد أن قدمت لهم وجبة العشاء") rules it out as well as one near it."""
_POISON_INTRANSITIVE = rules.words("frames", "poison_intransitive")
_POISON_NOT_NEAR_REACH = int(rules.number("frames", "poison_not_near_reach"))


def _poison(words: list[str], x: int) -> str | None:
    """The kind of attack the token at ``x`` tells when it is a poisoning of a person (frames.POISON), else None: a
    "تسميم"/"تسمم"/"سمم" word with a person of standing near it (``poison_victims``: a spy, an agent, an officer, a
    dissident: "تسميم الجاسوس الروسي السابق"، "تعرض عميل روسي سابق للتسميم") is an attempt on that person
    (assassination); with only a word of a nerve agent or of intent near it (``poison_evidence``: "تسمم زوجين بغاز
    الأعصاب") it is an attack of no listed kind (other). Never with a word of food, of illness or of a figure near it
    (``poison_not_near``: "تسمم غذائي"، "بعد تناولهم وجبة"، "تسميم الأجواء"، "تسمم الدم"), nor with an attack noun
    told after it (``poison_attack_nouns``: "تسمم العميل نتيجة تعرضه لهجوم بغاز الأعصاب"): that noun's frame tells
    it."""
    if _POISONS.isdisjoint(bare(words[x])):
        return None
    before, after = words[max(0, x - _POISON_BEFORE):x], words[x + 1:x + 1 + _POISON_AFTER]
    near = [b for w in before + after for b in bare(w)]
    if not _POISON_NOT_NEAR.isdisjoint(near):
        return None
    if POISON_ILLNESS and any(b in _POISON_NOT_NEAR for w in words[x + 1:x + 1 + _POISON_NOT_NEAR_REACH]
                              for b in bare(w)):
        return None  # "... بحالات تسمم في معسكر الحبانية في الأنبار بعد أن قدمت لهم وجبة العشاء"
    if any(b in _POISON_ATTACK for w in words[x + 1:x + 1 + _POISON_ATTACK_REACH] for b in bare(w)):
        return None  # "بعد تسمم العميل وابنته نتيجة تعرضهما لهجوم بغاز للأعصاب": the attack noun after it tells the act
    if not _POISON_VICTIMS.isdisjoint(near) \
            and not (POISON_ILLNESS and bare_in(words[x], _POISON_INTRANSITIVE) and _POISON_EVIDENCE.isdisjoint(near)):
        return "assassination"
    return "other" if not _POISON_EVIDENCE.isdisjoint(near) else None


def poisoning(words: list[str], x: int) -> bool:
    """True when the token at ``x`` tells the poisoning of a person (:func:`_poison`): attacks_events.POISON_OWN reads
    its place and day only from its own words."""
    return _poison(words, x) is not None


_CAUSE_PREPS = rules.words("frames", "cause_preps")
_CAUSE_GAP = int(rules.number("frames", "cause_gap"))
"""How far an event told as the cause of a toll ("في قصف مدفعي") may stand after the toll and still share its frame."""
_CONTINUATION = rules.words("frames", "continuation_markers")
"""Words that carry a strike on to a second object in the same sentence ("قصفت الطائرات ...، كما استهدفت ...")."""


_TOLL_CONCEPTS: dict[str, str] = rules.table("frames", "toll_concepts")
"""Glossary concepts or entry ids that are an attack only when a toll is told with them ("عملية عسكرية
أسفرت عن مقتل ..."، "حملة عسكرية"): concept -> the attack type (or "attack")."""
_TOLL_EVENTS: dict[str, str] = {normalize(k): v for k, v in rules.table("frames", "toll_events").items()}
"""Battle and operation words ("المعارك"، "مواجهات"، "العملية") that tell an attack only with a toll near them
("وأسفرت المواجهات عن سقوط قتلى")."""
_TOLL_WINDOW = int(rules.number("frames", "toll_window"))
_FIRE_VERBS = rules.words("frames", "fire_verbs")
_FIRE_VERBS_MORE = rules.words("frames", "fire_verbs_more")
"""Present and dual forms of the firing verbs ("تطلق"، "يطلقون"، "أطلقا"), read with ``FIRE_NEXT``."""
_FIRE_OBJECTS: dict[str, str] = {normalize(k): v for k, v in rules.table("frames", "fire_objects").items()}
""""فتح مسلحون النار"، "أطلق مجهولون الرصاص": a firing verb whose subject stands before its object."""
ARSON_VERBS = rules.words("frames", "arson_verbs")
_ARSON_KINDLE = rules.words("frames", "arson_kindle_verbs")
_ARSON_DOERS = rules.words("frames", "arson_doers")
_ARSON_REACH = int(rules.number("frames", "arson_reach"))


def _arson(words: list[str], x: int) -> bool:
    """True when the verb of setting fire at ``x`` has a hostile doer noun as its subject (see ``ARSON``)."""
    reach = _ARSON_REACH if bare_in(words[x], _ARSON_KINDLE) else 1
    near = words[x + 1:x + 1 + reach] + words[max(0, x - 1):x]
    return any(b in _ARSON_DOERS for w in near for b in bare(w))


_FIRE_RESPONSE = rules.words("frames", "fire_response_words")
_FIRE_ANSWERED = rules.words("frames", "fire_answered_objects")


def _fire_answered(words: list[str], x: int) -> bool:
    """True when the fire told at ``x`` with its object next answers an attack rather than making one: told as a
    response ("أطلقت دبابة النار على موقع، رداً على تفجير"، "فرد الجنود ...") or aimed at the attacker or the shooter
    himself ("أطلقت القوات النار على المهاجم"، "ثم صوب سلاحه وأطلق النار على نفسه")."""
    return any(b in _FIRE_RESPONSE for w in words[max(0, x - 3):x] + words[x + 1:x + 10] for b in bare(w)) or any(
        b in _FIRE_ANSWERED for w in words[x + 2:x + 5] for b in bare(w))


_WAS_DOING = frozenset({"كان", "كانوا", "كانت", "كانا", "وكان", "وكانوا", "وكانت"})


_GLUED_HEADS: dict[str, str] = {normalize(k): v for k, v in rules.table("frames", "glued_heads").items()}
_GLUED_TAILS = rules.words("frames", "glued_tails")
"""Event words glued to the next word by a missing space ("بانفجارعبوة"، "هجومعلى"): head -> type, and the
words that may follow glued."""
_BODY_WORDS = rules.words("frames", "body_words")
_BODY_FOUND = rules.words("frames", "body_found")
_BODY_KILLED = rules.words("frames", "body_killed")
"""Bodies found killed ("عثر على جثث أربعة أشخاص مقتولين بطلقات نارية"): a killing told with no attack word."""

_FIGURATIVE_BLASTS = rules.words("frames", "figurative_blast_objects")
"""What bursts out in the figurative sense of "انفجار" ("انفجار ثورة"، "انفجار الغضب"، "انفجار الأوضاع"، "انفجار
سكاني"): a revolt, anger, a situation, a population -- no blast."""

_ONE_OF_PLURALS: dict[str, str] = {normalize(k): v for k, v in rules.table("frames", "one_of_plurals").items()}
_ONE_OF_HEADS = rules.words("frames", "one_of_heads")
"""A superlative or "أحد" before a definite plural attack noun picks one incident out of them ("أكثر الهجمات دموية"،
"أعنف التفجيرات"، "أحد الاعتداءات"): it opens a frame, where the plural alone is told before or in general."""

_DESTROYED = rules.words("frames", "destroyed_words")
_DESTROYED_DEVICES = rules.phrases("frames", "destroyed_devices")


_AMONG_THE_DEAD = rules.words("frames", "among_the_dead")
""""قتل 15 بينهم قناص": a word after these names one of the dead, not the attack."""

_SUICIDE_ADJECTIVES = rules.words("frames", "suicide_adjectives")
_SUICIDE_HEADS = rules.words("frames", "suicide_heads")


def _suicide_told(words: list[str], x: int) -> bool:
    """True when the token at ``x`` is the suicide adjective of a definite attack noun before it."""
    if words[x] not in _SUICIDE_ADJECTIVES or x == 0:
        return False
    return bare_in(words[x - 1], _SUICIDE_HEADS) or (
        x > 1 and words[x - 1].startswith("ال") and bare_in(words[x - 2], _SUICIDE_HEADS))


_BOMB_NOUNS = rules.words("frames", "bomb_nouns")
_PLANTED = rules.words("frames", "planted_words")
_BOMB_VEHICLES = rules.words("frames", "bomb_vehicles")


_DUAL_KILLED = rules.words("frames", "dual_killed_verbs")
_DUAL_OTHERS = rules.words("frames", "dual_others")
_DUAL_OF = rules.words("frames", "dual_counts")


def _dual_subject(words: list[str], x: int) -> bool:
    """True when a dual subject stands right before the verb at ``x``: a dual noun ("شخصين"، "مدنيان", a word of five
    letters or more ending in -ين/-ان), past "آخرين"/"آخران" after one, or "اثنين من" with the group's noun."""
    y = x - 1
    if y >= 0 and words[y] in _DUAL_OTHERS:
        y -= 1
    if y < 0:
        return False
    w = words[y]
    if w.isalpha() and len(w) > 4 and w.endswith(("ين", "ان")) and not w.startswith("و"):
        return True
    return any(words[z] in _DUAL_OF and z + 1 < x and words[z + 1] == "من" for z in range(max(0, x - 5), x - 1))


_RELATIVE_EVENTS: dict[str, str] = {normalize(k): v for k, v in rules.table("frames", "relative_event_nouns").items()}
_RELATIVE_PRONOUNS = rules.words("frames", "relative_event_pronouns")
_RELATIVE_NOT = rules.words("frames", "relative_event_not_adjectives")
_RELATIVE_TOLL = rules.words("frames", "relative_toll_verbs")


_TERROR_NOUNS = rules.words("frames", "relative_terror_nouns")
_TERROR_ADJECTIVES = rules.words("frames", "relative_terror_adjectives")
"""Nouns of any event that tell an attack only told as terrorist or suicidal ("الحادث الإرهابي الذي استهدف ..."،
"الجريمة الإرهابية التي ..."، "العملية الانتحارية التي ..."): with such an adjective and a relative clause, a frame as
:data:`DEFINITE_RELATIVE`'s (bare, "الحادث الذي وقع" is as often an accident)."""


def _relative_event(words: list[str], x: int) -> str | None:
    """The kind of the definite event noun at ``x`` told with a relative clause after it and up to two definite
    adjectives ("التفجير الإرهابي الذي استهدف ..."), else None."""
    kind = next((_RELATIVE_EVENTS[b] for b in bare(words[x]) if b in _RELATIVE_EVENTS), None)
    terror = kind is None and bare_in(words[x], _TERROR_NOUNS)
    if kind is None and not terror:
        return None
    if any(w.startswith(("مسووليه", "مسووليت")) for w in words[max(0, x - 2):x]):
        return None  # "أعلن التنظيم مسؤوليته عن التفجير الذي ...": what was claimed, read by the claim's own rules
    y = x + 1
    while y < min(len(words), x + 3) and words[y].startswith("ال") and words[y] not in _RELATIVE_PRONOUNS:
        if words[y] in _RELATIVE_NOT or words[y] in _FIGURATIVE_BLASTS:
            return None
        y += 1
    if y >= len(words) or words[y] not in _RELATIVE_PRONOUNS:
        return None
    if terror and not any(w in _TERROR_ADJECTIVES for w in words[x + 1:y]):
        return None
    kind = kind or "attack"
    if y + 1 < len(words) and bare_in(words[y + 1], _RELATIVE_TOLL):
        return None  # "التفجير الذي أدى إلى إصابة 7": only its toll, most often of an incident told before (the
        # toll's own words tell it; as a frame of its own it was taken for that incident named again, not its toll)
    return kind


RELATIVE_TOLL_TOLD = True
"""Module switch (A/B measurement) of :func:`relative_toll_event`."""


def relative_toll_event(words: list[str]) -> tuple[str, bool] | None:
    """A definite event noun told only with its toll ("إن التفجير الانتحاري الذي أودى بحياة 12 شخصا في السوق ..."،
    "ندد الوزير بالانفجار الذي أوقع 9 قتلى"): its kind, and whether an adjective between tells a suicide; else None.
    Such a noun opens no frame of its own (it most often names again an incident told before, and its toll's frame is
    that incident's); this tells that the toll's deaths are violence, and a suicide's when told so, even when no
    earlier telling stands in the article (a follow-up or a condemnation that names the incident only so)."""
    if not RELATIVE_TOLL_TOLD:
        return None
    for x, w in enumerate(words):
        kind = next((_RELATIVE_EVENTS[b] for b in bare(w) if b in _RELATIVE_EVENTS), None)
        if kind is None:
            continue
        y = x + 1
        while y < min(len(words), x + 3) and words[y].startswith("ال") and words[y] not in _RELATIVE_PRONOUNS:
            y += 1
        if y + 1 < len(words) and words[y] in _RELATIVE_PRONOUNS and bare_in(words[y + 1], _RELATIVE_TOLL):
            suicide = any(a.startswith("الانتحاري") for a in words[x + 1:y])
            if suicide or not any(b.startswith("الانفجار") for b in bare(w)):
                return kind, suicide  # (a bare blast, "الانفجار الذي أودى بحياة 5 عمال", is as often an accident's)
    return None


_SELF_BLAST_VERBS = rules.words("frames", "self_blast_verbs")
_SELF_BLAST_OBJECTS = rules.words("frames", "self_blast_objects")


def _self_blast(words: list[str], x: int) -> bool:
    """True when the verb of blowing up at ``x`` has a reflexive object ("نفسه"، "نفسيهما") within three words after it."""
    if x + 1 < len(words) and words[x + 1].startswith("احد"):
        return False  # "فجر أحدهما نفسه": one of the attackers told before, that incident told again in detail
    return bare_in(words[x], _SELF_BLAST_VERBS) and any(
        b in _SELF_BLAST_OBJECTS for w in words[x + 1:x + 4] for b in bare(w))


_UPDATE_DEAD_AFTER = frozenset(normalize(w) for w in rules.words("casualties", "update_dead_after"))
_KILLED_SURFACES = clitic_surfaces(KILLED)
"""Tokens with a word of killing among their forms (:func:`bare`): one set test per token."""

_LIQUIDATIONS = frozenset({normalize("تصفية")})
_LIQUIDATED = frozenset(normalize(w) for w in (
    "قيادي", "قياديا", "قياديين", "القيادي", "مسؤول", "مسؤولا", "عنصر", "عنصرا", "عناصر", "ضابط", "ضابطا", "جندي",
    "جنديا", "جنود", "مسلحين", "مسلحا", "اشخاص", "شخص", "شخصا", "شخصين", "مدنيين", "مدني", "رجل", "رجلا", "امير",
    "اميرا", "الامير", "قائد", "قائدا", "القائد", "شيخ", "شيخا", "ناشط", "ناشطا", "ناشطين", "اسرى", "معتقلين"))
_LIQUIDATION_DONE = frozenset(normalize(w) for w in ("تمت", "تم", "جرت", "جري", "وتمت", "وتم"))
""""تصفية" of people: a killing ("تمت تصفية قيادي في الجماعة"، "تصفية 3 عناصر"), not the winding-up of a
company, accounts or a dispute ("تصفية الحسابات"، "تصفية الأجواء"), nor qualifying rounds ("تصفيات"): a person noun or a
number right after it, or told done ("تمت تصفية") before a definite person noun. Not with a pronoun ("تمهيدا لتصفيته"،
"تصفيتها" of a company): what it stands for is not read."""

_STRIKE_VERBS = frozenset(normalize(w) for w in (
    "ضرب", "ضربت", "ضربوا", "يضرب", "تضرب",
    "دك", "دكت", "دكوا", "دكا", "دكتا", "يدك", "تدك", "يدكون", "تدكان"))
_STRUCK_TARGETS = frozenset(normalize(w) for w in (
    "اهداف", "اهدافا", "هدفا", "الاهداف", "مواقع", "موقعا", "المواقع", "مقرات", "مقرا", "مخازن", "مستودعات", "مراكز",
    "منشات", "قواعد", "تحصينات", "تجمعات"))
_STRIKE_REACH = 4
""""ضرب" with military targets as its object, within ``_STRIKE_REACH`` words (its subject or a time between: "ضرب الجيش
فجرا مواقع المسلحين"): a strike (from the air when an aircraft word is near), not a blow of speech ("ضرب مثلا"،
"ضرب موعدا") nor a quake ("ضرب زلزال"). "دك" (to pound: "دكت المدفعية مواقع ..."، "بدأت الطائرات تدك تحصينات ...")
is told the same way (pass 44)."""


_DESTROY_VERBS = rules.words("frames", "destroy_verbs")
_DESTROY_NOUNS = rules.words("frames", "destroy_nouns")
_DESTROY_SUCCESS = rules.words("frames", "destroy_success_verbs")
_DESTROY_STRIKERS: dict[str, str] = {**_STRIKERS, **{normalize(k): v for k, v in rules.table("frames", "destroy_strikers").items()}}
"""A destroying told with a striking force as its subject right after the verb ("دمرت الطائرات الحربية شاحنات ..."،
"كما دمر طيران الجيش ومروحياته مخزنا ..."، "دمرت البوارج قاربين ...") or succeeding at it ("وتمكنت المروحيات
من تدمير العربات"، "نجحت المدفعية في تدمير ..."): a strike of that force's kind (frames.DESTROYED_BY). The forces
are ``targeted_strikers`` (:data:`_STRIKERS`: artillery, tanks, the coalition) and the aircraft and warships of
``destroy_strikers``: one list. Not a force told after another subject ("دمرت الدفاعات طائرة مسيرة": the aircraft
is the object) nor a passive (:data:`DESTROY_SUBJECT_OBJECT`) or talk of means ("طائرات قادرة على تدمير ...")."""
_DESTROY_MEANS = rules.words("frames", "destroy_means")
_DESTROY_MEANS_REACH = 10
"""A destroying told with its strikes or fire as its means within ``_DESTROY_MEANS_REACH`` words ("دمرت الطائرات
بعدة غارات مستودعا ..."): the strike word opens that frame, its target read after it."""

DESTROY_MEANS_HEADED = True
"""Switch (pass 51 review, finding 10, A/B measurement and its test): a means word with "ل" on it is the object's
complement, not the destroying's means ("مخزنا للصواريخ"، "مستودعا لصواريخ ..."; :func:`_destroy_means`); before,
any means word was, so "ودمرت طائرات التحالف مخزنا للصواريخ ..." gave no strike. A bare means word still counts
("منصة صواريخ": told as the object it stays with the strike words, as before)."""


def _destroy_means(words: list[str], x: int) -> bool:
    """True when a means word stands within ``_DESTROY_MEANS_REACH`` words after the verb at ``x`` ("بعدة غارات"،
    "بصواريخ"), not one with "ل" on it (:data:`DESTROY_MEANS_HEADED`)."""
    for w in words[x + 1:x + 1 + _DESTROY_MEANS_REACH]:
        if bare_in(w, _DESTROY_MEANS) and not (DESTROY_MEANS_HEADED and w.startswith("ل")):
            return True
    return False


DESTROY_SUBJECT_OBJECT = True
"""Switch (pass 51 review, finding 7, A/B measurement and its test): the destroying verb is a strike by the force after
it only when that force is its subject, definite or heading a construct as :func:`_striker` asks, with an object
after it (:func:`_destroy_subject_object`); before, a passive "ودُمّرت مروحية عسكرية بالكامل إثر سقوطها" was read
as a helicopter's strike."""
_DESTROY_NO_OBJECT = rules.words("frames", "destroy_no_object")
_DESTROY_OBJECT_COUNTS = rules.words("frames", "destroy_object_counts")
"""Definite words of quantity that open an object, not a subject's adjective ("دمرت مقاتلات التحالف العديد من ...")."""


def _destroy_subject_object(words: list[str], x: int) -> bool:
    """True when the destroying verb at ``x`` has its subject right after it, definite or heading a construct (as
    :func:`_striker`: "دمرت الطائرات"، "دمرت مقاتلات التحالف"), and an object after the subject's definite words,
    coordinated nouns and day words ("... ، مساء الأحد، عربات"). Not a passive ("دُمّرت مروحية عسكرية بالكامل إثر
    سقوطها"، "دُمّرت دبابات الجيش وآلياته في المعارك": a preposition or "بالكامل" after the subject, or nothing)."""
    if x + 1 >= len(words) or not (words[x + 1].startswith("ال") or (
            x + 2 < len(words) and words[x + 2].startswith("ال"))):
        return False
    z = x + 2
    while z < len(words) and words[z] not in _DESTROY_OBJECT_COUNTS and (
            words[z].startswith("ال") or words[z] in _LAUNCH_SKIP
            or (words[z].startswith("و") and words[z - 1].startswith("ال"))):
        z += 1
    if z >= len(words):
        return False
    forms = bare(words[z])
    return _DESTROY_NO_OBJECT.isdisjoint(forms) and not any(b.startswith("ال") for b in forms[1:])


def _destroyed_by(words: list[str], x: int) -> str | None:
    """The kind of a strike told by the destroying word at ``x`` (:data:`_DESTROY_STRIKERS`), else None."""
    if bare_in(words[x], _DESTROY_VERBS):
        if x > 0 and words[x - 1] in REL_PRONOUNS:
            return None  # "الآليات التي دمرت ...": a relative clause of what was destroyed before
        if _destroy_means(words, x):
            return None  # "ودمرت الطائرات بعدة غارات مستودعا": the strikes tell it
        if DESTROY_SUBJECT_OBJECT and not _destroy_subject_object(words, x):
            return None  # "ودُمّرت مروحية عسكرية بالكامل إثر سقوطها": a passive, no striker
        nxt = words[x + 1] if x + 1 < len(words) else ""
        return next((_DESTROY_STRIKERS[b] for b in bare(nxt) if b in _DESTROY_STRIKERS), None)
    if bare_in(words[x], _DESTROY_NOUNS) and x >= 3 and words[x - 1] in ("في", "من"):
        striker = next((_DESTROY_STRIKERS[b] for w in words[max(0, x - 3):x - 1] for b in bare(w)
                        if b in _DESTROY_STRIKERS), None)
        if striker is not None and any(bare_in(w, _DESTROY_SUCCESS) for w in words[max(0, x - 4):x - 2]):
            return striker
    return None


_DEFINITE_PROJECTILES = frozenset(normalize(w) for w in (
    "المقذوف", "المقذوفات", "القذيفة", "القذائف", "الصاروخ", "الصواريخ", "القذيفتين", "الصاروخين", "المقذوفين"))
_FALL_WORDS = frozenset(normalize(w) for w in (
    "سقط", "سقطت", "سقطا", "سقطتا", "سقطوا", "يسقط", "تسقط", "سقوط"))
""""المقذوف سقط على منزل"، "سقوط القذائف على الحي": a projectile told with the article and its falling (the way a
civil-defence statement tells the shells it reports) is shelling, as the indefinite noun is ("سقوط قذائف"). Not the
noun alone ("الصواريخ الباليستية" in talk of arms)."""


def _fallen_projectile(words: list[str], x: int) -> bool:
    """True when the definite projectile at ``x`` has a word of falling right before or after it."""
    if not bare_in(words[x], _DEFINITE_PROJECTILES):
        return False
    near = words[x - 1:x] + words[x + 1:x + 2]
    return any(b in _FALL_WORDS for w in near for b in bare(w))


def _liquidation(words: list[str], x: int) -> bool:
    """True when "تصفية" at ``x`` tells people killed (:data:`_LIQUIDATIONS`)."""
    forms = bare(words[x])
    if _LIQUIDATIONS.isdisjoint(forms):
        return False
    nxt = words[x + 1] if x + 1 < len(words) else ""
    if nxt in _LIQUIDATED or word_value(nxt) or nxt.isdigit():
        return True
    return x > 0 and words[x - 1] in _LIQUIDATION_DONE and nxt.startswith("ال") and nxt[2:] in _LIQUIDATED


def _strike_verb(words: list[str], x: int) -> bool:
    """True when "ضرب" at ``x`` has military targets as its object (:data:`_STRUCK_TARGETS`)."""
    if not bare_in(words[x], _STRIKE_VERBS):
        return False
    return any(b in _STRUCK_TARGETS for w in words[x + 1:x + 1 + _STRIKE_REACH] for b in bare(w))


_DUAL_MEANS: dict[str, str] = rules.table("frames", "dual_means")
"""Duals of a means of attack told as its event ("انفجرت سيارتان مفخختان"، "يقودهما انتحاريان"): the kind they
tell, as the singular's glossary entry does (frames.DUAL_MEANS)."""
_TOKEN_TRIGGERS = _KILLED_SURFACES | clitic_surfaces(
    frozenset(_EVENT_WORDS) | frozenset(_DUAL_MEANS) | frozenset(_TOLL_DUALS) | frozenset(_CAUSED_DUALS)
    | frozenset(_RELATIVE_EVENTS) | _TERROR_NOUNS | _SELF_BLAST_VERBS | frozenset(k.split("_")[0] for k in _EVENT_PAIRS)
    | _TARGETED
    | frozenset(_TOLL_EVENTS) | _FIRE_VERBS | _FIRE_VERBS_MORE | _BODY_WORDS | _SEA_TARGETING | _LAUNCH | _WOUNDED
    | ARSON_VERBS | _STABS | _RAMS | _POISONS
    | _LIQUIDATIONS | _STRIKE_VERBS | _DEFINITE_PROJECTILES | _HEADING) | _KNIVES | _ANOTHER_ONE
"""Tokens that may open a frame by themselves (killing, strike words, the first word of a strike phrase,
"استهدف", battle words, firing verbs, bodies)."""
_TOKEN_TRIGGERS |= clitic_surfaces(_DESTROY_VERBS | _DESTROY_NOUNS)  # a destroying told with its striking force
_TOLL_SURFACES = _KILLED_SURFACES | clitic_surfaces(rules.words("frames", "toll_injured"))


def _toll_near(words: list[str], i: int, j: int) -> bool:
    """True when a word of killing or wounding stands near the span ``i:j`` (up to the window after it, half
    of it before): "وأسفرت المواجهات عن سقوط قتلى"، "قتل خمسة جنود في مواجهات"."""
    near = words[max(0, i - _TOLL_WINDOW // 2):i] + words[j:j + _TOLL_WINDOW]
    return any(w in _TOLL_SURFACES or (w.startswith("ال") and w[2:] in _TOLL_SURFACES) for w in near)


BATTLE_TOLL_AFTER = True
"""Switch (A/B measurement and its test): a battle noun that is the subject of a verb of consequence told further on
in its clause, past its sides and place ("إن معارك بين مقاتلي الحركة والتنظيم في منطقة نائية بإقليم كذا تسببت في
سقوط عشرات القتلى"), opens a frame of fighting with its toll, as "وأسفر القتال عن قتلى" does; the toll window
of :func:`_toll_near` ends before such a verb."""
_BATTLE_TOLL_VERBS = rules.words("frames", "battle_toll_verbs")
_BATTLE_TOLL_REACH = int(rules.number("frames", "battle_toll_reach"))
_BATTLE_TOLL_OBJECT_REACH = 6


def _battle_toll_after(words: list[str], x: int) -> bool:
    """True when a verb of consequence stands within reach after the battle noun at ``x``, before any other word of
    killing or wounding, and such a word (a toll) follows the verb within a few words."""
    if not BATTLE_TOLL_AFTER:
        return False
    for y in range(x + 1, min(len(words), x + 1 + _BATTLE_TOLL_REACH)):
        w = words[y]
        if w in _TOLL_SURFACES or (w.startswith("ال") and w[2:] in _TOLL_SURFACES):
            return False  # (a toll told before any such verb is read by _toll_near, or is another's)
        if bare_in(w, _BATTLE_TOLL_VERBS):
            return any(v in _TOLL_SURFACES or (v.startswith("ال") and v[2:] in _TOLL_SURFACES)
                       for v in words[y + 1:y + 1 + _BATTLE_TOLL_OBJECT_REACH])
    return False


_BATTLE_OCCURRED = frozenset(normalize(w) for w in rules.words("frames", "battle_occurred_verbs"))
"""Verbs of fighting taking place, told right before the battle noun or after it, its adjectives and its sides ("دارت
معارك عنيفة"، "معارك عنيفة دارت"، "اشتباكات بين الجيش والمسلحين اندلعت")."""
_BATTLE_WAGING = frozenset(normalize(w) for w in rules.words("frames", "battle_waging_verbs"))
_BATTLE_WAGING_REACH = int(rules.number("frames", "battle_waging_reach"))
"""Verbs of waging a battle, whose object the battle noun is, up to ``battle_waging_reach`` words before it (its
subject between: "خاضت قوات الجيش معارك ضارية")."""
_BATTLE_ADJ_REACH = int(rules.number("frames", "battle_adjective_reach"))
_BATTLE_SIDES_REACH = int(rules.number("frames", "battle_sides_reach"))
_BATTLE_GENERAL = frozenset(normalize(w) for w in rules.words("frames", "battle_general_words"))
_BATTLE_GENERAL_REACH = int(rules.number("frames", "battle_general_reach"))
"""Words that make fighting told as taking place the war's fighting in general, not one day's battle at one place: it
goes on ("مستمرة"، "منذ"، "مؤخراً"), on many fronts ("في عدد من جبهات المحافظة"), or is expected ("من المتوقع أن تندلع")."""

_BATTLE_NOUNS = frozenset(normalize(w) for w in rules.words("frames", "battle_nouns"))
"""Nouns of a battle proper ("معارك"، "معركة"): only ever armed sides fighting. Not "مواجهات" (also stone-throwing
youths facing troops at a protest) nor the operation nouns ("عملية"، "حملة")."""


def _toll_caused(words: list[str], i: int) -> bool:
    """True when the battle or operation word at ``i`` is told as the cause of a toll told before it, further back
    than :func:`_toll_near` looks ("قتل 9 مسلحين من التنظيم اليوم في عملية أمنية شنتها القوات")."""
    return _told_as_cause(words, i) and any(
        w in _KILLED_SURFACES or (w.startswith("ال") and w[2:] in _KILLED_SURFACES)
        for w in words[max(0, i - _CAUSE_GAP):i])


def _told_as_cause(words: list[str], i: int) -> bool:
    """True when the event word at ``i`` is told as the cause of a toll told before it ("سقوط قتلى ... في قصف
    مدفعي"، "مقتل خمسة ... بانفجار عبوة"، "جراء غارة")."""
    return (i > 0 and words[i - 1] in _CAUSE_PREPS) or (words[i].startswith("ب") and len(words[i]) > 4)


UNCOUNTED_TOLL = True
"""Switch (pass 43; off only to measure it): "عدد من" + a definite casualty noun told as what an incident left ("عدد
من الشهداء"، "خلفت عددا من القتلى") is an uncounted toll, as the
indefinite "قتلى وجرحى" is: it opens a frame of killing or wounding (the glossary knows only the indefinite nouns),
so a bombing told only in a condemnation keeps its harm (``attacks_records.UNCOUNTED_HARM``). Not a statistic with
no "من" ("ارتفع عدد القتلى"), nor some of the dead or wounded named with no falling or causing before them ("صور عدد
من القتلى"، "إخلاء عدد من الجرحى"، "محامي عدد من الضحايا")."""
UNCOUNTED_TOLL_NOUNS: dict[str, str] = {normalize(k): v for k, v in rules.table("frames", "uncounted_toll_nouns").items()}
_UNCOUNTED_HEADS = rules.words("frames", "uncounted_toll_heads")
_UNCOUNTED_FALLS = rules.words("frames", "uncounted_toll_falls")
_FELL_AFTER = frozenset({"سقطوا", "سقط", "سقطت"})


def uncounted_toll(words: list[str], x: int) -> str | None:
    """The concept ("killed"/"injured") of the definite casualty noun at ``x`` when it is an uncounted toll: "عدد من"
    right before it, and a word of falling or causing right before "عدد" ("سقوط عدد من"، "خلفت عددا من"), or a verb
    of falling right after the noun or the pair ("عددا من القتلى والجرحى سقطوا"); else None."""
    if not UNCOUNTED_TOLL or x < 3 or words[x - 1] != "من" or not bare_in(words[x - 2], _UNCOUNTED_HEADS):
        return None
    concept = UNCOUNTED_TOLL_NOUNS.get(words[x])
    if concept is None:
        return None
    if bare_in(words[x - 3], _UNCOUNTED_FALLS) or any(bare_in(w, _FELL_AFTER) for w in words[x + 1:x + 3]):
        return concept
    return None
