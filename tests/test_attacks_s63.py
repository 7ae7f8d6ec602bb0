"""Pass 63 (merge63): one record per incident -- a statement's day is not the incident's, a region told after a town
in it is that town's incident told again.

Sentences written for these tests."""

from marsad.agent.offline import OfflineExtractor, attacks_clusters, attacks_dates
from marsad.schemas import Document


def _records(body: str, published: str = "2018-04-10") -> list[tuple]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published=published))
    return [(a.attack_type, a.location.name if a.location else None, a.date, a.killed,
             sorted(body[c.start:c.end][:12] for c in a.citations)) for a in rec.attacks]


# the day the friend spoke, set off by commas before "أن", after a long description of who he is
_FRIEND = ("أفاد صديق للتاجر الذي تعرض لإطلاق نار في مدينة الموصل إذاعة محلية معروفة، السبت، أن التاجر غادر "
           "المستشفى وعاد إلى منزله. وقال الصديق إن التاجر يتلقى العلاج في البيت منذ أيام. "
           "وكان التاجر قد أصيب بإطلاق نار في الموصل في الرابع من آذار/مارس.")
# the day told with the attack itself, no verb of saying opening the sentence
_OWN_DAY = "تعرض تاجر لإطلاق نار في مدينة الموصل، السبت، أثناء عودته إلى منزله."
# a participle of saying, the day, and its "أن"
_PARTICIPLE = ("ندد وزير الداخلية بالهجوم الذي استهدف مركزا للشرطة في مدينة كركوك، مؤكدا اليوم الاثنين أن "
               "الجناة سينالون عقابهم. وكان مسلحون قد هاجموا مركز الشرطة في كركوك في الثاني من آذار/مارس.")


def test_statement_day_does_not_keep_the_retelling_apart():
    records = _records(_FRIEND)
    assert len(records) == 1 and len(records[0][4]) == 2


def test_own_day_still_dates_the_attack():
    records = _records(_OWN_DAY)
    assert len(records) == 1 and records[0][2] == "2018-04-07"


def test_participle_day_does_not_keep_the_retelling_apart():
    records = _records(_PARTICIPLE)
    assert len(records) == 1 and len(records[0][4]) == 2


def test_speech_opener_day_switch_off(monkeypatch):
    monkeypatch.setattr(attacks_dates, "SPEECH_OPENER_DAY", False)
    assert len(_records(_FRIEND)) == 2
    assert len(_records(_PARTICIPLE)) == 2


# a strike told at a quarter of Gaza City, then told again by the army at the Strip
_QUARTER = ("قصفت طائرة حربية فجر الأحد سيارة مدنية في حي الزيتون شرق مدينة غزة دون وقوع إصابات. "
            "وأفادت مصادر محلية أن السيارة كانت متوقفة أمام منزل في الحي. "
            "وقالت وزارة الصحة إن الطواقم لم تسجل أي إصابات. "
            "وأعلن الجيش أن طائرة تابعة له استهدفت سيارة يملكها ناشط في قطاع غزة.")
# the Strip told first, as the lead's frame, and two strikes at two towns in it after
_STRIP_FIRST = ("شنت طائرات حربية غارتين على قطاع غزة فجر الأحد دون وقوع إصابات. "
                "وأصابت الغارة الأولى نقطة رصد في بلدة بيت لاهيا بالشمال. "
                "وفي وقت لاحق قصفت الطائرات موقعا آخر شرق مدينة خان يونس.")


def test_region_told_after_its_town_is_that_incident():
    records = _records(_QUARTER, "2018-06-17")
    assert len(records) == 1


def test_region_told_first_keeps_its_towns_apart():
    records = _records(_STRIP_FIRST, "2018-06-17")
    assert len(records) >= 2


def test_region_holds_switch_off(monkeypatch):
    monkeypatch.setattr(attacks_clusters, "REGION_HOLDS", False)
    assert len(_records(_QUARTER, "2018-06-17")) == 2


def test_said_day_retold_switch_off(monkeypatch):
    monkeypatch.setattr(attacks_clusters, "SAID_DAY_RETOLD", False)
    assert len(_records(_FRIEND)) == 2
    assert len(_records(_PARTICIPLE)) == 2


# review63 finding 7: a speaker's day lifts PAST_DAY_APART only for an incident of his month or the one before it
_YEARS_BEFORE = ("ندد المحافظ بالتفجير الذي استهدف سوقا شعبيا في مدينة تكريت، مؤكدا اليوم الأحد أن الأمن سيلاحق "
                 "المنفذين. وكانت تكريت قد شهدت تفجيرا استهدف السوق نفسه في أيار/مايو 2014.")


def test_said_day_does_not_join_an_incident_years_before():
    assert len(_records(_YEARS_BEFORE, "2018-04-09")) == 2


def test_said_day_still_joins_the_month_before():
    assert len(_records(_PARTICIPLE)) == 1


# review63 finding 8: a later telling at the region that names a target of its own is another strike
_OTHER_TARGET = ("قتل شابان في غارة إسرائيلية على حي الزيتون شرق مدينة غزة فجر الأحد. وأعلن الجيش الإسرائيلي أن "
                 "طائراته قصفت "
                 "مساء الأحد مستودعا للذخيرة داخل قطاع غزة ردا على إطلاق صاروخ.")


def test_region_told_after_with_another_target_stays_apart():
    assert len(_records(_OTHER_TARGET, "2018-06-17")) == 2


def test_region_told_after_with_the_same_target_still_joins():
    assert len(_records(_QUARTER, "2018-06-17")) == 1


# review63 finding 11: an opener that calls the next incident separate keeps it apart, even with no place of its own
_SEPARATE = ("قتل شابان في غارة جوية على حي الزيتون شرق مدينة غزة فجر الأحد. "
             "وفي حادثة أخرى، جرح أربعة مزارعين بنيران الجنود قرب السياج.")
_NO_OPENER = ("قتل شابان في غارة جوية على حي الزيتون شرق مدينة غزة فجر الأحد. "
              "وجرح أربعة مزارعين بنيران الجنود قرب السياج.")


def test_separate_opener_keeps_an_unplaced_telling_apart():
    assert len(_records(_SEPARATE, "2018-06-17")) == 2


def test_no_separate_opener_keeps_the_telling_with_the_incident():
    assert len(_records(_NO_OPENER, "2018-06-17")) == 1


def test_one_region_distance():
    """review63 finding 10: the dead-region test of attacks_retold reads the region distance of attacks_clusters."""
    from marsad.agent.offline import attacks_retold
    assert attacks_retold.region_km is attacks_clusters.region_km
