"""Pass 40: a count at the site an Arabic question names by its kind ("على منطقة ..."). Sentences written for
these tests; the places named by kind are invented."""

from __future__ import annotations

import pytest

from marsad.agent.qa import counts_claims
from marsad.agent.qa.counts import count_claims
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document

_TITLE = "مأرب.. مصرع 20 مسلحا حوثيا في معارك مع الجيش"
_FRONT = ("لقي 20 مسلحا من جماعة الحوثي مصرعهم، الخميس، في معارك وقصف مدفعي للجيش اليمني غرب محافظة مأرب. "
          "وأوضح مصدر ميداني أن الاشتباكات تركزت على جبهة صرواح وقتل خلالها 12 من المسلحين. "
          "كما قصفت مدفعية الجيش تجمعا للمسلحين الحوثيين في منطقة قرنطال بمديرية الزهيرات، ما أدى إلى مقتل 8 من "
          "المسلحين وجرح 4 آخرين.")


def _evidence(title: str, text: str) -> Evidence:
    return Evidence(docs={"t": Document(doc_id="t", title=title, text=text, published="2019-02-14")})


@pytest.mark.parametrize("on", [True, False])
def test_the_toll_at_the_site_the_question_names_beats_the_titles_total(monkeypatch, on):
    # the title's 20 is the whole day's toll; the question asks about the shelling of one named area
    monkeypatch.setattr(counts_claims, "TITLE_SITE", on)
    q = parse_question("كم مسلحا حوثيا قتل في قصف مدفعية الجيش اليمني على منطقة قرنطال بمديرية الزهيرات؟")
    claims = count_claims(q, _evidence(_TITLE, _FRONT))
    assert claims
    assert (claims[0][1].numbers == [8]) is on


def test_with_no_site_asked_the_titles_total_still_answers():
    q = parse_question("كم مسلحا حوثيا قتل في معارك الجيش اليمني غرب مأرب؟")
    claims = count_claims(q, _evidence(_TITLE, _FRONT))
    assert claims and claims[0][1].numbers == [20]


def test_a_site_is_a_name_after_a_place_kind_not_an_adjective():
    assert len(counts_claims._asked_sites(parse_question("كم شخصا قتل في منطقة جبلية قرب الحدود؟"))) == 0
    sites = counts_claims._asked_sites(parse_question("كم شخصا قتل في قصف على منطقة قرنطال بمديرية الزهيرات؟"))
    assert len(sites) == 2
    assert sites[0].search("قصف الجيش بلده في قرنطال امس") and sites[1].search("قري مديريه الزهيرات")
    assert not sites[0].search("قصف الجيش منطقه اخري")
