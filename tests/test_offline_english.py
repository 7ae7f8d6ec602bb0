"""English articles: the same records from the registry's English names and English patterns."""

from __future__ import annotations

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline.english import is_english
from marsad.schemas import Document

TEXT = """Roadside bomb kills two Iraqi soldiers in Diyala; Islamic State claims attack

BAQUBA, Iraq - Two Iraqi soldiers were killed and three wounded on Sunday when a roadside bomb struck their patrol near Muqdadiya in Diyala province, a spokesman for the Diyala Operations Command said.

The Islamic State group claimed responsibility for the attack in a statement.

Iraqi army and Kurdish Peshmerga commanders met in Kirkuk on Monday to discuss opening a joint coordination centre for the province, which officials said will start work next month.
"""


def test_english_article_gives_records_with_valid_citations():
    assert is_english(TEXT) and not is_english("قتل جنديان بانفجار عبوة ناسفة في ديالى " * 20)
    rec = OfflineExtractor().extract(Document(doc_id="en", text=TEXT, published="2022-03-14"))
    (attack,) = rec.attacks
    assert (attack.killed, attack.injured, attack.attack_type) == (2, 3, "ied")
    assert attack.location.name_en == "Muqdadiya" and attack.perpetrator == "داعش"
    assert attack.date == "2022-03-13"
    (room,) = rec.joint_rooms
    assert room.status == "planned" and room.location.name_en == "Kirkuk"
    assert {"الجيش العراقي", "البيشمركة"} <= set(room.participants)
    for kind in ("actors", "attacks", "joint_rooms", "agreements"):
        for r in getattr(rec, kind):
            assert all(TEXT[c.start:c.end] == c.quote for c in r.citations)
