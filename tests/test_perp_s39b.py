"""Pass 39 perpetrator rule: a speaker after the resumptive "فيه" of a relative clause still reports its own strikes
(``roles_subjects.RESUMED_SPEAKER``). Sentences written for these tests."""

import pytest

from marsad.agent.offline import roles_subjects as rs


def _perps(extract, text: str) -> list:
    return [a.perpetrator for a in extract(text, published="2019-03-09").attacks]


RESUMED = ("وتزامنت هذه التطورات مع الساعات التي أعلنت فيها قوات التحالف الخميس تنفيذ 14 ضربة على أهداف "
           "للتنظيم قرب مدينة بيجي.")
RESUMED_FEM = "وتصاعدت حدة المعارك في الأسبوع الذي أعلن فيه الجيش العراقي تنفيذ ست غارات ضد مسلحي داعش غرب الرمادي."


@pytest.mark.parametrize("text,doer", [(RESUMED, "التحالف"), (RESUMED_FEM, "الجيش العراقي")])
def test_speaker_after_resumptive_pronoun_reports_its_strikes(offline_extract, text, doer):
    perps = _perps(offline_extract, text)
    assert perps and all(p and doer in p for p in perps)


@pytest.mark.parametrize("text", [RESUMED, RESUMED_FEM])
def test_speaker_after_resumptive_pronoun_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(rs, "RESUMED_SPEAKER", False)
    assert all(p is None for p in _perps(offline_extract, text))


def test_resumptive_pronoun_with_no_speech_verb_names_no_speaker(offline_extract):
    # "فيها" after a verb of arriving, not of speaking: the force reports no strike of its own
    text = ("وتزامنت هذه التطورات مع الساعات التي وصل فيها الجيش العراقي إلى المدينة، فيما نفذت طائرات مجهولة "
            "14 ضربة على أهداف للتنظيم قرب بيجي.")
    perps = _perps(offline_extract, text)
    assert perps and not any(p and "الجيش العراقي" in p for p in perps)
