"""Session 32 (toll32b): an incident told again by its definite noun keeps the toll told with it as its cause when
a relative clause stands between the noun and the verb of causing ("إن الانفجار الذي وقع قرب السوق صباح الأحد أسفر عن
مقتل 8"), or when noun and verb are duals ("إن الانفجارين أسفرا عن مقتل 9"، "أوديا بحياة"). A casualty word in the
clause is a toll of its own there, and the noun is not read as the verb's subject."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor, attacks_cues
from marsad.schemas import Document

_EX = OfflineExtractor()


def _w(text: str) -> list[str]:
    return text.split()


def _tolls(text: str) -> list[tuple]:
    r = _EX.extract(Document(doc_id="t", title=None, text=text, published="2019-03-10"))
    return [(a.killed, a.injured) for a in r.attacks]


@pytest.fixture
def relative_off():
    attacks_cues.RELATIVE_CAUSE = False
    yield
    attacks_cues.RELATIVE_CAUSE = True


@pytest.fixture
def dual_off():
    attacks_cues.DUAL_CAUSE = False
    yield
    attacks_cues.DUAL_CAUSE = True


REL_ONE = ("انفجرت سيارة مفخخة قرب جامع في مدينة تكريت يوم الجمعة. وقال مدير الشرطة إن التفجير الذي استهدف "
           "المصلين عند خروجهم من الجامع أسفر عن مقتل 15 شخصا وإصابة 40 آخرين.")
REL_TWO = ("هاجم مسلحون نقطة تفتيش للجيش في مدينة رفح أمس. وقال مصدر أمني إن الهجوم الذي شنه مسلحون ملثمون "
           "أدى إلى مقتل 6 جنود.")
REL_ADJ = ("انفجرت عبوة ناسفة قرب حافلة في مدينة الرمادي أمس. وقال متحدث إن التفجير الإرهابي الذي وقع قرب "
           "الموقف صباح أمس خلف 11 قتيلا.")
DUAL_LIFE = ("فجر انتحاريان نفسيهما في سوق بمدينة زنجبار أمس. وقال مسؤول محلي إن التفجيرين أوديا بحياة 17 شخصا "
             "وإصابة 33 آخرين.")
DUAL_RESULT = ("انفجرت عبوتان ناسفتان قرب مركز للشرطة في مدينة سامراء أمس. وذكرت مصادر أن الانفجارين أسفرا عن "
               "مقتل 9 أشخاص.")


def test_relative_clause_before_cause_verb():
    assert _tolls(REL_ONE) == [(15, 40)]


def test_relative_clause_with_its_doer():
    assert _tolls(REL_TWO) == [(6, None)]


def test_relative_clause_after_an_adjective():
    assert _tolls(REL_ADJ) == [(11, None)]


def test_relative_switch_off(relative_off):
    assert _tolls(REL_ONE) == [(None, None)]


def test_casualty_word_in_the_clause_is_not_read_as_subject():
    words = _w("ان التفجير الذي قتل فيه 3 من الجنود اسفر عن اصابه 20")
    assert not attacks_cues._relative_cause(words, 1)


def test_relative_clause_too_long():
    words = _w("ان التفجير الذي وقع في الساعه السابعه من صباح يوم الاحد الماضي قرب السوق الكبير في وسط المدينه "
             "اسفر عن مقتل 8")
    assert not attacks_cues._relative_cause(words, 1)


def test_relative_clause_reach():
    words = _w("ان الانفجار الذي وقع قرب السوق صباح الاحد اسفر عن مقتل 8")
    assert attacks_cues._relative_cause(words, 1)


def test_non_adjective_before_relative():
    words = _w("ان التفجير في المدينه التي شهدت احتجاجات اسفر عن مقتل 8")
    assert not attacks_cues._relative_cause(words, 1)


def test_dual_life_verb():
    assert _tolls(DUAL_LIFE) == [(17, 33)]


def test_dual_result_verb():
    assert _tolls(DUAL_RESULT) == [(9, None)]


def test_dual_switch_off(dual_off):
    assert _tolls(DUAL_RESULT) == [(None, None)]
