# ConflictDesk — developer and user commands. `make run` and `make test` work on a fresh Debian/Ubuntu machine.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run demo test check lint typecheck bench screenshots sysdeps pgserver clean dist translations

# The one-folder build is made from a fresh venv with ConflictDesk *installed* (dev/test extras must not leak in).
DIST_VENV   ?= .venv-dist
DIST_EXTRAS ?=
DIST_SPEC   := packaging/conflictdesk.spec
DIST_TARGET := $(if $(DIST_EXTRAS),.[$(DIST_EXTRAS)],.)

# On CI (CI=true) `make test` also builds dist/conflictdesk and runs its smoke test (pytest -m dist);
# locally it does not build, and the smoke test is deselected.
ifeq ($(CI),true)
TEST_BUILD  := dist
PYTEST_ARGS :=
else
TEST_BUILD  :=
PYTEST_ARGS := -m "not dist"
endif

# Qt needs a few shared libraries that minimal Debian/Ubuntu images lack; install them when missing (root only).
# The X11 (xcb) ones: Qt ≥ 6.5 opens no window without every one of them (libxcb-cursor0 is missing on many Ubuntu
# desktops, the others on minimal images); the offscreen tests do not need them.
QT_XCB_LIBS     := ("xcb-cursor","xcb-icccm","xcb-keysyms","xcb-image","xcb-render-util","xcb-shape","xcb-xkb","xkbcommon-x11","xcb-randr","xcb-sync","xcb-xfixes","xcb-shm","xcb-util")
QT_XCB_PACKAGES := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-sync1 libxcb-xfixes0 libxcb-shm0 libxcb-util1
sysdeps:
	@$(PYTHON) -c 'import ctypes.util,sys; XCB=$(QT_XCB_LIBS); sys.exit(0 if all(ctypes.util.find_library(n) for n in ("EGL","fontconfig","xkbcommon","GL","dbus-1",*XCB)) else 1)' \
	 || { if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	        echo "Qt 실행에 필요한 시스템 라이브러리를 설치합니다"; \
	        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	          libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 $(QT_XCB_PACKAGES) >/dev/null; \
	      else echo "경고: Qt 시스템 라이브러리가 없을 수 있습니다: sudo apt-get install libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 $(QT_XCB_PACKAGES)"; fi; }

# PostgreSQL server binaries for the tests on both engines (root + apt only). The tests start a throwaway
# cluster in a temp folder on a unix socket and remove it afterwards; CONFLICTDESK_TEST_PG=URL uses yours instead.
pgserver:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null \
	 || { if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	        echo "테스트용 PostgreSQL 서버 패키지를 설치합니다"; \
	        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	      else echo "경고: PostgreSQL 서버가 없어 PostgreSQL 테스트는 건너뜁니다 (root로 make pgserver)"; fi; }

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PIP) install -q -e .
	@touch $@

$(TSTAMP): pyproject.toml | $(VENV)/bin/python
	$(PIP) install -q -e '.[test]'
	@touch $@ $(STAMP)

run: sysdeps $(STAMP)
	$(PY) main.py

demo: sysdeps $(STAMP)
	$(PY) main.py demo --replace

lint: $(TSTAMP)
	$(VENV)/bin/ruff check conflictdesk tests benchmarks tools main.py

typecheck: $(TSTAMP)
	$(VENV)/bin/mypy

# The suite runs on every core up to four (pytest-xdist): each worker is its own process with its own offscreen Qt.
PYTEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); [ "$$n" -gt 4 ] && n=4; echo $$n)

test: sysdeps pgserver $(TSTAMP) lint typecheck $(TEST_BUILD)
	$(VENV)/bin/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

dist: sysdeps
	rm -rf $(DIST_VENV) build dist/conflictdesk  # build/lib of an earlier pip install may hold removed modules
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/pip install -q --upgrade pip
	$(DIST_VENV)/bin/pip install -q '$(DIST_TARGET)' -r packaging/requirements-build.txt
	@start=$$(date +%s); \
	 $(DIST_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
	   --distpath dist --workpath build/pyinstaller $(DIST_SPEC) \
	 && echo "dist/conflictdesk: $$(du -sh dist/conflictdesk | cut -f1), PyInstaller $$(( $$(date +%s) - start )) s"

bench: sysdeps $(TSTAMP)
	$(PY) -m benchmarks

# UI translations: Korean source strings in conflictdesk/ui → resources/i18n/conflictdesk_en.ts (edit the English there,
# e.g. with pyside6-linguist) → conflictdesk_en.qm. Commit both; tests/test_i18n.py fails on anything untranslated.
I18N_TS     := resources/i18n/conflictdesk_en.ts
I18N_QM     := resources/i18n/conflictdesk_en.qm
translations: $(TSTAMP)
	$(PY) -m conflictdesk.ui.domain_strings
	$(PY) -m conflictdesk.ui.error_strings
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations relative -source-language ko -target-language en \
	  $$(find conflictdesk/ui -name '*.py' | sort) -ts $(I18N_TS)
	$(VENV)/bin/pyside6-lrelease -silent $(I18N_TS) -qm $(I18N_QM)
	@grep -c 'type="unfinished"' $(I18N_TS) >/dev/null && echo "번역되지 않은 문구가 있습니다: $(I18N_TS)" || true

screenshots: sysdeps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py

clean:
	rm -rf $(VENV) $(DIST_VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
