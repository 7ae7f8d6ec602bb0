# One task runner: the README and CI run exactly these targets.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLES := data/samples
OUT ?= out

.PHONY: setup browser-deps demo test lint eval bench soak clean

$(BIN)/marsad: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(BIN)/marsad

setup: $(BIN)/marsad

# Debian's chromium for the one real-browser test (playwright drives it; no browser download).
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-core >/dev/null; \
	fi

# The main job on the bundled sample articles, embedded defaults: no key, no server.
demo: setup
	$(BIN)/marsad ingest $(SAMPLES)
	$(BIN)/marsad extract $(SAMPLES) --backend offline --out $(OUT)/records.jsonl --format csv
	$(BIN)/marsad search "joint operations room in Kirkuk" -k 3

test: setup browser-deps
	$(BIN)/ruff check .
	$(BIN)/python tools/lint_imports.py
	$(BIN)/python -m pytest -q
	$(MAKE) eval

# The regression gates: golden-set evaluation against the committed baseline (exit 1 on a drop).
# Each run gets a fresh home under one temporary directory, removed on exit (pass or fail).
# The third run is the real-news set (texts from ../shared/corpus; skips cleanly without it): tune and check apart.
eval: setup
	@set -e; tmp=$$(mktemp -d -t marsad-eval.XXXXXX); trap 'rm -rf "$$tmp"' EXIT INT TERM; \
	set -x; \
	MARSAD_HOME=$$tmp/offline $(BIN)/marsad eval --backend offline --baseline evals/baseline.json; \
	MARSAD_HOME=$$tmp/llm $(BIN)/marsad eval --backend llm --replay --baseline evals/baseline.json; \
	MARSAD_HOME=$$tmp/realnews $(BIN)/marsad eval --backend offline --golden evals/realnews --baseline evals/baseline.json

lint: setup
	$(BIN)/ruff check .
	$(BIN)/python tools/lint_imports.py

bench: setup
	$(BIN)/python benchmarks/bench_index.py
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_llm.py
	# archive scale (issue 13): 20k / 50k / 100k articles (the corpus repeated, built in a temp dir) vs raw Chroma + bm25s
	nice -n 10 $(BIN)/python benchmarks/bench_archive.py --corpus $${MARSAD_CORPUS:-../shared/corpus/arabic_news.jsonl.gz}
	# archive scale (issue 11): the whole corpus indexed once (cached in ~/.cache/marsad/archive), four rankers
	# side by side, and real-news QA with the set's articles vs the whole corpus; skips without the corpus
	MARSAD_HOME=$$(mktemp -d) $(BIN)/marsad eval --backend offline --golden evals/realnews --suite retrieval,qa \
	  --corpus $${MARSAD_CORPUS:-../shared/corpus/arabic_news.jsonl.gz} --baseline evals/baseline.json

# Issue 10's hostile-input and careless-use probes plus a chat load test, against the real CLI and app
# (temporary homes, 127.0.0.1 only, ~10 minutes; SOAK_ARGS=--quick for ~2). Exit 1 on a lost or duplicated
# record, a crash or a failed check.
soak: setup
	$(BIN)/python benchmarks/soak.py $(SOAK_ARGS)

clean:
	rm -rf $(VENV) .marsad $(OUT) .pytest_cache
