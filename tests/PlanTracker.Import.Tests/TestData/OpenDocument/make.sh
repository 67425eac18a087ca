#!/bin/sh
# Rebuilds every .ods here with LibreOffice (Debian 12: apt-get install -y libreoffice-calc-nogui): from the flat-ODS
# sources of ../LibreOffice/src and from one sample workbook. The tests never run LibreOffice: they read the committed files.
set -eu
cd "$(dirname "$0")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to ods --outdir . ../LibreOffice/src/*.fods
soffice -env:UserInstallation="file://$profile" --headless --convert-to ods --outdir . ../../../../sample-data/2025-T4-emplois-cooperatives.xlsx
