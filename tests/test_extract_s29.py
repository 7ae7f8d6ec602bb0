"""Session 29 extraction fixes: a country's name ending in "يا" written as a person's nationality adjective in the
accusative ("مواطناً ألمانياً"، "مهندسا روسيا") is no mention of the country (agent/offline/mentions.py,
NATIONALITY_WORD); a toll update told with the incident again revises its toll (attacks_clusters, UPDATE_AGAIN)."""

from marsad.agent.offline import OfflineExtractor, mentions
from marsad.agent.offline.text import split_document
from marsad.core.arabic import normalize
from marsad.schemas import Document

# my own wording
_TANWEEN = "قتل مسلحون مواطناً ألمانياً وسائقه في كمين على طريق قرب مدينة أغاديس شمالي النيجر صباح أمس."
_NOUN = "قتل مسلحون مهندسا روسيا وحارسين في هجوم على موقع بناء قرب مدينة كيدال شمال مالي مساء الأحد."


def _countries(text: str) -> list[tuple[str | None, int | None]]:
    r = OfflineExtractor().extract(Document(doc_id="t", title="كمين مسلح", text=text, published="2018-03-04"))
    return [(a.location.country if a.location else None, a.killed) for a in r.attacks]


def _found(text: str) -> set[str]:
    gaz = mentions.get_gazetteer()
    return {normalize(m.surface) for s in split_document(text) for m in gaz.find(s)
            if m.kind == "places" and m.entry.get("admin_level") == "country"}


def test_a_nationality_adjective_with_tanween_or_after_a_person_noun_is_no_place(monkeypatch):
    for text, home, other in ((_TANWEEN, "NE", "المانيا"), (_NOUN, "ML", "روسيا")):
        got = _countries(text)
        assert got and all(c == home for c, _ in got), got
        assert not any(other in c for c in _found(text))
        monkeypatch.setattr(mentions, "NATIONALITY_WORD", False)
        assert any(other in c for c in _found(text)), _found(text)
        monkeypatch.setattr(mentions, "NATIONALITY_WORD", True)


def test_the_country_itself_is_still_a_place():
    got = _countries("انفجرت سيارة مفخخة في روسيا صباح اليوم ما أسفر عن مقتل ثلاثة أشخاص.")
    assert got and got[0][0] == "RU"


def test_a_toll_update_told_with_the_incident_again_revises_its_toll(monkeypatch):
    from marsad.agent.offline import attacks_clusters

    # my own wording
    text = ("انفجرت سيارة مفخخة في سوق شعبي بمدينة الحلة صباح الأحد ما أسفر عن مقتل 12 متسوقا وإصابة 30 آخرين. "
            "وارتفعت حصيلة الهجوم إلى 25 قتيلا بحسب مصدر طبي.")
    r = OfflineExtractor().extract(Document(doc_id="u", title="تفجير في الحلة", text=text, published="2018-03-04"))
    assert [(a.killed, a.injured) for a in r.attacks] == [(25, 30)]
    monkeypatch.setattr(attacks_clusters, "UPDATE_AGAIN", False)
    r = OfflineExtractor().extract(Document(doc_id="u", title="تفجير في الحلة", text=text, published="2018-03-04"))
    assert [(a.killed, a.injured) for a in r.attacks] == [(12, 30)]
