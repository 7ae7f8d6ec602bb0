"""Pass 35 (attack precision on real news: one record per real incident): sentences written for these tests, none
from the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_records as ar
from marsad.schemas import Document


def _attacks(offline_extract, text: str):
    return offline_extract(text, published="2016-09-14").attacks


# RANKED_COUNT --------------------------------------------------------------------------------------------------

RANKED = ("نشرت هيئة محلية للرصد، الأربعاء، أرقاما جديدة عن الضحايا. وقالت الهيئة إن مدينة الحديدة تسجل أعلى "
          "نسبة لسقوط قتلى بين الأطفال بسبب القصف العشوائي من قبل المسلحين.")


def test_ranked_count_is_no_incident(offline_extract):
    assert _attacks(offline_extract, RANKED) == []


def test_ranked_count_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ar, "RANKED_COUNT", False)
    assert len(_attacks(offline_extract, RANKED)) == 1


def test_rank_of_a_told_toll_stays(offline_extract):
    text = "قتل 23 شخصا، الأربعاء، في أكبر عدد من الضحايا لتفجير واحد في مدينة الحلة منذ عام."
    assert [a.killed for a in _attacks(offline_extract, text)] == [23]


# DEEDS_LIST ----------------------------------------------------------------------------------------------------

DEEDS = ("قتل ثلاثة من رجال الأمن، الأربعاء، في هجوم على حاجز قرب مدينة درنة. وأعلنت الحكومة الحداد ثلاثة "
         "أيام على أرواح القتلى. وتعاني البلاد من فراغ أمني منذ سنوات. واستغل تنظيم القاعدة الفراغ وسيطر على عدة قرى، وقتل عددا من العمال الأجانب، وشن هجمات على "
         "مقار حكومية في مدينة سرت.")


def test_deeds_of_a_side_are_no_incident(offline_extract):
    assert [(a.killed, a.location.name if a.location else None) for a in _attacks(offline_extract, DEEDS)] == [(3, "درنة")]


def test_deeds_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ar, "DEEDS_LIST", False)
    assert len(_attacks(offline_extract, DEEDS)) == 2


def test_seizing_with_a_toll_stays(offline_extract):
    text = "سيطر مسلحون، الأربعاء، على نقطة تفتيش قرب مدينة سرت وقتلوا 4 من عناصرها."
    assert [a.killed for a in _attacks(offline_extract, text)] == [4]


# YEAR_REFERENCE ------------------------------------------------------------------------------------------------

YEAR_REF = ("ألقى الصحفي النيجيري كلمة مؤثرة، الأربعاء، عن الأعوام التي تلت الهجوم عليه عام 2014 في بلاده. وقال إنه "
            "يواصل عمله رغم كل شيء. وأشاد بدعم زملائه في المهنة طوال سنوات العلاج. وتحدث مطولا عن عائلته وأطفاله "
            "الثلاثة. وكان الصحفي قد تعرض في الخامس من مارس 2014 لهجوم تبنته جماعة بوكو حرام في نيجيريا.")


def test_year_reference_joins_the_dated_incident(offline_extract):
    assert [a.date for a in _attacks(offline_extract, YEAR_REF)] == ["2014-03-05"]


def test_year_reference_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_clusters as ac
    monkeypatch.setattr(ac, "YEAR_REFERENCE", False)
    assert len(_attacks(offline_extract, YEAR_REF)) == 2


# BLAME_REFERENCE -----------------------------------------------------------------------------------------------

BLAME = "وحملت وزارة الداخلية في بيانها الجماعة المتطرفة مسؤولية الهجوم على المركز التجاري."


def _blame_refs() -> list[bool]:
    from marsad.agent.offline import attacks_clusters as ac
    from marsad.agent.offline import attacks_events as ev
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    ctx = build_context(Document(doc_id="t35", text=BLAME, published="2016-09-14"), get_gazetteer())
    return [ac._reference(ctx, e) for e in ev._events(ctx, [])]


def test_blamed_attack_is_a_reference():
    assert _blame_refs() == [True]


def test_blamed_attack_switch_off(monkeypatch):
    from marsad.agent.offline import attacks_clusters as ac
    monkeypatch.setattr(ac, "BLAME_REFERENCE", False)
    assert _blame_refs() == [False]


# TYPED_REFERENCE -----------------------------------------------------------------------------------------------

TYPED = ("فجر انتحاري نفسه، الاثنين، وسط تجمع لأنصار حزب معارض في بلدة سلوان الحدودية وأدى التفجير إلى مقتل 20. "
         "وقالت الشرطة إن المهاجم شاب في الثلاثين. وأغلقت السلطات الطرق المؤدية إلى البلدة طوال اليوم. وفتحت "
         "النيابة تحقيقا واسعا في ملابسات الحادث. وحملت صحيفة محلية، الأربعاء، الأجهزة الأمنية مسؤولية التقصير "
         "قبل الهجوم الانتحاري.")


def test_typed_reference_joins_its_incident(offline_extract):
    assert [(a.killed, a.date) for a in _attacks(offline_extract, TYPED)] == [(20, "2016-09-12")]


def test_typed_reference_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_clusters as ac
    monkeypatch.setattr(ac, "TYPED_REFERENCE", False)
    assert len(_attacks(offline_extract, TYPED)) == 2
