"""Issue 12 item 5 (session 5): agreement parties from the registry beyond Iraq (foreign bodies on their
state's side, leaders standing for their states, no teller as a party), and what is no concluded security
agreement (one government agreeing with itself, calming, a political deal only guessed at). Sentences are
written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor
from marsad.schemas import Document


@pytest.fixture(scope="module")
def ex() -> OfflineExtractor:
    return OfflineExtractor()


def agreements(ex: OfflineExtractor, text: str):
    return ex.extract(Document(doc_id="t", title=text[:20], text=text, published="2019-03-10")).agreements


def test_leaders_agreeing_stand_for_their_states(ex):
    [a] = agreements(ex, "وقال مسؤول في البيت الأبيض إن ترامب وأردوغان اتفقا على التعاون في محاربة داعش على الحدود.")
    assert set(a.parties) == {"الولايات المتحدة", "تركيا"}
    assert a.status == "agreed"


def test_a_leader_speaking_of_an_agreement_is_no_party(ex):
    out = agreements(ex, "وقال بوتين في مؤتمر صحفي إن الاتفاقية الأمنية تحتاج إلى مراجعة.")
    assert all("روسيا" not in a.parties for a in out)


def test_the_ministry_that_tells_of_the_agreement_is_no_party(ex):
    [a] = agreements(ex, "أعلنت وزارة الدفاع الأمريكية أن الولايات المتحدة وكوريا الجنوبية اتفقتا على وقف المناورات العسكرية المشتركة.")
    assert a.parties == ["الولايات المتحدة", "كوريا الجنوبية"]


def test_a_foreign_army_and_its_state_are_one_side(ex):
    [a] = agreements(ex, "ووقعت تركيا والجيش التركي مع الولايات المتحدة اتفاقا عسكريا لحماية الحدود.")
    assert len(a.parties) == 2 and "الولايات المتحدة" in a.parties


def test_one_foreign_cabinet_agreeing_with_itself_is_no_agreement(ex):
    text = "اتفق وزراء الحكومة البريطانية الخميس على ضرورة العمل مع الحلفاء لمواجهة التهديدات."
    assert agreements(ex, text) == []


def test_calming_as_a_comparison_is_no_truce(ex):
    text = "وأرسلت واشنطن وزير خارجيتها إلى طهران كتهدئة للحلفاء، وهو ما عده مراقبون للتطمين والتهدئة."
    assert all(a.agreement_type != "ceasefire" for a in agreements(ex, text))


def test_a_guessed_political_deal_is_no_record(ex):
    text = "ويرى محللون أن صفقة سياسية محتملة قد تقوم على التفاهمات بين السعودية وروسيا في المستقبل."
    assert agreements(ex, text) == []


def test_a_deescalation_agreement_is_a_ceasefire(ex):
    [a] = agreements(ex, "وعاد آلاف النازحين منذ توقيع اتفاق خفض التصعيد جنوب سوريا قبل عام.")
    assert a.agreement_type == "ceasefire" and a.status == "agreed"
    assert "سوريا" not in a.parties  # "جنوب سوريا" is where, not who


def test_sides_named_before_the_agreement_word(ex):
    text = "نشب خلاف بين الأردن والحكومة المحلية في المعبر، لكن تم الاتفاق لاحقا على إنشاء آلية للتنسيق الأمني."
    [a] = agreements(ex, text)
    assert "الأردن" in a.parties and len(a.parties) == 2


def test_a_memorandum_of_understanding_is_an_agreement(ex):
    text = "ووقعت الإمارات والصومال مذكرة التفاهم العسكرية لتدريب القوات الخاصة ومكافحة الإرهاب."
    [a] = agreements(ex, text)
    assert set(a.parties) == {"الإمارات", "الصومال"}


def test_a_truce_that_no_longer_holds_is_stalled(ex):
    [a] = agreements(ex, "وقال الحزب في بيان إنه لم يعد للهدنة أي معنى بعد غارات الجيش التركي على مواقعه.")
    assert a.agreement_type == "ceasefire" and a.status == "stalled"


def test_a_lasting_ceasefire_with_a_word_between(ex):
    [a] = agreements(ex, "اتفقت الحكومة الأفغانية وحركة طالبان على وقف دائم لإطلاق النار يبدأ خلال يومين.")
    assert a.agreement_type == "ceasefire"


def test_states_said_to_be_in_agreement(ex):
    [a] = agreements(ex, "وقال مسؤول إن الولايات المتحدة وتركيا متفقتان على العمل معا لتطهير الحدود من تنظيم داعش.")
    assert a.parties == ["الولايات المتحدة", "تركيا"] and a.status == "agreed"
    assert a.agreement_type != "other"


def test_a_supposed_agreement_is_proposed(ex):
    [a] = agreements(ex, "وقد يوقع الجيش التركي وقوات سوريا الديمقراطية اتفاقا أمنيا الأسبوع المقبل.")
    assert a.status == "proposed"
    [b] = agreements(ex, "وكانت تركيا قد توصلت إلى اتفاق أمني مع قطر لنشر قوات.")
    assert b.status == "agreed"


def test_a_labour_memorandum_between_states_is_no_record(ex):
    text = "ووقعت الكويت والفلبين مذكرة التفاهم لتنظيم شؤون العمالة المنزلية وحماية حقوقها."
    assert agreements(ex, text) == []


def test_a_gulf_bloc_is_no_iraqi_side(ex):
    text = "وتم الاتفاق على تفاهم اقتصادي بين مجلس التعاون الخليجي وإيران."
    assert agreements(ex, text) == []


def test_a_call_opening_the_clause_makes_the_ceasefire_proposed(ex):
    text = ("وناشد مجلس العلماء كلا من الحكومة الأفغانية وحركة طالبان والمسلحين الآخرين في الولايات الجنوبية "
            "إلى وقف القتال والاتفاق على وقف إطلاق النار.")
    [a] = agreements(ex, text)
    assert a.status == "proposed"


def test_a_truce_in_force_that_someone_calls_to_respect_is_implementing(ex):
    [a] = agreements(ex, "ودعا الوزير الطرفين إلى احترام الهدنة السارية بين الحكومة الأفغانية وحركة طالبان.")
    assert a.status == "implementing"


def test_an_international_convention_is_no_agreement_record(ex):
    assert agreements(ex, "وقال إن هدم القرية انتهاك واضح لاتفاقية جنيف الرابعة من قبل الجيش الإسرائيلي.") == []
