"""Pass 42 (agree42): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_find, agreements_provisions, agreements_status, agreements_terms


def _provisions(offline_extract, text: str) -> list[list[str]]:
    return [list(a.provisions) for a in offline_extract(text, published="2019-05-09").agreements]


# FORCE_WILL_TERM: a force's future act, reported after "أن" before the agreement word, is a term of it --------------

_WILL = ("أعلن قادة محليون التوصل إلى اتفاق مع الحكومة الليبية لتأمين الطريق الساحلي. "
         "وأفادت مصادر قبلية بأن قوات الجيش ستتمركز في ثلاث نقاط قرب البوابة الغربية وقد تدخل البلدة لاحقا، "
         "لافتة إلى أن لقاءات سياسية ستعقب هذه التفاهمات الأمنية.")


def test_future_act_of_a_force_is_a_term(offline_extract):
    got = _provisions(offline_extract, _WILL)
    assert any(any(p.startswith("قوات الجيش ستتمركز في ثلاث نقاط") for p in ps) for ps in got)
    # the term ends at "وقد": what the force may do next is not what was agreed
    assert not any("تدخل البلدة" in p for ps in got for p in ps)


def test_switch_off_drops_the_future_act(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_terms, "FORCE_WILL_TERM", False)
    assert not any("ستتمركز" in p for ps in _provisions(offline_extract, _WILL) for p in ps)


def test_past_act_of_a_force_is_no_term(offline_extract):
    text = ("أعلن قادة محليون التوصل إلى اتفاق مع الحكومة الليبية لتأمين الطريق الساحلي. "
            "وأفادت مصادر قبلية بأن قوات الجيش تمركزت في ثلاث نقاط قرب البوابة الغربية، "
            "لافتة إلى أن لقاءات سياسية ستعقب هذه التفاهمات الأمنية.")
    assert not any("تمركزت" in p for ps in _provisions(offline_extract, text) for p in ps)


def test_future_act_without_that_is_no_term(offline_extract):
    text = ("أعلن قادة محليون التوصل إلى اتفاق مع الحكومة الليبية لتأمين الطريق الساحلي. "
            "وقوات الجيش ستتمركز في ثلاث نقاط قرب البوابة الغربية بحسب هذه التفاهمات الأمنية.")
    assert not any("ستتمركز" in p for ps in _provisions(offline_extract, text) for p in ps)


# CELEBRATED_IN_FORCE: a truce celebrated holds now --------------------------------------------------------------------

_CELEBRATED = "وخرج مئات من مقاتلي الحركة إلى شوارع المدينة يوم الأحد للاحتفال بوقف إطلاق النار مع الجيش."


def _statuses(offline_extract, text: str) -> list[str]:
    return [a.status for a in offline_extract(text, published="2019-05-09").agreements]


def test_celebrated_truce_is_in_force(offline_extract):
    assert _statuses(offline_extract, _CELEBRATED) == ["implementing"]


def test_switch_off_leaves_the_celebrated_truce_unread(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "CELEBRATED_IN_FORCE", False)
    assert _statuses(offline_extract, _CELEBRATED) == ["unknown"]


def test_celebrated_signing_is_agreed(offline_extract):
    text = "وخرج مئات من أنصار الحركة إلى شوارع المدينة يوم الأحد احتفالا بتوقيع اتفاق وقف إطلاق النار مع الجيش."
    assert _statuses(offline_extract, text) == ["agreed"]


# OTHER_COUNTRY_APART: a side-less agreement of another country, told after a truce, is not that truce ---------------

_SUMMIT = ("وفي الملف الصومالي رحب الطرفان ببدء الهدنة الإنسانية لمدة أسبوع في الصومال لإيصال المعونات. "
           "كما دعا الطرفان الحكومة الأفغانية إلى استكمال الإصلاحات التي تم الاتفاق عليها العام الماضي. "
           "وقرر الزعماء السعي معا لإقناع الأطراف الليبية بقبول اتفاق تقاسم الثروة ومكافحة الإرهاب في البلاد.")


def _truce_terms(offline_extract, text: str) -> list[str]:
    return [p for a in offline_extract(text, published="2019-05-09").agreements if a.agreement_type == "ceasefire"
            for p in a.provisions]


def test_other_countries_agreements_are_not_truce_terms(offline_extract):
    terms = _truce_terms(offline_extract, _SUMMIT)
    assert terms and not any("تقاسم" in p or "الإصلاحات" in p for p in terms)


def test_switch_off_lets_them_ride_along(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_find, "OTHER_COUNTRY_APART", False)
    assert any("تقاسم" in p for p in _truce_terms(offline_extract, _SUMMIT))


def test_same_country_term_stays_with_the_truce(offline_extract):
    text = ("وفي الملف الصومالي رحب الطرفان ببدء الهدنة الإنسانية لمدة أسبوع في الصومال لإيصال المعونات. "
            "وقرر الزعماء السعي معا لإقناع الأطراف الصومالية بقبول اتفاق تقاسم الثروة ومكافحة الإرهاب في البلاد.")
    assert any("تقاسم" in p for p in _truce_terms(offline_extract, text))


# TRUCE_BEGUN: a truce whose start is told as past is in force ---------------------------------------------------------

_WELCOMED_START = "ورحب الوزيران ببدء الهدنة بين الجيش والمتمردين في الإقليم الشرقي يوم الاثنين."
_SINCE_START = "وعاد آلاف النازحين إلى قراهم منذ بدء الهدنة بين الجيش والمتمردين في الإقليم الشرقي."


def test_welcomed_start_is_in_force(offline_extract):
    assert _statuses(offline_extract, _WELCOMED_START) == ["implementing"]


def test_switch_off_reads_the_welcomed_start_otherwise(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "TRUCE_BEGUN", False)
    assert _statuses(offline_extract, _WELCOMED_START) == ["unknown"]
    assert _statuses(offline_extract, _SINCE_START) != ["implementing"]


def test_start_since_is_in_force(offline_extract):
    assert _statuses(offline_extract, _SINCE_START) == ["implementing"]


def test_start_called_for_is_no_start(offline_extract):
    text = "ودعا الوزيران إلى بدء الهدنة بين الجيش والمتمردين في الإقليم الشرقي يوم الاثنين."
    assert _statuses(offline_extract, text) == ["proposed"]


# ALSO_PROVIDES: "كما تنص على" after the first terms opens more terms of the same agreement ----------------------------

_ALSO = ("ووقعت مصر والسودان الشهر الماضي اتفاقية أمنية لضبط الحدود المشتركة. "
         "وتنص الاتفاقية على أن تسير الدولتان دوريات مشتركة على الشريط الحدودي، كما تنص على أنه «يحق لكل طرف "
         "أن يطلب عقد اجتماع طارئ للجنة الأمنية العليا».")


def test_also_provides_opens_more_terms(offline_extract):
    terms = [p for ps in _provisions(offline_extract, _ALSO) for p in ps]
    assert any(p.startswith("يحق لكل طرف أن يطلب عقد اجتماع") for p in terms)
    assert any(p.startswith("تسير الدولتان دوريات مشتركة") for p in terms)


def test_switch_off_reads_only_the_first_terms(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_provisions, "ALSO_PROVIDES", False)
    terms = [p for ps in _provisions(offline_extract, _ALSO) for p in ps]
    assert terms and not any("يحق لكل طرف" in p for p in terms)


def test_also_without_a_verb_of_providing_opens_nothing(offline_extract):
    text = ("ووقعت مصر والسودان الشهر الماضي اتفاقية أمنية لضبط الحدود المشتركة. "
            "وتنص الاتفاقية على أن تسير الدولتان دوريات مشتركة على الشريط الحدودي، كما أشاد الوزيران "
            "بجهود اللجنة الأمنية العليا.")
    assert not any("أشاد" in p or "بجهود" in p for ps in _provisions(offline_extract, text) for p in ps)
