"""The domain gate and the constraints a question sets on the sentences that may answer it."""

from marsad.agent.qa.domain import constraints_of, in_domain, question_weekday, question_years, span_fits
from marsad.agent.qa.question import parse_question


def test_off_domain_questions_are_out_in_both_languages():
    for q in ("ما هي عاصمة فرنسا؟", "كم كانت نتيجة مباراة الأهلي والزمالك؟", "كيف أطبخ الأرز باللبن؟",
              "What is the capital of Peru?", "Who won the 2018 tennis final?", "Give me a recipe for pancakes."):
        assert not in_domain(parse_question(q)), q


def test_domain_questions_are_in():
    for q in ("كم شرطيا قتل في هجوم كركوك؟", "من تبنى التفجير في السوق؟", "ما بنود الاتفاق بين البلدين؟",
              "متى يتوقع المسؤول إكمال تحرير المدينة؟", "How many soldiers died in the ambush?",
              "Which group did the government blame for the blast?", "How long is the truce announced in Yemen?",
              "What did Kadhimi do in Makhmour?"):
        assert in_domain(parse_question(q)), q


def test_years_and_weekday_are_read():
    q = parse_question("كم قتيلا سقط في اشتباكات يوم الخميس عام 2019؟")
    assert question_years(q) == (2019,)
    assert question_weekday(q) == 3
    assert question_weekday(parse_question("How many were killed on Monday?")) == 0


def test_a_year_must_be_stated_or_be_the_articles_year():
    c = constraints_of(parse_question("كم عدد القتلى في تفجير المسجد عام 2019؟"))
    sentence = "أسفر تفجير المسجد عن مقتل 26 شخصا."
    assert not span_fits(c, sentence, sentence, "2015-07-01")
    assert span_fits(c, sentence, sentence, "2019-05-02")
    assert span_fits(c, sentence, sentence + " وقع الهجوم في 2019.", "2020-01-01")


def test_another_weekday_is_another_incident():
    c = constraints_of(parse_question("كم شخصا قتلوا في اشتباكات بنغازي يوم الخميس؟"))
    assert not span_fits(c, "قتل عشرة جنود في بنغازي يوم الاثنين.")
    assert span_fits(c, "قتل شخصان في اشتباكات الخميس في بنغازي.")
    assert span_fits(c, "قتل شخصان في اشتباكات وسط بنغازي.")  # no day named: not contradicted


def test_a_room_question_needs_a_room_in_the_sentence():
    c = constraints_of(parse_question("How many people were killed in the attack on the joint operations room in Kirkuk?"))
    assert not span_fits(c, "قتل شخص في هجوم مسلح جنوبي كركوك.")
    assert span_fits(c, "قتل ثلاثة في هجوم على غرفة العمليات المشتركة في كركوك.")


def test_a_full_date_asked_about_is_the_articles_day():
    from marsad.agent.qa.domain import constraints_of, question_day, span_fits
    from marsad.agent.qa.question import parse_question

    q = parse_question("Near which city did the coalition's air strikes in Iraq concentrate on 25 July 2015?")
    assert str(question_day(q)) == "2015-07-25"
    assert str(question_day(parse_question("ماذا حدث في كركوك في 3 تموز 2015؟"))) == "2015-07-03"
    assert question_day(parse_question("What happened in Kirkuk in July 2015?")) is None
    c = constraints_of(q)
    assert span_fits(c, "نفذ التحالف 20 غارة أمس", "", "2015-07-26")  # published the day after
    assert not span_fits(c, "نفذ التحالف 23 غارة أمس", "", "2015-07-21")  # days before: another day's strikes
    assert span_fits(c, "وفي 25 تموز ركزت الغارات على الرمادي", "", "2015-08-20")  # a later article stating the day


def test_a_month_asked_about_is_the_articles_month_or_one_it_names():
    from marsad.agent.qa.domain import question_month

    q = parse_question("كم عدد القتلى في الهجوم على مطار كركوك في مايو 2018؟")
    assert question_month(q) == (2018, 5)
    assert question_month(parse_question("How many were killed in Kirkuk on 3 May 2018?")) is None  # a day: stricter
    assert question_month(parse_question("What happened in Kirkuk in 2018?")) is None
    c = constraints_of(q)
    quote = "قتل 25 شخصا في هجمات متفرقة في محافظة كركوك."
    assert span_fits(c, quote, quote, "2018-05-14")
    assert span_fits(c, quote, quote, "2018-06-05")  # reported early the next month
    assert not span_fits(c, quote, quote, "2018-03-12")  # another month's attacks
    assert span_fits(c, quote, quote + " وكان الهجوم قد وقع في أيار الماضي.", "2018-08-01")  # the article names May
    assert span_fits(constraints_of(parse_question("How many died in the Kirkuk attack in December 2017?")),
                     quote, quote, "2018-01-04")  # December's news is read in early January


def test_a_month_or_the_reports_a_question_goes_by_are_no_words_its_answer_must_name():
    from marsad.agent.qa.question import framing

    q = parse_question("According to reports, what did the July 2015 agreement between Ankara and Washington provide?")
    framed = {c.id for c in q.concepts if framing(c, q.text)}
    assert "report" in framed and any(c.name_en == "July" for c in q.concepts if framing(c, q.text))
    assert not any(framing(c, q.text) for c in q.concepts if c.id == "agreement")
    plain = parse_question("What did the report on the Ramadi battle say?")
    assert not any(framing(c, plain.text) for c in plain.concepts if c.id == "report")
