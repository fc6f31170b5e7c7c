import { describe, expect, it } from 'vitest';

import { isTestFile } from '../../src/utils/test-files';

describe('isTestFile', () => {
  it.each([
    'src/auth.test.ts',
    'src/auth.spec.js',
    'src/__tests__/auth.ts',
    'tests/helpers/server.ts',
    'test/fixtures/users.ts',
    'packages/api/__mocks__/db.ts',
  ])('%s is a test file', (file) => {
    expect(isTestFile(`/repo/${file}`, '/repo')).toBe(true);
  });

  it.each(['src/auth.ts', 'src/testing.ts', 'src/contest/entry.ts', 'src/latest.ts'])(
    '%s is not a test file',
    (file) => {
      expect(isTestFile(`/repo/${file}`, '/repo')).toBe(false);
    },
  );

  it('judges the path inside the project, not above it', () => {
    expect(isTestFile('/home/me/tests/app/src/auth.ts', '/home/me/tests/app')).toBe(false);
  });
});
