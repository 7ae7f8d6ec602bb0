"""Pass 62 (merge62): a record is one incident -- a mention with no place, toll or day of its own joins no other
incident's record.

Sentences written for these tests."""

from marsad.agent.offline import OfflineExtractor, attacks_clusters, attacks_floats
from marsad.schemas import Document


def _records(body: str) -> list[tuple]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published="2018-04-10"))
    return [(a.attack_type, a.location.name if a.location else None, a.killed,
             sorted(body[c.start:c.end][:12] for c in a.citations)) for a in rec.attacks]


# fighting told with no place of its own in the lead; sentences later, after other provinces are named, an assault
# at a city with its own toll: the fighting is not that shelling
_AHEAD = ("أكد القائد العسكري أن القوات تتقدم بشكل كبير في المعركة وأن اشتباكات عنيفة ما تزال تدور هناك وأن أعدادا "
          "كبيرة من المسلحين سقطوا قتلى وجرحى خلال تلك المواجهات. وقال إن القوات ستتجه بعد ذلك إلى محافظة مأرب "
          "ومحافظة الجوف لتطهيرهما. وأضاف أن المسلحين هاجموا مدينة تعز يوم الأحد الماضي ما أدى إلى مقتل "
          "12 مدنيا.")
# the same fighting told right before the assault's sentence, nothing between: it may still be told there
_AHEAD_NEAR = ("أكد القائد العسكري أن القوات تتقدم بشكل كبير في المعركة وأن اشتباكات عنيفة ما تزال تدور هناك وأن "
               "أعدادا كبيرة من المسلحين سقطوا قتلى وجرحى خلال تلك المواجهات. وأضاف أن المسلحين هاجموا مدينة تعز "
               "يوم الأحد الماضي ما أدى إلى مقتل 12 مدنيا.")


def _cited(records: list[tuple]) -> int:
    return max(len(r[3]) for r in records)


def test_fighting_told_before_other_places_is_not_the_later_shelling():
    records = _records(_AHEAD)
    assert len(records) == 1 and _cited(records) == 1


def test_ahead_apart_switch_off_joins_it(monkeypatch):
    monkeypatch.setattr(attacks_floats, "AHEAD_APART", False)
    assert _cited(_records(_AHEAD)) == 2


def test_fighting_told_right_before_the_incident_may_join_it():
    assert _cited(_records(_AHEAD_NEAR)) == 2


# a killing in the news, then one recalled from years before; two sentences on, "that was why he was killed": the
# recalled one, not the news
_RECALLED = ("اغتال مسلحون مجهولون أمس العقيد كمال ناصر قرب منزله في مدينة حمص. وقبله اغتيل النقيب رامي سليم عام 2009 "
             "في مدينة حماة. وكان النقيب قد كشف خيوط قضية فساد كبيرة في الوزارة. وقالت صحيفة محلية إن ذلك كان سبب "
             "اغتيال سليم لاحقا.")


def _cites(records: list[tuple], start: str) -> list[tuple]:
    return [r for r in records if any(q.startswith(start) for q in r[3])]


def test_a_mention_two_sentences_after_a_recalled_killing_is_that_killing():
    records = _records(_RECALLED)
    assert [r[1] for r in _cites(records, "وقالت صحيفة")] == ["حماة"]


def test_named_past_switch_off_gives_it_to_the_news(monkeypatch):
    monkeypatch.setattr(attacks_floats, "NAMED_PAST", False)
    assert [r[1] for r in _cites(_records(_RECALLED), "وقالت صحيفة")] == ["مدينة حمص"]


# a mention whose next word the news incident's sentence holds too is not named by it: it stays with the news
_NOT_NAMED = ("اغتال مسلحون مجهولون أمس العقيد كمال ناصر قرب منزله في مدينة حمص. وقبله اغتيل العقيد رامي سليم عام "
              "2009 في مدينة حماة. وكان الضابط قد كشف خيوط قضية فساد كبيرة في الوزارة. وقالت صحيفة محلية إن اغتيال "
              "العقيد جاء بعد تهديدات.")


def test_a_mention_naming_what_both_killings_share_stays_with_the_news():
    assert [r[1] for r in _cites(_records(_NOT_NAMED), "وقالت صحيفة")] == ["مدينة حمص"]


# one country told by two names (the registry's and the world gazetteer's): one incident
_TWO_NAMES = ("طعن رجل ثلاثة أشخاص في بريطانيا مساء السبت. وقال مسؤول إن الشرطة تبحث عن أدلة. وكانت الحكومة قد طلبت "
              "معلومات عن طعن ثلاثة أشخاص في {}.")


def test_one_country_told_by_two_names_is_one_incident():
    assert len(_records(_TWO_NAMES.format("إنجلترا"))) == 1


def test_one_country_names_switch_off_keeps_two(monkeypatch):
    monkeypatch.setattr(attacks_clusters, "ONE_COUNTRY_NAMES", False)
    assert len(_records(_TWO_NAMES.format("إنجلترا"))) == 2


def test_another_country_stays_apart():
    assert len(_records(_TWO_NAMES.format("فرنسا"))) == 2


# the lead's news came "four days after" a suicide bombing the article tells in detail further on: that bombing
_AFTER = ("شن سلاح الجو غاراته الأولى على مواقع التنظيم الجمعة بعد خمسة أيام على تفجير انتحاري نسبته الحكومة إلى "
          "التنظيم. وقال مسؤول إن الطائرات أقلعت من قاعدة في محافظة أضنة ومحافظة ملاطية. وكان الهجوم الانتحاري قد "
          "أوقع 30 قتيلا في مدينة سروج الاثنين.")


