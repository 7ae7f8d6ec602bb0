"""Session 13: one record per incident and its toll (agent/offline/casualties.py, agent/offline/merge.py).

A casualty verb followed by "مع" tells its subject, named before it, and the companions after it: "أن القائد
فلان قتل مع 4 من مرافقيه" counts five, not the four alone, and "مع عدد من ..." leaves the toll unstated.
"""


def test_subject_killed_with_counted_companions(offline_extract):
    (attack,) = offline_extract("وأفادت مصادر ميدانية أن العقيد سالم الكبسي المكنى أبو جهاد قتل مع 4 من مرافقيه "
                                "بغارة جوية لطائرات التحالف في محافظة صعدة.").attacks
    assert attack.killed == 5
    (attack,) = offline_extract("وأكدت المصادر أن القيادي سالم الكبسي قتل مع 9 آخرين خلال المواجهات مع الجيش في "
                                "منطقة المنظر جنوب مطار الحديدة.").attacks
    assert attack.killed == 10


def test_subject_killed_with_an_unstated_number(offline_extract):
    (attack,) = offline_extract("وكانت مصادر عسكرية قد أكدت أن مهندسا يدعى فارس العلي قتل مع عدد من رفاقه بغارة "
                                "لطائرات التحالف على منطقة البقع في محافظة صعدة.").attacks
    assert attack.killed is None
