"""The LLM path resolves its records' places and actors through the registry (issue 12, item 7)."""

from __future__ import annotations

from marsad.agent.llm import LLMExtractor
from marsad.agent.llm.response_models import to_wire
from marsad.core.config import resolve_settings
from marsad.evals.openai_server import OpenAICompatServer, Reply
from marsad.schemas import Document

TEXT = "أعلنت خلية الإعلام الأمني أمس مقتل جنديين بانفجار عبوة ناسفة في قضاء الحويجة.\nوقال الجيش العراقي إن التحقيق جار."
REPLY = to_wire({
    "actors": [{"quotes": ["الجيش العراقي"], "name": "الجيش العراقي", "type": "state_military"}],
    "attacks": [{"quotes": ["مقتل جنديين بانفجار عبوة ناسفة في قضاء الحويجة"], "attack_type": "ied",
                 "location": {"name": "قضاء الحويجة"}, "killed": 2}],
    "joint_rooms": [],
    "agreements": [],
})


def test_llm_records_gain_coordinates_country_and_registry_actor(marsad_home):
    with OpenAICompatServer([Reply.tool_call(REPLY)]) as srv:
        flags = {"home": str(marsad_home), "llm_base_url": srv.base_url, "llm_model": "qwen2.5-7b-instruct-local"}
        ex = LLMExtractor(resolve_settings(flags, env={}), base_wait=0.01, max_wait=0.05)
        [out] = list(ex.extract_batch([Document(doc_id="d1", title="t", text=TEXT, published="2021-06-20")]))
    assert out.ok, out.error
    [attack] = out.records.attacks
    loc = attack.location
    assert loc.name == "قضاء الحويجة"  # as written
    assert loc.canonical_name == "الحويجة" and loc.country == "IQ"
    assert loc.lat is not None and loc.lon is not None and loc.geo_precision
    [actor] = out.records.actors
    assert getattr(actor, "registry_id", None)
