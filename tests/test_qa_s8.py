"""Answers at archive scale, eighth pass: how Arabic news tells a toll, and how questions are worded.

Every sentence and question here is written for the test (none is corpus text)."""

from marsad.agent.qa.compose import Claim
from marsad.agent.qa.counts import role_counts
from marsad.agent.qa.counts_claims import _claim
from marsad.agent.qa.question import parse_question


def _got(sentence: str) -> set[tuple[int, str]]:
    return {(c.value, c.role) for c in role_counts(sentence)}


# ---------------------------------------------------------------- who a number counts
def test_an_active_injure_verb_takes_its_own_number():
    # "أصابت/أصابوا" is the injured's verb: the number after it is not the dead's
    assert _got("وقتلت العبوة ثلاثة أشخاص وأصابت نحو عشرين آخرين قرب السوق.") == {(3, "killed"), (20, "injured")}
    assert _got("وقال المتحدث إن مسلحين قتلوا أمس أربعة أشخاص وأصابوا 35 آخرين.") == {(4, "killed"), (35, "injured")}


def test_a_counted_subject_binds_to_its_verb_across_whose_they_were():
    # "إن 12 جنديا على الأقل في الجيش ... قتلوا": the subject stands seven words before its verb
    got = _got("وقال ضابط إن 12 جنديا على الأقل في الجيش النظامي قتلوا في الهجوم على الحاجز.")
    assert (12, "killed") in got


def test_the_weekday_monday_is_not_two_people():
    got = _got("قتل في البلدة أمس الاثنين 6 حراس في هجوم على المصرف.")
    assert (6, "killed") in got and (2, "killed") not in got


# ---------------------------------------------------------------- a toll told person by person
def test_a_list_of_the_dead_is_summed():
    counts = role_counts("وأسفر الهجوم عن مقتل قائد السرية وشرطيين وإصابة خمسة آخرين.")
    summed = [c for c in counts if c.summed]
    assert [(c.value, c.role) for c in summed] == [(3, "killed")]
    assert (5, "injured") in {(c.value, c.role) for c in counts}
    counts = role_counts("قتل ضابط و4 جنود في انفجار عبوة ناسفة بدوريتهم.")
    assert (5, "killed") in {(c.value, c.role) for c in counts if c.summed}


def test_no_sum_without_a_list():
    # one item is no list; a number and another role's number are not summed
    assert not [c for c in role_counts("أسفر الانفجار عن مقتل جنديين وإصابة ثلاثة.") if c.summed]
    assert not [c for c in role_counts("مقتل 7 أشخاص وإصابة 9 في التفجير.") if c.summed]


def test_a_summed_toll_quotes_its_list_and_asserts_no_unstated_number():
    sentence = "وأسفر الهجوم عن مقتل قائد السرية وشرطيين وإصابة خمسة آخرين."
    count = next(c for c in role_counts(sentence) if c.summed)
    claim = _claim(parse_question("كم عدد قتلى الهجوم على السرية؟"), "d", 0, len(sentence), sentence, count, None)
    assert isinstance(claim, Claim)
    assert claim.numbers == []  # 3 is not written in the sentence: the list is quoted instead
    assert "3" in claim.text and "قائد السرية وشرطيين" in claim.text


# ---------------------------------------------------------------- English questions' words
def test_a_lowercase_verb_is_not_the_place_of_the_same_name():
    # "Hit" is an Anbar town; "how many hit targets" uses the verb
    verb = parse_question("Of the 20 air strikes announced on Monday, how many hit targets in Syria?")
    assert "hit" not in {e.id for e in verb.entities}
    assert "syria" in {e.id for e in verb.entities}
    assert not any("هيت" in t for t in verb.expansion)
    town = parse_question("How many people were killed in Hit last week?")
    assert "hit" in {e.id for e in town.entities}
    lower = parse_question("how many people were killed in hit")  # no capitals to go by: kept
    assert "hit" in {e.id for e in lower.entities}


def test_the_word_a_role_question_asks_with_is_no_concept_to_name():
    q = parse_question("What position did the mayor hold when the police freed him from a hotel?")
    assert q.intent.value == "role"
    assert "position" not in {c.id for c in q.concepts}
    assert "hotel" in {c.id for c in q.concepts}
    # outside a role question the word keeps its sense (a military position)
    q = parse_question("How many soldiers were killed when militants attacked the army position?")
    assert "position" in {c.id for c in q.concepts}


def test_an_office_in_the_accusative_is_still_named():
    from marsad.agent.qa.question import mentions
    from marsad.core.lexicon import get_lexicon

    official = get_lexicon().get("glossary", "official")
    assert mentions(official, "وكان الرجل مسؤولا عن جمع الأموال في المدينة")
    assert mentions(official, "قال مسؤول محلي إن")


