"""Pass 57 (qagate57): gates that made the answerer abstain on answerable questions for reasons that do not tell them
from questions the sources do not answer -- a shooting told with a long name between "أطلق" and "النار" (the domain gate), "agreed to" answered by the verb of
agreement (span_fits), and a state's force named by its noun under its state's headline (compose); not a fire the words between own, the date
word "الموافق" or a refused or negated verb (review57). Sentences written for these tests."""

from __future__ import annotations

from marsad.agent.qa import compose, domain, subject
from marsad.agent.qa.compose import Claim, assemble
from marsad.agent.qa.question import parse_question
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon


def _actor(actor_id: str):
    return next(e for e in get_lexicon().entries if e.id == actor_id)


# ---------------------------------------------------------------- a state's force by its noun and its state apart
def test_a_states_police_is_named_by_its_noun_and_the_state_apart():
    police = _actor("police_pk")
    told = "قتلت قوات الأمن في باكستان مسلحا في منطقة جبلية بعد اشتباك دام ساعتين."
    assert subject.force_named(police, told)
    assert not subject.named_in(police, told)  # (named_in reads the name or the adjective only)
    assert subject.force_named(police, "قتلت قوات الأمن مسلحا.", state_text="باكستان: مقتل مسلح")


def test_another_states_police_or_the_security_council_is_not_it():
    police = _actor("police_tr")
    assert not subject.force_named(police, "اعتقلت الشرطة العراقية رجلا في البصرة.")
    assert not subject.force_named(police, "دعا مجلس الأمن تركيا إلى ضبط النفس.")  # ("الأمن" alone: no force)
    assert not subject.force_named(police, "وقامت الشرطة بتفتيش المنزل.")  # (no state named)


def test_a_count_under_its_states_headline_names_the_states_police(monkeypatch):
    text = "لقي ثلاثة من عناصر الشرطة حتفهم بعبوة ناسفة زرعت قرب بلدة حدودية."
    parsed = parse_question("كم شرطيا تركيا قتل في انفجار العبوة قرب البلدة الحدودية؟")
    assert any(e.id == "police_tr" for e in parsed.entities)
    claim = Claim("قتل 3", [("x", 0, len(text))], [3])
    titles = {"x": "تركيا: مقتل ثلاثة شرطيين في انفجار"}
    assert not assemble(parsed, [claim], {"x": text}, backend="offline", titles=titles).abstained
    # (a headline of another state leaves the police unnamed)
    assert assemble(parsed, [claim], {"x": text}, backend="offline",
                    titles={"x": "العراق: مقتل ثلاثة شرطيين في انفجار"}).abstained
    # (nor does the state named in the sentence alone: the headline tells which state the article is about)
    told = "لقي ثلاثة من عناصر الشرطة حتفهم بعبوة ناسفة زرعت قرب بلدة حدودية مع تركيا."
    assert assemble(parsed, [Claim("قتل 3", [("y", 0, len(told))], [3])], {"y": told}, backend="offline",
                    titles={"y": "مقتل ثلاثة شرطيين في انفجار"}).abstained
    monkeypatch.setattr(compose, "STATE_FORCE_CITED", False)
    assert assemble(parsed, [claim], {"x": text}, backend="offline", titles=titles).abstained


# ---------------------------------------------------------------- the domain gate: a shooter named at length
def test_a_shooting_told_with_a_long_name_is_in_domain(monkeypatch):
    q = parse_question("لماذا أطلق طالب جامعة سنترال ميشيجين النار على والديه؟")
    assert domain.in_domain(q)
    monkeypatch.setattr(domain, "SHOOTING_FAR", False)
    assert not domain.in_domain(q)


def test_a_fire_of_the_words_between_is_no_shooting():
    # (a preposition's fire, a dish launched, a fire's verbal noun: "أطلق" has another object)
    for text in ("كيف أطلق الطباخ الشهير طبقا جديدا يطهى على النار؟",
                 "كيف أطلق صاحب المطعم الكبير وصفة شواء على النار؟"):
        assert not domain.in_domain(parse_question(text)), text
    assert domain._shooting_far(normalize("لماذا أطلق طالب جامعة سنترال ميشيجين النار على والديه؟"))
    assert domain._shooting_far(normalize("لماذا أطلق رجلان كانا يستقلان سيارة سوداء النار على الحارس؟"))
    assert not domain._shooting_far(normalize("كيف أطلق المصمم الشاب عطرا جديدا يحمل اسم النار؟"))  # (its object)
    # (the ministry's question is in the domain by its named ministry; the shooting reading is not why)
    assert not domain._shooting_far(normalize("متى أطلقت الوزارة حملة للتوعية بمخاطر إشعال النار في الغابات؟"))


def test_a_fire_lit_far_from_its_verb_is_no_shooting():
    assert not domain._SHOOTING_FAR.search("اطلق الفنان اغنيته الجديده في حفل كبير قرب النار")  # ("النار!" apart)
    assert not domain.in_domain(parse_question("ما اسم الألبوم الذي أطلقه المغني الشهير العام الماضي؟"))


# ---------------------------------------------------------------- "agreed to": the verb of agreement
def test_agreed_to_is_answered_by_the_verb_of_agreement(monkeypatch):
    cons = domain.Constraints(agreement=True)
    told = "وقال المتحدث إن الرئيسين اتفقا على تعزيز العمل المشترك ضد الإرهاب."
    consent = "أبلغ المبعوث الرئيس بموافقة الجماعة على وضع الميناء تحت إشراف أممي."
    assert domain.span_fits(cons, told) and domain.span_fits(cons, consent)
    assert not domain.span_fits(cons, "وناقش الرئيسان التعاون في الحرب على الإرهاب.")
    monkeypatch.setattr(domain, "AGREED_VERB", False)
    assert not domain.span_fits(cons, told) and not domain.span_fits(cons, consent)


def test_the_date_word_a_refusal_or_a_negated_verb_tells_no_agreement(monkeypatch):
    cons = domain.Constraints(agreement=True)
    for text in ("وصل الوفد إلى العاصمة يوم الأحد الموافق 9 أيار لبحث ملف المياه.",
                 "ورفضت الحكومة الموافقة على طلب المحافظة.",
                 "ولم يوافق المجلس على مشروع القرار.",
                 "وأجرى الجيش المناورة دون موافقة الجارة."):
        assert not domain.span_fits(cons, text), text
    assert domain.span_fits(cons, "ووافق المجلس على مشروع القرار بعد جلسة طويلة.")
    assert domain.span_fits(cons, "وأعلن الطرفان موافقتهما على وقف إطلاق النار.")  # (the rules' word of consent)
    assert domain.span_fits(cons, "ولم يحضر الوزير، واتفق الطرفان على الهدنة.")  # (the negator is of another verb)
    monkeypatch.setattr(domain, "AGREED_VERB", False)
    assert not domain.span_fits(cons, "ووافق المجلس على مشروع القرار بعد جلسة طويلة.")
