"""Reading questions: language, intent, the places/actors they name (pure, no index)."""

from __future__ import annotations

import pytest

from marsad.agent.qa.question import Intent, detect_language, find_entities, mentions, parse_question
from marsad.core.lexicon import get_lexicon


@pytest.mark.parametrize(
    ("question", "language", "intent"),
    [
        ("كم شرطيا قتل في هجوم كركوك؟", "ar", Intent.killed),
        ("How many people were killed in the Basra car bomb?", "en", Intent.killed),
        ("كم عدد الجرحى في هجوم كركوك؟", "ar", Intent.injured),
        ("How many were wounded near Hawija?", "en", Intent.injured),
        ("Which forces take part in the joint operations room in Kirkuk?", "en", Intent.participants),
        ("ما القوات التي تشارك في غرفة العمليات المشتركة في كركوك؟", "ar", Intent.participants),
        ("من هو المتحدث باسم قيادة العمليات المشتركة؟", "ar", Intent.role),
        ("Who is the spokesman of the Joint Operations Command?", "en", Intent.role),
        ("Who is the governor of Kirkuk?", "en", Intent.role),
        ("متى تم الاتفاق على تشكيل غرف العمليات المشتركة؟", "ar", Intent.date),
        ("When was the security agreement between Baghdad and Erbil reached?", "en", Intent.date),
        ("Where were 27 PMF members killed?", "en", Intent.location),
        ("أين قتل 27 عنصرا من الحشد الشعبي؟", "ar", Intent.location),
        ("Who carried out the attack south of Kirkuk?", "en", Intent.perpetrator),
        ("من نفذ الهجوم على حاجز الشرطة الاتحادية؟", "ar", Intent.perpetrator),
        ("What is the capital of France?", "en", Intent.general),
    ],
)
def test_language_and_intent(question, language, intent):
    parsed = parse_question(question)
    assert parsed.language == language
    assert parsed.intent is intent


def test_language_of_mixed_text():
    assert detect_language("ما هو دور PMF في كركوك؟") == "ar"
    assert detect_language("What does الحشد الشعبي do in Kirkuk?") == "en"


def test_entities_in_both_scripts():
    ar = parse_question("كم قتيلا سقط في تفجير البصرة؟")
    en = parse_question("How many people were killed in the Basra car bomb?")
    assert [e.id for e in ar.places] == [e.id for e in en.places] == ["basra"]
    assert "attacks" in ar.topics and "attacks" in en.topics


def test_room_name_is_not_the_joint_operations_command():
    parsed = parse_question("ما القوات التي تشارك في غرفة العمليات المشتركة في كركوك؟")
    assert [e.id for e in parsed.places] == ["kirkuk"]
    assert all(e.id != "joc" for e in parsed.actors)
    spokesman = parse_question("من هو المتحدث باسم قيادة العمليات المشتركة؟")
    assert [e.id for e in spokesman.actors] == ["joc"]


def test_mentions_allows_clitics_and_spelling_variants():
    kirkuk = get_lexicon().get("places", "kirkuk")
    assert mentions(kirkuk, "اجتماع القادة العسكريين بكركوك")
    assert mentions(kirkuk, "في مناطق كركوك وصلاح الدين")
    assert not mentions(kirkuk, "انفجار مفخخة في البصرة")
    assert mentions(kirkuk, "the Kirkuk attack")


def test_overlapping_names_resolve_to_the_longest():
    found = find_entities("قيادة العمليات المشتركة في كركوك", get_lexicon())
    assert {e.id for e in found} >= {"joc", "kirkuk"}


def test_english_words_without_arabic_are_uncovered():
    assert parse_question("What is the population of Mosul?").uncovered == ("population",)
    assert parse_question("How many people were killed in the Basra car bomb?").uncovered == ()
    assert parse_question("كم عدد سكان الموصل؟").uncovered == ()  # only English questions are checked


