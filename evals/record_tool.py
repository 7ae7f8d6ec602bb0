"""Regenerate the skeleton of ``evals/recordings`` (run when windowing or the model name changes).

Usage::

    python -m marsad.evals.record_tool                      # add missing windows with empty replies
    python -m marsad.evals.record_tool --draft-from-gold    # ... with replies drafted from the gold annotations
    python -m marsad.evals.record_tool --force              # rewrite every file (existing replies dropped)
    python -m marsad.evals.record_tool --qa                 # (re)key the QA conversations of recordings/qa

The tool runs the real LLM extractor over the golden articles against the local
OpenAI-compatible server with a *capturing* responder: every request the extractor
sends is keyed (:func:`marsad.evals.replay.recording_key`) and answered with a draft reply, so
the files list exactly the windows the current code asks about. Existing replies are
kept unless ``--force``. Drafted replies are a starting point for hand-written
recordings: edit them, and say so in the file's ``recorded_by``. To record a real
model instead, use ``marsad eval --backend llm --record`` with a server configured.

``--qa`` plays each conversation of ``recordings/qa/*.json`` (its turns' replies, in order)
through the real QA tool loop over an index of the golden articles (plus the file's own
``articles``, if any) and writes each turn's key (:func:`marsad.evals.replay.qa_recording_key`)
and what the model had read at that turn; a hand-written conversation is written with
replies only and keyed this way. Run it when what the searches return changes.

"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from marsad.evals import GOLDEN_DIR, RECORDINGS_DIR
from marsad.evals.golden import GoldenSet, GoldItem, load_golden
from marsad.evals.openai_server import OpenAICompatServer, Reply
from marsad.evals.replay import (
    QA_SUBDIR,
    qa_reply,
    qa_turn_of,
    recording_key,
    request_recording_key,
    window_text_of,
    write_recording_files,
)

__all__ = ["REPLAY_MODEL", "draft_reply", "capture_recordings", "key_qa_conversations", "main"]

REPLAY_MODEL = "marsad-replay"
_EMPTY = {"actors": [], "attacks": [], "joint_rooms": [], "agreements": []}


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return next((v for v in value if v is not None), None)
    return value


def _names(groups: list) -> list[str]:
    return [g[0] if isinstance(g, list) else g for g in groups or []]


def _location(loc: dict | None) -> dict | None:
    if not loc:
        return None
    return {k: loc[k] for k in ("name", "canonical_name", "name_en") if loc.get(k)}


def _draft_item(item: GoldItem) -> dict:
    f = item.fields
    out: dict[str, Any] = {"quotes": list(item.quotes)}
    if item.kind == "actors":
        out |= {k: f[k] for k in ("name", "name_en", "type", "role", "affiliation") if f.get(k)}
        return out
    for key in ("date", "date_precision", "status", "agreement_type", "attack_type", "killed", "injured",
                "target", "background", "lead"):
        if key in f:
            out[key] = f[key]
    if "perpetrator" in f:
        out["perpetrator"] = _first(f["perpetrator"])
    if "location" in f:
        out["location"] = _location(f["location"])
    for key in ("participants", "parties"):
        if key in f:
            out[key] = _names(f[key])
    if "provisions" in f:
        out["provisions"] = list(f["provisions"])
    return out


def draft_reply(golden: GoldenSet, doc_id: str | None, window: str) -> dict:
    """A reply drafted from the gold items whose evidence lies inside ``window`` (optional items left out)."""
    if doc_id is None:
        return dict(_EMPTY)
    reply: dict[str, list] = {k: [] for k in _EMPTY}
    for kind, items in golden.items.get(doc_id, {}).items():
        for item in items:
            if not item.optional and all(q in window for q in item.quotes):
                reply[kind].append(_draft_item(item))
    return reply


def capture_recordings(golden: GoldenSet, model: str, *, draft: bool) -> list[dict]:
    """Run the LLM extractor over the golden articles against a capturing server.

    Returns:
        ``{"key", "model", "window", "arguments"}`` entries, one per request.
    """
    from marsad.agent.llm import LLMExtractor
    from marsad.core.config import resolve_settings

    entries: list[dict] = []
    lock = threading.Lock()
    texts = golden.texts

    def responder(request: dict) -> Reply:
        window = window_text_of(request)
        doc_id = next((d for d, t in texts.items() if window and window in t), None)
        arguments = draft_reply(golden, doc_id, window) if draft else dict(_EMPTY)
        with lock:
            entries.append({"key": recording_key(request.get("model") or "", window), "model": request.get("model"),
                            "window": window, "arguments": arguments})
        return Reply.tool_call(arguments) if request.get("tools") else Reply.json_content(arguments, fenced=False)

    with tempfile.TemporaryDirectory(prefix="marsad-record-") as tmp, OpenAICompatServer(responder, models=[model]) as srv:
        settings = resolve_settings({"home": tmp, "llm_base_url": srv.base_url, "llm_model": model,
                                     "llm_api_key": "capture", "llm_cache": False}, env={})
        extractor = LLMExtractor(settings)
        for outcome in extractor.extract_batch(list(golden.docs.values())):
            if not outcome.ok:
                print(f"warning: {outcome.doc.doc_id}: {outcome.error}", file=sys.stderr)
    unique = {e["key"]: e for e in entries}  # re-asks repeat a window
    return list(unique.values())


class _Conversation:
    """Serves one recorded conversation's replies in order and notes each request's key."""

    def __init__(self, turns: list[dict]):
        self.turns = turns
        self.served = 0

    def __call__(self, request: dict) -> Reply:
        if qa_turn_of(request) is None:
            return Reply.error(400, "not a QA request")
        if self.served >= len(self.turns):
            return Reply.error(400, f"the conversation has {len(self.turns)} turn(s) and the loop asked for more")
        turn = self.turns[self.served]
        self.served += 1
        turn["key"] = request_recording_key(request)[0]
        turn["turn"] = qa_turn_of(request)[1]  # type: ignore[index]
        return qa_reply(request, turn["reply"])


def qa_index_settings(home: Path, base_url: str | None = None, model: str = REPLAY_MODEL):
    """The settings the eval's QA suite runs with in replay (index home, the replay server, no cache)."""
    from marsad.core.config import resolve_settings

    options: dict[str, Any] = {"home": str(home), "collection": "marsad-eval", "llm_cache": False}
    if base_url:
        options |= {"backend": "llm", "llm_base_url": base_url, "llm_model": model, "llm_api_key": "replay"}
    return resolve_settings(options, env={})


