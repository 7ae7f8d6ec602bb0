"""Pass 47: attack words told as no incident -- a repeated run ("مرارا") and an imperfect relative clause of doing
("القصف الذي يشنه ...")."""

from marsad.agent.offline import attacks_events

_LEAD = "قتل جنديان في هجوم على حاجز في مدينة مأرب اليوم. "


def _places(result):
    return sorted((a.location.name if a.location else None) for a in result.attacks)


def test_repeated_attacks_are_no_incident(offline_extract):
    assert _places(offline_extract(_LEAD + "وقد تعرضت جازان مرارا لقصف صاروخي من المتمردين.")) == ["مأرب"]
    assert _places(offline_extract(_LEAD + "وتتعرض القرى الحدودية في جازان مرارا لقذائف المتمردين.")) == ["مأرب"]


def test_repeated_run_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_events, "REPEATED_RUN", False)
    assert "جازان" in _places(offline_extract(_LEAD + "وقد تعرضت جازان مرارا لقصف صاروخي من المتمردين."))


def test_repeated_saying_keeps_the_attack(offline_extract):
    # "مرارا" repeats the statement, far from the attack word: the Sunday strike stays
    text = _LEAD + "وأكدت الحكومة مرارا أن إيران تزود المتمردين بالصواريخ، وآخرها صاروخ أطلق على جازان مساء الأحد."
    assert "جازان" in _places(offline_extract(text))


def test_one_day_shelling_of_the_town_is_kept(offline_extract):
    assert "جازان" in _places(offline_extract(_LEAD + "وتعرضت جازان أمس لقصف صاروخي من المتمردين."))


_SHELLING = ("وتعمل القوات على حماية البلدات المستعادة من القصف المدفعي العشوائي الذي يشنه المسلحون على الأحياء"
             " السكنية في مديرية حيس.")


def test_relative_clause_of_doing_is_no_incident(offline_extract):
    for text in (_SHELLING, "وتعمل القوات على حماية البلدات المستعادة من الغارات التي تشنها الطائرات على الأحياء"
                            " السكنية في مديرية حيس."):
        assert offline_extract(text).attacks == []


def test_relative_clause_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_events, "RELATIVE_HABIT", False)
    assert _places(offline_extract(_SHELLING)) == ["حيس"]


def test_relative_clause_with_a_toll_or_a_past_verb_is_kept(offline_extract):
    (a,) = offline_extract("وأصيب 4 أشخاص في القصف الذي يشنه المسلحون على الأحياء السكنية في مديرية حيس.").attacks
    assert a.injured == 4
    (b,) = offline_extract("وقتل 3 مدنيين في القصف الذي شنه المسلحون أمس على الأحياء السكنية في مديرية حيس.").attacks
    assert b.killed == 3
