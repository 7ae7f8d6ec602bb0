"""Pass 44 (agree44): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_parties, agreements_status


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
