"""Pass 55 (fixmisc55, review55 M2): sentences written for these tests, none from the corpus.

- ``frames_readers.INFILTRATION_CROSSERS``: a border patrol stopping smugglers or migrants ("تصدت دوريات حرس الحدود
  لمحاولة تسلل مجموعة من المهربين") is no attack.
- ``frames.INFILTRATION`` off really takes the infiltration word out of the token loop.
"""

from __future__ import annotations

from marsad.agent.offline import frames, frames_readers

DAY = "2018-06-03"

# M2 ------------------------------------------------------------------------------------------------------------------

SMUGGLERS = ("وتصدت دوريات حرس الحدود في منطقة جازان، مساء السبت، لمحاولة تسلل مجموعة من المهربين، وضبطت "
             "بحوزتهم كمية كبيرة من المواد المخدرة.")
MIGRANTS = "وأفشلت قوات حرس الحدود في منطقة نجران محاولة تسلل عشرات المخالفين وأصيب أحدهم."
INFILTRATORS_SEIZED = ("وصدت دوريات الحدود في منطقة جازان محاولة تسلل عدد من المتسللين وأصيب اثنان منهم، وضبطت "
                       "بحوزتهم 90 كيلوغراما من الحشيش.")
FIGHTERS = "وصدت القوات الحكومية، فجر الاثنين، محاولة تسلل للمسلحين إلى مواقعها في مدينة زبيد وقتلت أربعة منهم."
FIGHTERS_CALLED_INFILTRATORS = ("وتصدى الجنود مساء الأحد لمحاولة تسلل نحو مواقعهم غربي مديرية حيس، وقتلوا عددا "
                                "من المتسللين.")


def _attacks(offline_extract, text: str) -> list[tuple[str, str | None]]:
    return [(a.attack_type, a.location.name if a.location else None)
            for a in offline_extract(text, published=DAY).attacks]


def test_a_patrol_stopping_smugglers_or_migrants_is_no_attack(offline_extract, monkeypatch):
    for text in (SMUGGLERS, MIGRANTS, INFILTRATORS_SEIZED):
        assert _attacks(offline_extract, text) == [], text
    monkeypatch.setattr(frames_readers, "INFILTRATION_CROSSERS", False)
    for text in (SMUGGLERS, MIGRANTS, INFILTRATORS_SEIZED):
        assert [k for k, _ in _attacks(offline_extract, text)] == ["armed_assault"], text


def test_a_repelled_infiltration_of_fighters_stays_an_attack(offline_extract):
    assert _attacks(offline_extract, FIGHTERS) == [("armed_assault", "زبيد")]
    assert _attacks(offline_extract, FIGHTERS_CALLED_INFILTRATORS) == [("armed_assault", "حيس")]


def test_switched_off_the_infiltration_word_is_no_trigger(offline_extract, monkeypatch):
    seen: list[str] = []
    token_kind = frames._token_kind

    def spy(words, x, *args, **kwargs):
        seen.append(words[x])
        return token_kind(words, x, *args, **kwargs)

    monkeypatch.setattr(frames, "_token_kind", spy)
    offline_extract(FIGHTERS_CALLED_INFILTRATORS, published=DAY)
    assert "تسلل" in seen  # on: the word reaches the rule
    seen.clear()
    monkeypatch.setattr(frames, "INFILTRATION", False)
    offline_extract(FIGHTERS_CALLED_INFILTRATORS + " واستهدفت المدفعية مواقع المسلحين في مدينة زبيد.", published=DAY)
    assert "واستهدفت" in seen and "تسلل" not in seen, seen  # off: the token loop passes it by, as before the rule
