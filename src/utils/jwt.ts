import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable } from './eslint-utils';
import { findApiCalls, type ApiSpec } from './references';
import { getPropertyName, lookupProperty, type PropertyLookup } from './values';

type Scope = TSESLint.Scope.Scope;

export type JwtLibrary =
  | 'jsonwebtoken'
  | 'jose'
  | 'fast-jwt'
  | '@nestjs/jwt'
  | 'express-jwt'
  | 'koa-jwt'
  | 'passport-jwt';

/** What a site does with tokens. */
export type JwtOperation = 'sign' | 'verify' | 'decode';

/** The settings the JWT rules ask about, whatever each library calls them. */
export type JwtSetting =
  | 'expiry'
  | 'algorithm'
  | 'algorithms'
  | 'issuer'
  | 'audience'
  | 'ignoreExpiration';

/**
 * One place where a library signs, verifies or decodes tokens, with where
 * its settings live. jose's `SignJWT` keeps its settings in a method chain
 * rather than an options object; `chain` holds those calls.
 */
export interface JwtSite {
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  library: JwtLibrary;
  operation: JwtOperation;
  /** The options argument, or `undefined` when it is not written. */
  options: TSESTree.Expression | undefined;
  /** Where a new options argument goes, or -1 when none can be added. */
  optionsIndex: number;
  /** False when the options cannot be seen at all (spread arguments). */
  optionsVisible: boolean;
  /** Nested object holding the settings, e.g. `['signOptions']`. */
  prefix: readonly string[];
  /** The library's name for each setting it has. */
  names: Partial<Record<JwtSetting, string>>;
  /** The payload argument of a sign call. */
  payload?: TSESTree.Expression;
  /** Module-level defaults may supply what the call leaves out. */
  inheritsDefaults: boolean;
  /** jose `new SignJWT(...)`: the chained setter calls by method name. */
  chain?: JoseChain;
}

export interface JoseChain {
  calls: Map<string, TSESTree.CallExpression>;
  /** The `.sign` member of the final call, absent when not signed here. */
  sign: TSESTree.MemberExpression | undefined;
}

interface SiteTemplate {
  library: JwtLibrary;
  operation: JwtOperation;
  optionsIndex: number;
  payloadIndex?: number;
  prefix?: readonly string[];
  names: Partial<Record<JwtSetting, string>>;
  /** The last argument may be a callback instead of options. */
  callback?: boolean;
  inheritsDefaults?: boolean;
}

const JWT_SIGN_NAMES = {
  expiry: 'expiresIn',
  algorithm: 'algorithm',
  issuer: 'issuer',
  audience: 'audience',
} as const;

const JWT_VERIFY_NAMES = {
  algorithms: 'algorithms',
  issuer: 'issuer',
  audience: 'audience',
  ignoreExpiration: 'ignoreExpiration',
} as const;

const MIDDLEWARE_NAMES = {
  algorithms: 'algorithms',
  issuer: 'issuer',
  audience: 'audience',
} as const;

function spec(
  module: string,
  path: string[],
  template: SiteTemplate | SiteTemplate[],
  kind: ApiSpec<SiteTemplate[]>['kind'] = 'call',
): ApiSpec<SiteTemplate[]> {
  const info = Array.isArray(template) ? template : [template];
  return { modules: [module], path, kind, info };
}

const jsonwebtokenSign: SiteTemplate = {
  library: 'jsonwebtoken',
  operation: 'sign',
  optionsIndex: 2,
  payloadIndex: 0,
  names: JWT_SIGN_NAMES,
  callback: true,
};
const jsonwebtokenVerify: SiteTemplate = {
  library: 'jsonwebtoken',
  operation: 'verify',
  optionsIndex: 2,
  names: JWT_VERIFY_NAMES,
  callback: true,
};
const expressJwt: SiteTemplate = {
  library: 'express-jwt',
  operation: 'verify',
  optionsIndex: 0,
  names: MIDDLEWARE_NAMES,
};
const koaJwt: SiteTemplate = { ...expressJwt, library: 'koa-jwt' };
const passportJwt: SiteTemplate = {
  library: 'passport-jwt',
  operation: 'verify',
  optionsIndex: 0,
  names: JWT_VERIFY_NAMES,
};
const joseJwsVerify: SiteTemplate = {
  library: 'jose',
  operation: 'verify',
  optionsIndex: 2,
  names: { algorithms: 'algorithms' },
};
const nestModuleSign: SiteTemplate = {
  library: '@nestjs/jwt',
  operation: 'sign',
  optionsIndex: 0,
  prefix: ['signOptions'],
  names: JWT_SIGN_NAMES,
};
const nestModuleVerify: SiteTemplate = {
  library: '@nestjs/jwt',
  operation: 'verify',
  optionsIndex: 0,
  prefix: ['verifyOptions'],
  names: JWT_VERIFY_NAMES,
};

