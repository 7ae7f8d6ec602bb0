"""The one counter base that batch tallies (grounding stats, LLM usage) share."""

from dataclasses import dataclass

import pytest

from marsad.agent.grounding import GroundingStats
from marsad.agent.llm.usage import UsageMeter
from marsad.core.counters import Counters


@dataclass
class _Tally(Counters):
    seen: int = 0
    kept: int = 0


def test_add_sums_every_field_and_as_dict_lists_them():
    total = _Tally()
    total.add(_Tally(seen=3, kept=1))
    total.add(_Tally(seen=2, kept=2))
    assert total.as_dict() == {"seen": 5, "kept": 3}


def test_adding_another_kind_of_counter_is_refused():
    with pytest.raises(TypeError, match="UsageMeter to GroundingStats"):
        GroundingStats().add(UsageMeter(requests=1))


def test_project_tallies_use_the_shared_base():
    meter = UsageMeter(requests=2, retries=1)
    meter.add(UsageMeter(requests=1, reasks=1))
    assert meter.as_dict()["requests"] == 3 and meter.reasks == 1
    stats = GroundingStats(quotes=4)
    stats.add(GroundingStats(quotes=1, dropped_quotes=1))
    assert (stats.quotes, stats.dropped_quotes) == (5, 1)
