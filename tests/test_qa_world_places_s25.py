"""Session 25: a town or district the registry lacks but the world gazetteer knows is a place the article must name
after any place-kind noun the extractor reads, bare or glued to ب/ل/و ("جبهة مقبنة"، "بمديرية الملاجم"), not only
after "في" or "مدينة": a toll told of another front does not answer. The sentences are written for these tests (the
places are real, the incidents and numbers invented)."""

import pytest

from marsad.agent.qa import domain
from marsad.agent.qa.domain import constraints_of, span_fits, world_places
from marsad.agent.qa.question import parse_question

_FRONT = "كم مسلحا حوثيا لقوا مصرعهم في اشتباكات جبهة مقبنة مع الجيش اليمني؟"


def _names(question: str) -> list[str]:
    return [e.canonical for e in world_places(parse_question(question))]


def test_a_name_after_a_place_kind_noun_is_a_world_place():
    assert _names(_FRONT) == ["مقبنه"]
    assert _names("كم عنصرا قتل في القصف على منطقة نائية بمديرية الملاجم؟") == ["الملاجم"]
    # a month or another place noun after the noun is no place
    assert _names("كم جنديا قتل في هجوم على معسكر في مارس الماضي؟") == []


def test_a_toll_of_another_front_does_not_fit_the_question(monkeypatch: pytest.MonkeyPatch):
    other = "لقي 20 مسلحا حوثيا مصرعهم في اشتباكات مع الجيش اليمني بمنطقة صرواح أمس."
    same = "وأسفرت الاشتباكات في جبهة مقبنة غرب تعز عن مصرع خمسة من العناصر."
    cons = constraints_of(parse_question(_FRONT))
    assert not span_fits(cons, other, other, "2018-03-02", "معارك في صرواح")
    assert span_fits(cons, same, same, "2018-03-02", "معارك غرب تعز")
    monkeypatch.setattr(domain, "PLACE_NOUN_CUES", False)
    domain._world_places.cache_clear()  # (remembered per question text)
    assert _names(_FRONT) == []
    cons = constraints_of(parse_question(_FRONT))
    assert span_fits(cons, other, other, "2018-03-02", "معارك في صرواح")
    domain._world_places.cache_clear()


def test_english_place_names_are_looked_up_without_geonames_marks():
    from marsad.core import gazetteer

    world = gazetteer.get_world_gazetteer()
    # GeoNames writes "Suruç" and "Ḩajjah"; a user writes "Suruc" and "Hajjah"
    assert "سروج" in world.arabic_names("Suruc") and world.arabic_names("Suruc") == world.arabic_names("Suruç")
    assert world.arabic_names("Hajjah")


def test_bare_gunmen_in_an_english_question_are_not_the_registry_unidentified_gunmen():
    def actors(text: str) -> list[str]:
        return [e.id for e in parse_question(text).actors]

    assert "gunmen" not in actors("How many Houthi gunmen were killed in the attack on their positions in Qaifa?")
    assert "gunmen" not in actors("Who were the gunmen who stormed the checkpoint near Tarmiyah?")
    assert "gunmen" in actors("Who were the unidentified gunmen who stormed the checkpoint near Tarmiyah?")


def test_a_where_question_is_not_answered_by_the_place_it_names_by_a_world_or_transliterated_name(monkeypatch):
    from marsad.agent.qa import records
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.records import record_claims
    from marsad.core.lexicon import get_lexicon
    from marsad.schemas import Attack, Citation, Document, DocumentRecords, Location

    text = "قتل ثلاثة صيادين في هجوم بزورق مفخخ قرب ساحل مقبنة صباح الجمعة."
    quote = text[:-1]
    place = Location(name="مقبنة", canonical_name="مقبنة", name_en="Maqbanah", admin_level="district", country="YE",
                     country_name="Yemen")
    attack = Attack(citations=[Citation(doc_id="y", start=0, end=len(quote), quote=quote)], location=place,
                    attack_type="ied", killed=3)
    ev = Evidence(docs={"y": Document(doc_id="y", title="هجوم بزورق مفخخ", text=text, published="2018-03-02")})
    ev.records = {"y": DocumentRecords(doc_id="y", attacks=[attack])}
    q = parse_question("في أي قرية قرب جبهة مقبنة وقع الهجوم بالزورق المفخخ؟")
    assert not any("مقبنة" in c.text for c in record_claims(q, ev, get_lexicon()))
    monkeypatch.setattr(records, "OWN_NAMES", False)
    assert any("مقبنة" in c.text for c in record_claims(q, ev, get_lexicon()))
