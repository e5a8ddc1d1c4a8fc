#!/usr/bin/env bash
# Builds the synthetic web corpus (fictional feeds and pages: 12 charsets x 5 feed formats x 6 quirks x 3 ways of
# declaring the charset, JSON Feed, pages with 8 title patterns and 10 kinds of furniture) into a temp folder and
# measures how Briefing reads it: feeds read, exact, U+FFFD, page titles right, furniture leaked.
# Usage: scripts/web-corpus.sh [out_dir=/tmp/briefing-web-corpus]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/briefing-web-corpus}"
rm -rf "$out"
python3 scripts/web-corpus/make.py "$out"
WEB_CORPUS="$out" dotnet test tests/Briefing.Web.Tests --filter "FullyQualifiedName~WebCorpusReport" --logger "console;verbosity=detailed" \
  | sed -n '/feeds: /,/Passed\|Failed/p'
