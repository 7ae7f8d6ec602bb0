"""Pass 70 (merge70): talk of attacks that tells no incident -- an attack on a dream someone owns, cyber, sonic and
online attacks.

Sentences written for these tests."""

from marsad.agent.offline import OfflineExtractor, attacks_events, attacks_floats, scope
from marsad.core.arabic import normalize, tokenize
from marsad.schemas import Document


def _attacks(body: str) -> list[str]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published="2018-04-10"))
    return [a.attack_type for a in rec.attacks]


# an attack aimed at a hope or a dream someone owns is a figure
_DREAM = "يقول الكاتب إن ما جرى في عدن أصاب طهران بالذهول، فالهجوم السعودي على حلمها القديم لا توقفه الخطب الحماسية."
_FREEDOM = "ندد الاتحاد في بيان الأحد بالهجوم العنيف ضد حريتنا في مدينة البصرة."


def test_an_attack_on_an_owned_dream_is_no_incident():
    assert _attacks(_DREAM) == []
    assert _attacks(_FREEDOM) == []


def test_abstract_victim_switch_off_keeps_the_old_record(monkeypatch):
    monkeypatch.setattr(attacks_events, "ABSTRACT_VICTIM", False)
    assert len(_attacks(_DREAM)) == 1


def test_an_attack_on_a_person_or_a_town_is_still_an_incident():
    assert len(_attacks(_DREAM[:-1] + "، وقتل شرطي في هجوم على حاجز في عدن.")) == 1
    assert len(_attacks("قتل ثلاثة جنود في الهجوم المسلح على حاجزهم قرب مدينة تكريت مساء الأحد.")) == 1
    assert len(_attacks("شن مسلحون الأحد هجوما على قريتهم في ريف ديالى وقتلوا اثنين من الحراس.")) == 1


# cyber, sonic and online attacks tell no violent incident
def test_sonic_attacks_on_diplomats_are_no_incident():
    body = ("التقى وزير الخارجية في مدينة كراكاس الثلاثاء وفدا من النواب يبحث في هجمات صوتية غامضة ربما أضرت "
            "بصحة موظفين في سفارة بلادهم في كراكاس.")
    assert _attacks(body) == []


def test_attacks_over_the_internet_are_no_incident():
    body = ("فرضت الحكومة عقوبات جديدة الجمعة على شركات متهمة بالانخراط في هجمات عبر الإنترنت والتدخل في "
            "أوكرانيا وجورجيا عام 2015.")
    assert _attacks(body) == []


def test_cyber_attacks_are_no_incident():
    assert _attacks("قالت الشركة الأحد إن مقرها في مدينة دبي تعرض لهجمات سيبرانية خلال الأسبوع الماضي.") == []


def test_a_blast_beside_an_online_word_is_still_an_incident():
    body = ("انفجرت عبوة ناسفة صباح الاثنين في سوق مدينة بعقوبة وقتلت شخصين، وانتشرت صور الهجوم عبر الإنترنت "
            "بعد ساعة.")
    assert len(_attacks(body)) == 1


# a mention with no place, toll or day of its own, told in a year of its own, recalls an earlier incident
def _records(body: str) -> list[list[str]]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published="2018-03-20"))
    return [[c.quote for c in a.citations] for a in rec.attacks]


_TAKEN = "واختطفت الطالبات في بلدة كوندوا بولاية بورنو في 12 شباط/فبراير."


def test_a_mention_in_another_year_joins_no_incident():
    recalled = "ففي 2015 اختطف مسلحون أكثر من 150 طالبة في هجوم أثار غضب العالم."
    assert _records(_TAKEN + " " + recalled) == [[_TAKEN]]
    recalled = "وفي 2015 اختطف مسلحون أكثر من 150 طالبة في هجوم أثار غضب العالم."
    assert _records(_TAKEN + " " + recalled) == [[_TAKEN]]


def test_a_mention_in_the_incidents_own_year_still_joins_it():
    first = "خطف مسلحون 40 طالبة من مدرسة في بلدة كوندوا بولاية بورنو عام 2015."
    again = "وفي 2015 أيضا اختطف مسلحون طالبات في هجوم آخر."
    assert _records(first + " " + again) == [[first, again]]


# one death of wounds told twice: on the day he died, and with the day and place he was shot
_DIED = ("توفي فجر الجمعة فتى من سكان القطاع متأثرا بجروح خطيرة أصيب بها برصاص الجيش الإسرائيلي خلال مواجهات "
         "قرب السياج الفاصل بين قطاع غزة وإسرائيل.")
