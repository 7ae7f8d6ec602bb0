"""Pass 51: fighting told "بين" two sides in forms news often writes -- time words between the battle noun and "بين",
a bare militia word for the second side, a support phrase between the sides ("من جهة ... من جهة أخرى"), a hashtag
splitting "و" from the name -- has the first named side as its doer (``roles_sides.LOOSE_SIDES``; GUIDELINES D-31
lists both sides, either accepted). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_sides

FAR = "ودارت معارك عنيفة منذ ساعات الصباح يوم الخميس بين الجيش اليمني وميليشيات الحوثي في مديرية حيس بمحافظة الحديدة."
BARE = "وتجددت المعارك بين قوات الجيش الوطني والميليشيات غرب مديرية الملاجم."
SUPPORT = ("اندلعت معارك بين الجيش اليمني، مسنوداً بطيران من التحالف العربي من جهة، وميليشيا الحوثي من جهة ثانية، "
           "في مديرية الملاجم.")
HASHTAG = "ودارت اشتباكات بين قوات #الجيش_اليمني و #الحوثيين في جبال مديرية الملاجم."
VICTIM = "اندلعت معارك بين قوات الجيش الوطني والميليشيات أسفرت عن مقتل خمسة من قوات الجيش الوطني."


@pytest.mark.parametrize("text", [FAR, BARE, SUPPORT, HASHTAG])
def test_first_side_is_the_doer(frame_doers, text):
    assert frame_doers(text)[0] == "الجيش اليمني"


def test_a_side_counted_dead_is_not_read_this_way(frame_doers, monkeypatch):
    monkeypatch.setattr(roles_sides, "LOOSE_SIDES", True)
    assert frame_doers(VICTIM)[0] != "الجيش اليمني"


@pytest.mark.parametrize("text", [FAR, BARE, SUPPORT, HASHTAG])
def test_switch(frame_doers, monkeypatch, text):
    monkeypatch.setattr(roles_sides, "LOOSE_SIDES", False)
    assert frame_doers(text)[0] != "الجيش اليمني"
