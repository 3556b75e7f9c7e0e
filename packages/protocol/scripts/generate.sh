#!/bin/sh
# Regenerates src/generated/ from spec/proto/weldcode/v1/*.proto with protobufjs-cli.
# The output is committed; CI regenerates and fails on a diff.
set -eu
cd "$(dirname "$0")/.."
proto_root=../../spec/proto
out=src/generated
mkdir -p "$out"
pbjs -t static-module -w es6 --es6 --no-service --no-delimited --no-verify --keep-case=false \
  -p "$proto_root" -o "$out/weldcode.js" "$proto_root"/weldcode/v1/*.proto
# protobufjs/minimal has no ESM entry: import the file with its extension so Node ESM resolves it.
sed -i 's#from "protobufjs/minimal"#from "protobufjs/minimal.js"#' "$out/weldcode.js"
pbts --no-comments -o "$out/weldcode.d.ts" "$out/weldcode.js"
