"""Pass 39 (attack recall on real news): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_incidents, frames


def _attacks(offline_extract, text: str, published: str = "2020-02-12"):
    return offline_extract(text, published=published).attacks


# OPERATION_TOLL_AFTER (frames) ------------------------------------------------------------------------------------

# an operation told with adjectives, its target and a place of three names, its toll after a verb of consequence
FAR_TOLL = ("أعلن ضابط في اللواء الثالث أن سرية من قواته شنت عملية عسكرية خاطفة ومباغتة ضد تحصينات المتمردين "
            "في قرية الرباط بمديرية وادي العين شمالي المحافظة، وأسفرت عن مصرع وإصابة العشرات منهم.")

# the same operation whose consequence is ground taken, with no toll: no attack
NO_TOLL = ("أعلن ضابط في اللواء الثالث أن سرية من قواته شنت عملية عسكرية خاطفة ومباغتة ضد تحصينات المتمردين "
           "في قرية الرباط بمديرية وادي العين شمالي المحافظة، وأدت إلى السيطرة على تلال مطلة على الطريق.")


def test_an_operation_with_its_toll_told_far_after_is_an_attack(offline_extract):
    atts = _attacks(offline_extract, FAR_TOLL)
    assert len(atts) == 1
    assert atts[0].location is not None and "الرباط" in atts[0].location.name
    assert atts[0].killed is None and (atts[0].killed_text or atts[0].injured_text)


def test_an_operation_whose_consequence_is_no_toll_stays_none(offline_extract):
    assert _attacks(offline_extract, NO_TOLL) == []


def test_operation_toll_after_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "OPERATION_TOLL_AFTER", False)
    assert _attacks(offline_extract, FAR_TOLL) == []


# INSERTED_DAY (frames) --------------------------------------------------------------------------------------------

# a day set off by commas after the verb and its subject, then the strike's object and place, then (past a later
# break) the fire it answers
DAY_BETWEEN_COMMAS = ("أغارت طائرات التحالف، الثلاثاء، على مخازن سلاح في معسكر السواد بمديرية سنحان جنوب صنعاء، "
                      "وذلك ردا على إطلاق صاروخ باتجاه جازان.")

# a toll told first, then the day, then its cause: the break after the day stays (one blast, its toll kept)
TOLL_DAY_CAUSE = "قتل رجلان وطفل، الثلاثاء، بانفجار عبوة ناسفة زرعها مجهولون على طريق زراعي في قرية البوعيثة جنوب بغداد."


def test_a_day_between_commas_is_no_break_of_the_strike(offline_extract):
    strike = next(a for a in _attacks(offline_extract, DAY_BETWEEN_COMMAS) if a.attack_type == "airstrike")
    assert strike.location is not None and strike.location.name == "السواد"
    assert strike.date == "2020-02-11"


def test_a_toll_told_before_the_day_keeps_its_cause(offline_extract):
    atts = _attacks(offline_extract, TOLL_DAY_CAUSE)
    assert [(a.attack_type, a.killed) for a in atts] == [("ied", 3)]


def test_inserted_day_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "INSERTED_DAY", False)
    strike = next(a for a in _attacks(offline_extract, DAY_BETWEEN_COMMAS) if a.attack_type == "airstrike")
    assert strike.location is not None and strike.location.name != "السواد"


# BATTLE_DOERS (attacks_incidents) ---------------------------------------------------------------------------------

# the army's battle told with its doer, then clashes "with" the militants at another place with no doer told
_ARMY_BATTLE = "قتلت قوات الجيش الوطني 14 مسلحا حوثيا في معارك عنيفة بمديرية نهم أمس."
_CLASHES_WITH = ("وذكر قائد ميداني أن اشتباكات ضارية دارت مع المسلحين على الطريق المؤدي إلى المعسكر، حيث تم أسر "
                 "20 مسلحا في منطقة الصفراء بمديرية الغيل.")
ONE_FORCE = _ARMY_BATTLE + " " + _CLASHES_WITH
# two forces fight in the article: which one fought the clashes is not told
TWO_FORCES = _ARMY_BATTLE + " وقتلت المقاومة الشعبية 9 مسلحين في معارك بمديرية حيس. " + _CLASHES_WITH


def _clash(offline_extract, text):
    return next(a for a in _attacks(offline_extract, text) if a.location is not None and a.location.name == "الصفراء")


def test_clashes_with_the_foe_are_fought_by_the_articles_force(offline_extract):
    clash = _clash(offline_extract, ONE_FORCE)
    assert clash.perpetrator == "الجيش اليمني"
    assert "perpetrator_from_article" in clash.flags


def test_two_forces_lend_no_doer(offline_extract):
    assert _clash(offline_extract, TWO_FORCES).perpetrator is None


def test_battle_doers_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_incidents, "BATTLE_DOERS", False)
    assert _clash(offline_extract, ONE_FORCE).perpetrator is None

