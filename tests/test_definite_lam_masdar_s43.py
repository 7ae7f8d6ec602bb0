"""Pass 43 (recall43): a verbal noun of striking written "لل" + noun is definite and takes no object after it.

"أعربت عن إدانتها للتفجير الإرهابي الذي استهدف مسجدا": ``bare`` also strips "لل" as two clitics, so "للتفجير" was read
as the bare "تفجير" of "تفجير سيارة" and its adjective came out as the target. Sentences are written for these tests.
"""

from __future__ import annotations

from marsad.agent.offline import roles_objects, roles_targets

TEXT = "وأعربت الوزارة عن إدانتها للتفجير الإرهابي الذي استهدف مسجدا في مدينة كركوك وأسفر عن مقتل 4 أشخاص."


def test_condemned_bombing_names_what_it_hit(offline_extract):
    (attack,) = offline_extract(TEXT, published="2019-04-02").attacks
    assert attack.target == "مسجدا"


def test_switch_off_takes_the_adjective(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_objects, "DEFINITE_LAM_MASDAR", False)
    monkeypatch.setattr(roles_targets, "JUNK_HEAD", False)  # (pass 51 drops an adjective head as well)
    (attack,) = offline_extract(TEXT, published="2019-04-02").attacks
    assert attack.target == "الإرهابي"


def test_junk_head_alone_drops_the_adjective(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_objects, "DEFINITE_LAM_MASDAR", False)
    (attack,) = offline_extract(TEXT, published="2019-04-02").attacks
    assert attack.target is None


def test_indefinite_verbal_noun_after_lam_keeps_its_object(offline_extract):
    text = "وعمد المسلحون لتفجير حافلة للركاب في مدينة كركوك مما أسفر عن مقتل 4 أشخاص."
    (attack,) = offline_extract(text, published="2019-04-02").attacks
    assert attack.target == "حافلة للركاب"
