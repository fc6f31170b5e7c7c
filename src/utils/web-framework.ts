import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable } from './eslint-utils';
import { findApiCalls, type ApiSpec } from './references';
import {
  getMiddlewareValidation,
  allSources,
  findValidatorCalls,
  flowsIntoValidator,
  getImportedName,
  mergeValidation,
  type RequestSource,
  type SourceValidation,
  type ValidationKind,
  type ValidatorNames,
} from './request-validation';
import { getNestReads, getRequestReads, type SourceRead } from './request-reads';
import {
  getPropertyName,
  lookupProperty,
  resolveExpression,
  skipTypeWrappers,
} from './values';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;

export type Framework = 'express' | 'fastify' | 'koa' | 'hono' | 'nest' | 'next';

export type FunctionLike =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

/** A request handler and what runs before it. */
export interface RequestHandler {
  framework: Framework;
  /** The handler function (the controller method for NestJS). */
  node: FunctionLike;
  /** Sources validated before the handler runs. */
  validated: SourceValidation;
  /** Every read of a request source in the handler, in source order. */
  reads: SourceRead[];
  /** The rule's names, with the file's validator API calls. */
  names: ValidatorNames;
}

const ROUTE_METHODS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'del',
  'all',
  'options',
  'head',
  'on',
]);

const HTTP_EXPORTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

// Objects taken by name when they come from a parameter or an import.
const RECEIVER_NAME = /^(?:app|router|server|fastify|[a-z]\w*Router)$/u;

const NEST_MODULES = new Set(['@nestjs/common']);

type Receiver = 'express' | 'fastify' | 'koa' | 'hono' | 'unknown';

const RECEIVER_SPECS: ApiSpec<Receiver>[] = [
  { modules: ['express'], path: [], kind: 'call', info: 'express' },
  { modules: ['express'], path: ['Router'], kind: 'call', info: 'express' },
  { modules: ['fastify'], path: [], kind: 'call', info: 'fastify' },
  { modules: ['fastify'], path: ['fastify'], kind: 'call', info: 'fastify' },
  { modules: ['fastify'], path: ['default'], kind: 'call', info: 'fastify' },
  { modules: ['koa'], path: [], kind: 'construct', info: 'koa' },
  { modules: ['@koa/router', 'koa-router'], path: [], kind: 'construct', info: 'koa' },
  { modules: ['@koa/router'], path: ['Router'], kind: 'construct', info: 'koa' },
  { modules: ['hono'], path: ['Hono'], kind: 'construct', info: 'hono' },
];

interface UseCall {
  receiver: string;
  position: number;
  validated: SourceValidation;
}

/**
 * Collects the request handlers of a file (Express, Fastify, Koa, Hono,
 * NestJS controllers, Next.js API routes) and hands each to `onHandler`
 * once the file is read.
 */
