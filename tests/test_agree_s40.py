"""Pass 40 (agreements): sentences written for these tests, none from the corpus."""

from __future__ import annotations


def _doc(offline_extract, text: str):
    return offline_extract(text, published="2020-05-09")


# verbal nouns that open a provision: "شراء"، "وضع"، "تحسين" ----------------------------------------------------------

def _provisions(offline_extract, text: str) -> list[str]:
    return [p for a in _doc(offline_extract, text).agreements for p in a.provisions]


def test_purchase_is_the_term_not_its_aim(offline_extract):
    text = "وقعت الهند اتفاقية مع فرنسا لشراء طائرات مقاتلة حديثة لتعزيز قوتها الجوية."
    provisions = _provisions(offline_extract, text)
    assert provisions and provisions[0].startswith("شراء طائرات مقاتلة")


def test_setting_up_a_mechanism_is_kept_whole(offline_extract):
    text = "وقال الناطق إن خلافا نشب بين الجيش والحشد في ديالى، وتم الاتفاق بعد ذلك على وضع آلية للتنسيق."
    assert _provisions(offline_extract, text) == ["وضع آلية للتنسيق"]


def test_improving_and_stepping_up_open_a_provision(offline_extract):
    assert _provisions(offline_extract, "اتفقت اليونان وقبرص على تحسين التعاون الدفاعي بين البلدين.") == [
        "تحسين التعاون الدفاعي بين البلدين"]
    assert _provisions(offline_extract, "اتفق الجانبان العراقي والأردني على تكثيف الدوريات المشتركة على الحدود.") == [
        "تكثيف الدوريات المشتركة على الحدود"]


def test_the_situation_opens_no_provision(offline_extract):
    # "الوضع" (the situation) is no verbal noun of a term
    text = "وقعت مصر والسودان اتفاقية أمنية، وقال الوزير إن الوضع على الحدود هادئ."
    assert not any(p.startswith("الوضع") for p in _provisions(offline_extract, text))

# the day or time a truce is told on is no term of it ----------------------------------------------------------------

def test_truce_phrase_stops_before_its_month(offline_extract):
    text = "أعلن الطرفان وقفا لإطلاق النار لخمسة أيام في آذار الماضي."
    assert _provisions(offline_extract, text) == ["وقفا لإطلاق النار لخمسة أيام"]


def test_truce_provision_stops_before_its_weekday(offline_extract):
    text = "وقعت الحكومة الكولومبية والمتمردون اتفاقا لوقف إطلاق النار يوم الخميس في هافانا."
    assert _provisions(offline_extract, text) == ["وقف إطلاق النار"]


def test_truce_told_tonight_is_no_term(offline_extract):
    text = "وأكدت الحركة أن هجماتها ستعود فور انقضاء الهدنة الليلة."
    assert not any("الليلة" in p for p in _provisions(offline_extract, text))


def test_truce_length_and_place_stay(offline_extract):
    # negative: no date in the phrase, so nothing is cut
    text = "أعلنت الحكومة هدنة لمدة عشرة أيام في إدلب."
    assert _provisions(offline_extract, text) == ["هدنة لمدة عشرة أيام في إدلب"]


def test_truce_date_cut_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_provisions as apr
    monkeypatch.setattr(apr, "TRUCE_DATE_CUT", False)
    text = "أعلن الطرفان وقفا لإطلاق النار لخمسة أيام في آذار الماضي."
    assert _provisions(offline_extract, text) == ["وقفا لإطلاق النار لخمسة أيام في آذار"]


# a word that only says how a truce is spoken of is no term ----------------------------------------------------------

_SAID = ("أعلنت الحكومة وحركة طالبان هدنة لمدة خمسة أيام في الولاية. "
         "وقالت البعثة في بيانها: وقف إطلاق النار القصير أثبت للجميع أن التهدئة ممكنة.")


def test_truce_phrase_does_not_end_on_a_said_adjective(offline_extract):
    assert not any(p.endswith("القصير") for p in _provisions(offline_extract, _SAID))


def test_term_adjective_stays(offline_extract):
    # negative: "الدائم" tells what was agreed
    text = "اتفق الجيش والمتمردون على وقف إطلاق النار الدائم في الإقليم."
    assert any("الدائم" in p for p in _provisions(offline_extract, text))


def test_truce_said_trim_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_provisions as apr
    monkeypatch.setattr(apr, "TRUCE_SAID_TRIM", False)
    assert any(p.endswith("القصير") for p in _provisions(offline_extract, _SAID))


# a telling that a side denies restates what is denied: no term of its own ---------------------------------------------

_DENIED = ("كشفت حركة حماس عن توصلها مع إسرائيل إلى اتفاق لوقف إطلاق النار برعاية قطرية، شرط أن تلتزم إسرائيل به. "
           "غير أن رئيس الوزراء الإسرائيلي نفى اتفاقا مزعوما لوقف إطلاق النار في مدينة غزة تحدثت عنه الحركة.")


def test_denied_telling_adds_no_term(offline_extract):
    provisions = _provisions(offline_extract, _DENIED)
    assert provisions and not any("مدينة غزة" in p for p in provisions)


def test_denied_telling_is_the_term_when_nothing_else_is(offline_extract):
    # negative: no asserted telling gives a term, so the denied one's phrase is kept
    text = ("أعلنت الحركة أنها ملتزمة بالهدوء. "
            "وقال ضابط إسرائيلي إن الأخبار عن وقف إطلاق النار في المدينة غير صحيحة.")
    assert _provisions(offline_extract, text) == ["وقف إطلاق النار في المدينة"]


def test_denied_terms_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_records as are
    monkeypatch.setattr(are, "DENIED_TERMS", False)
    assert any("مدينة غزة" in p for p in _provisions(offline_extract, _DENIED))
