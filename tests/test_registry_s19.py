"""Actor registry, session 19: the African Union and its Somalia mission, Hezb-e-Islami and its leader, and the
Indian army named as 'government forces'. Sentences written for the tests (places, days and numbers made up)."""

from __future__ import annotations


def _by_canonical(records) -> dict[str, object]:
    return {a.canonical_name: a for a in records.actors}


def test_african_union_is_a_registry_body(offline_extract):
    found = _by_canonical(offline_extract(
        "وقال مسؤول في الاتحاد الإفريقي إن المفاوضات بين الطرفين ستستأنف الشهر المقبل.", published="2017-03-14"))
    assert "الاتحاد الأفريقي" in found
    assert found["الاتحاد الأفريقي"].type == "other"


def test_african_union_mission_is_amisom(offline_extract):
    found = _by_canonical(offline_extract(
        "وتطالب الحركة بخروج القوات التابعة للاتحاد الإفريقي من البلاد قبل أي حوار.",
        published="2016-10-02"))
    assert "قوات الاتحاد الأفريقي" in found
    assert "الاتحاد الأفريقي" not in found


def test_hekmatyar_and_his_party(offline_extract):
    records = offline_extract(
        "ووقعت الحكومة الأفغانية اتفاق سلام مع الحزب الإسلامي الأفغاني الذي يتزعمه حكمتيار في كابول.",
        published="2016-09-25")
    found = _by_canonical(records)
    assert found["قلب الدين حكمتيار"].type == "official"
    assert found["الحزب الإسلامي الأفغاني"].type == "armed_group"
    parties = [p for g in records.agreements for p in g.parties]
    assert "الحزب الإسلامي الأفغاني" in parties


def test_indian_government_forces_are_the_indian_army(offline_extract):
    records = offline_extract(
        "وقالت الشرطة إن القوات الحكومية الهندية قتلت خمسة مسلحين قرب خط المراقبة صباح الأحد.", published="2017-08-06")
    assert "الجيش الهندي" in _by_canonical(records)


def test_al_qaeda_named_by_its_men_is_al_qaeda(offline_extract):
    # the bare word also means 'the base': only a noun for fighters before it names the group
    found = _by_canonical(offline_extract(
        "وطاردت وحدات الجيش مسلحي القاعدة في الوادي الشرقي منذ مطلع الشهر.", published="2017-02-11"))
    assert found["تنظيم القاعدة"].type == "armed_group"


def test_the_base_is_not_al_qaeda(offline_extract):
    found = _by_canonical(offline_extract(
        "وسقطت ثلاث قذائف داخل القاعدة الجوية قرب المدينة دون إصابات.", published="2017-02-11"))
    assert "تنظيم القاعدة" not in found
