"""Pass 57 (qaclause57): what a question asks comes from its main clause.

- a toll word, a "where", a "who was" or an attack word found only in a relative or temporal clause after the asked
  slot gives no intent (question_intent.MAIN_CLAUSE); "from which position" asks a place, no office
  (question_intent.PLACE_POSITION); "which hilltop / hill / mountain" asks a place named after that noun
  (question_intent.ASKED_HILL); an Arabic "من أي" is "from which", no "who" (question_intent.FROM_WHICH);
- a "when" question's act (an arrest, a release) is its main clause's (slots.ACT_OF_MAIN), and the sentence telling it
  with a month answers when none tells it with a day (slots.ACT_MONTH).

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import question_intent, slots
from marsad.agent.qa.question import Intent, asked_name

_HILL_Q = "From which hilltop position did the militia sniper fire when he killed a boy in Dhamar in May 2018?"
_COUNT_WHERE = "How many gunmen stormed the bank in a Lyon suburb where staff were held in June 2016?"
_NAME_WHO_WAS = "What is the name of Karim Haddad's cousin who was jailed in Antwerp in March 2017 over a robbery?"
_AR_WHICH = "ما اسم اللواء الذي كان يقاتل في جبهة الساحل عندما قتلت الغارات 30 مسلحا؟"


def test_toll_of_a_when_clause_is_no_toll_question(monkeypatch):
    q = read_question(_HILL_Q)
    assert q.intent is Intent.general
    assert asked_name(q) == ("place", ("تبه", "تله", "جبل"))
    assert Intent.killed in q.cues  # the clause stays context
    monkeypatch.setattr(question_intent, "MAIN_CLAUSE", False)
    assert read_question(_HILL_Q).intent is Intent.killed


def test_from_which_position_is_no_office(monkeypatch):
    q = "From which position did the gunmen fire when they wounded a guard?"
    assert read_question(q).intent is not Intent.role
    monkeypatch.setattr(question_intent, "PLACE_POSITION", False)
    assert read_question(q).intent is Intent.role
    # ... while "what position did he hold" still asks an office
    assert read_question("What position did Karim Haddad hold in the army?").intent is Intent.role


def test_hill_asked_by_its_kind(monkeypatch):
    assert asked_name(read_question("Which hill did the army take near Dhamar in May 2018?")) == (
        "place", ("تبه", "تله", "جبل"))


def test_where_of_a_relative_clause_is_no_place_question(monkeypatch):
    q = read_question(_COUNT_WHERE)
    assert q.intent is Intent.general and q.how_many
    monkeypatch.setattr(question_intent, "MAIN_CLAUSE", False)
    assert read_question(_COUNT_WHERE).intent is Intent.location


def test_who_was_of_a_relative_clause_is_no_role_question(monkeypatch):
    assert read_question(_NAME_WHO_WAS).intent is Intent.general
    monkeypatch.setattr(question_intent, "MAIN_CLAUSE", False)
    assert read_question(_NAME_WHO_WAS).intent is Intent.role


def test_arabic_which_with_a_toll_clause(monkeypatch):
    q = "في أي تبة تمركز القناص الذي قتل طفلا في ذمار؟"
    assert read_question(q).intent is Intent.general
    monkeypatch.setattr(question_intent, "MAIN_CLAUSE", False)
    assert read_question(q).intent is Intent.killed


def test_main_clause_toll_stays_a_toll():
    # the toll asked in the main clause, a relative or temporal clause after it
    assert read_question("How many people were killed when a car bomb hit the market that opened last year?").intent \
        is Intent.killed
    assert read_question("كم شخصا قتلوا في الهجوم الذي استهدف السوق عندما كان مزدحما؟").intent is Intent.killed
    assert read_question("What was the death toll of the attack that targeted the market in Dhamar?").intent \
        is Intent.killed
    assert read_question(_AR_WHICH).how_many is False
    # a who-question keeps its clause (the head it describes): "who was the man that X killed"
    assert read_question("Who was the officer that the gunman killed in Dhamar?").intent in (Intent.killed, Intent.victim)


def test_party_asked_by_its_clause_stays_a_doer():
    assert read_question("ما الجهة التي نفذت الهجوم على مقر الشرطة في ذمار؟").intent is Intent.perpetrator


def test_main_clause_split():
    assert question_intent.main_clause("From which hill did he fire when he killed a boy?", "en") == \
        "From which hill did he fire"
    assert question_intent.main_clause("How many were killed?", "en") is None


_PLOT = ("دانت محكمة، الخميس، شابا بالتخطيط لتفجير مقر البلدية في مدينة ساحلية. "
         "وكان الشاب يعتقد أنه يتواصل مع أحد قادة التنظيم. "
         "واعتقل الشاب عندما ذهب لتسلم حقيبة متفجرات في تشرين الأول/أكتوبر الماضي.")


def test_arrest_of_the_main_clause_with_a_month(monkeypatch):
    q = read_question("متى اعتقل الشاب الذي دانته محكمة بالتخطيط لتفجير مقر البلدية؟")
    claims = slots.dated_act_claims(q, evidence_of(_PLOT))
    assert claims and "تشرين الأول" in claims[0].text
    monkeypatch.setattr(slots, "ACT_MONTH", False)
    assert not slots.dated_act_claims(q, evidence_of(_PLOT))


def test_act_of_a_relative_clause_is_not_asked(monkeypatch):
    q = read_question("When was the young man convicted who had been arrested in October?")
    assert slots.asked_act(q) is None
    monkeypatch.setattr(slots, "ACT_OF_MAIN", False)
    assert slots.asked_act(read_question("When was the young man convicted who had been arrested in October?")) \
        is not None
    # an English main verb after the clause is still the act asked
    assert slots.asked_act(read_question("When were the two men who plotted the attack arrested?")) is not None


def test_arabic_from_which_is_no_who(monkeypatch):
    q = "من أي تبة أطلق القناص النار عندما قتل طفلا في ذمار؟"
    assert read_question(q).intent is Intent.general
    assert asked_name(read_question(q)) == ("place", ("تبه",))
    monkeypatch.setattr(question_intent, "FROM_WHICH", False)
    assert read_question(q).intent is Intent.role
    # a "who" question keeps its role
    assert read_question("من هو المتحدث باسم الشرطة في ذمار؟").intent is Intent.role


def test_hill_switch(monkeypatch):
    monkeypatch.setattr(question_intent, "ASKED_HILL", False)
    assert asked_name(read_question("Which hill did the army take near Dhamar in May 2018?")) is None
    assert asked_name(read_question("من أي تبة أطلق القناص النار عندما قتل طفلا في ذمار؟")) is None


# fixclause57: the clause marker follows the noun asked (a kind of place, a doer): the clause describes what is asked
_TOWN_WHERE = "What was the name of the town where the roadside bomb went off last spring?"
_MILITANT_WHO = "What is the name of the militant who carried out the raid on the chapel in Dhamar?"
_DISTRICT_WHERE = "What is the name of the district south of Dhamar where the militia ambushed a border patrol?"
_AR_MILITANT = "ما اسم المسلح الذي أعلن مسؤوليته عن الهجوم على الكنيسة في ذمار؟"
_AR_VILLAGE = "ما اسم القرية التي كانت موقع الانفجار في ريف ذمار؟"


def test_clause_of_the_asked_noun_keeps_its_slot(monkeypatch):
    assert read_question(_TOWN_WHERE).intent is Intent.location
    assert asked_name(read_question(_TOWN_WHERE)) == ("place", ())
    assert read_question(_MILITANT_WHO).intent is Intent.perpetrator
    assert read_question(_DISTRICT_WHERE).intent is Intent.location
    assert read_question(_AR_MILITANT).intent is Intent.perpetrator
    assert read_question(_AR_VILLAGE).intent is Intent.location
    # a clause after another word still gives no slot
    assert read_question(_COUNT_WHERE).intent is Intent.general
    assert read_question("كم مسلحا اقتحموا المصرف في المنطقة التي تبنى التنظيم الهجوم فيها؟").intent is Intent.general
    monkeypatch.setattr(question_intent, "NOUN_CLAUSE", False)
    for q in (_TOWN_WHERE, _MILITANT_WHO, _DISTRICT_WHERE, _AR_MILITANT, _AR_VILLAGE):
        assert read_question(q).intent is Intent.general, q


def test_month_list_is_one():
    from marsad.agent.qa import question_words
    assert slots.states_month("واعتقل الشاب في تموز الماضي.") and slots.states_month("He was held in November.")
    assert slots.states_month("وقع الهجوم في اب الماضي.")  # (the list holds the Levantine August too)
    assert not slots.states_month("He was held on Monday.")
    assert "تشرين الثاني" in question_words.MONTHS_AR and "november" in question_words.MONTHS
