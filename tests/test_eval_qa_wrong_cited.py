"""A wrong QA answer in the eval's details names the articles it cites (where a wrong answer came from)."""

from __future__ import annotations

import io
import json
import shutil

from marsad.core.config import resolve_settings
from marsad.evals.golden import GOLDEN_DIR
from marsad.evals.harness import run_eval


def test_wrong_answer_lists_its_cited_articles(tmp_path):
    golden = tmp_path / "golden"
    shutil.copytree(GOLDEN_DIR, golden)
    manifest = json.loads((GOLDEN_DIR / "manifest.json").read_text(encoding="utf-8"))
    manifest["articles"] = [str((GOLDEN_DIR / a).resolve()) for a in manifest["articles"]]
    (golden / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    item = {"id": "qx1", "question": "كم عدد عناصر الشرطة الاتحادية الذين قتلوا في هجوم كركوك؟", "language": "ar",
            "facts": [["977"]], "supporting_docs": ["004_dea87550024f26b2"]}  # a count no article states
    (golden / "qa.jsonl").write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    settings = resolve_settings({"home": str(tmp_path / "home")}, env={})
    run = run_eval(settings, backend="offline", suites="qa", golden_dir=golden, out=io.StringIO())
    wrong = run.details["qa"]["qa_wrong"]
    assert [w["id"] for w in wrong] == ["qx1"]
    assert wrong[0]["abstained"] is False and wrong[0]["answer"]
    assert wrong[0]["cited"] == ["004_dea87550024f26b2"]
