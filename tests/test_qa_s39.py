"""Thirty-ninth pass, answers at archive scale: a span of days in a question ("ليلة 14 إلى 15 أيار") is a date, not a
count its article must state; "أسر" before a number counts prisoners taken, not the dead; a toll question that also
asks how many were captured states both counts; fighters counted by their movement's name ("40 حوثيا") are militants."""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import counts_claims, counts_sentences, question_words
from marsad.agent.qa.counts import people_claims, thing_claims
from marsad.agent.qa.counts_sentences import role_counts
from marsad.core.arabic import normalize


def test_a_span_of_days_is_a_date_not_a_count():
    for text, lang in [("كم غارة شنتها الطائرات على مواقع المسلحين ليلة 14 إلى 15 أيار 2017؟", "ar"),
                       ("كم قذيفة سقطت على البلدة بين 3 و4 نيسان 2016؟", "ar"),
                       ("How many rockets hit the town on April 3-4 2016?", "en"),
                       ("How many rockets hit the town between 3 and 4 April 2016?", "en")]:
        assert question_words.stated_numbers(normalize(text), lang) == (), text
    # a count the question states is still one
    assert question_words.stated_numbers(normalize("من بين 23 غارة في 5 تموز، كم غارة استهدفت الموصل؟"), "ar") == (23,)


def test_a_count_of_strikes_over_a_night_reads_the_article_that_does_not_repeat_the_days():
    article = ("قالت مصادر محلية إن طائرات التحالف شنت 11 غارة على مواقع المسلحين في محافظة مأرب منذ منتصف الليلة الماضية. "
               "وأضافت المصادر أن الغارات أصابت مخازن للأسلحة.")
    q = read_question("كم غارة شنتها طائرات التحالف على مواقع المسلحين في مأرب ليلة 14 إلى 15 أيار 2017؟")
    got = thing_claims(q, evidence_of(article, published="2017-05-15"))
    assert got and "11" in got[0][1].text


def test_captured_before_a_number_counts_prisoners(monkeypatch):
    counts = role_counts("وأعلن الجيش مقتل 48 مسلحا وأسر 9 آخرين في المعارك.")
    assert [(c.value, c.role) for c in counts] == [(48, "killed"), (9, "arrested")]
    counts = role_counts("وانتهت المطاردة بأسر ما يزيد عن 30 مسلحا.")
    assert [(c.value, c.role) for c in counts] == [(30, "arrested")]
    # families are no prisoners: "أسر" before the dead, or before no number
    assert [c.role for c in role_counts("وزار المحافظ أسر 12 شهيدا في القرية.")] == ["killed"]
    assert not role_counts("وقدمت الجمعية المساعدات إلى أسر الضحايا في البلدة.")
    monkeypatch.setattr(counts_sentences, "CAPTURED", False)
    assert [(c.value, c.role) for c in role_counts("وأعلن الجيش مقتل 48 مسلحا وأسر 9 آخرين في المعارك.")] == \
        [(48, "killed"), (9, "killed")]


_BATTLE = ("أعلنت القوات الحكومية مقتل 48 مسلحا في معارك عنيفة شرق مدينة سرت يوم الثلاثاء. "
           "وقال المتحدث العسكري إن الاشتباكات استمرت حتى ساعات الفجر. "
           "وانتهت ملاحقة الفارين في البساتين بأسر أكثر من 14 مسلحا وضبط أسلحة.")


def test_a_toll_question_asking_for_captives_too_states_both(monkeypatch):
    q = read_question("كم مسلحا قتلوا في معارك شرق سرت، وكم أسر منهم خلال الملاحقة؟")
    got = people_claims(q, evidence_of(_BATTLE))
    assert got and "48" in got[0][1].text and "14" in got[0][1].text
    assert len(got[0][1].spans) == 2  # the prisoners' own sentence is cited for their number
    q = read_question("How many militants were killed east of Sirte, and how many were captured?")
    got = people_claims(q, evidence_of(_BATTLE))
    assert got and "48 killed" in got[0][1].text and "14" in got[0][1].text
    monkeypatch.setattr(counts_claims, "CAPTIVES_TOO", False)
    got = people_claims(q, evidence_of(_BATTLE))
    assert got and "14" not in got[0][1].text


def test_a_toll_question_alone_states_no_captives():
    q = read_question("كم مسلحا قتلوا في معارك شرق سرت؟")
    got = people_claims(q, evidence_of(_BATTLE))
    assert got and "48" in got[0][1].text and "14" not in got[0][1].text


def test_fighters_counted_by_their_movement_are_the_militants_asked_about(monkeypatch):
    from marsad.agent.qa import counts_cues

    article = ("قال مصدر عسكري إن ثلاثة عناصر من الجماعة قتلوا في قصف على موقع جنوب الحديدة. "
               "وأعلنت قوات الجيش اليمني مقتل 63 حوثيا في مواجهات جنوب الحديدة.")
    q = read_question("How many Houthi fighters were killed in the clashes south of Hodeidah?")
    got = people_claims(q, evidence_of(article))
    assert got and got[0][1].text.startswith("63 killed")
    fighters = counts_cues._CATEGORIES["militants"]
    monkeypatch.setitem(counts_cues._CATEGORIES, "militants", (*fighters[:2], fighters[2].split("|حوثي")[0]))
    got = people_claims(q, evidence_of(article))
    assert got and not got[0][1].text.startswith("63 killed")


def test_one_of_them_captured_is_no_count():
    assert not [c for c in role_counts("وتمكنت القوات من أسر أحد عناصر العصابة في المنطقة.") if c.role == "arrested"]


def test_a_claim_of_two_counts_from_two_sentences_cites_both(monkeypatch):
    from marsad.agent.qa import compose
    from marsad.agent.qa.compose import assemble

    q = read_question("كم مسلحا قتلوا في معارك شرق سرت، وكم أسر منهم خلال الملاحقة؟")
    ev = evidence_of(_BATTLE)
    claims = [c for _, c in people_claims(q, ev)]
    answer = assemble(q, claims, ev.texts, backend="offline", limit=1, strict=False)
    assert not answer.abstained and "48" in answer.answer and "14" in answer.answer
    assert len(answer.citations) == 2
    monkeypatch.setattr(compose, "EVERY_NUMBER_CITED", False)
    answer = assemble(q, claims, ev.texts, backend="offline", limit=1, strict=False)
    assert answer.abstained or "14" not in answer.answer
