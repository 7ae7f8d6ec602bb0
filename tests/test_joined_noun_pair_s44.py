"""Pass 44 (ext44a): two doers joined by "و", the second told with a subject noun of its own ("ومدفعية الجيش"),
before their verb: the one named first stands for both, as for names joined bare (``roles_sides._pair_head``).

Before, the second ("الجيش") was read as the subject of the verb right after it. Sentences are written for these tests.
"""

from __future__ import annotations

from marsad.agent.offline import roles_sides

TEXT = "مقاتلات التحالف الدولي ومدفعية الجيش العراقي قصفت تجمعات للتنظيم في ناحية العلم، وقتلت 9 مسلحين."


def test_first_of_two_joined_doers_is_the_perpetrator(offline_extract):
    (attack,) = offline_extract(TEXT).attacks
    assert attack.perpetrator == "التحالف الدولي"


def test_switch_off_takes_the_second(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_sides, "JOINED_NOUN_PAIR", False)
    (attack,) = offline_extract(TEXT).attacks
    assert attack.perpetrator == "الجيش العراقي"


def test_single_doer_with_its_noun_is_unchanged(offline_extract):
    text = "مدفعية الجيش العراقي قصفت تجمعات للتنظيم في ناحية العلم، وقتلت 9 مسلحين."
    (attack,) = offline_extract(text).attacks
    assert attack.perpetrator == "الجيش العراقي"


def test_word_starting_with_waw_is_no_conjunction(offline_extract):
    text = "أعلنت القيادة أن وحدات الجيش العراقي قصفت تجمعات للتنظيم في ناحية العلم، وقتلت 9 مسلحين."
    (attack,) = offline_extract(text).attacks
    assert attack.perpetrator == "الجيش العراقي"
