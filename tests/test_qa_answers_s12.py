"""Session 12 QA answers: a count told for two places is not the asked place's toll, "N منهم" counts whom the words
before its verb name, and "أما" opens another scene. Every sentence is written for these tests (its numbers and
wording invented; the places are registry entries)."""

from marsad.agent.qa.counts import clause_fit, count_claims, role_counts, scenes
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document


def _doc(doc_id: str, title: str, text: str) -> Document:
    return Document(doc_id=doc_id, title=title, text=text, published="2019-09-11")


def _best(question: str, *docs: Document) -> list[int]:
    ev = Evidence(docs={d.doc_id: d for d in docs})
    return count_claims(parse_question(question), ev)[0][1].numbers


def test_a_count_told_for_the_asked_place_and_another_is_a_sum_not_the_asked_toll():
    q = parse_question("كم مسلحا قتل في القصف على تكريت؟")
    both = "أعلنت الوزارة مقتل 31 مسلحا في قصف جوي على مدينة تكريت ومدينة الفلوجة."
    count = next(c for c in role_counts(both) if c.value == 31)
    assert clause_fit(q, both, count) < 0
    # one place locating the other is not a sum
    near = "قتل 12 مسلحا في قصف على قرية جنوب تكريت شرق الفلوجة."
    assert clause_fit(q, near, next(c for c in role_counts(near) if c.value == 12)) == 0
    # the asked place alone
    alone = "قتل 19 مسلحا في قصف جوي على مدينة تكريت."
    assert clause_fit(q, alone, next(c for c in role_counts(alone) if c.value == 19)) == 0


def test_the_asked_places_own_count_beats_the_sum_in_the_title_and_lead():
    # (the 24 also needs "منهم" read as the militants named before its verb)
    text = ("أعلنت الوزارة مقتل 31 مسلحا في قصف جوي على تكريت والفلوجة. "
            "وقال المتحدث إن الطائرات قصفت تجمعا لمسلحي التنظيم قرب جامعة تكريت، ما أدى إلى مقتل 24 منهم.")
    doc = _doc("d1", "مقتل 31 مسلحا بقصف على تكريت والفلوجة", text)
    assert _best("كم مسلحا قتل في القصف قرب جامعة تكريت؟", doc) == [24]


def test_a_clause_opened_by_amma_is_another_scene():
    q = parse_question("كم شخصا قتل في تفجير الموصل؟")
    said = ["قتل تسعة أشخاص في تفجير سيارة مفخخة في سوق بمدينة الموصل صباح الأحد.",
            "وقالت الشرطة إن السيارة كانت متوقفة قرب مدخل السوق.",
            "أما التفجير الثاني في منطقة السوق القديم فأسفر عن مقتل اثنين وإصابة ستة."]
    assert scenes(q, said)[2] == ""
