#!/usr/bin/env bash
# One-time set-up on Debian: the system packages Planscope's tests and tools use, then the exact npm tree.
# Debian's chromium runs the browser tests (Playwright never downloads a browser here); sqlite3 is the
# reference shell for interop checks and benchmarks; 7za packs archives for electron-builder.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v sqlite3 >/dev/null || need+=(sqlite3)
command -v 7za >/dev/null || need+=(p7zip-full)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui) # makes PDF/.docx/.doc reports from the samples in tests/core/documents-formats.test.ts
dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 || need+=(libreoffice-calc-nogui) # prints the briefing workbook to PDF (tests/core/xlsx-print-libreoffice.test.ts); makes .xls/.ods for import tests
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk) # Chinese text in browser tests and screenshots
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# The Electron binary is fetched from the network on first use, which our machines cannot reach;
# everything but the desktop shell runs without it.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
