"""The built wheel is one import root and works on its own (issue: chromadb ships a top-level
``schemas/``; our folders must install under ``marsad.``).

Builds the wheel with pip, checks its top level, installs it with ``--no-deps`` into a fresh venv
that borrows the third-party packages of the running environment (a ``.pth`` line; no download),
and runs ``marsad ingest``, ``search``, ``extract`` and ``ask`` on the bundled samples from a
directory outside the repository, so nothing can be imported from the source tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "data" / "samples"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(out), str(REPO)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    (whl,) = out.glob("marsad-*.whl")
    return whl


def test_wheel_holds_only_the_marsad_namespace(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"marsad"}
    for expected in ("marsad/schemas/records.py", "marsad/index/search.py", "marsad/agent/offline/attacks.py",
                     "marsad/evals/baseline.json", "marsad/evals/golden/qa.jsonl",
                     "marsad/core/lexicon/data/places.json", "marsad/agent/qa/data/qa_names.json",
                     "marsad/agent/qa/data/qa_words.json", "marsad/ui/app.py", "marsad/cli/__init__.py"):
        assert expected in names, expected


def test_installed_wheel_runs_the_main_commands(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # third-party packages come from the running environment (its site-packages, after the venv's own)
    (Path(site) / "_borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", site, str(wheel)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {**os.environ, "MARSAD_HOME": str(tmp_path / "home"), "PYTHONPATH": ""}
    env.pop("MARSAD_LLM_BASE_URL", None)

    def marsad(*args: str) -> str:
        p = subprocess.run([str(py), "-m", "marsad", *args], cwd=work, env=env, capture_output=True, text=True,
                           timeout=300)
        assert p.returncode == 0, f"marsad {' '.join(args)}: {p.stdout[-2000:]}{p.stderr[-3000:]}"
        return p.stdout

    where = subprocess.run([str(py), "-c", "import marsad.schemas as s; print(s.__file__)"], cwd=work, env=env,
                           capture_output=True, text=True, check=True).stdout
    assert where.startswith(site), where
    marsad("ingest", str(SAMPLES), "--no-progress")
    assert "كركوك" in marsad("search", "غرفة عمليات مشتركة في كركوك", "-k", "3")
    out = tmp_path / "records.jsonl"
    marsad("extract", str(SAMPLES), "--backend", "offline", "--out", str(out))
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    answer = marsad("ask", "كم عدد قتلى الشرطة الاتحادية في كركوك؟")
    assert "13" in answer
