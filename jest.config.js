/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Type checking is `npm run lint`'s job; transpiling only keeps the suite fast. isolatedModules goes through the
  // tsconfig override (ts-jest 29.4 deprecates its own option and warns on every run); tsc keeps tsconfig.json as is.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true }, diagnostics: false }] },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // The development and CI machines have 2 cores, shared. Measured back to back, one worker and two took the same
  // time (83 s), and two made the real-time budget tests in test/checks/collect/ fail under load: one worker, on
  // purpose, whatever the machine reports (figures: README, "How long").
  maxWorkers: 1,
};