const SPECS: ApiSpec<SiteTemplate[]>[] = [
  spec('jsonwebtoken', ['sign'], jsonwebtokenSign),
  spec('jsonwebtoken', ['verify'], jsonwebtokenVerify),
  spec('jsonwebtoken', ['decode'], {
    library: 'jsonwebtoken',
    operation: 'decode',
    optionsIndex: 1,
    names: {},
  }),
  spec('jose', ['jwtVerify'], {
    library: 'jose',
    operation: 'verify',
    optionsIndex: 2,
    names: MIDDLEWARE_NAMES,
  }),
  // JWS verification below the JWT layer takes the same `algorithms` list.
  spec('jose', ['compactVerify'], joseJwsVerify),
  spec('jose', ['flattenedVerify'], joseJwsVerify),
  spec('jose', ['generalVerify'], joseJwsVerify),
  spec('jose', ['decodeJwt'], {
    library: 'jose',
    operation: 'decode',
    optionsIndex: -1,
    names: {},
  }),
  spec(
    'jose',
    ['SignJWT'],
    { library: 'jose', operation: 'sign', optionsIndex: -1, payloadIndex: 0, names: {} },
    'construct',
  ),
  spec('fast-jwt', ['createSigner'], {
    library: 'fast-jwt',
    operation: 'sign',
    optionsIndex: 0,
    names: { expiry: 'expiresIn', algorithm: 'algorithm', issuer: 'iss', audience: 'aud' },
  }),
  spec('fast-jwt', ['createVerifier'], {
    library: 'fast-jwt',
    operation: 'verify',
    optionsIndex: 0,
    names: {
      algorithms: 'algorithms',
      issuer: 'allowedIss',
      audience: 'allowedAud',
      ignoreExpiration: 'ignoreExpiration',
    },
  }),
  spec('express-jwt', [], expressJwt),
  spec('express-jwt', ['expressjwt'], expressJwt),
  spec('koa-jwt', [], koaJwt),
  spec('passport-jwt', ['Strategy'], passportJwt, 'construct'),
  // Module options configure both the signing and the verifying side.
  spec('@nestjs/jwt', ['JwtModule', 'register'], [nestModuleSign, nestModuleVerify]),
  spec('@nestjs/jwt', ['JwtModule', 'registerAsync'], [nestModuleSign, nestModuleVerify]),
];

// A `JwtService` receives its defaults from `JwtModule`, so a setting left
// out at the call is not known to be missing.
function nestService(template: SiteTemplate): SiteTemplate {
  return {
    ...template,
    library: '@nestjs/jwt',
    optionsIndex: 1,
    callback: false,
    inheritsDefaults: true,
  };
}

const NEST_SERVICE_METHODS: Record<string, SiteTemplate> = {
  sign: nestService(jsonwebtokenSign),
  signAsync: nestService(jsonwebtokenSign),
  verify: nestService(jsonwebtokenVerify),
  verifyAsync: nestService(jsonwebtokenVerify),
  decode: {
    library: '@nestjs/jwt',
    operation: 'decode',
    optionsIndex: 1,
    names: {},
  },
};

/**
 * Listeners that hand every JWT sign, verify and decode site in the file to
 * `handle`: jsonwebtoken, jose, fast-jwt, @nestjs/jwt (module options and
 * injected `JwtService`), express-jwt, koa-jwt and passport-jwt (also as a
 * NestJS `PassportStrategy`).
 */
export function jwtSiteListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  handle: (site: JwtSite) => void,
): TSESLint.RuleListener {
  const { sourceCode } = context;
  let serviceNames = new Set<string>();

  return {
    Program(program) {
      for (const { node, info } of findApiCalls(sourceCode, SPECS)) {
        for (const template of info) handle(buildSite(node, template));
      }
      serviceNames = getNestServiceNames(sourceCode, program);
    },
    'ClassDeclaration, ClassExpression'(
      node: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
    ) {
      const superCall = getPassportStrategySuperCall(node, sourceCode);
      if (superCall) handle(buildSite(superCall, passportJwt));
    },
    CallExpression(node) {
      if (serviceNames.size === 0) return;

      const template = getNestServiceTemplate(node, serviceNames);
      if (template) handle(buildSite(node, template));
    },
  };
}

