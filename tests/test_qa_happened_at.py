""""What happened in X?" about a place or actor the archive holds is in scope (ux63): "ما الذي حدث في سنجار؟" was
called outside what the archive covers while search found the town's articles. Unit cases on questions written
here, and `marsad ask` (``marsad.cli.main``, in this process) over a temp home of the bundled samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.agent.qa import domain
from marsad.agent.qa.domain import in_domain
from marsad.agent.qa.question import parse_question

REPO = Path(__file__).resolve().parent.parent
OUT_OF_SCOPE = "خارج ما تغطيه المقالات المفهرسة"


@pytest.mark.parametrize("question", [
    "ما الذي حدث في سنجار؟", "ماذا جرى في الرمادي عام 2015؟", "what happened in Sinjar?",
    "What happened to Mosul in June 2014?", "ماذا حدث في مدينة الفلوجة؟",
])
def test_what_happened_at_a_named_place_is_in_scope(question):
    assert in_domain(parse_question(question))
    domain.HAPPENED_AT = False
    try:
        assert not in_domain(parse_question(question))  # the rule is what lets it in
    finally:
        domain.HAPPENED_AT = True


@pytest.mark.parametrize("question", [
    "what happened in Paris at the fashion show?",  # words of its own beside the place: the other rules judge it
    "ما الذي حدث في المطبخ؟",  # no place or actor named
    "what is the capital of Canada?",
])
def test_other_questions_are_left_to_the_other_rules(question):
    assert not in_domain(parse_question(question))


@pytest.mark.parametrize(("question", "scoped"), [
    # a day word beside the place is still "what happened there"
    ("What happened in Kirkuk yesterday?", True), ("ماذا حدث في كركوك أمس؟", True),
    # a word of its own beside the place asks about something else of it (review63 finding 26): not the news rule's
    ("What happened to the weather in Baghdad?", False), ("ماذا حدث للطقس في بغداد؟", False),
    ("ما الذي حدث في مباراة العراق؟", False), ("What happened to the economy of Iraq?", False),
    ("ما الذي حدث لاقتصاد العراق؟", False),
])
def test_only_a_day_word_may_stand_beside_the_name(question, scoped):
    assert in_domain(parse_question(question)) is scoped


def test_marsad_ask_answers_what_happened_in_a_place_of_the_archive(cli, marsad_home):
    assert cli("ingest", str(REPO / "data" / "samples"), "--no-progress").returncode == 0
    asked = cli("ask", "ما الذي حدث في كركوك؟", "--backend", "offline")
    assert asked.returncode == 0, asked.stderr
    assert OUT_OF_SCOPE not in asked.stdout and "[1]" in asked.stdout  # answered with a citation
