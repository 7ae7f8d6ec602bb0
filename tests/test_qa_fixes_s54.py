"""Pass 54 QA fixes: the reader quoted an article's lead sentence, which shares the question's words, while the filler
of the slot asked (a name, a group, a nationality) is in a sentence near it. ``compose.with_asked`` adds that sentence
only when the lead does not already state the slot's kind, so these fixes make the kind readers tell a filler from a
look-alike: a word glued to a preposition and the article is no name, a speaker's title followed by his name names a
person, a state's army is no group, and a people's adjective in any form names a state. Sentences and questions written
for these tests."""

from __future__ import annotations

from qa_claims import quoted_claim, read_question

from marsad.agent.qa import compose
from marsad.agent.qa.compose import with_asked


def _asked(question: str, text: str, first: str):
    return with_asked(read_question(question), [quoted_claim(text, first)], {"d1": text})[0]


# ---- "وفق مسؤول بالشرطة" in the lead, "وقال المسؤول <name>" in the next sentence
_POST = ("هاجم مسلحان مركزا للشرطة في بلدة الزاوية الشرقية فجر الاثنين، ما أسفر عن مقتل شرطيين، وفق مسؤول بالشرطة. "
         "وقال المسؤول كريم منصور إن المهاجمين فرا نحو التلال بعد تبادل لإطلاق النار. "
         "ولم تتبن أي جماعة الهجوم حتى مساء الاثنين.")
_POST_Q = "من هو مسؤول الشرطة الذي روى تفاصيل هجوم المسلحين على مركز الشرطة في بلدة الزاوية الشرقية؟"


def test_a_speaker_named_after_his_title_answers_who_is(monkeypatch):
    first = _POST.split(". ")[0] + "."
    got = _asked(_POST_Q, _POST, first)
    assert len(got.spans) == 2 and "كريم منصور" in got.text
    monkeypatch.setattr(compose, "SAYER_TITLED", False)
    assert len(_asked(_POST_Q, _POST, first).spans) == 1


def test_a_title_followed_by_a_body_or_a_pronoun_names_no_one(monkeypatch):
    from marsad.core.arabic import normalize

    for said in ("وقال المدير لمجلة الجيش إن الرحلة ألغيت", "وأوضح الناطق الإعلامي بشرطة المنطقة أن الدورية",
                 "وقال المسؤول نفسه إن القوات", "وقال المتحدث باسم الجيش إن", "وأضاف المسؤول الأمني أن"):
        assert not compose.states_person(normalize(said)), said
    assert compose.states_person(normalize("وأضاف الضابط الباكستاني أحمد خان أن المهاجمين"))
    monkeypatch.setattr(compose, "TITLE_BODY", False)  # (the office's holder read as any word after its title)
    assert compose.states_person(normalize("وأوضح الناطق الإعلامي بشرطة المنطقة أن الدورية"))


# ---- "متهم بالتواطؤ" is no name: the main defendant is named two sentences on
_TRIAL = ("أفرجت محكمة في مدينة الساحل، الأربعاء، عن متهم بالتواطؤ في حرق منزل آل الخياط قبل عامين. "
          "ووجهت النيابة إلى المتهم الرئيسي سامر عودة تهمة القتل العمد. "
          "وقالت العائلة إنها ستستأنف القرار.")


def test_a_word_glued_to_a_preposition_and_the_article_is_no_name(monkeypatch):
    q = "Who is the main suspect charged with murder over the arson that killed the Khayyat family?"
    first = _TRIAL.split(". ")[0] + "."
    got = _asked(q, _TRIAL, first)
    assert len(got.spans) == 2 and "سامر عودة" in got.text
    monkeypatch.setattr(compose, "PREP_DEFINITE", False)
    assert len(_asked(q, _TRIAL, first).spans) == 1  # the lead's «متهم بالتواطؤ في» looked like a name


# ---- "الجيش البورمي" is a state's army, not the group asked for
_CLASH = ("قتل 12 شخصا في اشتباكات بين الجيش البورمي ومسلحين في ولاية كاشين شمال البلاد. "
          "واندلعت المعارك بين الجيش وجبهة تحرير الوادي المتمردة قرب الحدود. "
          "وقال سكان إن مئات فروا من القرى.")


def test_a_states_army_is_no_group_a_question_asks_for(monkeypatch):
    q = "أي جماعة اشتبكت مع الجيش في ولاية كاشين؟"
    first = _CLASH.split(". ")[0] + "."
    got = _asked(q, _CLASH, first)
    assert len(got.spans) == 2 and "جبهة تحرير الوادي" in got.text
    monkeypatch.setattr(compose, "NATION_FORCE", False)
    assert len(_asked(q, _CLASH, first).spans) == 1


# ---- "what nationality": a people's adjective the lexicon does not list ("جواز سفر تركي")
_PAPERS = ("طعن رجل شرطيا إسرائيليا في البلدة القديمة بالقدس صباح الجمعة قبل أن يقتل برصاص الشرطة. "
           "وقالت الشرطة إنها عثرت على جواز سفر تركي في جيب المهاجم. "
           "ونقل الشرطي المصاب إلى المستشفى.")


def test_a_nationality_is_read_from_a_peoples_adjective(monkeypatch):
    q = "ما جنسية جواز السفر الذي عثر عليه مع المهاجم الذي طعن شرطيا إسرائيليا في القدس؟"
    first = _PAPERS.split(". ")[0] + "."
    got = _asked(q, _PAPERS, first)
    assert len(got.spans) == 2 and "تركي" in got.text
    # (the state the question names itself, Israel, is no answer: the lead's «إسرائيليا» does not state one; "المالية"
    # is "financial", not Malian)
    from marsad.core.arabic import normalize

    assert compose._nisba_codes(normalize("وقالت وزارة المالية إن الموارد المالية تكفي")) == set()
    monkeypatch.setattr(compose, "NISBA_STATES", False)
    assert len(_asked(q, _PAPERS, first).spans) == 1


# ---- a name found by transliteration that no article read names is not required when another entity ties them
def test_a_name_no_article_read_names_is_not_required(monkeypatch):
    from dataclasses import replace

    from qa_claims import evidence_of

    from marsad.agent.qa import answerer
    from marsad.core.lexicon import Entry

    text = ("حاول انتحاريان اقتحام موقع لفيلق الحدود في بلدة ماستونغ الباكستانية، فقتل ثلاثة شرطيين قبل أن يقتلا. "
            "وقال مسؤول محلي إن أحد المهاجمين فجر نفسه عند البوابة.")
    town = Entry(kind="names", id="name:mastung", canonical="ماستونغ", name_en="Mastung", ar=("ماستونغ",),
                 en=("Mastung",))
    corps = Entry(kind="names", id="name:corps", canonical="كوربس", name_en="Corps", ar=("كوربس",), en=("Corps",))
    q = replace(read_question("How many policemen died when two attackers tried to storm a Frontier Corps post "
                              "in Mastung?"),
                names=(corps, town))
    assert answerer._without_unread_names(q, evidence_of(text)).names == (town,)
    # (no other entity named: the unread name stays, and the question abstains as before)
    assert answerer._without_unread_names(q, evidence_of(text.replace("ماستونغ", "كويتا"))).names == (corps, town)
    monkeypatch.setattr(answerer, "UNREAD_NAMES", False)
    assert answerer._without_unread_names(q, evidence_of(text)).names == (corps, town)

