"""search69: search68's rules measured one at a time at archive scale; the one landed (the month bonus, the one
wording per entry and the title rules lost items on the whole corpus and stay out). Sentences written for these tests.

- "in front of" is no war front; "blow himself up" is a suicide attack."""

from __future__ import annotations

import pytest
from qa_claims import OrderedSearcher

from marsad.agent.qa import evidence as ev
from marsad.agent.qa.domain import month_total, published_in_month
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.question_entities import english_names
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document


def test_in_front_of_is_no_front_line_and_blowing_up_is_a_suicide_attack():
    found = {e.id for e, _, _ in english_names("Where did a man blow himself up in front of the embassy?", get_lexicon())}
    assert "front_line" not in found and "news_suicide" in found
    assert "front_line" in {e.id for e, _, _ in english_names("Which front did the army open near Hama?", get_lexicon())}


_CLASH = "قتل سبعة مسلحين في اشتباكات مع قوات الجيش عند أطراف مأرب في مايو."


def test_an_article_of_the_month_asked_about_comes_first(text_only_store):
    docs = {  # the searches rank the later article first; both name the month
        "later": Document(doc_id="later", title="اشتباكات", text="تذكر الحصيلة أن " + _CLASH, published="2018-06-20"),
        "may": Document(doc_id="may", title="اشتباكات", text=_CLASH, published="2018-05-11"),
    }
    parsed = parse_question("كم مسلحا قتل في اشتباكات مأرب في مايو 2018؟")
    evidence = ev.gather(parsed, OrderedSearcher(docs), text_only_store(docs), get_lexicon(), k=8, max_steps=1)
    assert list(evidence.docs)[0] == "may"


def test_published_in_month_is_the_month_itself():
    assert published_in_month((2018, 5), "2018-05-31T22:00:00")
    assert not published_in_month((2018, 5), "2018-06-02")  # within the days after it a report may still tell it
    assert not published_in_month(None, "2018-05-02") and not published_in_month((2018, 5), None)


@pytest.mark.parametrize(("question", "total"), [
    ("كم مدنيا قتل في أعمال العنف في العراق خلال شهر مايو 2018؟", True),
    ("How many civilians were killed in Iraq during the month of May 2018?", True),
    ("How many fighters were killed in the clashes near Marib in May 2018?", False),
    ("Who attacked the convoy during May 2018?", False),
    ("ما حصيلة الضحايا المدنيين في اليمن لشهر مايو 2018؟", True),
    ("كم جنديا سقط في سوريا في شهر أيار/مايو 2018؟", True),
    ("ما هي حصيلة شهر مايو 2018 من الضحايا؟", True),
    ("What was the death toll of civilians in Syria for May 2018?", True),
    ("How many soldiers died in Yemen in the month of May, 2018?", True),
    ("كم قتيلا سقط في تفجير السوق في مايو 2018؟", False),
])
def test_a_number_over_a_whole_month(question, total):
    assert month_total(parse_question(question)) is total


def test_the_monthly_report_keeps_its_place(text_only_store):
    docs = {  # the searches rank the report (published the day after the month) first
        "report": Document(doc_id="report", title="حصيلة الشهر", published="2018-06-01",
                           text="قالت بعثة الأمم المتحدة إن 95 مدنيا قتلوا في أعمال العنف في العراق خلال شهر مايو."),
        "may": Document(doc_id="may", title="تفجير", published="2018-05-20",
                        text="قتل خمسة مدنيين في أعمال العنف في العراق بتفجير سيارة خلال شهر مايو."),
    }
    parsed = parse_question("كم مدنيا قتل في أعمال العنف في العراق خلال شهر مايو 2018؟")
    evidence = ev.gather(parsed, OrderedSearcher(docs), text_only_store(docs), get_lexicon(), k=8, max_steps=1)
    assert list(evidence.docs)[0] == "report"


def test_the_report_of_the_months_last_night_keeps_its_place(text_only_store):
    docs = {  # the searches rank the incident's own report (published on the 1st of the next month) first
        "june1": Document(doc_id="june1", title="هجوم على نقطة تفتيش في تكريت", published="2018-06-01",
                          text="قتل أربعة من أفراد الشرطة بهجوم نفذه مسلحون على نقطة تفتيش في تكريت ليلة الحادي والثلاثين من مايو."),
        "may": Document(doc_id="may", title="تكريت: تشديد الإجراءات", published="2018-05-18",
                        text="شددت القوات الأمنية إجراءاتها على نقاط التفتيش في تكريت بعد هجوم مسلح في مايو قتل فيه شرطي."),
    }
    parsed = parse_question("كم شرطيا قتل في الهجوم على نقطة تفتيش تكريت في مايو 2018؟")
    evidence = ev.gather(parsed, OrderedSearcher(docs), text_only_store(docs), get_lexicon(), k=8, max_steps=1)
    assert list(evidence.docs)[0] == "june1"


def _dated(published: str) -> Document:
    return Document(doc_id=published, title="غارة", text="قصفت طائرات التحالف مواقع للمسلحين.", published=published)


def test_the_month_passes_only_a_later_article_it_nearly_ties():
    docs = {d: _dated(d) for d in ("2018-09-10", "2018-05-22", "2018-05-24", "2018-04-28", "2018-07-01")}
    near, far = ev.MONTH_MARGIN / 2, ev.MONTH_MARGIN * 2
    # a later article just above: passed; one clearly better: kept above
    assert ev._month_first(["2018-09-10", "2018-05-22"], (2018, 5), docs,
                           {"2018-09-10": (1, 3.0 + near), "2018-05-22": (1, 3.0)}) == ["2018-05-22", "2018-09-10"]
    assert ev._month_first(["2018-09-10", "2018-05-22"], (2018, 5), docs,
                           {"2018-09-10": (1, 3.0 + far), "2018-05-22": (1, 3.0)}) == ["2018-09-10", "2018-05-22"]
    # an earlier article, or one naming more of what is asked (a higher entity fit), is not passed
    assert ev._month_first(["2018-04-28", "2018-05-22"], (2018, 5), docs,
                           {"2018-04-28": (1, 3.0 + near), "2018-05-22": (1, 3.0)}) == ["2018-04-28", "2018-05-22"]
    assert ev._month_first(["2018-07-01", "2018-05-22"], (2018, 5), docs,
                           {"2018-07-01": (1, 3.0), "2018-05-22": (0, 3.0)}) == ["2018-07-01", "2018-05-22"]


def test_the_months_own_articles_keep_their_order():
    docs = {d: _dated(d) for d in ("2018-05-22", "2018-07-01", "2018-05-24")}
    score = {"2018-05-22": (1, 3.2), "2018-07-01": (1, 3.1), "2018-05-24": (1, 3.0)}
    assert ev._month_first(["2018-05-22", "2018-07-01", "2018-05-24"], (2018, 5), docs, score) == \
        ["2018-05-22", "2018-05-24", "2018-07-01"]
