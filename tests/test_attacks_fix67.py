"""Pass 67 (fixmerge67): the speaker's day and the bare year read alike across the forms news writes them in.

- "بأن"/"وأن" and "عن" after a verb of announcing open what was said as "أن" does (one shape, one date);
- a weapon told as the subject of a clause after "إن" ("إن عبوة ناسفة انفجرت") is told by its verb, as "إن دبابة
  قصفت" is, and a weapon after an attack noun ("هجوما بعبوة") leaves the noun the head;
- "حول" is "around" unless a noun of speech or act stands before it: battles around a town keep their day;
- a bare "في <year>" of another verb's clause, or inside "بعد/قبل + noun", does not date the attack.

Sentences written for these tests."""

from marsad.schemas import Document


def _dates(body: str, published: str) -> list[str | None]:
    from marsad.agent.offline import OfflineExtractor
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published=published))
    return [a.date for a in rec.attacks]


# an official says on Tuesday, with "بأن", that the (known) drone attack hit a convoy: the day is the remark's
_BI_ANNA = "أفاد ضابط في قيادة العمليات، الثلاثاء، بأن الهجوم بالطائرة المسيرة استهدف رتلا للحشد الشعبي قرب ناحية العظيم."
# "أعلن ... عن هجوم" announces the attack on Tuesday; its own day is not told
_ANNOUNCED_ABOUT = "أعلنت خلية الإعلام الأمني، الثلاثاء، عن هجوم بقذائف الهاون طال قاعدة عسكرية في قضاء بلد."
# a toll announced with "عن" keeps the day, as with "إن"
_ANNOUNCED_TOLL = "أعلنت مديرية الشرطة، الثلاثاء، عن مقتل 3 جنود في هجوم على حاجز أمني في قضاء بلد."
# a roadside bomb told by its verb after "إن": the day may be its own
_WEAPON_VERB = "ذكر متحدث عسكري، الثلاثاء، أن عبوة ناسفة انفجرت لدى مرور عجلة للجيش على طريق قضاء بلد."
# fighting around a town, with its toll: the battles are the day's news
_AROUND_TOWN = "واحتدمت مساء اليوم حول بلدة الكرمة المواجهات بين القوات الأمنية ومسلحي داعش وأسفرت عن مقتل 9 مسلحين."
# a statement about clashes, with their toll: "حول" after a noun of speech is a topic word
_STATEMENT_ABOUT = "أصدرت المنظمة، الخميس، بيانا حول المواجهات التي أسفرت عن مقتل 5 محتجين قرب الحدود."


def test_bi_anna_opens_what_was_said_like_anna():
    assert _dates(_BI_ANNA, "2019-04-16") == [None]


def test_an_after_a_verb_of_announcing_opens_what_was_announced():
    assert _dates(_ANNOUNCED_ABOUT, "2019-04-16") == [None]


def test_a_toll_announced_with_an_keeps_the_day():
    assert _dates(_ANNOUNCED_TOLL, "2019-04-16") == ["2019-04-16"]


def test_a_weapon_told_by_its_verb_keeps_the_day():
    assert _dates(_WEAPON_VERB, "2019-04-16") == ["2019-04-16"]


def test_battles_around_a_town_keep_their_day():
    assert _dates(_AROUND_TOWN, "2019-04-16") == ["2019-04-16"]


def test_a_statement_about_clashes_is_not_their_day():
    assert _dates(_STATEMENT_ABOUT, "2019-04-18") == [None]


# the year the gunmen swore allegiance, not the year of the raid
_OTHER_VERB_YEAR = "وكان عناصر بايعوا الجماعة في 2015 قد اقتحموا قرية في ريف حلب وقتلوا عددا من سكانها."
# the year of the takeover, after "بعد": the raid came later, its year untold
_AFTER_YEAR = "وكان المسلحون قد هاجموا البلدة وقتلوا 25 رجلا بعد سيطرتهم على مدينة تدمر في 2015."
# a year opening its clause before the attack word is the attack's
_OPENING_YEAR = "وفي 2016 شن مسلحو الجماعة هجوما على قرية في ريف حلب وقتلوا عددا من سكانها، بحسب التقرير."


def test_year_of_another_verb_does_not_date_the_attack():
    assert "2015" not in _dates(_OTHER_VERB_YEAR, "2019-04-16")


def test_year_after_another_event_does_not_date_the_attack():
    assert "2015" not in _dates(_AFTER_YEAR, "2019-04-16")


def test_year_opening_the_clause_dates_the_attack():
    assert "2016" in _dates(_OPENING_YEAR, "2019-04-16")
