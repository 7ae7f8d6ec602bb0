"""Session 11 QA matching: what a question names (a place only the world gazetteer knows, an age) must be
told by the article and sentence an answer cites, else the answer looks further or abstains."""

from marsad.agent.qa.domain import asks_age, constraints_of, span_fits, states_age, world_places
from marsad.agent.qa.evidence import gather
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document, Hit


def test_a_town_only_the_world_gazetteer_knows_is_a_place_the_article_must_name():
    q = parse_question("كم شخصا قتل في انفجار سيارة مفخخة قرب السوق المركزي في نواكشوط؟")
    places = world_places(q)
    assert [p.canonical for p in places] == ["نواكشوط"]
    cons = constraints_of(q)
    other = "قتل تسعة أشخاص في انفجار سيارة مفخخة قرب السوق المركزي في مقديشو، وفق الشرطة الصومالية."
    same = "قتل خمسة أشخاص في انفجار سيارة مفخخة قرب السوق المركزي بنواكشوط صباح اليوم."
    assert not span_fits(cons, other, other, "2018-07-14", "انفجار في مقديشو")
    assert span_fits(cons, same, same, "2018-07-14", "انفجار سيارة")
    # the article may name it in its title or elsewhere in its text
    assert span_fits(cons, "وقال مصدر أمني إن خمسة قتلوا.", "انفجار في نواكشوط. وقال مصدر أمني إن خمسة قتلوا.",
                     "2018-07-14", "")


def test_a_place_word_before_an_ordinary_word_or_a_month_names_no_place():
    assert world_places(parse_question("كم جنديا قتلوا في الهجوم على الثكنة في مارس 2018؟")) == ()
    # a place the lexicon knows is a key entity already, not a gazetteer constraint
    assert world_places(parse_question("كم شخصا قتل في تفجير في بغداد؟")) == ()


def test_an_english_town_no_article_spells_or_a_town_of_a_country_the_question_names_must_be_named():
    q = parse_question("How many people were killed in the bombing in Qwertyville in March 2018?")
    places = world_places(q)
    assert len(places) == 1 and places[0].ar == ()  # no spelling: no article can be about it
    assert not span_fits(constraints_of(q), "قتل 12 شخصا في تفجير.", "قتل 12 شخصا في تفجير.", "2018-03-10", "")
    # a family name after a given name is a person, not the town of that name
    assert world_places(parse_question("What did Pentagon spokesman Steve Warren say about the battle?")) == ()


def test_an_age_question_is_answered_by_a_sentence_telling_an_age():
    q = parse_question("كم عمر الصياد الذي قتل بقذيفة في ميناء المخا؟")
    assert asks_age(q) and constraints_of(q).age
    assert asks_age(parse_question("How old was the nurse killed near the fence?"))
    assert not asks_age(parse_question("كم صيادا قتل بقذيفة في ميناء المخا؟"))
    assert states_age("وقتل الصياد سالم العبدلي (47 عاما) بقذيفة.") and states_age("وأصيبت سيدة خمسينية بجروح.")
    assert states_age("a 19-year-old student") and states_age("في الرابعة عشرة من عمره")
    assert not states_age("وقتل 47 شخصا بقذيفة.")
    cons = constraints_of(q)
    toll = "ارتفع عدد القتلى في المخا إلى 47 قتيلا."
    assert not span_fits(cons, toll, toll, "2018-05-01", "")
    age = "وقتل الصياد سالم العبدلي (47 عاما) بقذيفة في ميناء المخا."
    assert span_fits(cons, age, age, "2018-05-01", "")


class _Searcher:
    def __init__(self, ids):
        self.ids = ids

    def search(self, query, k):
        return [Hit(doc_id=d, text="", start=0, end=10, score=1.0) for d in self.ids]


def test_gather_reads_only_the_articles_naming_the_gazetteer_place_asked_about(text_only_store):
    docs = {
        "a": Document(doc_id="a", title="انفجار في مقديشو", text="قتل تسعة في انفجار سيارة مفخخة في مقديشو.",
                      published="2018-07-14"),
        "b": Document(doc_id="b", title="انفجار", text="قتل خمسة في انفجار سيارة مفخخة في نواكشوط.",
                      published="2018-07-14"),
    }
    q = parse_question("كم شخصا قتل في انفجار سيارة مفخخة في نواكشوط؟")
    ev = gather(q, _Searcher(["a", "b"]), text_only_store(docs), get_lexicon(), k=4, max_steps=1)
    assert list(ev.docs) == ["b"]
    # asked about a town no article names: nothing is read, the answer abstains
    q2 = parse_question("كم شخصا قتل في انفجار سيارة مفخخة في نواذيبو؟")
    assert not gather(q2, _Searcher(["a", "b"]), text_only_store(docs), get_lexicon(), k=4, max_steps=1).docs


def test_a_day_asked_without_its_year_is_the_day_the_cited_sentence_tells_of():
    from marsad.agent.qa.domain import question_day_month

    q = parse_question("How many civilians were killed in the drone strike on a bus near Raqqa on October 3?")
    assert question_day_month(q) == (10, 3)
    assert question_day_month(parse_question("كم مدنيا قتلوا في الغارة على الحافلة قرب الرقة في الأول من أكتوبر؟")) == (10, 1)
    # a day with its year is question_day's; a month alone sets no day
    assert question_day_month(parse_question("How many were killed on 3 October 2017 near Raqqa?")) is None
    assert question_day_month(parse_question("How many were killed in May near Raqqa?")) is None
    cons = constraints_of(q)
    text = ("أقر التحالف بمقتل 640 مدنيا في ضرباته منذ بدء الحملة. "
            "وفي 3 تشرين الأول/أكتوبر قتل أربعة مدنيين في ضربة استهدفت حافلة قرب الرقة.")
    total, day = text.split(". ")
    assert not span_fits(cons, total + ".", text, "2018-06-01", "التحالف يقر بمقتل مدنيين")
    assert span_fits(cons, day, text, "2018-06-01", "التحالف يقر بمقتل مدنيين")
    # an article of that day need not restate it
    assert span_fits(cons, "قتل أربعة مدنيين في ضربة استهدفت حافلة.", "قتل أربعة مدنيين في ضربة استهدفت حافلة.",
                     "2017-10-04", "")
