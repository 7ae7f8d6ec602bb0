"""A generic force after "أن/إن" whose speaker is written with its nationality is that state's force
(context.SPEAKER_FORCE); "القوات المسلحة" alone stays the registry's reading (pass 44)."""

from marsad.agent.offline import context
from marsad.core.lexicon import get_lexicon


def _canonical(cid: str) -> str:
    return get_lexicon().get("actors", cid).canonical


def test_armed_forces_of_a_foreign_speaker_are_its_own(frame_doers):
    doers = frame_doers("أعلنت وزارة الدفاع التركية أن القوات المسلحة قصفت مساء الخميس مخابئ لمسلحي حزب العمال "
                        "الكردستاني قرب جبال قنديل شمالي العراق.")
    assert doers[0] == _canonical("turkish_forces")


def test_the_army_of_a_foreign_speaker_in_news_placed_in_iraq(frame_doers):
    doers = frame_doers("قالت رئاسة الأركان التركية إن الجيش استهدف بالمدفعية مواقع للمسلحين قرب زاخو في "
                        "محافظة دهوك.")
    assert doers[0] == _canonical("turkish_forces")


def test_armed_forces_with_no_speaker_nationality_keep_the_registry_reading(frame_doers):
    doers = frame_doers("أعلنت القوات المسلحة أنها قصفت مواقع للمسلحين قرب الحدود شمالي العراق.")
    assert doers[0] == _canonical("iraqi_security_forces")
    doers = frame_doers("قال المتحدث باسم الوزارة إن القوات المسلحة قصفت مواقع للمسلحين في قضاء سنجار.")
    assert doers[0] == _canonical("iraqi_security_forces")


def test_speaker_country_needs_that_and_a_speech_verb():
    words = ["اعلنت", "وزاره", "الدفاع", "التركيه", "ان", "القوات", "المسلحه", "قصفت"]
    assert context._speaker_country(words, 5) == "TR"
    assert context._speaker_country(["زارت", "بعثه", "الدفاع", "التركيه", "ان", "القوات", "المسلحه"], 5) is None
    assert context._speaker_country(["اعلنت", "وزاره", "الدفاع", "التركيه", "القوات", "المسلحه"], 4) is None
