"""Pass 67 (merge67): the day a speaker spoke of an attack, or acted about it, is not the attack's day (D-6); the
year written alone after "في" dates a recalled attack.

"قال النائب اليوم الاثنين إن الهجوم ..." and "عرقلت دولة، الأربعاء، بيانا بشأن إطلاق صواريخ ..." tell the day of the
remark or of the act, and the attack as a noun (definite, after a preposition, "إن" or a topic word): the record keeps
its place and words but leaves its date out. An attack told by a verb in what was said ("إن دبابة قصفت ...") or with a
toll after "إن" alone keeps the day; a toll of an attack that is the topic of a call or statement ("دعت إلى تحقيق
حول مواجهات أسفرت عن مقتل 16") does not.

Sentences written for these tests."""

from marsad.schemas import Document


def _dates(body: str, published: str) -> list[tuple]:
    from marsad.agent.offline import OfflineExtractor
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published=published))
    return [(a.location.name if a.location else None, a.date, a.date_text) for a in rec.attacks]


# a lawmaker speaks on Monday of a poisoning told as a definite noun after his "إن"
_SPOKE_OF = ("قال رئيس لجنة الدفاع في البرلمان اليوم الاثنين إن الهجوم بالغاز السام الذي استهدف ضابطا "
             "سابقا في مدينة سالزبري يبدو من تدبير دولة أجنبية.")
# a state blocks on Wednesday a statement about rocket fire: the rockets are the statement's topic
_TOPIC_OF = ("عرقلت دولة عربية، الأربعاء، صدور بيان في مجلس الأمن بشأن إطلاق صواريخ من قطاع غزة "
             "باتجاه البلدات المجاورة.")
# a minister calls on Saturday for an inquiry about clashes with their toll: the clashes are the call's topic
_TOPIC_TOLL = ("طالبت وزيرة الخارجية، السبت، بتحقيق مستقل حول استخدام الجنود الرصاص الحي في مواجهات "
               "أسفرت عن مقتل 12 متظاهرا على حدود قطاع غزة.")
# a government accused of waging a gas attack, said on Monday
_WAGING = ("اعتبر المتحدث باسم الحكومة، الاثنين، أن الحكومة المتهمة بشن هجوم كيمياوي على بلدة دوما "
           "غير قادرة على ذلك وحدها.")
# the army tells on Saturday that its tank shelled a post: news told by a verb, the day may be its own
_TOLD_BY_VERB = "قال الجيش، السبت، إن دبابة قصفت موقعا لحركة حماس شرق مدينة غزة."
# the police announce a bombing's toll: the announced news keeps the day
_TOLL_TOLD = "قال متحدث باسم الشرطة، اليوم الأحد، إن الهجوم على نقطة تفتيش في مدينة كركوك أسفر عن مقتل 4 جنود."


def test_day_of_the_remark_is_not_the_attack_day():
    assert _dates(_SPOKE_OF, "2018-03-12") == [("سالزبري", None, "اليوم الاثنين")]


def test_day_of_an_act_about_the_attack_is_not_its_day():
    records = _dates(_TOPIC_OF, "2018-05-30")
    assert len(records) == 1 and records[0][1] is None


def test_topic_of_a_call_with_its_toll_is_not_dated_by_the_call():
    records = _dates(_TOPIC_TOLL, "2018-03-31")
    assert len(records) == 1 and records[0][1] is None


def test_attack_after_a_noun_of_waging_is_not_dated_by_the_remark():
    records = _dates(_WAGING, "2018-04-09")
    assert len(records) == 1 and records[0][1] is None


def test_attack_told_by_a_verb_keeps_the_day():
    assert [r[1] for r in _dates(_TOLD_BY_VERB, "2018-07-21")] == ["2018-07-21"]


def test_attack_with_its_toll_keeps_the_day():
    assert [r[1] for r in _dates(_TOLL_TOLD, "2018-04-08")] == ["2018-04-08"]


# a massacre recalled with its year written alone after "في"
_YEAR_ALONE = "وذكّرت الحكومة البرلمان بمجزرة البلدة الصغيرة في البوسنة في 1995 حين قتل مئات المدنيين العزل."
# the year follows the toll of a mall attack recalled in a visit story
_YEAR_AFTER_TOLL = ("وتبقى الجماعة المتشددة التي شنت هجوما داميا على مركز تجاري في نيروبي راح ضحيته 60 قتيلا في 2013 "
                    "مصدر القلق الأول قبل الزيارة.")
# "منذ" tells when something began, not the year of the attack recalled
_SINCE_YEAR = ("وذكّرت الحكومة البرلمان بمجزرة البلدة الصغيرة في البوسنة حين قتل مئات المدنيين العزل، وهي قضية "
               "مفتوحة منذ 1996.")


def test_year_written_alone_dates_a_recalled_massacre():
    assert [(r[1], r[2]) for r in _dates(_YEAR_ALONE, "2018-02-23")] == [("1995", "1995")]


def test_year_after_the_toll_dates_the_recalled_attack():
    assert [r[1] for r in _dates(_YEAR_AFTER_TOLL, "2015-07-25")] == ["2013"]


def test_year_after_since_is_not_the_attack_year():
    assert all(r[1] != "1996" for r in _dates(_SINCE_YEAR, "2018-02-23"))
