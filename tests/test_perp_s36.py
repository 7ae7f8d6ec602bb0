"""Session 36: the doer readers' layout and three rules, on sentences written for the tests (no corpus text).

- ``roles_perpetrator`` is split: accusations in ``roles_accusations``, unwritten doers in ``roles_implicit``; the
  switches stay in ``roles_perpetrator`` and still turn the moved readers off.
- ``roles_support.SUPPORTED_AIR``: air strikes told with no doer in a story of a ground force "بإسناد من طيران
  التحالف" are the supporting air force's.
- ``roles_implicit.DROP_WHERE``: "حيث"/"إذ" open a clause with a dropped subject; a weapon (or a count) right after
  the verb shows no subject is written there.
- The Houthis' registry entry reads the indefinite plural ("مسلحون حوثيون"، "حوثيين").
"""

import pytest

from marsad.agent.offline import OfflineExtractor, attacks_records, roles_accusations, roles_implicit, roles_support
from marsad.agent.offline import roles_perpetrator as rp
from marsad.schemas import Document

DAY = "2016-11-20"


def _run(text: str):
    return OfflineExtractor().extract(Document(doc_id="snn:t-s36", title=None, text=text, published=DAY))


def _perps(text: str) -> list[str | None]:
    return [a.perpetrator for a in _run(text).attacks]


# --- the split -------------------------------------------------------------------------------------------------

def test_switches_stay_in_roles_perpetrator_and_reach_the_moved_readers(monkeypatch):
    assert rp._readings() == roles_accusations.Readings(True, True, True)
    monkeypatch.setattr(rp, "ONE_INCIDENT_CHARGE", False)
    monkeypatch.setattr(rp, "ATTRIBUTED_ANAPHOR", False)
    assert rp._readings() == roles_accusations.Readings(False, True, False)
    assert rp._verb_gender("شنته") == "f" and rp._one_incident_charge(["بتنفيذ", "هجوم"], 0)


ACCUSED = ("مقديشو: وكالات\nوانفجرت عبوة ناسفة صباح أمس قرب مقر البلدية في مدينة بيدوا، وحملت السلطات المحلية "
           "حركة الشباب مسؤولية الهجوم الذي خلف 4 قتلى.")


def test_accusation_switch_in_roles_perpetrator_still_turns_it_off(monkeypatch):
    assert _perps(ACCUSED) == ["حركة الشباب"]
    monkeypatch.setattr(rp, "ACCUSED_DOER", False)
    assert _perps(ACCUSED) == [None]


# --- SUPPORTED_AIR -----------------------------------------------------------------------------------------------

SUPPORTED = ("مأرب: وكالات\nوحققت ألوية الجيش الوطني بإسناد جوي للتحالف تقدما في مديرية صرواح أمس، وسط "
             "غارات مكثفة أسفرت عن مقتل 11 من مقاتلي الميليشيات.")
SUPPORTED_BEFORE = ("الحديدة: وكالات\nتقدمت ألوية الجيش اليمني، وبإسناد من مقاتلات التحالف العربي، أمس في مديرية "
                    "حيس.\nوفي مديرية الخوخة، قتل 9 من المتمردين في غارات جوية استهدفت تعزيزاتهم.")
DRONE = ("الحديدة: وكالات\nتقدمت ألوية الجيش اليمني، وبإسناد من مقاتلات التحالف العربي، أمس في مديرية حيس.\n"
         "وقتل 5 من مسلحي تنظيم القاعدة في غارة نفذتها أمس طائرة من دون طيار على سيارة في محافظة البيضاء.")


@pytest.mark.parametrize("text", [SUPPORTED, SUPPORTED_BEFORE])
def test_air_strikes_of_a_supported_advance_are_the_supporters(text):
    assert _perps(text)[-1] == "التحالف العربي"


@pytest.mark.parametrize("text", [SUPPORTED, SUPPORTED_BEFORE])
def test_supported_air_switch_off(monkeypatch, text):
    monkeypatch.setattr(roles_support, "SUPPORTED_AIR", False)
    monkeypatch.setattr(attacks_records, "ARTICLE_FLYER", False)  # (pass 60: its article-wide fallback lends the same)
    assert _perps(text)[-1] is None


def test_a_drone_strike_is_not_given_to_the_supporter():
    assert _perps(DRONE)[-1] is None


# --- DROP_WHERE -------------------------------------------------------------------------------------------------

WHERE = ("تعز: وكالات\nوكانت ميليشيات الحوثي قد شددت حصار المدينة منذ أشهر، وارتكبت جرائم عدة بحق السكان، "
         "أحدثها قبل 3 أيام حيث أطلقت صاروخ غراد على سوق للخضار ما أدى لمقتل 7 مدنيين.")


def test_a_dropped_subject_after_where():
    assert _perps(WHERE) == ["الحوثيين"]


def test_drop_where_switch_off(monkeypatch):
    monkeypatch.setattr(roles_implicit, "DROP_WHERE", False)
    assert _perps(WHERE) == [None]


# --- Houthis, indefinite plural ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "صنعاء: وكالات\nوقال سكان إن مسلحين حوثيين اقتحموا أمس مبنى جامعة في العاصمة واعتقلوا 12 طالبا.",
    "صنعاء: وكالات\nوأصيب 4 أطفال أمس بقذيفة أطلقها حوثيون على حي سكني في مدينة تعز.",
])
def test_indefinite_houthi_plural_is_the_houthis(text):
    assert "houthis" in {a.registry_id for a in _run(text).actors}


# --- speed: cheap pre-tests with the same answers ----------------------------------------------------------------

def test_state_adjective_subject_still_read_after_the_head_pretest():
    text = "نيروبي: وكالات\nوقصفت الطائرات الكينية أمس مواقع للمسلحين قرب بلدة كيسمايو ما أدى لمقتل 6 منهم."
    assert _perps(text) == ["الجيش الكيني"]


def test_title_not_read_when_the_body_names_no_actor(monkeypatch):
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer

    def boom(ctx):
        raise AssertionError("the title was read")

    monkeypatch.setattr(rp, "_read_title", boom)
    doc = Document(doc_id="snn:t-s36t", title="الحركة تتبنى الهجوم على الفندق", published=DAY,
                   text="قتل 5 أشخاص أمس في انفجار سيارة أمام فندق في المدينة.")
    assert rp._title_match(build_context(doc, get_gazetteer())) == {}
