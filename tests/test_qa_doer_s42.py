"""Who-did-it questions asked with the deed's verb ("من أطلق ..."): a sentence telling that deed names the doer."""

from __future__ import annotations

from qa_claims import passage_quotes

from marsad.agent.qa import passages

_Q = "من أطلق القذائف التي سقطت على سوق مدينة الضالع؟"
_SHELLS = ("سقطت ثلاث قذائف على سوق مدينة الضالع صباح اليوم. "
           "وقالت مصادر محلية إن مسلحي الحوثي أطلقوا القذائف على سوق الضالع من مواقعهم في التلال المحيطة.")


def test_the_sentence_of_the_deed_answers_who_did_it(monkeypatch):
    got = passage_quotes(_Q, _SHELLS)
    assert got and "الحوثي" in got[0]
    monkeypatch.setattr(passages, "DOER_VERB", False)
    assert passage_quotes(_Q, _SHELLS) == []


def test_bullets_are_no_launch_and_another_verb_is_not_read():
    # "طلقات" (rounds) is not the verb of launching
    rounds = ("سقطت ثلاث قذائف على سوق مدينة الضالع صباح اليوم. "
              "وعثر مسلحو الحوثي على طلقات فارغة قرب سوق الضالع بعد سقوط القذائف.")
    assert passage_quotes(_Q, rounds) == []
    # "من قصف" reads the verb of shelling, not of launching
    assert passage_quotes("من قصف سوق مدينة الضالع بالقذائف؟", _SHELLS.split(". ")[1]) == []
