"""search69: search68's rules measured one at a time at archive scale; the one landed (the month bonus, the one
wording per entry and the title rules lost items on the whole corpus and stay out). Sentences written for these tests.

- "in front of" is no war front; "blow himself up" is a suicide attack."""

from __future__ import annotations

from marsad.agent.qa.question_entities import english_names
from marsad.core.lexicon import get_lexicon


def test_in_front_of_is_no_front_line_and_blowing_up_is_a_suicide_attack():
    found = {e.id for e, _, _ in english_names("Where did a man blow himself up in front of the embassy?", get_lexicon())}
    assert "front_line" not in found and "news_suicide" in found
    assert "front_line" in {e.id for e, _, _ in english_names("Which front did the army open near Hama?", get_lexicon())}
