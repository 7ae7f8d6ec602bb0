"""Pass 44 (agree44): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_named, agreements_parties, agreements_status


def _records(offline_extract, text: str):
    return offline_extract(text, published="2019-05-09").agreements


# HEADING_TO: a verb of heading for or intending, then a noun of concluding: the signing is still to come ----------

_HEADING = "وتتجه السلطات الصومالية وحركة الشباب نحو إبرام هدنة في إقليم جوبا السفلى."
_INTENDING = "ويعتزم الجيش الأردني والقوات الأمريكية توقيع مذكرة تفاهم لتأمين الحدود الشمالية."


def test_heading_to_signing_is_proposed(offline_extract):
    for text in (_HEADING, _INTENDING):
        got = _records(offline_extract, text)
        assert got and all(a.status == "proposed" for a in got), text


def test_heading_to_switch_off_reads_agreed(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "HEADING_TO", False)
    assert [a.status for a in _records(offline_extract, _INTENDING)] == ["agreed"]


def test_intending_to_carry_out_is_no_planned_signing(offline_extract):
    # what the side intends is to apply an agreement already signed: no noun of concluding between
    text = ("ووقعت الحكومة السودانية والحركة الشعبية اتفاقا لوقف القتال في النيل الأزرق. وتعتزم الحكومة "
            "السودانية تنفيذ الاتفاق خلال أيام.")
    assert all(a.status != "proposed" for a in _records(offline_extract, text))


# HIS_COUNTRY: "بلاده" + a verb of agreeing after a leader's title and adjective is his state -------------------

_HIS = "وقال وزير الدفاع الإيراني إن بلاده توصلت إلى اتفاق مع سوريا لتدريب وحدات الدفاع الجوي."


def test_his_country_is_the_ministers_state(offline_extract):
    got = _records(offline_extract, _HIS)
    assert got and {"إيران", "سوريا"} <= set(got[0].parties)


def test_his_country_switch_off_loses_the_state(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "HIS_COUNTRY", False)
    got = _records(offline_extract, _HIS)
    assert not got or "إيران" not in got[0].parties


def test_his_country_backing_an_agreement_is_no_side(offline_extract):
    text = ("وذكر وزير الخارجية الإيراني أن بلاده تؤيد بقوة الاتفاق بين الحكومة الأفغانية وحركة طالبان "
            "لوقف إطلاق النار في هرات.")
    assert all("إيران" not in a.parties for a in _records(offline_extract, text))


# WRITTEN_CO_SIDE: tribes and bodies outside the registry, joined to a known side, are the other side -------------

_TRIBES = "ووقعت الحكومة اليمنية وقبائل شبوة اتفاقا لتأمين خطوط النفط وطرد المسلحين."


def test_tribes_joined_to_a_government_are_a_side(offline_extract):
    got = _records(offline_extract, _TRIBES)
    assert got and got[0].parties == ["الحكومة اليمنية", "قبائل شبوة"]


def test_co_side_switch_off_keeps_one_side(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "WRITTEN_CO_SIDE", False)
    got = _records(offline_extract, _TRIBES)
    assert not got or "قبائل شبوة" not in got[0].parties


def test_co_side_needs_a_verb_of_agreeing(offline_extract):
    # the tribes are named with the government as whom the agreement is welcomed by, nobody signs in the clause
    text = ("ورحبت الحكومة اليمنية وقبائل شبوة بالهدنة بين التحالف والحوثيين في الحديدة.")
    assert all("قبائل شبوة" not in a.parties for a in _records(offline_extract, text))


# STORY_GOVERNMENT_FORCES: "القوات الحكومية" with no name is the government of the country the sentence places -----

_GOV_FORCES = "وشهد الصومال هدنة لمدة أسبوع بين القوات الحكومية وحركة الشباب في إقليم شبيلي السفلى."


def test_government_forces_are_the_countrys_government(offline_extract):
    got = _records(offline_extract, _GOV_FORCES)
    assert got and got[0].parties == ["الحكومة الصومالية", "حركة الشباب"]


def test_government_forces_switch_off_keeps_the_written_name(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_named, "STORY_GOVERNMENT_FORCES", False)
    got = _records(offline_extract, _GOV_FORCES)
    assert got and "القوات الحكومية" in got[0].parties


def test_government_forces_take_the_sentences_country_not_the_tellers(offline_extract):
    text = ("وقال وزير الخارجية الأردني في عمان إن بلاده تتابع الوضع. وأعلن مصدر أردني التوصل ليلا إلى وقف لإطلاق "
            "النار يشمل جنوب سوريا بين المعارضة وقوات الحكومة.")
    got = _records(offline_extract, text)
    assert got and "الحكومة السورية" in got[0].parties and "الحكومة الأردنية" not in got[0].parties


def test_government_forces_of_no_one_country_stay_as_written(offline_extract):
    # the sentence places the truce in two countries: whose government is not told
    text = "وتم التوصل إلى هدنة في اليمن وسوريا بين القوات الحكومية والمتمردين."
    got = _records(offline_extract, text)
    assert got and "القوات الحكومية" in got[0].parties
