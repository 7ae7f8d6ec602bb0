"""Session 29: a country's name ending in "يا" written as a person's nationality adjective in the accusative
("مواطناً ألمانياً"، "مهندسا روسيا") is no mention of the country (agent/offline/mentions.py, NATIONALITY_WORD)."""

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
