"""Casualty counts, session 9: attackers of a repelled attack — on sentences written for these tests.

Each ``_tolls`` case reads the counts of the sentence's frames (killed, injured) that state a toll, so the
toll rule is tested apart from how frames become records.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline.casualties import INJURED, KILLED, casualties
from marsad.agent.offline.context import build_context
from marsad.agent.offline.frames import find_frames
from marsad.agent.offline.mentions import get_gazetteer
from marsad.schemas import Document


def _tolls(text: str) -> list[tuple[int | None, int | None]]:
    """(killed, injured) of every frame that tells a toll (a number or a vague phrase)."""
    ctx = build_context(Document(doc_id="t", title="", text=text, published="2019-04-02"), get_gazetteer())
    out = []
    for si in range(len(ctx.sentences)):
        for f in find_frames(ctx, si):
            k, ktext, _ = casualties(ctx, f, KILLED)
            i, itext, _ = casualties(ctx, f, INJURED)
            if ktext or itext:
                out.append(((k.value if k else None), (i.value if i else None)))
    return out


@pytest.mark.parametrize("text,tolls", [
    # the attackers of a repelled attack or an infiltration attempt are no victims (guidelines): no count
    ("وقال ضابط ميداني إن قوات الجيش تصدت لهجوم شنته الميليشيات على مواقعها في جبهة الكسارة، وقتل فيها 9 من "
     "الميليشيات على الأقل.", [(None, None)]),
    ("وقتل 11 مسلحا في جبهة المشجح غرب المحافظة خلال محاولتهم التسلل إلى مواقع الجيش.", [(None, None)]),
    ("وأشار ضابط إلى أن قائدا ميدانيا للحوثيين قتل برفقة ستة من عناصر الميليشيات خلال محاولتهم التسلل نحو "
     "مواقع القوات الحكومية في مديرية حيس.", [(None, None)]),
    # the repelling told in the sentence before, the result in this one; the wounded "others" are the same group
    ("وأفاد الموقع أن القوات صدت محاولة تقدم للحوثيين نحو مواقعها في منطقة الفاخر. وأسفرت المواجهات عن مقتل "
     "18 عنصرا من الميليشيات الحوثية وإصابة 12 آخرين.", [(None, None)]),
])
def test_attackers_of_a_repelled_attack_are_no_toll(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text,tolls", [
    # the defenders killed while repelling an attack are its victims
    ("وقال ضابط ميداني إن قوات الجيش تصدت لهجوم شنته الميليشيات على مواقعها في جبهة الكسارة، وقتل فيها 3 جنود.",
     [(3, None)]),
    # militia killed by an attack aimed at them (no repelling told) stay that attack's toll
    ("وأسفرت المعارك التي شنها الجيش على مواقع الميليشيات في جبهة الكسارة عن مقتل 9 من الميليشيات.", [(9, None)]),
    # a result sentence after an unrelated sentence keeps its count
    ("وزار المحافظ مواقع الجيش في جبهة الكسارة. وأسفرت الغارات عن مقتل 18 عنصرا من الميليشيات الحوثية وإصابة 12 "
     "آخرين.", [(18, 12)]),
])
def test_victims_beside_a_repelled_attack_keep_their_count(text, tolls):
    assert _tolls(text) == tolls


def test_a_repelled_attack_with_attackers_killed_stays_a_record(offline_extract):
    """An infiltration repelled with attackers killed is an attack (its violence happened), with no toll."""
    r = offline_extract("وقتل 11 مسلحا في جبهة المشجح بمحافظة مأرب، أمس، إثر محاولتهم التسلل إلى مواقع الجيش.")
    (attack,) = r.attacks
    assert attack.killed is None
    assert attack.killed_text



@pytest.mark.parametrize("text,tolls", [
    # one person noun as the subject of "كان ... قد" with the passive verb: one killed
    ("وكان شاب فلسطيني قد قتل برصاص جنود إسرائيليين قرب مدينة الخليل.", [(1, None)]),
    ("وكان فتى قد قتل في انفجار لغم أرضي في مدينة الموصل.", [(1, None)]),
    # "قد قتل" with an object is the active verb: no count read from the subject
    ("وكان شاب قد قتل والده في قرية قرب مدينة الموصل.", []),
])
def test_the_subject_of_kana_qad_qutil_is_one_victim(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text,tolls", [
    # both nouns in the accusative singular after a number above ten: one count of both
    ("وأسفر الهجوم عن مقتل ما يزيد على 40 ضابطا وجنديا في مدينة العريش.", [(40, None)]),
    ("وأسفر القصف عن مقتل 25 مدنيا وعسكريا في مدينة حلب.", [(25, None)]),
    # a person told after a plural count is one more
    ("وأسفر الانفجار عن مقتل ثلاثة جنود ومدني في مدينة الموصل.", [(4, None)]),
])
def test_two_accusative_nouns_share_their_number(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text,tolls", [
    # a counted noun takes only the number right before it
    ("وقال التحالف إنه درس 120 بلاغا باحتمال سقوط ضحايا مدنيين في غاراته على الرقة.", []),
    ("وأسفر الانفجار عن سقوط 12 قتيلا في مدينة الموصل.", [(12, None)]),
])
def test_a_counted_noun_reads_no_number_further_back(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text,tolls", [
    # the comma that closes a "بينهم" aside does not cut the subject from its verb
    ("وقال مسعف إن 6 من سكان الحي بينهم 3 نساء، أصيبوا بشظايا قذيفة سقطت على سوق في مدينة الضالع.",
     [(None, 6)]),
    ("وقال مسعفون إن 9 أشخاص، بينهم امرأتان، قتلوا في انفجار سيارة مفخخة في مدينة الموصل.", [(9, None)]),
])
def test_a_subject_with_an_aside_before_its_verb(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text,tolls", [
    # read back, as before: one figure for both kinds is no count; bodies count the dead
    ("وأفادت مصادر أن نحو 90 عنصرا من الميليشيات سقطوا بين قتيل وجريح إثر غارات على معسكر في الحديدة.",
     [(None, None)]),
    ("ولفت البيان إلى وصول 14 جثة من قتلى الميليشيات إلى المستشفى بمدينة حجة.", [(14, None)]),
])
def test_a_counted_noun_still_reads_both_kinds_and_bodies(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text,tolls", [
    # a day's word right after the verb does not end the read
    ("وتبنى التنظيم الهجوم المسلح الذي أودى الخميس بحياة شرطيين ومدني في مدينة العريش.", [(3, None)]),
    ("وأسفر الانفجار أمس عن مقتل 6 أشخاص في مدينة الموصل.", [(6, None)]),
])
def test_a_day_after_the_verb(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text,tolls", [
    # a plural verb's subject is three or more: "one" read back is an adjective
    ("وقالت مصادر طبية إن خمسة من أبناء عائلة واحدة قتلوا جراء قصف طال منزلهم في مدينة تعز.", [(5, None)]),
    ("وقالت مصادر طبية إن 4 مدنيين قتلوا في قصف على منزل واحد في مدينة تعز.", [(4, None)]),
])
def test_one_is_no_count_of_a_plural_verb(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text,tolls", [
    # a named victim and a vague number of others: the count is left out (D-20)
    ("وأفادت مصادر أن القيادي الميداني لقي مصرعه، وعدد من حراسه في غارة جوية على مدينة صعدة.", [(None, None)]),
    ("وأفادت مصادر أن القيادي الميداني لقي مصرعه وعشرات من عناصره في غارة جوية على مدينة صعدة.", [(None, None)]),
    # others with a number are counted with the victim
    ("وأفادت مصادر أن القيادي الميداني لقي مصرعه وثلاثة من مرافقيه في غارة جوية على مدينة صعدة.", [(4, None)]),
])
def test_a_named_victim_and_a_vague_rest(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text,tolls", [
    # what someone wants, plans or tries to do kills no one
    ("وأعلنت الشرطة القبض على 12 شخصا يسعون لقتل رجال الأمن في مدينة الرياض.", []),
    ("وقال إن اسمه مدرج على قائمة تضم عشرة معارضين تريد الأجهزة الأمنية قتلهم.", []),
    # the killing told after a plan that was carried out is counted
    ("ونفذ المسلحون هجوما على حاجز في مدينة العريش وقتلوا 4 جنود.", [(4, None)]),
])
def test_an_intended_killing_is_no_toll(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text,tolls", [
    # "لقي حتفه/حتفها" is one death, with the companions told after it
    ("وكانت الصحفية ماري كولفين قد لقيت حتفها في قصف على حي الخالدية في حمص.", [(1, None)]),
    ("ولقي الضابط حتفه مع اثنين من مرافقيه في انفجار عبوة ناسفة في مدينة الموصل.", [(3, None)]),
    ("ولقي 5 أشخاص حتفهم في انفجار عبوة ناسفة في مدينة الموصل.", [(5, None)]),
    # some of them: no count
    ("وقالت الصحيفة إن بعضهم لقي حتفه في غارات جوية ولا يزال آخرون على القائمة.", [(None, None)]),
])
def test_met_his_death(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text,tolls", [
    # the people a capture or arrest takes are no killed count
    ("وأسفرت العملية عن أسر 6 جنود وقتل وجرح عناصر أخرى في مدينة ميدي.", [(None, None)]),
    # killed told after the count with no capture before it
    ("وأسفرت العملية عن 6 قتلى في مدينة ميدي.", [(6, None)]),
])
def test_captured_people_are_no_killed_count(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text,tolls", [
    # a count and a vague number of other people: the total is not stated
    ("وأصيب طفلان وعدد من المواطنين في قصف على قرية في محافظة البيضاء.", [(None, None)]),
    ("وأسفر القصف عن مقتل 3 مدنيين وعشرات من المقاتلين في مدينة حلب.", [(None, None)]),
    # a vague number of the other kind does not touch the count
    ("وأسفر القصف عن مقتل 3 مدنيين وعشرات الجرحى في مدينة حلب.", [(3, None)]),
])
def test_a_count_and_a_vague_rest(text, tolls):
    assert _tolls(text) == tolls
