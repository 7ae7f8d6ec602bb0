"""Pass 39 (attack recall on real news): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor, frames
from marsad.schemas import Document


@pytest.fixture(scope="module")
def ex() -> OfflineExtractor:
    return OfflineExtractor()


def _attacks(ex: OfflineExtractor, text: str, published: str = "2020-02-12"):
    return ex.extract(Document(doc_id="t39", text=text, published=published)).attacks


# OPERATION_TOLL_AFTER (frames) ------------------------------------------------------------------------------------

# an operation told with adjectives, its target and a place of three names, its toll after a verb of consequence
FAR_TOLL = ("أعلن ضابط في اللواء الثالث أن سرية من قواته شنت عملية عسكرية خاطفة ومباغتة ضد تحصينات المتمردين "
            "في قرية الرباط بمديرية وادي العين شمالي المحافظة، وأسفرت عن مصرع وإصابة العشرات منهم.")

# the same operation whose consequence is ground taken, with no toll: no attack
NO_TOLL = ("أعلن ضابط في اللواء الثالث أن سرية من قواته شنت عملية عسكرية خاطفة ومباغتة ضد تحصينات المتمردين "
           "في قرية الرباط بمديرية وادي العين شمالي المحافظة، وأدت إلى السيطرة على تلال مطلة على الطريق.")


def test_an_operation_with_its_toll_told_far_after_is_an_attack(ex):
    atts = _attacks(ex, FAR_TOLL)
    assert len(atts) == 1
    assert atts[0].location is not None and "الرباط" in atts[0].location.name
    assert atts[0].killed is None and (atts[0].killed_text or atts[0].injured_text)


def test_an_operation_whose_consequence_is_no_toll_stays_none(ex):
    assert _attacks(ex, NO_TOLL) == []


def test_operation_toll_after_switch_off(ex, monkeypatch):
    monkeypatch.setattr(frames, "OPERATION_TOLL_AFTER", False)
    assert _attacks(ex, FAR_TOLL) == []

