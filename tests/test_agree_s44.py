"""Pass 44 (agree44): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_status


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
