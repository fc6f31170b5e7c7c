import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable, getStaticValue } from './eslint-utils';
import { isGuardedValue, isSafelyTypedParameter } from './sql-guards';
import { isSafeSchemaField } from './sql-schemas';
import { getPropertyName, resolveExpression, skipTypeWrappers } from './values';

type Node = TSESTree.Node;
type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** A piece of a string being built: SQL text, or a value put into it. */
export type StringPart =
  | { kind: 'text'; value: string; node: Node }
  | {
      kind: 'value';
      node: TSESTree.Expression;
      safe: boolean;
      /** The value's text when it is a string constant. */
      constant?: string;
      /** It is, or holds, a string (not a number added to one). */
      stringy: boolean;
    };

/** How a string was built from pieces. */
export type BuildShape =
  | 'template'
  | 'concatenation'
  | 'concat'
  | 'join'
  | 'format'
  | 'variable';

/** A string built with a value that is not known to be safe in it. */
export interface UnsafeBuild {
  /** Where to report: the template, the concatenation, or the identifier. */
  node: Node;
  shape: BuildShape;
  /** The pieces of a template or concatenation written at `node`; else empty. */
  parts: StringPart[];
  /** The SQL text around the values, for telling SQL from other strings. */
  text: string;
}

/** Calls the rule found through imports, which change what a value is. */
export interface KnownCalls {
  /** Calls that return escaped text: `pg-format` with `%I`/`%L`, `mysql.format`. */
  escapes: ReadonlySet<Node>;
  /** `util.format`: builds a string from all its arguments. */
  formats: ReadonlySet<Node>;
}

const MAX_DEPTH = 24;

/** Functions whose result is escaped or quoted for SQL. */
const ESCAPE_NAMES = new Set([
  'escape', 'escapeId', 'escapeIdentifier', 'escapeLiteral', 'escapeString',
  'quote', 'quoteIdentifier', 'quoteLiteral', 'quoteIdent', 'ident', 'literal',
]);

/** Functions whose result is a number or a boolean. */
const NUMERIC_FUNCTIONS = new Set([
  'Number', 'parseInt', 'parseFloat', 'Boolean', 'BigInt', 'isNaN', 'isFinite',
]);
const NUMERIC_OBJECTS = new Set(['Math', 'Number', 'Date']);
const NUMERIC_METHODS = new Set([
  'toFixed', 'toPrecision', 'getTime', 'valueOf', 'indexOf', 'lastIndexOf',
  'findIndex', 'includes', 'some', 'every', 'startsWith', 'endsWith', 'test',
  'toISOString', 'toJSON', 'getFullYear', 'getMonth', 'getDate', 'getHours',
]);
/** String methods that keep a safe string safe. */
const PASS_THROUGH_METHODS = new Set([
  'trim', 'trimStart', 'trimEnd', 'toUpperCase', 'toLowerCase', 'slice',
  'substring', 'substr', 'padStart', 'padEnd', 'repeat', 'toString',
  'toLocaleString', 'at', 'charAt', 'replace', 'replaceAll',
]);
/** Array methods whose result holds only the array's own elements. */
const SAME_ELEMENT_METHODS = new Set([
  'filter', 'slice', 'concat', 'sort', 'reverse', 'flat', 'toSorted', 'toReversed',
]);
const QUERY_BUILDER_NAME = /^(?:qb|query|queryBuilder|builder)$|(?:Qb|QueryBuilder|Builder)$/u;
const SQL_TAG_NAME = /^(?:sql|SQL)$|Sql$/u;
const SQL_TAG_METHODS = new Set(['$queryRaw', '$executeRaw']);
const ELEMENT_CALLBACKS = new Set([
  'map', 'forEach', 'flatMap', 'filter', 'some', 'every', 'find',
]);
const SAFE_DEFINITIONS = new Set(['FunctionName', 'ClassName', 'TSEnumName']);
const OBJECT_LISTS = new Set(['keys', 'entries', 'values']);
const NUMERIC_OPERATORS = new Set(['-', '*', '/', '%', '**', '|', '&', '^', '<<', '>>', '>>>']);
const BOOLEAN_OPERATORS = new Set([
  '==', '!=', '===', '!==', '<', '<=', '>', '>=', 'in', 'instanceof',
]);

