"""Pass 52 (fixmisc52): mends of review52's findings on agreements, rooms and places. Sentences written for these
tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_status


def _statuses(offline_extract, text: str) -> list[str]:
    return [a.status for a in offline_extract(text, published="2019-05-09").agreements]


# M1: SINCE_SIGNED yields to a collapse or a stall told in the mention's reach ------------------------------------

_SINCE_COLLAPSED = "وانهارت الهدنة التي صمدت منذ توقيع الاتفاق بين الجيش والقبائل قبل شهرين."
_SINCE_UNDONE = "ولم يطبق أي بند من بنود اتفاق الرياض منذ توقيع الاتفاق بين الحكومة والمجلس، حتى انهار تماما."


def test_a_collapse_beats_since_signed(offline_extract):
    assert _statuses(offline_extract, _SINCE_COLLAPSED)[-1] == "stalled"
    assert _statuses(offline_extract, _SINCE_UNDONE) == ["stalled"]


# M2: a word of breaking after "دون/بدون" tells no breach (BREACH_NEGATED); the new forms sit under BREACH_FORMS ----

_WITHOUT_PREJUDICE = "ووقعت تونس والجزائر اتفاقية أمنية جديدة دون الإخلال بأحكام الاتفاقيات السابقة بينهما."
_WITHOUT_BREACH = "ووقعت مصر والأردن اتفاقا أمنيا جديدا بدون انتهاك الاتفاقية السابقة بينهما."


def test_without_prejudice_is_no_breach(offline_extract):
    assert _statuses(offline_extract, _WITHOUT_PREJUDICE) == ["agreed"]
    assert _statuses(offline_extract, _WITHOUT_BREACH) == ["agreed"]


def test_switched_off_breach_negated_reads_the_breach(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "BREACH_NEGATED", False)
    assert _statuses(offline_extract, _WITHOUT_BREACH) == ["implementing"]


# agree52 low: JOINED_NOT_SIDE off turns the whole joined-body rule off, NOT_SUBJECT's use of it included ----------

def test_joined_not_side_switch_reaches_not_subject(monkeypatch):
    from marsad.agent.offline import agreements_named, agreements_parties
    from marsad.core.arabic import normalize

    words = [normalize(w) for w in ["وأعلنت", "الحكومة", "انضمامها", "إلى", "التحالف", "الدولي"]]
    assert agreements_parties._not_subject(words, 4)
    monkeypatch.setattr(agreements_named, "JOINED_NOT_SIDE", False)
    assert not agreements_parties._not_subject(words, 4)
    assert not agreements_named._allied(words, 4)


# M5: CONJOINED_GOVERNMENTS reads a glued "و", never the first letter of وزارة/وكالة/وحدة ---------------------------

def _rooms(offline_extract, text: str) -> list[list[str]]:
    return [r.participants for r in offline_extract(text, published="2019-05-09").joint_rooms]


def test_the_waw_of_wizara_is_no_conjunction(offline_extract):
    assert _rooms(offline_extract, "وقال قائد الشرطة الاتحادية وزارة الداخلية شكلت غرفة عمليات مشتركة في كركوك.") == [
        ["الشرطة الاتحادية"]]
    assert _rooms(offline_extract, "وشكلت وزارة الدفاع ووزارة الداخلية غرفة عمليات مشتركة في بغداد.") == [
        ["وزارة الدفاع", "وزارة الداخلية"]]


# places52 low: PROVINCE_NAME writes a Libyan district (GeoNames admin-1 "X District") by its name alone, as every
# other country's province; province_name_keep holds only directions ----------------------------------------------

def test_libyan_district_is_named_alone(offline_extract):
    from marsad.agent.offline import locations

    assert locations.province_name("Misrata District") == "Misrata"
    assert locations.province_name("Southern District") == "Southern District"  # a bare direction keeps its unit
    [attack] = offline_extract("وقتل ثلاثة جنود في انفجار سيارة مفخخة في مدينة مصراتة غرب ليبيا.").attacks
    assert attack.location.governorate == "Misrata"


def test_province_name_keeps_only_directions():
    from marsad.agent.offline import locations

    directions = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"}
    assert locations._PROVINCE_KEEP.issubset(directions)
