"""How Arabic news tells (or does not tell) an incident, on sentences written for these tests (session 8).

Cue words are whole words, never letters inside another word ("استعادة" -- recapture -- holds the letters of "عادة"
-- usually -- and is no habit); a telling with no place of its own goes on with the incident told last; a sports
story's "هجوم" and "قصف" are play, not violence; an attack told as history is kept, flagged as background.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline.scope import has_phrase, phrase_table, word_forms
from marsad.core.arabic import normalize, tokenize


def _attacks(offline_extract, text, published="2018-07-20", title=""):
    return offline_extract(text, title=title, published=published).attacks


# --- 1. cue words are whole words ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "form"), [("وعادة", "عاده"), ("كالعادة", "عاده"), ("العادة", "عاده"),
                                            ("بالعادة", "عاده")])
def test_a_cue_word_is_read_behind_its_proclitics_and_article(word, form):
    assert form in word_forms(normalize(word))


@pytest.mark.parametrize("word", ["استعادة", "إعادة", "لاستعادة", "عادات"])
def test_a_cue_word_is_never_read_inside_another_word(word):
    assert "عاده" not in word_forms(normalize(word))


def test_a_phrase_matches_whole_tokens_in_order():
    table = phrase_table(frozenset({"عاده", "بين_الحين_والاخر", "بشكل_متكرر"}))
    assert has_phrase(tokenize("تقصف الطائرات المنطقة بين الحين والآخر"), 0, 99, table)
    assert has_phrase(tokenize("وتتعرض القرى للقصف بشكل متكرر"), 0, 99, table)
    assert not has_phrase(tokenize("تقصف الطائرات المنطقة بين الحين"), 0, 99, table)
    assert not has_phrase(tokenize("ساعد القصف على استعادة القرية"), 0, 99, table)
    # the phrase must stand inside the span asked about
    assert not has_phrase(tokenize("عادة ما تقصف الطائرات القرية"), 1, 99, table)


@pytest.mark.parametrize("text", [
    "قصفت طائرات التحالف تحصينات للحوثيين في مديرية صرواح بمحافظة مأرب، ما ساعد المقاومة على استعادة عدد من المواقع.",
    "قصفت المدفعية التركية مواقع للمسلحين في بلدة عفرين السورية ضمن عملية لاستعادة المنطقة.",
])
def test_a_recapture_is_no_habit(offline_extract, text):
    found = _attacks(offline_extract, text)
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    "وعادة ما تقصف طائرات التحالف مواقع الحوثيين في مأرب.",
    "وكالعادة قصفت الميليشيات الأحياء السكنية في تعز.",
    "وتقصف الطائرات قرى ريف إدلب بين الحين والآخر.",
])
def test_a_habit_told_with_its_word_is_no_incident(offline_extract, text):
    assert _attacks(offline_extract, text) == []


def test_a_telling_with_no_place_goes_on_with_the_incident_told_last(offline_extract):
    text = ("انفجرت سيارة مفخخة قرب مسجد في صنعاء أمس. وفي مأرب قصفت المقاتلات تجمعات للحوثيين. "
            "وفي صنعاء أيضا انفجرت عبوة ناسفة قرب المسجد نفسه. "
            "وذكر مصدر أمني أن الانفجار خلف ستة قتلى وثمانية جرحى.")
    found = {a.location.name if a.location else None: a for a in _attacks(offline_extract, text)}
    assert (found["صنعاء"].killed, found["صنعاء"].injured) == (6, 8)
    assert (found["مأرب"].killed, found["مأرب"].injured) == (None, None)


# --- 2. a sports story's attack words are play ---------------------------------------------------------------------

_MATCH = (
    "فاز فريق الزمالك على ضيفه الأهلي بثلاثة أهداف مقابل هدف في المباراة التي جرت مساء أمس الجمعة على ملعب القاهرة "
    "ضمن الجولة العاشرة من الدوري المصري.\n"
    "وشن لاعبو الزمالك هجوما مكثفا على مرمى الأهلي منذ الدقائق الأولى، وسجل المهاجم الهدف الأول بتسديدة قوية.\n"
    "وواصل الفريق قصف مرمى الحارس بالكرات العرضية، قبل أن يضيف اللاعب الهدف الثاني من ركلة جزاء.\n"
    "واقتحم لاعبو الأهلي منطقة الجزاء في الشوط الثاني وقلصوا الفارق، لكن الزمالك سجل الهدف الثالث.\n"
    "وقال مدرب الزمالك بعد المباراة إن سقوط الأهلي كان متوقعا وإن اللاعبين نفذوا هجمات مرتدة خطيرة.\n"
)

_STADIUM = (
    "قتل 12 شخصا وأصيب 30 آخرون بانفجار عبوة ناسفة داخل ملعب لكرة القدم في مدينة الرمادي مساء أمس الجمعة خلال مباراة "
    "بين فريقين محليين.\n"
    "وقال مصدر في الشرطة إن العبوة انفجرت وسط المشجعين أثناء الشوط الثاني من المباراة.\n"
    "وكان الملعب يستضيف مباراة في بطولة الدوري المحلي بين نادي الرمادي ونادي الفلوجة.\n"
    "وأضاف أن بين القتلى لاعبا ومدرب أحد الفريقين.\n"
    "وأعلنت إدارة البطولة تأجيل باقي مباريات الجولة.\n"
)


def test_a_match_report_tells_no_attack(offline_extract):
    assert _attacks(offline_extract, _MATCH, published="2018-07-21", title="الزمالك يفوز على الأهلي بثلاثية") == []


def test_a_bombing_at_a_stadium_told_in_sports_words_is_still_an_attack(offline_extract):
    found = _attacks(offline_extract, _STADIUM, published="2018-07-21", title="مقتل 12 بانفجار في ملعب بالرمادي")
    assert len(found) == 1
    assert (found[0].killed, found[0].injured) == (12, 30)
    assert found[0].location is not None and "الرمادي" in found[0].location.name


def test_a_shooting_with_its_toll_in_a_sports_story_is_kept_and_its_play_is_not(offline_extract):
    text = _MATCH + "وبعد المباراة قتل 3 مشجعين برصاص مسلحين مجهولين قرب الملعب في القاهرة.\n"
    found = _attacks(offline_extract, text, published="2018-07-21")
    assert len(found) == 1
    assert found[0].killed == 3


def test_a_few_sports_words_do_not_make_a_war_story_a_match(offline_extract):
    text = ("قصفت طائرات التحالف تحصينات للحوثيين في محافظة مأرب أمس الجمعة.\n"
            "وشن الحوثيون هجوما على مواقع الجيش قرب ملعب المدينة الرياضي.\n"
            "وقالت مصادر إن الاشتباكات استمرت حتى الصباح.\n")
    assert len(_attacks(offline_extract, text, published="2018-07-21")) >= 1


# --- 3. history and anniversaries are kept, flagged background ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "وفي عام 2003 قتل 22 موظفا بتفجير شاحنة مفخخة استهدف مقر الأمم المتحدة في بغداد.",
    "وقبل سنوات قتل 30 شخصا بتفجير سيارة مفخخة في سوق الكاظمية ببغداد.",
    "وإبان الحرب الأهلية قصفت الطائرات مدينة حماة وقتلت آلاف المدنيين.",
    "وخلال الحرب قصفت الطائرات الإسرائيلية الضاحية الجنوبية لبيروت ودمرت مئات المباني.",
    "وأحيا الأهالي أمس الذكرى السنوية لتفجير الكرادة الذي أودى بحياة 300 شخص في بغداد.",
])
def test_an_attack_told_as_history_is_kept_as_background(offline_extract, text):
    found = _attacks(offline_extract, text)
    assert len(found) == 1
    assert found[0].background


def test_history_named_in_passing_with_no_place_or_toll_is_no_record(offline_extract):
    assert _attacks(offline_extract, "وكانت حرب الخليج عام 1991 قد دمرت البنية التحتية للبلاد.") == []


@pytest.mark.parametrize("text", [
    "فجر انتحاري نفسه أمس وسط المشاركين في إحياء ذكرى ضحايا مجزرة سبايكر في مدينة تكريت ما أدى إلى مقتل 7 أشخاص.",
    "قتل 5 جنود بانفجار عبوة ناسفة في الرمادي أمس. وتزامن الهجوم مع الذكرى الرابعة لسقوط المدينة.",
    "قصفت الطائرات مدينة حلب أمس خلال الحرب الدائرة في سوريا وقتل 10 مدنيين.",
])
def test_an_attack_on_an_anniversary_or_in_a_running_war_is_the_news(offline_extract, text):
    found = _attacks(offline_extract, text)
    assert len(found) == 1
    assert not found[0].background


def test_history_does_not_join_the_news_told_in_the_same_country(offline_extract):
    text = ("قتل 4 جنود روس في هجوم على حاجز في الشيشان أمس.\n"
            "وكان الرئيس الشيشاني السابق أحمد قاديروف قد اغتيل بتفجير في ملعب بغروزني في مايو 2004.\n"
            "وتولى ابنه الحكم بعد اغتيال والده.\n")
    found = _attacks(offline_extract, text)
    news = [a for a in found if not a.background]
    past = [a for a in found if a.background]
    assert len(news) == 1 and news[0].killed == 4
    assert len(past) == 1 and past[0].date == "2004-05"


# --- 4. an animal's attack is no attack of people -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "نجا بطل ركوب الأمواج من هجوم سمكة قرش أثناء مسابقة قبالة سواحل أستراليا أمس.",
    "أصيب طفل بجروح خطيرة إثر هجوم كلب ضال عليه في مدينة عمان أمس.",
])
def test_an_animal_attack_is_no_incident(offline_extract, text):
    assert _attacks(offline_extract, text) == []


def test_animals_further_on_in_the_sentence_do_not_stop_an_attack(offline_extract):
    found = _attacks(offline_extract, "قتل شرطي بهجوم مسلح على دورية للشرطة كانت ترافق كلابا بوليسية في بغداد أمس.")
    assert len(found) == 1 and found[0].killed == 1


# --- 5. a blow dealt to someone is a figure ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "أصدرت محكمة في إسلام أباد حكما بسجن رئيس الوزراء السابق، في ضربة لحزبه الذي يخوض الانتخابات.",
    "وبلغت القوات الحكومية أطراف مدينة حرض، في ضربة موجعة لجماعة الحوثي في محافظة حجة.",
    "الحزب الحاكم الذي تعرض لضربة قاسية بعد موجة الاحتجاجات الشعبية في تونس ومصر.",
])
def test_a_blow_dealt_to_someone_is_no_strike(offline_extract, text):
    assert _attacks(offline_extract, text) == []


@pytest.mark.parametrize("text", [
    "نفذت طائرات التحالف ضربة جوية على مواقع الحوثيين في صعدة أمس.",
    "وجهت المقاتلات الأمريكية ضربة لمواقع داعش في الرقة أمس.",
    "وأفادت القيادة بأن ضربة جوية أصابت ورشة لتفخيخ السيارات في قضاء الشرقاط فجر اليوم.",
    "قتل 5 مسلحين في ضربة لطائرة مسيرة أمريكية في شبوة أمس.",
])
def test_a_strike_of_arms_stays_an_attack(offline_extract, text):
    assert len(_attacks(offline_extract, text)) == 1


# --- 6. attacks spoken of with the verb of their trend ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأشار مراقبون إلى أن المعارك في ولاية كاشين البورمية تكثفت خلال العامين الماضيين.",
    "وقال نشطاء إن الهجمات تصاعدت في الأشهر الأخيرة في ولاية شان.",
])
def test_attacks_told_with_their_trend_are_no_incident(offline_extract, text):
    assert _attacks(offline_extract, text) == []


@pytest.mark.parametrize("text", [
    "اندلعت الاشتباكات أمس في مدينة لاشيو بين الجيش ومسلحين وتصاعدت حدتها مساء.",
    "قتل 5 أشخاص في هجمات تزايدت حدتها أمس في مدينة كركوك.",
])
def test_one_days_fighting_that_grew_is_still_an_incident(offline_extract, text):
    assert len(_attacks(offline_extract, text)) == 1
