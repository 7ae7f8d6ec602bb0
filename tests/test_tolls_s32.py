"""Session 32 toll rules, on sentences written for the tests: "أودى/أودت" with its subject told before the life word
("وأودى الانفجار الضخم بحياة 27"), also a long one with its place, day or a relative clause ("أودى تفجير سيارة مفخخة
في سوق المدينة أمس بحياة 14"), reads the count after "بحياة"; one victim told by "أحد" and his men or others counted
after his complement and a comma ("مقتل أحد قادة الجماعة في غارة على بلدة كذا، مع 5 من مرافقيه") are the man and his men; "كل/جميع من ..." with its number told after "عددهم" ("مقتل جميع من كانوا داخل الحافلة وعددهم 14")
is that number; one victim and others told by a plural of people of a trade or a state ("مقتل السائق و6 ركاب"، "مقتل ضابط
وثلاثة مجندين") are one toll."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor, casualties_companions, casualties_counts
from marsad.agent.offline.context import normalize
from marsad.schemas import Document

_EX = OfflineExtractor()


def _tolls(text: str) -> list[tuple]:
    r = _EX.extract(Document(doc_id="t", title=None, text=text, published="2019-03-10"))
    return [(a.killed, a.injured) for a in r.attacks]


@pytest.fixture
def men_later_off():
    casualties_counts.MEN_COMPANY_LATER = False
    yield
    casualties_counts.MEN_COMPANY_LATER = True


@pytest.fixture
def all_off():
    casualties_counts.ALL_COUNTED = False
    yield
    casualties_counts.ALL_COUNTED = True


@pytest.fixture
def long_off():
    casualties_counts.LONG_SUBJECT = False
    yield
    casualties_counts.LONG_SUBJECT = True


@pytest.fixture
def plurals_off():
    casualties_companions.COMPANION_PLURALS = False
    yield
    casualties_companions.COMPANION_PLURALS = True


@pytest.fixture
def life_off():
    casualties_counts.SUBJECT_BEFORE_LIFE = False
    yield
    casualties_counts.SUBJECT_BEFORE_LIFE = True


SUBJ_ONE = "قالت الشرطة إن انفجارا وقع في سوق مدينة الحلة أمس. وأودى الهجوم بحياة 27 شخصا وإصابة 40 آخرين."
SUBJ_TWO = "انفجرت سيارة مفخخة في سوق مدينة الحلة أمس، وأودى الانفجار الضخم بحياة 27 شخصا."
SUBJ_FEM = "انفجرت عبوة ناسفة قرب دورية للشرطة في مدينة بعقوبة صباح اليوم، وأودت العبوة بحياة 4 من عناصر الدورية."


@pytest.mark.parametrize("text,killed", [(SUBJ_ONE, 27), (SUBJ_TWO, 27), (SUBJ_FEM, 4)])
def test_subject_before_life(text, killed):
    assert _tolls(text)[0][0] == killed


def test_subject_before_life_off(life_off):
    assert _tolls(SUBJ_TWO)[0][0] is None


def test_life_without_subject_unchanged():
    text = "قالت مصادر إن هجوما مسلحا وقع على حاجز للجيش في بلدة العريش أمس وأودى بحياة 6 جنود."
    assert _tolls(text)[0][0] == 6


def _words(text: str) -> list[str]:
    return normalize(text).split()


def test_short_subject_with_number_not_skipped(long_off):
    # a number between the verb and the life word is no short subject: nothing is skipped to a later count
    words = _words("واودى 3 الهجوم بحياة 9")
    assert casualties_counts._subject_before_life(words, 0, len(words), set(), set()) is None


def test_subject_needs_life_word():
    words = _words("واودى الهجوم الكبير في المدينة")
    assert casualties_counts._subject_before_life(words, 0, len(words), set(), set()) is None


def test_subject_reader_returns_the_count_start():
    words = _words("واودى الانفجار الضخم بحياة 9")
    assert casualties_counts._subject_before_life(words, 0, len(words), set(), set()) == 4


MEN_LATER = "أعلن الجيش مقتل أحد قادة التنظيم البارزين في غارة على بلدة القائم، مع 5 من مرافقيه، فجر اليوم."
MEN_LATER_VERB = "قتل أحد قادة الجماعة في غارة جوية على بلدة الحويجة أمس، مع ستة من مرافقيه."
OTHERS_LATER = "قتل أحد الجنود في هجوم على حاجز في بلدة الرطبة، مع 3 آخرين."


@pytest.mark.parametrize("text,killed", [(MEN_LATER, 6), (MEN_LATER_VERB, 7), (OTHERS_LATER, 4)])
def test_one_and_men_later(text, killed):
    assert _tolls(text)[0][0] == killed


def test_one_and_men_later_off(men_later_off):
    assert _tolls(MEN_LATER)[0][0] == 1


def test_one_and_vague_company_later_still_no_count():
    text = "أعلن الجيش مقتل أحد قادة التنظيم في غارة على بلدة القائم، مع عدد من مرافقيه."
    assert _tolls(text)[0][0] is None


def test_one_and_fighters_clashed_with_not_counted():
    text = "قتل أحد الجنود في هجوم على حاجز في بلدة الرطبة في اشتباك مع 3 مسلحين."
    assert _tolls(text)[0][0] == 1


ALL_IN = "قصف الطيران مبنى في مدينة الرقة أمس، ما أسفر عن مقتل كل من كانوا بداخله والبالغ عددهم 9 أشخاص."
ALL_ABOARD = ("استهدف صاروخ حافلة ركاب في ولاية دونيتسك الأوكرانية أمس، ما أدى إلى مقتل جميع من كانوا داخلها، "
              "وعددهم 14 شخصا.")


@pytest.mark.parametrize("text,killed", [(ALL_IN, 9), (ALL_ABOARD, 14)])
def test_all_counted(text, killed):
    assert _tolls(text)[0][0] == killed


def test_all_counted_off(all_off):
    assert _tolls(ALL_IN)[0][0] is None


def test_all_without_number_no_count():
    text = "أطلق مسلحون النار على حافلة في مدينة كويتا أمس ما أدى إلى مقتل جميع من كانوا داخلها."
    assert _tolls(text)[0][0] is None


LONG_PLACE = "أودى تفجير سيارة مفخخة في سوق بمدينة الحلة أمس بحياة 14 شخصا."
LONG_CLAUSE = ("انفجرت عبوة ناسفة قرب دورية في مدينة بعقوبة أمس، وأودت العبوة، التي زرعت على جانب الطريق، "
               "بحياة 3 جنود.")


@pytest.mark.parametrize("text,killed", [(LONG_PLACE, 14), (LONG_CLAUSE, 3)])
def test_long_subject_before_life(text, killed):
    assert _tolls(text)[0][0] == killed


def test_long_subject_off(long_off):
    assert _tolls(LONG_PLACE)[0][0] is None
    assert _tolls(SUBJ_TWO)[0][0] == 27  # a short subject is still read


def test_long_subject_stops_at_another_casualty_word():
    words = _words("واودى الهجوم الذي اصيب فيه 3 بحياة 9")
    assert casualties_counts._subject_before_life(words, 0, len(words), set(), set()) is None


def test_all_number_past_another_casualty_word_not_read():
    words = _words("كل من كانوا فيها واصيب 5 ويبلغ عددهم 30")
    assert casualties_counts._all_counted(words, 0) is None


DRIVER = "أطلق مسلحون النار على حافلة تقل عمالا في مدينة كويتا أمس، ما أسفر عن مقتل السائق و6 ركاب."
DRIVER_MANY = "أطلق مسلحون النار على حافلة تقل عمالا في مدينة كويتا أمس، ما أسفر عن مقتل السائق و12 راكبا."
OFFICER = "انفجرت عبوة ناسفة في مدينة العريش أمس، وأسفرت عن مقتل ضابط وثلاثة مجندين وإصابة اثنين."


@pytest.mark.parametrize("text,tolls", [(DRIVER, (7, None)), (DRIVER_MANY, (13, None)), (OFFICER, (4, 2))])
def test_companion_plurals(text, tolls):
    assert _tolls(text)[0] == tolls


def test_companion_plurals_off(plurals_off):
    assert _tolls(DRIVER)[0][0] == 1
