// ESM all the way: the @actions toolkit ships ESM only, so tests run under
// Node's VM modules (see the "test" script) with ts-jest's ESM preset.
// Two projects: `unit` (pure code and real git, seconds) and `e2e` (the bundle against dockerd, buildx, the
// registries, twine and pip, and the differential test against setuptools_scm: minutes). `npm test` runs both;
// `npm run test:unit` and `npm run test:e2e` one each.
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  // src/ too, so that coverage (npm test) counts the files no test imports.
  roots: ['<rootDir>/__tests__', '<rootDir>/src'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  }
}
const E2E = ['\\.e2e\\.test\\.ts$', '/setuptools-scm\\.test\\.ts$']

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', ...E2E] },
    { ...common, displayName: 'e2e', testRegex: E2E }
  ],
  testTimeout: 120000,
  // Suites side by side: each fixture has its own repositories, index, registry names and DOCKER_CONFIG, and most of
  // a suite's time is spent waiting on dockerd, git and Python. Jest's default on this 2-core machine is one.
  maxWorkers: Number(process.env.DEV_RELEASE_TEST_WORKERS ?? 3),
  // With --coverage (npm test): V8's own counts, written for scripts/coverage.ts to merge with the e2e runs' counts.
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['json'],
  verbose: true
}
