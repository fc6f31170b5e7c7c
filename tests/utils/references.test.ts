import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { findApiCalls, findApiReads, withNodePrefix, type ApiSpec } from '../../src/utils/references';
import { lintWith } from './lint-with';

const SPECS: ApiSpec<string>[] = [
  { modules: ['jsonwebtoken'], path: ['sign'], kind: 'call', info: 'sign' },
  { modules: withNodePrefix('crypto'), path: ['createHmac'], kind: 'call', info: 'hmac' },
  { modules: ['pg'], path: ['Pool'], kind: 'construct', info: 'pool' },
  { modules: ['express'], path: [], kind: 'call', info: 'express' },
];

function calls(code: string): string[] {
  const found: string[] = [];
  lintWith(code, (context) => ({
    Program() {
      for (const { node, info } of findApiCalls(context.sourceCode, SPECS)) {
        found.push(`${info}@${node.loc.start.line}`);
      }
    },
  }));
  return found.sort();
}

describe('findApiCalls', () => {
  it.each([
    ['default import', "import jwt from 'jsonwebtoken';\njwt.sign(p, k);"],
    ['namespace import', "import * as jwt from 'jsonwebtoken';\njwt.sign(p, k);"],
    ['named import', "import { sign } from 'jsonwebtoken';\nsign(p, k);"],
    ['aliased import', "import { sign as s } from 'jsonwebtoken';\ns(p, k);"],
    ['require', "const jwt = require('jsonwebtoken');\njwt.sign(p, k);"],
    ['destructured require', "const { sign } = require('jsonwebtoken');\nsign(p, k);"],
    ['renamed destructuring', "const { sign: s } = require('jsonwebtoken');\ns(p, k);"],
    ['inline require', "require('jsonwebtoken').sign(p, k);"],
    ['optional call', "import jwt from 'jsonwebtoken';\njwt?.sign(p, k);"],
  ])('finds %s', (_, code) => {
    expect(calls(code)).toEqual([`sign@${code.split('\n').length}`]);
  });

  it('follows a local alias to its call', () => {
    expect(calls("import jwt from 'jsonwebtoken';\nconst s = jwt.sign;\ns(p, k);")).toEqual([
      'sign@3',
    ]);
  });

  it('finds node: prefixed builtins, constructions and callable modules', () => {
    expect(
      calls(
        [
          "import { createHmac } from 'node:crypto';",
          "import crypto from 'crypto';",
          "import { Pool } from 'pg';",
          "import express from 'express';",
          "createHmac('sha256', k);",
          "crypto.createHmac('sha256', k);",
          'new Pool();',
          'express();',
        ].join('\n'),
      ),
    ).toEqual(['express@8', 'hmac@5', 'hmac@6', 'pool@7']);
  });

  it('ignores other modules, shadowed names and reads', () => {
    expect(
      calls(
        [
          "import jwt from './jwt';",
          "import { sign } from 'jsonwebtoken';",
          'function f(sign: (a: unknown) => void) { sign(1); }',
          'const ref = sign;',
          'new Pool();',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('is quiet on half-written requires', () => {
    expect(calls('require();\nrequire(name).sign();\nconst { sign } = require(`x`);')).toEqual([]);
  });
});

describe('findApiReads', () => {
  it('yields the module import for a read spec', () => {
    const found: TSESTree.Node['type'][] = [];
    lintWith("import { Strategy } from 'passport-jwt';\nconst s = require('passport-jwt');", (context) => ({
      Program() {
        for (const { node } of findApiReads(context.sourceCode, [
          { modules: ['passport-jwt'], path: [], kind: 'read', info: null },
        ])) {
          found.push(node.type);
        }
      },
    }));
    expect(found).toContain('CallExpression');
  });
});
