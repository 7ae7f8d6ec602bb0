"""Attacks: violent events found from event words, casualty phrases, places, dates and perpetrators.

How this news tells an attack: an event noun or verb (هجوم، تفجير، عبوة ناسفة، كمين،
اغتيال، قصف، قتل، استشهد ...), a casualty phrase ("مقتل 13 شرطيا"، "وأصيب 3 آخرون
بجروح"، "أودت بحياة العشرات"), a place ("في محيط جنوب كركوك"، "بقرية ... في قضاء
الحويجة"), a date, and sometimes who did it ("نفذه عناصر داعش"، "على يد تنظيم داعش").

Each event word opens a *frame* (up to the next event word of the sentence); facts are
read inside it. Frames that are prevention, threat, habit or trend talk ("لمنع تكرار
الخروقات"، "تستهدف بشكل متكرر"، "تزايد الهجمات") never make a record on their own. The
frames of one event are merged (same area, no conflicting date or count) into one
record with all its citations. An event told as past context (a dated past event, "قبل
أيام"، "وكان ... قد"، a relative clause about a martyr) is marked ``background``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.numbers import Quantity, is_single_person, read_quantity
from agent.offline.context import FORCE_TYPES, DateHit, DocContext, bare, word_set
from agent.offline.locations import Place, place_at, same_area
from agent.offline.mentions import Mention
from agent.offline.merge import citations, window_span
from schemas import Attack

__all__ = ["find_attacks"]

_TYPE_PRIORITY = ["suicide_attack", "car_bomb", "ied", "assassination", "ambush", "airstrike", "shelling",
                  "kidnapping", "execution", "sniper", "armed_assault"]
_ATTACK_CONCEPTS = {"attack", "armed_assault", "ambush", "car_bomb", "ied", "suicide_attack", "explosion",
                    "assassination", "shelling", "airstrike", "execution", "kidnapped", "sniper"}
KILLED = word_set("مقتل قتل قتلوا قتلي قتيل قتيلا قتلى استشهاد استشهد استشهدوا مصرع لقي لقوا اغتيل اودت اودي "
                  "ضحايا حصدت مقتله مقتلها استشهاده مصرعه ضحيته ضحيتها اغتال اغتالت اغتيلت اغتالوا")
_ACT_WORDS = word_set("انفجار تفجير سقوط سقط سقطت قصف قصفت قصفا هجوم ضربة ضربات غارة غارات انفجرت فجر")
_VICTIM_NOUNS = word_set("مقتل مصرع استشهاد اصابة إصابة جرح قتل")
_ASSASSINATED = word_set("اغتال اغتالت اغتيل اغتيلت اغتالوا")
_ONE_VICTIM = word_set("مقتله مقتلها استشهاده استشهادها مصرعه مصرعها اغتياله اغتيالها")
_LIFE = word_set("بحياة حياة ارواح بأرواح أرواح")
INJURED = word_set("اصابة اصابه إصابة أصيب اصيب اصيبوا أصيبوا جرح جرحى جرحي جريح مصابين بجروح إصابات اصابات")
_KILL_VERBS_SINGULAR = word_set("قتل استشهد اغتيل لقي")
_TERRORIST_NOUNS = word_set("ارهابيا إرهابياً ارهابيين إرهابيين ارهابي إرهابي داعشيا دواعش الدواعش مسلحا مسلحين "
                            "انتحاريا انتحاريين عنصرا_من_داعش")
_NOT_CASUALTY_UNITS = word_set("كم كيلومتر كيلو متر عاما عام سنه سنوات ساعه ساعات يوما يوم ايام شهرا اشهر دقيقه "
                               "دقائق بالمئه بالمايه مليون مليار دولار دينار")
_PREVENTION = word_set("تفكيك ابطال إبطال معالجة ضبط العثور عثر عثرت رفع منع لمنع تجنب لتجنب تكرار مخاوف خشية تحسبا احباط إحباط افشال إفشال احبط أحبط احبطت "
                       "مواجهة لمواجهة التصدي للتصدي لا لم لن عدم دون تهديد تهديدات لمنعه ضد مكافحة لمكافحة "
                       "حماية لحماية")
_TREND = word_set("تصاعد تزايد ارتفاع زيادة عودة تكرار وتيرة")
_HABIT = word_set("بين_الحين_والاخر بشكل_متكرر باستمرار عادة")
_HABIT_VERBS = word_set("ينفذ تنفذ ينفذون يشن تشن يشنون يستهدف تستهدف يخطف يهاجم تهاجم")
_PAST_MARKERS = word_set("الماضي المنصرم الفائت الفائتين الفايتين السابق سبق الاونه الاخيره وقع اعقاب")
_CONSEQUENCE = word_set("اسفر أسفر اسفرت أسفرت ادى أدى ادت أدت مما خلف خلفت اوقع أوقع اوقعت أوقعت")
_FILLERS = word_set("فيها فيه فيهم جراء نتيجة اثر إثر")
_MILITANT_WORDS = word_set("داعش الدواعش التنظيم تنظيم الارهابيين ارهابيين مسلحي المسلحين انتحاريين عصابات الارهاب "
                           "الحوثيين المتمردين")
_COUNTED_NOUNS = word_set("قتلى قتلي قتيلا قتيل جرحى جرحي جريح جريحا مصابين مصابا شهيدا شهداء ضحية ضحايا")
_EVENT_SEPARATORS = word_set("وكذلك كما وعائلة عائلة الشهيد والشهيد وعائلات")
_DISTANCE = word_set("كم كيلومتر كيلومترا كلم ميل")
_REL_PRONOUNS = word_set("الذي التي الذين اللذين")
_PERP_CUES = word_set("نفذه نفذها نفذ نفذت شنه شنها شن شنت يد قبل تبنى تبنت تبني عناصر مسلحو مسلحي خلايا "
                      "من نفذوه اعلن اتهم اتهمت")
_PERP_BLOCKERS = word_set("ضد ملاحقة مطاردة مداهمة لمواجهة مواجهة محاربة مكافحة لملاحقة طرد هزيمة استهداف "
                          "ضربات لمكافحة قتال معاقل")
_STRONG_PERP_CUES = word_set("نفذه نفذها شنه شنها شنته شنتها نفذتها يد تبنى تبنت")
_ATTACK_VERBS = word_set("نفذ نفذت شن شنت قصف قصفت هاجم هاجمت استهدف استهدفت اغتال اغتالت فجر فجرت")
_REPORT_VERBS = word_set("اعلن اعلنت قال قالت ذكر ذكرت افاد افادت اكد اكدت اوضح اوضحت كشف كشفت صرح نشر نشرت")
_TARGET_CUES = word_set("علي استهدف استهدفت مستهدفا مستهدفة استهدفوا استهداف طال طالت")


@dataclass
class _Frame:
    si: int
    i: int  # first trigger token
    j: int  # past last trigger token
    lo: int  # frame bounds
    hi: int
    concepts: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    generic_only: bool = True


@dataclass
class _Event:
    si: int
    ti: int
    spans: list[tuple[int, int]]
    place: Place | None
    date: DateHit | None
    killed: Quantity | None
    killed_text: str | None
    injured: Quantity | None
    injured_text: str | None
    perpetrator: Mention | None
    target: tuple[str | None, bool]
    types: list[str]
    weapons: list[str]
    background: bool
    news: bool
    anchored: bool
    report_date: bool = False


def _triggers(ctx: DocContext, si: int) -> list[_Frame]:
    s = ctx.sentences[si]
    hits: list[tuple[int, int, str, str | None]] = []
    for g in ctx.glossary[si]:
        concept = g.entry.get("concept")
        if concept in _ATTACK_CONCEPTS:
            hits.append((g.i, g.j, concept, g.entry.get("attack_type") if concept not in {"attack", "explosion"} else None))
    for x, w in enumerate(s.words):
        if any(b in KILLED for b in bare(w)) and not any(h[0] <= x < h[1] for h in hits):
            hits.append((x, x + 1, "killed", None))
    hits.sort()
    frames: list[_Frame] = []
    for i, j, concept, atype in hits:
        consequence = concept == "killed" and any(
            b in _CONSEQUENCE for w in s.words[max(0, i - 3):i] for b in bare(w))  # "، ما أسفر عن مقتل"
        casualty_follow = (concept == "killed" or (frames and set(frames[-1].concepts) == {"killed"})) and frames \
            and i - frames[-1].j <= (16 if consequence else 10) and (consequence or not any(
                s.tokens[t].clause_start for t in range(frames[-1].j + 1, i + 1)))
        if frames and (casualty_follow or (i - frames[-1].j <= 4 and not any(
                s.tokens[t].clause_start for t in range(frames[-1].j, i + 1)))):
            f = frames[-1]
            f.j = max(f.j, j)
        else:
            f = _Frame(si, i, j, 0, len(s.tokens))
            frames.append(f)
        f.concepts.append(concept)
        if atype:
            f.types.append(atype)
        if concept != "killed" and concept != "attack":
            f.generic_only = False
    for a, b in zip(frames, frames[1:], strict=False):
        # split the sentence between two events at the first clause break after the first, else midway
        cut = next((t for t in range(a.j, b.i) if s.tokens[t].clause_start), None)
        if cut is None:
            cut = next((t for t in range(a.j + 1, b.i) if s.words[t] in _EVENT_SEPARATORS), None)
        if cut is None:
            rel = next((t for t in range(b.i - 1, a.j - 1, -1) if s.words[t] in _REL_PRONOUNS or s.words[t].startswith("وعائل")), None)
            cut = rel if rel is not None else (a.j + b.i) // 2
        a.hi = cut
        b.lo = cut
    return frames


def _quantity_near(words: list[str], k: int, lo: int, hi: int, dated: set[int], breaks: set[int]) -> Quantity | None:
    """A quantity just after a casualty word (or a number + noun just before it: "13 عنصرا ... قتلوا").

    A counted noun ("62 قتيلا"، "3200 جريح") takes the number right before it.
    """
    if any(b in _COUNTED_NOUNS for b in bare(words[k])) and k > lo:
        q = read_quantity(words, k - 1)
        if q is not None and q.end == k and (k - 1) not in dated:
            return q
        if k - 2 >= lo:
            q = read_quantity(words, k - 2)
            if q is not None and q.end == k - 1 and words[k - 1] in {"من", "اخرين"}:
                return q
    for x in range(k + 1, min(hi, k + 7)):
        if words[x] in _LIFE or words[x] in _FILLERS:
            continue  # "أودت بحياة 5"، "قتل فيها 3"
        if x in breaks or x in dated or any(b in KILLED | INJURED for b in bare(words[x])):
            break
        q = read_quantity(words, x)
        if q is None:
            if is_single_person(words[x]) and x == k + 1:
                return Quantity(1, False, x, x + 1)
            if x == k + 1 and words[x] in {"احد", "احدي"} and x + 1 < hi:
                return Quantity(1, False, x, x + 2)  # "مقتل أحد المنتسبين"
            break
        nxt = words[q.end] if q.end < len(words) else ""
        if q.value is not None and any(b in _NOT_CASUALTY_UNITS for b in bare(nxt)):
            return None
        other = KILLED if any(b in INJURED for b in bare(words[k])) else INJURED
        if any(b in other and b in _COUNTED_NOUNS for b in bare(nxt)):
            return None  # "62 قتيلا ونحو 3200 جريح": 3200 counts the other kind
        if _terrorists_counted(words, q.end):
            return Quantity(q.value, q.vague, -1 - q.start, q.end)  # militants: start < 0 marks it
        return q
    best = None
    for x in range(k - 1, max(lo - 1, k - 10), -1):
        if any(b in KILLED | INJURED for b in bare(words[x])) or x in dated or x + 1 in breaks:
            break
        if words[x] in {"بينهم", "منهم", "بينها"}:
            best = None  # "57 مدنيا بينهم 12 طفلا وست نساء قتلوا": the total stands before "بينهم"
            continue
        q = read_quantity(words, x)
        if q is not None and q.value is not None and q.end <= k and best is None:
            nxt = words[q.end] if q.end < len(words) else ""
            if any(b in _NOT_CASUALTY_UNITS for b in bare(nxt)) or _terrorists_counted(words, q.end):
                return None
            if nxt.startswith("ل") and not nxt.startswith("لا"):
                continue  # "2 لنشرها": not a count of people
            best = q
    return best


def _terrorists_counted(words: list[str], at: int) -> bool:
    """True when the counted people are militants: "20 إرهابياً"، "9 من عناصر داعش"، "12 عنصرا من التنظيم"."""
    nxt = words[at:at + 4]
    if nxt and nxt[0] in _TERRORIST_NOUNS:
        return True
    return bool(len(nxt) >= 2 and nxt[0] in {"من", "عنصرا", "عناصر"} and any(w in _MILITANT_WORDS for w in nxt[1:]))


def _casualties(ctx: DocContext, f: _Frame, keywords: frozenset[str]) -> tuple[Quantity | None, str | None, bool]:
    """(quantity, phrase as written, terrorists_only) for killed or injured words inside the frame."""
    s = ctx.sentences[f.si]
    words = s.words
    dated = {t for d in ctx.dates[f.si] for t in range(d.i, d.j)}
    breaks = {t for t, tok in enumerate(s.tokens) if tok.clause_start}
    for k in range(f.lo, f.hi):
        if not any(b in keywords for b in bare(words[k])):
            continue
        if any(b in _ONE_VICTIM for b in bare(words[k])) or (
                keywords is KILLED and any(b in _ASSASSINATED for b in bare(words[k]))
                and "محاوله" not in words[max(f.lo, k - 2):k]):
            return Quantity(1, False, k, k + 1), ctx.quote(*s.token_span(k, k + 1)), False
        q = _quantity_near(words, k, f.lo, f.hi, dated, breaks)
        if q is not None and q.start < 0:
            if set(f.concepts) <= {"killed"}:
                return None, None, True  # "قتل 20 إرهابياً": a security operation's result, not an attack
            q = Quantity(q.value, q.vague, -1 - q.start, q.end)  # militants killed in an air strike: still its toll
        if q is None:
            if keywords is KILLED and any(b in _KILL_VERBS_SINGULAR for b in bare(words[k])):
                back = words[max(f.lo, k - 15):k]
                if "الشهيد" in back or any(w in _REL_PRONOUNS for w in words[max(f.lo, k - 2):k]):
                    return Quantity(1, False, k, k + 1), ctx.quote(*s.token_span(k, k + 1)), False
            continue
        a, b = min(k, q.start), max(k + 1, q.end)
        if q.value is None and b - 1 > a and words[b - 1] == "من":
            b -= 1
        return q, ctx.quote(*s.token_span(a, b)), False
    return None, None, False


def _perpetrator(ctx: DocContext, f: _Frame) -> Mention | None:
    s = ctx.sentences[f.si]
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES):
        before = [b for w in s.words[max(f.lo, m.i - 2):m.i] for b in bare(w)]
        clitic = m.start > s.token_span(m.i, m.i + 1)[0]
        if any(w in _STRONG_PERP_CUES for w in before):
            return m  # "نفذه الجيش"، "على يد القوات"
        if m.i > 0 and not clitic and any(b in _ATTACK_VERBS for b in bare(s.words[m.i - 1])):
            return m  # the subject right after the verb: "قصفت القوات التركية مواقع"
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES):
        if m.j < len(s.words) and any(b in _ATTACK_VERBS for b in bare(s.words[m.j])) and m.j <= f.hi:
            return m  # subject before its verb: "القوة الجوية العراقية نفذت ضربة"
    for m in ctx.actors_in(f.si, f.lo, f.hi, {"armed_group"}):
        before = [b for w in s.words[max(f.lo, m.i - 3):m.i] for b in bare(w)]
        if any(w in _PERP_BLOCKERS for w in before):
            continue
        if _is_victim(s.words, m, f):
            continue  # "مقتل تسعة من عناصر داعش": the group lost people, it did not attack
        glued_l = m.start > s.token_span(m.i, m.i + 1)[0]  # "لتنظيم الدولة", "لداعش"
        near_trigger = f.j <= m.i <= f.j + 3 or m.j == f.i
        if any(w in _PERP_CUES for w in before) or glued_l or near_trigger:
            return m
    return None


def _is_victim(words: list[str], m: Mention, f: _Frame) -> bool:
    """True when an armed group stands as the counted dead or wounded ("مقتل 9 من عناصر داعش")."""
    x = m.i - 1
    while x >= max(f.lo, m.i - 5) and words[x] in {"من", "عناصر", "مسلحي", "افراد", "تنظيم", "مقاتلي", "قادة"}:
        x -= 1
    if x < max(f.lo, m.i - 6) or x < 0:
        return False
    q = read_quantity(words, x)
    if q is not None and q.end > x and any(b in _VICTIM_NOUNS for w in words[max(f.lo, x - 3):x] for b in bare(w)):
        return True
    return any(b in _VICTIM_NOUNS for b in bare(words[x]))


def _target(ctx: DocContext, f: _Frame, killed: Quantity | None, perp: Mention | None) -> tuple[str | None, bool]:
    """(target, named_actor?): the force or people attacked."""
    t = _target_text(ctx, f, killed, perp)
    return t

def _target_text(ctx: DocContext, f: _Frame, killed: Quantity | None, perp: Mention | None):
    s = ctx.sentences[f.si]
    words = s.words
    forces = [m for m in ctx.actors_in(f.si, f.lo, f.hi) if m.entry.get("type") in FORCE_TYPES | {"civilian"}
              and (perp is None or m.entry.id != perp.entry.id)]
    if killed is not None and killed.start >= 0:
        near = [m for m in forces if killed.start <= m.i <= killed.end + 6]
        if near:
            return near[0].entry.canonical, True
    for x in range(f.lo, f.hi):
        if any(b in _TARGET_CUES for b in bare(words[x])):
            for m in forces:
                if x < m.i <= x + 5:
                    return m.entry.canonical, True
            for g in ctx.glossary[f.si]:
                if x < g.i <= x + 3 and g.entry.get("category") == "target":
                    return ctx.quote(*s.token_span(g.i, g.j)), False
    if forces:
        before = [m for m in forces if m.j <= f.i]
        return (before[-1] if before else forces[0]).entry.canonical, True
    counted = killed is not None and 0 <= killed.start < len(words) and (
        words[killed.start].isdigit() or read_quantity(words, killed.start) is not None)
    if counted and killed.start != f.i and killed.end < len(words):
        noun = words[killed.end]
        if noun.isalpha() and len(noun) > 2 and noun not in {"اخرين", "اخرون", "اشخاص"} and not any(
                b in KILLED | INJURED | _COUNTED_NOUNS for b in bare(noun)):
            return ctx.quote(*s.token_span(killed.end, killed.end + 1)), False
    return None, False


def _weapons(ctx: DocContext, f: _Frame) -> list[str]:
    s = ctx.sentences[f.si]
    out = []
    for g in ctx.glossary[f.si]:
        if f.lo <= g.i < f.hi and g.entry.get("weapon"):
            while g.i < g.j - 1 and any(b in _ACT_WORDS for b in bare(s.words[g.i])):
                g = Mention(g.entry, g.i + 1, g.j, s.token_span(g.i + 1, g.j)[0], g.end, "")  # "انفجار عبوة" -> "عبوة"
            if any(b in _ACT_WORDS for b in bare(s.words[g.i])):
                continue  # "قصفت": the act, not the weapon
            a = g.i
            if a > 0 and read_quantity(s.words, a - 1) is not None and read_quantity(s.words, a - 1).value:
                a -= 1
            start = s.token_span(a, g.j)[0] if a < g.i else g.start
            out.append(ctx.quote(start, g.end))
    return out


def _place(ctx: DocContext, f: _Frame) -> Place | None:
    words = ctx.sentences[f.si].words
    all_places = ctx.places_in(f.si, f.lo, f.hi)

    def descriptor(p: Mention) -> bool:
        """"60كم جنوب أربيل" or "قضاء الحويجة جنوب غرب كركوك": a reference point, not the place itself."""
        if not ctx.after_direction(f.si, p):
            return False
        if p.i >= 2 and (words[p.i - 2] in _DISTANCE or words[p.i - 2].isdigit()):
            return True
        return any(0 < p.i - q.j <= 3 for q in all_places if q is not p)

    places = [p for p in all_places if not descriptor(p)]
    if not places:
        return None
    after = [p for p in places if p.i >= f.i]
    before = [p for p in places if p.i < f.i]
    ordered = after[:3] + list(reversed(before))
    resolved = [place_at(ctx, f.si, m) for m in ordered]
    strong = [p for p in resolved if not p.weak]
    if not strong:
        return None
    best = strong[0]
    # a chain "بقرية X في قضاء Y التابع لمحافظة Z": keep the most specific of adjacent compatible places
    for p in strong[1:]:
        if p.i - best.j <= 4 and same_area(p, best) and p.specificity < best.specificity:
            best = p
    return best


def _date(ctx: DocContext, f: _Frame) -> DateHit | None:
    hits = [d for d in ctx.dates[f.si] if f.lo <= d.i < f.hi]
    if not hits:
        return None
    after = [d for d in hits if d.i >= f.i]
    before = [d for d in hits if d.i < f.i]
    ordered = after + list(reversed(before))
    words = ctx.sentences[f.si].words
    events = [d for d in ordered if not _is_report_date(words, d)]
    return (events or ordered)[0]


def _is_report_date(words: list[str], d: DateHit) -> bool:
    """"أعلنت قيادة العمليات المشتركة، اليوم السبت، مقتل ...": the day it was reported, not the day it happened."""
    return d.mention.kind in {"rel", "wd"} and any(
        b in _REPORT_VERBS for w in words[max(0, d.i - 6):d.i] for b in bare(w))


def _background(ctx: DocContext, f: _Frame, date: DateHit | None) -> tuple[bool, bool]:
    """(past context?, told as the news?) for one frame."""
    s = ctx.sentences[f.si]
    words = s.words
    span = [b for w in words[f.lo:f.hi] for b in bare(w)]
    past = any(w in _PAST_MARKERS for w in span) or "قبل" in words[max(f.lo, f.i - 4):f.hi] and date is not None
    if any(w in _REL_PRONOUNS for w in words[max(f.lo, f.i - 2):f.i]):
        past = True
    if words and words[0] in {"وكان", "وكانت", "كان", "كانت"} and "قد" in words[:f.i + 1]:
        past = True
    if any(w in {"بعد", "اعقاب"} and x + 2 < len(words) and words[x + 1] in {"يوم", "ايام", "ساعات", "اسبوع"}
           for x, w in enumerate(words[f.lo:f.i], start=f.lo)):
        past = True
    if date is not None:
        m = date.mention
        if m.kind in {"dmy", "my", "y", "numeric", "ord"} and (m.parts.get("year") or m.parts.get("qualifier") == "past"):
            ref = ctx.published.year if ctx.published else None
            year = m.parts.get("year")
            if ref is None or (year and year < ref) or m.parts.get("qualifier") == "past":
                past = True
        if m.kind == "ago" and m.parts.get("unit") not in {"ساعات", "ساعه"}:
            past = True
    news = not past and (f.si in ctx.lead or (date is not None and date.mention.kind in {"rel", "wd"}
                                              and date.mention.parts.get("qualifier") != "past"))
    return past, news


def _events(ctx: DocContext) -> list[_Event]:
    out: list[_Event] = []
    for si, s in enumerate(ctx.sentences):
        for f in _triggers(ctx, si):
            words = s.words
            before = [b for w in words[max(f.lo, f.i - 3):f.i] for b in bare(w)]
            clause = "_".join(words[f.lo:f.hi])
            prevention = any(w in _PREVENTION for w in before)
            habit = any(h in clause for h in _HABIT) or any(
                w in _HABIT_VERBS for w in before + [b for t in words[f.i:f.j] for b in bare(t)])
            trend = any(w in _TREND for w in before)
            killed, ktext, terror_k = _casualties(ctx, f, KILLED)
            injured, itext, _ = _casualties(ctx, f, INJURED)
            if terror_k and f.generic_only and f.concepts == ["killed"] * len(f.concepts):
                continue  # "قتل 20 إرهابياً": a security operation's result, not an attack
            place = _place(ctx, f)
            date = _date(ctx, f)
            perp = _perpetrator(ctx, f)
            if f.concepts and all(c == "killed" for c in f.concepts) and killed is None:
                continue  # a killing word with no count and no victim is not an event here
            past, news = _background(ctx, f, date)
            anchored = not (prevention or habit or trend) and (
                place is not None or killed is not None or injured is not None
                or (date is not None and (date.resolved.iso or date.mention.kind not in {"period"})))
            if (prevention or habit or trend) and killed is None and injured is None:
                continue  # talk of attacks in general, not an event
            spans = [window_span(s, f.i, f.j)]
            for q in (killed, injured):
                if q is not None and 0 <= q.start < len(s.tokens):
                    spans.append(window_span(s, q.start, max(q.end, q.start + 1), before=6, after=6))
            if place is not None:
                spans.append(window_span(s, place.i, place.j, before=6, after=4))
            out.append(_Event(
                si, f.i, spans, place, date, killed, ktext, injured, itext, perp,
                _target(ctx, f, killed, perp), list(f.types), _weapons(ctx, f), past, news, anchored,
                report_date=date is not None and _is_report_date(s.words, date),
            ))
    return out


def _compatible(c: dict, e: _Event) -> bool:
    if e.place is not None and c["place"] is not None and not same_area(c["place"], e.place):
        return False
    report = c.get("report_date") or e.report_date
    if not report and e.date is not None and c["date"] is not None and e.date.resolved.iso and c["date"].resolved.iso \
            and e.date.resolved.iso[:len(c["date"].resolved.iso)] != c["date"].resolved.iso[:len(e.date.resolved.iso)]:
        return False
    for k in ("killed", "injured"):
        a, b = c[k], getattr(e, k)
        if a is not None and b is not None and a.value is not None and b.value is not None and a.value != b.value:
            return False
    return True


def find_attacks(ctx: DocContext) -> list[Attack]:
    """The attacks of a document, one record per event with all its mentions cited.

    Args:
        ctx: the document context.
    """
    clusters: list[dict] = []
    floating: list[_Event] = []
    for e in _events(ctx):
        target_cluster = None
        if e.anchored:
            # same place (or no place and compatible facts): the same event
            candidates = [c for c in clusters if _compatible(c, e)]
            target_cluster = candidates[-1] if candidates else None
            if target_cluster is None:
                clusters.append(_new_cluster(e))
                continue
            _absorb(target_cluster, e)
        else:
            floating.append(e)
    for e in floating:
        if e.place is not None:
            match = [c for c in clusters if c["place"] is not None and same_area(c["place"], e.place)]
        else:
            match = [c for c in clusters if c["first"] <= e.si] or clusters[:1]
        if match:
            _absorb(match[-1], e, facts=False)
    return [_record(ctx, c) for c in clusters]


def _new_cluster(e: _Event) -> dict:
    return {"first": e.si, "events": [e], "place": e.place, "date": e.date, "killed": e.killed, "injured": e.injured,
            "report_date": e.report_date}


def _absorb(c: dict, e: _Event, facts: bool = True) -> None:
    c["events"].append(e)
    if not facts:
        return
    if e.place is not None and (c["place"] is None or e.place.specificity < c["place"].specificity):
        c["place"] = e.place
    if e.date is not None and (c["date"] is None or (e.date.resolved.iso and not c["date"].resolved.iso)
                               or (c["report_date"] and not e.report_date and e.date.resolved.iso)):
        c["date"] = e.date
        c["report_date"] = e.report_date
    for k in ("killed", "injured"):
        v = getattr(e, k)
        if v is not None and (c[k] is None or (c[k].value is None and v.value is not None)
                              or (v.value is not None and v.value < c[k].value)):
            c[k] = v


def _record(ctx: DocContext, c: dict) -> Attack:
    events: list[_Event] = sorted(c["events"], key=lambda e: (e.si, e.ti))
    anchored = [e for e in events if e.anchored] or events

    def pick(attr):
        return next((getattr(e, attr) for e in anchored if getattr(e, attr)), None) or next(
            (getattr(e, attr) for e in events if getattr(e, attr)), None)

    types = [t for e in events for t in e.types]
    first_specific = None
    for e in events:
        if not e.types:
            continue
        bombs = [t for t in ("suicide_attack", "car_bomb", "airstrike") if t in e.types]
        first_specific = bombs[0] if bombs else e.types[0]  # "هجوم انتحاري بسيارة مفخخة": the bomb kind wins
        break
    killed_event = next((e for e in events if e.killed is c["killed"]), None)
    injured_event = next((e for e in events if e.injured is c["injured"]), None)
    perp = pick("perpetrator")
    weapons: list[str] = []
    for e in events:
        for w in e.weapons:
            if w not in weapons:
                weapons.append(w)
    date: DateHit | None = c["date"]
    spans = [sp for e in events for sp in e.spans]
    background = not any(e.news for e in events)
    killed_value = c["killed"].value if c["killed"] else None

    def rank(e: _Event) -> tuple:
        same_count = e.killed is not None and e.killed.value is not None and e.killed.value == killed_value
        return (not e.target[1], not same_count, e not in anchored)

    with_target = sorted((e for e in events if e.target and e.target[0]), key=rank)
    target = with_target[0].target[0] if with_target else None
    kind = first_specific or (types[0] if types else "other")
    if kind == "shelling" and perp is not None and any(w in (perp.entry.name_en or "") for w in ("Air", "Aviation")):
        kind = "airstrike"  # "قصف طيران الجيش": shelling from the air
    return Attack(
        date=date.resolved.iso if date else None,
        date_precision=date.resolved.precision if date else "unknown",
        date_text=ctx.quote(date.start, date.end) if date else None,
        location=c["place"].location if c["place"] else None,
        perpetrator=perp.entry.canonical if perp else None,
        perpetrator_en=perp.entry.name_en if perp else None,
        target=target,
        attack_type=kind,
        weapons=weapons,
        killed=c["killed"].value if c["killed"] else None,
        killed_text=killed_event.killed_text if killed_event else None,
        injured=c["injured"].value if c["injured"] else None,
        injured_text=injured_event.injured_text if injured_event else None,
        background=background,
        date_inferred=bool(date and date.resolved.inferred),
        citations=citations(ctx.doc.doc_id, ctx.text, spans),
    )
