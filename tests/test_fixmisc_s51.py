"""Pass 51 mends of review51's findings (sentences written for these tests)."""

from __future__ import annotations

from marsad.agent.qa.question import parse_question
from marsad.core.arabic import normalize


# ---- finding 6: an office word of an English role question is a whole word ("امير" is not in "الأميركية")
def test_an_office_word_is_a_whole_word(monkeypatch):
    from marsad.agent.qa import matching

    cue = matching.role_cues(parse_question("Who is the leader of the Houthi group?"))
    for text in ("وقال زعيم الجماعة في كلمة متلفزة", "وأعلن قائدها الميداني", "وقال أمير التنظيم في المدينة",
                 "ونقل عن أميرهم قوله", "وصرح للأمير المحلي"):
        assert cue.search(normalize(text)), text
    for text in ("وقالت الخارجية الأميركية إن الجماعة تلقت أسلحة", "وصل الأميرال الأميركي إلى البحرين",
                 "وصرح مسؤول أميركي بأن القوات انسحبت"):
        assert not cue.search(normalize(text)), text
    emir = matching.role_cues(parse_question("Who is the emir of the cell?"))
    assert emir.search(normalize("واعتقلت الشرطة أميرها")) and not emir.search(normalize("السفارة الأميركية"))
    monkeypatch.setattr(matching, "BOUNDED_OFFICE", False)
    cue = matching.role_cues(parse_question("Who is the leader of the Houthi group?"))
    assert cue.search(normalize("وقالت الخارجية الأميركية إن الجماعة تلقت أسلحة"))

