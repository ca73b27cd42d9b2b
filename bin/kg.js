#!/bin/sh
":" //; MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" exec node "$0" "$@"
// The line above is for the shell that runs this file as a command (npx kg,
// ./bin/kg.js), and a no-op for node: it starts node in its place (same
// process) with at most two malloc arenas per process unless told otherwise.
// Why: glibc gives each thread that allocates an arena of its own and keeps
// what was freed in it: at 100k documents, kg ingest peaked at 995 MB with
// glibc's default and at 880 MB with two. Runs the built CLI (npm run build,
// done by `prepare` on npm ci).
require('../dist/src/cli/main.js').main(process.argv);