def test_a_concept_is_named_with_a_possessive_but_not_as_the_ta_marbuta_form():
    from marsad.agent.qa.question import mentions
    from marsad.core.lexicon import Entry

    governor = Entry("glossary", "governor_test", "محافظ", "governor", ("محافظ",), ("governor",))
    assert mentions(governor, "مؤتمر صحافي في كركوك مع محافظها راكان الجبوري")
    assert mentions(governor, "التقى المحافظ بالوزير")
    assert not mentions(governor, "في محافظة كركوك")  # the governorate, not its governor


def _full_scan(text: str, lexicon) -> list:
    """find_entities as it was before the skeleton prefilter: every entry's pattern run on the text."""
    import re

    from marsad.agent.qa.question_entities import _ROOM_BEFORE
    from marsad.agent.qa.question_mentions import _entry_pattern
    from marsad.core.arabic import normalize

    norm = normalize(text)
    spans = []
    for entry in lexicon.entries:
        pattern = _entry_pattern(entry)
        for m in pattern.finditer(norm) if pattern is not None else ():
            if not (entry.kind == "actors" and _ROOM_BEFORE.search(norm[: m.start()])):
                spans.append((m.start(), m.end(), entry))
    terms = sorted(lexicon._en_index, key=len, reverse=True)
    every_name = re.compile(r"(?<![\w])(" + "|".join(re.escape(t) for t in terms) + r")(?![\w])", re.I)
    for m in every_name.finditer(text):
        spans += [(m.start() + 100_000, m.end() + 100_000, e) for e in lexicon._en_index.get(m.group(1).lower(), [])]
    spans.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
    taken, found = [], []
    for s, e, entry in spans:
        if not any(s < te and ts < e for ts, te in taken):
            taken.append((s, e))
            if entry not in found:
                found.append(entry)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "وصل الكاظمي الى قضاء مخمور بعد هجمات داعش",
        "قتل ثلاثة من عناصر الحشد الشعبي في هجوم بولاية فاراه",  # a place spelled with an extra long vowel
        "وبالحويجة وكركوك اجتمعت قيادة العمليات المشتركة في غرفة العمليات المشتركة",
        "What did Kadhimi do in Makhmour after the ISIS attacks near Kirkuk?",
        "The Peshmerga and the Iraqi Army opened a joint coordination centre in Diyala",
        "ما عاصمة فرنسا؟",
    ],
)
def test_find_entities_runs_only_the_patterns_a_text_can_match(text: str) -> None:
    lexicon = get_lexicon()
    assert [(e.kind, e.id) for e in find_entities(text, lexicon)] == [(e.kind, e.id) for e in _full_scan(text, lexicon)]


def test_skeleton_prefilter_keeps_vowel_tolerant_place_spellings() -> None:
    from marsad.agent.qa.question_mentions import _Candidates

    lexicon = get_lexicon()
    farah = [e for e in lexicon.of_kind("places") if any(s == "فراه" for s in e.ar)]
    if not farah:
        pytest.skip("the lexicon has no place spelled فراه")
    assert farah[0] in _Candidates.of(lexicon).in_text("في ولايه فاراه")
    assert farah[0] not in _Candidates.of(lexicon).in_text("في ولايه كركوك")


def test_a_victim_question_with_the_persons_description_between():
    q = parse_question("Who was the Khorasan Group leader the Pentagon said was killed in a US air strike?")
    assert q.intent is Intent.victim
    assert parse_question("Who was the governor of Kirkuk?").intent is Intent.role


def test_an_air_raid_is_about_attacks_in_both_languages():
    assert "attacks" in parse_question("كم شخصا قتل في غارة جوية على بيجي؟").topics
    assert "attacks" in parse_question("Who was killed in the air strike on Baiji?").topics


def test_which_city_asks_where():
    assert parse_question("Near which city did the coalition's air strikes in Iraq concentrate?").intent is Intent.location
    assert parse_question("In which province was the governor kidnapped?").intent is Intent.location


def test_a_day_of_a_month_is_a_date_not_a_count_to_find():
    assert parse_question("Where did the air strikes concentrate on 25 July 2015?").numbers == ()
    assert parse_question("أين قتل 27 عنصرا من الحشد في 3 تموز؟").numbers == (27,)
    assert parse_question("Where were 27 PMF members killed on July 3?").numbers == (27,)


