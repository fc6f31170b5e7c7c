import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable } from './eslint-utils';
import { parseRedactPath } from './redact-paths';
import { findApiCalls, type ApiSpec } from './references';
import { splitWords } from './sensitive-names';
import {
  getPropertyName,
  getStringValue,
  lookupProperty,
  resolveExpression,
  skipTypeWrappers,
} from './values';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** What a logger hides: nothing, pino paths, or a setting we cannot read. */
export type Redaction =
  | { kind: 'none' }
  | { kind: 'unknown' }
  | { kind: 'paths'; paths: string[][] };

export interface LogCall {
  call: TSESTree.CallExpression;
  /** The logger's library; `named` when it is known only by its name. */
  library: 'console' | 'pino' | 'winston' | 'bunyan' | 'log4js' | 'named';
  redaction: Redaction;
}

type Library = LogCall['library'];

const CONSOLE_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir']);
const LEVEL_METHODS = new Set([
  'trace', 'debug', 'info', 'warn', 'warning', 'error', 'fatal', 'log', 'silly',
  'verbose', 'http', 'notice', 'critical', 'crit', 'alert', 'emerg', 'mark',
]);

const NONE: Redaction = { kind: 'none' };
const UNKNOWN: Redaction = { kind: 'unknown' };

interface TrackedLogger {
  library: Library;
  redaction: Redaction;
  /** A Fastify app: its logger is `app.log`. */
  app?: boolean;
}

const FACTORIES: { modules: string[]; path: string[]; library: Library; app?: boolean }[] = [
  { modules: ['pino'], path: [], library: 'pino' },
  { modules: ['pino'], path: ['pino'], library: 'pino' },
  { modules: ['pino'], path: ['default'], library: 'pino' },
  { modules: ['fastify'], path: [], library: 'pino', app: true },
  { modules: ['fastify'], path: ['fastify'], library: 'pino', app: true },
  { modules: ['fastify'], path: ['default'], library: 'pino', app: true },
  { modules: ['winston'], path: ['createLogger'], library: 'winston' },
  { modules: ['bunyan'], path: ['createLogger'], library: 'bunyan' },
  { modules: ['log4js'], path: ['getLogger'], library: 'log4js' },
];

const FACTORY_SPECS: ApiSpec<(typeof FACTORIES)[number]>[] = FACTORIES.map((factory) => ({
  modules: factory.modules,
  path: factory.path,
  kind: 'both',
  info: factory,
}));

/**
 * Recognises log calls: `console.*`, loggers made in the file by pino,
 * winston, bunyan, log4js and Fastify (and their `.child()`), and objects
 * named `logger`, `log` or `…Logger` (`req.log`, `this.logger`), whose
 * configuration lives elsewhere.
 */
export function createLogCallFinder(
  sourceCode: Readonly<TSESLint.SourceCode>,
): (call: TSESTree.CallExpression) => LogCall | undefined {
  let tracked: Map<Variable, TrackedLogger> | undefined;
  let apps: TrackedLogger[] = [];

  function getTracked(): Map<Variable, TrackedLogger> {
    if (tracked) return tracked;
    tracked = new Map();
    const calls = findApiCalls(sourceCode, FACTORY_SPECS);
    for (const { node, info } of calls) {
      const variable = getAssignedVariable(node);
      const scope = sourceCode.getScope(node);
      const options = getOptions(node, info.app === true, scope);
      const logger: TrackedLogger = {
        library: info.library,
        redaction: info.library === 'pino' ? getRedaction(options, scope) : NONE,
        app: info.app,
      };
      if (info.app) apps.push(logger);
      if (variable) tracked.set(variable, logger);
    }
    apps = apps.length === 1 ? apps : [];
    return tracked;
  }

  function getAssignedVariable(node: Node): Variable | undefined {
    let current = node;
    while (current.parent && isWrapper(current.parent)) current = current.parent;
    const declarator = current.parent;
    if (declarator?.type !== 'VariableDeclarator' || declarator.init !== current) {
      return undefined;
    }
    return sourceCode.getDeclaredVariables(declarator)[0];
  }

  function findTracked(node: Node, scope: Scope, depth = 0): TrackedLogger | undefined {
    if (node.type !== 'Identifier' || depth > 4) return undefined;
    const variable = findVariable(scope, node);
    if (!variable) return undefined;
    const direct = getTracked().get(variable);
    if (direct) return direct;

    // `const child = logger.child({ module: 'auth' })`
    const init = resolveExpression(node, scope);
    if (init.type !== 'CallExpression') return undefined;
    const callee = unwrap(init.callee);
    if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'child') {
      return undefined;
    }
    const parent = findTracked(unwrap(callee.object), scope, depth + 1);
    return parent?.app ? undefined : parent;
  }

  function getLogger(
    object: Node,
    method: string,
    scope: Scope,
  ): Library | TrackedLogger | undefined {
    if (object.type === 'Identifier') {
      if (object.name === 'console' && CONSOLE_METHODS.has(method)) {
        const variable = findVariable(scope, object);
        if (!variable || variable.defs.length === 0) return 'console';
        return undefined;
      }
      if (!LEVEL_METHODS.has(method)) return undefined;
      const logger = findTracked(object, scope);
      if (logger) return logger.app ? undefined : logger;
      return isLoggerName(object.name) && !isLocalNonLogger(object, scope) ? 'named' : undefined;
    }
    if (object.type !== 'MemberExpression' || !LEVEL_METHODS.has(method)) return undefined;
    const name = getPropertyName(object, scope);
    if (name === undefined || !isLoggerName(name)) return undefined;

    // `app.log` of a Fastify app made here, or `request.log` in its only app.
    const owner = findTracked(unwrap(object.object), scope);
    if (owner?.app && name === 'log') return owner;
    if (!owner && name === 'log' && apps[0]) return apps[0];
    return 'named';
  }

  return (call) => {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') return undefined;
    const method = getPropertyName(callee);
    if (method === undefined) return undefined;
    // `logger.child({ token })`: the bindings are written on every line.
    const child = method === 'child';
    if (!LEVEL_METHODS.has(method) && !CONSOLE_METHODS.has(method) && !child) return undefined;

    const scope = sourceCode.getScope(call);
    getTracked();
    const object = unwrap(callee.object);
    if (child && object.type === 'Identifier' && object.name === 'console') return undefined;
    const logger = getLogger(object, child ? 'info' : method, scope);
    if (logger === undefined) return undefined;
    if (typeof logger === 'string') return { call, library: logger, redaction: NONE };
    return { call, library: logger.library, redaction: logger.redaction };
  };
}

