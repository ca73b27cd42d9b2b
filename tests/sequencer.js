// The order jest starts the suites in: the longest first, so that the two
// workers finish together (jest's own order needs timings from an earlier
// run, which a clean clone in CI does not have). Suites not named here run
// after these, largest file first.
const Sequencer = require('@jest/test-sequencer').default;
const fs = require('node:fs');
const path = require('node:path');

/** Slowest first, as measured on the 2-core machines (seconds, both workers busy). */
const LONGEST = ['neo4j', 'safety-store', 'batches', 'incremental', 'safety', 'viewer.e2e', 'cli', 'export', 'readme', 'views'];

const rank = (file) => {
  const i = LONGEST.indexOf(path.basename(file).replace(/\.test\.ts$/, ''));
  return i < 0 ? LONGEST.length : i;
};

module.exports = class LongestFirst extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => rank(a.path) - rank(b.path) || fs.statSync(b.path).size - fs.statSync(a.path).size);
  }
};