def test_the_noun_a_number_counts_is_not_a_second_count():
    # "5 شرطيين" is five policemen (a plural the number counts), not 5 and a dual "شرطيين" = 2
    got = _got("قتل 5 شرطيين وجندي في هجمات متفرقة أمس.")
    assert (2, "killed") not in got and (5, "killed") in got
    assert (6, "killed") in {(c.value, c.role) for c in role_counts("قتل 5 شرطيين وجندي في هجمات متفرقة أمس.")
                             if c.summed}
    assert (2, "killed") in _got("أسفر القصف عن مقتل جنديين وإصابة ثلاثة.")  # a dual alone still counts two


def test_the_singular_noun_of_a_count_over_ten_goes_on_and_adds_nobody():
    # "نحو 40 جنديا وعنصر أمن": forty soldiers and security men, not forty-one
    counts = role_counts("قتل نحو 40 جنديا وعنصر أمن في هجمات على المواقع الحدودية.")
    assert {(c.value, c.role) for c in counts} == {(40, "killed")}


def test_a_number_takes_the_role_word_of_its_own_clause():
    # the verb after a comma starts another clause ("، وأصيب المئات"): the number before it was killed
    got = _got("وقتل في المعارك، الأربعاء، أكثر من 120 مسلحا من الجماعة، وأصيب العشرات، بحسب مصادر عسكرية.")
    assert (120, "killed") in got and (120, "injured") not in got
    # English lists tolls with commas: each number takes the word right after it
    assert _got("At least 9 killed, 31 injured in the market blast") == {(9, "killed"), (31, "injured")}
    # a verb before its number governs it across the commas of a parenthesis
    assert _got("قتلت عبوة ناسفة زرعها مسلحون، الأحد، أربعة مدنيين قرب السوق.") == {(4, "killed")}


# ---------------------------------------------------------------- "how many <things>" answered from passages
def test_a_number_of_the_thing_counted_is_recognised():
    from marsad.agent.qa.counts import counted_noun, counts_noun
    from marsad.core.arabic import normalize

    q = parse_question("كم قرارا دوليا سيلغى بعد توقيع الاتفاق؟")
    noun = counted_noun(q)
    assert noun == "قرار"
    assert counts_noun(normalize("وسيلغى بموجب النص بخمسة قرارات سابقة صادرة عن المجلس"), noun)  # clitic on the number
    assert counts_noun(normalize("ألغى المجلس 4 قرارات"), noun)
    assert not counts_noun(normalize("صادق المجلس على قرار جديد يوم 5 من الشهر"), noun)
    en = parse_question("How many resolutions will be lifted under the deal?")
    assert counts_noun("the deal lifts 6 resolutions", counted_noun(en))


def test_a_how_many_passage_stating_the_count_is_quoted():
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.passages import passage_claims
    from marsad.schemas import Document

    text = ("صادق المجلس الأعلى أمس على الاتفاق الجديد مع الجار بعد مفاوضات طويلة في العاصمة. "
            "وبحسب النص، سيتم وقف العمل تدريجيا بخمسة قرارات صادرة منذ عشر سنوات تتضمن قيودا على التجارة "
            "بشرط احترام الاتفاق.")
    doc = Document(doc_id="d1", title="المجلس يصادق على الاتفاق", text=text, published="2015-07-20")
    q = parse_question("كم قرارا سابقا يتضمن قيودا تجارية سيوقف العمل بها تدريجيا بموجب المصادقة على الاتفاق الجديد؟")
    claims = passage_claims(q, Evidence(docs={"d1": doc}))
    assert claims and "بخمسة قرارات" in claims[0].text  # 5 of its 11 other words: enough for a counting sentence
    # the same sentence without the count shares as many words and is not enough
    doc.text = text.replace("بخمسة قرارات", "بقرارات")
    assert not any("بقرارات" in c.text for c in passage_claims(q, Evidence(docs={"d1": doc})))


def test_a_year_sized_number_of_people_is_a_toll():
    # "2050 شخصا" counts people; "في 2015" and "من 2018" stay years
    assert _got("ونعى المسؤول أمس مقتل 2050 شخصا من أبناء المدينة على يد المسلحين.") == {(2050, "killed")}
    assert _got("قتل 5 أشخاص في 2015 في هجمات متفرقة.") == {(5, "killed")}
    assert role_counts("سجلت البلاد أسوأ حصيلة قتلى في النصف الأول من 2018.") == []


def test_a_headline_present_tense_states_a_toll():
    # headlines and leads tell a killing in the present: "المسلحون يعدمون 9 رهائن"، "غارة تقتل 7 مدنيين"
    assert _got("المسلحون يعدمون 9 رهائن في ساحة البلدة") == {(9, "killed")}
    assert _got("غارة جوية تقتل 7 مدنيين في قرية حدودية") == {(7, "killed")}
    assert _got("يعمل في المصنع 40 عاملا") == set()  # no killing word: no toll
