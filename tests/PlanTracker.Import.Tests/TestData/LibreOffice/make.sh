#!/bin/sh
# Rebuilds every .xlsx here from its source in src/ with LibreOffice (Debian 12: apt-get install -y libreoffice-calc-nogui).
# The tests never run LibreOffice: they read the committed .xlsx files.
set -eu
cd "$(dirname "$0")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to xlsx --outdir . src/*.fods
