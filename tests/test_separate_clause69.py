"""Review69 (merge69 finding 3, an old gap beside it): a clause that calls what it tells another incident ("،
وفي حادث منفصل انفجرت عبوة ...") inside the sentence of the first incident opens its own incident, as a sentence
opening with it already did (:func:`marsad.agent.offline.merge.calls_separate`).

Sentences written for these tests."""

from marsad.schemas import Document


def _records(body: str) -> list[tuple[str, str | None, int | None, int | None]]:
    from marsad.agent.offline import OfflineExtractor
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published="2019-03-10"))
    return [(str(getattr(a.attack_type, "value", a.attack_type)), a.location.name if a.location else None, a.killed,
             a.injured) for a in rec.attacks]


_FIRST = "قتل أربعة من عناصر الشرطة في هجوم لمسلحين على نقطة تفتيش في قضاء هيت"
_SECOND = "وفي حادث منفصل انفجرت عبوة ناسفة قرب سوق في مدينة الرمادي ما أدى إلى إصابة ثلاثة مدنيين."


def test_a_separate_incident_told_in_a_clause_is_its_own():
    assert _records(f"{_FIRST}، {_SECOND}") == [("armed_assault", "قضاء هيت", 4, None), ("ied", "مدينة الرمادي", None, 3)]


def test_a_separate_incident_told_in_its_own_sentence_still_is():
    assert _records(f"{_FIRST}. {_SECOND}") == [("armed_assault", "قضاء هيت", 4, None), ("ied", "مدينة الرمادي", None, 3)]
