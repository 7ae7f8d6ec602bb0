from pathlib import Path

import pytest

from marsad.core.config import OPTIONS, Settings, resolve_settings
from marsad.core.errors import ConfigError


def test_defaults():
    s = resolve_settings({}, env={})
    assert s.home == Path(".marsad")
    assert s.backend == "auto" and s.effective_backend == "offline"
    assert s.embed_backend == "hash"


def test_flag_beats_env_beats_default():
    env = {"MARSAD_LLM_CONCURRENCY": "3", "MARSAD_HOME": "/tmp/envhome"}
    s = resolve_settings({"llm_concurrency": "5"}, env=env)
    assert s.llm_concurrency == 5
    assert s.home == Path("/tmp/envhome")


def test_openai_api_key_is_honoured_as_fallback():
    s = resolve_settings({}, env={"OPENAI_API_KEY": "k1", "MARSAD_LLM_MODEL": "m"})
    assert s.llm_api_key == "k1" and s.llm_configured and s.effective_backend == "llm"
    s = resolve_settings({}, env={"OPENAI_API_KEY": "k1", "MARSAD_LLM_API_KEY": "k2"})
    assert s.llm_api_key == "k2"


def test_bad_values_name_the_variable():
    with pytest.raises(ConfigError, match="MARSAD_LLM_CONCURRENCY"):
        resolve_settings({}, env={"MARSAD_LLM_CONCURRENCY": "many"})
    with pytest.raises(ConfigError, match="--backend"):
        resolve_settings({"backend": "gpt"}, env={})
    with pytest.raises(ConfigError, match="at least 1"):
        resolve_settings({"llm_concurrency": 0}, env={})


def test_bool_option():
    assert resolve_settings({}, env={"MARSAD_LLM_CACHE": "0"}).llm_cache is False
    assert resolve_settings({}, env={"MARSAD_LLM_CACHE": "yes"}).llm_cache is True


def test_every_settings_field_has_one_option():
    from dataclasses import fields

    assert {f.name for f in fields(Settings)} == {o.field for o in OPTIONS}
    assert len({o.env[0] for o in OPTIONS}) == len(OPTIONS)
    assert all(o.env[0].startswith("MARSAD_") for o in OPTIONS)
