"""Pass 50 (qaread50): question readers the newest sets lacked.

- an age told "وعمره 19 عاماً" (the age noun after و/ف) or "ذو الـ44 عاماً" (counts_ages.AGE_JOINED);

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import counts_ages

_SHOT = ("أطلق جنود النار على الشاب سامر خليل الزعبي، وعمره 23 عاماً، قرب بلدة في شمال الضفة الغربية الاثنين. "
         "وقالت مصادر طبية إن الشاب نقل إلى مستشفى قريب.")
_DHU = ("قال جيران كمال فؤاد الساعدي، ذو الـ52 عاماً، إنه كان يعمل في متجر صغير ببغداد قبل اعتقاله. "
        "وأضافوا أن الشرطة فتشت منزله ليلا.")


def _ages(question: str, *texts: str):
    return counts_ages.age_claims(read_question(question), evidence_of(*texts))


def test_age_after_wa_umruhu():
    claims = _ages("How old was Samer al-Zoubi, the young man shot near a town in the West Bank?", _SHOT)
    assert claims and "23" in claims[0].text


def test_age_after_dhu_al():
    claims = _ages("كم عمر كمال الساعدي الذي اعتقلته الشرطة في بغداد؟", _DHU)
    assert claims and "52" in claims[0].text


def test_age_joined_switch(monkeypatch):
    monkeypatch.setattr(counts_ages, "AGE_JOINED", False)
    assert not _ages("How old was Samer al-Zoubi, the young man shot near a town in the West Bank?", _SHOT)
    assert not _ages("كم عمر كمال الساعدي الذي اعتقلته الشرطة في بغداد؟", _DHU)
