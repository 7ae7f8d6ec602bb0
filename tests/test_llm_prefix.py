"""Item 2 of issue 15: every request starts with the same bytes (schema, system prompt, example).

Checked from outside, as a provider's prefix cache sees it: the local server renders each
chat request (tools, response format, messages in order) and reports the longest prefix it
shares with an earlier one (``GET /v1/stats``).
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from marsad.agent.llm import LLMExtractor
from marsad.agent.llm.prompts import SYSTEM_PROMPT
from marsad.agent.llm.response_models import to_wire
from marsad.core.config import resolve_settings
from marsad.evals.openai_server import OpenAICompatServer, Reply, ScriptedResponder, render_prompt
from marsad.schemas import Document

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
EMPTY = to_wire({"actors": [], "attacks": [], "joint_rooms": [], "agreements": []})


def _docs() -> list[Document]:
    return [Document(doc_id=p.stem, title=p.stem, text=p.read_text(encoding="utf-8"), published=f"2021-06-{10 + i}")
            for i, p in enumerate(sorted(SAMPLES.glob("*.txt"))[:4])]


def _run(home: Path, mode: str = "tools") -> tuple[list[dict], dict]:
    respond = (lambda r: Reply.tool_call(EMPTY)) if mode == "tools" else (lambda r: Reply.json_content(EMPTY, fenced=False))
    with OpenAICompatServer(ScriptedResponder(fallback=respond)) as srv:
        settings = resolve_settings({"home": str(home), "llm_base_url": srv.base_url, "llm_model": "m",
                                     "llm_mode": mode, "llm_concurrency": 1}, env={})
        outs = list(LLMExtractor(settings).extract_batch(_docs()))
        assert all(o.ok for o in outs)
        stats = httpx.get(f"{srv.base_url}/stats").json()
        return [r.body for r in srv.chat_requests], stats


@pytest.mark.parametrize("mode", ["tools", "json_schema"])
def test_every_request_shares_the_schema_and_system_prompt_prefix(tmp_path, mode):
    bodies, stats = _run(tmp_path / "a", mode)
    assert stats["requests"] == len(bodies) == 4
    # the stable part: tools / response format, then the whole system message
    stable = render_prompt({**bodies[0], "messages": bodies[0]["messages"][:1]})
    assert bodies[0]["messages"][0] == {"role": "system", "content": SYSTEM_PROMPT}
    assert stats["min_shared"] >= len(stable)  # nothing document-specific comes before the user message
    assert stats["share"] > 0.4
    # and byte-identical across runs of one version (a fresh process state, another home)
    again, _ = _run(tmp_path / "b", mode)
    for a, b in zip(bodies, again, strict=True):
        assert json.dumps(a, ensure_ascii=False) == json.dumps(b, ensure_ascii=False)


def test_server_reports_the_longest_shared_prefix_per_request():
    with OpenAICompatServer([Reply.content("{}")] * 3) as srv:
        for user in ("abc", "abd", "xyz"):
            httpx.post(f"{srv.base_url}/chat/completions",
                       json={"model": "m", "messages": [{"role": "system", "content": "S"},
                                                        {"role": "user", "content": user}]})
        stats = srv.prefix_stats()
    rows = stats["prefixes"]
    assert rows[0]["shared"] == 0
    assert rows[1]["shared"] == rows[1]["chars"] - 1  # all but the last letter
    assert rows[2]["shared"] == rows[2]["chars"] - 3  # up to the user message