def test_a_bombing_the_news_came_days_after_is_the_one_told_later():
    bombing = [r for r in _records(_AFTER) if r[0] == "suicide_attack"]
    assert len(bombing) == 1 and any(q.startswith("شن سلاح") for q in bombing[0][3])


# review62 (pass 62 fixes): what is told between a floating lead and the incident's sentence but tells no other item
# -- the incident's own province, a town of it, where a source speaks from, "in a related context" -- keeps the lead
_OWN_PROVINCE = ("هاجم مسلحون نقطة تفتيش للجيش وقتلوا عددا من الجنود. وقال مسؤول في محافظة نينوى إن قوات إضافية "
                 "أرسلت من مدينة الموصل. وأضاف أن المسلحين هاجموا نقطة التفتيش في قضاء تلعفر فجر الأحد ما أدى إلى "
                 "مقتل خمسة جنود.")
_SOURCE_CITY = ("فجر انتحاري حزامه الناسف وسط تجمع للجنود. وذكرت الوكالة الحكومية نقلا عن مصدر أمني في بغداد "
                "أن الوضع تحت السيطرة. وأضاف المصدر أن الهجوم الانتحاري وقع عند مدخل مدينة الموصل صباح اليوم ما أدى "
                "إلى مقتل سبعة جنود.")
_RELATED = ("هاجم مسلحون نقطة تفتيش للجيش وقتلوا عددا من الجنود. وفي سياق متصل، قال مسؤول إن المسلحين هاجموا نقطة "
            "التفتيش في قضاء تلعفر فجر الأحد ما أدى إلى مقتل خمسة جنود.")


def test_the_incidents_own_province_between_keeps_the_lead():
    records = _records(_OWN_PROVINCE)
    assert len(records) == 1 and records[0][0] == "armed_assault" and _cited(records) == 2


def test_a_sources_city_between_keeps_the_lead():
    records = _records(_SOURCE_CITY)
    assert len(records) == 1 and _cited(records) == 2


def test_in_a_related_context_keeps_the_lead():
    records = _records(_RELATED)
    assert len(records) == 1 and records[0][0] == "armed_assault" and _cited(records) == 2


# a family name the news victim (named in a sentence no incident holds) shares with a recalled brother: the
# condemnation of "the killing of <family name>" is the news killing's
_BROTHERS = ("اغتال مسلحون مجهولون أمس قاضيا بارزا أمام منزله في مدينة بنغازي. وكان شقيقه خالد العبيدي قد اغتيل عام "
             "2012 في مدينة درنة. وقال مصدر إن القاضي سالم العبيدي كان يتلقى تهديدات منذ أشهر. وأدانت الحكومة "
             "اغتيال العبيدي وطالبت بملاحقة الجناة.")


def test_a_family_name_the_news_victim_shares_stays_with_the_news():
    assert [r[1] for r in _cites(_records(_BROTHERS), "وأدانت الحك")] == ["بنغازي"]


# a part of a country ("شرق البلاد", "شرق سوريا") is no second name of it: only whole country names are one place
def test_a_part_of_a_country_is_no_second_name_of_it():
    from marsad.agent.offline.locations import Place
    from marsad.schemas import Location

    def place(name, key, level):
        return Place(Location(name=name, admin_level="country", country="SY"), key, None, level, 0, 0, 1, False,
                     "country")
    assert attacks_clusters._one_country(place("سوريا", "syria", "country"), place("سوريا", "cc:SY", "country"))
    assert not attacks_clusters._one_country(place("سوريا", "syria", "country"),
                                             place("شرق البلاد", "cc:SY", "area"))


# two countries of one state (one ISO code): two bombs, one in each, are two incidents (review62 finding 4)
_TWO_PARTS = ("انفجرت عبوة ناسفة في محطة قطارات في اسكتلندا صباح السبت. وقال مسؤول إن الشرطة تبحث عن أدلة. كما "
              "انفجرت عبوة ناسفة في محطة حافلات في {}.")


def test_two_countries_of_one_state_stay_apart():
    assert len(_records(_TWO_PARTS.format("إنجلترا"))) == 2
    assert len(_records(_TWO_PARTS.format("ويلز"))) == 2


# "in a related context" after other news (past the body's first sentence): the fighting told before it is another
# item than the front it turns to
_RELATED_AFTER = ("عقد قائد المنطقة العسكرية اجتماعا مع القادة الميدانيين في مقر القيادة صباح اليوم. أعلنت قيادة "
                  "المنطقة العسكرية الخامسة اليوم استعادة ثلاثة تلال في مديرية الصفراء بمحافظة صعدة. وأوضح القائد "
                  "الميداني أن استعادة التلال أسفرت عن مقتل أكثر من 14 مسلحا، وأن المعارك لا تزال مستمرة. وفي سياق "
                  "متصل، قتل 20 مسلحا يوم الجمعة في مواجهات عنيفة بجبهة كتاف شمال محافظة الجوف.")


def test_in_a_related_context_after_other_news_turns_to_another_item():
    assert [r[3] for r in _records(_RELATED_AFTER)] == [["وفي سياق متص"]]


def test_without_the_related_openers_the_fighting_joins_the_front(monkeypatch):
    monkeypatch.setattr(attacks_floats, "_RELATED_OPENERS", [])
    assert [len(r[3]) for r in _records(_RELATED_AFTER)] == [2]
