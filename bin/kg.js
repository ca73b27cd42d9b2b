#!/usr/bin/env node
// Runs the built CLI (npm run build, done by `prepare` on npm ci).
require('../dist/src/cli/main.js').main(process.argv);
