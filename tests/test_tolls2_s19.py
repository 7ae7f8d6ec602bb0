"""Session 19 (second tolls helper): militants killed by strikes told before them in a frame that reads only the
killing (agent/offline/casualties_frame._air_killer, switch AIR_KILLER).

"أن طيران التحالف وجه عددا كبيرا من الضربات ... وتمكن من قتل 17 إرهابيا": the frame finder reads no strike of its own
there, only the killing; the militants counted are still the strikes' toll, as in a strike's own frame, not a
ground operation's result (which stays no toll). The air force named alone, with no strike told, does not count
them. The sentences below are written for the tests.
"""

import pytest

from marsad.agent.offline import casualties_frame

_STRIKES_TOLD = ("وأوضحت القيادة أن طيران التحالف وجه عددا كبيرا من الضربات دعما للقوات البرية قرب ناحية "
                 "البغدادي وتمكن من قتل 17 إرهابيا.")
_GROUND_OPERATION = "وقال بيان للقيادة المشتركة إن وحدات الشرطة قتلت 17 إرهابيا خلال مداهمة قرب ناحية البغدادي."
_AIR_FORCE_ALONE = "وأشار المصدر إلى أن مقاتلات التحالف ساندت القوات وقتلت 17 إرهابيا قرب ناحية البغدادي."


def test_militants_killed_after_strikes_are_their_toll(frame_killed):
    assert 17 in frame_killed(_STRIKES_TOLD)


def test_switch_off_reads_no_toll(monkeypatch, frame_killed):
    monkeypatch.setattr(casualties_frame, "AIR_KILLER", False)
    assert 17 not in frame_killed(_STRIKES_TOLD)


@pytest.mark.parametrize("text", [_GROUND_OPERATION, _AIR_FORCE_ALONE])
def test_a_ground_operation_or_the_air_force_alone_counts_no_militants(text, frame_killed):
    assert 17 not in frame_killed(text)
