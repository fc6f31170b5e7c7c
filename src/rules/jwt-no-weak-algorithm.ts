import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import { jwtSiteListeners, lookupSetting, type JwtSite } from '../utils/jwt';
import { resolveList, type ListEntry, type ResolvedList } from '../utils/lists';
import {
  getStringValue,
  lookupProperty,
  type PropertyLookup,
} from '../utils/values';

export type Options = [{ allowHmac?: boolean }];
export type MessageIds =
  | 'noneAlgorithm'
  | 'mixedAlgorithms'
  | 'hmacAlgorithm'
  | 'removeNone'
  | 'keepAsymmetric'
  | 'keepSymmetric';

type Family = 'none' | 'symmetric' | 'asymmetric';

const SYMMETRIC = /^HS\d+$/u;
const ASYMMETRIC = /^(?:(?:RS|PS|ES)\d+K?|EdDSA|Ed25519|Ed448)$/u;

export default createRule<Options, MessageIds>({
  name: 'jwt-no-weak-algorithm',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow the `none` JWT algorithm and HMAC mixed with public-key algorithms',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      noneAlgorithm:
        'The `none` algorithm means no signature, so anyone can forge a token that is accepted. Sign with a real algorithm such as `ES256` or `RS256`, and never accept `none`.',
      mixedAlgorithms:
        '`algorithms` mixes HMAC ({{symmetric}}) with public-key algorithms ({{asymmetric}}), so a token signed with your public key as the HMAC secret can pass (key confusion). Accept only the family your key belongs to.',
      hmacAlgorithm:
        '`{{algorithm}}` is HMAC, which this project does not allow: every service that verifies such a token holds the secret that signs it. Use a key pair with `ES256` or `RS256`.',
      removeNone: "Remove `'none'` from the list.",
      keepAsymmetric: 'Keep only the public-key algorithms ({{kept}}).',
      keepSymmetric: 'Keep only the HMAC algorithms ({{kept}}).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allowHmac: {
            type: 'boolean',
            description:
              'Whether HMAC algorithms (`HS256`, `HS384`, `HS512`) may be used. Set to `false` where tokens must be signed with a key pair.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowHmac: true }],
  },
  create(context, [{ allowHmac }]) {
    const { sourceCode } = context;
    // A constant shared by several calls is reported once, where it is written.
    const reported = new Set<string>();

    function report(
      node: TSESTree.Node,
      messageId: MessageIds,
      data: Record<string, string> = {},
      suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [],
    ): void {
      const key = `${messageId}:${String(node.range[0])}`;
      if (reported.has(key)) return;

      reported.add(key);
      context.report({ node, messageId, data, suggest });
    }

    function checkSigning(site: JwtSite, scope: TSESLint.Scope.Scope): void {
      checkSigningAlgorithm(lookupSetting(site, 'algorithm', scope), scope);
      // jsonwebtoken lets `header.alg` override `algorithm`.
      const hasHeaderOption =
        site.library === 'jsonwebtoken' || site.library === '@nestjs/jwt';
      if (hasHeaderOption && site.optionsVisible) {
        const path = [...site.prefix, 'header', 'alg'];
        checkSigningAlgorithm(lookupProperty(site.options, path, scope), scope);
      }
    }

    function checkSigningAlgorithm(
      found: PropertyLookup,
      scope: TSESLint.Scope.Scope,
    ): void {
      if (found.kind !== 'known') return;

      const algorithm = getStringValue(found.value, scope);
      const node = found.property?.value ?? found.value;
      const family = algorithm === undefined ? undefined : getFamily(algorithm);
      if (family === 'none') report(node, 'noneAlgorithm');
      if (family === 'symmetric' && !allowHmac) {
        report(node, 'hmacAlgorithm', { algorithm: algorithm ?? '' });
      }
    }

    function checkVerifying(site: JwtSite, scope: TSESLint.Scope.Scope): void {
      const found = lookupSetting(site, 'algorithms', scope);
      if (found.kind !== 'known') return;

      const list = resolveList(found.value, scope);
      if (!list) return;

      const none = getEntries(list, 'none');
      const symmetric = getEntries(list, 'symmetric');
      const asymmetric = getEntries(list, 'asymmetric');

      for (const entry of none) {
        const suggest = removalSuggestion(list, none, 'removeNone');
        report(entry.node, 'noneAlgorithm', {}, suggest);
      }

      const [firstSymmetric] = symmetric;
      if (firstSymmetric && asymmetric.length > 0) {
        const suggest = removalSuggestion(list, symmetric, 'keepAsymmetric');
        if (allowHmac) {
          suggest.push(...removalSuggestion(list, asymmetric, 'keepSymmetric'));
        }
        report(
          firstSymmetric.node,
          'mixedAlgorithms',
          { symmetric: listNames(symmetric), asymmetric: listNames(asymmetric) },
          suggest,
        );
        return;
      }

      if (allowHmac) return;
      for (const entry of symmetric) {
        report(entry.node, 'hmacAlgorithm', { algorithm: entry.value ?? '' });
      }
    }

    /** Removes `entries` from the list, unless that cannot be done in place. */
    function removalSuggestion(
      list: ResolvedList,
      entries: readonly ListEntry[],
      messageId: MessageIds,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const removed = new Set<TSESTree.Node>(entries.map((entry) => entry.node));
      const kept = list.node.elements.filter(
        (element) => element !== null && !removed.has(element),
      );
      const canEdit =
        entries.every((entry) => entry.direct) &&
        !list.node.elements.includes(null) &&
        kept.length > 0 &&
        sourceCode.getCommentsInside(list.node).length === 0;
      if (!canEdit) return [];

      const keptEntries = list.entries.filter(
        (entry) => !removed.has(entry.node) && entry.value !== undefined,
      );
      return [
        {
          messageId,
          data: { kept: listNames(keptEntries) },
              fix: (fixer) =>
            fixer.replaceText(
              list.node,
              rebuildArray(list.node, kept, sourceCode),
            ),
        },
      ];
    }

    return jwtSiteListeners(context, (site) => {
      const scope = sourceCode.getScope(site.node);
      if (site.operation === 'sign') checkSigning(site, scope);
      if (site.operation === 'verify') checkVerifying(site, scope);
    });
  },
});

