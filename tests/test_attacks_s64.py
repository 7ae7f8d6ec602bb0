"""Pass 64 (merge64): the day of an incident told in the past -- the subject of "كان ... قد", a past incident a
speaker looks back on take no day of the article's news or of the speech; an incident "this comes two days after"
is counted back from the day told before it.

Sentences written for these tests."""

from marsad.agent.offline import OfflineExtractor, attacks_dates, attacks_records
from marsad.schemas import Document


def _records(body: str, published: str = "2018-04-13") -> list[tuple]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published=published))
    return [(a.attack_type, a.location.name if a.location else None, a.date, a.killed, a.background)
            for a in rec.attacks]


# the lead gives the day of a meeting; the attack is the subject of "كان ... قد", with no day of its own
_KANA = ("عقد مجلس الأمن جلسة طارئة الجمعة لبحث الأوضاع في المنطقة. "
         "كان تفجير بعبوة ناسفة في سوق شعبي والذي قتل أكثر من 25 شخصا قد أثار موجة غضب واسعة.")
# the same subject with its own day, told before "قد": it keeps its day
_KANA_DAY = ("عقد مجلس الأمن جلسة طارئة الجمعة لبحث الأوضاع في المنطقة. "
             "كان تفجير بعبوة ناسفة في سوق شعبي مساء الأربعاء والذي قتل أكثر من 25 شخصا قد أثار موجة غضب واسعة.")


def test_kana_subject_takes_no_news_day():
    records = _records(_KANA)
    assert [(r[2], r[3], r[4]) for r in records] == [(None, 25, True)]


def test_kana_subject_with_its_own_day_keeps_it():
    records = _records(_KANA_DAY)
    assert [(r[2], r[3]) for r in records] == [("2018-04-11", 25)]


def test_kana_subject_switch_off(monkeypatch):
    monkeypatch.setattr(attacks_dates, "KANA_SUBJECT", False)
    records = _records(_KANA)
    assert [(r[2], r[3]) for r in records] == [("2018-04-13", 25)]


# a speaker, on his day, looks back on a killing of decades before
_LOOKS_BACK = "قال السياسي المعارض في مقابلة تلفزيونية، الأربعاء، إن عمه اغتيل قبل عقود في العاصمة."
# a speaker, on his day, tells a shooting that is the news
_TELLS_NEWS = "قال مسؤول أمني، الأربعاء، إن مسلحين أطلقوا النار على دورية للشرطة في مدينة الرمادي."


def test_past_incident_takes_no_speech_day():
    records = _records(_LOOKS_BACK, "2018-03-07")
    assert [(r[0], r[2], r[4]) for r in records] == [("assassination", None, True)]


def test_news_told_by_a_speaker_keeps_his_day():
    records = _records(_TELLS_NEWS, "2018-03-07")
    assert [r[2] for r in records] == ["2018-03-07"]


def test_past_said_day_switch_off(monkeypatch):
    monkeypatch.setattr(attacks_records, "PAST_SAID_DAY", False)
    records = _records(_LOOKS_BACK, "2018-03-07")
    assert [r[2] for r in records] == ["2018-03-07"]


# "this comes two days after" another blast: that blast is two days before the news told before it
_COMES_AFTER = ("قتل لغم أرضي زرعه المسلحون، الثلاثاء، راعيين اثنين قرب بلدة الزهرة في محافظة الحديدة. "
                "ويأتي ذلك بعد يومين من انفجار لغم آخر أودى بحياة امرأة في مدينة حيس.")
# no day told before the span: nothing to count back from
_COMES_UNDATED = ("قتل لغم أرضي زرعه المسلحون راعيين اثنين قرب بلدة الزهرة في محافظة الحديدة. "
                  "ويأتي ذلك بعد يومين من انفجار لغم آخر أودى بحياة امرأة في مدينة حيس.")


def test_span_back_from_the_news_told_before():
    records = _records(_COMES_AFTER, "2018-05-23")
    assert sorted((r[1], r[2]) for r in records) == [("الزهرة", "2018-05-22"), ("حيس", "2018-05-20")]


def test_span_back_needs_a_day_told_before():
    records = _records(_COMES_UNDATED, "2018-05-23")
    assert [r[2] for r in records if r[1] == "حيس"] == [None]


def test_span_back_told_switch_off(monkeypatch):
    monkeypatch.setattr(attacks_dates, "SPAN_BACK_TOLD", False)
    records = _records(_COMES_AFTER, "2018-05-23")
    assert [r[2] for r in records if r[1] == "حيس"] == [None]


# fixmerge64 (review64 finding 7): a definite event word in the pluperfect subject refers back to the incident the
# article told before it: its toll is told on, not that of an earlier incident
_KANA_BACK = ("قتل سبعة مدنيين في انفجار سيارة مفخخة في حي الزهور بمدينة الفلوجة. "
              "وكان الانفجار الذي وقع قرب سوق شعبي قد أسفر أيضا عن إصابة 12 آخرين.")
# a definite subject with no event told before it: an earlier incident still (no news day)
_KANA_DEFINITE = ("عقد مجلس الأمن جلسة طارئة الجمعة لبحث الأوضاع في المنطقة. "
                  "كان التفجير الذي استهدف سوقا شعبيا والذي قتل أكثر من 25 شخصا قد أثار موجة غضب واسعة.")
# (finding 8) the article's text opens with the pluperfect: that incident is the news it tells
_KANA_OPENS = "وكان هجوم انتحاري على حاجز للجيش قرب مدينة العريش قد أسفر عن مقتل أربعة جنود."


def test_kana_definite_subject_tells_the_incident_on():
    records = _records(_KANA_BACK)
    assert [(r[3], r[4]) for r in records] == [(7, False)]
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=_KANA_BACK, published="2018-04-13"))
    assert [a.injured for a in rec.attacks] == [12]


def test_kana_definite_subject_with_nothing_told_before_is_past():
    records = _records(_KANA_DEFINITE)
    assert [(r[2], r[3], r[4]) for r in records] == [(None, 25, True)]


def test_kana_opening_the_text_is_the_news():
    records = _records(_KANA_OPENS)
    assert [(r[1], r[3], r[4]) for r in records] == [("العريش", 4, False)]


def test_kana_own_switch_off(monkeypatch):
    monkeypatch.setattr(attacks_dates, "KANA_OWN", False)
    assert [r[4] for r in _records(_KANA_OPENS)] == [True]
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=_KANA_BACK, published="2018-04-13"))
    assert [a.injured for a in rec.attacks] == [None]
