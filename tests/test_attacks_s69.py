"""Pass 69 (merge69): the date of an incident.

- "اليوم" followed by an ordinal or a word of its kind ("في اليوم الأخير من شهر رمضان"، "في اليوم التالي"، "في اليوم
  نفسه") names a day by its order, not today.
- A date after publication ("ستستضيف البطولة عام 2026") dates no attack.
- A year or month "since" which an event is measured ("في أخطر مواجهة منذ حرب العام 2014") is no date of it while its
  sentence tells another day.

Sentences written for these tests."""

from marsad.schemas import Document


def _dates(body: str, published: str) -> list[str | None]:
    from marsad.agent.offline import OfflineExtractor
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published=published))
    return [a.date for a in rec.attacks]


def _kinds(text: str) -> list[str]:
    from marsad.agent.dates import find_dates
    from marsad.core.arabic import normalize
    return [m.kind for m in find_dates(normalize(text))]


def test_ordinal_day_is_not_today():
    assert _kinds("وقع التفجير في اليوم الأخير من شهر رمضان") == []
    assert _kinds("وعثر على الجثة في اليوم التالي") == []
    assert _kinds("وفي اليوم نفسه قصفت الطائرات") == []


def test_today_still_read():
    assert _kinds("قصفت الطائرات فجر اليوم مواقع") == ["rel"]
    assert _kinds("قال الوزير اليوم الأحد إن") == ["rel"]
    assert _kinds("وقال اليوم إن القصف مستمر") == ["rel"]


_LAST_DAY = ("قال الكاتب إن التفجير الذي وقع في اليوم الأخير من شهر رمضان قرب نقطة أمنية في الرياض أسفر عن "
             "مقتل شرطيين.")


def test_last_day_of_ramadan_is_not_publication_day():
    assert _dates(_LAST_DAY, "2015-07-21") == [None]


_FUTURE = "أكد المتحدث أن المدينة ستستضيف البطولة عام 2026، بعد أن هاجم مسلحون فندقا فيها وقتلوا ثلاثة حراس."


def test_future_year_dates_no_attack():
    assert _dates(_FUTURE, "2015-07-24") == [None]


_SINCE_WAR = ("أعلن رئيس الوزراء، الأربعاء، أن الجيش وجه أعنف ضربة إلى الفصائل في غزة، في أخطر مواجهة منذ حرب "
              "العام 2014.")
_SINCE_MONTH = "قتل عشرون جنديا في هجوم انتحاري على قاعدة للجيش في المكلا، الاثنين، في أعنف هجوم منذ مارس 2015."
_PAST_YEAR = "وفي عام 2014 قتل عشرون جنديا في هجوم انتحاري على قاعدة للجيش في المكلا."


def test_year_since_is_not_the_date():
    assert _dates(_SINCE_WAR, "2018-05-30") == ["2018-05-30"]


def test_month_since_is_not_the_date():
    assert _dates(_SINCE_MONTH, "2016-05-30") == ["2016-05-30"]


def test_year_of_the_event_kept():
    assert _dates(_PAST_YEAR, "2016-05-30") == ["2014"]


# "قبل 3 عقود"، "قبل عقدين": decades back are read as years back ("قبل 30 عاما"); "قبل عقد الاجتماع" (before a meeting
# is held) is no date.
def _ago_years(text: str, published: str = "2018-03-07") -> list[str]:
    import datetime as dt

    from marsad.agent.dates import find_dates, resolve
    from marsad.core.arabic import normalize
    return [resolve(m, dt.date.fromisoformat(published)).iso for m in find_dates(normalize(text))]


def test_decades_back_are_years_back():
    assert _ago_years("وقال إن والده اغتيل قبل 3 عقود") == ["1988"]
    assert _ago_years("وقال إن والده اغتيل قبل ثلاثة عقود") == ["1988"]
    assert _ago_years("وقع التفجير قبل نحو عقدين") == ["1998"]


def test_holding_a_meeting_is_no_decade():
    assert _ago_years("وسيطر الجيش على البلدة قبل عقد الاجتماع") == []


_DECADES_SAID = ("جاء ذلك خلال مقابلة ضمن برنامج حواري، الأربعاء، على شاشة إحدى القنوات، اتهم خلالها الشيخ "
                 "حاكم البلاد السابق باغتيال والده قبل 3 عقود.")


def test_interview_day_does_not_date_a_killing_decades_back():
    assert "2018-03-07" not in _dates(_DECADES_SAID, "2018-03-07")


# Strikes or shelling told as support of the fighting beside them, placed only at the country, take the fighting's
# place (the record told in the same sentence, else the nearest told before it, in the same country).
def _places(body: str, published: str = "2018-03-25") -> list[str | None]:
    from marsad.agent.offline import OfflineExtractor
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published=published))
    return [a.location.name if a.location else None for a in rec.attacks]


_SUPPORT_SAME = ("دارت اشتباكات عنيفة بين قوات الجيش والحوثيين في جبال مديرية المتون بمحافظة الجوف، رافقه قصف "
                 "مدفعي وصاروخي مكثف من التحالف في اليمن.")
_SUPPORT_BEFORE = ("قتل خمسة من الحوثيين في معارك عنيفة مع قوات الجيش التي استعادت صباح الأحد السيطرة على سوق "
                   "منطقة الشريجة في مديرية كرش.\n"
                   "وقالت المصادر إن مقاتلات التحالف شنت غارات كثيفة لمساندة الجيش أثناء زحفه، واستهدفت تجمعات "
                   "المسلحين في اليمن.")
_SUPPORT_TOWN = _SUPPORT_BEFORE.replace("في اليمن.", "في مدينة صعدة.")
_OTHER_COUNTRY = "قتل خمسة جنود في هجوم على موقع للجيش في مدينة الموصل.\nوشنت طائرات التحالف غارات في سوريا بالتزامن مع ذلك."


def test_support_fire_in_the_same_sentence_takes_its_place():
    assert _places(_SUPPORT_SAME, "2018-02-25") == ["مديرية المتون", "مديرية المتون"]


def test_support_fire_takes_the_place_of_the_fighting_before():
    assert _places(_SUPPORT_BEFORE) == ["الشريجة", "الشريجة"]


def test_support_fire_with_a_town_keeps_it():
    assert _places(_SUPPORT_TOWN) == ["الشريجة", "صعدة"]


def test_support_fire_in_another_country_keeps_it():
    assert _places(_OTHER_COUNTRY)[1] == "سوريا"
