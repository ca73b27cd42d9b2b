/** Tests live in tests/, written in TypeScript and run by ts-jest. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
  testTimeout: 120000,
  // One worker per core (jest's default leaves one core idle): the slow suites wait on child
  // processes, Neo4j and Chromium as much as they compute, and they share no store or port.
  maxWorkers: '100%',
  testSequencer: '<rootDir>/tests/sequencer.js',
};
