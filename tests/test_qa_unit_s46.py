"""Pass 46 (qa46): "which unit" questions.

"من أي فوج / لواء / كتيبة كان الجنود ..."، "which regiment / brigade ...": the sentence naming a military unit of that
kind answers, not one naming an office, which a role question otherwise wants
(:data:`marsad.agent.qa.passages.UNIT_ASKED`).

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

from qa_claims import article_claims

import marsad.agent.qa.passages as passages
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon

_UNIT_TEXT = ("صدم سائق بشاحنته صباح الأربعاء مجموعة من الجنود أمام قاعدتهم في شمال بلجيكا ثم فر، وفق الشرطة. "
              "وقال مصدر أمني إن الجنود المصابين ينتمون إلى كتيبة المظليين الثانية وكانوا عائدين من تدريب ليلي. "
              "وأعلن وزير الداخلية البلجيكي أن التحقيق جار لمعرفة دوافع السائق.")


def _unit_claims(question: str):
    return article_claims(question, _UNIT_TEXT, "شاحنة تصدم جنودا في بلجيكا", "2017-05-11")


def test_which_unit_reads_the_sentence_naming_the_unit(monkeypatch):
    q = "من أي كتيبة كان الجنود الذين صدمهم سائق أمام قاعدتهم شمال بلجيكا؟"
    claims = _unit_claims(q)
    assert claims and "كتيبة المظليين" in claims[0].text
    monkeypatch.setattr(passages, "UNIT_ASKED", False)
    assert not any("كتيبة المظليين" in c.text for c in _unit_claims(q))


def test_asks_unit():
    lex = get_lexicon()
    assert passages.asks_unit(parse_question("من أي لواء كان الضابط الذي قتل في الهجوم؟", lex))
    assert passages.asks_unit(parse_question("Which brigade did the soldiers killed in the ambush belong to?", lex))
    # a unit named in the question is not asked for
    assert not passages.asks_unit(parse_question("كم جنديا من اللواء الخامس قتلوا في الهجوم؟", lex))
    assert not passages.asks_unit(parse_question("Who commands the 5th Brigade?", lex))
