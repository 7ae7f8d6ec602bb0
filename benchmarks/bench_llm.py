"""Benchmark: LLM extraction throughput against a local server with 200 ms latency per request.

Target: 200 documents at concurrency 16 finish within 1.3x of the ideal
(documents x requests per document x 0.2 s / 16). Also prints requests per document and
prompt tokens per document (tiktoken o200k_base, from the files llama-index ships; the
tool definition counted as the SDK sends it, compact JSON), the prompt's overhead (system
prompt + example + response schema + framing; target <= 1,500 tokens) against the
article's own tokens, and the share of the prompt in the stable prefix (schema and system
prompt, byte-identical in every request, which provider prefix caches reuse).

The server runs in its own process (as a real one would), answering every window with
records quoted from that window, so the full path runs: HTTP, instructor parsing,
grounding, merging.

Run: ``.venv/bin/python benchmarks/bench_llm.py [--docs 200] [--concurrency 16] [--latency 0.2]``
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from marsad.agent.llm import LLMExtractor  # noqa: E402
from marsad.agent.llm.prompts import build_messages  # noqa: E402
from marsad.agent.llm.response_models import ExtractRecords  # noqa: E402
from marsad.agent.llm.windows import DEFAULT_OVERLAP_CHARS, DEFAULT_WINDOW_CHARS, split_windows  # noqa: E402
from marsad.core.arabic import split_sentences  # noqa: E402
from marsad.core.config import apply_offline_env, resolve_settings  # noqa: E402
from marsad.evals.openai_server import OpenAICompatServer, Reply, free_port  # noqa: E402
from marsad.schemas import Document  # noqa: E402

_ARTICLE = re.compile(r"<article>\n(.*)\n</article>", re.S)


def quoting_responder(request: dict) -> Reply:
    """Answer a window with one actor and one attack quoted from its first sentences."""
    user = next(m["content"] for m in reversed(request["messages"]) if m["role"] == "user")
    text = _ARTICLE.search(user).group(1)
    sentences = [text[s:e] for s, e in split_sentences(text) if e - s > 30][:3] or [text[:80]]
    reply = {
        "actors": [{"quotes": [sentences[0][:60]], "name": "الحشد الشعبي", "type": "paramilitary"}],
        "attacks": [{"quotes": [sentences[-1]], "attack_type": "armed_assault", "killed": None}],
        "joint_rooms": [],
        "agreements": [],
    }
    return Reply.tool_call(reply, usage=(len(user) // 3, 120))


def serve(port: int, latency: float, ready, stop) -> None:
    """Run the server in this (child) process until ``stop`` is set."""
    with OpenAICompatServer(quoting_responder, latency=latency, port=port):
        ready.set()
        stop.wait()


def synthesise(n: int) -> list[Document]:
    """``n`` distinct documents made from the sample articles (paragraphs rotated, a tag line)."""
    samples = sorted((REPO / "data" / "samples").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in samples]
    docs = []
    for i in range(n):
        paras = [p for p in texts[i % len(texts)].split("\n") if p.strip()]
        k = (i // len(texts)) % max(1, len(paras) - 1)
        body = "\n".join([paras[0], *paras[1 + k:], *paras[1:1 + k]])
        docs.append(Document(doc_id=f"bench-{i:04d}", title=paras[0], published="2021-06-20",
                             text=f"{body}\n(نسخة {i})\n"))
    return docs


def count_tokens(docs: list[Document], extractor: LLMExtractor) -> dict[str, float]:
    """Prompt tokens per document and their parts (as the extractor builds them), with o200k_base."""
    apply_offline_env()
    import tiktoken

    enc = tiktoken.get_encoding("o200k_base")
    from marsad.agent.llm.client import wire_model

    # the tool definition exactly as the openai SDK sends it (httpx: compact JSON)
    schema = json.dumps([{"type": "function", "function": wire_model(ExtractRecords).openai_schema}],
                        ensure_ascii=False, separators=(",", ":"))
    schema_tokens = len(enc.encode(schema))
    system_tokens = article_tokens = user_tokens = n_windows = 0
    for doc in docs:
        windows = split_windows(doc.text, DEFAULT_WINDOW_CHARS, DEFAULT_OVERLAP_CHARS)
        hints = extractor.window_hints(doc, windows)
        for w in windows:
            system, user = build_messages(doc, doc.text[w.start:w.end], index=w.index + 1, count=len(windows),
                                          hints=hints[w.index])
            system_tokens += len(enc.encode(system["content"]))
            user_tokens += len(enc.encode(user["content"]))
            article_tokens += len(enc.encode(doc.text[w.start:w.end]))
            n_windows += 1
    n = len(docs)
    prompt = system_tokens + user_tokens + schema_tokens * n_windows
    return {
        "prompt": prompt / n,
        "article": article_tokens / n,
        "system": system_tokens / n,
        "schema": schema_tokens * n_windows / n,
        "framing": (user_tokens - article_tokens) / n,  # document header, hints, <article> tags
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--no-hints", action="store_true", help="do not offer the rules' candidate mentions in the prompt")
    args = ap.parse_args()

    docs = synthesise(args.docs)
    port = free_port()
    ctx = mp.get_context("fork")
    ready, stop = ctx.Event(), ctx.Event()
    server = ctx.Process(target=serve, args=(port, args.latency, ready, stop), daemon=True)
    server.start()
    try:
        if not ready.wait(10):
            print("server did not start", file=sys.stderr)
            return 1
        with tempfile.TemporaryDirectory() as home:
            settings = resolve_settings({"home": home, "llm_base_url": f"http://127.0.0.1:{port}/v1",
                                         "llm_model": "bench-model", "llm_concurrency": args.concurrency}, env={})
            extractor = LLMExtractor(settings, hints=not args.no_hints)
            # warm imports (openai, instructor) outside the timed run
            LLMExtractor(settings.with_(llm_cache=False)).extract(synthesise(1)[0])
            t0 = time.perf_counter()
            outcomes = list(extractor.extract_batch(docs))
            wall = time.perf_counter() - t0
    finally:
        stop.set()
        server.join(5)

    report = extractor.report()
    usage = report["usage"]
    failed = sum(1 for o in outcomes if not o.ok)
    per_doc = usage["requests"] / len(docs)
    ideal = len(docs) * per_doc * args.latency / args.concurrency
    tokens = count_tokens(docs, extractor)
    print(f"documents: {len(docs)}  failed: {failed}  concurrency: {args.concurrency}  latency: {args.latency * 1000:.0f} ms")
    print(f"requests/doc: {per_doc:.2f}  (windows/doc {sum(o.stats['windows'] for o in outcomes) / len(docs):.2f})")
    if ideal > 0:
        print(f"wall: {wall:.2f} s  ideal: {ideal:.2f} s  ratio: {wall / ideal:.3f}  (target <= 1.30: "
              f"{'PASS' if wall / ideal <= 1.3 else 'FAIL'})")
    else:
        print(f"wall: {wall:.2f} s  ({wall / len(docs) * 1000:.1f} ms of client work per document)")
    print(f"prompt tokens/doc (o200k_base): {tokens['prompt']:.0f}  = article {tokens['article']:.0f}"
          f" + system prompt/examples {tokens['system']:.0f} + response schema {tokens['schema']:.0f}"
          f" + header/hints {tokens['framing']:.0f}")
    overhead = tokens["prompt"] - tokens["article"]
    print(f"prompt overhead/doc: {overhead:.0f} tokens = {overhead / tokens['article']:.2f}x the article's own tokens"
          f"  (target <= 1500: {'PASS' if overhead <= 1500 else 'FAIL'})")
    stable = tokens["schema"] + tokens["system"]
    print(f"stable prefix (schema + system prompt + example, byte-identical in every request): {stable:.0f} tokens"
          f" = {stable / tokens['prompt']:.1%} of the prompt")
    print(f"grounding: {json.dumps({k: v for k, v in report['grounding'].items() if v}, ensure_ascii=False)}")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
