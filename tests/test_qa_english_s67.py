"""English questions read from Arabic articles (pass 67, issue 13.2): numbers written with thousands commas, a
"When <scene>, what ...?" question, a short second word of a two-word name, glossary forms news writes (plural,
feminine, verb), everyday words of a body's name."""

from marsad.agent.qa.question import Intent, mentions, parse_question, unmapped
from marsad.agent.qa.question_words import stated_numbers
from marsad.agent.qa.translit import NameFinder, with_names, with_words
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon


def test_a_number_with_thousands_commas_is_one_number():
    assert stated_numbers(normalize("How many of the 40,000 rifles were handed over in 2016?"), "en") == (40000,)
    assert stated_numbers(normalize("Besides the 1,200 homes, how many more were planned?"), "en") == (1200,)
    assert stated_numbers(normalize("How many of the 3 towns and 12 villages were freed?"), "en") == (3, 12)


def test_a_when_clause_setting_the_scene_does_not_ask_a_date():
    q = parse_question("When shots were heard near the port in May 2017, what did the police say had caused them?")
    assert q.intent is not Intent.date
    assert parse_question("When did the army enter the town of Hit?").intent is Intent.date
    # ("When was ..., and who": a date is asked first; a name's relative clause after "When did" is no scene)
    assert parse_question("When was the truce signed in Aden, and who signed it?").intent is Intent.date
    assert parse_question("When did Hadi, who had fled to Riyadh, return to Aden?").intent is Intent.date


def test_a_short_second_word_after_a_name_found_is_no_unknown_word():
    q = with_names(parse_question("How long is the road from Safer to Ras Isa in Yemen?"),
                   NameFinder(["صافر", "راس", "طريق"]))
    assert "isa" not in q.uncovered and not unmapped(q)
    # (alone, a short capitalised word stays unknown)
    assert "isa" in with_names(parse_question("How long is the road to Isa in Yemen?"), NameFinder(["صافر"])).uncovered


def _concept(cid):
    return next(e for e in get_lexicon().entries if e.kind == "glossary" and e.id == cid)


def test_glossary_concepts_are_found_in_the_forms_news_writes():
    assert mentions(_concept("mother"), "نظمت أمهات المعتقلين في المدينة اعتصاما")
    assert mentions(_concept("protest"), "نفذ العمال وقفة احتجاجية أمام مبنى الوزارة")
    assert mentions(_concept("prosecutor"), "قالت مدعية المحكمة إنها ستفتح ملف القضية")
    assert mentions(_concept("surveillance"), "وقال إن الجيش يراقب تحركات المسلحين")
    assert mentions(_concept("warning"), "خرج الوزير يحذر من عواقب التصعيد")


def test_everyday_words_of_a_body_name_are_said_in_arabic():
    q = with_words(parse_question("How much did the Gulf Centre for Relief and Humanitarian Work give to Yemen?"))
    assert "humanitarian" not in q.uncovered


def test_a_brigade_is_a_glossary_concept():
    # ("who is the commander of the army brigade that ...": the office is of the brigade, "قائد اللواء الرابع")
    assert mentions(_concept("brigade"), "وقال قائد اللواء الرابع مشاة إن قواته تقدمت")
    assert any(c.id == "brigade" for c in parse_question("Who commands the brigade that took the hill?").concepts)


def test_a_role_question_reads_the_sentence_naming_a_coordinator_or_an_envoy():
    from marsad.agent.qa.passages import _ROLE_EN_CUE

    cue = _ROLE_EN_CUE
    assert cue.search(normalize("وقال المنسق الخاص للأمم المتحدة إن الجهود مستمرة"))
    assert cue.search(normalize("وصل المبعوث الأممي إلى صنعاء"))
    assert not cue.search(normalize("وتنسيق الجهود بين الطرفين"))


def test_an_adverb_or_a_relative_clause_keeps_a_when_question_a_date_question():
    # ("When exactly did X, who ..., do Y?": the auxiliary after the adverb asks a date; ", which ...," is a clause)
    assert parse_question("When exactly did the governor, who was named in March, reach Mosul?").intent is Intent.date
    assert parse_question("When, precisely, was the bridge, which the army had rebuilt, reopened?").intent is Intent.date
    assert parse_question("When briefly did the brigade, which Tehran arms, hold the crossing?").intent is Intent.date
    # (a scene whose noun has a relative clause still sets the scene for "who ...?")
    q = parse_question("When the convoy, which carried aid, was hit near Hodeidah, who was killed?")
    assert q.intent is not Intent.date


def test_a_number_with_thousands_commas_before_a_clause_comma_is_one_number():
    assert stated_numbers(normalize("Of the 120,000 families, how many went back?"), "en") == (120000,)
    assert stated_numbers(normalize("Of the 120,000, how many went back?"), "en") == (120000,)


def test_glossary_forms_that_are_also_common_words_are_not_the_concept():
    # "مدعية" bare is the participle "claiming"; "تظاهر بـ" is "feigned"; "اللواء" before a name is the rank
    assert not mentions(_concept("prosecutor"), "ونشرت الجماعة تسجيلا مدعية أنه يظهر سقوط الطائرة")
    assert not mentions(_concept("protest"), "وأفاد الحارس أن الرجل تظاهر بالإغماء ثم هرب من المستشفى")
    assert not mentions(_concept("brigade"), "وأكد اللواء سعد معن أن الطريق آمن")
    assert not mentions(_concept("brigade"), "وقد رقي إلى رتبة لواء قبل عامين")
    # (the unit: by its ordinal, its kind or its commander)
    assert mentions(_concept("brigade"), "وأعلن اللواء السابع مشاة تحرير التلة")
    assert mentions(_concept("brigade"), "ودفع الجيش بلواء مشاة إلى الحدود")
    assert mentions(_concept("protest"), "وتظاهروا أمام مبنى المحافظة للمطالبة بالرواتب")
    # (a sit-in is its own concept: one form, one entry)
    assert "اعتصام" not in _concept("protest").ar


def test_an_arabic_question_on_an_office_no_sentence_names_abstains():
    from qa_claims import passage_quotes

    aid = "وقالت الأمم المتحدة إنها ستوزع خياما على النازحين في محافظة الحديدة خلال الشهر الجاري."
    raid = "وشنت الجماعة هجمات منسقة على مواقع للقوات الحكومية في مدينة الحديدة فجر اليوم."
    assert passage_quotes("من هو منسق الأمم المتحدة في الحديدة؟", aid, raid) == []
    from marsad.agent.qa.passages import _ROLE_EN_CUE
    assert not _ROLE_EN_CUE.search(normalize(raid))