_SHOT = ("وأوضح المتحدث باسم وزارة الصحة أن الشاب سامي عودة (24 عاما) استشهد متأثرا بجروح أصيب بها برصاص "
         "الجنود في 3 أيار/مايو الماضي شرق مدينة خان يونس.")


def test_one_death_of_wounds_told_twice_is_one_incident():
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=_DIED + " " + _SHOT,
                                              published="2018-05-25"))
    assert len(rec.attacks) == 1
    assert rec.attacks[0].date == "2018-05-03"


def test_another_death_of_wounds_stays_apart():
    other = ("وكان شاب آخر قد توفي أمس متأثرا بجروح أصيب بها برصاص الجنود في 3 أيار/مايو الماضي شرق مدينة "
             "خان يونس.")
    assert len(_records(_DIED + " " + other)) == 2


# fixmerge70 (review70 merge70 findings), sentences written for these tests
def test_a_person_named_like_an_owned_hope_is_still_attacked():
    # "حلمي" (Hilmi) and "فرحة" (Farha) are names, not "my dream" nor "his joy"
    hilmi = "شن مسلحون مجهولون هجوما على حلمي العبيدي عضو مجلس قضاء الخالص في محافظة ديالى صباح السبت."
    farha = "نفذ مسلحون هجوما على فرحة الزبيدي مديرة مدرسة ابتدائية في قضاء المقدادية صباح الاثنين."
    assert _attacks(hilmi) == ["armed_assault"]
    assert _attacks(farha) == ["armed_assault"]


def test_a_year_told_in_another_clause_keeps_the_mention():
    first = "واختطفت الممرضات من المستشفى في بلدة ماكاو بولاية كادونا في 3 آذار/مارس."
    built = "وكان المستشفى قد شيد في 2011، واختطف مسلحون الممرضات في هجوم أدانته الأمم المتحدة."
    assert _records(first + " " + built) == [[first, built]]


def test_a_year_since_which_is_no_year_of_the_mention():
    assert attacks_floats._told_year(["وفي", "2015", "خطف", "مسلحون"], 0, 4) == 2015
    assert attacks_floats._told_year(["ومنذ", "عام", "2009", "خطف", "مسلحون"], 0, 5) is None


def test_the_pictures_of_an_attack_posted_online_keep_its_record():
    body = ("أسفر هجوم على نقطة تفتيش للجيش غرب الرمادي فجر الجمعة عن مقتل ثلاثة جنود، وبث المسلحون مقطعا للهجوم "
            "عبر الإنترنت.")
    assert _attacks(body) == ["other"]
    body = "استهدف هجوم نقطة تفتيش للجيش غرب الرمادي فجر الجمعة، ونشر المسلحون صورا لهجوم عبر الإنترنت."
    assert _attacks(body) == ["other"]


def _cyber(text: str) -> bool:
    return scope.cyber_told(tokenize(normalize(text)))


def test_cyber_adjectives_and_online_spellings_tell_a_cyber_attack():
    assert _cyber("استهدفت هجمات سيبرانية شبكة الاتصالات في مطار بغداد الدولي مساء الأحد.")
    assert _cyber("وتتهم الحكومة جهات أجنبية بشن هجمات عبر الانترنيت على شركات النفط.")
    assert _cyber("وتتهم الحكومة جهات أجنبية بشن هجمات عبر شبكة الإنترنت على شركات النفط.")
    assert not _cyber("أسفر هجوم على نقطة تفتيش غرب الرمادي عن مقتل ثلاثة جنود، ونشر المسلحون صورا لهجوم عبر "
                      "الإنترنت.")
    assert not _cyber("ونشر التنظيم فيديو هجوم عبر الإنترنت على قاعدة الجيش.")


def _places(body: str) -> list[str]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published="2018-06-10"))
    return sorted(a.location.name for a in rec.attacks)


def test_two_deaths_of_wounds_in_two_towns_stay_two():
    body = ("توفي الشرطي أحمد جاسم متأثرا بجروح أصيب بها بنيران قناص في قضاء الشرقاط. كما توفي المزارع حسين علي "
            "متأثرا بجروح أصيب بها بنيران قناص في ناحية العلم.")
    assert _places(body) == ["قضاء الشرقاط", "ناحية العلم"]
    body = ("توفي عامل متأثرا بجروح أصيب بها في انفجار عبوة ناسفة في قضاء بلد الخميس. وفي كركوك، توفي طالب متأثرا "
            "بجروح أصيب بها في انفجار عبوة ناسفة على طريق بغداد قبل أيام.")
    assert len(_places(body)) == 2
