"""Session 11 QA answer composition: who a count is about, early tolls against their update, numbers glued to
"و", "أودى بحياة", hashtags that name the asked place, and a count far behind the best one. Every sentence is
written for these tests (invented places, names and numbers)."""

from marsad.agent.qa.compose import readable
from marsad.agent.qa.counts import count_claims, role_counts, victim_category
from marsad.agent.qa.counts_asked import _group_asked
from marsad.agent.qa.counts_claims import _EARLY, _UPDATE
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import mentions, parse_question
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document


def _counts(sentence: str) -> set[tuple[int, str]]:
    return {(c.value, c.role) for c in role_counts(sentence)}


def test_a_number_glued_to_wa_is_read_as_a_count():
    got = _counts("والقتلى هم 9 من الشرطة و47 من المسلحين بحسب المصدر.")
    assert (9, "killed") in got and (47, "killed") in got


def test_awda_bi_hayat_tells_the_dead_not_the_injured():
    got = _counts("وأفادت مصادر طبية بأن الانفجار أودى بحياة 11 شخصا وأصيب نحو 37 آخرون.")
    assert got == {(11, "killed"), (37, "injured")}


def test_children_and_women_are_counted_by_their_own_word():
    assert victim_category(parse_question("How many children were injured in the crash near Hafr?")) == "children"
    assert victim_category(parse_question("كم طفلا أصيب في الحادث؟")) == "children"
    assert victim_category(parse_question("How many women were killed in the raid?")) == "women"
    assert victim_category(parse_question("How many Houthi militiamen were killed in the clashes?")) == "militants"


def test_the_group_whose_dead_a_question_counts():
    group = _group_asked(parse_question("كم عدد قتلى حزب الله في معارك القصير؟"))
    assert group is not None and group.search(normalize("قتل 9 من حزب الله"))
    assert _group_asked(parse_question("كم عدد قتلى هجوم داعش على الثكنة؟")) is None  # the attack's toll, not ISIS's dead
    assert _group_asked(parse_question("كم شخصا قتل في القصير؟")) is None


def test_early_and_updated_tolls_are_told_apart():
    assert _EARLY.search(normalize("وأعلنت الوزارة أن الحصيلة الأولية للتفجير بلغت خمسة قتلى"))
    assert _EARLY.search("the preliminary toll was five dead")
    assert not _EARLY.search(normalize("وأعلنت الوزارة أن الحصيلة بلغت خمسة قتلى"))
    assert _UPDATE.search(normalize("وأشار المصدر إلى ارتفاع حصيلة الضحايا إلى 19 قتيلا"))
    assert _UPDATE.search("the final toll stood at 19")


def test_a_hashtag_names_its_words_and_keeps_offsets():
    text = "وقع الانفجار قرب #مقر_شرطة_محافظة_عدن صباح الجمعة"
    aden = get_lexicon().get("places", "aden")
    assert not mentions(aden, text) and mentions(aden, readable(text))
    assert len(readable(text)) == len(text)


def _doc(doc_id: str, title: str, text: str) -> Document:
    return Document(doc_id=doc_id, title=title, text=text, published="2018-04-02")


def test_a_group_count_beats_the_toll_of_others():
    text = ("قتل 23 شخصا بينهم أطفال في قصف على سوق مدينة القصير أمس بحسب مصادر محلية. "
            "وتواصلت المعارك في محيط مدينة القصير لليوم الخامس على التوالي بين الفصائل والقوات الحكومية. "
            "والقتلى في المعارك هم 9 من حزب الله و31 من مقاتلي الفصائل بحسب حصيلة جديدة.")
    ev = Evidence(docs={"d1": _doc("d1", "معارك القصير", text)})
    best = count_claims(parse_question("كم عدد قتلى حزب الله في معارك القصير؟"), ev)[0][1]
    assert best.numbers == [9]


def test_children_are_counted_apart_from_the_other_injured():
    text = ("لقي خمسة أشخاص مصرعهم وأصيب ستة آخرون في حادث تصادم على طريق حفر الباطن صباح اليوم. "
            "وأوضح المتحدث أن الحادث خلف وفاة خمسة أشخاص وإصابة أربعة أطفال بإصابات بالغة.")
    ev = Evidence(docs={"d1": _doc("d1", "حادث مروري", text)})
    best = count_claims(parse_question("How many children were injured in the crash on the Hafar al-Batin road?"), ev)
    assert best and best[0][1].numbers == [4]


