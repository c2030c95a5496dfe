# The two commands of the README, plus helpers. Everything installs into .venv from this repo's files.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
EXAMPLE ?= fixtures/pdf/ocw_leesoffensief.xpp.pdf
OUT    ?= out

.PHONY: demo test lint typecheck check clean model model-check evaluate crossval browser fuzz

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install when the package metadata changes (the stamp records the last install).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

## demo: set up, parse the bundled example letter (a PDF), print a summary, write its JSON and review page to out/
demo: $(VENV)/.installed
	mkdir -p $(OUT)
	$(BIN)/kamerstuk parse $(EXAMPLE) --summary -o $(OUT)/$(notdir $(basename $(EXAMPLE))).json
	$(BIN)/kamerstuk render $(EXAMPLE) -o $(OUT)/$(notdir $(basename $(EXAMPLE))).html
	@echo "JSON written to $(OUT)/$(notdir $(basename $(EXAMPLE))).json; review page: $(OUT)/$(notdir $(basename $(EXAMPLE))).html"

## browser: headless Chromium for tests/test_browser.py (Debian's "chromium" package), installed when missing (needs root or sudo)
browser:
	@command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || { \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO="sudo"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

## test: set up and run the test suite (pytest exit 5, "no tests collected", counts as a failure).
## Installs nothing system-wide: tests over ../shared and the browser test skip with a reason when
## those are absent (`.ci/run` requires both: KAMERSTUK_REQUIRE_SHARED=1, KAMERSTUK_REQUIRE_BROWSER=1).
test: $(VENV)/.installed
	$(BIN)/python -m pytest -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: the suite is broken" >&2; exit 1; fi; exit $$rc

## fuzz: the property-based fuzz tests at length (random seed, larger inputs, shrinking); FUZZ_EXAMPLES per property
FUZZ_EXAMPLES ?= 1000
fuzz: $(VENV)/.installed
	KAMERSTUK_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_fuzz.py

## model: retrain the shipped pipeline (offline, about two minutes): the paragraph classifier on the train split of our gold
## set, the stance fallback on the answers of every split but the blind ones (holdout17, never opened, and the splits
## written last, measured once blind but not yet opened), and the stance arbiter on the blind stance readings of the
## held-out splits (fixtures/gold/stance_readings.jsonl)
BLIND ?= holdout17,holdout169,holdout198
TRAIN_OPTIONS = --stance-split all --stance-exclude $(BLIND) --stance-readings fixtures/gold/stance_readings.jsonl
model: $(VENV)/.installed
	$(BIN)/kamerstuk train fixtures/gold/annotations.jsonl -o src/kamerstuk/data/pipeline $(TRAIN_OPTIONS)

## model-check: retrain into out/model-check and compare with the shipped models byte for byte (about two minutes; the
## test suite checks the cheaper equivalent, the fingerprint of the training inputs and fitting code in the shipped meta)
MODEL_FILES = kamerstuk_paragraph_classifier/model.json kamerstuk_stance/model.json kamerstuk_stance/arbiter.json
model-check: $(VENV)/.installed
	rm -rf $(OUT)/model-check
	$(BIN)/kamerstuk train fixtures/gold/annotations.jsonl -o $(OUT)/model-check $(TRAIN_OPTIONS)
	for file in $(MODEL_FILES); do cmp $(OUT)/model-check/$$file src/kamerstuk/data/pipeline/$$file || { echo "the shipped $$file is stale: run make model" >&2; exit 1; }; done
	@echo "the shipped models equal a fresh training run"

## crossval: 6-fold cross-validation of the classifier over the train split's letters (chooses its settings)
crossval: $(VENV)/.installed
	$(BIN)/kamerstuk evaluate fixtures/gold/annotations.jsonl --split train --folds 6

## evaluate: score the shipped pipeline on the held-out splits (test; holdout2, holdout3, …, each written blind
## later and measured once blind before its errors were read; see docs/evaluation.md)
HOLDOUTS ?= test holdout2 holdout3 holdout4 holdout5 holdout6 holdout7 holdout8 holdout9 holdout10 holdout11 holdout12 holdout13 holdout14 holdout15 holdout16 holdout17 holdout18 holdout19 holdout20 holdout21 holdout22 holdout23 holdout24 holdout25 holdout26 holdout27 holdout28 holdout29 holdout30 holdout31 holdout32 holdout33 holdout34 holdout35 holdout36 holdout37 holdout38 holdout39 holdout40 holdout41 holdout42 holdout43 holdout44 holdout45 holdout46 holdout47 holdout48 holdout49 holdout50 holdout51 holdout52 holdout53 holdout54 holdout55 holdout56 holdout57 holdout58 holdout59 holdout60 holdout61 holdout62 holdout63 holdout64 holdout65 holdout66 holdout67 holdout68 holdout69 holdout70 holdout71 holdout72 holdout73 holdout74 holdout75 holdout76 holdout77 holdout78 holdout79 holdout80 holdout81 holdout82 holdout83 holdout84 holdout85 holdout86 holdout87 holdout88 holdout89 holdout90 holdout91 holdout92 holdout93 holdout94 holdout95 holdout96 holdout97 holdout98 holdout99 holdout100 holdout101 holdout102 holdout103 holdout104 holdout105 holdout106 holdout107 holdout108 holdout109 holdout110 holdout111 holdout112 holdout113 holdout114 holdout115 holdout116 holdout117 holdout118 holdout119 holdout120 holdout121 holdout122 holdout123 holdout124 holdout125 holdout126 holdout127 holdout128 holdout129 holdout130 holdout131 holdout132 holdout133 holdout134 holdout135 holdout136 holdout137 holdout138 holdout139 holdout140 holdout141 holdout142 holdout143 holdout144 holdout145 holdout146 holdout147 holdout148 holdout149 holdout150 holdout151 holdout152 holdout153 holdout154 holdout155 holdout156 holdout157 holdout158 holdout159 holdout160 holdout161 holdout162 holdout163 holdout164 holdout165 holdout166 holdout167 holdout168 holdout169 holdout170 holdout171 holdout172 holdout173 holdout174 holdout175 holdout176 holdout177 holdout178 holdout179 holdout180 holdout181 holdout182 holdout183 holdout184 holdout185 holdout186 holdout187 holdout188 holdout189 holdout190 holdout191 holdout192 holdout193 holdout194 holdout195 holdout196 holdout197 holdout198 holdout199 holdout200 holdout201 holdout202 holdout203 holdout204 holdout205 holdout206 holdout207 holdout208 holdout209 holdout210 holdout211 holdout212 holdout213 holdout214 holdout215 holdout216 holdout217 holdout218 holdout219 holdout220 holdout221 holdout222 holdout223 holdout224 holdout225 holdout226 holdout227 holdout228 holdout229 holdout230 holdout231 holdout232 holdout233 holdout234 holdout235 holdout236 holdout237 holdout238 holdout239 holdout240 holdout241 holdout242 holdout243 holdout244 holdout245 holdout246 holdout247 holdout248 holdout249 holdout250 holdout251 holdout252 holdout253 holdout254 holdout255 holdout256 holdout257 holdout258 holdout259 holdout260 holdout261 holdout262 holdout263 holdout264 holdout265 holdout266 holdout267 holdout268 holdout269 holdout270 holdout271 holdout272 holdout273 holdout274 holdout275 holdout276 holdout277 holdout278 holdout279 holdout280 holdout281 holdout282 holdout283 holdout284 holdout285 holdout286 holdout287 holdout288 holdout289 holdout290 holdout291 holdout292 holdout293 holdout294 holdout295 holdout296 holdout297 holdout298 holdout299 holdout300 holdout301 holdout302 holdout303 holdout304 holdout305 holdout306 holdout307 holdout308 holdout309 holdout310 holdout311 holdout312 holdout314 holdout315 holdout313 holdout316 holdout319 holdout320 holdout317 holdout318 holdout321 holdout322 holdout323 holdout324 holdout325 holdout326 holdout327 holdout328 holdout329 holdout330 holdout331 holdout332 holdout333 holdout334 holdout335 holdout336 holdout337 holdout338 holdout339 holdout340 holdout341 holdout342 holdout343 holdout344 holdout345 holdout346 holdout347 holdout348 holdout349 holdout350 holdout351 holdout352 holdout353 holdout354 holdout355 holdout356 holdout357 holdout358 holdout359 holdout360 holdout361 holdout362 holdout363 holdout364 holdout365 holdout366 holdout367 holdout368 holdout369 holdout370 holdout371 holdout372 holdout373 holdout374 holdout375 holdout376 holdout377 holdout378 holdout379 holdout380 holdout381 holdout382 holdout383 holdout384 holdout385 holdout386 holdout387 holdout388 holdout389 holdout390 holdout391 holdout392 holdout393 holdout394 holdout395 holdout396 holdout397 holdout398 holdout399 holdout400 holdout401 holdout402 holdout403 holdout404 holdout405 holdout406 holdout407 holdout408 holdout409 holdout410 holdout411 holdout412 holdout413 holdout414 holdout415 holdout416 holdout417 holdout418 holdout419 holdout420 holdout421 holdout422
evaluate: $(VENV)/.installed
	for split in $(HOLDOUTS); do $(BIN)/kamerstuk evaluate fixtures/gold/annotations.jsonl --split $$split || exit 1; done

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(VENV)/.installed
	$(BIN)/mypy

check: test lint typecheck

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
