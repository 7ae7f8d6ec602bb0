"""Session 19: the news day an article's undated incidents inherit (agent/offline/attacks_records._lead_day).

The lead's first day-precise date was taken whatever it dated. Two cases where it is not the day of the news:
the day a statement was made ("أعلن الجيش، الأحد، أن ...") when the lead tells an earlier day after it ("مساء
السبت"): switch REPORT_YIELDS; and a day that anchors a span told after it ("اليوم الأحد ... بعد يوم من هجوم"):
switch SPAN_ANCHOR. The sentences below are written for the tests (published on a Sunday, 2019-03-10).
"""

from marsad.agent.offline import attacks_records

_SAID_THEN_EVENING = ("أعلن الجيش العراقي، الأحد، أن قواته أحبطت هجوما شنه مسلحون على مواقعها مساء السبت في "
                      "محافظة ديالى. وبحسب مصدر عسكري، فإن اشتباكات عنيفة وقعت بين القوات والمهاجمين أسفرت عن "
                      "مقتل ثلاثة جنود وإصابة آخرين.")
_SAID_ONLY = ("أعلن الجيش العراقي، الأحد، أن قواته أحبطت هجوما شنه مسلحون على مواقعها في محافظة ديالى. "
              "وبحسب مصدر عسكري، فإن اشتباكات عنيفة وقعت بين القوات والمهاجمين أسفرت عن مقتل ثلاثة جنود.")
_DAY_AFTER = ("دعا رئيس الوزراء، اليوم الأحد، المواطنين إلى الحذر بعد يوم من هجوم دام على سوق شعبي في مدينة "
              "الحلة. وقالت الشرطة إن سيارة مفخخة انفجرت قرب مدخل السوق ما أدى إلى مقتل خمسة مدنيين.")


def _killed_day(offline_extract, text, killed):
    return [a.date for a in offline_extract(text).attacks if a.killed == killed]


def test_statement_day_yields_to_the_evening_told_after_it(offline_extract):
    assert _killed_day(offline_extract, _SAID_THEN_EVENING, 3) == ["2019-03-09"]


def test_switch_off_gives_the_statement_day(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_records, "REPORT_YIELDS", False)
    assert _killed_day(offline_extract, _SAID_THEN_EVENING, 3) == ["2019-03-10"]


def test_statement_day_alone_stays_the_news_day(offline_extract):
    assert _killed_day(offline_extract, _SAID_ONLY, 3) == ["2019-03-10"]


def test_span_anchor_moves_the_news_day_back(offline_extract):
    assert _killed_day(offline_extract, _DAY_AFTER, 5) == ["2019-03-09"]


def test_span_anchor_switch_off_gives_the_anchor(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_dates

    monkeypatch.setattr(attacks_records, "SPAN_ANCHOR", False)
    monkeypatch.setattr(attacks_dates, "SPAN_OWN", False)  # (the lead's own incident read by its span goes with it)
    assert _killed_day(offline_extract, _DAY_AFTER, 5) == ["2019-03-10"]
