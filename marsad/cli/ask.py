"""`marsad ask`: answer a question from the indexed articles, with numbered citations."""

from __future__ import annotations

import json
import sys

from marsad.cli import EXIT_ERROR, EXIT_PARTIAL, EXIT_USAGE, add_publication_period, non_blank_question, positive_int
from marsad.core.errors import InputError, say_skipped

# User fixes, each once behind a switch (QUESTIONS_FROM_STDIN, STDIN_AS_FILE, ONE_BAD_QUESTION_SKIPPED):
# - ``marsad ask -`` reads the questions from standard input, one per line (a file of questions in one run); "-" was
#   itself asked as a question and answered "outside what the indexed articles cover".
# - ``ask -`` decodes its input as the loaders decode an article file (UTF-8 with or without a BOM, or windows-1256):
#   a question file saved by Notepad kept its BOM in the first question, and a windows-1256 one was read as
#   replacement characters and answered "outside what the indexed articles cover".
# - ``ask -``: a question that cannot be asked (longer than the limit) is told on stderr for its line (``skipped
#   question N: ...``; with --json a line ``{"question", "error"}``) and the next questions are answered; the exit
#   status is 4 when some failed (1 when all did). Before, the first such line ended the run: the questions after it
#   were never answered.
# - ``ask -`` (with or without --json): the keyword-only warning (the Chroma server failed) is told on stderr once per
#   outage, whatever the questions' languages, and each JSON line keeps its own "warning". With --json it was only
#   inside the lines (a user piping stdout to a file saw nothing), and the text output told one outage twice, once
#   in Arabic and once in English, for a file mixing both.


def _stdin_questions() -> list[str]:
    """The questions on standard input, one per line."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        text = sys.stdin.read()
    else:
        from marsad.index.decoding import decode_bytes

        data = buffer.read()
        text = decode_bytes(data, "standard input") if data.strip() else ""
    return [line.strip() for line in text.splitlines() if line.strip()]


def register(subparsers, parents) -> None:
    p = subparsers.add_parser(
        "ask", parents=parents, help="answer a question (Arabic or English) with cited sources",
        description="Answer a question from the indexed articles. Every claim cites an exact span; "
        "when the sources do not contain the answer, it says so (abstained).",
    )
    p.add_argument("question", type=non_blank_question,
                   help='the question, e.g. "كم شرطيا قتل في هجوم كركوك؟"; `-` reads one question per line from '
                        'standard input (with --json: one JSON object per line, each with its "question")')
    p.add_argument("--json", action="store_true",
                   help='print {"answer", "citations", "abstained", ...} as JSON (with the LLM backend, "usage" too: '
                        'requests, tokens, cache hits)')
    p.add_argument("-k", type=positive_int, default=None, help="hits per search step (default 12)")
    p.add_argument("--steps", type=positive_int, default=None, help="most search steps / tool calls (default 3)")
    add_publication_period(p, "read ")
    p.set_defaults(func=run)


def run(args) -> int:
    from marsad.agent.asking import ask  # the one entry of every front end: an empty period and a warning told
    from marsad.agent.qa import Answerer
    from marsad.agent.qa.answerer import DEFAULT_K, DEFAULT_STEPS
    from marsad.cli import settings_from_args
    from marsad.index.period import parse_period

    settings = settings_from_args(args)
    period = parse_period(args.since, args.until)
    shown: set[str] = set()  # the Fix lines already told
    outages: set[str] = set()  # the Chroma faults already told
    if args.question.strip() == "-":
        questions = _stdin_questions()
        if not questions:
            print("marsad ask: no question on standard input (one per line)", file=sys.stderr)
            return EXIT_USAGE
    else:
        questions = None
    with Answerer(settings, k=args.k or DEFAULT_K, max_steps=args.steps or DEFAULT_STEPS, period=period,
                  warm=False) as answerer:
        if questions is None:
            answer = ask(answerer, args.question)
            _show(answerer, answer, args.json, answer.warning)
            return 0
        failed = 0
        for n, question in enumerate(questions):
            try:
                answer = ask(answerer, question)
            except InputError as err:  # a question too long: told for its line, the others are answered
                failed += 1
                say_skipped(f"question {n + 1}", err.reason or str(err), err.hint, shown)
                if args.json:
                    print(json.dumps({"question": question[:80], "error": str(err)}, ensure_ascii=False), flush=True)
                continue
            fault = _outage(answerer, answer, outages)  # on stderr once per outage, as `marsad search` tells it
            if args.json:
                if fault:
                    print(f"marsad: warning: {fault}", file=sys.stderr, flush=True)
                print(json.dumps({"question": question, **_data(answerer, answer)}, ensure_ascii=False), flush=True)
                continue
            print(("\n" if n else "") + f"## {question}")
            _show(answerer, answer, False, fault)
    if failed:
        return EXIT_PARTIAL if failed < len(questions) else EXIT_ERROR
    return 0


def _outage(answerer, answer, told: set[str]) -> str | None:
    """``answer.warning`` the first time its Chroma fault is met (None after: told once per outage). The fault is
    known by the searcher's own English warning, so an Arabic and an English question meeting one outage tell it
    once, in the first one's language; a new fault (the server back, then down again, or restarted empty) is told."""
    key = getattr(answerer.searcher, "vector_fault", None)
    if not answer.warning:
        if key is None:  # the server answered again: a later outage is told anew
            told.clear()
        return None
    key = key or answer.warning
    if key in told:
        return None
    told.add(key)
    return answer.warning


def _data(answerer, answer) -> dict:
    """The answer's JSON (its ``warning`` when the Chroma server failed), with the LLM backend's ``usage``."""
    data = answer.model_dump(mode="json")
    usage = getattr(answerer, "last_usage", None)
    if usage is not None:  # the LLM backend: requests, tokens, cache hits of this question
        data["usage"] = usage
    return data


def _show(answerer, answer, as_json: bool, fault: str | None = None) -> None:
    """Print the answer (and ``fault``, its warning, on stderr unless told already)."""
    if fault:
        print(f"marsad: warning: {fault}", file=sys.stderr)
    if as_json:
        print(json.dumps(_data(answerer, answer), ensure_ascii=False, indent=2))
        return
    print(answer.answer)
    for n, c in enumerate(answer.citations, 1):
        print(f"\n[{n}] {c.doc_id} {c.start}-{c.end}\n    «{c.quote}»", flush=True)
