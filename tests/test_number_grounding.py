"""The QA figure of issue 13's citation rule: the number a statement states is inside the span it cites."""

from marsad.evals.metrics import QAScore, cited_statements, number_grounding, score_answer


def _answer(text: str, *quotes: str) -> dict:
    return {"answer": text, "citations": [{"doc_id": "d", "start": 0, "end": len(q), "quote": q} for q in quotes],
            "abstained": False}


def test_each_statement_reads_the_citations_its_markers_name():
    got = cited_statements(_answer("أولا [1]. ثانيا [2][1].", "الأول", "الثاني"))
    assert [(s.strip(" ."), [c["quote"] for c in cs]) for s, cs in got] == [
        ("أولا", ["الأول"]), ("ثانيا", ["الثاني", "الأول"])]


def test_a_number_in_digits_or_words_inside_the_quote_is_grounded():
    assert number_grounding(_answer("عدد القتلى: 9 («سقط 9 قتلى») [1].", "وسقط 9 قتلى في الهجوم")) == (1, 1)
    assert number_grounding(_answer("7 killed, and 2 injured [1].", "مقتل سبعة أشخاص وإصابة اثنين")) == (1, 1)
    assert number_grounding(_answer("2 killed [1].", "مقتل جنديين في الكمين")) == (1, 1)  # a dual noun
    # glued to its noun, after a clitic, in the accusative
    assert number_grounding(_answer("العدد: 250 [1].", "وأحصت المنظمة 250قتيلا خلال الشهر")) == (1, 1)
    assert number_grounding(_answer("العدد: 4 [1].", "ووجهت النيابة لأربعة متهمين تهمة التهريب")) == (1, 1)
    assert number_grounding(_answer("العدد: 7 [1].", "وقال إن سبعا من القذائف سقطت في الحي")) == (1, 1)


def test_a_number_the_quote_does_not_state_is_not():
    # the second statement cites a sentence of another toll
    answer = _answer("5 killed [1]. 14 injured [2].", "قتل خمسة أشخاص", "وأصيب عشرة آخرون")
    assert number_grounding(answer) == (2, 1)


def test_quoted_words_and_normalised_days_are_not_numbers_the_statement_states():
    assert number_grounding(_answer("الهجوم: 2018-04-02 («الاثنين») [1].", "وقع الهجوم الاثنين")) == (0, 0)
    assert number_grounding(_answer("The sources say: «قتل 3 في 2015» [1].", "نص آخر")) == (0, 0)


def test_score_answer_carries_the_counts():
    class Item:
        id, expect_abstain, supporting_docs, facts, fact_roles = "q", False, ("d",), [("6",)], ()
    texts = {"d": "قتل ستة أشخاص"}
    answer = {"answer": "6 killed [1].", "abstained": False,
              "citations": [{"doc_id": "d", "start": 0, "end": 13, "quote": "قتل ستة أشخاص"}]}
    score = score_answer(Item, answer, texts)
    assert isinstance(score, QAScore) and score.correct and (score.numbers_stated, score.numbers_grounded) == (1, 1)


def test_an_outside_quote_writing_the_number_in_words_supports_a_digit_fact():
    class Item:
        id, expect_abstain, supporting_docs, facts, fact_roles = "q", False, ("judged",), [("10",)], ()
    quote = "وأسفر الانفجار عن إصابة عشرة أشخاص"
    texts = {"other": quote}
    answer = {"answer": "10 injured [1].", "abstained": False,
              "citations": [{"doc_id": "other", "start": 0, "end": len(quote), "quote": quote}]}
    assert score_answer(Item, answer, texts, outside_ok=True).correct
    assert not score_answer(Item, answer, texts).correct  # only archive-scale QA takes outside articles
    wrong = dict(answer, citations=[{"doc_id": "other", "start": 0, "end": len(quote), "quote": quote}],
                 answer="11 injured [1].")
    assert not score_answer(Item, wrong, texts, outside_ok=True).correct
