#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node
// Run as a command (npx kg, ./bin/kg.js; npm's Windows shims read the same
// line), node starts with at most two malloc arenas. Why: glibc gives each
// thread that allocates an arena of its own and keeps what was freed in it:
// at 100k documents, kg ingest peaked at 995 MB with glibc's default and at
// 880 MB with two. Runs the built CLI (npm run build, done by `prepare` on
// npm ci).
require('../dist/src/cli/main.js').main(process.argv);