def test_a_count_far_behind_the_best_is_not_offered():
    lead = ("أعلنت الشرطة مقتل 17 شخصا وإصابة 40 آخرين في تفجير انتحاري استهدف سوقا في مدينة كركوك. "
            "وأضافت الشرطة أن التفجير وقع صباح اليوم قرب مدخل السوق في كركوك. ")
    aside = "وفي حادث منفصل بعيد عن المدينة، أصيب رجل في شجار. "
    ev = Evidence(docs={"d1": _doc("d1", "مقتل 17 في تفجير كركوك", lead + aside)})
    scored = count_claims(parse_question("كم شخصا قتل في تفجير كركوك؟"), ev)
    assert scored[0][1].numbers[0] == 17
    assert all(score >= scored[0][0] - 1.0 for score, _ in scored)



def test_everyday_english_words_with_known_arabic_are_not_unmapped():
    from marsad.agent.qa.question import unmapped
    from marsad.agent.qa.translit import with_words

    q = parse_question("How many Iranian diplomats did Britain decide to expel after the committee met?")
    assert {"expel", "committee", "decide"} <= set(q.uncovered) and unmapped(q)
    got = with_words(q)
    assert not set(got.uncovered) & {"expel", "committee", "decide"} and not unmapped(got)
    assert any(t.startswith("طرد") for t in got.expansion)
    # a word nobody mapped stays uncovered
    assert "qwertying" in with_words(parse_question("How many were killed while qwertying in Mosul?")).uncovered


def test_an_english_count_answer_states_the_one_number_its_arabic_quote_tells():
    from marsad.agent.qa.compose import Claim, assemble

    text = "وخلال عام 2016 وحده، فكك الفريق الهندسي أكثر من 400 ألف عبوة زرعها المسلحون في القرى المحررة."
    q = parse_question("How many bombs did the engineering team dismantle in 2016?")
    claim = Claim(f"The sources say (in Arabic): «{text}»", [("d1", 0, len(text))], quoted=True)
    answer = assemble(q, [claim], {"d1": text}, backend="offline")
    assert answer.answer.startswith("400,000 -- the sources say (in Arabic): «")
    # two numbers: none is chosen
    two = "قتل 5 وأصيب 7 في الهجوم على القرية."
    claim = Claim(f"The sources say (in Arabic): «{two}»", [("d2", 0, len(two))], quoted=True)
    assert assemble(q, [claim], {"d2": two}, backend="offline").answer.startswith("The sources say")


def test_a_colour_of_a_sea_is_a_word_not_a_name():
    from marsad.agent.qa.translit import with_words

    q = with_words(parse_question("How many fishing boats sank in the Red Sea near the port?"))
    assert "red" not in q.uncovered and "sea" not in q.uncovered


def test_a_side_of_the_clashes_is_not_the_group_counted():
    q = parse_question("ما حصيلة الجرحى في الاشتباكات بين قوات الجيش ومسلحي حزب الله في بلدة القصير؟")
    assert _group_asked(q) is None
    assert _group_asked(parse_question("كم عنصرا من حزب الله قتلوا في القصير؟")) is not None


def test_how_old_asks_an_age_read_beside_the_person():
    from marsad.agent.qa.counts import age_claims, asks_age, count_role

    q = parse_question("كم عمر المواطن الذي قتل بقذيفة سقطت على منزله في قرية الشعيب؟")
    assert asks_age(q) and count_role(q) is None  # an age, not a count of the dead
    assert asks_age(parse_question("How old was the shepherd killed by the landmine?"))
    text = ("سقطت قذيفة على منزل في قرية الشعيب ما أدى إلى مقتل المواطن صالح الفلاني (58 عاما) "
            "وإصابة حفيده أحمد (9 سنوات) بجروح.")
    ev = Evidence(docs={"d1": _doc("d1", "قذيفة على الشعيب", text)})
    claims = age_claims(q, ev)
    assert claims and claims[0].numbers == [58] and "58" in claims[0].text
