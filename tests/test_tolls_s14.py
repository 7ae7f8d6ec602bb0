"""Session 14: attack tolls read by agent/offline/casualties.py.

A blast told in one clause and its toll in the result clause after it ("إن انفجارا وقع ... ما أدى إلى سقوط 7 قتلى
و22 مصابا") is read by the blast's frame; parts counted with "من" ("أربعة من عناصر الشرطة وثلاثة مدنيين") are summed.
"""


def test_blast_reads_the_toll_of_its_result_clause(offline_extract):
    (attack,) = offline_extract("أفاد مسؤول محلي بأن انفجارا وقع أمام مبنى المحافظة في مدينة جلال آباد صباح "
                                "الاثنين، ما أدى إلى سقوط 7 قتلى و19 مصابا.").attacks
    assert (attack.killed, attack.injured) == (7, 19)


def test_blast_toll_is_not_taken_from_an_earlier_blast(offline_extract):
    attacks = offline_extract("أفاد مسؤول محلي بأن انفجارا وقع أمام مبنى المحافظة في مدينة جلال آباد صباح "
                              "الاثنين، ما أدى إلى سقوط 7 قتلى و19 جريحا. وكان انفجار سيارة مفخخة في المدينة "
                              "نفسها، أمس الأحد، قد أسفر عن مقتل 26 شخصا.").attacks
    assert sorted((a.killed, a.injured) for a in attacks) == [(7, 19), (26, None)]


def test_parts_counted_with_min_are_summed(offline_extract):
    (attack,) = offline_extract("قتل خمسة من عناصر الشرطة وثلاثة مدنيين في هجوم مسلح استهدف مركزا أمنيا "
                                "في مدينة العريش.").attacks
    assert attack.killed == 8
    (attack,) = offline_extract("أسفر الهجوم على مركز للشرطة في العريش عن مقتل 2 من أفراد قوات الأمن "
                                "و6 مدنيين.").attacks
    assert attack.killed == 8


def test_attackers_counted_with_min_are_not_summed(offline_extract):
    (attack,) = offline_extract("أسفر الهجوم على مركز للشرطة في العريش عن مقتل 3 من الجنود "
                                "و4 من المهاجمين.").attacks
    assert attack.killed == 3