export function webHandlerListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  optionNames: ValidatorNames,
  onHandler: (handler: RequestHandler) => void,
): TSESLint.RuleListener {
  let names = optionNames;
  const { sourceCode } = context;
  const calls: TSESTree.CallExpression[] = [];
  const controllers: TSESTree.ClassDeclaration[] = [];
  const nextExports: Node[] = [];
  const filename = context.filename.replace(/\\/gu, '/');
  const nextKind = getNextRouteKind(filename);

  return {
    'CallExpression > MemberExpression.callee'(node: TSESTree.MemberExpression) {
      const name = getPropertyName(node);
      if (name === 'use' || name === 'route' || (name && ROUTE_METHODS.has(name))) {
        calls.push(node.parent as TSESTree.CallExpression);
      }
    },
    ClassDeclaration(node) {
      if (getDecorators(node).length > 0) controllers.push(node);
    },
    ExportDefaultDeclaration(node) {
      if (nextKind === 'pages') nextExports.push(node.declaration);
    },
    ExportNamedDeclaration(node) {
      if (nextKind !== 'app') return;
      // `export { handler as POST }`.
      if (!node.declaration && !node.source) {
        for (const specifier of node.specifiers) {
          const exported = specifier.exported;
          const name = exported.type === 'Identifier' ? exported.name : exported.value;
          if (HTTP_EXPORTS.has(name) && specifier.local.type === 'Identifier') {
            nextExports.push(specifier.local);
          }
        }
        return;
      }
      if (!node.declaration) return;
      const declaration = node.declaration;
      if (declaration.type === 'FunctionDeclaration') {
        if (declaration.id && HTTP_EXPORTS.has(declaration.id.name)) {
          nextExports.push(declaration);
        }
        return;
      }
      if (declaration.type !== 'VariableDeclaration') return;
      for (const declarator of declaration.declarations) {
        if (
          declarator.id.type === 'Identifier' &&
          HTTP_EXPORTS.has(declarator.id.name) &&
          declarator.init
        ) {
          nextExports.push(declarator.init);
        }
      }
    },
    'Program:exit'(program) {
      if (calls.length === 0 && controllers.length === 0 && nextExports.length === 0) return;
      const scope = sourceCode.getScope(program);
      names = { ...optionNames, apiCalls: findValidatorCalls(sourceCode) };
      // Most files register no routes: skip the import tracking for them.
      const receivers = calls.length > 0 ? getTrackedReceivers(sourceCode) : new Map<Tracked, Receiver>();
      const uses: UseCall[] = [];

      for (const call of calls) {
        const callee = call.callee as TSESTree.MemberExpression;
        const receiver = getReceiver(callee.object, receivers, scope);
        if (!receiver) continue;
        const method = getPropertyName(callee);

        if (method === 'use') {
          const validated = getArgsValidation(call.arguments, names, scope);
          if (validated) {
            uses.push({ receiver: receiver.key, position: call.range[0], validated });
          }
          continue;
        }

        const route = getRoute(call, method, receiver.framework, names, scope);
        if (!route) continue;

        let validated = route.validated;
        for (const use of uses) {
          if (use.position < call.range[0] && isSameOrApp(use.receiver, receiver.key)) {
            validated = mergeValidation(validated, use.validated);
          }
        }
        emit(route.handler, route.framework, validated);
      }

      for (const declaration of controllers) {
        for (const handler of getNestHandlers(declaration, names, scope)) {
          onHandler(handler);
        }
      }

      for (const node of nextExports) {
        const handler = resolveHandler(node, scope);
        if (handler) emit(handler, 'next', new Map());
      }
    },
  };

  function emit(node: FunctionLike, framework: Framework, validated: SourceValidation): void {
    const reads = getRequestReads(node, framework, names, sourceCode.getScope(node));
    onHandler({
      framework,
      node,
      validated: mergeValidation(validated, reads.validated),
      reads: reads.reads,
      names,
    });
  }
}

