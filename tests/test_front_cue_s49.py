"""Pass 49: a front word right after "في" or with "ب" on it, inside its sentence ("في جبهة حرض"، "بجبهة صرواح"), cues
the one-word world name after it as one opening the sentence does (``mentions.FRONT_IN_CUE``): the front's district,
resolved (coordinates, province); a quoted front name ('جبهة "الخط الأول"') is not cut to its first word."""

from __future__ import annotations

from marsad.agent.offline import mentions


def _locations(offline_extract, text):
    return [a.location for a in offline_extract(text).attacks if a.location is not None]


_IN = "قصفت المدفعية مواقع المسلحين في جبهة حرض مساء أمس."
_BI = "قتل خمسة من عناصر الحوثيين في مواجهات مع الجيش اليمني بجبهة صرواح."


def test_front_after_in_is_resolved(offline_extract):
    (loc,) = _locations(offline_extract, _IN)
    assert loc.name == "حرض" and loc.geo_precision == "exact" and loc.lat is not None


def test_front_with_bi_is_resolved(offline_extract):
    (loc,) = _locations(offline_extract, _BI)
    assert loc.name == "صرواح" and loc.geo_precision == "exact" and loc.governorate


def test_quoted_front_name_is_whole(offline_extract):
    text = 'تقدمت القوات أمس بعد هجوم على مواقع المسلحين في جبهة "الخط الأول" بمديرية كتاف.'
    assert [loc.name for loc in _locations(offline_extract, text)] == ["الخط الأول"]


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(mentions, "FRONT_IN_CUE", False)
    assert all(loc.geo_precision != "exact" for loc in _locations(offline_extract, _IN))
    assert all(loc.geo_precision != "exact" for loc in _locations(offline_extract, _BI))
