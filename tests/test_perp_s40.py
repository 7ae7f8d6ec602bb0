"""Pass 40 perpetrator rules: a group named inside the subject of "لقي ... مصرعه" is the dead man's side, not
his killer (``roles_cues.MET_DEATH``); claims (``roles_claims``): one told "at that time" is of the past incident just
recalled (``CLAIM_THEN``), the claimant may stand before the claim verb (``CLAIM_BEFORE_VERB``), and a claim told after
"no one claimed the news" is of the incidents told as others (``CONTRAST_CLAIM``). Sentences written for these tests."""

import pytest

from marsad.agent.offline import roles_cues as rcu


def _perps(extract, text: str, published: str = "2019-04-13") -> list:
    return [a.perpetrator for a in extract(text, published=published).attacks]


# MET_DEATH ----------------------------------------------------------------------------------------------------------


MET_DEATH = ("وعلى الجبهة ذاتها، لقي المشرف الميداني وخبير الألغام الحوثي ناصر علي الوادعي مصرعه مع أربعة من "
             "مرافقيه في مديرية حيس الجمعة.")


def test_group_inside_the_dead_mans_subject_is_not_the_doer(offline_extract):
    perps = _perps(offline_extract, MET_DEATH)
    assert perps and all(p is None for p in perps)


def test_group_inside_the_dead_mans_subject_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rcu, "MET_DEATH", False)
    assert any(p and "الحوثي" in p for p in _perps(offline_extract, MET_DEATH))


@pytest.mark.parametrize("text", [
    # the group after the death word: by its fire the men died
    "ولقي أربعة جنود من اللواء الثالث مصرعهم بنيران ميليشيا الحوثي في مديرية حيس الجمعة.",
    "لقي أربعة جنود مصرعهم الجمعة في هجوم شنته ميليشيا الحوثي على موقعهم في مديرية حيس.",
])
def test_group_after_the_death_word_is_still_the_doer(offline_extract, text):
    perps = _perps(offline_extract, text)
    assert perps and any(p and "الحوثي" in p for p in perps)


# Claims: CLAIM_THEN, CLAIM_BEFORE_VERB, CONTRAST_CLAIM (roles_claims) -----------------------------------------------


def _records(extract, text: str, published: str = "2019-04-13") -> list:
    return [(a.killed, a.perpetrator) for a in extract(text, published=published).attacks]


THEN_CLAIM = ("لقي 8 أشخاص حتفهم في تفجير انتحاري استهدف مهرجانا انتخابيا في مدينة كويتا الخميس، وسبق لعم المرشح أن "
              "قتل في تفجير مماثل في المدينة نفسها في شهر مايو عام 2014، وقد تبنته آنذاك حركة طالبان باكستان.")


def test_claim_told_then_is_of_the_recalled_incident(offline_extract):
    recs = _records(offline_extract, THEN_CLAIM)
    assert [p for k, p in recs if k == 8] == [None]
    assert any(p and "طالبان" in p for k, p in recs if k != 8)


def test_claim_told_then_off(offline_extract, monkeypatch):
    from marsad.agent.offline import roles_claims as rc
    monkeypatch.setattr(rc, "CLAIM_THEN", False)
    assert any(k == 8 and p and "طالبان" in p for k, p in _records(offline_extract, THEN_CLAIM))


@pytest.mark.parametrize("text", [
    # no word of "then": the claim is of the sentence's own incident
    "لقي 8 أشخاص حتفهم في تفجير انتحاري استهدف مهرجانا انتخابيا في مدينة كويتا الخميس، وقد تبنته حركة طالبان باكستان.",
    # "then" but no other incident between: the one incident told is the claimed one
    "قتل 8 أشخاص في تفجير انتحاري استهدف مهرجانا انتخابيا في مدينة كويتا عام 2014، وتبنته حينها حركة طالبان باكستان.",
])
def test_claim_of_the_one_incident_still_reaches_it(offline_extract, text):
    assert any(k == 8 and p and "طالبان" in p for k, p in _records(offline_extract, text))


