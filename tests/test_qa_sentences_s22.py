"""Session 22: the passage reader picks the sentence that answers (agent/qa/passages.py)."""

from marsad.agent.qa import passages
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.passages import passage_claims
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document

# my own wording: the headline names the country and the crash, the lead names the town without the country;
# another article names the country itself and a town where something else happened
_CRASH = Document(doc_id="b", title="تحطم طائرة تدريب عسكرية في المغرب ونجاة طاقمها",
                  text=("أفاد بيان للجيش أن طائرة تدريب صغيرة هوت صباح الخميس بعد إقلاعها من قاعدة جوية "
                        "بالقرب من مدينة القنيطرة الساحلية. "
                        "ولم يصب أي من سكان المنطقة بأذى حسب البيان. "))
_PARADE = Document(doc_id="a", title="استعراض في الرباط",
                   text=("نظم الجيش المغربي في فبراير الماضي استعراضا عسكريا كبيرا في مدينة أكادير بحضور مسؤولين. "
                         "وشاركت فيه وحدات من القوات الجوية. "))


def _where(monkeypatch=None):
    ev = Evidence(docs={"a": _PARADE, "b": _CRASH})
    q = parse_question("Near which city did a Moroccan military training plane crash in February?", get_lexicon())
    return [c.text for c in passage_claims(q, ev)]


def test_a_lead_sentence_is_read_under_its_headline(monkeypatch):
    texts = _where()
    assert texts and "القنيطرة" in texts[0]
    monkeypatch.setattr(passages, "TITLE_CONTEXT", False)
    texts = _where()
    assert not texts or "القنيطرة" not in texts[0]


def test_a_count_cites_its_sentence_when_the_headline_names_the_country(monkeypatch):
    from marsad.agent.qa import compose
    from marsad.agent.qa.compose import Claim, assemble

    text = ("أصدرت منظمة إغاثة تقريرا عن الوضع في القرى الزراعية. "
            "وقتل 37 مزارعا على الأقل على أيدي حركة الشباب خلال العام الماضي وفق التقرير. ")
    sentence = text.split(". ")[1].strip()
    start = text.index(sentence)
    claim = Claim("37 killed", [("f", start, start + len(sentence))], [37])
    q = parse_question("How many farmers did al-Shabaab kill in Somalia last year?", get_lexicon())
    assert len(q.entities) >= 2
    titles = {"f": "الصومال.. حركة الشباب تحرق قرى زراعية"}
    answer = assemble(q, [claim], {"f": text}, backend="offline", strict=True, titles=titles)
    assert not answer.abstained and "37" in answer.answer
    monkeypatch.setattr(compose, "TITLE_NAMES", False)
    assert assemble(q, [claim], {"f": text}, backend="offline", strict=True, titles=titles).abstained


def test_a_toll_rising_to_a_number_far_from_its_words_is_a_count(monkeypatch):
    from marsad.agent.qa import counts_sentences
    from marsad.agent.qa.counts_sentences import role_counts

    # my own wording: the number stands after "إلى", past the description of the protests
    sentence = "وبذلك يرتفع عدد قتلى المحتجين في المسيرات الأسبوعية قرب السياج الحدودي إلى 19."
    assert [(c.value, c.role) for c in role_counts(sentence)] == [(19, "killed")]
    hurt = "ووصلت حصيلة جرحى الاشتباكات التي اندلعت مساء الجمعة في الأحياء الشرقية إلى 64."
    assert [(c.value, c.role) for c in role_counts(hurt)] == [(64, "injured")]
    monkeypatch.setattr(counts_sentences, "TOLL_TO", False)
    assert role_counts(sentence) == [] and role_counts(hurt) == []
