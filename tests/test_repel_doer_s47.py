"""Pass 47: the attacker of a repelled attack is its doer (GUIDELINES D-19, D-31).

- ``roles_cues.ACCUSATIVE_OWNER`` (perp47): an attack noun in the accusative ("صدت القوات هجوما للميليشيات") owns the
  group written with "ل" after it, past adjectives of size ("هجوما واسعا"), as the nominative does.
- ``roles_sides.REPELLED_BEFORE_DOER`` (rep47): fighting told in the sentence after one that tells an attack repelled
  is that attack's, and its doer is the group whose attack was repelled, when the fighting names that group.

Sentences written for these tests."""

import pytest

from marsad.agent.offline import roles_cues as rc
from marsad.agent.offline import roles_sides as rs
from marsad.core.arabic import normalize


def _owner(sentence: str, word: str) -> bool:
    from marsad.agent.offline.mentions import Mention
    words = normalize(sentence).split()
    x = words.index(normalize(word))
    m = Mention(None, x, x + 1, 0, 0, word)  # the entry is not read by the owner test
    return rc._attack_owner(words, m, 0, True)


@pytest.mark.parametrize("sentence", [
    "وقال مصدر عسكري إن القوات صدت هجوما للميليشيات على مواقعها",
    "وأحبطت وحدات الجيش هجوماً واسعاً للميليشيات فجر اليوم",
    "وكسرت القوات هجوما مباغتا للميليشيات في الجبهة الغربية",
])
def test_accusative_attack_owns_the_militia(sentence):
    assert _owner(sentence, "للميليشيات")


@pytest.mark.parametrize("sentence", [
    "ووجهت المقاتلات ضربة كبيرة للميليشيات في الجبهة",  # a blow dealt to it, not its attack
    "وشنت القوات هجوما على مواقع للميليشيات في الجبهة",  # the owner of what was hit
])
def test_blow_dealt_or_site_owned_is_no_owner(sentence):
    assert not _owner(sentence, "للميليشيات")


def test_accusative_owner_off(monkeypatch):
    monkeypatch.setattr(rc, "ACCUSATIVE_OWNER", False)
    assert not _owner("وقال مصدر عسكري إن القوات صدت هجوما للميليشيات على مواقعها", "للميليشيات")


BATTLE = ("لقي 18 حوثيا على الأقل مصرعهم مساء الاثنين في جولة جديدة من المعارك بين الجيش اليمني والميليشيات "
          "شمال مديرية صرواح. وأفاد مصدر عسكري بأن جثث عناصر الميليشيات الحوثية بقيت في ساحة القتال. وأضاف المصدر "
          "أن قوات الجيش اليمني صدت هجوما واسعا للميليشيات وأوقعت في صفوفها خسائر فادحة.")


def test_battle_whose_dead_attacked_has_them_as_doer(offline_extract):
    attacks = offline_extract(BATTLE, published="2019-03-11").attacks
    tolls = [a for a in attacks if a.killed == 18]
    assert tolls and all(a.perpetrator and "الحوثي" in a.perpetrator for a in tolls)


def test_battle_doer_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rc, "ACCUSATIVE_OWNER", False)
    attacks = offline_extract(BATTLE, published="2019-03-11").attacks
    tolls = [a for a in attacks if a.killed == 18]
    assert tolls and all(a.perpetrator and "الجيش" in a.perpetrator for a in tolls)


NAMED = ("أفشلت قوات الأمن الصومالية محاولة تسلل لعناصر حركة الشباب إلى بلدة أفجوي فجر الأحد. وأفاد شهود بوقوع "
         "اشتباكات عنيفة بين مسلحي حركة الشباب وقوات الأمن أوقعت عددا من القتلى.")
MILITIA = ("تكبدت ميليشيات الحوثي خسائر في جبهات صعدة. وبالتزامن صدت وحدات الجيش اليمني سلسلة هجمات للميليشيات قرب "
           "مدينة حرض. وقال متحدث عسكري إن معارك عنيفة دارت فجر الأحد بين وحدات الجيش والميليشيات في وادي الملح.")


def test_fighting_after_a_repelled_attack_is_the_attackers(frame_doers):
    assert frame_doers(NAMED)[-1] == "حركة الشباب"
    assert frame_doers(MILITIA)[-1] == "الحوثيين"


def test_repelled_before_doer_off(frame_doers, monkeypatch):
    monkeypatch.setattr(rs, "REPELLED_BEFORE_DOER", False)
    assert frame_doers(MILITIA)[-1] is None


def test_the_side_that_repelled_is_never_the_doer(frame_doers):
    # the army repelled an attack of a named group: neither its attack nor the fighting after it is the army's
    text = ("صدت قوات الجيش العراقي هجوما لتنظيم داعش على قرية قرب الرمادي. ودارت اشتباكات عنيفة بين الجيش "
            "والتنظيم استمرت ساعتين.")
    doers = frame_doers(text)
    assert doers[0] == "داعش" and "الجيش العراقي" not in doers


@pytest.mark.parametrize("fighting", [
    "ودارت اشتباكات عنيفة بين الحوثيين والجيش اليمني في تعز.",
    "ووقعت اشتباكات بين ميليشيات الحوثي والجيش اليمني في تعز.",  # a militia word, but another group's
])
def test_fighting_of_other_sides_is_left_alone(frame_doers, fighting):
    text = "صدت قوات الجيش العراقي هجوما لتنظيم داعش على قرية قرب الرمادي. " + fighting
    assert frame_doers(text)[-1] != "داعش"
