// ESM all the way: the @actions toolkit ships ESM only, so tests run under
// Node's VM modules (see the "test" script) with ts-jest's ESM preset.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  // src/ too, so that coverage (npm test) counts the files no test imports.
  roots: ['<rootDir>/__tests__', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testTimeout: 120000,
  // With --coverage (npm test): V8's own counts, written for scripts/coverage.ts to merge with the e2e runs' counts.
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['json'],
  verbose: true
}