/**
 * Judges how strings were built: which templates, concatenations and
 * variables carry a value into SQL that is neither constant, escaped nor a
 * number. One analyzer per file; it remembers what it learnt of variables.
 */
export function createStringAnalyzer(globalScope: Scope, known: KnownCalls) {
  const safeVariables = new Map<Variable, boolean>();
  const safeArrays = new Map<Variable, boolean>();
  const builtVariables = new Map<Variable, UnsafeBuild | null>();
  /** Callback parameters known to hold safe values while a callback is judged. */
  const safeParams = new Set<Variable>();

  function getVariable(node: TSESTree.Identifier): Variable | null {
    return findVariable(globalScope, node);
  }

  /**
   * `getStaticValue`, except for names bound to a `+` chain or a template,
   * which this analyzer walks itself: a chain thousands long would
   * exhaust the stack in a recursive evaluator.
   */
  function getConstant(node: TSESTree.Identifier | TSESTree.MemberExpression): boolean {
    let root: Node = node;
    while (root.type === 'MemberExpression') root = root.object;
    if (root.type === 'Identifier') {
      const def = getVariable(root)?.defs[0];
      const init = def?.type === 'Variable' ? def.node.init : null;
      const bare = init && skipTypeWrappers(init);
      if (bare?.type === 'BinaryExpression' || bare?.type === 'TemplateLiteral') return false;
    }
    return getStaticValue(node, globalScope) !== null;
  }

  /** True when a value put into SQL text is constant, escaped or a number. */
  function isSafeValue(node: Node, depth: number): boolean {
    // Past the depth limit we cannot tell; say nothing.
    if (depth > MAX_DEPTH) return true;
    const bare = skipTypeWrappers(node);

    switch (bare.type) {
      case 'ObjectExpression':
        // `buildWhere({ name: req.body.name })`, `JSON.stringify({ ...req.body })`.
        return bare.properties.every((property) =>
          property.type === 'SpreadElement'
            ? isSafeValue(property.argument, depth + 1)
            : (!property.computed || isSafeValue(property.key, depth + 1)) &&
              isSafeValue(property.value, depth + 1),
        );
      case 'Literal':
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
      case 'ClassExpression':
      case 'UpdateExpression':
      case 'ThisExpression':
        return bare.type !== 'ThisExpression';
      case 'UnaryExpression':
        return true;
      case 'TemplateLiteral':
        return bare.expressions.every((expression) => isSafeValue(expression, depth + 1));
      case 'TaggedTemplateExpression':
        // `sql\`...\`` and its kin parameterise; `dedent`, `String.raw` and
        // other tags build a string from the parts.
        return isSqlTag(bare.tag) || isSafeValue(bare.quasi, depth + 1);
      case 'Identifier':
        return (
          isSafeIdentifier(bare, depth) ||
          isGuardedIdentifier(bare) ||
          isSafeSchemaField(bare, globalScope)
        );
      case 'MemberExpression':
        return (
          isSafeMember(bare, depth) ||
          isGuardedValue(bare, isAllowlist) ||
          isSafeSchemaField(bare, globalScope)
        );
      case 'CallExpression':
      case 'NewExpression':
        return isSafeCall(bare, depth);
      case 'ConditionalExpression':
        return isSafeValue(bare.consequent, depth + 1) && isSafeValue(bare.alternate, depth + 1);
      case 'LogicalExpression':
        return isSafeValue(bare.left, depth + 1) && isSafeValue(bare.right, depth + 1);
      case 'BinaryExpression':
        return isSafeBinary(bare, depth);
      case 'AwaitExpression':
        return isSafeValue(bare.argument, depth + 1);
      case 'ChainExpression':
        return isSafeValue(bare.expression, depth + 1);
      case 'AssignmentExpression':
        return isSafeValue(bare.right, depth + 1);
      case 'SequenceExpression':
        return isSafeValue(bare.expressions.at(-1) ?? bare, depth + 1);
      case 'ArrayExpression':
        return isSafeArray(bare, depth);
      default:
        return false;
    }
  }

  function isSafeBinary(node: TSESTree.BinaryExpression, depth: number): boolean {
    if (NUMERIC_OPERATORS.has(node.operator) || BOOLEAN_OPERATORS.has(node.operator)) return true;

    // A `+` chain can be thousands long: walk it without recursion.
    const operands: Node[] = [];
    const stack: Node[] = [node];
    while (stack.length > 0) {
      const current = skipTypeWrappers(stack.pop() as Node);
      if (current.type === 'BinaryExpression' && current.operator === '+') {
        stack.push(current.right, current.left);
        continue;
      }
      operands.push(current);
    }
    // `page + 1` is arithmetic only when `page` is a number; a string
    // from a request stays a string with `1` glued to it.
    return operands.every((operand) => isSafeValue(operand, depth + 1));
  }

  function isSafeIdentifier(node: TSESTree.Identifier, depth: number): boolean {
    if (node.name === 'undefined' || node.name === 'NaN' || node.name === 'Infinity') return true;
    if (getConstant(node)) return true;

    const variable = getVariable(node);
    if (!variable) return false;
    if (safeParams.has(variable)) return true;

    // A variable built from itself (`q += q`) must not loop.
    return memoize(safeVariables, variable, () => isSafeVariable(variable, depth));
  }

  /** Checked against an allowlist, and not assigned again after. */
  function isGuardedIdentifier(node: TSESTree.Identifier): boolean {
    const variable = getVariable(node);
    if (!variable) return false;
    const writes = variable.references.filter((reference) => reference.isWrite()).length;
    if (writes > 1 || (writes === 1 && variable.defs[0]?.type === 'Parameter')) return false;
    return isGuardedValue(node, isAllowlist);
  }

  /** A fixed list of literals: `['asc', 'desc']`, `new Set([...])`, `Object.values(Enum)`. */
  function isAllowlist(node: Node): boolean {
    const bare = skipTypeWrappers(node);
    if (bare.type === 'Identifier') {
      const variable = getVariable(bare);
      if (variable?.defs.some((def) => def.type === 'ImportBinding')) return true;
      if (!isDeclaredConst(bare)) return false;
      const value = resolveExpression(bare, getScopeOf(bare));
      return value !== bare && isAllowlist(value);
    }
    if (bare.type === 'ArrayExpression') {
      return bare.elements.every((element) => element?.type === 'Literal');
    }
    if (bare.type === 'NewExpression') {
      const callee = skipTypeWrappers(bare.callee);
      const list = bare.arguments[0];
      const isSet = callee.type === 'Identifier' && callee.name === 'Set';
      return isSet && list !== undefined && list.type !== 'SpreadElement' && isAllowlist(list);
    }
    if (bare.type !== 'CallExpression') return false;
    const callee = skipTypeWrappers(bare.callee);
    const target = bare.arguments[0];
    if (callee.type !== 'MemberExpression' || !isGlobalObject(callee.object, 'Object')) return false;
    if (!OBJECT_LISTS.has(getPropertyName(callee) ?? '') || !target) return false;
    if (target.type === 'Identifier') {
      const defs = getVariable(target)?.defs ?? [];
      if (defs.some((def) => def.type === 'TSEnumName')) return true;
    }
    return target.type !== 'SpreadElement' && isConstantObject(target);
  }

  /** `TABLES.map((t) => ...)`, `COLUMNS.forEach((c) => ...)`: an element of a safe array. */
  function isSafeElementParameter(variable: Variable, depth: number): boolean {
    const def = variable.defs[0];
    if (variable.defs.length !== 1 || def?.type !== 'Parameter') return false;
    const fn = def.node;
    if (fn.params[0] !== def.name) return false;
    const call = fn.parent;
    if (call?.type !== 'CallExpression' || call.arguments[0] !== fn) return false;
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== 'MemberExpression') return false;
    if (!ELEMENT_CALLBACKS.has(getPropertyName(callee) ?? '')) return false;
    return isSafeArray(callee.object, depth + 1);
  }

  function isSafeVariable(variable: Variable, depth: number): boolean {
    const defs = variable.defs;
    if (defs.length === 0) return false;
    if (isSafelyTypedParameter(variable)) return true;
    if (isSafeElementParameter(variable, depth)) return true;
    for (const def of defs) {
      // Imported values are taken for shared constants; see the rule page.
      if (def.type === 'ImportBinding') return true;
      if (SAFE_DEFINITIONS.has(def.type)) return true;
      if (def.type !== 'Variable') return false;
    }

    let writes = 0;
    for (const reference of variable.references) {
      if (!reference.isWrite()) continue;
      const value = reference.writeExpr;
      if (!value) continue;
      writes += 1;
      const parent = reference.identifier.parent;
      // `-=`, `*=` and the like make numbers.
      const operator = parent?.type === 'AssignmentExpression' ? parent.operator : '=';
      if (operator !== '=' && operator !== '+=') continue;
      if (!isSafeWrite(reference.identifier, value, depth)) return false;
    }
    return writes > 0;
  }

  /** `for (const c of cols)` takes an element, `for (const k in obj)` a key. */
  function isSafeWrite(identifier: Node, value: Node, depth: number): boolean {
    const loop = getLoop(identifier);
    if (loop === 'ForOfStatement') return isSafeArray(value, depth + 1);
    if (loop === 'ForInStatement') return isConstantObject(value);
    return isSafeValue(value, depth + 1);
  }

  function isSafeMember(node: TSESTree.MemberExpression, depth: number): boolean {
    if (isProcessEnv(node.object)) return true;
    if (getConstant(node)) return true;

    const name = getPropertyName(node);
    if (name === 'length') return true;
    // TypeORM's `qb.alias`: the name the code gave `createQueryBuilder`.
    if (name === 'alias' && QUERY_BUILDER_NAME.test(getName(node.object) ?? '')) return true;

    const object = skipTypeWrappers(node.object);
    if (object.type === 'Identifier') {
      const variable = getVariable(object);
      // Enum members, and properties of imported modules and models.
      if (variable?.defs.some((def) => def.type === 'TSEnumName' || def.type === 'ImportBinding')) {
        return true;
      }
      // `SORT_COLUMNS[key]` picks one of a constant object's own values.
      if (node.computed && isConstantTable(object)) return true;
    }
    if (node.computed && object.type === 'ArrayExpression') return isSafeArray(object, depth);
    return false;
  }

  /** A `const` object or array literal whose values are all literals. */
  function isConstantTable(node: TSESTree.Identifier): boolean {
    const value = resolveExpression(node, getScopeOf(node));
    if (value.type === 'ArrayExpression') {
      return value.elements.every((element) => element?.type === 'Literal');
    }
    if (value.type !== 'ObjectExpression') return false;
    return value.properties.every(
      (property) =>
        property.type === 'Property' &&
        !property.computed &&
        skipTypeWrappers(property.value).type === 'Literal',
    );
  }

  function getScopeOf(node: Node): Scope {
    let scope: Scope = globalScope;
    // Descend to the scope holding `node`, which `resolveExpression` wants.
    for (;;) {
      const child = scope.childScopes.find(
        ({ block }) => block.range[0] <= node.range[0] && node.range[1] <= block.range[1],
      );
      if (!child) return scope;
      scope = child;
    }
  }

  function isSafeCall(
    node: TSESTree.CallExpression | TSESTree.NewExpression,
    depth: number,
  ): boolean {
    const areSafe = (nodes: readonly Node[]): boolean =>
      nodes.every((arg) => isSafeValue(arg, depth + 1));
    if (known.escapes.has(node)) return true;
    if (known.formats.has(node)) return areSafe(node.arguments.slice(1));

    const callee = skipTypeWrappers(node.callee);
    if (callee.type === 'Identifier') {
      if (NUMERIC_FUNCTIONS.has(callee.name) || ESCAPE_NAMES.has(callee.name)) return true;
      if (callee.name === 'String') return areSafe(node.arguments);
      if (callee.name === 'Date') return true;
    }
    if (callee.type === 'MemberExpression') {
      const method = getPropertyName(callee);
      const object = skipTypeWrappers(callee.object);
      if (object.type === 'Identifier' && NUMERIC_OBJECTS.has(object.name)) {
        if (isGlobalObject(object, object.name)) return true;
      }
      if (method !== undefined) {
        if (ESCAPE_NAMES.has(method) || NUMERIC_METHODS.has(method)) return true;
        if (method === 'join') {
          const separator = node.arguments[0];
          const joined = isSafeArray(object, depth + 1);
          return joined && (!separator || isSafeValue(separator, depth + 1));
        }
        if (PASS_THROUGH_METHODS.has(method) || method === 'concat') {
          return isSafeValue(object, depth + 1) && areSafe(node.arguments);
        }
      }
    }

    // A helper we cannot see is as safe as what it is given.
    if (callee.type === 'MemberExpression' && !isSafeValue(callee.object, depth + 1)) return false;
    return node.arguments.every((arg) => isSafeValue(arg, depth + 1));
  }

  /** True when every element of an array is safe in SQL. */
  function isSafeArray(node: Node, depth: number): boolean {
    if (depth > MAX_DEPTH) return true;
    const bare = skipTypeWrappers(node);

    if (bare.type === 'ArrayExpression') {
      return bare.elements.every((element) => {
        if (!element) return true;
        if (element.type === 'SpreadElement') return isSafeArray(element.argument, depth + 1);
        return isSafeValue(element, depth + 1);
      });
    }
    if (bare.type === 'Identifier') return isSafeArrayVariable(bare, depth);
    if (bare.type !== 'CallExpression' && bare.type !== 'NewExpression') {
      return isSafeValue(bare, depth);
    }

    const callee = skipTypeWrappers(bare.callee);
    // `Array(n)`, `new Array(n)`: empty slots.
    if (callee.type === 'Identifier' && callee.name === 'Array') return true;
    if (callee.type !== 'MemberExpression') return isSafeValue(bare, depth);

    const method = getPropertyName(callee);
    const object = callee.object;
    if (isGlobalObject(object, 'Object') && OBJECT_LISTS.has(method ?? '')) {
      const target = bare.arguments[0];
      return target !== undefined && target.type !== 'SpreadElement' && isConstantObject(target);
    }
    if (isGlobalObject(object, 'Array') && method === 'from') {
      const [source, mapper] = bare.arguments;
      if (mapper) return isSafeCallback(mapper, () => true, depth);
      return source !== undefined && isSafeArray(source, depth + 1);
    }
    if (method === 'map' || method === 'flatMap') {
      const mapper = bare.arguments[0];
      const isItemSafe = (): boolean => isSafeArray(object, depth + 1);
      return mapper !== undefined && isSafeCallback(mapper, isItemSafe, depth);
    }
    if (method === 'fill') {
      const value = bare.arguments[0];
      return value !== undefined && isSafeValue(value, depth + 1);
    }
    if (method !== undefined && SAME_ELEMENT_METHODS.has(method)) {
      return isSafeArray(object, depth + 1) && bare.arguments.every(
        (arg) => method !== 'concat' || isSafeArray(arg, depth + 1),
      );
    }
    return isSafeValue(bare, depth);
  }

  /** `(item, index) => ...`: the result is safe given what `item` is. */
  function isSafeCallback(node: Node, isItemSafe: () => boolean, depth: number): boolean {
    if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression') {
      return isSafeValue(node, depth + 1);
    }

    const added: Variable[] = [];
    const scope = getScopeOf(node.body);
    node.params.forEach((param, index) => {
      if (param.type !== 'Identifier') return;
      if (index === 0 && !isItemSafe()) return;
      const variable = findVariable(scope, param);
      if (variable && !safeParams.has(variable)) {
        safeParams.add(variable);
        added.push(variable);
      }
    });
    try {
      const values = getReturnedValues(node);
      // A body we do not follow is as safe as the items it maps.
      if (!values) return isItemSafe();
      return values.every((value) => isSafeValue(value, depth + 1));
    } finally {
      for (const variable of added) safeParams.delete(variable);
    }
  }

  function isSafeArrayVariable(node: TSESTree.Identifier, depth: number): boolean {
    const variable = getVariable(node);
    if (!variable || variable.defs.length === 0) return false;
    if (variable.defs.some((def) => def.type === 'ImportBinding')) return true;
    if (!variable.defs.every((def) => def.type === 'Variable')) return false;
    if (safeParams.has(variable)) return true;

    // `parts.push(...parts)` must not loop.
    return memoize(safeArrays, variable, () => isSafeArrayWrites(variable, depth));
  }

  function isSafeArrayWrites(variable: Variable, depth: number): boolean {
    let writes = 0;
    for (const reference of variable.references) {
      const identifier = reference.identifier;
      if (reference.isWrite()) {
        if (!reference.writeExpr || !isSafeArray(reference.writeExpr, depth + 1)) return false;
        writes += 1;
        continue;
      }
      // `parts.push(x)`: what goes in must be safe too.
      const member = identifier.parent;
      if (member?.type !== 'MemberExpression' || member.object !== identifier) continue;
      const call = member.parent;
      const method = getPropertyName(member);
      const adds = method === 'push' || method === 'unshift';
      if (call?.type === 'CallExpression' && call.callee === member && adds) {
        const added = call.arguments.every((arg) =>
          arg.type === 'SpreadElement'
            ? isSafeArray(arg.argument, depth + 1)
            : isSafeValue(arg, depth + 1),
        );
        if (!added) return false;
      }
      // `parts[i] = x`
      if (call?.type === 'AssignmentExpression' && call.left === member) {
        if (!isSafeValue(call.right, depth + 1)) return false;
      }
    }
    return writes > 0;
  }

  function isConstantObject(node: Node): boolean {
    const bare = skipTypeWrappers(node);
    if (bare.type === 'ObjectExpression') return true;
    if (bare.type !== 'Identifier' || !isDeclaredConst(bare)) return false;
    return resolveExpression(bare, getScopeOf(bare)).type === 'ObjectExpression';
  }

  function isDeclaredConst(node: TSESTree.Identifier): boolean {
    const def = getVariable(node)?.defs[0];
    return def?.type === 'Variable' && def.parent.kind === 'const';
  }

  function isGlobalObject(node: Node, name: string): boolean {
    const bare = skipTypeWrappers(node);
    return bare.type === 'Identifier' && bare.name === name && !getVariable(bare)?.defs.length;
  }

  /** Splits a template or `+` chain into its pieces, without recursion. */
  function getParts(node: Node): StringPart[] {
    const parts: StringPart[] = [];
    const stack: Node[] = [node];
    while (stack.length > 0) {
      const current = skipTypeWrappers(stack.pop() as Node);
      if (current.type === 'BinaryExpression' && current.operator === '+') {
        stack.push(current.right, current.left);
      } else if (current.type === 'Literal' && typeof current.value === 'string') {
        parts.push({ kind: 'text', value: current.value, node: current });
      } else if (current.type === 'TemplateLiteral') {
        current.quasis.forEach((quasi, index) => {
          const value = quasi.value.cooked;
          if (value) parts.push({ kind: 'text', value, node: quasi });
          const expression = current.expressions[index];
          if (expression) parts.push(valuePart(expression));
        });
      } else if (current.type !== 'PrivateIdentifier') {
        parts.push(valuePart(current as TSESTree.Expression));
      }
    }
    return parts;
  }

  function valuePart(node: TSESTree.Expression): StringPart {
    const bare = skipTypeWrappers(node);
    const value =
      bare.type === 'Identifier' || bare.type === 'MemberExpression'
        ? getConstant(bare) && getStaticValue(bare, globalScope)?.value
        : undefined;
    const constant = typeof value === 'string' ? value : undefined;
    return {
      kind: 'value',
      node,
      safe: isSafeValue(node, 0),
      constant,
      stringy: constant !== undefined || isStringVariable(bare),
    };
  }

  /** A local variable assigned strings: `const base = 'SELECT ...'`. */
  function isStringVariable(node: Node): boolean {
    if (node.type !== 'Identifier') return false;
    const variable = getVariable(node);
    if (!variable) return false;
    return variable.references.some((reference) => {
      const value = reference.isWrite() ? reference.writeExpr : undefined;
      if (!value) return false;
      const bare = skipTypeWrappers(value);
      if (bare.type === 'BinaryExpression' && bare.operator === '+') {
        return isStringNode(bare.left) || isStringNode(bare.right);
      }
      return isStringNode(bare);
    });
  }

  /**
   * How the SQL argument was built, when a value not known to be safe went
   * into it: a template, a concatenation, `concat`/`join`/`util.format`, or
   * a local variable assigned such a string. `undefined` for constants, for
   * tagged templates, and for strings we cannot see being built.
   */
  function getUnsafeBuild(node: Node, depth = 0): UnsafeBuild | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const bare = skipTypeWrappers(node);

    switch (bare.type) {
      case 'TemplateLiteral':
      case 'BinaryExpression': {
        if (bare.type === 'BinaryExpression' && bare.operator !== '+') return undefined;
        if (bare.type === 'TemplateLiteral' && bare.expressions.length === 0) return undefined;
        const parts = getParts(bare);
        const hasText = parts.some((part) => part.kind === 'text' || part.stringy);
        const unsafe = parts.find((part) => part.kind === 'value' && !part.safe);
        if (!hasText || !unsafe) return undefined;
        return {
          node: bare,
          shape: bare.type === 'TemplateLiteral' ? 'template' : 'concatenation',
          parts,
          text: getText(parts),
        };
      }
      case 'TaggedTemplateExpression':
        return isSqlTag(bare.tag) ? undefined : getUnsafeBuild(bare.quasi, depth + 1);
      case 'CallExpression':
        return getUnsafeCallBuild(bare, depth);
      case 'ConditionalExpression':
        return (
          getUnsafeBuild(bare.consequent, depth + 1) ??
          getUnsafeBuild(bare.alternate, depth + 1)
        );
      case 'LogicalExpression':
        return getUnsafeBuild(bare.left, depth + 1) ?? getUnsafeBuild(bare.right, depth + 1);
      case 'AwaitExpression':
        return getUnsafeBuild(bare.argument, depth + 1);
      case 'Identifier': {
        const found = getVariableBuild(bare, depth);
        return found && { ...found, node: bare, shape: 'variable', parts: [] };
      }
      default:
        return undefined;
    }
  }

  function getUnsafeCallBuild(
    node: TSESTree.CallExpression,
    depth: number,
  ): UnsafeBuild | undefined {
    if (known.formats.has(node)) {
      const [format, ...args] = node.arguments;
      if (!format || args.every((arg) => isSafeValue(arg, depth + 1))) return undefined;
      return { node, shape: 'format', parts: [], text: getLiteralText(format) };
    }

    const callee = skipTypeWrappers(node.callee);
    if (callee.type !== 'MemberExpression') return undefined;
    const method = getPropertyName(callee);
    if (method === 'concat') {
      const object = skipTypeWrappers(callee.object);
      if (!isStringNode(object)) return undefined;
      const pieces = [object, ...node.arguments];
      if (pieces.every((piece) => isSafeValue(piece, depth + 1))) return undefined;
      return { node, shape: 'concat', parts: [], text: pieces.map(getLiteralText).join(' ') };
    }
    if (method === 'join') {
      if (isSafeValue(node, depth + 1)) return undefined;
      const object = skipTypeWrappers(callee.object);
      const text = object.type === 'ArrayExpression' ? getLiteralText(object) : '';
      return { node, shape: 'join', parts: [], text };
    }
    return undefined;
  }

  /** A variable assigned an unsafe string, or extended with `+=` by one. */
  function getVariableBuild(node: TSESTree.Identifier, depth: number): UnsafeBuild | undefined {
    const variable = getVariable(node);
    if (!variable || !variable.defs.every((def) => def.type === 'Variable')) return undefined;

    const cached = builtVariables.get(variable);
    if (cached !== undefined) return cached ?? undefined;
    builtVariables.set(variable, null);

    let found: UnsafeBuild | undefined;
    let text = '';
    for (const reference of variable.references) {
      if (!reference.isWrite() || !reference.writeExpr) continue;
      const parent = reference.identifier.parent;
      const appended = parent?.type === 'AssignmentExpression' && parent.operator === '+=';
      const value = reference.writeExpr;
      const build = getUnsafeBuild(value, depth + 1);
      text += ` ${build?.text ?? getLiteralText(value)}`;
      if (build) found ??= build;
      else if (appended && !isSafeValue(value, depth + 1)) {
        found ??= { node: value, shape: 'concatenation', parts: [], text: '' };
      }
    }

    const result = found && { ...found, text: `${text} ${found.text}` };
    builtVariables.set(variable, result ?? null);
    return result;
  }

  return { getUnsafeBuild, isSafeValue };
}

