"""Pass 56 (qafit56): a question asking a slot of a kind (a sum of money, a type, the force someone belongs to, a
reason) whose quoted sentence holds no filler of that kind is answered with the next sentence that holds one."""

import pytest

from marsad.agent.qa import passages
from marsad.agent.qa.question import parse_question

ARTICLE = ("هاجم مسلحون منزل قائد الحرس السابق في بلدة الوادي مساء الاثنين وحاولوا اقتحامه. "
           "وأشارت المصادر إلى أن الحراس أطلقوا النار على المهاجمين فقتلوا ثلاثة منهم. "
           "ويتبع طاقم الحراسة قوات النخبة الجبلية الموالية للحكومة. "
           "وفر قائد المهاجمين وبحوزته 3 ملايين دولار من أموال الجماعة. "
           "وظهرت في الصور منصة صواريخ من طراز XR7 مدمرة قرب المنزل. "
           "وقال المتحدث إن الهجوم جاء ردا على اعتقال أحد قادة المسلحين.")


def _first_span():
    s = 0
    e = ARTICLE.index(". ") + 1
    return s, e


def _after(question: str):
    s, e = _first_span()
    span = passages._filler_after(parse_question(question), ARTICLE, s, e)
    return None if span is None else ARTICLE[span[0]:span[1]]


@pytest.mark.parametrize("question, told", [
    ("Which force did the guards who shot the attackers in al-Wadi belong to?", "قوات النخبة"),
    ("How much money did the attackers' leader flee with from al-Wadi?", "3 ملايين دولار"),
    ("ما نوع منصة الصواريخ التي ظهرت قرب المنزل في بلدة الوادي؟", "طراز XR7"),
    ("لماذا هاجم المسلحون المنزل في بلدة الوادي؟", "ردا على"),
])
def test_the_sentence_holding_the_asked_filler_follows_the_quote(question, told, monkeypatch):
    monkeypatch.setattr(passages, "FILLER_REACH", 5)  # (the test article tells each particular in its own sentence)
    found = _after(question)
    assert found is not None and told in found, found
    monkeypatch.setattr(passages, "FILLER_AFTER", False)
    assert _after(question) is None


def test_a_title_is_no_force_and_a_question_without_a_slot_takes_nothing(monkeypatch):
    # "قائد الحرس السابق" in the quote is an office held: the force is still looked for after it
    assert "قوات النخبة" in _after("To which force did the guards in al-Wadi belong?")
    # (a count is none of these kinds; pass 60's FILLER_ANY reads it as a general filler type: test_qa_filler_any_s60)
    monkeypatch.setattr(passages, "FILLER_ANY", False)
    assert _after("How many attackers were killed in al-Wadi?") is None


def test_a_quote_holding_the_filler_takes_nothing_more():
    text = "فر قائد المهاجمين وبحوزته 3 ملايين دولار. وقال المتحدث إن الهجوم جاء ردا على اعتقال أحد قادتهم."
    q = parse_question("How much money did the attackers' leader flee with?")
    assert passages._filler_after(q, text, 0, text.index(".") + 1) is None


def test_a_filler_told_further_on_is_not_taken():
    assert passages.FILLER_REACH == 3
    assert _after("لماذا هاجم المسلحون المنزل في بلدة الوادي؟") is None  # (the reason is the sixth sentence)


@pytest.mark.parametrize("named", ["و #سامر_خطاب، وهو قس من الجنوب يعيش في المدينة منذ سنوات.",
                                   "وذكرت الشرطة أنها تبحث عن سامر خطاب (20 عاما) الذي فر مع أسرته.",
                                   "وأوضحت أن الموقوف يدعى سامر خطاب ويعمل في المدينة."])