/** `logger`, `log`, `authLogger`, `auditLog` is not: a log is a record. */
function isLoggerName(name: string): boolean {
  if (name === 'log' || name === 'logger' || name === 'Logger') return true;
  const words = splitWords(name);
  return words.length > 1 && words.at(-1) === 'logger';
}

/** `const log = []` or `function log()` is not a logger. */
function isLocalNonLogger(node: TSESTree.Identifier, scope: Scope): boolean {
  const variable = findVariable(scope, node);
  const def = variable?.defs[0];
  if (!def) return false;
  if (def.type === 'FunctionName' || def.type === 'ClassName') return true;
  if (def.type !== 'Variable' || !def.node.init) return false;
  const init = skipTypeWrappers(def.node.init);
  return (
    init.type === 'ArrayExpression' ||
    init.type === 'Literal' ||
    init.type === 'ArrowFunctionExpression' ||
    init.type === 'FunctionExpression'
  );
}

/** The pino options of a factory call: `undefined` when none, `null` when unreadable. */
function getOptions(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  app: boolean,
  scope: Scope,
): Node | undefined | null {
  const [first] = node.arguments;
  if (!first) return undefined;
  if (first.type === 'SpreadElement') return null;
  if (!app) {
    // `pino(pino.destination('app.log'))` takes no options.
    const value = resolveExpression(first, scope);
    if (value.type === 'CallExpression') {
      const callee = unwrap(value.callee);
      const name = callee.type === 'MemberExpression' ? getPropertyName(callee) : undefined;
      if (name === 'destination' || name === 'transport') return undefined;
    }
    return first;
  }
  const logger = lookupProperty(first, 'logger', scope);
  if (logger.kind === 'absent') return undefined;
  if (logger.kind === 'unknown') return null;
  return logger.value;
}

/** `null` options cannot be read; `undefined` ones are not there. */
function getRedaction(options: Node | undefined | null, scope: Scope): Redaction {
  if (options === null) return UNKNOWN;
  if (options === undefined) return NONE;
  // `logger: true` in Fastify: pino with its defaults.
  if (resolveExpression(options, scope).type === 'Literal') return NONE;
  const redact = lookupProperty(options, 'redact', scope);
  if (redact.kind === 'absent') return NONE;
  if (redact.kind === 'unknown') return UNKNOWN;

  let list = redact.value;
  if (list.type === 'ObjectExpression' || list.type === 'Identifier') {
    const paths = lookupProperty(list, 'paths', scope);
    if (paths.kind !== 'known') return UNKNOWN;
    list = paths.value;
  }
  list = resolveExpression(list, scope);
  if (list.type !== 'ArrayExpression') return UNKNOWN;

  const paths: string[][] = [];
  for (const element of list.elements) {
    if (!element || element.type === 'SpreadElement') return UNKNOWN;
    const text = getStringValue(element, scope);
    const path = text === undefined ? undefined : parseRedactPath(text);
    if (!path) return UNKNOWN;
    paths.push(path);
  }
  return { kind: 'paths', paths };
}

function isWrapper(node: Node): boolean {
  return (
    node.type === 'TSAsExpression' ||
    node.type === 'TSSatisfiesExpression' ||
    node.type === 'TSNonNullExpression' ||
    node.type === 'AwaitExpression'
  );
}

function unwrap(node: Node): Node {
  let bare = skipTypeWrappers(node);
  while (bare.type === 'ChainExpression') bare = skipTypeWrappers(bare.expression);
  return bare;
}
