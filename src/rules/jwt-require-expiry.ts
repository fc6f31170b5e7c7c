import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import { addOptionProperty, removeProperty } from '../utils/fixes';
import {
  jwtSiteListeners,
  lookupPayloadClaim,
  lookupSetting,
  type JwtSite,
} from '../utils/jwt';
import { isStaticTrue, resolveExpression } from '../utils/values';

export type Options = [{ defaultExpiresIn?: string }];
export type MessageIds =
  | 'missingExpiry'
  | 'missingModuleExpiry'
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
      missingModuleExpiry:
        'Tokens signed with these module options never expire, so a leaked token stays valid forever. Set {{remedy}}, or `exp` in every payload.',
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
              "A token lifetime such as '15m' or '12h'. When set, `--fix` adds it where the payload is an object literal without `exp`; elsewhere it is offered as a suggestion.",
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
        if (
          ignored.kind === 'known' &&
          ignored.property &&
          isStaticTrue(ignored.value, scope) &&
          !hasMaxAge(site, scope)
        ) {
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

      const payload = getPayloadExpiry(site, scope);
      if (payload === 'set') return;

      const remedy = getRemedy(site, lifetime);
      const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix | null =>
        addExpiry(fixer, site, lifetime);
      // jsonwebtoken throws on `expiresIn` when the payload has `exp` or is
      // not an object, so only a payload we see whole is fixed unasked.
      const autofix = defaultExpiresIn !== undefined && payload === 'absent';
      context.report({
        node: getReportNode(site),
        messageId: site.prefix.length > 0 ? 'missingModuleExpiry' : 'missingExpiry',
        data: { remedy },
        fix: autofix ? fix : null,
        suggest: autofix ? [] : [{ messageId: 'addExpiry', data: { remedy }, fix }],
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
 * `set` when the payload sets `exp` itself, may do so through a later write,
 * or cannot take one (a string: jsonwebtoken throws on `expiresIn` with it);
 * `absent` when it is an object we see whole without `exp`; `unseen`
 * otherwise. A payload we cannot see is assumed not to set `exp`: few do.
 */
function getPayloadExpiry(
  site: JwtSite,
  scope: TSESLint.Scope.Scope,
): 'set' | 'absent' | 'unseen' {
  if (site.signerPayloads) {
    // fast-jwt: the expiry may come with each call of the signer instead.
    const calls = site.signerPayloads.map((payload) =>
      payload ? lookupPayloadClaim(payload, 'exp', scope) : 'unseen',
    );
    return calls.some((found) => found !== 'absent') ? 'set' : 'unseen';
  }
  if (!site.payload) return 'unseen';

  const found = lookupPayloadClaim(site.payload, 'exp', scope);
  return found === 'set' || found === 'notObject' ? 'set' : found;
}

/** jsonwebtoken and fast-jwt still bound a token's age by `maxAge`. */
function hasMaxAge(site: JwtSite, scope: TSESLint.Scope.Scope): boolean {
  const found = lookupSetting(site, 'maxAge', scope);
  if (found.kind !== 'known') return false;
  const value = resolveExpression(found.value, scope);
  return !(value.type === 'Identifier' && value.name === 'undefined') &&
    !(value.type === 'Literal' && value.value === null);
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
