"""Pass 43 (agree43): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_provisions


def _provisions(offline_extract, text: str) -> list[str]:
    return [p for a in offline_extract(text, published="2019-05-09").agreements for p in a.provisions]


# SO_THAT_TERMS and QUOTED_APPOSITION: "بحيث" + an imperfect verb goes on with the plan, also past a quoted name ----

_QUOTED = ("واتفقت أنقرة وبغداد على خطة لإنشاء منطقة آمنة على الحدود المشتركة، وذلك بنشر وحدات من الجيشين، "
           "وبالتالي منع تسلل المسلحين إلى مدينة الموصل \"معقل التنظيم\" وبحيث تتولى الطائرات العراقية والتركية "
           "مراقبة المنطقة انطلاقا من قاعدة في زاخو.")
_COMMA = ("ووقعت الأردن والسعودية اتفاقية أمنية لتأمين الحدود المشتركة، بحيث تنتشر وحدات مشتركة على طول الشريط "
          "الحدودي.")


def test_so_that_clause_after_a_quoted_apposition_is_a_term(offline_extract):
    got = _provisions(offline_extract, _QUOTED)
    assert any(p.startswith("تتولى الطائرات العراقية والتركية مراقبة المنطقة") for p in got)
    # the quoted apposition is no term, and the term before it stops at the quote
    assert "منع تسلل المسلحين إلى مدينة الموصل" in got
    assert not any("معقل" in p for p in got)


def test_so_that_clause_after_a_comma_is_a_term(offline_extract):
    got = _provisions(offline_extract, _COMMA)
    assert "تأمين الحدود المشتركة" in got
    assert any(p.startswith("تنتشر وحدات مشتركة على طول الشريط") for p in got)


def test_switches_off_drop_the_so_that_terms(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_provisions, "SO_THAT_TERMS", False)
    assert not any("تنتشر" in p for p in _provisions(offline_extract, _COMMA))
    monkeypatch.setattr(agreements_provisions, "SO_THAT_TERMS", True)
    monkeypatch.setattr(agreements_provisions, "QUOTED_APPOSITION", False)
    assert not any("تتولى" in p for p in _provisions(offline_extract, _QUOTED))


def test_so_that_without_a_verb_is_no_term(offline_extract):
    text = ("ووقعت الأردن والسعودية اتفاقية أمنية لتأمين الحدود المشتركة، بحيث لا يمكن لأحد عبورها "
            "دون إذن.")
    got = _provisions(offline_extract, text)
    assert "تأمين الحدود المشتركة" in got
    assert not any("يمكن" in p for p in got)


def test_long_quote_is_not_skipped(offline_extract):
    # a quote of more than five words is a statement, not an apposition: what follows it is not read on
    text = ("واتفقت أنقرة وبغداد على خطة لإنشاء منطقة آمنة على الحدود المشتركة، وذلك بنشر وحدات من الجيشين "
            "\"في كل القرى الحدودية من الجانبين دون استثناء\" وبحيث تتولى الطائرات مراقبة المنطقة.")
    assert not any("تتولى" in p for p in _provisions(offline_extract, text))


# DEFINITE_HEADS and INCLUDES_VERB: a listed verbal noun with the article or in the accusative, after a verb of including

def test_definite_head_after_a_verb_of_providing(offline_extract):
    text = "ووقعت الحكومة الليبية وقبائل الجنوب اتفاقا يتضمن الانسحاب من مدينة سرت، وتسليم السلاح الثقيل إلى الجيش."
    got = _provisions(offline_extract, text)
    assert "الانسحاب من مدينة سرت" in got
    assert "تسليم السلاح الثقيل إلى الجيش" in got


def test_accusative_head_after_a_verb_of_including(offline_extract):
    text = "ووقع الجيش الصومالي وشيوخ العشائر اتفاقا يشمل انسحابا كاملا من بلدة جوهر، وتسليم السلاح الثقيل للجيش."
    got = _provisions(offline_extract, text)
    assert any(p.startswith("انسحابا كاملا من بلدة جوهر") for p in got)


def test_switches_off_drop_the_definite_and_included_terms(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_provisions, "DEFINITE_HEADS", False)
    text = "ووقعت الحكومة الليبية وقبائل الجنوب اتفاقا يتضمن الانسحاب من مدينة سرت."
    assert not any("الانسحاب" in p for p in _provisions(offline_extract, text))
    monkeypatch.setattr(agreements_provisions, "DEFINITE_HEADS", True)
    monkeypatch.setattr(agreements_provisions, "INCLUDES_VERB", False)
    # the verb of including further than two words after the agreement word: only the switch reads its object
    text = "ووقع الجيش الصومالي وشيوخ العشائر اتفاقا مكتوبا في بلدة جوهر يشمل نزع السلاح الثقيل من البلدة."
    assert not any("نزع" in p for p in _provisions(offline_extract, text))
    monkeypatch.setattr(agreements_provisions, "INCLUDES_VERB", True)
    assert any(p.startswith("نزع السلاح الثقيل") for p in _provisions(offline_extract, text))


def test_in_force_is_no_term(offline_extract):
    # "حيز التنفيذ" tells the truce's status; "التنفيذ" with the article opens no term
    text = "وأعلن الجيش السوداني والمتمردون هدنة في ولاية النيل الأزرق دخلت حيز التنفيذ يوم الأحد الماضي."
    assert not any(p.startswith("التنفيذ") for p in _provisions(offline_extract, text))


def test_definite_name_is_no_term(offline_extract):
    # with the article "الحماية" is mostly part of a name ("وحدات الحماية"): no term opens there
    text = "ووقعت قوات الأمن الداخلي اتفاقا مع وحدات الحماية الكردية لتسيير دوريات مشتركة في مدينة منبج."
    assert not any(p.startswith("الحماية") for p in _provisions(offline_extract, text))


# SHORT_HEADS: "بحل" after a verb of providing opens a term, "حل" is still no head elsewhere ------------------------

_DISSOLVE = ("ووقعت الحكومة السودانية والحركة الشعبية في جوبا اتفاقا أمنيا يقضي بحل الميليشيات القبلية "
             "ودمج مقاتليها في الجيش.")


def test_short_head_glued_to_b_is_a_term(offline_extract):
    got = _provisions(offline_extract, _DISSOLVE)
    assert "حل الميليشيات القبلية" in got
    assert "دمج مقاتليها في الجيش" in got


def test_switch_off_drops_the_short_head(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_provisions, "SHORT_HEADS", False)
    assert not any(p.startswith("حل") for p in _provisions(offline_extract, _DISSOLVE))


def test_solution_after_importance_is_no_agreement(offline_extract):
    # a view both ministers share on the importance of a solution: no term, and no agreement
    text = ("وقال وزير الخارجية الأردني في مؤتمر صحفي مع نظيره المغربي: إننا متفقون مع الجانب المغربي على أهمية "
            "حل الأزمة في ليبيا عبر الحوار.")
    assert not any(p.startswith("حل") for p in _provisions(offline_extract, text))
