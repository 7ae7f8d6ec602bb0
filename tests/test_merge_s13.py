"""Session 13: one record per incident and its toll (agent/offline/casualties.py, agent/offline/merge.py).

A casualty verb followed by "مع" tells its subject, named before it, and the companions after it: "أن القائد
فلان قتل مع 4 من مرافقيه" counts five, not the four alone, and "مع عدد من ..." leaves the toll unstated.
"""


def test_subject_killed_with_counted_companions(offline_extract):
    (attack,) = offline_extract("ونقل موقع محلي أن العقيد سالم الكبسي الملقب أبو جهاد قتل مع 4 من حراسه حين "
                                "قصفت مقاتلة سيارته قرب بلدة رازح الحدودية.").attacks
    assert attack.killed == 5
    (attack,) = offline_extract("وذكر ضابط أن المشرف سالم الكبسي قتل مع 9 آخرين حين هاجم الجنود تجمعهم "
                                "غرب مدينة زبيد.").attacks
    assert attack.killed == 10


def test_subject_killed_with_an_unstated_number(offline_extract):
    (attack,) = offline_extract("وتحدث سكان عن أن مهندسا يدعى فارس العلي قتل مع عدد من رفاقه في قصف جوي "
                                "استهدف مخزنا شمال بلدة حرض.").attacks
    assert attack.killed is None


def test_militants_counted_before_the_verb_are_a_strikes_toll(offline_extract):
    # militants killed by a strike aimed at them are its victims, told before the verb as after it
    (attack,) = offline_extract("وأفاد مرصد حقوقي بأن 13 عنصرا من داعش قتلوا في غارات شنتها طائرات "
                                "عراقية ليل الأحد على مقرات للتنظيم قرب بلدة القائم.").attacks
    assert attack.killed == 13


def test_militants_counted_before_the_verb_in_clashes_stay_out(offline_extract):
    # clashes: the dead of one side told alone are left out, and the others' injured are not that count
    attacks = offline_extract("واندلعت مواجهات بين الجيش والمسلحين في وادي الحسيني أسفرت عن مصرع ستة من عناصر "
                              "الميليشيات وجرح آخرين.").attacks
    assert all(a.injured is None for a in attacks)


def test_number_words_before_the_verb_are_read_whole(offline_extract):
    # reading back from the verb meets the last word of a compound number first ("عشر"، "وعشرين")
    (attack,) = offline_extract("وذكر مسؤول محلي أن ثلاثة عشر مزارعا قتلوا حين انفجرت عبوة ناسفة بشاحنتهم "
                                "قرب قرية البوير.").attacks
    assert attack.killed == 13
    (attack,) = offline_extract("وذكر مسؤول محلي أن سبعة وعشرين عاملا أصيبوا حين انفجرت عبوة ناسفة بحافلتهم "
                                "قرب قرية البوير.").attacks
    assert attack.injured == 27


def test_victim_with_plural_companions_has_no_stated_toll(offline_extract):
    # "a casualty plus a vague number" (guidelines D-20): the companions are several, their number unstated
    (attack,) = offline_extract("وأدت مواجهة ليلية بين مسلحين قبليين إلى مصرع ضابط ومرافقيه قرب سوق "
                                "مدينة البيضاء.").attacks
    assert attack.killed is None
    (attack,) = offline_extract("وقتل مزارع وأطفاله حين سقطت قذيفة على منزلهم في قرية الشقب.").attacks
    assert attack.killed is None
    (attack,) = offline_extract("وقتل مزارع وزوجته حين سقطت قذيفة على منزلهما في قرية الشقب.").attacks
    assert attack.killed == 2
