"""Issue 10.8: careless use gives a clear error, never a traceback."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("command", [("ingest", "data/samples"), ("search", "كركوك"), ("config",)])
def test_home_pointing_at_a_file_is_a_clear_error(tmp_path, cli, command):
    home = tmp_path / "home.txt"
    home.write_text("not a directory", encoding="utf-8")
    res = cli(*command, "--home", str(home))
    assert res.returncode == 2, res.stderr
    assert "is a file, not a directory" in res.stderr and "Traceback" not in res.stderr