function buildSite(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  template: SiteTemplate,
): JwtSite {
  const args = node.arguments;
  const spreadAt = args.findIndex((arg) => arg.type === 'SpreadElement');
  const visibleCount = spreadAt === -1 ? args.length : spreadAt;

  let options: TSESTree.Expression | undefined;
  // A spread may hold the options; too few arguments is half-written code.
  let optionsVisible =
    (spreadAt === -1 || spreadAt > template.optionsIndex) &&
    args.length >= template.optionsIndex;
  if (template.optionsIndex >= 0 && optionsVisible) {
    const arg = args[template.optionsIndex] as TSESTree.Expression | undefined;
    options = template.callback && arg && isFunction(arg) ? undefined : arg;
  }

  const isFactory =
    template.library === '@nestjs/jwt' &&
    node.callee.type === 'MemberExpression' &&
    getPropertyName(node.callee) === 'registerAsync';
  if (isFactory) {
    options = options && getFactoryResult(options);
    optionsVisible &&= options !== undefined;
  }

  const payloadArg =
    template.payloadIndex !== undefined && template.payloadIndex < visibleCount
      ? (args[template.payloadIndex] as TSESTree.Expression)
      : undefined;

  return {
    node,
    library: template.library,
    operation: template.operation,
    options,
    optionsIndex: template.optionsIndex,
    optionsVisible,
    prefix: template.prefix ?? [],
    names: template.names,
    payload: payloadArg,
    inheritsDefaults: template.inheritsDefaults ?? false,
    chain:
      template.library === 'jose' && template.operation === 'sign'
        ? getJoseChain(node)
        : undefined,
  };
}

/**
 * Looks up a setting at a site: in its options object (through constants
 * and spreads) or, for jose, in its setter chain.
 */
export function lookupSetting(
  site: JwtSite,
  setting: JwtSetting,
  scope: Scope,
): PropertyLookup {
  if (site.chain) return lookupChainSetting(site.chain, setting, scope);

  const name = site.names[setting];
  if (!name || !site.optionsVisible) return { kind: 'unknown' };

  const found = lookupProperty(site.options, [...site.prefix, name], scope);
  if (found.kind === 'absent' && site.inheritsDefaults) {
    return { kind: 'unknown' };
  }
  return found;
}

const JOSE_SETTERS: Partial<Record<JwtSetting, string>> = {
  expiry: 'setExpirationTime',
  issuer: 'setIssuer',
  audience: 'setAudience',
  algorithm: 'setProtectedHeader',
};

function lookupChainSetting(
  chain: JoseChain,
  setting: JwtSetting,
  scope: Scope,
): PropertyLookup {
  const method = JOSE_SETTERS[setting];
  // Without a `.sign()` in the chain the builder escapes; we cannot see it.
  if (!method || !chain.sign) return { kind: 'unknown' };

  const call = chain.calls.get(method);
  if (!call) return { kind: 'absent' };

  const arg = call.arguments[0];
  if (!arg || arg.type === 'SpreadElement') return { kind: 'unknown' };
  if (setting === 'algorithm') return lookupProperty(arg, 'alg', scope);
  return { kind: 'known', property: undefined, value: arg };
}

/** The chained calls after `new SignJWT(...)`: `.setIssuer(...).sign(key)`. */
function getJoseChain(node: TSESTree.Node): JoseChain {
  const calls = new Map<string, TSESTree.CallExpression>();
  let current: TSESTree.Node = node;
  let sign: TSESTree.MemberExpression | undefined;

  for (;;) {
    const member = current.parent;
    if (member?.type !== 'MemberExpression' || member.object !== current) break;
    const call = member.parent;
    if (call?.type !== 'CallExpression' || call.callee !== member) break;

    const name = getPropertyName(member);
    if (name === undefined) break;
    if (name === 'sign') {
      sign = member;
      break;
    }
    calls.set(name, call);
    current = call;
  }

  return { calls, sign };
}

function isFunction(node: TSESTree.Node): boolean {
  return (
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'FunctionExpression'
  );
}

/** `registerAsync({ useFactory: () => ({ ... }) })`: the object returned. */
function getFactoryResult(
  options: TSESTree.Expression,
): TSESTree.Expression | undefined {
  if (options.type !== 'ObjectExpression') return undefined;

  let factory: TSESTree.Node | undefined;
  for (const prop of options.properties) {
    if (prop.type === 'Property' && getPropertyName(prop) === 'useFactory') {
      factory = prop.value;
    }
  }
  if (!factory || !isFunction(factory)) return undefined;

  const fn = factory as TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;
  if (fn.body.type !== 'BlockStatement') return fn.body;

  const returns = fn.body.body.filter(
    (statement): statement is TSESTree.ReturnStatement =>
      statement.type === 'ReturnStatement',
  );
  return returns.length === 1 ? (returns[0]?.argument ?? undefined) : undefined;
}