export type StringAnalyzer = ReturnType<typeof createStringAnalyzer>;

/** `qb` in `qb.alias`, `queryBuilder` in `this.queryBuilder.alias`. */
function getName(node: Node): string | undefined {
  const bare = skipTypeWrappers(node);
  if (bare.type === 'Identifier') return bare.name;
  return bare.type === 'MemberExpression' ? getPropertyName(bare) : undefined;
}

function getText(parts: readonly StringPart[]): string {
  return parts.map((part) => (part.kind === 'text' ? part.value : ' ')).join('');
}

/** The string literals in a value, for telling SQL from other text. */
function getLiteralText(node: Node): string {
  const texts: string[] = [];
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = skipTypeWrappers(stack.pop() as Node);
    if (current.type === 'BinaryExpression' && current.operator === '+') {
      stack.push(current.right, current.left);
    } else if (current.type === 'Literal' && typeof current.value === 'string') {
      texts.push(current.value);
    } else if (current.type === 'TemplateLiteral') {
      texts.push(current.quasis.map((quasi) => quasi.value.cooked ?? '').join(' '));
    } else if (current.type === 'ArrayExpression') {
      for (const element of current.elements.toReversed()) {
        if (element && element.type !== 'SpreadElement') stack.push(element);
      }
    }
  }
  return texts.join(' ');
}

