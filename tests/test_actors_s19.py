"""Actor recall, session 19: often-named officials of 2015-2018 in the registry, and a known official's name
inside the name of a place or institution called after him. Sentences written for the tests (places, days,
numbers and the unknown persons made up)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import actors_persons


def _by_canonical(records) -> dict[str, object]:
    return {a.canonical_name: a for a in records.actors}


@pytest.mark.parametrize(("text", "published", "canonical", "role"), [
    # named bare, with no title before or after: only the registry knows the man
    ("وقالت مصادر مقربة إن الرسالة كانت موجهة إلى سعد الحريري وحلفائه في بيروت.", "2017-05-02",
     "سعد الحريري", "رئيس الوزراء اللبناني"),
    # a foreign name after a title with no comma: the given-name list does not know "مايك"
    ("وأدى الوزير الجديد اليمين أمام نائب الرئيس مايك بنس مساء الخميس.", "2018-04-12",
     "مايك بنس", None),
    ("وتحمل السلطات التركية الداعية فتح الله غولن مسؤولية الانقلاب الفاشل.", "2018-03-04",
     "فتح الله غولن",
     "رجل الدين التركي"),
    ("وتلقى الملك برقية تهنئة من السلطان قابوس بن سعيد بمناسبة العيد.", "2016-07-05",
     "قابوس بن سعيد", "سلطان عمان"),
    ("وأكد ملك البحرين حمد بن عيسى آل خليفة أمس وقوف بلاده مع التحالف في اليمن.", "2017-09-20",
     "حمد بن عيسى آل خليفة",
     "ملك البحرين"),
    ("وقال نبيه بري إن المجلس سيعقد جلسته المقبلة الأسبوع القادم.", "2018-05-20",
     "نبيه بري", "رئيس مجلس النواب اللبناني"),
])
def test_often_named_officials_are_registry_persons(offline_extract, text, published, canonical, role):
    found = _by_canonical(offline_extract(text, published=published))
    assert canonical in found
    assert found[canonical].type == "official"
    if role is not None:
        assert found[canonical].role == role


def test_registry_role_follows_the_date(offline_extract):
    # Saad Hariri between his two terms as prime minister led the Future Movement
    text = "وانتقد سعد الحريري في كلمة متلفزة تدخل إيران في شؤون المنطقة."
    found = _by_canonical(offline_extract(text, published="2014-06-10"))
    assert found["سعد الحريري"].role == "رئيس تيار المستقبل"


def test_land_adjective_is_no_speaker(offline_extract):
    # "بري" alone is the adjective "land" (a land offensive): only the full name is the speaker
    text = "وقال الجيش إن الهجوم البري على مواقع المسلحين بدأ فجر الاثنين قرب البلدة."
    assert "نبيه بري" not in _by_canonical(offline_extract(text))


_FOUNDATION = ("وأعلن سالم بن حمدان المري، مدير مستشفى خليفة بن زايد آل نهيان في عجمان، "
               "أن المستشفى أرسل فريقا طبيا إلى المخيم.")


def test_official_named_in_a_foundation_name_is_no_actor(offline_extract):
    found = _by_canonical(offline_extract(_FOUNDATION, published="2018-06-20"))
    assert "خليفة بن زايد آل نهيان" not in found


def test_official_named_in_a_foundation_name_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(actors_persons, "_NAMED_AFTER", False)
    found = _by_canonical(offline_extract(_FOUNDATION, published="2018-06-20"))
    assert "خليفة بن زايد آل نهيان" in found  # the foundation read as the president


_CENTRE = ("وذكر الناطق باسم مركز الملك سلمان للإغاثة صالح العبدلي أن المركز وزع ثلاثة آلاف سلة غذائية "
           "في المحافظة.")


def test_spokesman_of_a_centre_named_after_the_king(offline_extract):
    found = _by_canonical(offline_extract(_CENTRE, published="2016-03-15"))
    assert "صالح العبدلي" in found
    assert "سلمان بن عبدالعزيز آل سعود" not in found


def test_spokesman_of_a_centre_named_after_the_king_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(actors_persons, "_NAMED_AFTER", False)
    found = _by_canonical(offline_extract(_CENTRE, published="2016-03-15"))
    assert "صالح العبدلي" not in found  # the king's name blocked the reading of the spokesman's title


_PRESENT = "وتفرض كندا منذ مطلع العام قيودا جديدة على صادرات السلاح إلى المنطقة."


def test_state_after_a_present_verb_opening_the_sentence(offline_extract):
    found = _by_canonical(offline_extract(_PRESENT))
    assert "كندا" in found
    assert found["كندا"].type == "government_body"


def test_state_after_a_present_verb_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import actors_states

    monkeypatch.setattr(actors_states, "_IMPERFECT", False)
    assert "كندا" not in _by_canonical(offline_extract(_PRESENT))


@pytest.mark.parametrize("text", [
    # a verb of witnessing or being: the country is where things happen or what something is
    "وتشهد كندا منذ أسبوع موجة أمطار غزيرة أدت إلى فيضانات في عدة مدن.",
    "وتعد كندا من أكبر الدول المصدرة للقمح في العالم.",
    # inside a clause the verb has another subject and the country is its object
    "وتضم المجموعة التي تشارك في البطولة منتخبات تضم كندا والمكسيك.",
])
def test_no_state_after_a_verb_of_place_being_or_inside_a_clause(offline_extract, text):
    assert "كندا" not in _by_canonical(offline_extract(text))


def test_state_leading_a_coalition_is_a_coalition_actor(offline_extract, monkeypatch):
    from marsad.agent.offline import actors_states

    text = "وتقود كندا تحالفا بحريا لحماية السفن التجارية في المضيق منذ عامين."
    found = _by_canonical(offline_extract(text))
    assert found["كندا"].type == "foreign_coalition"
    monkeypatch.setattr(actors_states, "_COALITION_LEAD", False)
    assert _by_canonical(offline_extract(text))["كندا"].type == "government_body"


def test_state_named_as_leader_in_a_phrase_stays_a_government_body(offline_extract):
    text = "وقالت كندا إن السفن التابعة للتحالف بقيادة كندا ستواصل دورياتها في المضيق."
    assert _by_canonical(offline_extract(text))["كندا"].type == "government_body"


_DIN_TEXT = "وقال وزير الداخلية عز الدين الفاخوري إن قوات الأمن أحبطت هجوما قرب المعبر."


def test_compound_given_name_with_al_din_reads_to_the_family_name(offline_extract):
    found = _by_canonical(offline_extract(_DIN_TEXT))
    assert "عز الدين الفاخوري" in found
    assert "عز الدين" not in found


def test_compound_given_name_with_al_din_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import actors_names

    monkeypatch.setattr(actors_names, "_DIN_NAMES", False)
    assert "عز الدين الفاخوري" not in _by_canonical(offline_extract(_DIN_TEXT))
