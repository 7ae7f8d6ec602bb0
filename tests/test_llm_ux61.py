"""`marsad extract --backend llm` as a user meets it (ux61): the real CLI against the local OpenAI-compatible server
over HTTP, with scripted faults per document, then a re-run that resumes."""

from __future__ import annotations

import json
import re

from marsad.evals.openai_server import OpenAICompatServer, Reply

_ARTICLE = re.compile(r"<article>\n(.*)\n</article>", re.S)

# articles written for this test: one sentence each, a marker word telling the server which fault to script
_TEXTS = {
    "ok1": "أعلنت قيادة الشرطة في مدينة الزهور أن دورية اعتقلت ثلاثة مطلوبين قرب السوق القديم.",
    "err500": "قال مسؤول محلي في بلدة النخيل إن الأمطار الغزيرة أغلقت الطريق الرئيسي طوال يوم الخميس.",
    "hang": "افتتحت وزارة التربية مدرسة جديدة في قرية السنابل تتسع لأربعمئة تلميذ وتلميذة.",
    "badjson": "أكد محافظ الوادي الأخضر أن العمل في الجسر الجديد سينتهي قبل نهاية الصيف المقبل.",
    "invented": "ذكر بيان لمديرية الدفاع المدني أن فرقها أخمدت حريقا في مخزن للأخشاب دون إصابات.",
    "ok2": "استقبل رئيس مجلس بلدية التلال وفدا من التجار لبحث تنظيم الأسواق الشعبية في المدينة.",
}


def _responder(healed: dict):
    def answer(request: dict) -> Reply:
        user = next(m["content"] for m in request["messages"] if m["role"] == "user" and "<article>" in m["content"])
        text = _ARTICLE.search(user).group(1)
        name = next(k for k, t in _TEXTS.items() if t[:30] in text)
        fault = None if healed["on"] else name
        if fault == "err500":
            return Reply.error(500, "scripted server error")
        if fault == "hang":
            return Reply.hang(600)  # outlasts any time-out; the server's stop cuts it short
        if fault == "badjson":
            return Reply.tool_call('{"actors": [{"quotes": ["', usage=(900, 10))
        quote = "جملة لا وجود لها في المقال أصلا" if fault == "invented" else text[:30]
        return Reply.tool_call({"actors": [{"quotes": [quote], "name": quote[:12], "type": "other"}],
                                "attacks": [], "joint_rooms": [], "agreements": []}, usage=(900, 40))
    return answer


def test_faulty_documents_never_sink_the_batch_and_a_rerun_resumes_without_a_client(cli, tmp_path, monkeypatch):
    """A 500, a time-out and malformed JSON each fail their own document (named on stderr with its Fix, kept in
    FILE.errors.jsonl, exit 4); a reply quoting a sentence the article lacks keeps its document with the invented
    record dropped; the good ones are written. Healed, a re-run asks only the three failed documents and removes the
    errors file. A last re-run with every document done sends nothing and builds no LLM client: before ux61 it built
    one anyway (importing openai and instructor: 8 s of a run that had nothing to do)."""
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": k, "title": k, "date": "2021-04-05", "text": t}, ensure_ascii=False)
                              + "\n" for k, t in _TEXTS.items()), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    healed = {"on": False}
    with OpenAICompatServer(_responder(healed)) as srv:
        # no transport retry: the hung document fails after one 8 s time-out, not two; a retried request that fails
        # again through the real CLI is test_llm_breaker's (and test_llm_extractor's in the extractor)
        env = {"MARSAD_LLM_BASE_URL": srv.base_url, "MARSAD_LLM_MODEL": "local-test", "MARSAD_LLM_API_KEY": "x",
               "MARSAD_LLM_TIMEOUT": "8", "MARSAD_LLM_MAX_RETRIES": "0", "MARSAD_LLM_BREAKER": "0"}
        args = ("extract", str(source), "--backend", "llm", "--out", str(out), "--no-progress")
        first = cli(*args, env=env)
        assert first.returncode == 4, first.stderr
        for name, said in (("err500", "HTTP 500"), ("hang", "timed out"), ("badjson", "failed validation")):
            assert re.search(rf"skipped .*\[{name}\]: [^\n]*{said}", first.stderr), (name, first.stderr)
        assert "Traceback" not in first.stderr
        rows = {r["doc_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
        assert set(rows) == {"ok1", "ok2", "invented"}
        assert rows["invented"]["actors"] == [] and len(rows["ok1"]["actors"]) == 1
        errors = [json.loads(line) for line in out.with_name("out.errors.jsonl").read_text().splitlines()]
        assert sorted(e["doc_id"] for e in errors) == ["badjson", "err500", "hang"] and all(e["fix"] for e in errors)

        healed["on"] = True
        before = len(srv.chat_requests)
        second = cli(*args, env=env)
        assert second.returncode == 0, second.stderr
        assert len(srv.chat_requests) - before == 3  # only the failed documents were asked again
        summary = json.loads(second.stderr[second.stderr.index("{"):])
        assert (summary["extracted"], summary["resumed"], summary["failed"]) == (3, 3, 0)
        assert not out.with_name("out.errors.jsonl").exists()
        lines = out.read_text(encoding="utf-8").splitlines()
        assert sorted(json.loads(line)["doc_id"] for line in lines) == sorted(_TEXTS)  # none lost, none twice

        import marsad.agent.llm.extractor as llm_extractor

        def no_client(*_a, **_k):
            raise AssertionError("a run with nothing to extract built an LLM client")

        monkeypatch.setattr(llm_extractor, "build_async_client", no_client)
        third = cli(*args, env=env)
        assert third.returncode == 0, third.stderr
        assert json.loads(third.stderr[third.stderr.index("{"):])["resumed"] == 6
        assert len(srv.chat_requests) - before == 3