BEFORE_VERB = [
    "انفجرت عبوة ناسفة في حافلة ركاب بمدينة هرات أمس فقتل 6 أشخاص. وكانت حركة طالبان قد أعلنت مسؤوليتها عن التفجير.",
    "انفجرت عبوة ناسفة في حافلة ركاب بمدينة هرات أمس فقتل 6 أشخاص. غير أن تنظيم داعش تبنى التفجير في بيان لاحق.",
]


@pytest.mark.parametrize("text", BEFORE_VERB)
def test_claimant_before_the_claim_verb(offline_extract, text):
    recs = _records(offline_extract, text)
    assert recs and all(p and ("طالبان" in p or "داعش" in p) for k, p in recs)


@pytest.mark.parametrize("text", BEFORE_VERB)
def test_claimant_before_the_claim_verb_off(offline_extract, monkeypatch, text):
    from marsad.agent.offline import roles_claims as rc
    monkeypatch.setattr(rc, "CLAIM_BEFORE_VERB", False)
    assert all(p is None for k, p in _records(offline_extract, text))


@pytest.mark.parametrize("text", [
    # a relative clause after the group, an accusation, a claim over months: none claims the bus blast
    "انفجرت عبوة ناسفة في حافلة ركاب بمدينة هرات أمس فقتل 6 أشخاص. واتهمت الحكومة حركة طالبان التي أعلنت مسؤوليتها "
    "عن هجمات سابقة.",
    "انفجرت عبوة ناسفة في حافلة ركاب بمدينة هرات أمس فقتل 6 أشخاص. وكان تنظيم داعش قد تبنى في الأشهر الماضية "
    "تفجيرات في المدينة.",
])
def test_no_claim_of_this_incident(offline_extract, text):
    recs = _records(offline_extract, text)
    assert [p for k, p in recs if k == 6] == [None]


# the sentence says no one claimed the news, then that a group claimed the earlier ones
CONTRAST = ("اقتحم مسلحون مبنى البلدية في مدينة قندوز الخميس وقتلوا 3 حراس. وهذا رابع هجوم في المدينة خلال شهر، "
            "وكان تفجير آخر قد أودى بحياة 9 أشخاص الاثنين. ولم تتبن أي جهة بعد هجوم الخميس، لكن حركة "
            "طالبان أعلنت مسؤوليتها عن الهجمات السابقة.")


def test_contrasted_claim_is_of_the_other_incidents(offline_extract):
    recs = _records(offline_extract, CONTRAST)
    assert [p for k, p in recs if k == 3] == [None]
    assert any(k == 9 and p and "طالبان" in p for k, p in recs)


def test_contrasted_claim_off(offline_extract, monkeypatch):
    from marsad.agent.offline import roles_claims as rc
    monkeypatch.setattr(rc, "CONTRAST_CLAIM", False)
    assert any(k == 3 and p and "طالبان" in p for k, p in _records(offline_extract, CONTRAST))


def test_a_claim_by_back_reference_in_a_short_sentence_reads_its_own_words():
    # the group was named far into an earlier, longer sentence; "هذه الجماعة تبنت" in a short sentence after it gives
    # that mention, whose word positions are the earlier sentence's (CLAIM_THEN read them in the short one and failed)
    from marsad.agent.offline import OfflineExtractor
    from marsad.schemas import Document
    text = ("قتل ثلاثة جنود وأصيب خمسة آخرون في هجوم على قاعدة عسكرية قرب مدينة كسمايو جنوب الصومال يوم الأحد، "
            "وأعلنت حركة الشباب مسؤوليتها عن الهجوم. وكانت هذه الحركة قد تبنت تفجيرا قتل 4.")
    doc = OfflineExtractor().extract(Document(doc_id="t40c", text=text, published="2019-02-11"))
    assert doc.attacks and all(a.perpetrator for a in doc.attacks)
