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

How news retells one incident (session 10): strikes told on a city and detailed in the next sentence at a
place (``_elaborated``); a toll told with the incident as its cause (``_told_by_cause``); a town the place faces
(``_opposite``); a toll whose clause names its place only in the next frame (``_place_ahead``). And how it tells
several: a lead toll two later incidents add up to (``_summed``), a round-up's sum told after its frame
(``_roundup_after``), rockets and the fire answering them (``_fire_exchanged``).

The word readers live in family modules beside it (words in ``data/attacks.json``), each importing only those
listed before it: ``attacks_dates`` (when, and past context), ``attacks_places`` (where, and places told together),
``attacks_cues`` (the word tests of one frame).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from marsad.agent.numbers import Quantity
from marsad.agent.offline import rules
from marsad.agent.offline.attacks_cues import (
    _CONTRAST,
    _DEFINITE_SINGULARS,
    _blow,
    _denied,
    _killed_by_force,
    _parts,
    _place_aside,
    _roundup_after,
    _sports_story,
    _threat_or_foiled,
    _told_by_cause,
    _toll_update,
    _unmistakable,
    _violent,
)
from marsad.agent.offline.attacks_dates import (
    _REPORT_VERBS,
    _SPEECH_NOUNS,
    _background,
    _date,
    _history,
    _is_report_date,
)
from marsad.agent.offline.attacks_places import (
    _aside,
    _fired_place,
    _known_list,
    _place,
    _reference_point,
    _several_places,
)
from marsad.agent.offline.casualties import INJURED, KILLED, REL_PRONOUNS, casualties
from marsad.agent.offline.context import DateHit, DocContext, bare
from marsad.agent.offline.context_place import MIN_SHARE as _MIN_SHARE
from marsad.agent.offline.context_place import context_place
from marsad.agent.offline.frames import Frame, find_frames
from marsad.agent.offline.locations import Place, named_settlement, same_area
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.merge import adds_another, citations, fronted, restricted, told_within, window_span
from marsad.agent.offline.named_places import named_places, within
from marsad.agent.offline.roles import perpetrator, target, weapons
from marsad.agent.offline.scope import (
    foreign_places,
    has_phrase,
    is_aggregate,
    is_analysis,
    is_ceasefire,
    is_court,
    is_footage,
    is_hypothetical,
    is_non_incident,
    is_period_total,
    is_roundup_total,
    is_spanned_total,
    is_statistic,
    phrase_table,
    since_start,
)
from marsad.core.arabic import normalize
from marsad.schemas import Attack

__all__ = ["find_attacks"]


_TYPE_PRIORITY = rules.sequence("attacks", "type_priority")
_PREVENTION = rules.words("attacks", "prevention")
_TREND = rules.words("attacks", "trend")
_HABIT_PHRASES = phrase_table(rules.words("attacks", "habit"))
"""Words and phrases of a habit ("عادة"، "كالعادة"، "بشكل متكرر"، "بين الحين والآخر"), matched as whole tokens: "استعادة"
(recapture) holds the letters of "عادة" and is no habit."""
_HABIT_VERBS = rules.words("attacks", "habit_verbs")
_CONTINUITY = phrase_table(rules.words("attacks", "continuity_adverbs"))
_CONTINUING = rules.words("attacks", "continuing_verbs")
"""An imperfective verb of going on ("تواصل"، "يواصل"، "تستمر") with an adverb of continuity in its clause
("بشكل متواصل"، "بصورة مستمرة"، "يوميا"): "تواصل المقاتلات غاراتها على مواقعهم بشكل متواصل" tells a campaign that goes
on, not one strike; a past verb with the adverb ("قصفت المدفعية البلدة بشكل متواصل طوال الليل") is one night's."""
_S13_CONTINUING = True  # module flag, for A/B measurement only
_TREND_AFTER = phrase_table(rules.words("attacks", "trend_after"))
"""Verbs of a trend told after a definite attack word ("الاشتباكات ... تكثفت في الأشهر الأخيرة"): a trend, not an event."""
_ANIMALS = phrase_table(rules.words("attacks", "animals"))
"""Animals that attack ("هجوم لسمكة قرش"، "هجوم كلب ضال"): the attack word before them tells no violence of people."""
_ACCIDENTAL_BLASTS = rules.words("attacks", "accidental_blasts")
_BLAST_WORDS = rules.words("attacks", "blast_words")
"""An explosion ("انفجار"، not the deliberate "تفجير") of a gas cylinder, a tank, a generator, a factory or a volcano
("انفجار أسطوانة غاز داخل مطعم"): an accident, unless someone is told to have done it."""
_MANAGED = rules.words("attacks", "managed")
_NAMING_TOLL = int(rules.number("attacks", "naming_toll"))
"""The least exact death toll that, told again far from its first telling, names the same incident."""


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
    generic: bool = False  # told with a bare attack word ("هجوم"، "هجمات")
    update: bool = False  # a revised toll ("ارتفعت حصيلة ... إلى 40"): it updates an incident told before
    placed: bool = False  # the frame names a place, resolved or not
    frame: Frame | None = None  # where it is told (for a place read from the rest of the article)
    listed: bool = False  # one of several places a strike was told at together
    speech_date: bool = False  # its day is that of a speech or statement ("وأضاف في كلمة الأحد")
    relative: bool = False  # told in a relative clause ("تفجير مسجد ... الذي راح ضحيته 26"): of the incident before it
    told_again: bool = False  # an incident told before, named again ("الحملة"، "الهجوم") with no place or day
    sourced: bool = False  # "وأكدت مصادر محلية أن الغارات استهدفت ...": the strikes told just before, told in detail
    battle: bool = False  # told with a battle word ("المعارك"، "اشتباكات"): fighting that holds any kind of fire
    parts: frozenset[int] = frozenset()  # counts told as part of its dead ("مقتل 14 شخصاً بينهم سبعة إيرانيين")
    history: str | None = None  # the year of an event dated long before publication ("اغتيل في مايو 2004")
    by_cause: bool = False  # a toll told with the incident named as its cause ("قتلوا في الهجوم")
    sum_part: bool = False  # one of the incidents a lead's toll sums ("مقتل تسعة شرطيين" = six in an ambush + "ثلاثة آخرين")