def test_when_is_something_expected_asks_for_a_time_to_come():
    from marsad.agent.qa.question import asks_expected

    assert asks_expected(parse_question("متى يتوقع المحافظ إكمال تحرير المدينة؟"))
    assert asks_expected(parse_question("When will the new joint operations room in Kirkuk open?"))
    assert not asks_expected(parse_question("متى تم الاتفاق على تشكيل غرف العمليات المشتركة؟"))
    assert not asks_expected(parse_question("How many are expected to have been killed in Kirkuk?"))  # not a date question


def test_who_is_the_one_whose_death_was_announced_asks_for_the_victim():
    assert parse_question("من هو الجندي الذي أعلنت القيادة استشهاده؟").intent is Intent.victim
    assert parse_question("من هو الضابط الذي أعلنت الشرطة مقتله في كركوك؟").intent is Intent.victim
    assert parse_question("من هو محافظ كركوك؟").intent is Intent.role


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("What did the Saudi-Jordanian statement agree on?", Intent.provisions),
        ("What is the name of the soldier killed in the ambush?", Intent.victim),
        ("ما هي الجهة التي أعلنت مسؤوليتها عن الهجوم؟", Intent.perpetrator),
        ("ما اسم الجندي الذي قتل في الكمين؟", Intent.victim),
        ("ما الذي استهدفه الهجوم في بغداد؟", Intent.victim),
        ("في أي مدينة انفجرت السيارة المفخخة؟", Intent.location),
        ("ماذا قال المسؤولون عن الهجوم؟", Intent.action),  # officials, not responsibility
    ],
)
def test_more_ways_to_ask(question: str, intent: Intent) -> None:
    assert parse_question(question).intent is intent
    assert "name" not in parse_question(question).uncovered


def test_places_in_offers_every_place_a_text_names():
    from marsad.agent.qa.question import places_in

    lexicon = get_lexicon()
    text = "انفجرت سيارة مفخخة في الحويجة وبكركوك وفي قضاء طوزخورماتو"
    from marsad.core.arabic import normalize

    offered = {e.id for e in places_in(normalize(text), lexicon)}
    named = {e.id for e in lexicon.of_kind("places") if mentions(e, text)}
    assert named <= offered and {"hawija", "kirkuk"} <= named


def test_which_person_was_killed_and_a_count_of_the_dead():
    q = parse_question("Which Khorasan Group leader did the Pentagon say was killed?")
    assert q.intent is Intent.victim and not q.how_many
    assert parse_question("Which soldiers were killed in the ambush?").intent is Intent.victim
    assert parse_question("Which city was hit by the car bomb?").intent is Intent.location
    q = parse_question("What was the UN count of civilians killed in Afghanistan in 2018?")
    assert q.intent is Intent.killed and q.how_many


def test_the_name_of_whom_a_death_was_announced_and_the_dead_of_a_claimed_attack():
    assert parse_question("ما اسم زعيم الجماعة الذي أعلنت الوزارة مقتله؟").intent is Intent.victim
    q = parse_question("كم شخصا قتل في الهجوم الذي أعلن داعش مسؤوليته عنه؟")
    assert q.intent is Intent.killed and q.how_many
    assert parse_question("من نفذ الهجوم الذي قتل فيه 13 شرطيا؟").intent is Intent.perpetrator


def test_who_told_of_deaths_is_no_count_question():
    from marsad.agent.qa.question import asks_who_told

    assert asks_who_told(parse_question("من أعلن مقتل أربعة من عناصر داعش في الرمادي؟"))
    assert asks_who_told(parse_question("Who said ten people were killed in the Kirkuk bombing?"))
    assert not asks_who_told(parse_question("كم شخصا قتل في تفجير كركوك؟"))
    assert not asks_who_told(parse_question("من نفذ الهجوم على مسجد الدمام؟"))


def test_quantities_read_digits_and_words_without_overlap():
    from marsad.agent.qa.question import quantities
    from marsad.core.arabic import normalize, tokenize

    toks = tokenize(normalize("قتل 13 شخصا وأصيب عشرون آخرون في ثلاثة مواقع"))
    assert [q.value for q in quantities(toks)] == [13, 20, 3]


