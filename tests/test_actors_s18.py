"""Actor names, session 18: where a person's name ends. Sentences written for the tests (names, places and numbers
made up)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import actors_names


def _names(records) -> set[str]:
    return {a.name for a in records.actors}


# a preposition or conjunction glued to the article ends a name ------------------------------------------------

@pytest.mark.parametrize(("text", "bad"), [
    ("وشارك رئيس مجلس أمناء مركز الملك خالد للبحوث الزراعية في افتتاح المعرض أمس.", "خالد للبحوث"),
    ("وقال وزير الداخلية رونالد بيكر بالعنف الذي شهدته الضاحية يجب أن يتوقف.", "رونالد بيكر بالعنف"),
    ("وقال رئيس الحكومة أحمد والرئيس الإريتري إن الحدود ستفتح قريبا.", "أحمد والرئيس الإريتري"),
])
def test_glued_article_word_ends_the_name(offline_extract, text, bad):
    assert not any(n.startswith(bad) for n in _names(offline_extract(text)))


def test_glued_article_rule_off_reads_on(offline_extract, monkeypatch):
    monkeypatch.setattr(actors_names, "_GLUED_ARTICLE", False)
    text = "وشارك رئيس مجلس أمناء مركز الملك خالد للبحوث الزراعية في افتتاح المعرض أمس."
    assert any(n.startswith("خالد للبحوث") for n in _names(offline_extract(text)))


@pytest.mark.parametrize(("text", "name"), [
    ("وقال وزير الزراعة سعد بالحارث إن الوزارة ستدعم مزارعي التمور.", "سعد بالحارث"),
    ("وقالت وزيرة الخارجية السويدية آنا والستروم إن بلادها تدين التفجير.", "آنا والستروم"),
])
def test_family_name_that_starts_like_a_glued_word_stays(offline_extract, text, name):
    assert name in _names(offline_extract(text))


@pytest.mark.parametrize("word", ["للدراسات", "للصحافيين", "بالعنف", "والرييس", "بالقوات"])
def test_glued_article_words(word):
    assert actors_names._glued_article(word)


@pytest.mark.parametrize("word", ["بالغنيم", "والستروم", "كالين", "بالحارث", "لله"])
def test_not_glued_article_words(word):
    assert not actors_names._glued_article(word)


# a common noun with the article after a family name is not a second family name -----------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("ورعى مساعد المدير العام للشؤون التعليمية سعد بن سالم المطيري الحفل الذي أقيم في مقر الإدارة.",
     "سعد بن سالم المطيري"),
    ("وحضر أمير المنطقة الأمير نواف المشعل الحفل الذي أقامته الجمعية.", "نواف المشعل"),
])
def test_common_noun_after_family_name_is_not_read_in(offline_extract, text, name):
    names = _names(offline_extract(text))
    assert name in names
    assert name + " الحفل" not in names


def test_common_noun_rule_off_reads_it_in(offline_extract, monkeypatch):
    monkeypatch.setattr(actors_names, "_SECOND_FAMILY_VOCAB", False)
    text = "وحضر أمير المنطقة الأمير نواف المشعل الحفل الذي أقامته الجمعية."
    assert "نواف المشعل الحفل" in _names(offline_extract(text))


@pytest.mark.parametrize("word", ["الحفل", "الشكر", "المشرف"])
def test_vocabulary_family(word):
    assert actors_names._vocabulary_family(word)


@pytest.mark.parametrize("word", ["الصباح", "المطيري", "الفيصل"])
def test_not_vocabulary_family(word):
    assert not actors_names._vocabulary_family(word)


# registry: leaders that the news names in several spellings ---------------------------------------------------

@pytest.mark.parametrize(("text", "canonical"), [
    ("وصل كيم يونغ أون إلى سنغافورة قبل القمة المرتقبة حول الملف النووي.", "كيم جونغ أون"),
    ("وقال الرئيس مون جيه إن للصحفيين إن المحادثات العسكرية ستستأنف الشهر المقبل.", "مون جاي إن"),
    ("وحذر ستولتنبرغ من أن الحلف سيرد على أي هجوم يستهدف أحد أعضائه.", "ينس ستولتنبرغ"),
])
def test_registry_leaders(offline_extract, text, canonical):
    r = offline_extract(text, published="2018-06-10")
    assert canonical in {a.canonical_name for a in r.actors}


# a name right after a verb of saying, then its role ------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("وقالت ماري دوبوا المتحدثة باسم وزارة الخارجية إن باريس تدين الهجوم.", "ماري دوبوا"),
    ("وقال داميان أوكافور مفوض الشرطة في الولاية إن مسلحين قتلوا عشرة أشخاص.", "داميان أوكافور"),
    ("وقالت سارة هيلمان، المتحدثة باسم البيت الأبيض، إن واشنطن سترد.", "سارة هيلمان"),
])
def test_name_after_verb_of_saying_then_role(offline_extract, text, name):
    assert name in _names(offline_extract(text))


def test_name_after_verb_of_saying_rule_off(offline_extract, monkeypatch):
    from marsad.agent.offline import actors_persons
    monkeypatch.setattr(actors_persons, "_SAID_NAME", False)
    assert "ماري دوبوا" not in _names(offline_extract("وقالت ماري دوبوا المتحدثة باسم وزارة الخارجية إن باريس تدين الهجوم."))


@pytest.mark.parametrize("text", [
    "وقال شهود عيان إن الانفجار دمر ثلاثة منازل.",
    "وقالت مصادر أمنية مسؤولة إن الهجوم وقع فجرا.",
])
def test_no_name_after_verb_of_saying(offline_extract, text):
    assert not any(a.type == "official" for a in offline_extract(text).actors)
