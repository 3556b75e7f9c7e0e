#!/bin/sh
# Regenerates src/generated/ from spec/proto/weldcode/v1/*.proto with protobufjs-cli (pbjs, pbts).
# The output is committed; CI regenerates it and fails on a diff. Run: pnpm -C packages/protocol generate
set -eu
cd "$(dirname "$0")/.."
proto_root=../../spec/proto
out=src/generated
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
flags="-t static-module -w es6 --es6 --no-service --no-delimited --no-verify --no-typeurl -p $proto_root"
# pbts reads the JSDoc of a commented build; the committed module is the same code without comments.
pbjs $flags -o "$tmp/weldcode.js" "$proto_root"/weldcode/v1/*.proto
pbts --no-comments -o "$out/weldcode.d.ts" "$tmp/weldcode.js"
pbjs $flags --no-comments -o "$out/weldcode.js" "$proto_root"/weldcode/v1/*.proto
# protobufjs/minimal has no ESM entry: import the file with its extension so Node ESM resolves it.
sed -i 's#from "protobufjs/minimal"#from "protobufjs/minimal.js"#' "$out/weldcode.js"