def _events(ctx: DocContext, roundup_dates: list[tuple[int, DateHit]]) -> list[_Event]:
    out: list[_Event] = []
    sports = _sports_story(ctx)
    for si, s in enumerate(ctx.sentences):
        if is_non_incident(s.words):
            continue  # a death benefit, a commemoration, a cyber-attack: no violent event of its own
        frames = find_frames(ctx, si)
        for fx, f in enumerate(frames):
            words = s.words
            if is_ceasefire(words, f.i):
                continue  # "وقف إطلاق النار": a truce, not gunfire
            if is_court(words, f.i):
                continue  # "أدين جندي بقتل فلسطيني": a past killing judged in court, not the news of an incident
            if (f.j < len(words) and words[f.j] in _FIGURATIVE) or (f.i > 0 and (
                    words[f.i - 1] in _FIGURATIVE_BEFORE
                    or (_S13_CLITIC_FIGURE and not words[f.i].startswith("ال")
                        and any(b in _FIGURATIVE_BEFORE for b in bare(words[f.i - 1])))
                    or (_S13_SIMILE and any(b in _SIMILE for w in words[max(0, f.i - 2):f.i] for b in bare(w))))):
                continue  # "شن هجوما لاذعا على رئيس الوزراء"، "في ما شكل ضربة لرئيسة الوزراء": words, not violence
            if any(b in _FIGURATIVE_SPEECH for w in words[max(f.lo, f.i - 4):f.i] for b in bare(w)) \
                    and set(f.concepts) <= {"attack"}:
                continue  # "شن خلال مقابلة صحفية هجوماً على البرلمان": an attack made in an interview is words
            if set(f.concepts) <= {"explosion", "killed"} and any(
                    any(b in _BLAST_WORDS for b in bare(words[x]))
                    and any(b in _ACCIDENTAL_BLASTS for w in words[x + 1:x + 3] for b in bare(w))
                    for x in range(f.i, f.j)):
                continue  # "انفجار أسطوانة غاز": an accident
            before = [b for w in words[max(f.lo, f.i - 3):f.i] for b in bare(w)]
            prevention = any(w in _PREVENTION for w in before) or is_hypothetical(words, f.i, f.j)
            habit = has_phrase(words, f.lo, f.hi, _HABIT_PHRASES) or any(
                w in _HABIT_VERBS for w in before + [b for t in words[f.i:f.j] for b in bare(t)]) or (
                _S13_CONTINUING and has_phrase(words, f.lo, f.hi, _CONTINUITY)
                and any(b in _CONTINUING for w in words[f.lo:f.i] for b in bare(w)))
            # "إن الاشتباكات في جنوب السودان قرب الحدود مع أوغندا ازدادت خلال الأسابيع الماضية": attacks spoken of in general
            # (a definite plural) with a verb of their trend and no day of their own ("اندلعت الاشتباكات أمس ... وتصاعدت
            # حدتها مساء" is one day's)
            trend = any(w in _TREND for w in before) or (
                any(b.startswith("ال") for b in bare(words[f.i])) and has_phrase(words, f.j, f.j + 10, _TREND_AFTER)
                and not any(f.lo <= d.i < f.hi and d.resolved.precision == "day" for d in ctx.dates[si]))
            killed, ktext, terror_k = casualties(ctx, f, KILLED)
            injured, itext, _ = casualties(ctx, f, INJURED)
            if has_phrase(words, f.j, f.j + 3, _ANIMALS) and not {"explosion", "car_bomb", "ied"} & set(f.concepts):
                continue  # "نجا من هجوم لسمكة قرش"، "إثر هجوم كلب ضال عليه": an animal's attack
            if killed is None and injured is None and _blow(words, f.i, f.j):
                continue  # "في أحدث ضربة لحزب الرابطة"، "تعرض لضربة عنيفة جراء أحداث الربيع العربي": a figure
            if sports and not _unmistakable(words, f, any(q is not None and q.value is not None for q in (killed, injured))):
                continue  # "شن لاعبو الفريق هجوما مكثفا على المرمى": play in a match report
            roundup_told = is_roundup_total(words, f.lo, f.hi) or (
                (killed is not None or injured is not None) and _roundup_after(words, f, frames[fx + 1:]))
            if (killed or injured) and roundup_told:
                # "لقي 6 أشخاص مصرعهم ... اليوم في حوادث أمنية منفصلة": the round-up's day, wherever its sentence
                # gives it, dates the incidents told after it (a lead's dates the whole article's)
                day = _date(ctx, f) or next((h for h in ctx.dates[si] if h.mention.kind in {"rel", "wd"}), None)
                if day is not None:
                    roundup_dates.append((si, day))
            if terror_k and f.generic_only and f.concepts == ["killed"] * len(f.concepts):
                continue  # "قتل 20 إرهابياً": a security operation's result, not an attack
            if f.concepts and all(c == "killed" for c in f.concepts) and killed is not None and any(
                    b in _MANAGED for w in words[max(0, f.i - 3):f.i] for b in bare(w)) and any(
                    w in {"منهم", "منها"} for w in words[killed.end:killed.end + 2]):
                continue  # "وتمكنت من قتل خمسة منهم": the hunted group's losses in an operation, not an attack
            attackers = killed is not None and injured is None and any(
                b in _ATTACKERS for w in words[killed.end:killed.end + 3] for b in bare(w))
            if attackers:
                killed, ktext = None, None  # "قتلت قوات الأمن 5 من المهاجمين": the attack told before, ended
            place = _place(ctx, f)
            # "للقضاء عليها": a preposition with a pronoun is never the name of a place after a place noun
            named = [p for p in named_places(ctx, f, _MIN_SHARE) if normalize(p.location.name) not in _PRONOUNS]
            if named and place is not None and named[0].i < place.i and place.i - named[-1].j <= _PARENT_GAP:
                named = [within(p, place) for p in named]  # "منطقتي المبدعة وتبة ريمان بمديرية نهم"
            elif named and place is not None and place.i < f.i <= named[0].i and _reference_point(words, place.i):
                # "وفي مديرية نهم شرق العاصمة صنعاء، قصفت ... في منطقة المداريج": a place by the reference point
                named = [within(p, place) for p in named]
            elif named and place is not None and place.weak and named[0].i < place.i:
                pass  # "تفجير مسجد في حي الصوابر ... في كل من سوريا والعراق": the named quarter, not a country
            elif place is not None:
                named = []
            if named:
                place = named[0]  # "في منطقة سد العقران": a place no gazetteer knows
            listed = named if len(named) > 1 else _known_list(ctx, f, place)
            date = _date(ctx, f)
            perp = perpetrator(ctx, f)
            if f.concepts and all(c == "killed" for c in f.concepts) and (killed is None or not _violent(ctx, si)) \
                    and not (killed is None and _killed_by_force(ctx, si, f.i)):
                continue  # a death with no count, or with no violence told (an accident), is no attack here
            counted_now = any(q is not None and q.value is not None for q in (killed, injured))
            if is_analysis(words) and not (counted_now and si in ctx.lead):
                continue  # research and statistics count or study events; they do not tell one
            day_dated = date is not None and date.resolved.precision == "day"
            if not day_dated and is_footage(words, f.i):
                continue  # "أظهر مقطع فيديو جنودا يطلقون النار": footage with no day of its own, no incident told
            counts = [q.value for q in (killed, injured) if q is not None and q.value is not None]
            roundup = bool(counts) and roundup_told
            if _history(ctx, date) and not (place is not None or counts):
                continue  # "حرب الخليج عام 1991": history named in passing, with no place or toll of its own
            told_hi = _place_aside(words, f, killed, injured)  # "... في جنوب الإقليم، حيث تكررت الهجمات منذ أسابيع"
            if is_aggregate(words, f.lo, told_hi, day_dated) or is_statistic(words, counts, len(ctx.dates[si]) > 1) or (
                    not (day_dated and not _is_report_date(words, date, s))
                    and (is_period_total(words, f.lo, told_hi, max(counts) if counts else None)
                         or is_spanned_total(words, max(counts) if counts else None))):
                continue  # a campaign's running toll, a year's incidents, a history lesson: not one attack
            sx = since_start(words, f.lo, f.hi, f.i)
            if sx is not None and not (day_dated and not sx < date.i <= sx + 8):
                continue  # "ومنذ بدء المظاهرات في 30 مارس، قتل أكثر من 110"، "اختطفت الآلاف منذ اجتياحها للعاصمة":
                # what happened over a span since a start (its date is the start), not one day's incident
            if roundup and (place is None or place.location.admin_level == "country"
                            or (_several_places(ctx, f) and len(listed) < 2)):
                continue  # "قتل 30 شخصا في سلسلة تفجيرات في العراق"، "في حوادث منفصلة في بغداد وكركوك ونينوى ومدن
                # أخرى": the sum of a round-up whose incidents are told apart ("في هجومين منفصلين في بغداد وكركوك" is
                # one incident per place listed, with the toll kept as written)
            past, news = _background(ctx, replace(f, hi=told_hi) if told_hi < f.hi else f, date)
            counted = (killed is not None and killed.value is not None) or (injured is not None and injured.value is not None)
            noise = (prevention or habit or trend) and not counted  # "لمنع تكرار الخروقات التي أدت إلى مقتل 13": real
            # "هذه الغارات"، "تلك الهجمات": a demonstrative before a definite attack noun (before a verb it is a
            # connective: "إلى ذلك، انفجرت عبوة ناسفة" tells a new incident)
            refers_back = f.i > 0 and words[f.i - 1] in _DEMONSTRATIVES and words[f.i].startswith("ال")
            if not refers_back and out and killed is None and injured is None and date is None \
                    and (place is None or place.weak) \
                    and any(b in _DEFINITE_PLURALS for t in words[f.i:f.j] for b in bare(t)):
                refers_back = True  # "إن الغارات في شرق سوريا ستحد من ...": the strikes told before (a town of its
                # own makes a new item of a round-up: "وفي الحسكة دمرت الغارات ...")
            # "وأوضح المتحدث أن الحملة استهدفت عددا من البؤر، ما أسفر عن مقتل سبعة": the incident told in an earlier
            # sentence, told again by its definite name with no place or day of its own
            cause = _told_by_cause(words, f)
            told_again = not refers_back and (place is None or place.weak) and not named \
                and (date is None or _is_report_date(words, date, s)) \
                and (any(b in _DEFINITE_SINGULARS for b in bare(words[f.i])) or cause is not None) \
                and not any(b in _NEW_EVENT_NOUNS for w in words[cause or f.i + 1:f.hi] for b in bare(w)) \
                and any(o.anchored and o.si < si for o in out)
            # "ما أسفر عن مقتل سبعة مسلحين ... بالإضافة إلى مقتل خمسة آخرين": more victims of the incident its
            # sentence told just before, not an incident of their own
            if not told_again and place is None and not named and date is None and killed is not None \
                    and killed.end < len(words) and normalize(words[killed.end]) in _OTHERS \
                    and any(o.si == si and o.killed is not None for o in out):
                told_again = True
            anchored = not noise and not refers_back and not attackers and (
                place is not None or killed is not None or injured is not None
                or (date is not None and (date.resolved.iso or date.mention.kind not in {"period"})))
            if (prevention or habit or trend) and killed is None and injured is None:
                continue  # talk of attacks in general, not an event
            if _denied(words, f.lo, f.i):
                continue  # "نفت الداخلية وجود محاولة لاختطاف طائرة": the event is what was denied
            if not counted and _threat_or_foiled(words, f.lo, f.i):
                continue  # "هدد باغتيال قادة"، "ضبط شبكة خططت لتنفيذ هجمات": no attack took place
            if not counted and any(b in _PLANTING for w in words[f.lo:f.i] for b in bare(w)) and not any(
                    b in _BLAST_IN_CLAUSE for w in words[f.lo:f.hi] for b in bare(w)):
                continue  # "زرعت الميليشيات هذه الكمية من الألغام في منطقة مندبة": mines laid, none told going off
            if set(f.concepts) <= {"killed"} and f.j < len(words) and any(
                    b in _SELF for w in words[f.j:f.j + 2] for b in bare(w)):
                continue  # "حاولت قتل نفسها": a suicide (attempted), not an attack (a bomber "فجر نفسه" is no kill word)
            if not counted and any(b in _CLEARANCE for w in words[f.lo:f.i] for b in bare(w)):
                continue  # "انتزعت الفرق الهندسية مئات الألغام والعبوات الناسفة": mines cleared, not set off
            base = [window_span(s, f.i, f.j)]
            for q in (killed, injured):
                if q is not None and 0 <= q.start < len(s.tokens):
                    base.append(window_span(s, q.start, max(q.end, q.start + 1), before=6, after=6))
            # "استهدفت مناطق منها الوهط وصبر والفيوش"، "بقصف في قضاء بيجي ومدينة الرمادي": one strike per place
            # named; a toll told for them together is no place's own (kept only as written)
            shared = len(listed) > 1
            for p in (listed if shared else [place]):
                spans = base + ([window_span(s, p.i, p.j, before=6, after=4)] if p is not None else [])
                out.append(_Event(
                    si, f.i, spans, p, date, None if shared else killed, ktext, None if shared else injured, itext, perp,
                    target(ctx, f, killed, perp), list(f.types), weapons(ctx, f), past, news, anchored,
                    report_date=date is not None and _is_report_date(s.words, date, s),
                    generic="attack" in f.concepts,
                    placed=bool(named or any(not _aside(words, m.i, f.i) for m in ctx.places_in(si, f.lo, f.hi))
                                or any(not _aside(words, x, f.i) for x in foreign_places(words, f.lo, f.hi))
                                or named_settlement(words, f.lo, f.hi)),
                    update=counted_now and _toll_update(words),
                    frame=f,
                    listed=shared,
                    told_again=told_again,
                    by_cause=told_again and cause is not None,
                    battle=any(b in _BATTLE for b in bare(words[f.i])),
                    parts=_parts(words, killed),
                    history=date.resolved.iso[:4] if _history(ctx, date) else None,
                    sourced=date is None and f.i > 0 and words[f.i - 1] == "ان"
                    and any(b in _DEFINITE_PLURALS for b in bare(words[f.i]))
                    and any(b in _REPORT_VERBS for w in words[max(0, f.i - 5):f.i - 1] for b in bare(w)),
                    relative=any(w in REL_PRONOUNS for w in words[max(f.lo, f.i - 2):f.i]),
                    speech_date=date is not None and any(
                        b in _SPEECH_NOUNS for w in words[max(0, date.i - 3):date.i] for b in bare(w)),
                ))
    return out