function isStringNode(node: Node): boolean {
  const bare = skipTypeWrappers(node);
  if (bare.type === 'TemplateLiteral') return true;
  return bare.type === 'Literal' && typeof bare.value === 'string';
}

/**
 * Tags that send their values as parameters or escape them: `sql`, `SQL`,
 * `Prisma.sql`, `$queryRaw`, slonik's `sql.fragment` and `sql.type(...)`,
 * any tag named `sql` or `...Sql`.
 */
function isSqlTag(tag: Node): boolean {
  let bare = skipTypeWrappers(tag);
  if (bare.type === 'CallExpression') bare = skipTypeWrappers(bare.callee);
  if (bare.type === 'Identifier') return SQL_TAG_NAME.test(bare.name);
  if (bare.type !== 'MemberExpression') return false;
  const name = getPropertyName(bare) ?? '';
  if (SQL_TAG_NAME.test(name) || SQL_TAG_METHODS.has(name)) return true;
  const object = skipTypeWrappers(bare.object);
  const objectName =
    object.type === 'Identifier'
      ? object.name
      : object.type === 'MemberExpression'
        ? getPropertyName(object)
        : undefined;
  return SQL_TAG_NAME.test(objectName ?? '');
}

function getLoop(identifier: Node): 'ForOfStatement' | 'ForInStatement' | undefined {
  let current = identifier.parent;
  if (current?.type === 'VariableDeclarator') current = current.parent.parent;
  if (current?.type === 'ForOfStatement' || current?.type === 'ForInStatement') return current.type;
  return undefined;
}

function isProcessEnv(node: Node): boolean {
  const bare = skipTypeWrappers(node);
  return (
    bare.type === 'MemberExpression' &&
    bare.object.type === 'Identifier' &&
    bare.object.name === 'process' &&
    getPropertyName(bare) === 'env'
  );
}

function getReturnedValues(
  fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression,
): Node[] | undefined {
  if (fn.body.type !== 'BlockStatement') return [fn.body];
  const values: Node[] = [];
  for (const statement of fn.body.body) {
    if (statement.type === 'ReturnStatement' && statement.argument) values.push(statement.argument);
  }
  return values.length > 0 && fn.body.body.at(-1)?.type === 'ReturnStatement' ? values : undefined;
}

/**
 * Works a variable's verdict out once per file. While it is being worked
 * out the variable counts as safe, so a variable defined through itself
 * ends the walk instead of looping; its own parts still decide the verdict.
 */
function memoize(
  cache: Map<Variable, boolean>,
  variable: Variable,
  compute: () => boolean,
): boolean {
  const cached = cache.get(variable);
  if (cached !== undefined) return cached;

  cache.set(variable, true);
  const result = compute();
  cache.set(variable, result);
  return result;
}
