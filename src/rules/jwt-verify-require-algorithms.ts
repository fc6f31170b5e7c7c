import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import { addOptionProperty } from '../utils/fixes';
import { jwtSiteListeners, lookupSetting, type JwtSite } from '../utils/jwt';
import { resolveList } from '../utils/lists';

export type Options = [{ algorithms?: string[] }];
export type MessageIds =
  | 'missingAlgorithms'
  | 'emptyAlgorithms'
  | 'pinAlgorithms';

// Offered in this order: most deployments verify RSA or EC signatures.
const SUGGESTED_LISTS = [['RS256'], ['ES256'], ['HS256']] as const;

export default createRule<Options, MessageIds>({
  name: 'jwt-verify-require-algorithms',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require JWT verification to pin the accepted `algorithms`',
      recommended: 'recommended',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      missingAlgorithms:
        'This verification has no `algorithms` list, so the token header chooses how it is checked, which opens the door to `none` and key-confusion forgeries. Pin `algorithms` to the algorithm your key uses.',
      emptyAlgorithms:
        'An empty `algorithms` list pins nothing: some libraries then accept any algorithm the token header names, others reject every token. List the algorithm your key uses.',
      pinAlgorithms: 'Pin `algorithms: {{list}}`.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          algorithms: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            minItems: 1,
            uniqueItems: true,
            description:
              "The algorithms your tokens are signed with, e.g. `['RS256']`. When set, `--fix` pins this list where it is missing.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{}],
  },
  create(context, [{ algorithms }]) {
    const { sourceCode } = context;
    const configured =
      algorithms && algorithms.length > 0 ? algorithms : undefined;

    const reportedLists = new Set<TSESTree.Node>();

    function reportWithFixes(
      node: TSESTree.Node,
      messageId: MessageIds,
      makeFix: (list: string) => TSESLint.ReportFixFunction,
    ): void {
      if (configured) {
        context.report({ node, messageId, fix: makeFix(formatList(configured)) });
        return;
      }
      context.report({
        node,
        messageId,
        suggest: SUGGESTED_LISTS.map((list) => {
          const text = formatList(list);
          return {
            messageId: 'pinAlgorithms',
            data: { list: text },
            fix: makeFix(text),
          };
        }),
      });
    }

    function check(site: JwtSite): void {
      if (site.operation !== 'verify' || !isComplete(site)) return;

      const scope = sourceCode.getScope(site.node);
      const found = lookupSetting(site, 'algorithms', scope);
      if (found.kind === 'absent') {
        const key = site.names.algorithms ?? 'algorithms';
        reportWithFixes(
          site.node.callee,
          'missingAlgorithms',
          (list) => (fixer) =>
            addOptionProperty(fixer, sourceCode, site, `${key}: ${list}`),
        );
        return;
      }
      if (found.kind !== 'known' || !found.property) return;

      const list = resolveList(found.value, scope);
      if (!list?.complete || list.entries.length > 0) return;

      // Options shared by several calls are reported once, where written.
      const written = found.property.value;
      if (reportedLists.has(written)) return;

      reportedLists.add(written);
      reportWithFixes(
        written,
        'emptyAlgorithms',
        (text) => (fixer) => fixer.replaceText(written, text),
      );
    }

    return jwtSiteListeners(context, check);
  },
});

/**
 * A call without the arguments it needs (`jwt.verify(token)`, `new
 * Strategy`) is still being typed.
 */
function isComplete(site: JwtSite): boolean {
  return (
    site.options !== undefined ||
    site.node.arguments.length >= Math.max(site.optionsIndex, 1)
  );
}

function formatList(list: readonly string[]): string {
  const quoted = list.map((name) => `'${name.replaceAll(/['\\]/gu, '\\$&')}'`);
  return `[${quoted.join(', ')}]`;
}