def build_qa_index(home: Path, golden: GoldenSet, articles: list[dict] | None = None) -> None:
    """Index the golden articles (and a conversation's own ``articles``) into ``home``, as the eval does."""
    from marsad.index.ingest import ingest

    paths = list(golden.article_paths)
    if articles:
        home.mkdir(parents=True, exist_ok=True)
        extra = home / "conversation_articles.jsonl"
        extra.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
        paths.append(extra)
    report = ingest(qa_index_settings(home), paths, progress=False)
    if report.failed:
        raise RuntimeError(f"indexing for the QA conversations failed: {report.failed}")


def key_qa_conversations(golden: GoldenSet, directory: Path, model: str = REPLAY_MODEL) -> list[Path]:
    """Key every conversation file of ``directory`` (see the module doc); returns the files rewritten.

    Raises:
        RuntimeError: a conversation has more or fewer turns than the loop asks for.
    """
    from marsad.agent.qa import Answerer

    written: list[Path] = []
    files = sorted(Path(directory).glob("*.json"))
    groups: dict[str, list[tuple[Path, dict]]] = {}
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("kind") == "qa":
            groups.setdefault(json.dumps(data.get("articles") or [], sort_keys=True), []).append((path, data))
    for articles_json, convs in groups.items():
        with tempfile.TemporaryDirectory(prefix="marsad-qa-key-") as tmp:
            home = Path(tmp) / "index"
            build_qa_index(home, golden, json.loads(articles_json))
            for path, data in convs:
                conversation = _Conversation(data["turns"])
                with OpenAICompatServer(conversation, models=[model]) as srv, \
                        Answerer(qa_index_settings(home, srv.base_url, model)) as answerer:
                    answerer.ask(data["question"])
                if conversation.served != len(data["turns"]):
                    raise RuntimeError(f"{path}: {len(data['turns'])} turn(s) recorded, the loop used "
                                       f"{conversation.served}")
                data["model"] = model
                data["key_rule"] = "sha256(model + '\\nqa\\n' + question + '\\n' + turn), turn = phase and the " \
                                   "sorted doc ids of every search result read so far"
                path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m marsad.evals.record_tool", description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=REPLAY_MODEL, help=f"model name the keys are made with (default {REPLAY_MODEL})")
    parser.add_argument("--out", type=Path, default=RECORDINGS_DIR, help="recordings directory")
    parser.add_argument("--golden", type=Path, default=GOLDEN_DIR, help="golden set directory")
    parser.add_argument("--draft-from-gold", action="store_true", help="draft replies from the gold annotations")
    parser.add_argument("--force", action="store_true", help="drop existing replies and rewrite every file")
    parser.add_argument("--qa", action="store_true", help=f"(re)key the QA conversations of <out>/{QA_SUBDIR}")
    args = parser.parse_args(argv)
    golden = load_golden(args.golden)
    if args.qa:
        written = key_qa_conversations(golden, args.out / QA_SUBDIR, args.model)
        print(f"keyed {len(written)} QA conversation file(s) in {args.out / QA_SUBDIR}")
        return 0
    entries = capture_recordings(golden, args.model, draft=args.draft_from_gold)
    provenance = ("hand-written fixture (no real LLM available): replies drafted from the golden annotations by "
                  "`python -m marsad.evals.record_tool --draft-from-gold`, then edited by hand") if args.draft_from_gold \
        else "skeleton from `python -m marsad.evals.record_tool`: replies are empty; write them by hand or --record"
    written = write_recording_files(entries, golden.texts, args.out, provenance, keep_existing=not args.force)
    print(f"{len(entries)} window(s) captured; wrote {len(written)} file(s) to {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
