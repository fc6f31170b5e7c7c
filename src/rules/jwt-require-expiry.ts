import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import { addOptionProperty, removeProperty } from '../utils/fixes';
import { jwtSiteListeners, lookupSetting, type JwtSite } from '../utils/jwt';
import { isStaticTrue, lookupProperty, resolveExpression } from '../utils/values';

export type Options = [{ defaultExpiresIn?: string }];
export type MessageIds =
  | 'missingExpiry'
  | 'ignoredExpiration'
  | 'addExpiry'
  | 'removeIgnoreExpiration';

const PLACEHOLDER_LIFETIME = '15m';

export default createRule<Options, MessageIds>({
  name: 'jwt-require-expiry',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require JWTs to be signed with an expiry and verified against it',
      recommended: 'recommended',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      missingExpiry:
        'This token is signed without an expiry, so a leaked token stays valid forever. Set {{remedy}}, or `exp` in the payload.',
      ignoredExpiration:
        '`ignoreExpiration: true` accepts expired tokens, so a leaked or revoked token keeps working. Remove it and let expired tokens be rejected.',
      addExpiry: 'Add {{remedy}}.',
      removeIgnoreExpiration: 'Remove `ignoreExpiration: true`.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          defaultExpiresIn: {
            type: 'string',
            pattern: '^[1-9][0-9]* ?(s|m|h|d)$',
            description:
              "A token lifetime such as '15m' or '12h'. When set, `--fix` adds it to tokens signed without an expiry.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{}],
  },
  create(context, [{ defaultExpiresIn }]) {
    const { sourceCode } = context;
    const lifetime = defaultExpiresIn ?? PLACEHOLDER_LIFETIME;

    function check(site: JwtSite): void {
      const scope = sourceCode.getScope(site.node);

      if (site.operation === 'verify') {
        const ignored = lookupSetting(site, 'ignoreExpiration', scope);
        if (ignored.kind === 'known' && ignored.property && isStaticTrue(ignored.value, scope)) {
          const property = ignored.property;
          context.report({
            node: property,
            messageId: 'ignoredExpiration',
            suggest: [
              {
                messageId: 'removeIgnoreExpiration',
                fix: (fixer) => removeProperty(fixer, sourceCode, property),
              },
            ],
          });
        }
        return;
      }

      if (site.operation !== 'sign') return;
      if (lookupSetting(site, 'expiry', scope).kind !== 'absent') return;
      if (!canCarryExpiry(site, scope)) return;

      const remedy = getRemedy(site, lifetime);
      const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix | null =>
        addExpiry(fixer, site, lifetime);
      context.report({
        node: getReportNode(site),
        messageId: 'missingExpiry',
        data: { remedy },
        fix: defaultExpiresIn === undefined ? null : fix,
        suggest:
          defaultExpiresIn === undefined
            ? [{ messageId: 'addExpiry', data: { remedy }, fix }]
            : [],
      });
    }

    function addExpiry(
      fixer: TSESLint.RuleFixer,
      site: JwtSite,
      value: string,
    ): TSESLint.RuleFix | null {
      if (site.chain) {
        const sign = site.chain.sign;
        return sign
          ? fixer.insertTextAfter(sign.object, `.setExpirationTime('${value}')`)
          : null;
      }
      const key = site.names.expiry;
      if (!key) return null;
      return addOptionProperty(fixer, sourceCode, site, `${key}: '${value}'`);
    }

    return jwtSiteListeners(context, check);
  },
});

/**
 * A payload that sets `exp` itself has an expiry, and a string payload
 * cannot take one (jsonwebtoken throws on `expiresIn` with it).
 */
function canCarryExpiry(site: JwtSite, scope: TSESLint.Scope.Scope): boolean {
  if (!site.payload) return true;

  const payload = resolveExpression(site.payload, scope);
  if (payload.type === 'Literal' || payload.type === 'TemplateLiteral') {
    return false;
  }
  // A payload we cannot see is assumed not to set `exp`: few do.
  return lookupProperty(payload, 'exp', scope).kind !== 'known';
}

function getRemedy(site: JwtSite, lifetime: string): string {
  if (site.chain) return `\`.setExpirationTime('${lifetime}')\``;
  const prefix = site.prefix.length > 0 ? `${site.prefix.join('.')}.` : '';
  return `\`${prefix}${site.names.expiry ?? 'expiresIn'}: '${lifetime}'\``;
}

function getReportNode(site: JwtSite): TSESTree.Node {
  if (site.chain?.sign) return site.chain.sign.property;
  return site.node.callee;
}
