"""Casualty counts, session 8: duals, "X and N others", executions — on sentences written for these tests.

Each case reads the counts of the sentence's first event frame (killed, injured), so the toll rule is
tested apart from how frames become records.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline.casualties import INJURED, KILLED, casualties
from marsad.agent.offline.context import build_context
from marsad.agent.offline.frames import find_frames
from marsad.agent.offline.mentions import get_gazetteer
from marsad.schemas import Document

_AT = "في انفجار عبوة ناسفة في مدينة الموصل."


def _tolls(text: str) -> tuple[int | None, int | None]:
    ctx = build_context(Document(doc_id="t", title="", text=text, published="2019-04-02"), get_gazetteer())
    for si in range(len(ctx.sentences)):
        for f in find_frames(ctx, si):
            k, _, _ = casualties(ctx, f, KILLED)
            i, _, _ = casualties(ctx, f, INJURED)
            return (k.value if k else None), (i.value if i else None)
    raise AssertionError(f"no frame in {text!r}")


@pytest.mark.parametrize("text,killed,injured", [
    # nominative dual of a participle or person noun: the plural would end in -ون
    (f"قتل مشجعان {_AT}", 2, None),
    (f"قتل متظاهران {_AT}", 2, None),
    (f"قتل صحفيان {_AT}", 2, None),
    (f"أصيب مسعفان {_AT}", None, 2),
    # feminine dual of a person noun: the plural would end in -ات
    (f"أسفر الانفجار عن مقتل مسعفتين {_AT}", 2, None),
    (f"أسفر الانفجار عن مقتل فلسطينيتين {_AT}", 2, None),
    # the -ين form is dual and plural alike: the number two after it, or a dual verb, decides
    (f"أسفر الانفجار عن مقتل مشجعين اثنين {_AT}", 2, None),
    (f"أسفر الانفجار عن مقتل مدنيين اثنين {_AT}", 2, None),
    (f"قال مصدر أمني إن مدنيين قتلا {_AT}", 2, None),
    # listed duals stay read
    (f"أسفر الانفجار عن مقتل جنديين {_AT}", 2, None),
    (f"قتل جنديان ومتظاهران {_AT}", 4, None),
])
def test_dual_person_nouns(text, killed, injured):
    assert _tolls(text) == (killed, injured)


@pytest.mark.parametrize("text", [
    # unvocalised -ين with nothing to tell dual from plural: no number rather than a wrong one
    f"أسفر الانفجار عن مقتل مدنيين {_AT}",
    f"أسفر الانفجار عن مقتل مشجعين {_AT}",
    # names and groups in -ان are no dual
    f"قتل مروان {_AT}",
    f"قتل عثمان {_AT}",
    f"أسفر الانفجار عن مقتل طالبان {_AT}",
    # things, not people, in the feminine dual
    f"أصيبت مدرعتان {_AT}",
    # militants in the dual are no victims' count
    f"قتل مسلحان {_AT}",
    f"قال مصدر أمني إن المسلحين قتلا {_AT}",
])
def test_dual_forms_left_alone(text):
    assert _tolls(text)[0] is None and _tolls(text)[1] is None


@pytest.mark.parametrize("text,killed,injured", [
    # the named or counted victim and the others told after them: one toll
    (f"لقي ضابط مصرعه مع 6 آخرين {_AT}", 7, None),
    (f"قتل الضابط أحمد و6 آخرون {_AT}", 7, None),
    (f"أسفر الانفجار عن مقتل الضابط أحمد علي و6 آخرين {_AT}", 7, None),
    (f"أسفر الانفجار عن مقتل ضابط و6 من مرافقيه {_AT}", 7, None),
    (f"أسفر الانفجار عن مقتل ضابط و6 أشخاص آخرين {_AT}", 7, None),
    (f"وأصيب الضابط أحمد و3 آخرون {_AT}", None, 4),
    # companions as before; a listed dual after a victim
    (f"أسفر الانفجار عن مقتل مدرس وزوجته {_AT}", 2, None),
    (f"أسفر الانفجار عن مقتل مدني وجنديين {_AT}", 3, None),
])
def test_victim_and_others(text, killed, injured):
    assert _tolls(text) == (killed, injured)


@pytest.mark.parametrize("text,killed,injured", [
    # others of the other kind, militants, and others not killed are not added
    (f"أسفر الانفجار عن مقتل ضابط و6 آخرين بجروح {_AT}", 1, 6),
    (f"أسفر الانفجار عن مقتل ضابط وإصابة 6 آخرين {_AT}", 1, 6),
    (f"أسفر الانفجار عن مقتل ضابط و6 من المسلحين {_AT}", 1, None),
    (f"قتل ضابط واعتقل 6 آخرون {_AT}", 1, None),
    # no name between the victim and the others: a place or the killers stand there
    (f"أسفر الانفجار عن مقتل ضابط في الجيش و6 آخرين {_AT}", 1, None),
    (f"أسفر الانفجار عن مقتل ضابط على يد مسلحين و6 آخرين {_AT}", 1, None),
    # a vague rest leaves no number
    (f"أسفر الانفجار عن مقتل ضابط مع عدد من مرافقيه {_AT}", None, None),
])
def test_others_left_alone(text, killed, injured):
    assert _tolls(text) == (killed, injured)


_IN = "في مدينة الموصل."


@pytest.mark.parametrize("text,killed,injured", [
    # an execution by an armed group is a killing: its count is the killed toll
    (f"أعدم تنظيم داعش 19 شخصا {_IN}", 19, None),
    (f"أقدم التنظيم على إعدام 19 شخصا {_IN}", 19, None),
    (f"قام مسلحو التنظيم بإعدام 12 مدنيا {_IN}", 12, None),
    (f"أعدم التنظيم 5 من أبناء العشائر {_IN}", 5, None),
    (f"ذبح مسلحون 5 أشخاص {_IN}", 5, None),
    (f"أعدم التنظيم 12 مدنيا وأصاب 4 آخرين {_IN}", 12, 4),
])
def test_executions_are_killings(text, killed, injured):
    assert _tolls(text) == (killed, injured)


@pytest.mark.parametrize("text", [
    # a court's sentence, a decision or a threat kills no one
    f"قضت محكمة بإعدام 19 شخصا {_IN}",
    f"قضت المحكمة الجزائية الخاضعة لسيطرة الجماعة في صنعاء بإعدام 5 أشخاص {_IN}",
    f"هدد التنظيم بإعدام 19 رهينة {_IN}",
    f"صدر قرار بإعدام 70 معتقلا {_IN}",
])
def test_executions_not_done(text):
    assert _tolls(text) == (None, None)


@pytest.mark.parametrize("text,killed,injured", [
    # one more victim named after the first with "وأحد": "the driver and a passer-by" = 2
    (f"أسفر الانفجار عن مقتل سائق الشاحنة وأحد المارة وإصابة 14 آخرين {_AT}", 2, 14),
    # companions before the other kind's word stay counted (no vague rest); the son wounded, told with the blast
    # after him, is one injured (pass 62, casualties_words.TITLE_VICTIM)
    (f"أسفر الانفجار عن مقتل مدرس وزوجته وإصابة ابنه {_AT}", 2, 1),
    # a named subject of the passive "قتل" after "أن"
    ("وقالت الوزارة إن كريم جاسم قتل بعد إصابته في رأسه برصاص مسلحين في الموصل.", 1, None),
])
def test_named_and_companion_victims(text, killed, injured):
    assert _tolls(text) == (killed, injured)


@pytest.mark.parametrize("text", [
    # "أن أحمد قتل شقيقه": the active verb, Ahmed is the killer, not a victim
    f"وقالت الشرطة إن أحمد قتل شقيقه {_AT}",
    # a toll that holds the attackers a few words after "منهم": no count (guidelines: mixed figure)
    "وقتل نحو 30 شخصا في الهجمات على الكنائس، منهم 13 يشتبه بأنهم انتحاريون.",
    # a companion group ending in a vague rest stays vague
    f"لقي مصرعه مع شقيقه وعناصر أخرى {_AT}",
])
def test_named_and_mixed_left_alone(text):
    assert _tolls(text)[0] is None


@pytest.mark.parametrize("text,killed,injured", [
    # a dual noun right after the subject of an active kill verb is its own count
    (f"قتل المتمردون جنديين ليرتفع عدد القتلى منذ بداية الشهر {_IN}", 2, None),
    (f"قتل مسلحون 4 جنود {_AT}", 4, None),
])
def test_object_after_subject(text, killed, injured):
    assert _tolls(text) == (killed, injured)


@pytest.mark.parametrize("text", [
    # the count after a coordinated arrest or abduction verb is that verb's object, not the dead
    f"قالت الوزارة إن متطرفا قتل واعتقل 17 شخصا {_IN}",
    f"قالت الوزارة إن المسلحين قتلوا وخطفوا 5 أشخاص {_IN}",
])
def test_count_of_another_verb(text):
    assert _tolls(text)[0] is None


@pytest.mark.parametrize("text,killed", [
    # a named subject a few words before the passive "قتل", with "إن" further back
    ("قالت الوزارة في بيان إن العضو البارز في الجماعة سمير الحداد قتل في غارة قرب بلدة سرمدا.", 1),
    # a pronoun subject: "أنه قتل في المعارك"
    ("نشرت الوكالة بيان نعي، ولفتت إلى أنه قتل في المعارك مع القوات الحكومية.", 1),
    # the pronoun of the matter before a count: the count, not one
    (f"ذكرت الشرطة أنه قتل في الهجوم 5 أشخاص {_IN}", 5),
])
def test_passive_subjects(text, killed):
    assert _tolls(text)[0] == killed