function getNextRouteKind(filename: string): 'pages' | 'app' | undefined {
  if (/(?:^|\/)pages\/api\//u.test(filename)) return 'pages';
  if (/(?:^|\/)app\/(?:[^/]+\/)*route\.[cm]?[jt]sx?$/u.test(filename)) return 'app';
  return undefined;
}

function isSameOrApp(useReceiver: string, routeReceiver: string): boolean {
  return useReceiver === routeReceiver || !/router$/iu.test(useReceiver);
}

interface ReceiverInfo {
  framework: Receiver;
  key: string;
}

// An app is tracked by the variable that holds it, or by the call that makes
// it when routes are chained on it (`new Hono().get(...).post(...)`).
type Tracked = TSESLint.Scope.Variable | Node;

function getTrackedReceivers(sourceCode: Readonly<TSESLint.SourceCode>): Map<Tracked, Receiver> {
  const receivers = new Map<Tracked, Receiver>();
  const scope = sourceCode.scopeManager?.globalScope;
  if (!scope) return receivers;

  for (const { node, info } of findApiCalls(sourceCode, RECEIVER_SPECS)) {
    receivers.set(node, info);
    // `new Hono().basePath('/api')` still is the app.
    let top: Node = node;
    while (
      top.parent?.type === 'MemberExpression' &&
      top.parent.parent?.type === 'CallExpression'
    ) {
      top = top.parent.parent;
    }
    const parent = top.parent;
    if (parent?.type !== 'VariableDeclarator' || parent.id.type !== 'Identifier') {
      continue;
    }
    const variable = findVariable(scope, parent.id);
    if (variable) receivers.set(variable, info);
  }
  return receivers;
}

function getReceiver(
  node: Node,
  receivers: Map<Tracked, Receiver>,
  scope: Scope,
  depth = 0,
): ReceiverInfo | undefined {
  const object = skipTypeWrappers(node);
  if (depth > 20) return undefined;

  const made = receivers.get(object);
  if (made) return { framework: made, key: 'app' };

  // `app.route('/x').get(...)`, Hono's `app.get(...).post(...)`, and
  // Fastify's `app.withTypeProvider<T>().get(...)`.
  if (object.type === 'CallExpression') {
    const callee = skipTypeWrappers(object.callee);
    if (callee.type !== 'MemberExpression') return undefined;
    const name = getPropertyName(callee);
    if (name === undefined || !(name === 'route' || ROUTE_METHODS.has(name) || APP_VIEWS.has(name))) {
      return undefined;
    }
    return getReceiver(callee.object, receivers, scope, depth + 1);
  }

  if (object.type !== 'Identifier') return undefined;
  const variable = findVariable(scope, object);
  if (!variable) return undefined;

  const tracked = receivers.get(variable);
  if (tracked) return { framework: tracked, key: object.name };

  const def = variable.defs[0];
  if (def?.type === 'Parameter' && isFastifyParameter(def.name, def.node)) {
    return { framework: 'fastify', key: object.name };
  }
  // `const f = fastify.withTypeProvider<TypeBoxTypeProvider>()`.
  if (def?.type === 'Variable' && def.parent.kind === 'const' && def.node.init) {
    const init = skipTypeWrappers(def.node.init);
    const callee = init.type === 'CallExpression' ? skipTypeWrappers(init.callee) : undefined;
    if (callee?.type === 'MemberExpression' && APP_VIEWS.has(getPropertyName(callee) ?? '')) {
      const found = getReceiver(init, receivers, scope, depth + 1);
      return found && { framework: found.framework, key: object.name };
    }
  }
  if (
    RECEIVER_NAME.test(object.name) &&
    (def?.type === 'Parameter' || def?.type === 'ImportBinding')
  ) {
    return { framework: 'unknown', key: object.name };
  }
  return undefined;
}

// Calls that return the same app: `withTypeProvider<T>()`, Hono `basePath`.
const APP_VIEWS = new Set(['withTypeProvider', 'basePath']);

// A Fastify instance handed to a plugin: a parameter typed `FastifyInstance`,
// the first parameter of a `FastifyPluginAsync`, or of `app.register(fn)`.
function isFastifyParameter(name: Node, fn: Node): boolean {
  const annotation = (name as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation;
  if (isTypeNamed(annotation?.typeAnnotation, /^FastifyInstance$/u)) return true;
  if (
    (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') ||
    fn.params[0] !== name
  ) {
    return false;
  }
  const parent = fn.parent;
  if (parent.type === 'CallExpression' && parent.arguments[0] === fn) {
    const callee = skipTypeWrappers(parent.callee);
    return callee.type === 'MemberExpression' && getPropertyName(callee) === 'register';
  }
  return (
    parent.type === 'VariableDeclarator' &&
    parent.id.type === 'Identifier' &&
    isTypeNamed(parent.id.typeAnnotation?.typeAnnotation, /^FastifyPlugin(?:Async|Callback)?$/u)
  );
}

function isTypeNamed(type: TSESTree.TypeNode | undefined, name: RegExp): boolean {
  return (
    type?.type === 'TSTypeReference' &&
    type.typeName.type === 'Identifier' &&
    name.test(type.typeName.name)
  );
}

interface Route {
  handler: FunctionLike;
  framework: Framework;
  validated: SourceValidation;
}

function getRoute(
  call: TSESTree.CallExpression,
  method: string | undefined,
  receiver: Receiver,
  names: ValidatorNames,
  scope: Scope,
): Route | undefined {
  const args = call.arguments;
  if (args.length === 0) return undefined;

  // Fastify: `fastify.route({ method, url, schema, handler })`.
  if (method === 'route') {
    const options = args[0];
    if (args.length !== 1 || !options || options.type === 'SpreadElement') return undefined;
    return getFastifyRoute(options, undefined, scope, names);
  }

  // `app.route('/x').post(handler)` takes no path.
  const chained = isRouteChain((call.callee as TSESTree.MemberExpression).object);
  const first = chained ? 0 : 1;
  const last = args[args.length - 1];
  if (args.length <= first || !last || last.type === 'SpreadElement') return undefined;

  // Fastify shorthand with options: `fastify.post(url, { schema }, handler)`
  // or `fastify.post(url, { schema, handler })`.
  const options = !chained && (args.length === 3 || args.length === 2) ? args[1] : undefined;
  if (options && options.type !== 'SpreadElement' && isOptionsObject(options, scope)) {
    return getFastifyRoute(options, args.length === 3 ? last : undefined, scope, names);
  }

  // Hono's `app.on('GET', '/x', handler)`; Node's `server.on('request', fn)` is no route.
  if (method === 'on' && args.length - first < 2) return undefined;

  const handlerArg = flattenLast(last, scope);
  const handler = resolveHandler(handlerArg.handler, scope);
  // Four parameters make an Express error handler, whose first is the error.
  if (!handler || handler.params.length >= 4) return undefined;

  let validated: SourceValidation = new Map();
  const middleware = [...args.slice(first, -1), ...handlerArg.before];
  const found = getArgsValidation(middleware, names, scope);
  if (found) validated = found;

  return { handler, framework: guessFramework(receiver, handler), validated };
}

function isRouteChain(node: Node): boolean {
  let current = skipTypeWrappers(node);
  for (let steps = 0; steps < 20 && current.type === 'CallExpression'; steps++) {
    const callee = skipTypeWrappers(current.callee);
    if (callee.type !== 'MemberExpression') return false;
    if (getPropertyName(callee) === 'route') return true;
    current = skipTypeWrappers(callee.object);
  }
  return false;
}

function getFastifyRoute(
  options: Node,
  handlerNode: Node | undefined,
  scope: Scope,
  names: ValidatorNames,
): Route | undefined {
  // hapi's `server.route({ method, path, options: { validate } })` looks
  // alike; it validates through its own options.
  if (lookupProperty(options, 'path', scope).kind === 'known') return undefined;

  const handlerLookup = lookupProperty(options, 'handler', scope);
  const target = handlerNode ?? (handlerLookup.kind === 'known' ? handlerLookup.value : undefined);
  const handler = target && resolveHandler(target, scope);
  if (!handler) return undefined;

  let validated: SourceValidation = new Map();
  const schema = lookupProperty(options, 'schema', scope);
  if (schema.kind === 'known') {
    validated = getFastifySchemaValidation(schema.value, scope);
  } else if (schema.kind === 'unknown') {
    validated = allSources('schema');
  }

  for (const hook of ['preValidation', 'preHandler', 'onRequest']) {
    const found = lookupProperty(options, hook, scope);
    if (found.kind !== 'known') continue;
    const hookValidation = getMiddlewareValidation(found.value, names, scope);
    if (hookValidation) validated = mergeValidation(validated, hookValidation);
  }

  return { handler, framework: 'fastify', validated };
}

function getFastifySchemaValidation(schema: Node, scope: Scope): SourceValidation {
  const validated: SourceValidation = new Map();
  const keys = [
    ['body', 'body'],
    ['querystring', 'query'],
    ['query', 'query'],
    ['params', 'params'],
    ['headers', 'headers'],
  ] as const;
  for (const [key, source] of keys) {
    const found = lookupProperty(schema, key, scope);
    if (found.kind !== 'absent') validated.set(source, 'schema');
  }
  return validated;
}

function isOptionsObject(node: Node, scope: Scope): boolean {
  const value = resolveExpression(node, scope);
  if (value.type !== 'ObjectExpression') return false;
  return ['schema', 'handler', 'preHandler', 'preValidation', 'onRequest', 'config'].some(
    (key) => lookupProperty(value, key, scope).kind !== 'absent',
  );
}

function getArgsValidation(
  args: readonly Node[],
  names: ValidatorNames,
  scope: Scope,
): SourceValidation | undefined {
  let merged: SourceValidation | undefined;
  for (const arg of args) {
    if (arg.type === 'SpreadElement') continue;
    const found =
      getMiddlewareValidation(arg, names, scope) ??
      getInlineValidation(resolveHandler(arg, scope), names, scope) ??
      getInlineValidation(getFactoryResult(arg, scope), names, scope);
    if (found) merged = mergeValidation(merged, found);
  }
  return merged;
}

// `(req, res, next) => { Schema.parse(req.body); next(); }` before the handler.
function getInlineValidation(
  middleware: FunctionLike | undefined,
  names: ValidatorNames,
  scope: Scope,
): SourceValidation | undefined {
  if (!middleware || middleware.params.length < 3) return undefined;

  const validated: SourceValidation = new Map();
  for (const read of getRequestReads(middleware, 'express', names, scope).reads) {
    if (flowsIntoValidator(read.node, names, scope)) validated.set(read.source, 'schema');
  }
  return validated.size > 0 ? validated : undefined;
}

// A middleware factory of the file, whatever its name:
// `const withSchema = (s) => (req, res, next) => { s.parse(req.body); next(); }`
// used as `withSchema(S)`. The function it returns is the middleware.
function getFactoryResult(node: Node, scope: Scope): FunctionLike | undefined {
  const call = resolveExpression(node, scope);
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier') return undefined;
  const factory = resolveHandler(call.callee, scope);
  if (!factory) return undefined;
  if (factory.body.type !== 'BlockStatement') return resolveHandler(factory.body, scope);
  for (const statement of factory.body.body) {
    if (statement.type !== 'ReturnStatement' || !statement.argument) continue;
    const returned = resolveHandler(statement.argument, scope);
    if (returned) return returned;
  }
  return undefined;
}

// Express takes arrays of middleware: the handler is the last function.
function flattenLast(node: Node, scope: Scope): { handler: Node; before: Node[] } {
  const value = resolveExpression(node, scope);
  if (value.type !== 'ArrayExpression') return { handler: node, before: [] };
  const elements = value.elements.filter(
    (element): element is TSESTree.Expression => element !== null && element.type !== 'SpreadElement',
  );
  const last = elements[elements.length - 1];
  return last ? { handler: last, before: elements.slice(0, -1) } : { handler: node, before: [] };
}

/**
 * The function behind a handler expression: inline, a function declared in
 * the file, a `const` arrow, or the function given to a wrapper such as
 * `asyncHandler(async (req, res) => ...)`.
 */
export function resolveHandler(node: Node, scope: Scope, depth = 0): FunctionLike | undefined {
  if (depth > 3) return undefined;
  const bare = skipTypeWrappers(node);

  if (
    bare.type === 'FunctionDeclaration' ||
    bare.type === 'FunctionExpression' ||
    bare.type === 'ArrowFunctionExpression'
  ) {
    return bare;
  }

  if (bare.type === 'Identifier') {
    const variable = findVariable(scope, bare);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type === 'FunctionName' && def.node.type === 'FunctionDeclaration') {
      return def.node;
    }
    if (def?.type === 'Variable' && def.node.init && def.parent.kind === 'const') {
      return resolveHandler(def.node.init, scope, depth + 1);
    }
    return undefined;
  }

  // `UserController.create` of an object literal or a class's static method.
  if (bare.type === 'MemberExpression') return resolveMethod(bare, scope, depth);

  if (bare.type === 'CallExpression') {
    const inner = bare.arguments[bare.arguments.length - 1];
    if (!inner || inner.type === 'SpreadElement') return undefined;
    return resolveHandler(inner, scope, depth + 1);
  }
  return undefined;
}

function resolveMethod(
  member: TSESTree.MemberExpression,
  scope: Scope,
  depth: number,
): FunctionLike | undefined {
  const name = getPropertyName(member);
  const object = skipTypeWrappers(member.object);
  if (name === undefined || object.type !== 'Identifier') return undefined;

  const value = resolveExpression(object, scope);
  if (value.type === 'ObjectExpression') {
    const found = lookupProperty(value, name, scope);
    return found.kind === 'known' ? resolveHandler(found.value, scope, depth + 1) : undefined;
  }
  const def = findVariable(scope, object)?.defs[0];
  if (def?.type !== 'ClassName') return undefined;
  for (const element of def.node.body.body) {
    if (
      element.type === 'MethodDefinition' &&
      element.static &&
      element.kind === 'method' &&
      !element.computed &&
      element.key.type === 'Identifier' &&
      element.key.name === name &&
      element.value.type === 'FunctionExpression'
    ) {
      return element.value;
    }
  }
  return undefined;
}

function guessFramework(receiver: Receiver, handler: FunctionLike): Framework {
  if (receiver !== 'unknown') return receiver;
  const first = handler.params[0];
  if (first?.type === 'Identifier' && (first.name === 'ctx' || first.name === 'context')) {
    return 'koa';
  }
  if (first?.type === 'Identifier' && first.name === 'c') return 'hono';
  return 'express';
}

function getNestHandlers(
  declaration: TSESTree.ClassDeclaration,
  names: ValidatorNames,
  scope: Scope,
): RequestHandler[] {
  const isController = getDecorators(declaration).some((decorator) => {
    const expression = decorator.expression;
    const callee = expression.type === 'CallExpression' ? expression.callee : expression;
    return (
      callee.type === 'Identifier' &&
      getImportedName(callee, scope, NEST_MODULES) === 'Controller'
    );
  });
  if (!isController) return [];
  const classPipes = hasPipes(getDecorators(declaration), scope);

  const handlers: RequestHandler[] = [];
  for (const member of declaration.body.body) {
    if (member.type !== 'MethodDefinition' || member.kind !== 'method') continue;
    if (member.value.type !== 'FunctionExpression') continue;
    const reads = getNestReads(member.value, scope);
    if (reads.length === 0) continue;
    // `@UsePipes(new ZodValidationPipe(schema))` on the method or the class
    // runs the pipe on every parameter.
    const piped = classPipes || hasPipes(member.decorators, scope);
    handlers.push({
      framework: 'nest',
      node: member.value,
      validated: piped ? allSources('schema') : new Map<RequestSource, ValidationKind>(),
      reads,
      names,
    });
  }
  return handlers;
}

function hasPipes(decorators: readonly TSESTree.Decorator[] | undefined, scope: Scope): boolean {
  return (decorators ?? []).some((decorator) => {
    const expression = decorator.expression;
    return (
      expression.type === 'CallExpression' &&
      expression.callee.type === 'Identifier' &&
      expression.arguments.length > 0 &&
      getImportedName(expression.callee, scope, NEST_MODULES) === 'UsePipes'
    );
  });
}

/** Decorators of a class; espree leaves the property out of its nodes. */
function getDecorators(node: TSESTree.ClassDeclaration): TSESTree.Decorator[] {
  return (node as { decorators?: TSESTree.Decorator[] }).decorators ?? [];
}
