"""Pass 47: "ضربة" likened ("كضربة")، received ("تلقى ... ضربة") or after a future copula ("سيمثل ضربة") is a blow,
not a strike (:data:`~marsad.agent.offline.attacks_cues.FIGURATIVE_BLOWS`, ``figurative_before``)."""

from marsad.agent.offline import attacks_cues


def test_figurative_blows_are_no_attack(offline_extract):
    for text in ("ويرى محللون أن استعادة ميناء المكلا سيمثل ضربة قوية بل نهاية للمسلحين.",
                 "ويأتي قرار الحكومة وقف تصدير الوقود إلى الأردن كضربة قاصمة في أشد أيام الصيف.",
                 "تلقى فريق النصر ضربة قوية قبل مواجهته الأهلي في مدينة جدة الشهر المقبل."):
        assert offline_extract(text).attacks == [], text


_LIKENED = "وجاء القرار كضربة قوية في مدينة حلب أمس."


def test_likened_blow_with_a_place_is_no_attack(offline_extract):
    assert offline_extract(_LIKENED).attacks == []


def test_received_blow_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_cues, "FIGURATIVE_BLOWS", False)
    assert len(offline_extract("وتلقى التنظيم ضربة قوية في مدينة سرت أمس.").attacks) == 1
    assert len(offline_extract(_LIKENED).attacks) == 1


def test_strikes_of_arms_are_kept(offline_extract):
    for text in ("ونفذت الطائرات ضربة قوية في مدينة سرت أمس.",
                 "تلقت الميليشيات ضربة جوية في مدينة سرت أمس.",
                 "وجهت المقاتلات ضربة قوية لمواقع المسلحين في مدينة سرت أمس."):
        (a,) = offline_extract(text).attacks
        assert a.location.name == "سرت"
