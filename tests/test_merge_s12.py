"""Session 12: what is no incident of its own (agent/offline/scope.py).

- an attack being prepared ("كانوا يجهزون لهجوم"، "التحضير لتفجير") has not happened: no record
  (``scope.is_hypothetical`` with ``scope._PREPARING``), while an attack told after the preparing ends is one.
"""

from marsad.agent.offline import scope


def _kinds(result):
    return [(a.attack_type, a.location and a.location.name, a.killed, a.date) for a in result.attacks]


def test_men_preparing_an_attack_make_no_record(offline_extract):
    r = offline_extract("أعلنت الشرطة الألمانية الجمعة أنها اعتقلت ثلاثة رجال كانوا يجهزون لهجوم بسكين في مدينة هامبورغ.")
    assert r.attacks == [], _kinds(r)


def test_a_cell_preparing_a_bombing_makes_no_record(offline_extract):
    r = offline_extract("قالت السلطات إن خلية من خمسة عناصر كانت تعمل على التحضير لتفجير في مدينة الإسكندرية الأحد.")
    assert r.attacks == [], _kinds(r)


def test_an_attack_done_after_the_preparing_is_one(offline_extract):
    r = offline_extract("قالت الشرطة إن المهاجم أمضى أسابيع في التحضير للعملية، ثم فجر عبوة ناسفة قرب محطة القطارات "
                        "في مدينة هامبورغ الجمعة ما أسفر عن مقتل شخصين.")
    assert [a.killed for a in r.attacks] == [2], _kinds(r)


def test_the_preparing_words_are_what_drops_the_record(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "PREPARING", False)
    r = offline_extract("أعلنت الشرطة الألمانية الجمعة أنها اعتقلت ثلاثة رجال كانوا يجهزون لهجوم بسكين في مدينة هامبورغ.")
    assert len(r.attacks) == 1
