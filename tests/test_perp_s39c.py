"""Pass 39 perpetrator rule: shells told in the passive in the sentence right after a shelling with its doer
("قصفت الحركة ... بقذائف. وقال مصدر إن أربعة قتلوا في قذائف سقطت على بلدتي ...") are that doer's
(``roles_perpetrator.CARRIED_SHELLS``). Sentences written for these tests."""

from marsad.agent.offline import roles_perpetrator as rp

CARRIED = ("قصفت حركة الشباب معسكرين للجيش الصومالي بقذائف الهاون يوم الأحد. "
           "وقال مصدر طبي إن أربعة قتلوا في نحو 40 قذيفة سقطت على بلدتي بلدوين وجوهر.")
OWN_DOER = ("قصفت حركة الشباب معسكرين للجيش الصومالي بقذائف الهاون يوم الأحد. "
            "وقال مصدر طبي إن أربعة قتلوا في نحو 40 قذيفة أطلقها الجيش الإثيوبي على بلدتي بلدوين وجوهر.")


def _perps(extract, text: str) -> list:
    return [a.perpetrator for a in extract(text, published="2019-03-11").attacks]


def test_passive_shells_take_the_doer_of_the_shelling_before(offline_extract):
    perps = _perps(offline_extract, CARRIED)
    assert len(perps) == 2 and all(p and "الشباب" in p for p in perps)


def test_passive_shells_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rp, "CARRIED_SHELLS", False)
    assert None in _perps(offline_extract, CARRIED)


def test_shells_with_a_force_named_keep_their_own_doer(offline_extract):
    perps = _perps(offline_extract, OWN_DOER)
    assert perps and not any(p and "الشباب" in p for p in perps)



def test_the_shelling_named_again_by_its_result_is_not_carried_shells(offline_extract, monkeypatch):
    # no shells in the second sentence: "القصف" names the first sentence's shelling again, told by what it led to
    text = ("قصفت حركة الشباب معسكرا للجيش الصومالي بقذائف الهاون يوم الأحد في مدينة بلدوين. "
            "وقال مصدر إن القصف أجبر الجنود على الانسحاب نحو بلدة جوهر.")

    def read():
        return [(a.location and a.location.name, a.perpetrator) for a in offline_extract(text, published="2019-03-11").attacks]

    on = read()
    monkeypatch.setattr(rp, "CARRIED_SHELLS", False)
    assert on == read()