_ATTACKERS = rules.words("attacks", "attacker_words")
"""The attackers themselves ("قتلت 5 من المهاجمين"): their deaths end an attack told before, they are no victims."""
_NEW_EVENT_NOUNS = rules.words("scope", "counted_event_nouns")
"""Indefinite attack nouns: after "الهجوم" in its frame ("وجاء الهجوم بعد أسبوع من هجوم مماثل طال ..."), another
incident is told."""
_OTHERS = rules.words("attacks", "others_words")
""""آخرين" right after a toll: more victims of the incident told before it in the sentence."""
_PRONOUNS = rules.words("attacks", "pronoun_words")
"""Prepositions with a pronoun ("عليها"، "منهم"): no place is named so."""
_CLEARANCE = rules.words("attacks", "clearance")
"""Verbs of clearing mines and bombs: the bombs after them in the clause did not go off."""
_PLANTING = rules.words("attacks", "planting")
"""Mines or bombs laid ("زرعت الميليشيات الألغام"): no attack unless the clause tells one going off or a toll."""
_BLAST_IN_CLAUSE = rules.words("attacks", "blast_in_clause")
_SELF = rules.words("attacks", "self_words")
_FIGURATIVE = rules.words("attacks", "figurative_after")
"""Adjectives that make an attack word verbal ("هجوما لاذعا"، "هجوما كلاميا")."""
_FIGURATIVE_BEFORE = rules.words("attacks", "figurative_before")
"""Verbs that make the attack word after them a figure ("شكل ضربة لـ"، "يعد ضربة"): a blow, not a strike."""
_S13_CLITIC_FIGURE = True  # module flag, for A/B measurement only: the figure verb also with و/ف before an indefinite
# attack word ("وتمثل هجوما على البلاد"); "ويعد القصف الأول من نوعه" names the strike told before
_SIMILE = rules.words("attacks", "simile_before")
"""Words of likeness up to two tokens before an attack word ("ما يشبه هجمات انتحارية"، "بمثابة ضربة"): a likeness,
not an attack."""
_S13_SIMILE = True  # module flag, for A/B measurement only
_FIGURATIVE_SPEECH = rules.words("attacks", "figurative_speech")
"""Speech nouns just before a bare attack word ("شن في مقابلة هجوما"، "في كلمته هجوما"): the attack is verbal."""
_DEMONSTRATIVES = rules.words("attacks", "demonstratives")
"""Words that make the attack word after them refer back to attacks told before ("في هذه الغارات")."""
_DEFINITE_PLURALS = rules.words("attacks", "definite_plurals")
"""Definite plural attack words ("الغارات"، "الهجمات"): with no toll and no day of their own, after an
incident was told, they speak of the attacks told before."""
_UNATTRIBUTED = rules.phrases("attacks", "unattributed_actors")
"""Registry ids that name no one ("مسلحون مجهولون"): never a perpetrator."""
_FAMILY: dict[str, str] = rules.table("attacks", "type_family")
"""Attack types that one incident's words may mix ("هجوم انتحاري بسيارة مفخخة", "قصف جوي") -> their family."""
_PLACE_REACH = rules.number("attacks", "place_reach_sentences")
"""How many sentences after an unplaced incident a placed mention may still be that incident."""
_UNPLACED_REACH = rules.number("attacks", "unplaced_reach_sentences")
"""How many sentences apart two mentions not tied by a place may still be one incident."""
_PARENT_GAP = rules.number("attacks", "parent_place_gap")
"""Tokens between unknown places and the known place after them that holds them ("بمديرية نهم")."""
_AIR_FORCES = rules.words("attacks", "air_force_types")
"""Actor types that fly air strikes (state forces, coalitions): only their strikes lend a doer."""
_SHOOTING = rules.words("attacks", "shooting_cues")
"""Words that make an attack of no named kind a shooting ("برصاص"، "إطلاق نار"، "مسلحون")."""
_AIR_CUES = rules.words("attacks", "air_cues")
"""Words that make shelling come from the air ("طيران"، "طائرات"، "مقاتلات")."""
_BATTLE = rules.words("attacks", "battle_words")
"""Words of fighting between armed sides ("معارك"، "اشتباكات"): a battle at a place is every fire told there that day."""


def _refine_type(ctx: DocContext, events: list[_Event], kind: str) -> str:
    """The attack type read from the words around the incident's triggers, when the trigger words left it open.

    A suicide bomber makes any bombing a ``suicide_attack`` ("سيارة مفخخة يقودها انتحاري"); an attack of no
    named kind told with bullets or gunmen is an ``armed_assault`` ("قتل برصاص"، "هجوم شنه مسلحون");
    shelling with aircraft in its clause is an ``airstrike`` ("قصف طيران التحالف").
    """
    types = {t for e in events for t in e.types}
    if "suicide_attack" in types and kind in {"car_bomb", "ied", "explosion", "other"}:
        return "suicide_attack"
    if kind not in {"other", "shelling"}:
        return kind
    for e in events:
        if e.frame is None:
            continue
        words = ctx.sentences[e.si].words
        lo, hi = max(e.frame.lo, e.frame.i - 4), min(e.frame.hi, e.frame.j + 6)
        forms = {b for w in words[lo:hi] for b in bare(w)}
        if kind == "shelling" and forms & _AIR_CUES:
            return "airstrike"
        if kind == "other" and forms & _SHOOTING:
            return "armed_assault"
    return kind


def _same_family(c: dict, e: _Event) -> bool:
    """False when the cluster and the event are told as attacks of different kinds (a strike, a bombing)."""
    kinds = {_FAMILY.get(t, t) for x in c["events"] for t in x.types}
    return not (kinds and e.types and not kinds & {_FAMILY.get(t, t) for t in e.types})