function getFamily(algorithm: string): Family | undefined {
  if (algorithm.toLowerCase() === 'none') return 'none';
  if (SYMMETRIC.test(algorithm)) return 'symmetric';
  if (ASYMMETRIC.test(algorithm)) return 'asymmetric';
  return undefined;
}

function getEntries(list: ResolvedList, family: Family): ListEntry[] {
  return list.entries.filter(
    (entry) => entry.value !== undefined && getFamily(entry.value) === family,
  );
}

function listNames(entries: readonly ListEntry[]): string {
  return entries.map((entry) => `\`${entry.value ?? '?'}\``).join(', ');
}

/** The array with only `kept`, on one line or one element a line as before. */
function rebuildArray(
  array: TSESTree.ArrayExpression,
  kept: readonly (TSESTree.Expression | TSESTree.SpreadElement | null)[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): string {
  const texts = kept.map((element) =>
    element ? sourceCode.getText(element) : '',
  );
  if (array.loc.start.line === array.loc.end.line) return `[${texts.join(', ')}]`;

  const first = array.elements[0];
  const indent = ' '.repeat(first?.loc.start.column ?? 0);
  const closingIndent = ' '.repeat(
    sourceCode.lines[array.loc.end.line - 1]?.search(/\S/u) ?? 0,
  );
  const last = array.elements.at(-1);
  const trailingComma = last
    ? sourceCode.getTokenAfter(last)?.value === ','
    : false;
  const lines = texts.map((text, index) => {
    const comma = index < texts.length - 1 || trailingComma ? ',' : '';
    return `${indent}${text}${comma}`;
  });
  return `[\n${lines.join('\n')}\n${closingIndent}]`;
}