def test_a_person_asked_by_name_is_named_in_the_next_sentence(named, monkeypatch):
    text = "قضت محكمة اليوم باستمرار حبس قس أجنبي بتهم تتعلق بالإرهاب والتجسس. " + named
    q = parse_question("What is the name of the foreign pastor a court kept in detention on espionage charges?")
    span = passages._filler_after(q, text, 0, text.index(".") + 1)
    assert span is not None and "خطاب" in text[span[0]:span[1]]
    monkeypatch.setattr(passages, "FILLER_AFTER", False)
    assert passages._filler_after(q, text, 0, text.index(".") + 1) is None


@pytest.mark.parametrize("question", ["إلى أي مستشفى نقل الحارس المصاب في بلدة الوادي؟",
                                      "Which hospital was the wounded guard in al-Wadi taken to?"])
def test_a_facility_asked_by_its_kind_is_named_after_the_quote(question, monkeypatch):
    text = ("أصيب حارس بجروح خطيرة في هجوم على منزل في بلدة الوادي. "
            "وقالت المصادر إن المارة نقلوه إلى مستشفى النور العام في المحافظة.")
    end = text.index(". ") + 1
    span = passages._filler_after(parse_question(question), text, 0, end)
    assert span is not None and "مستشفى النور" in text[span[0]:span[1]]
    monkeypatch.setattr(passages, "FILLER_AFTER", False)
    assert passages._filler_after(parse_question(question), text, 0, end) is None


def test_a_reason_filler_is_the_asked_acts_reason():
    text = ("انفجرت سيارة مفخخة في سوق بلدة الوادي مساء الاثنين. "
            "وتأخر وصول سيارات الإطفاء إلى السوق بسبب السيول التي قطعت الطرق.")
    q = parse_question("ما الدافع وراء تفجير السيارة المفخخة في سوق بلدة الوادي؟")
    assert passages._filler_after(q, text, 0, text.index(". ") + 1) is None


# pass 56 review, finding 10 (fixfit56): the fillers are the slot readers' checked ones
def _next_of(question: str, text: str):
    span = passages._filler_after(parse_question(question), text, 0, text.index(". ") + 1)
    return None if span is None else text[span[0]:span[1]]


def test_a_club_named_for_a_currency_is_no_sum():
    text = ("اقتحم لصوص متجرا للذهب في بلدة الوادي ليلة الجمعة وفروا بسيارة. "
            "وكان مهاجم ريال مدريد السابق يتسوق في المتجر ساعة الحادث. "
            "وقدرت الشرطة المسروقات بنحو 40 ألف دينار.")
    found = _next_of("كم من المال سرق اللصوص من المتجر في بلدة الوادي؟", text)
    assert found is not None and "40 ألف دينار" in found, found


def test_a_slogan_hashtag_is_no_name(monkeypatch):
    text = ("قتل طالب برصاص حارس أمن في بلدة الوادي مساء السبت. "
            "وانتشر وسم #عدالة_منسية على مواقع التواصل بعد الحادث.")
    q = "ما اسم الطالب الذي قتل برصاص حارس أمن في بلدة الوادي؟"
    assert _next_of(q, text) is None
    monkeypatch.setattr(passages, "NAME_TAG_CHECKED", False)
    assert _next_of(q, text) is not None  # (unchecked, the slogan was read as a first and a last name)


def test_a_census_code_answers_no_weapon_type():
    text = ("هاجم مسلح سوق بلدة الوادي فقتل أربعة أشخاص. "
            "ويسكن البلدة نحو 30 ألف نسمة بحسب إحصاء B-2017.")
    assert _next_of("What type of weapon was used in the al-Wadi market attack?", text) is None


def test_a_count_of_people_asks_no_sum_of_the_filler_either():
    """The filler asks the money question where the slot reader does (slots_more.asks_money): "كم ألف نازح" counts
    people, so no sentence of a sum is added after the quote."""
    text = ("فر آلاف السكان من بلدة الوادي بعد هجوم المسلحين عليها يوم الأحد. "
            "وقدمت منظمة إغاثة 3 ملايين دولار لمساعدة الأسر في المخيمات.")
    assert _next_of("كم ألف نازح فروا من بلدة الوادي؟", text) is None
