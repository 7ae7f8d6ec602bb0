"""The retry layer's pure parts: Retry-After parsing, error translation, reachability."""

from __future__ import annotations

import email.utils
import time

import httpx
import openai
import pytest

from marsad.agent.llm.retry import FatalLLMError, check_reachable, explain_failure, lost_connection, retry_after_seconds
from marsad.agent.llm.usage import UsageMeter
from marsad.core.errors import LLMRetryExhaustedError, LLMUnavailableError
from marsad.evals.openai_server import free_port


def test_retry_after_forms():
    assert retry_after_seconds({"Retry-After": "3"}) == 3.0
    assert retry_after_seconds({"retry-after": "0.25"}) == 0.25
    assert retry_after_seconds({"retry-after-ms": "1500", "Retry-After": "9"}) == 1.5
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 < retry_after_seconds({"Retry-After": later}) <= 31
    assert retry_after_seconds({"Retry-After": "soon"}) is None
    assert retry_after_seconds({}) is None
    assert retry_after_seconds({"Retry-After": "-4"}) == 0.0


def _status_error(status: int, message: str) -> openai.APIStatusError:
    request = httpx.Request("POST", "http://127.0.0.1/v1/chat/completions")
    response = httpx.Response(status, json={"error": {"message": message}}, request=request)
    cls = {404: openai.NotFoundError, 500: openai.InternalServerError}[status]
    return cls(message, response=response, body={"error": {"message": message}})


def test_explain_failure_carries_attempts_and_usage():
    meter = UsageMeter(requests=5, prompt_tokens=1200, completion_tokens=40, retries=4)
    err = explain_failure(_status_error(500, "overloaded"), meter, base_url="http://x/v1", timeout=60)
    assert isinstance(err, LLMRetryExhaustedError)
    assert err.attempts == 5 and err.usage["prompt_tokens"] == 1200 and "HTTP 500" in err.message
    assert "(after 5 attempt(s))" in str(err)


def test_explain_failure_wrong_model_is_fatal_with_a_fix():
    err = explain_failure(_status_error(404, "model not found"), UsageMeter(requests=1), base_url="http://x/v1",
                          timeout=60)
    assert isinstance(err, FatalLLMError) and "MARSAD_LLM_MODEL" in str(err)


def test_explain_failure_timeout_and_connection():
    request = httpx.Request("POST", "http://x/v1/chat/completions")
    timeout = explain_failure(openai.APITimeoutError(request=request), UsageMeter(requests=3), base_url=None, timeout=7)
    assert "timed out after 7s" in timeout.message and not lost_connection(openai.APITimeoutError(request=request))
    lost = openai.APIConnectionError(request=request)
    assert lost_connection(lost) and "lost the connection" in explain_failure(lost, UsageMeter(), base_url="u",
                                                                             timeout=1).message


def test_check_reachable():
    with pytest.raises(LLMUnavailableError, match="not an http"):
        check_reachable("ftp://example/v1")
    with pytest.raises(LLMUnavailableError, match="cannot reach"):
        check_reachable(f"http://127.0.0.1:{free_port()}/v1", timeout=1)
