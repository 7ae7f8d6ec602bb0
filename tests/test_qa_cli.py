"""`marsad ask` end to end: ingest the samples with the real CLI, then ask in Arabic and English.

The ingest and the plain-output question run the real console command; the other questions run the same
``marsad.cli.main`` in this process (the ``cli`` fixture), which spares a new interpreter and its imports for each."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from processes import marsad_cmd

from marsad.schemas import Citation

REPO = Path(__file__).resolve().parent.parent


def _marsad(*args: str, home: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_") or k == "MARSAD_SRC"}  # as conftest
    env.update(MARSAD_HOME=str(home), ANONYMIZED_TELEMETRY="False")
    return subprocess.run([*marsad_cmd(), *args], capture_output=True, text=True, env=env, timeout=timeout, cwd=REPO)


@pytest.fixture(scope="module")
def indexed_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("qa-home")
    done = _marsad("ingest", str(REPO / "data" / "samples"), home=home)
    assert done.returncode == 0, done.stderr
    return home


def _ask(cli, home: Path, question: str) -> dict:
    done = cli("ask", question, "--json", "--home", str(home), env={"MARSAD_HOME": str(home.parent / "unused")})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _texts(home: Path) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in (REPO / "data" / "samples").glob("*.txt")}


def _assert_valid(result: dict, home: Path) -> None:
    texts = _texts(home)
    for c in result["citations"]:
        Citation.model_validate(c, context={"texts": texts})


def test_arabic_casualty_question(cli, indexed_home):
    result = _ask(cli, indexed_home, "كم شرطيا قتل في هجوم كركوك؟")
    assert set(result) >= {"answer", "citations", "abstained"}
    assert result["abstained"] is False and result["language"] == "ar"
    assert "13" in result["answer"] and "[1]" in result["answer"]
    assert any("13" in c["quote"] and "كركوك" in c["quote"] for c in result["citations"])
    _assert_valid(result, indexed_home)


def test_english_participants_question(cli, indexed_home):
    result = _ask(cli, indexed_home, "Which forces take part in the joint operations room in Kirkuk?")
    assert result["abstained"] is False and result["language"] == "en"
    assert result["citations"]
    quotes = " ".join(c["quote"] for c in result["citations"])
    assert "كركوك" in quotes and ("البيشمركة" in quotes or "الحشد الشعبي" in quotes)
    _assert_valid(result, indexed_home)


@pytest.mark.parametrize("question", ["ما هي بنود الاتفاق الأمني بين بغداد وأربيل؟",
                                      "What are the provisions of the security agreement between Baghdad and Erbil?"])
def test_baghdad_erbil_agreement_provisions_name_the_parties_by_their_capitals(cli, indexed_home, question):
    result = _ask(cli, indexed_home, question)
    assert result["abstained"] is False
    assert "لواءين مشتركين" in result["answer"]
    assert any("بغداد" in c["quote"] or "أربيل" in c["quote"] for c in result["citations"])
    _assert_valid(result, indexed_home)


@pytest.mark.parametrize("question", ["What did Kadhimi do in Makhmour?", "ماذا فعل الكاظمي في مخمور؟"])
def test_what_did_kadhimi_do_in_makhmour_is_answered_from_the_sentences_about_him(cli, indexed_home, question):
    result = _ask(cli, indexed_home, question)
    assert result["abstained"] is False and result["citations"]
    first = result["citations"][0]["quote"]
    assert "الكاظمي" in first and "مخمور" in first
    if question.isascii():
        assert "Kadhimi" in result["answer"]
    _assert_valid(result, indexed_home)


def test_question_about_another_place_does_not_borrow_kirkuk_numbers(cli, indexed_home):
    result = _ask(cli, indexed_home, "كم قتيلا سقط في تفجير البصرة؟")
    assert result["abstained"] is False
    assert "13" not in result["answer"]
    assert all("البصرة" in c["quote"] for c in result["citations"][:1])
    _assert_valid(result, indexed_home)


@pytest.mark.parametrize("question", ["What is the capital of France?", "كم عدد سكان الموصل؟",
                                      "How many were killed in the Mosul attack?"])
def test_unanswerable_questions_abstain(cli, indexed_home, question):
    result = _ask(cli, indexed_home, question)
    assert result["abstained"] is True and result["citations"] == []


def test_plain_output_lists_numbered_citations(indexed_home):
    done = _marsad("ask", "كم شرطيا قتل في هجوم كركوك؟", "-k", "5", "--home", str(indexed_home), home=indexed_home)
    assert done.returncode == 0, done.stderr
    assert "[1]" in done.stdout and "004_dea87550024f26b2" in done.stdout


def test_empty_index_and_bad_input(cli, tmp_path):
    env = {"MARSAD_HOME": str(tmp_path / "empty")}
    empty = cli("ask", "كم شرطيا قتل في هجوم كركوك؟", "--json", env=env)
    assert empty.returncode == 0, empty.stderr
    assert json.loads(empty.stdout)["abstained"] is True
    blank = cli("ask", "   ", env=env)
    assert blank.returncode == 2 and "question" in blank.stderr and "empty" in blank.stderr  # a usage error (pass 54)
    llm = cli("ask", "سؤال", "--backend", "llm", env=env)
    assert llm.returncode == 2 and "MARSAD_LLM_BASE_URL" in llm.stderr
