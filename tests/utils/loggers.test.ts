import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { createLogCallFinder, type LogCall } from '../../src/utils/loggers';

/** The log call on the last line of `code`, as the finder sees it. */
function findLast(code: string): Omit<LogCall, 'call'> | undefined {
  let found: Omit<LogCall, 'call'> | undefined;
  const rule: TSESLint.RuleModule<never> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: {}, schema: [] },
    create(context) {
      const find = createLogCallFinder(context.sourceCode);
      const lastLine = context.sourceCode.lines.length;
      return {
        CallExpression(node: TSESTree.CallExpression) {
          if (node.loc.start.line !== lastLine || node.parent.type !== 'ExpressionStatement') {
            return;
          }
          const log = find(node);
          found = log && { library: log.library, redaction: log.redaction };
        },
      };
    },
  };
  new Linter({ configType: 'flat' }).verify(code, [
    {
      plugins: { test: { rules: { rule } } as never },
      rules: { 'test/rule': 'error' },
    },
  ]);
  return found;
}

describe('createLogCallFinder', () => {
  it.each([
    ['console.log(x);', 'console'],
    ['console.dir(x);', 'console'],
    ["import pino from 'pino';\nconst a = pino();\na.info(x);", 'pino'],
    ["const { createLogger } = require('winston');\nconst a = createLogger();\na.warn(x);", 'winston'],
    ["import bunyan from 'bunyan';\nconst a = bunyan.createLogger({ name: 'x' });\na.error(x);", 'bunyan'],
    ["import log4js from 'log4js';\nconst a = log4js.getLogger();\na.debug(x);", 'log4js'],
    ["import pino from 'pino';\nconst a = pino();\nconst b = a.child({});\nb.info(x);", 'pino'],
    ["import Fastify from 'fastify';\nconst app = Fastify({ logger: true });\napp.log.info(x);", 'pino'],
    ['req.log.info(x);', 'named'],
    ['this.authLogger.warn(x);', 'named'],
    ['logger.info(x);', 'named'],
    // Child bindings are written on every line the child logs.
    ['logger.child(x);', 'named'],
    ["import pino from 'pino';\nconst a = pino();\na.child(x);", 'pino'],
  ])('%s is a %s log call', (code, library) => {
    expect(findLast(code)?.library).toBe(library);
  });

  it.each([
    'Math.log(x);',
    'console.child(x);',
    'process.child(x);',
    'auditLog.info(x);',
    'logger.push(x);',
    'const console = { log() {} };\nconsole.log(x);',
    'const log = [];\nlog.push(x);',
    "import Fastify from 'fastify';\nconst app = Fastify();\napp.info(x);",
  ])('%s is not a log call', (code) => {
    expect(findLast(code)).toBeUndefined();
  });

  it.each([
    ["import pino from 'pino';\nconst a = pino({ redact: ['a.b', '*.c'] });\na.info(x);", { kind: 'paths', paths: [['a', 'b'], ['*', 'c']] }],
    ["import pino from 'pino';\nconst a = pino({ redact: { paths: ['p'] } });\na.info(x);", { kind: 'paths', paths: [['p']] }],
    ["import pino from 'pino';\nconst a = pino({ level: 'info' });\na.info(x);", { kind: 'none' }],
    ["import pino from 'pino';\nconst a = pino(pino.destination(1));\na.info(x);", { kind: 'none' }],
    ["import pino from 'pino';\nconst a = pino({ redact: paths });\na.info(x);", { kind: 'unknown' }],
    ["import pino from 'pino';\nconst a = pino(options);\na.info(x);", { kind: 'unknown' }],
    ["import pino from 'pino';\nconst a = pino({ redact: ['a..b'] });\na.info(x);", { kind: 'unknown' }],
    ["import Fastify from 'fastify';\nconst app = Fastify({ logger: { redact: ['h'] } });\nreq.log.info(x);", { kind: 'paths', paths: [['h']] }],
  ])('%s redacts %j', (code, redaction) => {
    expect(findLast(code)?.redaction).toEqual(redaction);
  });
});
