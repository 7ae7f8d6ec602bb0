"""Session 18: attack tolls read by agent/offline/casualties.py.

A lead that states the dead of an armed group ("لقي 9 مسلحين مصرعهم في اشتباكات ...") followed by a sentence telling
that the attack was repelled ("وقالت القوات إنها صدت هجوما ...") tells one event: the counted men are the repelled
attackers, no victims (guidelines: attackers' own dead are not counted). So does a repelled attack told in the sentence before the toll, whatever
opens the toll's sentence. The two sentences are linked only when the later one opens with a verb of saying (it
tells the other again from a source); a sentence opening on another front is not.
"""

from marsad.agent.offline import casualties_excluded

_LEAD_THEN_REPEL = ("لقي 9 عناصر من الميليشيات مصرعهم، الخميس، إثر اشتباكات عنيفة في مديرية الزاهر. "
                    "وأفاد مصدر في الجيش بأن القوات صدت هجوما شنته الميليشيات على مواقعها في المديرية.")


def _killed(offline_extract, text):
    return [a.killed for a in offline_extract(text).attacks]


def test_lead_toll_of_attackers_then_repelled_attack_is_no_count(offline_extract):
    killed = _killed(offline_extract, _LEAD_THEN_REPEL)
    assert killed and 9 not in killed


def test_switch_off_keeps_the_count(offline_extract, monkeypatch):
    monkeypatch.setattr(casualties_excluded, "REPEL_TOLD_AFTER", False)
    assert 9 in _killed(offline_extract, _LEAD_THEN_REPEL)


def test_soldiers_killed_before_a_repelled_attack_keep_their_count(offline_extract):
    # the counted men are the defending force, not an armed group: still victims
    killed = _killed(offline_extract, "قتل 4 جنود، الخميس، في اشتباكات عنيفة في مديرية الزاهر. "
                                      "وأفاد مصدر في الجيش بأن القوات صدت هجوما شنته الميليشيات على مواقعها.")
    assert 4 in killed


def test_militants_killed_with_no_repelled_attack_after_keep_their_count(offline_extract):
    killed = _killed(offline_extract, "قتل 9 مسلحين في غارة جوية استهدفت تجمعا لهم في مديرية الزاهر. "
                                      "وقال مصدر عسكري إن الطائرات دمرت آليتين للمسلحين.")
    assert 9 in killed


_REPEL_THEN_TOLL = ("أكد قائد اللواء أن قواته أفشلت محاولة تسلل للمسلحين في جبال المنطقة الشرقية. "
                    "وأضاف القائد أن المواجهات التي دامت ساعات أسفرت عن مقتل 12 عنصرا من المسلحين.")


def test_repelled_attack_told_before_then_attackers_toll_is_no_count(offline_extract):
    assert 12 not in _killed(offline_extract, _REPEL_THEN_TOLL)


def test_repel_before_switch_off_keeps_the_count(offline_extract, monkeypatch):
    monkeypatch.setattr(casualties_excluded, "REPEL_TOLD_BEFORE", False)
    assert 12 in _killed(offline_extract, _REPEL_THEN_TOLL)


_OTHER_FRONT = ("قتل 10 مسلحين في غارات جوية على مواقعهم في مديرية باقم. "
                "وفي مديرية حيس، صدت قوات الجيش هجوما للمسلحين على مواقعها.")


def test_repelled_attack_on_another_front_leaves_the_strike_toll(offline_extract):
    assert 10 in _killed(offline_extract, _OTHER_FRONT)


def test_elaboration_switch_off_links_any_next_sentence(offline_extract, monkeypatch):
    monkeypatch.setattr(casualties_excluded, "REPEL_ELABORATION", False)
    assert 10 not in _killed(offline_extract, _OTHER_FRONT)
