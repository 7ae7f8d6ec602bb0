"""Pass 40 clusters: an incident told as past context with a date of its own well before publication is not the news
told with no date, even at the same place (``attacks_clusters.STALE_APART``). Sentences written for these tests."""

from marsad.agent.offline import attacks_clusters as acl

OLD_AT_SAME_PLACE = (
    "قالت الشرطة إن سبعة أشخاص قتلوا وأصيب عشرون آخرون في تفجير انتحاري استهدف مهرجانا لحزب محلي في مدينة كويتا. "
    "وأوضح شهود أن المهاجم فجر نفسه قرب سيارة زعيم الحزب، وسبق لشقيق الزعيم أن قتل في هجوم انتحاري استهدف "
    "مهرجانا في مدينة كويتا في شهر مارس عام 2013، وأعلنت حركة طالبان باكستان حينها تبنيه.")


def _attacks(extract, text: str, published: str = "2019-06-12") -> list:
    return extract(text, published=published).attacks


def test_old_incident_at_the_same_place_is_another_record(offline_extract):
    attacks = _attacks(offline_extract, OLD_AT_SAME_PLACE)
    news = [a for a in attacks if a.killed == 7]
    assert len(news) == 1
    assert news[0].perpetrator is None  # the old claim is not the news's
    assert not (news[0].date or "").startswith("2013")


def test_old_incident_at_the_same_place_off(offline_extract, monkeypatch):
    monkeypatch.setattr(acl, "STALE_APART", False)
    news = [a for a in _attacks(offline_extract, OLD_AT_SAME_PLACE) if a.killed == 7]
    assert news and (news[0].date or "").startswith("2013")


def test_recent_past_telling_still_joins_the_news(offline_extract):
    # the news itself told again as past with a day of this week: one incident
    text = ("قتل خمسة جنود في هجوم على حاجز عسكري في مدينة كويتا. "
            "وكان مسلحون قد هاجموا الحاجز في مدينة كويتا يوم الاثنين الماضي بالأسلحة الرشاشة.")
    attacks = _attacks(offline_extract, text)
    assert len(attacks) == 1 and attacks[0].killed == 5


def test_counted_incident_elsewhere_after_an_old_one_is_its_own(offline_extract):
    # an undated counted attack in a region holding the old incident's city, told after it: not the old incident
    text = OLD_AT_SAME_PLACE + (" كما تعرض موكب مرشح آخر في جنوب غرب باكستان لهجوم بقنبلة أسفر عن "
                                "جرح أربعة أشخاص.")
    attacks = _attacks(offline_extract, text)
    old = [a for a in attacks if (a.date or "").startswith("2013")]
    assert old and all(a.injured != 4 for a in old)


def test_counted_incident_elsewhere_off(offline_extract, monkeypatch):
    monkeypatch.setattr(acl, "STALE_COUNTED", False)
    text = OLD_AT_SAME_PLACE + (" كما تعرض موكب مرشح آخر في جنوب غرب باكستان لهجوم بقنبلة أسفر عن "
                                "جرح أربعة أشخاص.")
    old = [a for a in _attacks(offline_extract, text) if (a.date or "").startswith("2013")]
    assert old and any(a.injured == 4 for a in old)