def test_where_to_asks_a_destination_not_where_something_happened():
    from marsad.agent.qa.question import asks_destination

    for q in ("إلى أين دعت الحكومة المحلية أهالي الرمادي للتوجه قبل اقتحام المدينة؟",
              "Where were the residents of Ramadi told to go?", "Where was the widow handed over to?"):
        assert asks_destination(parse_question(q)), q
    for q in ("أين وقع التفجير الانتحاري في بغداد؟", "Where did the car bomb explode?", "Where was the ISIS commander killed?",
              "كم قتيلا سقط في الرمادي؟"):
        assert not asks_destination(parse_question(q)), q


def test_the_particles_of_an_arabic_name_are_no_unknown_words():
    from marsad.agent.qa.question import unmapped

    q = parse_question("To whom did the United States hand over Umm Sayyaf, the widow of Abu Sayyaf, in August 2015?")
    assert "umm" not in q.uncovered and "abu" not in q.uncovered
    assert parse_question("Who is Ibn Saud?").uncovered == ("saud",)
    assert unmapped(parse_question("Who is Ibn Saud?"))  # the name itself is still looked up


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # the preposition "من" inside a question is not the interrogative "who"
        ("ما القاعدة الجوية التي استهدفتها أكثر من 12 غارة شمال صنعاء؟", Intent.general),
        ("من هو قائد شرطة الأنبار؟", Intent.role),
        ("وصل الوفد إلى بغداد، ومن كان في استقباله؟", Intent.role),
        # "who took part" in the past tense asks for the participants
        ("من شارك في عملية تحرير جامعة الأنبار؟", Intent.participants),
        # an office that only describes the source is no role question; one asked for is
        ("How long is the truce the coalition announced at President Hadi's request?", Intent.general),
        ("Which minister announced the curfew in Baghdad?", Intent.role),
        ("What official confirmed the strike in Mosul?", Intent.role),
    ],
)
def test_role_questions_ask_for_a_person_or_office(question: str, intent: Intent) -> None:
    assert parse_question(question).intent is intent


def test_an_office_word_is_still_covered_in_english() -> None:
    # "president" describes Hadi: it is no unknown word to look up as a name
    assert "president" not in parse_question("What did President Hadi ask the coalition for?").uncovered


def test_which_thing_questions_ask_for_the_thing_not_the_death_that_dates_it() -> None:
    assert parse_question("ما الجبهة التي كان يقودها القيادي الحوثي قبل مقتله بغارة للتحالف؟").intent is Intent.general
    assert parse_question("ما اسم الضابط الذي قتل في كركوك؟").intent is Intent.victim
    assert parse_question("ما الحصيلة التي أعلنتها الوزارة لقتلى الهجوم؟").intent is Intent.killed
    assert parse_question("كم شخصا قتل في كركوك؟").intent is Intent.killed


def test_an_ordinal_day_of_a_month_is_a_day() -> None:
    from marsad.agent.qa.question import states_day

    assert states_day("وكان البرلمان قد أقر الميزانية في الثالث من مارس")
    assert states_day("وقع الهجوم في الحادي والعشرين من شهر تموز")
    assert not states_day("في الثالث من الشهر الجاري")
    assert not states_day("الأول من نوعه في المدينة")


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # "when" mid-clause is the conjunction; where a clause starts it asks for a date
        ("What position did Naeem al-Kaoud hold when Turkish police freed him?", Intent.role),
        ("When did the parliament pass the budget?", Intent.date),
        ("Until when will Britain extend its air strikes?", Intent.date),
        ("The truce was announced, and when does it end?", Intent.date),
        # an execution is a killing; "صفة" is a word, not part of "وصفهم"
        ("كم عراقيا أعدمهم داعش في الفيديو الذي أظهر إعدام من وصفهم بالجواسيس؟", Intent.killed),
        ("ما صفة نعيم الكعود في مجلس محافظة الأنبار؟", Intent.role),
    ],
)
def test_conjunctions_and_word_parts_do_not_set_the_intent(question: str, intent: Intent) -> None:
    assert parse_question(question).intent is intent
