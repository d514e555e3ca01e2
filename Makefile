# foitrack: `make demo` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := samples/demo.db
# Help output identical on every machine (for cog and the docs test).
DOCS_ENV := _TYPER_FORCE_DISABLE_TERMINAL=1 TERMINAL_WIDTH=80 COLUMNS=80 NO_COLOR=1 FOITRACK_DB=/tmp/foitrack-docs.db
# The pages whose cog blocks `make cog` rewrites and `make lint` checks (pages without blocks pass as they are).
DOCS := README.md $(wildcard docs/*.md)
COG := $(DOCS_ENV) $(BIN)/cog -I scripts
SCORER := ../shared/tools/score.py

.PHONY: demo test test-all lint cog bench samples clean venv gazetteer score scores

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e . --group dev
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/foitrack ingest samples/replies --db $(DEMO_DB) --quiet
	$(BIN)/foitrack documents --db $(DEMO_DB)
	$(BIN)/foitrack compare --topic funding --db $(DEMO_DB)

# `make test` leaves out the tests marked slow (faults at scale, big files) and runs on every core (pytest-xdist);
# `make test-all` runs them all, in one process.
test: $(STAMP)
	$(BIN)/python -m pytest -m "not slow" -n auto

test-all: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check foitrack tests samples bench scripts
	$(BIN)/ruff format --check foitrack tests samples bench scripts
	$(BIN)/mypy foitrack
	$(COG) --check --check-fail-msg "run make cog" $(DOCS)

cog: $(STAMP)
	$(COG) -r $(DOCS)

bench: $(STAMP)
	$(BIN)/python bench/run_bench.py

samples: $(STAMP)
	$(BIN)/python samples/make_samples.py

gazetteer: $(STAMP)
	$(BIN)/python scripts/build_gazetteer.py

# The extraction scores the docs quote, each file with its date, command and commit; then `make cog`.
# $(call write_scores,SET,FILE): score SET with the shared scorer into FILE (replaced only on success).
define write_scores
	{ echo "date: $$(date -u +%Y-%m-%d)"; \
	  echo "commit: $$(git rev-parse --short HEAD)$$(git diff --quiet HEAD -- foitrack || echo ' + uncommitted changes')"; \
	  echo "command: python3 $(SCORER) $(1) --foitrack \"\$$PWD/$(BIN)/foitrack\""; \
	  echo; \
	  $(PYTHON) $(SCORER) $(1) --foitrack $(CURDIR)/$(BIN)/foitrack; } > $(2).tmp
	mv $(2).tmp $(2)
endef

scores: $(STAMP)
	@test -f $(SCORER) || { echo "$(SCORER) is missing: clone the project beside ../shared"; exit 1; }
	mkdir -p docs/scores
	$(call write_scores,../shared/corpus/dev,docs/scores/dev.txt)
	$(call write_scores,tests/layouts,docs/scores/layouts.txt)
	$(call write_scores,tests/blind,docs/scores/blind.txt)
	$(call write_scores,tests/blind2,docs/scores/blind2.txt)
	$(call write_scores,tests/blind3,docs/scores/blind3.txt)
	$(call write_scores,tests/blind4,docs/scores/blind4.txt)
	$(call write_scores,tests/blind5,docs/scores/blind5.txt)
	$(call write_scores,tests/blind6,docs/scores/blind6.txt)
	$(call write_scores,tests/blind7,docs/scores/blind7.txt)
	$(call write_scores,tests/blind8,docs/scores/blind8.txt)
	$(call write_scores,tests/blind9,docs/scores/blind9.txt)
	$(call write_scores,tests/blind10,docs/scores/blind10.txt)
	$(call write_scores,tests/blind11,docs/scores/blind11.txt)
	$(call write_scores,tests/blind12,docs/scores/blind12.txt)
	$(call write_scores,tests/blind13,docs/scores/blind13.txt)
	$(call write_scores,tests/blind14,docs/scores/blind14.txt)
	$(call write_scores,tests/blind15,docs/scores/blind15.txt)
	$(call write_scores,tests/blind16,docs/scores/blind16.txt)
	$(call write_scores,tests/blind17,docs/scores/blind17.txt)
	$(call write_scores,tests/blind18,docs/scores/blind18.txt)
	$(call write_scores,tests/blind19,docs/scores/blind19.txt)
	$(call write_scores,tests/blind20,docs/scores/blind20.txt)
	$(call write_scores,tests/blind21,docs/scores/blind21.txt)
	$(call write_scores,tests/blind22,docs/scores/blind22.txt)
	$(call write_scores,tests/blind23,docs/scores/blind23.txt)
	$(call write_scores,tests/blind24,docs/scores/blind24.txt)
	$(call write_scores,tests/blind25,docs/scores/blind25.txt)
	$(call write_scores,tests/blind26,docs/scores/blind26.txt)
	$(call write_scores,tests/blind27,docs/scores/blind27.txt)
	$(call write_scores,tests/blind28,docs/scores/blind28.txt)
	$(call write_scores,tests/blind29,docs/scores/blind29.txt)
	$(call write_scores,tests/blind30,docs/scores/blind30.txt)
	$(call write_scores,tests/blind31,docs/scores/blind31.txt)
	$(call write_scores,tests/blind32,docs/scores/blind32.txt)
	$(call write_scores,tests/blind33,docs/scores/blind33.txt)
	$(call write_scores,tests/blind34,docs/scores/blind34.txt)
	$(call write_scores,tests/blind35,docs/scores/blind35.txt)
	$(call write_scores,tests/blind36,docs/scores/blind36.txt)
	$(call write_scores,tests/blind37,docs/scores/blind37.txt)
	$(call write_scores,tests/blind38,docs/scores/blind38.txt)
	$(call write_scores,tests/blind39,docs/scores/blind39.txt)
	$(call write_scores,tests/blind40,docs/scores/blind40.txt)
	$(call write_scores,tests/blind41,docs/scores/blind41.txt)
	$(call write_scores,tests/blind42,docs/scores/blind42.txt)
	$(call write_scores,tests/blind43,docs/scores/blind43.txt)
	$(call write_scores,tests/blind44,docs/scores/blind44.txt)
	$(call write_scores,tests/blind45,docs/scores/blind45.txt)
	$(call write_scores,tests/blind46,docs/scores/blind46.txt)
	$(call write_scores,tests/blind47,docs/scores/blind47.txt)
	$(call write_scores,tests/blind48,docs/scores/blind48.txt)
	$(call write_scores,tests/blind49,docs/scores/blind49.txt)
	$(call write_scores,tests/blind50,docs/scores/blind50.txt)
	$(call write_scores,tests/blind51,docs/scores/blind51.txt)
	$(call write_scores,tests/blind52,docs/scores/blind52.txt)
	$(call write_scores,tests/blind53,docs/scores/blind53.txt)
	$(call write_scores,tests/blind54,docs/scores/blind54.txt)
	$(call write_scores,tests/blind55,docs/scores/blind55.txt)
	$(call write_scores,tests/blind56,docs/scores/blind56.txt)
	$(call write_scores,tests/blind57,docs/scores/blind57.txt)
	$(call write_scores,tests/blind58,docs/scores/blind58.txt)
	$(call write_scores,tests/blind59,docs/scores/blind59.txt)
	$(call write_scores,tests/blind60,docs/scores/blind60.txt)
	$(call write_scores,tests/blind61,docs/scores/blind61.txt)
	$(call write_scores,tests/blind62,docs/scores/blind62.txt)
	$(call write_scores,tests/blind63,docs/scores/blind63.txt)
	$(call write_scores,tests/blind64,docs/scores/blind64.txt)
	$(call write_scores,tests/blind65,docs/scores/blind65.txt)
	$(call write_scores,tests/blind66,docs/scores/blind66.txt)
	$(call write_scores,tests/blind67,docs/scores/blind67.txt)
	$(call write_scores,tests/blind68,docs/scores/blind68.txt)
	$(call write_scores,tests/blind69,docs/scores/blind69.txt)
	$(call write_scores,tests/blind70,docs/scores/blind70.txt)
	$(call write_scores,tests/blind71,docs/scores/blind71.txt)
	$(call write_scores,tests/blind72,docs/scores/blind72.txt)
	$(call write_scores,tests/blind73,docs/scores/blind73.txt)
	$(call write_scores,tests/blind74,docs/scores/blind74.txt)
	$(call write_scores,tests/blind75,docs/scores/blind75.txt)
	$(call write_scores,tests/blind76,docs/scores/blind76.txt)
	$(call write_scores,tests/blind77,docs/scores/blind77.txt)
	$(call write_scores,tests/blind78,docs/scores/blind78.txt)
	$(call write_scores,tests/blind79,docs/scores/blind79.txt)
	$(call write_scores,tests/blind80,docs/scores/blind80.txt)
	$(call write_scores,tests/blind81,docs/scores/blind81.txt)
	$(call write_scores,tests/blind82,docs/scores/blind82.txt)
	$(call write_scores,tests/blind83,docs/scores/blind83.txt)
	$(call write_scores,tests/blind84,docs/scores/blind84.txt)
	$(call write_scores,tests/blind85,docs/scores/blind85.txt)
	$(call write_scores,tests/blind86,docs/scores/blind86.txt)
	$(call write_scores,tests/blind87,docs/scores/blind87.txt)
	$(call write_scores,tests/blind88,docs/scores/blind88.txt)
	$(call write_scores,tests/blind89,docs/scores/blind89.txt)
	$(call write_scores,tests/blind90,docs/scores/blind90.txt)
	$(call write_scores,tests/blind91,docs/scores/blind91.txt)
	$(call write_scores,tests/blind92,docs/scores/blind92.txt)
	$(call write_scores,tests/blind93,docs/scores/blind93.txt)
	$(call write_scores,tests/blind94,docs/scores/blind94.txt)
	$(call write_scores,tests/blind95,docs/scores/blind95.txt)
	$(call write_scores,tests/blind96,docs/scores/blind96.txt)
	$(call write_scores,tests/blind97,docs/scores/blind97.txt)
	$(call write_scores,tests/blind98,docs/scores/blind98.txt)
	$(call write_scores,tests/blind99,docs/scores/blind99.txt)
	$(call write_scores,tests/blind100,docs/scores/blind100.txt)
	$(call write_scores,tests/blind101,docs/scores/blind101.txt)
	$(call write_scores,tests/blind102,docs/scores/blind102.txt)
	$(call write_scores,tests/blind103,docs/scores/blind103.txt)
	$(call write_scores,tests/blind104,docs/scores/blind104.txt)
	$(call write_scores,tests/blind105,docs/scores/blind105.txt)
	$(call write_scores,tests/blind106,docs/scores/blind106.txt)
	$(call write_scores,tests/blind107,docs/scores/blind107.txt)
	$(call write_scores,tests/blind108,docs/scores/blind108.txt)
	$(call write_scores,tests/blind109,docs/scores/blind109.txt)
	$(call write_scores,tests/blind110,docs/scores/blind110.txt)
	$(call write_scores,tests/blind111,docs/scores/blind111.txt)
	$(call write_scores,tests/blind112,docs/scores/blind112.txt)
	$(call write_scores,tests/blind113,docs/scores/blind113.txt)
	$(call write_scores,tests/blind114,docs/scores/blind114.txt)
	$(call write_scores,tests/blind115,docs/scores/blind115.txt)
	$(call write_scores,tests/blind116,docs/scores/blind116.txt)
	$(call write_scores,tests/blind117,docs/scores/blind117.txt)
	$(call write_scores,tests/blind118,docs/scores/blind118.txt)
	$(call write_scores,tests/blind119,docs/scores/blind119.txt)
	$(call write_scores,tests/blind120,docs/scores/blind120.txt)
	$(call write_scores,tests/blind121,docs/scores/blind121.txt)
	$(call write_scores,tests/blind122,docs/scores/blind122.txt)
	$(call write_scores,tests/blind123,docs/scores/blind123.txt)
	$(call write_scores,tests/blind124,docs/scores/blind124.txt)
	$(call write_scores,tests/blind125,docs/scores/blind125.txt)
	$(call write_scores,tests/blind126,docs/scores/blind126.txt)
	$(call write_scores,tests/blind127,docs/scores/blind127.txt)
	$(call write_scores,tests/blind128,docs/scores/blind128.txt)
	$(call write_scores,tests/blind129,docs/scores/blind129.txt)
	$(call write_scores,tests/blind130,docs/scores/blind130.txt)
	$(call write_scores,tests/blind131,docs/scores/blind131.txt)
	$(call write_scores,tests/blind132,docs/scores/blind132.txt)
	$(call write_scores,tests/blind133,docs/scores/blind133.txt)
	$(call write_scores,tests/blind134,docs/scores/blind134.txt)
	$(call write_scores,tests/blind135,docs/scores/blind135.txt)
	$(call write_scores,tests/blind136,docs/scores/blind136.txt)
	$(call write_scores,tests/blind137,docs/scores/blind137.txt)
	$(call write_scores,tests/blind138,docs/scores/blind138.txt)
	$(call write_scores,tests/blind139,docs/scores/blind139.txt)
	$(call write_scores,tests/blind140,docs/scores/blind140.txt)
	$(call write_scores,tests/blind141,docs/scores/blind141.txt)
	$(call write_scores,tests/blind142,docs/scores/blind142.txt)
	$(call write_scores,tests/blind143,docs/scores/blind143.txt)
	$(call write_scores,tests/blind144,docs/scores/blind144.txt)
	$(call write_scores,tests/blind145,docs/scores/blind145.txt)
	$(call write_scores,tests/blind146,docs/scores/blind146.txt)
	$(call write_scores,tests/blind147,docs/scores/blind147.txt)
	$(call write_scores,tests/blind148,docs/scores/blind148.txt)
	$(call write_scores,tests/blind149,docs/scores/blind149.txt)
	$(call write_scores,tests/blind150,docs/scores/blind150.txt)
	$(call write_scores,tests/blind151,docs/scores/blind151.txt)
	$(call write_scores,tests/blind152,docs/scores/blind152.txt)
	$(call write_scores,tests/blind153,docs/scores/blind153.txt)
	$(call write_scores,tests/blind154,docs/scores/blind154.txt)
	$(call write_scores,tests/blind155,docs/scores/blind155.txt)
	$(call write_scores,tests/blind156,docs/scores/blind156.txt)
	$(call write_scores,tests/blind157,docs/scores/blind157.txt)
	$(call write_scores,tests/blind158,docs/scores/blind158.txt)
	$(call write_scores,tests/blind159,docs/scores/blind159.txt)
	$(call write_scores,tests/blind160,docs/scores/blind160.txt)
	$(call write_scores,tests/blind161,docs/scores/blind161.txt)
	$(call write_scores,tests/blind162,docs/scores/blind162.txt)
	$(call write_scores,tests/blind163,docs/scores/blind163.txt)
	$(call write_scores,tests/blind164,docs/scores/blind164.txt)
	$(call write_scores,tests/blind165,docs/scores/blind165.txt)
	$(call write_scores,tests/blind166,docs/scores/blind166.txt)
	$(call write_scores,tests/blind167,docs/scores/blind167.txt)
	$(call write_scores,tests/blind168,docs/scores/blind168.txt)
	$(call write_scores,tests/blind169,docs/scores/blind169.txt)
	$(call write_scores,tests/blind170,docs/scores/blind170.txt)
	$(call write_scores,tests/blind171,docs/scores/blind171.txt)
	$(call write_scores,tests/blind172,docs/scores/blind172.txt)
	$(call write_scores,tests/blind173,docs/scores/blind173.txt)
	$(call write_scores,tests/blind174,docs/scores/blind174.txt)
	$(call write_scores,tests/blind175,docs/scores/blind175.txt)
	$(call write_scores,tests/blind176,docs/scores/blind176.txt)
	$(call write_scores,tests/blind177,docs/scores/blind177.txt)
	$(call write_scores,tests/blind178,docs/scores/blind178.txt)
	$(call write_scores,tests/blind179,docs/scores/blind179.txt)
	$(call write_scores,tests/blind180,docs/scores/blind180.txt)
	$(call write_scores,tests/blind181,docs/scores/blind181.txt)
	$(call write_scores,tests/blind182,docs/scores/blind182.txt)
	$(call write_scores,tests/blind183,docs/scores/blind183.txt)
	$(call write_scores,tests/blind184,docs/scores/blind184.txt)
	$(call write_scores,tests/blind185,docs/scores/blind185.txt)
	$(call write_scores,tests/blind186,docs/scores/blind186.txt)

score: $(STAMP)
	$(PYTHON) ../shared/tools/score.py ../shared/corpus/dev --foitrack $(CURDIR)/$(BIN)/foitrack --show-misses 60

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis bench/out
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
