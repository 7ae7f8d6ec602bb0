"""International bodies (pass 66): the UN Security Council, UN agencies and other international organisations are
actors when the text has them act, not when they are named in passing; a short body name that begins another body's
name ("مجلس الأمن القومي"، "المنظمة الدولية لحقوق الإنسان") is not that body. Sentences written for the tests."""

from __future__ import annotations

import pytest


def _bodies(offline_extract, text):
    return {a.canonical_name for a in offline_extract(text).actors}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وطالب مجلس الأمن في بيان بوقف فوري لإطلاق النار في المدينة المحاصرة.", "مجلس الأمن الدولي"),
        ("وقالت منظمة الصحة العالمية إن عدد الإصابات بالمرض ارتفع في المخيمات.", "منظمة الصحة العالمية"),
        ("وأفادت اللجنة الدولية للصليب الأحمر بأن قافلة المساعدات وصلت إلى البلدة.", "اللجنة الدولية للصليب الأحمر"),
        ("وتقدر المفوضية السامية للأمم المتحدة لشؤون اللاجئين عدد الأسر النازحة بالآلاف.",
         "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"),
        ("ودعت منظمة حظر الأسلحة الكيميائية إلى تحقيق في الهجوم.", "منظمة حظر الأسلحة الكيميائية"),
        ("وقدمت الإمارات شكوى رسمية، ورفضت المنظمة الدولية للطيران المدني التعليق.", "منظمة الطيران المدني الدولي"),
    ],
)
def test_acting_body_is_an_actor(offline_extract, text, body):
    assert body in _bodies(offline_extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "وتنص قرارات مجلس الأمن على انسحاب القوات من المنطقة.",
        "وذكر تقرير لمنظمة العفو الدولية صدر العام الماضي أن السجناء تعرضوا لسوء المعاملة.",
    ],
)
def test_body_named_in_passing_is_no_actor(offline_extract, text):
    bodies = _bodies(offline_extract, text)
    assert "مجلس الأمن الدولي" not in bodies and "منظمة العفو الدولية" not in bodies, bodies


def test_national_council_is_not_the_security_council(offline_extract):
    bodies = _bodies(offline_extract, "واجتمع مجلس الأمن القومي التركي برئاسة أردوغان لبحث العملية العسكرية.")
    assert "مجلس الأمن الدولي" not in bodies, bodies


def test_longer_international_name_is_not_the_un(offline_extract):
    bodies = _bodies(offline_extract, "وقالت المنظمة الدولية لحقوق الإنسان إن السجناء تعرضوا للتعذيب.")
    assert "الأمم المتحدة" not in bodies, bodies
    assert "الأمم المتحدة" in _bodies(offline_extract, "وقالت المنظمة الدولية إن الوضع في المدينة خطير.")


@pytest.mark.parametrize(
    "text",
    [
        "وأكدت وزيرة الخارجية اليابانية أن التحالف بين بلادها والولايات المتحدة متين رغم الخلافات التجارية.",
        "وهز ملف اللاجئين أسس التحالف الذي تقوده المستشارة في برلين منذ سنوات.",
    ],
)
def test_bare_alliance_abroad_is_no_coalition(offline_extract, text):
    assert "التحالف الدولي" not in _bodies(offline_extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "وقتل القيادي المتشدد في غارة للتحالف قرب بلدة الشدادي بمحافظة الحسكة شمال شرق سوريا.",
        "وقال المتحدث إن التحالف نفذ ضربات جوية على مواقع التنظيم قرب الموصل.",
    ],
)
def test_coalition_at_war_stays(offline_extract, text):
    assert "التحالف الدولي" in _bodies(offline_extract, text)


def test_envoy_at_the_council_serves_his_state(offline_extract):
    actors = {a.name: a for a in offline_extract(
        "وقال السفير الكويتي في مجلس الأمن منصور الحربي إن المشروع سيطرح للتصويت قريبا.").actors}
    assert actors["منصور الحربي"].affiliation == "Government of Kuwait"


def test_spokesman_of_an_agency_serves_it(offline_extract):
    actors = {a.name: a for a in offline_extract(
        "وقال الناطق الرسمي لمفوضية الأمم المتحدة السامية لحقوق الإنسان محمد الناصري إن التقارير مقلقة.").actors}
    assert actors["محمد الناصري"].affiliation == "OHCHR"