def _battle_join(c: dict, e: _Event) -> bool:
    """True when one side is a battle told at the other's very place on the same day ("قصفت الميليشيات حي كريتر
    أمس" and "المعارك في حي كريتر أسفرت أمس عن ..."): the fighting there holds the shelling, one incident. Not an air
    strike: aircraft over a city at war strike their own targets ("شنت طائرات سلاح الجو غارات على عدة محاور")."""
    return e.place is not None and c["place"] is not None and c["place"].key == e.place.key \
        and (e.battle or any(x.battle for x in c["events"])) \
        and "airstrike" not in {t for x in [*c["events"], e] for t in x.types} \
        and e.date is not None and c["date"] is not None and e.date.resolved.precision == "day" \
        and e.date.resolved.iso == c["date"].resolved.iso


def _other_side(c: dict, e: _Event) -> bool:
    """True when one side is an air strike by a state's or a coalition's forces and the other is told with an armed
    group as its doer, outside a battle and not tied by the same toll: armed groups fly no aircraft, so a bombing a
    group claimed at the place the strikes hit is another incident ("غارات التحالف جنوب صنعاء" and "تفجير تبناه
    داعش جنوب صنعاء")."""
    if e.perpetrator is None or e.battle or any(x.battle for x in c["events"]) or _same_toll(c, e):
        return False
    doers = [x for x in c["events"] if x.perpetrator is not None]
    if not doers or any(x.perpetrator.entry.id == e.perpetrator.entry.id for x in doers):
        return False

    def flown(x: _Event) -> bool:
        return "airstrike" in x.types and x.perpetrator.entry.get("type") in _AIR_FORCES

    def group(x: _Event) -> bool:
        return x.perpetrator.entry.get("type") == "armed_group" and "airstrike" not in x.types

    return (flown(e) and all(group(x) for x in doers)) or (group(e) and all(flown(x) for x in doers)) \
        or _fire_exchanged(c, e, doers)


def _fire_exchanged(c: dict, e: _Event, doers: list[_Event]) -> bool:
    """True when one side is rocket or shell fire by an armed group and the other the fire of a state's or a
    coalition's forces (an air strike, shelling, or an attack of no named kind): "قصفت الطائرات الحربية ثلاثة مواقع للفصائل"
    and "تبنت حركة مسلحة إطلاق قذائف صاروخية على بلدات حدودية" are fire and the fire answering it, two incidents, though
    both are of the strike family and told the same day."""
    def state(x: _Event) -> bool:
        return x.perpetrator.entry.get("type") in _AIR_FORCES and set(x.types) <= _STRIKES

    def rockets(x: _Event) -> bool:
        return x.perpetrator.entry.get("type") == "armed_group" and "shelling" in x.types and "airstrike" not in x.types

    return (rockets(e) and all(state(x) for x in doers)) or (state(e) and all(rockets(x) for x in doers))


_STRIKES = frozenset({"airstrike", "shelling"})


def _unresolved(p: Place | None) -> bool:
    """A place no gazetteer knows and no known place holds: where it lies is unknown."""
    return p is not None and p.location.geo_precision == "unresolved" and not p.governorate


def _same_toll(c: dict, e: _Event) -> bool:
    """True when the event states the cluster's toll again: every count both give is equal, one at least."""
    pairs = [(c[k], getattr(e, k)) for k in ("killed", "injured")]
    given = [(a.value, b.value) for a, b in pairs if a is not None and b is not None and a.value is not None
             and b.value is not None]
    return bool(given) and all(a == b for a, b in given)


def _same_day(c: dict, e: _Event) -> bool:
    """True when the event and the cluster are dated to the same day."""
    a, b = c["date"], e.date
    return a is not None and b is not None and a.resolved.precision == "day" and b.resolved.precision == "day" \
        and bool(a.resolved.iso) and a.resolved.iso == b.resolved.iso


def _same_dead(c: dict, e: _Event) -> bool:
    """True when the event gives the cluster's exact death toll again, large enough to name it ("إطلاق نار أوقع 17
    قتيلا" in the lead and "وأقدم على قتل 17 شخصا" paragraphs later): news retells an incident by its toll."""
    a, b = c["killed"], e.killed
    return a is not None and b is not None and a.value is not None and a.value == b.value \
        and a.value >= _NAMING_TOLL and not a.vague and not b.vague


_CLOSE_TOLL_MIN = rules.number("attacks", "close_toll_min")
"""Tolls below this are too small to tie two tellings by a near figure (6 and 7 dead are often two incidents)."""


def _part_of(c: dict, e: _Event) -> bool:
    """True when one telling's dead are a part the other gives of its own ("مقتل 7 إيرانيين" and "مقتل 14 شخصاً
    بينهم سبعة إيرانيين"): the same incident, counted in part."""
    a, b = c["killed"], e.killed
    if a is None or b is None or a.value is None or b.value is None or a.value == b.value:
        return False
    return a.value in e.parts or any(b.value in x.parts for x in c["events"])


