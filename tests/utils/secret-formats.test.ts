import { describe, expect, it } from 'vitest';

import {
  findSecretFormat,
  isAlgorithmName,
  isDottedKey,
  isEnvVarName,
  isPasswordHash,
  isPlaceholder,
  isPublicByDesignToken,
  isPublicKeyMaterial,
  isRandomLooking,
  shannonEntropy,
  splitValueWords,
} from '../../src/utils/secret-formats';

// Random strings in each format; none of them is a live credential.
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzgxIiwicm9sZSI6ImFkbWluIiwiaWF0IjoxNzY0NzIwMDAwfQ.xatws8phP9nhFyJfm5di4PzJ59FHz5r1pY4OjE2jBMp';
const PEM_BODY = [
  'tUsGr7CmY+uCu3ZR1zTOlUcR64cXQLioDnkHIfxIq2HZt/PlJhx2jIclHkCiHp6b',
  'R1IqfEouHgxzNNAL5wIScGebcy8F5n3/YNBDRzrZSgqbjG3uhkWKFLf6xuI5aHUQ',
].join('\n');

describe('findSecretFormat', () => {
  it.each([
    ['AKIAUJZDE8GXD6NCF10E', 'an AWS access key id'],
    ['ASIAUJZDE8GXD6NCF10E', 'an AWS access key id'],
    ['ghp_pfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0Rlg', 'a GitHub token'],
    ['gho_pfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0Rlg', 'a GitHub token'],
    [
      'github_pat_11ABCDEFG0aXbYcZdWeVfU_pfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgR1IqfEouHgxzNNAL5wIScGe',
      'a GitHub token',
    ],
    ['glpat-yVmihA-2O76UMFxFkM-R', 'a GitLab token'],
    ['xoxb-749118625276-0189555979711-8rESQedUStPKR0CsTy4Qwb8D', 'a Slack token'],
    ['sk_live_wkNhFdnXsiVpzz63FfkCzJr4', 'a Stripe live secret key'],
    ['rk_live_i0B3JrTAwR4y9ojfljoQoaF1', 'a Stripe live secret key'],
    ['AIzaxHKas1VOqg6YYZYn9ZhyiA4uoRgnatmUdjA', 'a Google API key'],
    [
      'SG.WtGSU8po_799NksnRH9ucA.UsdMlHUvTCQCyEZDz-TddJ8HyS5SUkCnD8zRA9a9Skp',
      'a SendGrid API key',
    ],
    ['SKc6f5da2cec255404e4fb440034d66086', 'a Twilio API key'],
    ['npm_sGpWLuqIA1id6Vw5DQL05HA064GiIjHGb3CX', 'an npm token'],
    [JWT, 'a signed JWT'],
    [`Bearer ${JWT}`, 'a signed JWT'],
    [`-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----\n`, 'a private key'],
    [`-----BEGIN PRIVATE KEY-----\n${PEM_BODY}\n-----END PRIVATE KEY-----`, 'a private key'],
    [`-----BEGIN OPENSSH PRIVATE KEY-----\\n${PEM_BODY.replace('\n', '\\n')}\\n-----END OPENSSH PRIVATE KEY-----`, 'a private key'],
    [
      `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,1F2E\n\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----`,
      'a private key',
    ],
    ['postgres://app:Zk9v2LqP7w@db.internal:5432/orders', 'a connection string with a password'],
    ['mongodb+srv://svc:Q8d2mKz1@cluster0.ab1cd.mongodb.net/app', 'a connection string with a password'],
    ['redis://:s3cr3tR3dis@cache:6379', 'a connection string with a password'],
    ['amqp://orders:h7Gq2wPz@rabbit:5672', 'a connection string with a password'],
  ])('finds %s', (value, description) => {
    expect(findSecretFormat(value)?.description).toBe(description);
  });

  it('gives where the secret is', () => {
    const value = 'token=ghp_pfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0Rlg;';
    expect(findSecretFormat(value)).toMatchObject({ start: 6, end: value.length - 1 });
  });

  it.each([
    'AKIAIOSFODNN7EXAMPLE',
    'AKIAXXXXXXXXXXXXXXXX',
    'AKIAUJZDE8GXD6NCF10EEXTRA',
    'xAKIAUJZDE8GXD6NCF10E',
    'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ghp_short',
    'sk_test_wkNhFdnXsiVpzz63FfkCzJr4',
    'pk_live_wkNhFdnXsiVpzz63FfkCzJr4',
    'sk_live_...',
    'AIzaSyA-0000000000000000000000000000000',
    'SKIP_THIS_STEP',
    'npm_package_version',
    // jwt.io's sample token.
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    // Unsigned (alg none) and not JSON in the header.
    'eyJhbGciOiAibm9uZSJ9.eyJzdWIiOiJ1XzgxIiwicm9sZSI6ImFkbWluIiwiaWF0IjoxNzY0NzIwMDAwfQ.xatws8phP9nhFyJfm5di4PzJ59FHz5r1pY4OjE2jBMp',
    'eyJzb21ldGhpbmc.eyJzdWIiOiJ1XzgxIiwicm9sZSI6ImFkbWluIn0.xatws8phP9nhFyJfm5di4PzJ59FHz5r1pY4OjE2jBMp',
    'eyJhbGciOiJIUzI1NiJ9',
    '-----BEGIN OPENSSH PRIVATE KEY-----\n<paste the key here>\n-----END OPENSSH PRIVATE KEY-----',
    '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n',
    '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----',
    `-----BEGIN PUBLIC KEY-----\n${PEM_BODY}\n-----END PUBLIC KEY-----`,
    `-----BEGIN PRIVATE KEY-----\n${'A'.repeat(64)}\n-----END PRIVATE KEY-----`,
    'postgres://user:pass@host/db',
    'postgres://postgres:postgres@localhost:5432/app',
    'amqp://guest:guest@localhost:5672',
    'https://user:password@example.com',
    'mysql://root:${DB_PASSWORD}@db:3306/app',
    'mongodb://admin:<password>@cluster0.mongodb.net',
    'redis://:@localhost:6379',
    'postgres://app@db.internal:5432/orders',
    'https://api.example.com:8443/v1',
    'git+ssh://git@github.com/org/repo.git',
    'mailto:someone@example.com',
    '',
  ])('finds nothing in %s', (value) => {
    expect(findSecretFormat(value)).toBeUndefined();
  });
});

