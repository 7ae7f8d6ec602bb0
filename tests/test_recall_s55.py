"""Pass 55 (recall55): attack recall on unseen real news.

- ``frames.INFILTRATION``: an infiltration attempt that was repelled ("تصدى الجنود لمحاولة تسلل نحو نقاطهم في بلدة
  ما") is an attack on the positions it aimed at (GUIDELINES D-19); an infiltration told alone, prevented, or foiled
  with no toll makes no record.
"""

from marsad.agent.offline import OfflineExtractor, frames
from marsad.schemas import Document

DAY = "2018-06-03"


def _attacks(text: str) -> list:
    doc = Document(doc_id="snn:t-s55", title=None, text=text, published=DAY)
    return OfflineExtractor().extract(doc).attacks


# Sentences written for these tests (no corpus text).
REPELLED = ("وتصدى الجنود، بدعم من المدفعية، صباح الأحد لمحاولة تسلل نحو نقاطهم شرقي مديرية حيس، "
            "وقتلوا عددا من المهاجمين.")
REPELLED_VERB = "وصدت القوات الحكومية، الأحد، محاولة تسلل للمسلحين إلى مواقعها في مدينة زبيد."
ALONE = "وقال الجيش إن شابين حاولا التسلل من جهة السياج في مدينة زبيد الأحد."
PREVENTED = "ونشرت القوات دوريات على الطريق في مديرية حيس لمنع أي محاولة تسلل للمسلحين."
FOILED = "وأحبطت قوات الأمن، الأحد، محاولة تسلل لعناصر التنظيم في مدينة زبيد."


def test_a_repelled_infiltration_attempt_is_an_attack(monkeypatch):
    for text, place in ((REPELLED, "حيس"), (REPELLED_VERB, "زبيد")):
        got = _attacks(text)
        assert len(got) == 1 and got[0].attack_type == "armed_assault", (text, got)
        assert got[0].location is not None and got[0].location.name == place, got
    monkeypatch.setattr(frames, "INFILTRATION", False)
    for text in (REPELLED, REPELLED_VERB):
        assert _attacks(text) == [], text


def test_an_infiltration_alone_prevented_or_foiled_is_no_attack():
    for text in (ALONE, PREVENTED, FOILED):
        assert _attacks(text) == [], (text, _attacks(text))
