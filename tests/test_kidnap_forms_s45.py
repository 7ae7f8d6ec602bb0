"""Pass 45: kidnapping verbs with a plural subject or an object pronoun ("اختطفوا"، "اختطفوه"، "خطفوه"; frames.json
event_words) open a kidnapping, except right after "ثم", where they tell one more step of what a person lived
through (frames.KIDNAP_CHAIN). The sentences are written for these tests."""

import marsad.agent.offline.frames as frames

PLURAL_SUBJECT = 'وقالت مصادر محلية إن مسلحين اختطفوا مهندسا في مدينة الموصل مساء الأحد.'
OBJECT_PRONOUN = 'وأفادت الشرطة بأن المسلحين اقتحموا منزل التاجر في بلدة الحمدانية واختطفوه إلى جهة مجهولة.'
PAST_PRONOUN = 'وكان مسلحون قد خطفوه قبل ثلاثة أيام من أمام منزله في حي الكرادة ببغداد.'
# a chain of what one woman lived through
CHAIN = 'وكانت السيدة تعيش في مدينة الموصل، حيث قتل المسلحون زوجها ثم اختطفوها هي وطفلتها.'
# an incident told by its first act, then the kidnapping after "ثم": the incident still makes its record
INCIDENT_THEN = 'وقالت مصادر محلية إن مسلحين قتلوا حارس المصنع في مدينة الموصل ثم اختطفوا مهندسين اثنين.'


def test_plural_subject_kidnapping(offline_extract):
    (attack,) = offline_extract(PLURAL_SUBJECT).attacks
    assert attack.attack_type == "kidnapping"
    assert "الموصل" in attack.location.name


def test_object_pronoun_forms(offline_extract):
    for text, place in ((OBJECT_PRONOUN, "الحمدانية"), (PAST_PRONOUN, "الكرادة")):
        (attack,) = offline_extract(text).attacks
        assert attack.attack_type == "kidnapping"
        assert place in attack.location.name


def test_after_then_no_kidnapping(offline_extract):
    assert not any(a.attack_type == "kidnapping" for a in offline_extract(CHAIN).attacks)


def test_incident_told_before_then_keeps_its_record(offline_extract):
    (attack,) = offline_extract(INCIDENT_THEN).attacks
    assert attack.killed == 1
    assert "الموصل" in attack.location.name


def test_switch_off_chain_kidnapping(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "KIDNAP_CHAIN", False)
    assert any(a.attack_type == "kidnapping" for a in offline_extract(CHAIN).attacks)
