"""Pass 47 (qa47): "ما <الشيء> اللذان/اللتان ..." asks for the thing, as "ما <الشيء> الذي/التي ..." does.

A death word in the relative clause ("... في دم ضحايا الهجوم") only describes the thing asked; the question is
no toll question (:data:`marsad.agent.qa.question_intent.WHICH_DUAL`). Sentences are made up for these tests.
"""

from __future__ import annotations

from qa_claims import read_question

import marsad.agent.qa.question_intent as question_intent
from marsad.agent.qa.question import Intent

_DUAL = "ما المادتان اللتان قال المحققون إنهم عثروا عليهما في دم ضحايا الهجوم على بلدة سراقب؟"


def test_a_dual_thing_asked_is_no_toll_question():
    assert read_question(_DUAL).intent is Intent.general


def test_without_the_switch_it_reads_as_a_toll(monkeypatch):
    monkeypatch.setattr(question_intent, "WHICH_DUAL", False)
    monkeypatch.setattr(question_intent, "MAIN_CLAUSE", False)  # (which also drops the relative clause's toll)
    assert read_question(_DUAL).intent is Intent.killed


def test_a_count_of_the_dead_stays_a_toll_question():
    assert read_question("كم عدد ضحايا الهجوم على بلدة سراقب؟").intent is Intent.killed
