"""Issue 12 item 5 (session 5): agreement parties from the registry beyond Iraq (foreign bodies on their
state's side, leaders standing for their states, no teller as a party), and what is no concluded security
agreement (one government agreeing with itself, calming, a political deal only guessed at). Sentences are
written for these tests."""

from __future__ import annotations


def agreements(extract, text: str):
    return extract(text, title=text[:20]).agreements


def test_leaders_agreeing_stand_for_their_states(offline_extract):
    [a] = agreements(offline_extract, "وقال مسؤول أميركي رفيع إن ترامب وأردوغان اتفقا على التعاون في محاربة داعش على الحدود.")
    assert set(a.parties) == {"الولايات المتحدة", "تركيا"}
    assert a.status == "agreed"


def test_a_leader_speaking_of_an_agreement_is_no_party(offline_extract):
    out = agreements(offline_extract, "وقال بوتين في مؤتمر صحفي إن الاتفاقية الأمنية تحتاج إلى مراجعة.")
    assert all("روسيا" not in a.parties for a in out)


def test_the_ministry_that_tells_of_the_agreement_is_no_party(offline_extract):
    [a] = agreements(offline_extract, "ذكرت وزارة الدفاع الأمريكية في بيان أن كوريا الجنوبية والولايات المتحدة اتفقتا على تعليق تدريباتهما العسكرية الصيفية.")
    assert a.parties == ["كوريا الجنوبية", "الولايات المتحدة"]


def test_a_foreign_army_and_its_state_are_one_side(offline_extract):
    [a] = agreements(offline_extract, "ووقعت تركيا والجيش التركي مع الولايات المتحدة اتفاقا عسكريا لحماية الحدود.")
    assert len(a.parties) == 2 and "الولايات المتحدة" in a.parties


def test_one_foreign_cabinet_agreeing_with_itself_is_no_agreement(offline_extract):
    text = "اتفق وزراء الحكومة البريطانية في اجتماعهم الخميس على ضرورة العمل مع الحلفاء لمواجهة التهديدات."
    assert agreements(offline_extract, text) == []


def test_calming_as_a_comparison_is_no_truce(offline_extract):
    text = "وأرسلت واشنطن وزير خارجيتها إلى طهران كتهدئة للحلفاء، وهو ما عده مراقبون للتطمين والتهدئة."
    assert all(a.agreement_type != "ceasefire" for a in agreements(offline_extract, text))


def test_a_guessed_political_deal_is_no_record(offline_extract):
    text = "ويرى محللون أن صفقة سياسية محتملة قد تقوم على التفاهمات بين السعودية وروسيا في المستقبل."
    assert agreements(offline_extract, text) == []


def test_a_deescalation_agreement_is_a_ceasefire(offline_extract):
    [a] = agreements(offline_extract, "وعاد آلاف النازحين منذ توقيع اتفاق خفض التصعيد في جنوب سوريا قبل عام.")
    # pass 52 (agreements_status.SINCE_SIGNED): "منذ توقيع" tells it in force ever since (GUIDELINES §7 implementing)
    assert a.agreement_type == "ceasefire" and a.status == "implementing"
    assert "سوريا" not in a.parties  # "جنوب سوريا" is where, not who


def test_sides_named_before_the_agreement_word(offline_extract):
    text = "نشب خلاف بين الأردن والحكومة المحلية في المعبر، لكن تم الاتفاق لاحقا على إنشاء آلية للتنسيق الأمني."
    [a] = agreements(offline_extract, text)
    assert "الأردن" in a.parties and len(a.parties) == 2


def test_a_memorandum_of_understanding_is_an_agreement(offline_extract):
    text = "ووقعت الإمارات والصومال مذكرة التفاهم العسكرية لتدريب القوات الخاصة ومكافحة الإرهاب."
    [a] = agreements(offline_extract, text)
    assert set(a.parties) == {"الإمارات", "الصومال"}


def test_a_truce_that_no_longer_holds_is_stalled(offline_extract):
    [a] = agreements(offline_extract, "وقال الحزب في بيان إنه لم يعد للهدنة أي معنى عقب غارات الجيش التركي على مواقعه.")
    assert a.agreement_type == "ceasefire" and a.status == "stalled"


def test_a_lasting_ceasefire_with_a_word_between(offline_extract):
    [a] = agreements(offline_extract, "اتفقت الحكومة الأفغانية وحركة طالبان على وقف دائم لإطلاق النار يبدأ خلال يومين.")
    assert a.agreement_type == "ceasefire"


def test_states_said_to_be_in_agreement(offline_extract):
    [a] = agreements(offline_extract, "وأكد دبلوماسي أن تركيا والولايات المتحدة متفقتان على التعاون لإبعاد تنظيم داعش عن الشريط الحدودي.")
    assert a.parties == ["تركيا", "الولايات المتحدة"] and a.status == "agreed"
    assert a.agreement_type != "other"


def test_a_supposed_agreement_is_proposed(offline_extract):
    [a] = agreements(offline_extract, "وقد يوقع الجيش التركي وقوات سوريا الديمقراطية اتفاقا أمنيا الأسبوع المقبل.")
    assert a.status == "proposed"
    [b] = agreements(offline_extract, "وكانت تركيا قد توصلت إلى اتفاق أمني مع قطر لنشر قوات.")
    assert b.status == "agreed"


def test_a_labour_memorandum_between_states_is_no_record(offline_extract):
    text = "ووقعت الكويت والفلبين مذكرة التفاهم لتنظيم شؤون العمالة المنزلية وحماية حقوقها."
    assert agreements(offline_extract, text) == []


def test_a_gulf_bloc_is_no_iraqi_side(offline_extract):
    text = "وتم الاتفاق على تفاهم اقتصادي بين مجلس التعاون الخليجي وإيران."
    assert agreements(offline_extract, text) == []


def test_a_call_opening_the_clause_makes_the_ceasefire_proposed(offline_extract):
    text = ("وناشد اتحاد علماء الدين الحكومة الأفغانية وحركة طالبان وسائر الفصائل المسلحة في الأقاليم الشرقية "
            "إنهاء المعارك والتوافق على وقف إطلاق النار.")
    [a] = agreements(offline_extract, text)
    assert a.status == "proposed"


def test_a_truce_in_force_that_someone_calls_to_respect_is_implementing(offline_extract):
    [a] = agreements(offline_extract, "ودعا الوزير الطرفين إلى احترام الهدنة السارية بين الحكومة الأفغانية وحركة طالبان.")
    assert a.status == "implementing"


def test_an_international_convention_is_no_agreement_record(offline_extract):
    assert agreements(offline_extract, "وقال إن هدم القرية انتهاك واضح لاتفاقية جنيف الرابعة من قبل الجيش الإسرائيلي.") == []