def _close_retelling(c: dict, e: _Event) -> bool:
    """True when an event with no place of its own below the country gives a death toll of at least close_toll_min
    within a tenth (at least one) of the cluster's ("قتل 17 جندياً ... عندما اقتحم مسلحون قاعدة" and "قالت طالبان إن 18 جندياً قتلوا"): another
    source's figure for the same incident, not a second incident. The injured, if both give them, agree."""
    if e.place is not None and e.place.location.admin_level != "country":
        return False
    a, b = c["killed"], e.killed
    if a is None or b is None or a.value is None or b.value is None or a.vague or b.vague \
            or min(a.value, b.value) < _CLOSE_TOLL_MIN:
        return False
    i, j = c["injured"], e.injured
    if i is not None and j is not None and i.value != j.value:
        return False
    return a.value != b.value and abs(a.value - b.value) <= max(1, max(a.value, b.value) // 10)


def _place_ahead(ctx: DocContext, events: list[_Event]) -> list[_Event]:
    """Events with no place that take the place of the frame told right after them in the same clause.

    A toll is often told before the strike that caused it, and the strike's clause names the place ("لقي 7 مسلحين
    حتفهم في غارات جوية، طالت آلياتهم قرب مدخل مديرية خولان"): the place is the toll's too, so it
    does not join an incident told before at another place. Only the next frame of the sentence, of the same kind of
    attack (or of none), with no other toll, no clause mark or word of contrast ("فيما"، "بينما") before it."""
    out = list(events)
    for x, e in enumerate(out[:-1]):
        nxt = out[x + 1]
        if e.place is not None or e.listed or nxt.si != e.si or nxt.place is None or nxt.listed or nxt.ti <= e.ti:
            continue
        if e.types and nxt.types and not {_FAMILY.get(t, t) for t in e.types} & {_FAMILY.get(t, t) for t in nxt.types}:
            continue
        if any(getattr(nxt, k) is not None and getattr(e, k) is not None and getattr(nxt, k).value != getattr(e, k).value
               for k in ("killed", "injured")):
            continue
        s = ctx.sentences[e.si]
        if any(s.tokens[k].clause_start for k in range(e.ti + 1, nxt.ti)) or any(
                w in _CONTRAST for w in s.words[e.ti + 1:nxt.ti]):
            continue
        out[x] = replace(e, place=nxt.place, placed=True)
    return out


def _summed(ctx: DocContext, events: list[_Event]) -> list[_Event]:
    """The events with a lead's death toll that sums two incidents told after it made a sum.

    News gives the day's total first and then its incidents ("مقتل تسعة شرطيين في المحافظة أمس" ... "قتل ستة
    شرطيين في كمين على طريق" ... "ولقي ثلاثة شرطيين آخرين حتفهم بعبوة ناسفة"): when two later tellings, in two sentences,
    count dead that add up to the lead's exact toll, and the second says its dead are others ("آخرين"), the lead's toll
    is their sum (it keeps its place and day, not its count) and the two are separate incidents, however alike their
    counts are, each where the lead says unless it names its own place. A breakdown told in one sentence ("بينهم") is the incident's own parts, untouched."""
    lead = [e for e in events if e.si in ctx.lead and e.killed is not None and e.killed.value and not e.killed.vague]
    later = [e for e in events if e.killed is not None and e.killed.value and not e.killed.vague and not e.background]
    for t in lead:
        total = t.killed.value
        for b in later:
            if b.si <= t.si or b.killed.value >= total or not _others_after(ctx, b):
                continue
            a = next((x for x in later if t.si < x.si < b.si and x.killed.value + b.killed.value == total), None)
            if a is None or a.si - t.si > _SUM_REACH or b.si - a.si > _SUM_REACH:
                continue  # (far apart, two counts may add up to the lead's by chance)
            if t.place is not None and any(x.place is not None and not same_area(t.place, x.place) for x in (a, b)):
                continue  # told at a place the lead's toll does not cover
            return [replace(x, killed=None, killed_text=None) if x is t
                    else replace(x, sum_part=True, place=x.place or t.place) if x is a or x is b else x for x in events]
    return events


_SUM_REACH = int(rules.number("attacks", "sum_reach_sentences"))
"""How many sentences after a lead's toll, and after each other, the two incidents it sums are told."""


def _others_after(ctx: DocContext, e: _Event) -> bool:
    """True when the dead an event counts are told as others ("ثلاثة شرطيين آخرين")."""
    words = ctx.sentences[e.si].words
    end = e.killed.end
    return end >= 0 and any(normalize(w) in _OTHERS for w in words[end:end + 2])


def _compatible(c: dict, e: _Event) -> bool:
    if e.sum_part and any(x.sum_part and x.si != e.si for x in c["events"]):
        return False  # two incidents a lead's toll sums (_summed)
    if {x.history for x in c["events"] if x.history} != ({e.history} if e.history else set()) and (
            e.history or any(x.history and x.anchored for x in c["events"])):
        return False  # "نجل أحمد قاديروف الذي اغتيل في مايو 2004": history is not the news told in the same place
    if e.listed and any(x.listed and x.si == e.si and x.ti == e.ti for x in c["events"]):
        return False  # "قصفت الطائرات مواقع في الرمادي والفلوجة": one strike per place listed, never one record
    if e.place is not None and c["place"] is not None and not same_area(c["place"], e.place) \
            and not (c.get("umbrella") is not None and c["umbrella"].key == e.place.key) \
            and not (_unresolved(e.place) and not e.listed and _same_toll(c, e)):
        return False  # (an unknown village told with the same toll is where that incident happened)
    gap = e.si - max(x.si for x in c["events"])
    if e.place is not None and c["place"] is None and gap > _PLACE_REACH:
        return False  # a place told sentences later belongs to a later incident, not to an unplaced one
    if (e.place is None or c["place"] is None) and gap > _UNPLACED_REACH and not _same_dead(c, e):
        return False  # far apart and not tied by a place or by its toll: nothing says it is the same incident
    cluster_past = not any(x.news for x in c["events"]) and any(x.background for x in c["events"])
    # "الهجوم الذي استهدف مدرسة في بيشاور عام 2014 والتي راح ضحيتها 140": a frame of the same sentence with
    # no date of its own goes on telling the incident before it, past or not
    same_sentence = gap == 0 and e.date is None and (c["date"] is not None or e.relative)
    if (e.background and not e.news) != cluster_past and (e.place is None or c["place"] is None) and not same_sentence \
            and not (_same_toll(c, e) and _same_day(c, e)):
        return False  # a past event told as context is not today's news, unless the place says so (or the same day
        # and toll: "وكان الجيش قد أعلن في وقت سابق السبت إصابة 4 من جنوده" retells "وأصيب أربعة جنود، السبت")
    report = c.get("report_date") or e.report_date
    if not report and e.date is not None and c["date"] is not None and e.date.resolved.iso and c["date"].resolved.iso \
            and e.date.resolved.iso[:len(c["date"].resolved.iso)] != c["date"].resolved.iso[:len(e.date.resolved.iso)]:
        return False
    if not _same_family(c, e) and not _battle_join(c, e):
        return False  # "قصفت مدرسة" after "تفجير سيارة خارج مسجد": a strike and a bombing are two incidents
    if _other_side(c, e):
        return False  # "غارات التحالف جنوب صنعاء" and "تفجير تبناه داعش جنوب صنعاء": two incidents
    if e.update:
        # updates a counted incident, or gives the toll of the one its own sentence tells
        # ("ارتفعت حصيلة تحطم طائرة خلال قصفها مدينة أريحا إلى 37 قتيلا")
        return gap == 0 or any(x.killed is not None or x.injured is not None for x in c["events"])
    if _close_retelling(c, e) or _part_of(c, e):
        return True  # another source's figure for the incident told before ("قالت طالبان إن 18 جندياً قتلوا")
    for k in ("killed", "injured"):
        a, b = c[k], getattr(e, k)
        if a is not None and b is not None and a.value is not None and b.value is not None and a.value != b.value \
                and not (c.get(k + "_updated") and b.value < a.value):
            return False  # (a figure below a revised toll is the first figure told of it)
    return True


def _elaborated(ctx: DocContext, clusters: list[dict], e: _Event) -> dict | None:
    """The strikes a telling details, or None.

    News tells strikes on a city or a governorate, then in its next sentence where they fell, as a source's
    account or a "حيث" clause ("قصفت الطائرات مواقع في محافظة إدلب. وذكر ناشطون أن الطائرات
    استهدفت مقرا في قرية كفر عويد"، "أغار الطيران على مخازن شرق المدينة، حيث تم استهداف مستودع ..."): the first
    place no gazetteer knows told so is where the strikes told just before fell, one incident. Only of the same
    family and doer (or none), with no other day and no other toll, and once per incident: a second such place
    ("كما استهدفت غارة ثانية جسرا في منطقة ...") is a strike of its own, as is a round-up's item fronted by its place
    ("وفي حماة قصفت الطائرات ...")."""
    if e.place is None or not _unresolved(e.place) or not ctx.sentences[e.si].words or not _STRIKES & set(e.types):
        return None
    first = bare(ctx.sentences[e.si].words[0])
    if not any(b in _REPORT_VERBS or b in _ELABORATION for b in first):
        return None
    told = [c for c in clusters if _last_told(c) == e.si - 1]
    if not told:
        return None
    c = max(told, key=lambda c: c["first"])
    if c.get("detailed") or c["place"] is None or _unresolved(c["place"]) or _past(c) or not _same_family(c, e):
        return None
    doers = [x.perpetrator for x in [*c["events"], e] if x.perpetrator is not None]
    if not doers or any(p.entry.id != doers[0].entry.id for p in doers) or doers[0].entry.get("type") not in _AIR_FORCES:
        return None  # a state's or a coalition's strikes ("مكّن الهجوم المقاتلين من بلوغ أطراف بلدة مجاورة" is
        # where a group's fighters went next, not where its attack was)
    if e.date is not None and not _same_day(c, e):
        return None
    if any(getattr(e, k) is not None and c[k] is not None and getattr(e, k).value != c[k].value
           for k in ("killed", "injured")):
        return None
    return c


def _doer_ids(events: list[_Event]) -> set[str]:
    """The registry ids of the doers the events are told with."""
    return {x.perpetrator.entry.id for x in events if x.perpetrator is not None}


def _strike_kinds(events: list[_Event]) -> set[str]:
    """The kinds of fire (``_STRIKES``: air strike, shelling ...) the events are told as."""
    return {t for x in events for t in x.types} & _STRIKES


def _another_doer(c: dict, e: _Event) -> bool:
    """True when both the cluster and the event are told with a doer and the event's is none of the cluster's."""
    doers = _doer_ids(c["events"])
    return e.perpetrator is not None and bool(doers) and e.perpetrator.entry.id not in doers


_REGION_HOLD_KM = float(rules.number("attacks", "region_hold_km"))
"""How far from a region's centre (a strip, a territory: "غزة") a town of its country lies within it, surely."""
_S14_REGION = True  # module flag, for A/B measurement only


def _region_holds(wide: Place, narrow: Place) -> bool:
    """True when ``wide`` is a region of the gazetteer (not a country, not a governorate) and ``narrow`` a town or an
    area of its country within region_hold_km of its centre: "قصف على شمال قطاع غزة" and then "في بلدة بيت لاهيا"."""
    a, b = wide.location, narrow.location
    if not _S14_REGION or a.admin_level != "region" or b.admin_level in {"region", "country"} or _unresolved(narrow) \
            or not a.country or a.country != b.country or None in (a.lat, a.lon, b.lat, b.lon):
        return False
    dy = (a.lat - b.lat) * 111.0
    dx = (a.lon - b.lon) * 111.0 * math.cos(math.radians(a.lat))
    return math.hypot(dx, dy) <= _REGION_HOLD_KM


def _nested_retelling(ctx: DocContext, c: dict, e: _Event) -> bool:
    """True when the event tells the cluster's incident again at a place the article says lies in the cluster's
    place, or the other way round (:func:`merge.told_within`), of the same standing (news or past context), on the
    same day or within unplaced_reach_sentences, by the same doer and (for strikes) the same kind of fire, not told
    as another one ("كما"، "آخرين"), with
    nothing else telling them apart (:func:`_compatible` as if told at the cluster's place)."""
    if e.place is None or c["place"] is None or not (
            told_within(ctx, e.place, c["place"]) or told_within(ctx, c["place"], e.place)
            or _region_holds(c["place"], e.place) or _region_holds(e.place, c["place"])):
        return False
    if _another_doer(c, e):
        return False  # the army's shelling of a front and the coalition's strikes on a place in it: two incidents
    strikes, fire = _strike_kinds(c["events"]), _strike_kinds([e])
    if strikes and fire and not strikes & fire and not _renaming(ctx, e):
        return False  # shelling told at a district and air strikes on an area in it: two kinds of fire, two incidents
    if (e.killed is not None and _others_after(ctx, e)) or adds_another(ctx.sentences[e.si].words):
        return False  # "كما قتل 15 عنصرا آخر بغارات على ...": another strike within the place told before
    return (e.background and not e.news) == _past(c) and (_same_day(c, e) or e.si - _last_told(c) <= _UNPLACED_REACH) \
        and _compatible(c, replace(e, place=c["place"]))


def _one_incident(ctx: DocContext, clusters: list[dict]) -> list[dict]:
    """The clusters with each incident told with no place joined to the one incident of its kind the article places.

    An article about one incident tells it at its place once and retells it paragraphs later by its toll or a
    witness's account with no place ("وذكر المتحدث أن 25 مسلحا قتلوا خلال معارك الأربعاء"), or opens with it
    untolled ("الهجوم الذي استهدف متجرا جنوب البلاد") before placing it: when exactly one cluster of the same family
    is told at a place, the unplaced one (news, not past context) is that incident, provided its doer, kind of fire,
    day and toll do not tell them apart (:func:`_compatible` as if told at that place) and it is no round-up item
    fronted by a place ("وفي جبهة ..."، :func:`merge.fronted`)."""
    out = list(clusters)
    for u in clusters:
        if u["place"] is not None or _past(u):
            continue
        kin = [c for c in out if c is not u and c["place"] is not None and not _past(c)
               and all(_same_family(c, e) for e in u["events"])]
        if len(kin) != 1:
            continue
        c = kin[0]
        doers, told = _doer_ids(c["events"]), _doer_ids(u["events"])
        fire = _strike_kinds(c["events"]), _strike_kinds(u["events"])
        renamed = all(_renaming(ctx, e) for e in u["events"] if _strike_kinds([e]))
        if (doers and told and not doers & told) or (all(fire) and not fire[0] & fire[1] and not renamed):
            continue  # another doer; rockets fired from a place and the air strikes on it
        if any(c[k] is not None and u[k] is not None and c[k].value != u[k].value for k in ("killed", "injured")):
            continue  # another toll, even one below a revised toll ("4 قتلى" beside "ارتفعت الحصيلة إلى 128")
        if (u["killed"] is not None or u["injured"] is not None) and u["first"] < c["first"]:
            continue  # a toll told before the article places anything may count the day or another incident: only a
            # toll told after the placed incident retells it
        if any(fronted(ctx.sentences[e.si].words) for e in u["events"]) or not all(
                _compatible(c, replace(e, place=c["place"])) for e in u["events"]):
            continue  # "وفي جبهة ... لقي القيادي مصرعه": a round-up's item at a place no gazetteer knows
        for e in u["events"]:
            _absorb(c, e)
        c["first"] = min(c["first"], u["first"])
        out.remove(u)
    return out


def _lower_claim(ctx: DocContext, clusters: list[dict], e: _Event) -> dict | None:
    """The incident a lower death toll told as only that many ("فقط"، "سوى") is another side's count of, or None.

    News gives one side's toll and then the other's, lower one with a word that restricts it ("أما الحزب فتحدث عن
    مقتل خمسة أشخاص فقط"، "اعترفت الحركة فقط بمقتل اثنين من عناصرها"): it is the incident told last before it of the
    same family and standing, with a higher count, in the same country (the telling has no place below the country
    of its own, or one no gazetteer knows: a fighter's home town), on the same day if both are dated, with no other
    doer; it adds citations only (:func:`merge.restricted`)."""
    k = e.killed
    if k is None or k.value is None or k.vague or k.start < 0 or not restricted(ctx.sentences[e.si].words, k.start, k.end):
        return None
    if e.place is not None and not (_unresolved(e.place) or e.place.location.admin_level == "country"):
        return None
    country = e.place.location.country if e.place is not None else None
    kin = [c for c in clusters if c["killed"] is not None and c["killed"].value is not None and c["killed"].value > k.value
           and _same_family(c, e) and _past(c) == (e.background and not e.news) and not _other_side(c, e)
           and (country is None or c["place"] is None or c["place"].location.country == country)
           and (e.date is None or c["date"] is None or _same_day(c, e)) and not _another_doer(c, e)]
    return max(kin, key=_last_told) if kin else None


_S14_PARTIAL = True  # module flag, for A/B measurement only


def _partial_count(clusters: list[dict], e: _Event) -> dict | None:
    """The incident a telling at its very place gives part of its toll for, tied by a count both give alike, or None.

    News tells an incident's whole toll, then a spokesman's count for one of its sites beside the same wounded
    ("قتل 9 وأصيب 40 في هجومين على الوزارة والمطار" and "قتل المهاجمون 6 وأصابوا 40 في الهجوم على الوزارة"): a
    telling at the same place, of the same family and standing, on the same day if both are dated, by no other
    doer (unknown attackers name no one), that gives one count equal to the incident's (at least close_toll_min, not vague) and the other lower, is
    that incident counted in part; it adds citations only, the whole toll stays."""
    if not _S14_PARTIAL or e.place is None or _unresolved(e.place):
        return None
    found = None
    for c in clusters:
        unnamed = e.perpetrator is not None and e.perpetrator.entry.id in _UNATTRIBUTED  # "مهاجمون مجهولون"
        if c["place"] is None or c["place"].key != e.place.key or not _same_family(c, e) \
                or (_another_doer(c, e) and not unnamed) \
                or _past(c) != (e.background and not e.news) or _other_side(c, e):
            continue
        if e.date is not None and c["date"] is not None and not _same_day(c, e):
            continue
        counts = [(c[k], getattr(e, k)) for k in ("killed", "injured")]
        if any(a is None or b is None or a.value is None or b.value is None or a.vague or b.vague for a, b in counts):
            continue
        same = [a.value for a, b in counts if a.value == b.value]
        lower = [a for a, b in counts if b.value < a.value]
        if len(same) == 1 and same[0] >= _CLOSE_TOLL_MIN and len(lower) == 1:
            found = c
    return found


_ELABORATION = rules.words("attacks", "elaboration_openers")
"""Words opening a sentence that tells where the strikes told just before fell ("حيث تم قصف ...")."""
_RENAMING_FIRE = {normalize(w) for w in rules.words("attacks", "renaming_fire_nouns")}
"""Definite bare nouns of fire ("القصف"، "الغارات"): with no doer of their own they name strikes told before."""
_S14_RENAMED = True  # module flag, for A/B measurement only


def _renaming(ctx: DocContext, e: _Event) -> bool:
    """True when a strike is told by a definite bare noun of fire (``renaming_fire_nouns``: "القصف"، "الغارات") with no
    doer of its own: a name for strikes told before, of whatever kind of fire."""
    if not _S14_RENAMED or e.perpetrator is not None or not _STRIKES & set(e.types):
        return False
    words = ctx.sentences[e.si].words
    return 0 <= e.ti < len(words) and any(normalize(b.lstrip("#")) in _RENAMING_FIRE for b in bare(words[e.ti]))


def _renamed_fire(ctx: DocContext, clusters: list[dict], e: _Event) -> dict | None:
    """The strikes a definite bare fire noun names again right after telling them, or None.

    News tells strikes and goes on, in the same sentence or the next, with what "the bombardment" hit ("شنت مقاتلات
    غارات على أهداف غرب المدينة، وأصاب القصف مرفأ الصيادين"): a strike frame whose word is a definite bare noun of
    fire (``renaming_fire_nouns``) with no doer, no other day and no other toll of its own, at a place no gazetteer
    knows or one inside the strikes' place, is those strikes, whatever kind of fire each word names. Not a sentence
    adding another event ("كما"), a listed place, or past context; only the last incident told, of the strike family,
    placed and of today's news."""
    if e.place is None or e.listed or not _renaming(ctx, e):
        return None
    words = ctx.sentences[e.si].words
    if adds_another(words) or (e.background and not e.news):
        return None
    told = [c for c in clusters if e.si - 1 <= _last_told(c) <= e.si]
    if not told:
        return None
    c = max(told, key=lambda c: (_last_told(c), c["first"]))
    if c["place"] is None or _past(c) or not _strike_kinds(c["events"]):
        return None
    if not (_unresolved(e.place) or same_area(c["place"], e.place) or told_within(ctx, e.place, c["place"])):
        return None
    name = normalize(e.place.location.name)
    if any(x.si != e.si and name in normalize(" ".join(ctx.sentences[x.si].words)) for x in c["events"]):
        return None  # "غارات على مواقع في جبل ...، وشعب ...، وموقع ..." then "دمرت الغارات مخزنا في شعب ...": one of
        # the places listed with the strikes, a strike of its own
    if e.date is not None and c["date"] is not None and not _same_day(c, e):
        return None
    if any(getattr(e, k) is not None and c[k] is not None and getattr(e, k).value != c[k].value
           for k in ("killed", "injured")):
        return None
    return c


def find_attacks(ctx: DocContext) -> list[Attack]:
    """The attacks of a document, one record per event with all its mentions cited.

    Args:
        ctx: the document context.
    """
    clusters: list[dict] = []
    floating: list[_Event] = []
    roundup_dates: list[tuple[int, DateHit]] = []
    for e in _summed(ctx, _place_ahead(ctx, _events(ctx, roundup_dates))):
        target_cluster = None
        told = [c for c in clusters if _same_family(c, e)] if e.told_again else []
        # an incident of the same standing (news or past context) first
        told = [c for c in told if _past(c) == (e.background and not e.news)] or told
        if told:
            # the incident told last, so that the rest of the sentence that names it again joins it too
            _told_again(max(told, key=lambda c: max(x.si for x in c["events"])), e)
            continue
        if e.sourced and clusters:
            last = max(clusters, key=lambda c: max(x.si for x in c["events"]))
            if max(x.si for x in last["events"]) == e.si - 1 and _same_family(last, e) and not _past(last) \
                    and all(getattr(e, k) is None or last[k] is None or last[k].value == getattr(e, k).value
                            for k in ("killed", "injured")):
                # "شنت طائرات التحالف غارات على محافظة الحديدة. وأكدت مصادر أن الغارات استهدفت قافلة قرب
                # مدينة باجل": where the strikes just told fell, not another incident
                _absorb(last, e)
                continue
        if e.anchored:
            # same place (or no place and compatible facts): the same event
            candidates = [c for c in clusters if _compatible(c, e)]
            if not candidates:
                whole = _elaborated(ctx, clusters, e)
                if whole is not None:
                    _absorb(whole, e)
                    whole["umbrella"] = whole["place"]  # later tellings at the city or governorate itself still
                    # join it (a place within it is another strike: "وأصابت غارة ثانية مخزنا قرب بلدة ...")
                    whole["place"] = e.place  # where they fell, within the city or governorate told first
                    whole["detailed"] = True
                    continue
                renamed = _renamed_fire(ctx, clusters, e)
                if renamed is not None:  # "شنت مقاتلات غارات غرب المدينة، وأصاب القصف المرفأ": the same strikes
                    _absorb(renamed, e)
                    continue
                nested = [c for c in clusters if _nested_retelling(ctx, c, e)]
                if nested:  # "قرب مدينة جنين" and "في قرية برقين جنوب غرب مدينة جنين": one incident
                    wide = nested[-1]["place"]
                    _absorb(nested[-1], e)
                    if nested[-1]["place"] is not wide and nested[-1].get("umbrella") is None:
                        nested[-1]["umbrella"] = wide  # later tellings at the wider place still join it
                    continue
                part = _partial_count(clusters, e)
                if part is not None:
                    _absorb(part, e, facts=False)  # "قتل المهاجمون 6 وأصابوا 40 في الهجوم على الوزارة": part of it
                    continue
                lower = _lower_claim(ctx, clusters, e)
                if lower is not None:
                    _absorb(lower, e, facts=False)  # "وتحدث الحزب عن مقتل خمسة فقط": another side's count of it
                    continue
            # "وفي مأرب قصفت المقاتلات مواقع ... أعلن داعش مسؤوليته عن تفجير سيارة في صنعاء. وقالت مصادر إن التفجير
            # تسبب في مقتل خمسة": a telling with no place of its own goes on with the incident told last, not with
            # the last one first told (the Sanaa cluster opened before Marib's)
            target_cluster = max(candidates, key=_last_told) if candidates and e.place is None else \
                candidates[-1] if candidates else None
            if target_cluster is None:
                clusters.append(_new_cluster(e))
                continue
            _absorb(target_cluster, e)
        else:
            floating.append(e)
    clusters = _one_incident(ctx, clusters)
    for e in floating:
        # "انفجرت عبوة ناسفة ... جنوب الحديدة" after air strikes on Hodeidah, rocket fire on a base after clashes
        # near it: a mention of another kind of attack is another incident, never a further telling of this one
        kin = [c for c in clusters if _same_family(c, e)]
        if e.place is not None:
            match = [c for c in kin if c["place"] is not None and same_area(c["place"], e.place)]
        else:
            match = [c for c in kin if c["first"] <= e.si] or kin[:1]
        if match:
            _absorb(match[-1], e, facts=False)
    news_date = next((d for si, d in roundup_dates if si in ctx.lead and d.mention.kind in {"rel", "wd"}), None) \
        or _news_date(clusters) or _lead_day(ctx)

    def day_of(c: dict) -> DateHit | None:
        """The latest round-up told before the incident dates it ("وقتل 30 شخصا في سلسلة تفجيرات أول من أمس"
        and the bombings after it), else the article's news day."""
        before = [d for si, d in roundup_dates if si <= c["first"] and si not in ctx.lead]
        return before[-1] if before else news_date

    records = [(r, c) for r, c in ((_record(ctx, c, day_of(c)), c) for c in clusters)
               if _is_event(r, any(e.placed for e in c["events"]),
                            bool(c["report_date"]) and any(e.speech_date for e in c["events"]))]
    countries = {r.location.country for r, _ in records if r.location is not None and r.location.country}
    incidents_country = next(iter(countries)) if len(countries) == 1 else None
    out: list[tuple[Attack, bool]] = []
    for r, c in records:
        flyer = any(e.perpetrator is not None and e.perpetrator.entry.canonical == r.perpetrator
                    and e.perpetrator.entry.get("type") in _AIR_FORCES for e in c["events"])
        if r.location is None:
            # "شرقي المدينة"، "في البلاد", or a follow-up sentence of a report about one place
            frames = [e.frame for e in sorted(c["events"], key=lambda e: e.si) if e.frame]
            fired = _fired_place(ctx, frames)
            place = context_place(ctx, frames, incidents_country) if fired is None else None
            if fired is not None:
                r = r.model_copy(update={"location": fired.location})  # "قذائف صاروخية على إسرائيل"
            elif place is not None:
                r = r.model_copy(update={"location": place.location, "flags": [*r.flags, "location_from_article"]})
        out.append((r, flyer))
    return _strike_doers(out)


_NO_SELF_TARGET = True  # module flag, for A/B measurement only


def _strike_doers(pairs: list[tuple[Attack, bool]]) -> list[Attack]:
    """Air strikes with no doer of their own take the doer of the article's other air strikes.

    A round-up names the air force once ("نفذت قوات التحالف 41 ضربة جوية") and then lists its strikes
    ("وفي الحسكة استهدفت الغارات ..."); armed groups fly no aircraft, so whoever the article says flies
    them flew these too. Only an air strike whose doer is a state's forces or a coalition (``pairs``: each
    record and whether its doer is one) lends it; the nearest such strike before wins, else the first
    after; the record is flagged ``perpetrator_from_article``.
    """
    records = [r for r, _ in pairs]
    doers = [(x, r) for x, (r, flyer) in enumerate(pairs) if r.attack_type == "airstrike" and r.perpetrator and flyer]
    if not doers:
        return records
    out = []
    for x, r in enumerate(records):
        if r.attack_type == "airstrike" and not r.perpetrator:
            before = [d for y, d in doers if y < x]
            src = before[-1] if before else doers[0][1]
            r = r.model_copy(update={"perpetrator": src.perpetrator, "perpetrator_en": src.perpetrator_en,
                                     "flags": [*r.flags, "perpetrator_from_article"]})
            if _NO_SELF_TARGET and r.target == r.perpetrator:
                r = r.model_copy(update={"target": None})  # "تكثيف التحالف غاراته": the air force read as the
                # target of its own strikes is their doer, not what they hit
        out.append(r)
    return out


def _is_event(a: Attack, placed: bool, reported: bool = False) -> bool:
    """False for a mention with nothing that makes it one event.

    An event has a toll, a place or a doer, or (a specific kind of attack) is told as
    today's news with its day; a bare "هجوم" (type ``other``, no weapon) needs a resolved place
    with a day or a doer, or else a place or doer and a date ("أبدت دعمها للهجوم" is talk
    about an attack).

    Args:
        a: the record.
        placed: some frame of it names a place, even one the gazetteer cannot resolve
            (a country, a region, a place abroad: "في غزة"، "شمال العراق").
        reported: its day is the day a statement or speech was made ("وأضاف في كلمة الأحد ... إزاء إطلاق
            قذائف"), which does not make talk about attacks one that happened that day.
    """
    if a.killed_text or a.injured_text:
        return True
    if "date_from_article_lead" in a.flags:
        a = a.model_copy(update={"date": None, "date_precision": "unknown"})  # its own words must make it one
    anchored = a.location is not None or a.perpetrator is not None or placed
    if a.attack_type != "other" or a.weapons:
        # "تحت غطاء من قصف مكثف"، "فيلم اشتباك": no toll, no place, no doer, no day
        return anchored or (a.date_precision == "day" and not a.background and not reported)
    if a.location is not None and (a.date_precision == "day" or a.perpetrator is not None):
        return True
    return anchored and a.date is not None


def _last_told(c: dict) -> int:
    """The sentence where a cluster's incident was last told."""
    return max(x.si for x in c["events"])


def _past(c: dict) -> bool:
    """True for a cluster told only as past context."""
    return not any(x.news for x in c["events"]) and any(x.background for x in c["events"])


def _told_again(c: dict, e: _Event) -> None:
    """Add an incident's second telling to it: its citations only. A toll told with it is a part of the
    incident's ("ما أسفر عن مقتل سبعة" of 12) or one side's claim ("خلف أكثر من 50 قتيلا في حين تحدثت حصيلة
    رسمية عن مقتل جنديين"): the incident's own toll comes from its other frames.

    The count of a counted incident's other field is its own, though ("قتل خمسة جنود في تفجير ... وأسفر الهجوم
    أيضا عن إصابة 22"): it fills that empty field when the telling names no place of its own, is of the same
    standing as the incident (news or past context), comes within unplaced_reach_sentences of its last telling, and
    any other count it gives is the incident's own."""
    near = e.si - _last_told(c) <= _UNPLACED_REACH and (e.background and not e.news) == _past(c)
    if e.by_cause and near and e.place is None and c["killed"] is None and c["injured"] is None:
        _absorb(c, e)  # "انفجرت عبوة قرب سوق شعبي. وقالت الشرطة إن 4 قتلوا في التفجير": the toll of the incident
        return
    _absorb(c, e, facts=False)
    if e.place is not None or not near:
        return
    for k, other in (("killed", "injured"), ("injured", "killed")):
        v, w = getattr(e, k), getattr(e, other)
        if v is None or v.value is None or c[k] is not None or c[other] is None or c[other].value is None:
            continue  # (an incident not yet counted takes its toll from the tellings that give it: "خلف أكثر من 50
            # قتيلا في حين تحدثت حصيلة رسمية عن مقتل جنديين" is a claim against the official count)
        if w is not None and w.value != c[other].value:
            continue  # a telling with a toll of its own that differs is a part or a claim, not this count
        c[k] = v


def _new_cluster(e: _Event) -> dict:
    return {"first": e.si, "events": [e], "place": e.place, "date": e.date, "killed": e.killed, "injured": e.injured,
            "report_date": e.report_date,
            "killed_updated": e.update and e.killed is not None, "injured_updated": e.update and e.injured is not None}


def _absorb(c: dict, e: _Event, facts: bool = True) -> None:
    c["events"].append(e)
    if not facts:
        return
    if e.place is not None and c.get("umbrella") is None and (
            c["place"] is None or (e.place.specificity < c["place"].specificity and not _unresolved(e.place))):
        c["place"] = e.place
    if e.date is not None and (c["date"] is None or _date_rank(e.date, e.report_date) < _date_rank(c["date"], c["report_date"])):
        c["date"] = e.date
        c["report_date"] = e.report_date
    for k in ("killed", "injured"):
        v = getattr(e, k)
        if v is not None and e.update and v.value is not None:
            if c[k] is None or c[k].value is None or v.value > c[k].value:
                c[k] = v  # the revised toll replaces the first one
                c[k + "_updated"] = True
            continue
        if c.get(k + "_updated"):
            continue  # "ارتفع عدد القتلى إلى 3 ... وكانت الوزارة أعلنت استشهاد 2": the first figure, told after
        if k == "killed" and v is not None and c[k] is not None and c[k].value is not None and c[k].value in e.parts:
            c[k] = v  # "مقتل 14 شخصاً بينهم سبعة إيرانيين" after "مقتل 7 إيرانيين": the whole toll
            continue
        if k == "killed" and v is not None and v.value is not None and any(v.value in x.parts for x in c["events"]):
            continue  # a part of the toll told before, told again on its own
        if v is not None and (c[k] is None or (c[k].value is None and v.value is not None)
                              or (v.value is not None and v.value < c[k].value)):
            c[k] = v


def _date_rank(d: DateHit, report: bool) -> tuple[bool, bool, bool]:
    """Lower is a better date for an event: resolved, not the day it was reported, a named day over
    a vague span ("قبل ساعات على إعلان ..." loses to "ليل الجمعة" told of the same attack)."""
    vague = d.mention.kind in {"ago", "period"} or d.resolved.precision != "day"
    return not d.resolved.iso, report, vague


def _lead_day(ctx: DocContext) -> DateHit | None:
    """The day the lead tells its news on ("انتزعت قوات الشرعية، الجمعة، ميناء ..."), when no incident gave one:
    the first day-precise date relative to publication in the title or the lead."""
    for si in sorted(ctx.lead):
        for d in ctx.dates[si]:
            if d.mention.kind in {"rel", "wd"} and d.resolved.precision == "day" and d.mention.parts.get("qualifier") != "past":
                return d
    return None


def _news_date(clusters: list[dict]) -> DateHit | None:
    """The day the article's news happened: the first event told as news and dated relative to publication
    ("أمس"، "السبت"، "اليوم الاثنين"), not the day it was reported."""
    for c in sorted(clusters, key=lambda c: c["first"]):
        d = c["date"]
        if d is None or c["report_date"] or not any(e.news for e in c["events"]):
            continue
        if d.mention.kind in {"rel", "wd"} and d.resolved.precision == "day" and d.mention.parts.get("qualifier") != "past":
            return d
    return None


def _record(ctx: DocContext, c: dict, news_date: DateHit | None = None) -> Attack:
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
    if perp is not None and perp.entry.id in _UNATTRIBUTED:
        perp = None  # "مسلحون مجهولون": nobody is named, so nobody is the perpetrator
    weapons: list[str] = []
    for e in events:
        for w in e.weapons:
            if w not in weapons:
                weapons.append(w)
    date: DateHit | None = c["date"]
    inherited = False
    news_told = any(e.news for e in events)
    if (date is None or not date.resolved.iso) and news_date is not None \
            and not any(e.background for e in events if e.anchored or not news_told):
        # (a loose mention told as past context, joined to an incident without place, toll or day, leaves its day
        # alone: joined to it, "ويعتمد الطيران في غاراته منذ أشهر على قنابل موجهة", does not make it the past)
        # a round-up's incidents ("وفي عدن، قصف ...") happened on the day its lead tells, unless dated apart
        date, inherited = news_date, True
    spans = [sp for e in events for sp in e.spans]
    background = not any(e.news for e in events) and not inherited  # a round-up's item is the news too
    if any(e.history for e in events):
        background = True  # history joined by a loose mention in the lead ("عين نائبا بعد اغتيال والده") is history
    killed_value = c["killed"].value if c["killed"] else None

    def rank(e: _Event) -> tuple:
        same_count = e.killed is not None and e.killed.value is not None and e.killed.value == killed_value
        return (not e.target[1], not same_count, e not in anchored)

    with_target = sorted((e for e in events if e.target and e.target[0]), key=rank)
    if perp is not None and _NO_SELF_TARGET:
        # "صدت القوات هجوما للحوثيين" and "قتل 12 عنصرا من ميليشيات الحوثي" told of one incident: the doer's own
        # dead, or the other side's telling, are no target of its attack
        with_target = [e for e in with_target if e.target[0] != perp.entry.canonical]
    target = with_target[0].target[0] if with_target else None
    kind = first_specific or (types[0] if types else "other")
    if kind == "airstrike" and perp is not None and perp.entry.get("type") == "armed_group":
        # air strikes are flown by states and the coalition: an armed group is either the target
        # or the doer of another attack told beside "ضربات جوية"
        if any(e.generic for e in events):
            kind = next((t for t in types if t != "airstrike"), "other")
        else:
            perp = None
    if kind == "shelling" and perp is not None and any(w in (perp.entry.name_en or "") for w in ("Air", "Aviation")):
        kind = "airstrike"  # "قصف طيران الجيش": shelling from the air
    kind = _refine_type(ctx, events, kind)
    cits = citations(ctx.doc.doc_id, ctx.text, spans)
    flags = []
    for name, phrase in (("killed", killed_event.killed_text if killed_event else None),
                         ("injured", injured_event.injured_text if injured_event else None)):
        if phrase and not any(phrase in c.quote for c in cits):
            flags.append(f"{name}_not_in_citation")  # a long article cut at the citation limit
    if date is not None and date.resolved.inferred:
        flags.append("date_from_weekday_elsewhere")
    if inherited:
        flags.append("date_from_article_lead")
    location = c["place"].location if c["place"] else None
    return Attack(
        date=date.resolved.iso if date else None,
        date_precision=date.resolved.precision if date else "unknown",
        date_text=ctx.quote(date.start, date.end) if date else None,
        location=location,
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
        citations=cits,
        flags=flags,
    )
