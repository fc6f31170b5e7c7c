import { describe, expect, it } from 'vitest';

import { isFallbackSecretValue, isNamedSecretValue } from '../../src/utils/secret-values';

describe('isNamedSecretValue', () => {
  it.each([
    'hunter22',
    'n8Fq2xLw7Zp4Rt1v',
    'P@ssw0rd-2024',
    'supersecretvalue',
    'my-secret-key',
    'mypassword123',
    'c29tZS1hcGkta2V5LTEyMzQ1',
  ])('%s is a secret', (value) => {
    expect(isNamedSecretValue(value)).toBe(true);
  });

  it('skips an authorization scheme', () => {
    expect(isNamedSecretValue('Basic dXNlcjpzM2NyM3RQYXNz', true)).toBe(true);
    expect(isNamedSecretValue('Bearer', true)).toBe(false);
    expect(isNamedSecretValue('Bearer dXNlcjpzM2NyM3RQYXNz')).toBe(false);
  });

  it.each([
    ['short', 'abc12'],
    ['placeholder', 'your-api-key'],
    ['sentence', 'Password is required'],
    ['env-var name', 'PAYMENTS_STRIPE_API_KEY_V2'],
    ['i18n key', 'auth.password.invalid'],
    ['algorithm', 'HS256'],
    ['path', './certs/key.pem'],
    ['URL', 'https://vault.internal/v1/secret'],
    ['MAC address', '00:1A:2B:3C:4D:5E'],
    ['action type', 'auth/refreshToken'],
    ['validation pattern', '^(?=.*\\d).{8,}$'],
    ['rule list', 'required|min:8|confirmed'],
    ['label', 'Passwort'],
    ['hyphenated label', 'Mot-de-passe'],
    ['short word', 'refresh'],
    ['option', 'same-origin'],
    ['field name', 'accessToken'],
    ['header name', 'x-api-key'],
    ['autocomplete', 'new-password'],
    ['translation', 'contraseña'],
    ['mask', '••••••••'],
  ])('a %s is not a secret: %s', (_kind, value) => {
    expect(isNamedSecretValue(value)).toBe(false);
  });
});

describe('isFallbackSecretValue', () => {
  it.each([
    ['keyboard cat', true],
    ['dev-jwt-secret', true],
    ['secret', true],
    ['', false],
    ['changeme', true],
    ['your-secret-key', true],
    ['HS256', false],
    ['JWT_SECRET', false],
    ['/run/secrets/jwt', false],
  ])('%s: %s', (value, expected) => {
    expect(isFallbackSecretValue(value)).toBe(expected);
  });

  it('takes linear time on long adversarial values', () => {
    const started = performance.now();
    for (const value of ['^'.repeat(200_000), `a${'|a:'.repeat(100_000)}|`, `A${'-a'.repeat(200_000)}1`, `a${'/a'.repeat(200_000)}/1`]) {
      isNamedSecretValue(value);
      isFallbackSecretValue(value);
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