describe('isPlaceholder', () => {
  it.each([
    '',
    '   ',
    '<your-api-key>',
    '<paste the key here>',
    '{{API_TOKEN}}',
    '${JWT_SECRET}',
    '[secret]',
    '%SECRET%',
    'your-key-here',
    'your_api_key',
    'YOUR_TOKEN',
    'yourapikey',
    'changeme',
    'change-me',
    'CHANGE_ME',
    'replace-me',
    'xxx',
    'xxxxxxxx',
    'XXXX-XXXX',
    '***',
    '********',
    '...',
    'sk-...',
    'example',
    'example-secret',
    'test',
    'test-secret',
    'testPassword1',
    'dummy',
    'dummy_token',
    'sample-key',
    'placeholder',
    'fake-jwt-secret',
    'aaaaaa',
    '123456',
    'abcdefg',
    '-',
  ])('%s is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([
    'hunter2',
    'keyboard cat',
    'S3cr3t!pw',
    'prod-signing-key-2024',
    'supersecretvalue',
    'contest',
    'latest',
    'Zk9v2LqP7w',
  ])('%s is not a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});

describe('splitValueWords', () => {
  it.each([
    ['testPassword1', ['test', 'password', '1']],
    ['your-key_here', ['your', 'key', 'here']],
    ['sk123abc', ['sk', '123', 'abc']],
  ])('%s', (value, words) => {
    expect(splitValueWords(value)).toEqual(words);
  });
});

describe('value shapes', () => {
  it.each(['HS256', 'RS512', 'ES384', 'PS256', 'EdDSA', 'sha256', 'SHA-512', 'sha1', 'sha256=', 'md5', 'aes-256-gcm', 'aes-128-cbc', 'bcrypt', 'argon2id'])(
    '%s is an algorithm name',
    (value) => {
      expect(isAlgorithmName(value)).toBe(true);
    },
  );

  it.each(['hunter2', 'sha256-secret-xyz', 'HS256K9'])('%s is not an algorithm name', (value) => {
    expect(isAlgorithmName(value)).toBe(false);
  });

  it.each([
    ['PAYMENTS_STRIPE_API_KEY_V2', true],
    ['JWT_SECRET', true],
    ['SECRET', false],
    ['Jwt_Secret', false],
    ['AKIAUJZDE8GXD6NCF10E', false],
  ])('%s is an environment variable name: %s', (value, expected) => {
    expect(isEnvVarName(value)).toBe(expected);
  });

  it.each([
    ['auth.password.invalid', true],
    ['errors.token_expired', true],
    ['config.jwt.secret', true],
    ['a1b2.c3d4', false],
    ['hunter2', false],
    [JWT, false],
  ])('%s is a dotted key: %s', (value, expected) => {
    expect(isDottedKey(value)).toBe(expected);
  });
});

describe('entropy', () => {
  it('measures bits per character', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });

  it.each([
    ['7efc2f91624a8940f1f836f99eee3692f09e2e8c', true],
    ['AAjlsHUqJoUD/+Ydua+5ZMs1SWOpQaPRYpzbLGVi', true],
    ['550e8400-e29b-41d4-a716-446655440000', false],
    ['sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC', false],
    ['src/components/UserProfile/index.tsx', false],
    ['abcdefabcdefabcdefabcdef', false],
    ['short1A', false],
    ['ThisIsAVeryLongCamelCaseIdentifierName', false],
  ])('%s looks random: %s', (value, expected) => {
    expect(isRandomLooking(value, 20)).toBe(expected);
  });
});

describe('speed on adversarial input', () => {
  it.each([
    ['a 1 MB base64 blob', 'QUJD'.repeat(262_144)],
    ['repeated token prefixes', 'ghp_AKIAsk_live_glpat-xoxb-SG.npm_SK'.repeat(30_000)],
    ['a JWT-like run without the last part', `eyJ${'a'.repeat(2000)}.`.repeat(500)],
    ['dots after eyJ', 'eyJhbGciOiJIUzI1NiJ9.'.repeat(50_000)],
    ['URL schemes without @', `${'postgres://u:'.repeat(20_000)}x`],
    ['long userinfo', `a://${'b'.repeat(300)}:${'c'.repeat(300)}`.repeat(2000)],
    ['PEM headers without bodies', '-----BEGIN RSA PRIVATE KEY-----'.repeat(20_000)],
    ['PEM header with a huge body', `-----BEGIN PRIVATE KEY-----\n${'QUJD'.repeat(200_000)}`],
    ['Slack-like digit groups', `xoxb-${'1-'.repeat(100_000)}`],
    ['spaces', ' '.repeat(1_000_000)],
  ])('%s', (_name, value) => {
    const started = performance.now();
    findSecretFormat(value);
    isPlaceholder(value);
    isRandomLooking(value, 20);
    isAlgorithmName(value);
    isEnvVarName(value);
    isDottedKey(value);
    splitValueWords(value);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('public key material and password hashes', () => {
  it.each([
    ['-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----', true],
    ['-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA\n-----END RSA PUBLIC KEY-----', true],
    ['-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE\n-----END CERTIFICATE-----', true],
    ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3pQ2nZ9vR7sT1uW4yA6b deploy@ci', true],
    ['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC', true],
    ['-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----', false],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----', false],
    ['ssh-rsa', false],
  ])('isPublicKeyMaterial(%j): %s', (value, expected) => {
    expect(isPublicKeyMaterial(value)).toBe(expected);
  });

  it.each([
    ['$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy', true],
    ['$2y$12$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy', true],
    ['$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub', true],
    ['$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVK', true],
    ['$2b$10$short', false],
    ['$color-primary', false],
  ])('isPasswordHash(%j): %s', (value, expected) => {
    expect(isPasswordHash(value)).toBe(expected);
  });

  it('isPublicByDesignToken: Mapbox pk. is public, sk. is not', () => {
    expect(isPublicByDesignToken('pk.eyJ1IjoiYWNtZWNvIiwiYSI6ImNseDEifQ.Xk3pQ2nZ9vR7sT1uW4yA6b')).toBe(true);
    expect(isPublicByDesignToken('sk.eyJ1IjoiYWNtZWNvIiwiYSI6ImNseDEifQ.Xk3pQ2nZ9vR7sT1uW4yA6b')).toBe(false);
  });

  it('takes linear time on long adversarial values', () => {
    const started = performance.now();
    isPublicKeyMaterial(`-----BEGIN ${'A '.repeat(100_000)}`);
    isPasswordHash(`$2b$10$${'a'.repeat(200_000)}!`);
    isPublicByDesignToken(`pk.eyJ${'a'.repeat(200_000)}`);
    findSecretFormat(`-----BEGIN PRIVATE KEY----- ${'QUJD '.repeat(50_000)}`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
