"""Counts after a kill verb's subject and after a span told before the count (pass 44).

- NISBA_AFTER_ELEVEN: after 11 or more, a people's nisba is a singular accusative ("23 يمنيا"), still the victims.
- SPAN_AFTER_VERB: "قتل قبل ثلاثة أيام 8 أشخاص" reads the 8, as "قتل أمس 8" does.
- dates "ago": "وقبل يومين" (a glued و/ف) is a date as "قبل يومين" is.
"""
from marsad.agent.offline import casualties_counts, casualties_subjects


def test_singular_nisba_after_eleven_is_the_toll(frame_killed):
    assert frame_killed("أعدم المسلحون 14 سوريا رميا بالرصاص في ريف حلب الشرقي يوم الخميس.") == [14]
    assert frame_killed("وقتل قناصة الميليشيا 23 يمنيا في أحياء مدينة تعز خلال الأسبوع.") == [23]


def test_singular_nisba_after_ten_or_fewer_is_no_count(frame_killed, monkeypatch):
    # a number up to ten takes the plural; "5 مصريا" is no Arabic count, and a definite word is no object
    assert frame_killed("قتلت الجماعة 5 مصريا في سيناء.") == []
    monkeypatch.setattr(casualties_subjects, "NISBA_AFTER_ELEVEN", False)
    assert frame_killed("أعدم المسلحون 14 سوريا رميا بالرصاص في ريف حلب الشرقي يوم الخميس.") == []


def test_span_after_verb_reads_the_count(frame_killed):
    assert frame_killed("وقتل قبل ثلاثة أيام 8 أشخاص بانفجار عبوة في سوق مدينة الرمادي.") == [8]


def test_span_after_verb_switch_and_not_a_span(frame_killed, monkeypatch):
    # "قبل" with no span after it ("قبل وصول") is no date: nothing is skipped
    assert frame_killed("وقتل قبل وصول النجدة 8 أشخاص في الهجوم على القرية.") == []
    monkeypatch.setattr(casualties_counts, "SPAN_AFTER_VERB", False)
    assert frame_killed("وقتل قبل ثلاثة أيام 8 أشخاص بانفجار عبوة في سوق مدينة الرمادي.") == []



def test_ago_with_glued_conjunction_is_a_date():
    # "وقبل يومين" dates back as "قبل يومين" does; "وقبل وصول" and "وقبلت" are no span
    import datetime as dt

    from marsad.agent.dates import resolve_text
    ((_, r),) = resolve_text("وقبل يومين هاجم مسلحون نقطة تفتيش قرب سامراء", dt.date(2019, 3, 20))
    assert r.iso == "2019-03-18"
    assert resolve_text("وقبل وصول القوات انسحب المسلحون من القرية", dt.date(2019, 3, 20)) == []
    assert resolve_text("وقبلت الحكومة يوما واحدا للتفاوض", dt.date(2019, 3, 20)) == []
