"""What the speed work of the thirty-third pass skips or remembers gives exactly what computing it in full gives.

Each shortcut has a module switch (speed only); the tests compare the answers with the switch on and off, on
sentences written for these tests.
"""

from __future__ import annotations

from marsad.agent.offline import frames
from marsad.agent.offline.context import bare, build_context
from marsad.agent.offline.mentions import get_gazetteer
from marsad.schemas import Document

_TEXT = ("انفجار سيارة مفخخة قرب سوق في بعقوبة\n"
         "قتل أربعة مدنيين وأصيب تسعة آخرون بانفجارعبوة ناسفة زرعها مجهولون قرب سوق شعبي في مدينة بعقوبة، الثلاثاء، "
         "في هجوم هو الثاني خلال أسبوع. "
         "ولقي شرطيان مصرعهما، الأحد، في قصف مدفعي استهدف حاجزا أمنيا جنوب المدينة، فيما فجر انتحاريان نفسيهما "
         "عند مدخل مركز للشرطة. "
         "وقالت مصادر أمنية إن مسلحين أطلقوا النار على دورية للجيش بعد يومين من الهجوم الانتحاري الذي استهدف المركز، "
         "كما استهدفت طائرات حربية مواقع للمسلحين شرق المحافظة. "
         "وكان أحد أعنف الهجمات دموية قد ضرب المدينة في الشهر الماضي، حيث قتل 12 شخصا، ثم ارتفعت حصيلة القتلى إلى 15. "
         "وعثر على جثث ثلاثة أشخاص مقتولين بالرصاص في بستان قريب.")


def _frames_of(ctx):
    return [[(f.i, f.j, f.lo, f.hi, tuple(f.concepts), tuple(f.types), f.after_mark, f.battle_told, f.toll_only)
             for f in frames.find_frames(ctx, si)] for si in range(len(ctx.sentences))]


def test_frames_loop_over_words_that_may_open_gives_the_same_frames(monkeypatch):
    ctx = build_context(Document(doc_id="t33", text=_TEXT), get_gazetteer())
    fast = _frames_of(ctx)
    monkeypatch.setattr(frames, "SKIP_QUIET_TOKENS", False)
    plain = _frames_of(ctx)
    assert fast == plain
    assert sum(map(len, fast)) >= 4
    assert frames._MAY_OPEN["بانفجارعبوه"]  # an event word glued to the next opens a frame
    assert not frames._MAY_OPEN["بستان"]


def test_death_close_per_word_is_the_bare_forms_test():
    for w in ["مصرعهما", "ومصرعه", "مصرعهم", "بستان", "المدينه"]:
        assert frames._DEATH_CLOSE_WORD[w] == any(b in frames._DEATH_CLOSE for b in bare(w))


def test_has_from_the_word_table_is_the_bare_forms_test(monkeypatch):
    from marsad.agent.offline import roles_cues

    words = "وقال مسؤول إن الجماعة تبنت الهجوم وللمسلحين صلة بالتنظيم ولم تنف الحركة ذلك".split()
    vocabs = [frozenset({"تبنت", "التنظيم"}), frozenset({"المسلحين"}), frozenset({"نفي", "تنف"}), frozenset()]
    cases = [(lo, hi, v) for v in vocabs for lo in range(-2, len(words) + 2) for hi in range(-1, len(words) + 3)]
    fast = [roles_cues._has(words, lo, hi, v) for lo, hi, v in cases]
    assert fast == [roles_cues._has(words, lo, hi, v) for lo, hi, v in cases]  # again, from the tables
    monkeypatch.setattr(roles_cues, "BARE_HITS", False)
    assert fast == [roles_cues._has(words, lo, hi, v) for lo, hi, v in cases]
    assert any(fast) and not all(fast)
    assert roles_cues._has(words, 0, len(words), {"بالتنظيم"})  # a plain set is still read
