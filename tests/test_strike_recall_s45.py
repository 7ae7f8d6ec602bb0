"""Attack recall, pass 45: strikes the extractor told no record of.

- A list of districts after the plural unit word ("في مديريات كذا، وكذا") names each district: one incident per place
  (guidelines D-21), as after the dual ("مديريتي") or the singular.
- A striking subject set off from its strike verb by an aside between commas ("إن مدفعية الجيش، وللمرة الأولى منذ
  أعوام، بدأت تدك مواقع ...") still tells the strike's kind; before, the strike had no kind and made no record.
- A town glued to "و" after a given name ("وعين عيسى ودير الزور") goes on the list of places; no man's name goes on
  with "و".
- A missile told intercepted or shot down over a place ("اعترضت الدفاعات الجوية صاروخا باليستيا في سماء مدينة ...")
  is a shelling of that place (guidelines §4), also when its launch is told far from it or not at all.

Sentences written for the tests (names, places and numbers made up)."""

from __future__ import annotations

from marsad.agent.offline import frames


def normalize_name(name: str) -> str:
    return name.replace("مديرية ", "")


def _places(records) -> set[str]:
    return {a.location.canonical_name or a.location.name for a in records.attacks if a.location}


def test_districts_listed_after_the_plural_unit_word_are_one_incident_each(offline_extract):
    found = offline_extract(
        "وفي اليمن، شنت مقاتلات التحالف غارات على تجمعات للمسلحين في مديريات حيس، والتحيتا، وزبيد غرب البلاد.")
    assert len(found.attacks) == 3
    assert {"حيس", "التحيتا", "زبيد"} <= {normalize_name(n) for n in _places(found)}


def test_one_district_after_the_plural_unit_word_is_one_incident(offline_extract):
    found = offline_extract("وفي اليمن، شنت مقاتلات التحالف غارات على تجمعات للمسلحين في مديريات زبيد غرب البلاد.")
    assert len(found.attacks) == 1


def test_artillery_before_an_aside_tells_a_shelling(offline_extract):
    found = offline_extract(
        "وأوضح قائد المحور أن مدفعية الجيش، وللمرة الأولى منذ أعوام، بدأت تدك مواقع المسلحين في منطقة حرض.")
    assert [a.attack_type for a in found.attacks] == ["shelling"]


def test_artillery_before_a_short_aside_then_the_verb(offline_extract):
    found = offline_extract("وقال الضابط إن مدفعية الجيش، في خطوة مفاجئة، دكت مواقع المسلحين قرب بلدة ميدي.")
    assert [a.attack_type for a in found.attacks] == ["shelling"]


def test_no_striker_before_the_aside_gives_no_kind(offline_extract):
    # the subject before the aside strikes nothing: the spokesman speaks, no strike is told
    found = offline_extract("وقال المتحدث باسم الوزارة، في مؤتمر صحفي، إن الحكومة ضربت مثلا في الصبر.")
    assert found.attacks == []


def test_striker_past_aside_reads_only_before_the_aside(offline_extract):
    class _S:  # a sentence "ان المدفعية، امس، دكت مواقع" with the commas as clause starts
        def __init__(self, words, starts):
            from marsad.agent.offline.text import Token
            self.words = words
            self.tokens = [Token(w, 0, 0, k in starts) for k, w in enumerate(words)]

    s = _S(["ان", "المدفعيه", "امس", "دكت", "مواقع"], {2, 3})
    assert frames._striker_past_aside(s, 3) == "shelling"
    s = _S(["ان", "المتحدث", "امس", "دكت", "مواقع"], {2, 3})
    assert frames._striker_past_aside(s, 3) is None
    s = _S(["ان", "المدفعيه", "امس", "دكت", "مواقع"], {2})  # no comma closing the aside: no aside told
    assert frames._striker_past_aside(s, 3) is None


def test_town_joined_by_and_after_a_given_name_goes_on_the_list(offline_extract):
    # "عين عيسى" ends in a given name: "ودير الزور" after it is the next place of the list, not a man's surname
    found = offline_extract("وفي سوريا، شنت طائرات التحالف أمس غارات قرب مدن منبج وعين عيسى ودير الزور.")
    assert {"منبج", "دير الزور"} <= _places(found)


def test_town_right_after_a_given_name_is_still_a_name(offline_extract):
    from marsad.agent.offline import locations_cues

    assert locations_cues.LISTED_AFTER_NAME
    found = offline_extract("وقال المتحدث باسم الشرطة عيسى دمشق إن مسلحين هاجموا حاجزا للشرطة في بلدة ستيا أمس.")
    assert [a.location.name.endswith("ستيا") for a in found.attacks] == [True]  # the town told, not Damascus


def test_missile_intercepted_over_a_city_is_a_shelling_of_it(offline_extract):
    found = offline_extract(
        "اعترضت منظومة الدفاع الجوي، فجر الثلاثاء، صاروخا باليستيا في سماء مدينة نجران، أطلقته جماعة الحوثي.")
    assert [(a.attack_type, a.location.canonical_name) for a in found.attacks] == [("shelling", "نجران")]


def test_intercepted_missile_with_its_launch_far_off_is_one_record(offline_extract):
    found = offline_extract("اعترضت الدفاعات الجوية صاروخا باليستيا في سماء مدينة جازان أطلقه المسلحون من الجنوب.")
    assert len(found.attacks) == 1


def test_definite_missile_intercepted_is_a_retelling_not_a_new_strike(offline_extract):
    assert offline_extract("وأفاد مصدر عسكري أن الدفاعات الجوية اعترضت الصاروخ فوق المدينة.").attacks == []


def test_missiles_intercepted_since_a_start_are_a_sum(offline_extract):
    found = offline_extract("وقال المتحدث إن الدفاعات الجوية اعترضت 90 صاروخا منذ بدء الحرب قبل ثلاث سنوات.")
    assert found.attacks == []


def test_intercepting_a_car_is_no_strike(offline_extract):
    assert offline_extract("اعترضت دورية للشرطة سيارة مسرعة على الطريق الدولي قرب مدينة الكوت.").attacks == []


def test_a_missile_as_the_means_of_shooting_down_is_not_intercepted(offline_extract):
    found = offline_extract("وقال المحققون إن طائرة الركاب أسقطت بصاروخ أمس فوق مدينة دونيتسك شرق أوكرانيا.")
    assert found.attacks == []
