import { describe, expect, it } from 'vitest';

import {
  getSensitiveKind,
  isSensitiveName,
  splitWords,
} from '../../src/utils/sensitive-names';

describe('splitWords', () => {
  it.each([
    ['apiKeyHeader', ['api', 'key', 'header']],
    ['JWT_SECRET', ['jwt', 'secret']],
    ['x-api-key', ['x', 'api', 'key']],
    ['HTTPServer2', ['http', 'server2']],
    ['client_secret', ['client', 'secret']],
    ['', []],
  ])('%s', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });
});

describe('getSensitiveKind', () => {
  it.each([
    ['password', 'password'],
    ['userPassword', 'password'],
    ['DB_PASSWORD', 'password'],
    ['passwd', 'password'],
    ['JWT_SECRET', 'secret'],
    ['clientSecret', 'secret'],
    ['client_secret', 'secret'],
    ['STRIPE_SECRET_KEY', 'secret'],
    ['apiKey', 'apiKey'],
    ['API_KEY', 'apiKey'],
    ['apikey', 'apiKey'],
    ['x-api-key', 'apiKey'],
    ['AWS_ACCESS_KEY', 'apiKey'],
    ['privateKey', 'privateKey'],
    ['signingKey', 'privateKey'],
    ['accessToken', 'token'],
    ['refresh_token', 'token'],
    ['adminToken', 'token'],
    ['resetToken', 'token'],
    ['signature', 'signature'],
    ['expectedMac', 'digest'],
    ['hmac', 'digest'],
    ['passwordHash', 'digest'],
    ['otp', 'otp'],
    ['verificationCode', 'otp'],
    ['sessionId', 'sessionId'],
    ['credentials', 'credential'],
    ['authorization', 'authorization'],
    ['x-hub-signature-256', 'signature'],
    ['token_2', 'token'],
    ['x-admin-token', 'token'],
  ])('%s is %s', (name, kind) => {
    expect(getSensitiveKind(name)).toBe(kind);
  });

  it.each([
    'spinner',
    'tokenType',
    'tokenizer',
    'passwordLength',
    'PASSWORD_MIN_LENGTH',
    'passwordField',
    'secretName',
    'hashAlgorithm',
    'apiKeyHeader',
    'cacheKey',
    'primaryKey',
    'publicKey',
    'nextPageToken',
    'maxTokens',
    'isPasswordValid',
    'hasToken',
    'validatePassword',
    'getToken',
    'tokenExpiry',
    'macAddress',
    'tokenId',
    'zipCode',
    'userId',
    'fileHash',
    'csrfToken',
    'stripeApiKeyEnv',
    'webhookSecretVar',
    '256',
    'firstToken',
    'closeBraceToken',
    'precedingToken',
    'lastToken',
    'sha256',
    '',
  ])('%s is not sensitive', (name) => {
    expect(isSensitiveName(name)).toBe(false);
  });

  it('takes linear time on long adversarial names', () => {
    const name = `${'aA_'.repeat(50_000)}!`;
    const started = performance.now();
    splitWords(name);
    getSensitiveKind(name);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
