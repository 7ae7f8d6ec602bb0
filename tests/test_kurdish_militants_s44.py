"""Pass 44: in news about Turkey "مسلحين أكراد"/"المسلحين الأكراد" are the PKK (registry aliases, beside the
"المتمردين الأكراد" it already held)."""

from marsad.core.lexicon import get_lexicon


def _canonical(cid: str) -> str:
    return get_lexicon().get("actors", cid).canonical


def test_kurdish_militants_are_the_pkk():
    assert "pkk" in {e.id for e in get_lexicon().lookup_ar("مسلحين أكرادا")}
    assert "pkk" in {e.id for e in get_lexicon().lookup_ar("المسلحين الأكراد")}
    assert "pkk" not in {e.id for e in get_lexicon().lookup_ar("المقاتلين الأكراد")}  # the YPG's name in Syria


def test_kurdish_militants_named_as_the_doer_of_a_bombing(frame_doers):
    doers = frame_doers("هاجم مسلحون أكراد ليلة الثلاثاء مخفرا للدرك في ريف ولاية ماردين بالأسلحة الرشاشة.")
    assert _canonical("pkk") in doers


def test_battle_dead_told_attacking_later(frame_doers):
    text = ("لقي خمسة مسلحين أكراد مصرعهم في اشتباكات بين المسلحين وقوات الأمن التركية في ريف ولاية هكاري. "
            "وأوضح والي هكاري أن مسلحي حزب العمال هاجموا نقطة أمنية على مدخل القرية.")
    assert frame_doers(text)[0] == _canonical("pkk")
