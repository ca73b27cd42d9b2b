#!/bin/sh
# Counts the string and regex literals holding Chinese text in the rules'
# code (src/extract, src/clean, src/resolve), comments aside: what the rules
# know belongs in their lexicon files (issue: the extractor as a declared pipeline).
cd "$(dirname "$0")/.." && grep -rnP "[\x{4e00}-\x{9fff}]" src/extract src/clean src/resolve --include=*.ts \
  | grep -vP '^[^:]+:\d+:\s*(//|\*|/\*)' \
  | grep -P "(['\"\`/])[^'\"\`\n]*[\x{4e00}-\x{9fff}]" \
  | sed -E -e 's#/\*.*\*/##g' -e 's#//[^'"'"'"`]*$##' | grep -P "(['\"\`/])[^'\"\`\n]*[\x{4e00}-\x{9fff}]"
