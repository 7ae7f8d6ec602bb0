"""Recorded LLM responses: the key rule, replay and recording over real HTTP, and staleness."""

from __future__ import annotations

import json

import httpx
import pytest

from marsad.agent.llm.response_models import from_wire, to_wire
from marsad.evals import RECORDINGS_DIR
from marsad.evals.golden import load_golden
from marsad.evals.openai_server import OpenAICompatServer, Reply, ScriptedResponder
from marsad.evals.record_tool import REPLAY_MODEL
from marsad.evals.record_tool import main as record_tool_main
from marsad.evals.replay import (
    RecordingResponder,
    ReplayResponder,
    load_recordings,
    recording_key,
    window_text_of,
    write_recording_files,
)

TOOLS = [{"type": "function", "function": {"name": "ExtractRecords", "parameters": {"type": "object"}}}]


def _request(window: str, *, model: str = REPLAY_MODEL, system: str = "sys", tools: bool = True) -> dict:
    req = {"model": model, "messages": [
        {"role": "system", "content": system},
        {"role": "user", "content": f"Document: d\nCandidate mentions: x\n<article>\n{window}\n</article>"},
    ]}
    if tools:
        req["tools"] = TOOLS
    return req


@pytest.fixture(scope="module")
def golden():
    return load_golden()


@pytest.fixture(scope="module")
def recordings():
    return load_recordings(RECORDINGS_DIR, qa=False)  # the extraction windows (QA: tests/test_qa_replay.py)


def test_key_depends_only_on_model_and_window_text():
    a = _request("نص المقال", system="prompt v1")
    b = _request("نص المقال", system="prompt v2", tools=False)
    assert window_text_of(a) == "نص المقال"
    assert recording_key(REPLAY_MODEL, window_text_of(a)) == recording_key(REPLAY_MODEL, window_text_of(b))
    assert recording_key("other-model", "نص المقال") != recording_key(REPLAY_MODEL, "نص المقال")
    plain = {"messages": [{"role": "user", "content": "سؤال بلا مقال"}]}
    assert window_text_of(plain) == "سؤال بلا مقال"


def test_every_recording_is_labelled_and_keyed_to_a_golden_window(golden):
    for path in sorted(RECORDINGS_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert "hand-written" in data["recorded_by"] or "recorded with" in data["recorded_by"], path
        text = golden.docs[data["doc_id"]].text
        for w in data["windows"]:
            window = text[w["window_start"]:w["window_end"]]
            assert recording_key(data["model"], window) == w["key"], f"{path.name}: key does not match its window"


def test_recordings_match_the_windows_the_extractor_sends_now(tmp_path, recordings):
    """If windowing changes, this fails: regenerate with `python -m marsad.evals.record_tool`."""
    assert record_tool_main(["--out", str(tmp_path), "--force"]) == 0
    fresh = load_recordings(tmp_path)
    assert set(fresh) == set(recordings)


def test_replay_over_http_in_tool_and_json_modes(golden, recordings):
    doc = golden.docs["fx12_sulaiman_beg_ambush"]
    rec = next(r for r in recordings.values() if r.doc_id == doc.doc_id)
    with OpenAICompatServer(ReplayResponder(recordings)) as srv:
        tool = httpx.post(f"{srv.base_url}/chat/completions", json=_request(doc.text)).json()
        args = json.loads(tool["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"])
        # stored in contract names, served in the compact wire names the prompt asks for
        assert args == to_wire(rec.arguments) and from_wire(args)["actors"] == rec.arguments["actors"]
        assert args["attacks"][0]["killed"] == 6 and "q" in args["attacks"][0]  # the hand-written wrong number
        plain = httpx.post(f"{srv.base_url}/chat/completions", json=_request(doc.text, tools=False)).json()
        assert json.loads(plain["choices"][0]["message"]["content"]) == to_wire(rec.arguments)
        miss = httpx.post(f"{srv.base_url}/chat/completions", json=_request("نص غير مسجل"))
        assert miss.status_code == 400 and "no recorded response for key" in miss.text
        assert srv.responder.misses == [recording_key(REPLAY_MODEL, "نص غير مسجل")]


def test_recording_proxy_writes_files_that_replay_the_same_output(tmp_path, golden):
    doc = golden.docs["fx03_basra_assassination"]
    output = {"actors": [{"quotes": ["حيدر الموسوي"], "name": "حيدر الموسوي", "type": "civilian"}],
              "attacks": [], "joint_rooms": [], "agreements": []}
    upstream = OpenAICompatServer(ScriptedResponder([Reply.json_content(output)]))
    with upstream:
        proxy_responder = RecordingResponder(upstream.base_url, "secret-key")
        with OpenAICompatServer(proxy_responder) as proxy:
            reply = httpx.post(f"{proxy.base_url}/chat/completions", json=_request(doc.text, model="real-model",
                                                                                   tools=False))
            assert reply.status_code == 200
        assert upstream.requests[-1].headers.get("Authorization") == "Bearer secret-key"
    files = write_recording_files(proxy_responder.recorded, golden.texts, tmp_path, "recorded with test")
    assert [f.name for f in files] == ["fx03_basra_assassination.json"]
    assert "secret-key" not in files[0].read_text(encoding="utf-8")
    replayed = load_recordings(tmp_path)
    assert [r.arguments for r in replayed.values()] == [output]
    with OpenAICompatServer(ReplayResponder(replayed)) as srv:
        body = httpx.post(f"{srv.base_url}/chat/completions", json=_request(doc.text, model="real-model")).json()
        assert json.loads(body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]) == to_wire(output)


def test_llm_extractor_over_replay_grounds_and_drops_hallucinations(tmp_path, golden, recordings):
    from marsad.agent.llm import LLMExtractor
    from marsad.core.config import resolve_settings

    docs = [golden.docs[d] for d in ("fx01_tarmiyah_ied", "fx06_sinjar_room_suspended", "004_dea87550024f26b2")]
    with OpenAICompatServer(ReplayResponder(recordings)) as srv:
        settings = resolve_settings({"home": str(tmp_path), "llm_base_url": srv.base_url, "llm_model": REPLAY_MODEL,
                                     "llm_api_key": "replay", "llm_cache": False}, env={})
        outcomes = {o.doc.doc_id: o for o in LLMExtractor(settings).extract_batch(docs)}
    assert all(o.ok for o in outcomes.values()), {d: o.error for d, o in outcomes.items()}
    for doc_id, outcome in outcomes.items():
        text = golden.docs[doc_id].text
        for kind in ("actors", "attacks", "joint_rooms", "agreements"):
            for rec in getattr(outcome.records, kind):
                assert all(text[c.start:c.end] == c.quote for c in rec.citations)
    tarmiyah = outcomes["fx01_tarmiyah_ied"].records.attacks[0]
    assert tarmiyah.citations[0].quote.startswith("قُتل جنديان وأصيب")  # near-verbatim quote aligned to raw text
    assert outcomes["fx06_sinjar_room_suspended"].records.attacks == []  # invented attack dropped
    kirkuk = outcomes["004_dea87550024f26b2"].records.attacks[0]
    assert all("15" not in c.quote for c in kirkuk.citations) and kirkuk.killed == 13
