"""Pass 44: a battle's dead side is its doer, not the other side's victim, when the next sentences tell the dead's
side attacking in an assault (roles_sides.DEAD_ATTACKED_LATER)."""

from marsad.agent.offline import roles_sides
from marsad.core.lexicon import get_lexicon


def _canonical(cid: str) -> str:
    return get_lexicon().get("actors", cid).canonical


_BATTLE = "لقي 9 حوثيين مصرعهم في مواجهات بين قوات الجيش والميليشيات في جبهة الملاجم شرقي محافظة البيضاء."
_ATTACKED = " وأوضح قائد اللواء أن قواته أفشلت هجوما للحوثيين على تبة في الجبهة."
_OTHER = " وقال مصدر عسكري إن الطرق المؤدية إلى الجبهة أغلقت حتى إشعار آخر."


def test_dead_side_is_the_doer_when_it_is_told_attacking(frame_doers):
    assert frame_doers(_BATTLE + _ATTACKED)[0] == _canonical("houthis")


def test_dead_side_stands_without_such_a_sentence(frame_doers, monkeypatch):
    army = _canonical("army_ye")
    assert frame_doers(_BATTLE + _OTHER)[0] == army
    monkeypatch.setattr(roles_sides, "DEAD_ATTACKED_LATER", False)
    assert frame_doers(_BATTLE + _ATTACKED)[0] == army


def test_a_later_shelling_by_the_dead_side_is_another_act(frame_doers):
    text = ("اندلعت مواجهات عنيفة بين قوات الجيش وميليشيات الحوثي شرق مديرية حيس أدت إلى مصرع 19 حوثيا. وعقب ذلك "
            "قصف الحوثيون بالهاون قرى سكنية في المديرية.")
    assert frame_doers(text)[0] == _canonical("army_ye")


def test_a_doer_told_in_a_later_sentence_has_no_index_in_the_battle_sentence():
    """Its indices are the later sentence's; a guard that read the battle sentence's words at them went out of range
    when the later sentence was the longer one (pass 45, a whole-corpus run)."""
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.agent.offline.roles import perpetrator
    from marsad.schemas import Document

    text = _BATTLE + " وأوضح قائد اللواء الثالث للصحفيين في وقت متأخر من مساء اليوم في مؤتمر صحفي عقده في المدينة أن" \
        " قواته أفشلت هجوما للحوثيين على تبة في الجبهة."
    ctx = build_context(Document(doc_id="t", title="", text=text, published="2018-03-01"), get_gazetteer())
    battle = find_frames(ctx, 0)[0]
    later = roles_sides._dead_attacked_later(ctx, battle, "houthis", perpetrator)
    assert later is not None and later.entry.id == "houthis" and (later.i, later.j) == (-1, -1)
    assert ctx.quote(later.start, later.end) in text  # still cites the later sentence
