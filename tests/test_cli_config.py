"""`marsad config` shows what a run would use: absolute paths, the key hidden."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_config_shows_the_home_as_an_absolute_path(cli):
    r = cli("config", "--json", "--home", "rel-home", env={"MARSAD_LLM_API_KEY": "sk-secret"})
    assert r.returncode == 0, r.stderr
    values = json.loads(r.stdout)
    assert values["home"] == str(REPO / "rel-home")  # resolved against the directory it runs in
    assert values["llm_api_key"] == "***"
    text = cli("config", "--home", "rel-home").stdout
    assert str(REPO / "rel-home") in text and "sk-secret" not in text
