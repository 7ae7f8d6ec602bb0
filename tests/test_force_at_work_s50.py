"""Targets, pass 50: a force named only as doing police work or telling the news is no target taken for want of a
better one (``roles_targets.FORCE_AT_WORK``): the verb of its work first ("وأغلقت الشرطة المطعم"، "هرع ضباط الشرطة"),
a verb of speech after it ("أن الشرطة كانت أعلنت"), or a report taken from it ("نقلت وسائل إعلام عن الشرطة"). A force
that met the attack ("تصدت القوات لهجوم") or was fired at is still the target.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_targets

_QUOTED = "أصيب 6 أشخاص بجروح في عملية دهس بشاحنة صغيرة في مدينة ليفربول بحسب ما نقلت صحف عن الشرطة."
_DESCRIBED = "أصيب 3 أشخاص بإطلاق نار في شارع وسط مدينة أوبسالا، في حادث وصفته الشرطة بأنه معزول."
_RUSHED = "وقتل رجلان في إطلاق نار في مدينة دالاس فيما هرع ضباط الشرطة إلى المكان."
_SEALED = "طعن مسلح ثلاثة من المارة في مدينة ليون أمس، وأغلقت الشرطة الفرنسية الشارع."
_ANNOUNCED = "يذكر أن الشرطة البلجيكية كانت أعلنت الأحد أن منفذ الهجوم بسكين في مدينة غنت شاب في العشرين."


@pytest.mark.parametrize("text", [_QUOTED, _DESCRIBED, _RUSHED, _SEALED, _ANNOUNCED])
@pytest.mark.parametrize("on", [True, False])
def test_a_force_at_work_is_no_target(offline_extract, monkeypatch, on, text):
    monkeypatch.setattr(roles_targets, "FORCE_AT_WORK", on)
    (a,) = offline_extract(text).attacks
    assert ("شرطة" in (a.target or "")) != on


def test_a_force_fired_at_is_still_the_target(offline_extract):
    (a,) = offline_extract("قام مسلح بإطلاق النار باتجاه ثلاثة من رجال الشرطة بمدينة نانت فأصاب أحدهم.").attacks
    assert "شرطة" in (a.target or "")


_REPELLED = "هاجم مسلحون في بلدة قرب تكريت أمس، وتمكنت الشرطة من صد الهجوم بعد مقتل اثنين من عناصرها."


@pytest.mark.parametrize("on", [True, False])
def test_a_force_that_repelled_the_attack_is_still_the_target(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "REPELLED_KEEPS", on)
    (a,) = offline_extract(_REPELLED).attacks
    assert ("شرطة" in (a.target or "")) == on


def test_a_force_that_managed_an_arrest_is_at_work(offline_extract):
    (a,) = offline_extract("هاجم مسلحون في بلدة قرب تكريت أمس، وتمكنت الشرطة من اعتقال أحدهم.").attacks
    assert "شرطة" not in (a.target or "")


def test_the_verb_first_and_the_report_taken_from_it(offline_extract):
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas.document import Document

    for text, want in ((_SEALED, True), (_QUOTED, True), ("هاجم مسلحون مركزا للشرطة في مدينة كركوك.", False)):
        ctx = build_context(Document(doc_id="t", text=text, published="2018-03-15"), get_gazetteer())
        police = [m for si in range(len(ctx.sentences)) for m in ctx.actors_in(si, 0, len(ctx.sentences[si].words))
                  if m.entry.get("type") == "police"]
        assert police, text
        assert any(roles_targets._at_work(ctx, 0, m) for m in police) == want, text


_BY_THE_ARMY = "وجاء الانفجار بعد أسبوع من مقتل ثلاث نساء بلغم أرضي في قرية الحمرة قبل أن يتم تحرير القرية من قبل قوات الجيش الوطني."
_ANNOUNCED_BY = "يأتي ذلك بعد يوم من إعلان الجيش الوطني مقتل 20 عنصراً من الميليشيات في جبهة نهم."


@pytest.mark.parametrize("on", [True, False])
def test_a_force_after_by_is_the_agent(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "AGENT_PHRASE", on)
    (a,) = offline_extract(_BY_THE_ARMY).attacks
    assert ("الجيش" in (a.target or "")) != on


@pytest.mark.parametrize("on", [True, False])
def test_the_army_announcing_a_toll_is_no_target(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "FORCE_AT_WORK", on)
    (a,) = offline_extract(_ANNOUNCED_BY).attacks
    assert ("الجيش" in (a.target or "")) != on


def test_positions_the_army_took_are_still_its_own(offline_extract):
    text = "قتل خمسة من المسلحين وهم يحاولون التسلل إلى مواقع حررها الجيش الوطني في مديرية حيس أمس."
    (a,) = offline_extract(text).attacks
    assert "الجيش" in (a.target or "")