/**
 * `class S extends PassportStrategy(Strategy) { constructor() { super({...}) } }`:
 * NestJS passes the `super` options to passport-jwt's `Strategy`.
 */
function getPassportStrategySuperCall(
  classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.CallExpression | undefined {
  const mixin = classNode.superClass;
  if (mixin?.type !== 'CallExpression') return undefined;

  const strategy = mixin.arguments[0];
  if (strategy?.type !== 'Identifier') return undefined;
  if (!isPassportJwtStrategy(strategy, sourceCode.getScope(classNode))) {
    return undefined;
  }

  const constructor = classNode.body.body.find(
    (member): member is TSESTree.MethodDefinition =>
      member.type === 'MethodDefinition' && member.kind === 'constructor',
  );
  for (const statement of constructor?.value.body?.body ?? []) {
    if (
      statement.type === 'ExpressionStatement' &&
      statement.expression.type === 'CallExpression' &&
      statement.expression.callee.type === 'Super'
    ) {
      return statement.expression;
    }
  }
  return undefined;
}

/** `Strategy` imported or required from passport-jwt, under any local name. */
function isPassportJwtStrategy(identifier: TSESTree.Identifier, scope: Scope): boolean {
  const def = findVariable(scope, identifier)?.defs[0];
  if (def?.type === 'ImportBinding') {
    return (
      def.node.type === 'ImportSpecifier' &&
      def.parent.type === 'ImportDeclaration' &&
      def.parent.source.value === 'passport-jwt' &&
      getImportedName(def.node) === 'Strategy'
    );
  }
  if (def?.type !== 'Variable') return false;

  const init = def.node.init;
  const property = def.name.parent;
  return (
    init?.type === 'CallExpression' &&
    init.callee.type === 'Identifier' &&
    init.callee.name === 'require' &&
    init.arguments[0]?.type === 'Literal' &&
    init.arguments[0].value === 'passport-jwt' &&
    property?.type === 'Property' &&
    getPropertyName(property) === 'Strategy'
  );
}

/**
 * Names under which a `JwtService` from @nestjs/jwt is reachable: parameters
 * and class properties typed `JwtService`, used as `name.sign(...)` or
 * `this.name.sign(...)`.
 */
function getNestServiceNames(
  sourceCode: Readonly<TSESLint.SourceCode>,
  program: TSESTree.Program,
): Set<string> {
  const names = new Set<string>();

  for (const statement of program.body) {
    if (
      statement.type !== 'ImportDeclaration' ||
      statement.source.value !== '@nestjs/jwt'
    ) {
      continue;
    }
    for (const specifier of statement.specifiers) {
      if (
        specifier.type !== 'ImportSpecifier' ||
        getImportedName(specifier) !== 'JwtService'
      ) {
        continue;
      }
      for (const variable of sourceCode.scopeManager?.getDeclaredVariables(specifier) ?? []) {
        for (const reference of variable.references) {
          const name = getTypedBindingName(reference.identifier);
          if (name) names.add(name);
        }
      }
    }
  }

  return names;
}

function getImportedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === 'Identifier'
    ? specifier.imported.name
    : specifier.imported.value;
}

/** `jwt: JwtService` on a parameter or class property: `jwt`. */
function getTypedBindingName(identifier: TSESTree.Node): string | undefined {
  const reference = identifier.parent;
  if (reference?.type !== 'TSTypeReference') return undefined;
  const annotation = reference.parent;
  if (annotation?.type !== 'TSTypeAnnotation') return undefined;

  const owner = annotation.parent;
  if (owner.type === 'Identifier') return owner.name;
  if (
    owner.type === 'PropertyDefinition' &&
    owner.key.type === 'Identifier' &&
    !owner.computed
  ) {
    return owner.key.name;
  }
  return undefined;
}

function getNestServiceTemplate(
  node: TSESTree.CallExpression,
  serviceNames: Set<string>,
): SiteTemplate | undefined {
  const callee = node.callee;
  if (callee.type !== 'MemberExpression') return undefined;

  const method = getPropertyName(callee);
  if (method === undefined || !Object.hasOwn(NEST_SERVICE_METHODS, method)) {
    return undefined;
  }

  const receiver = callee.object;
  const name =
    receiver.type === 'Identifier'
      ? receiver.name
      : receiver.type === 'MemberExpression' &&
          receiver.object.type === 'ThisExpression' &&
          !receiver.computed &&
          receiver.property.type === 'Identifier'
        ? receiver.property.name
        : undefined;

  return name !== undefined && serviceNames.has(name)
    ? NEST_SERVICE_METHODS[method]
    : undefined;
}
