"""Session 29 (records per incident): a mention with nothing of its own goes on with an incident of its standing.

- A mention of an attack with no place, toll or day of its own ("وقال شهود إن المسلح بدأ بإطلاق النار") told as news
  goes on with an incident told as news, not with a past one the article recalled in between ("ويعيد الحادث إلى
  الأذهان إطلاق نار في مقهى بمدينة أخرى عام 2014") (attacks_incidents.SAME_STANDING). A mention told right after a
  past incident (in its sentence or the next) still goes on with it: "وتبنى التنظيم ذلك الهجوم" after last month's
  bombing is that bombing's claim.
- Air strikes told again with nothing of their own ("وتنفذ الطائرات يوميا غارات على مواقع المسلحين") go on with the
  air strikes told before, not with an incident of no told kind (which they would make an air strike).
- An air strike flown by one state's or coalition's forces and the artillery or ground fire of other state forces
  at the same place and day are two incidents (attacks_clusters.TWO_FORCES): the coalition's strike on a mountain
  and the army's shelling of it do not make one air strike.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_clusters as clusters_mod
import marsad.agent.offline.attacks_incidents as incidents_mod

attacks = partial(headline_attacks, published="2018-05-10")


def _quotes(a) -> list[str]:
    return [c.quote for c in a.citations]


_RECALLED = ("مسلح يقتل ثلاثة في مطعم بحمص\n"
             "قالت الشرطة إن مسلحا فتح النار في مطعم مزدحم فقتل ثلاثة أشخاص في مدينة حمص مساء الثلاثاء.\n"
             "وقال قائد الشرطة في مؤتمر صحفي إن إطلاق النار بدأ قرابة الساعة التاسعة مساء.\n"
             "ويعيد الحادث إلى الأذهان إطلاق نار استهدف مقهى في مدينة حماة عام 2014 وقتل فيه تسعة أشخاص.\n"
             "وقال المحافظ إن التحقيقات ما زالت جارية لمعرفة دوافع الجريمة.\n"
             "وقال شهود إن المسلح وقف قرب المدخل ثم بدأ بإطلاق النار على الزبائن.")


def test_a_later_mention_told_as_news_goes_with_the_news_not_the_recalled_past(offline_extract, monkeypatch):
    got = attacks(offline_extract, _RECALLED)
    assert len(got) == 2
    news = next(a for a in got if a.killed == 3)
    past = next(a for a in got if a.killed == 9)
    assert not news.background and past.background
    witnesses = next(q for q in _RECALLED.split("\n") if q.startswith("وقال شهود"))
    assert witnesses in _quotes(news) and witnesses not in _quotes(past)
    monkeypatch.setattr(incidents_mod, "SAME_STANDING", False)
    old = attacks(offline_extract, _RECALLED)
    assert witnesses in _quotes(next(a for a in old if a.killed == 9))  # what this fixes


_STRIKES = ("مقتل أربعة جنود بعبوة في ديالى\n"
            "قتل أربعة جنود وأصيب اثنان أمس بانفجار عبوة ناسفة لدى مرور دورية على طريق في محافظة ديالى.\n"
            "وحملت السلطات المسؤولية للمسلحين الذين صعدوا هجماتهم في ظل قيام الطائرات العراقية بشن غارات على "
            "مخابئهم في قضاء خانقين.\n"
            "وكان التنظيم قد تبنى الهجوم الذي وقع في شباط الماضي في سامراء وأدى إلى مقتل 20 شخصا.\n"
            "وقال مسؤول أمني إن الوضع تحت السيطرة.\n"
            "وتنفذ الطائرات العراقية يوميا غارات مكثفة على مواقع المسلحين في الجبال.")


def test_air_strikes_told_again_go_with_the_strikes_not_an_untyped_past_attack(offline_extract, monkeypatch):
    got = attacks(offline_extract, _STRIKES)
    daily = _STRIKES.split("\n")[-1]
    past = next(a for a in got if a.killed == 20)
    assert past.background and past.attack_type != "airstrike" and daily not in _quotes(past)
    strikes = next(a for a in got if a.attack_type == "airstrike")
    assert daily in _quotes(strikes)
    assert next(a for a in got if a.killed == 4).attack_type == "ied"
    monkeypatch.setattr(incidents_mod, "SAME_STANDING", False)
    old = attacks(offline_extract, _STRIKES)
    assert next(a for a in old if a.killed == 20).attack_type == "airstrike"  # what this fixes


_CLAIMED = ("انتحاري يفجر نفسه قرب وزارة في كابول\n"
            "قتل ستة أشخاص اليوم الأحد عندما فجر انتحاري حزامه الناسف عند بوابة وزارة المالية في كابول.\n"
            "وقال متحدث باسم الشرطة إن المهاجم كان يسير على قدميه.\n"
            "وكان مهاجم انتحاري قد استهدف المبنى ذاته في نيسان الماضي ما أدى إلى مقتل 11 موظفا.\n"
            "وتبنى التنظيم في بيان لاحق ذلك الهجوم.")


def test_a_mention_right_after_a_past_incident_stays_with_it(offline_extract):
    got = attacks(offline_extract, _CLAIMED)
    claim = _CLAIMED.split("\n")[-1]
    past = next(a for a in got if a.killed == 11)
    news = next(a for a in got if a.killed == 6)
    assert past.background and not news.background
    assert claim in _quotes(past) and claim not in _quotes(news)


_TWO_FORCES = ("غارات ومدفعية على مواقع الحوثيين في البيضاء\n"
               "تقدمت قوات الجيش في مديرية الزاهر بمحافظة البيضاء صباح الخميس.\n"
               "كما قتل قيادي ميداني في الميليشيا بغارة جوية شنتها مقاتلات التحالف على جبل الصومعة، بالبيضاء.\n"
               "وبالتزامن، قصفت مدفعية الجيش تحصينات الميليشيا في جبل الصومعة، ما أدى إلى تدمير مخزن للذخيرة.")


def test_one_forces_air_strike_and_anothers_artillery_at_one_place_are_two_records(offline_extract, monkeypatch):
    got = attacks(offline_extract, _TWO_FORCES)
    strike = next(a for a in got if a.attack_type == "airstrike")
    shelling = next(a for a in got if a.attack_type == "shelling")
    assert strike.perpetrator_en == "Saudi-led Arab coalition"
    assert shelling.perpetrator_en != strike.perpetrator_en and shelling.location.name == strike.location.name
    artillery = _TWO_FORCES.split("\n")[-1]
    assert artillery in _quotes(shelling) and artillery not in _quotes(strike)
    monkeypatch.setattr(clusters_mod, "TWO_FORCES", False)
    old = attacks(offline_extract, _TWO_FORCES)
    assert artillery in _quotes(next(a for a in old if a.attack_type == "airstrike"))  # the merge this fixes
