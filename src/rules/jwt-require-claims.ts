import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../utils/create-rule';
import { addOptionProperty } from '../utils/fixes';
import { jwtSiteListeners, lookupSetting, type JwtSite } from '../utils/jwt';
import { lookupProperty, resolveExpression } from '../utils/values';

export type Options = [];
export type MessageIds = 'unboundSign' | 'unboundVerify' | 'addClaims';

type Claim = 'issuer' | 'audience';

const CLAIMS: readonly Claim[] = ['issuer', 'audience'];
const PAYLOAD_CLAIMS: Record<Claim, string> = { issuer: 'iss', audience: 'aud' };
const JOSE_SETTERS: Record<Claim, string> = {
  issuer: 'setIssuer',
  audience: 'setAudience',
};

export default createRule<Options, MessageIds>({
  name: 'jwt-require-claims',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Require JWTs to be signed and verified with an issuer and an audience',
      recommended: 'strict',
    },
    hasSuggestions: true,
    messages: {
      unboundSign:
        'This token is signed without {{missing}}, so any service that trusts the same key accepts it as its own. Add {{missing}}.',
      unboundVerify:
        'This token is verified without {{missing}}, so a token minted for another service with the same key is accepted. Add {{missing}} with the values this service expects.',
      addClaims: 'Add {{missing}} with placeholder values to fill in.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;

    function check(site: JwtSite): void {
      if (site.operation !== 'sign' && site.operation !== 'verify') return;

      const scope = sourceCode.getScope(site.node);
      if (site.operation === 'sign' && !canCarryClaims(site, scope)) return;

      const missing = CLAIMS.filter((claim) => isMissing(site, claim, scope));
      if (missing.length === 0) return;

      const names = missing.map((claim) => getSettingText(site, claim));
      const data = { missing: joinNames(names) };
      context.report({
        node: getReportNode(site),
        messageId: site.operation === 'sign' ? 'unboundSign' : 'unboundVerify',
        data,
        suggest: [
          {
            messageId: 'addClaims',
            data,
            fix: (fixer) => addClaims(fixer, site, missing),
          },
        ],
      });
    }

    function addClaims(
      fixer: TSESLint.RuleFixer,
      site: JwtSite,
      missing: readonly Claim[],
    ): TSESLint.RuleFix | null {
      if (site.chain) {
        const sign = site.chain.sign;
        if (!sign) return null;
        const calls = missing.map(
          (claim) => `.${JOSE_SETTERS[claim]}('${getPlaceholder(claim)}')`,
        );
        return fixer.insertTextAfter(sign.object, calls.join(''));
      }

      const properties = missing.map(
        (claim) => `${site.names[claim] ?? claim}: '${getPlaceholder(claim)}'`,
      );
      return addOptionProperty(fixer, sourceCode, site, properties);
    }

    return jwtSiteListeners(context, check);
  },
});

/**
 * Missing at the site and, when signing, not set in the payload. A payload
 * we cannot see is assumed not to set it, as few do.
 */
function isMissing(
  site: JwtSite,
  claim: Claim,
  scope: TSESLint.Scope.Scope,
): boolean {
  if (lookupSetting(site, claim, scope).kind !== 'absent') return false;
  if (site.operation !== 'sign' || !site.payload) return true;

  return lookupProperty(site.payload, PAYLOAD_CLAIMS[claim], scope).kind !== 'known';
}

/** jsonwebtoken throws on `issuer`/`audience` with a string payload. */
function canCarryClaims(site: JwtSite, scope: TSESLint.Scope.Scope): boolean {
  if (!site.payload) return true;

  const payload = resolveExpression(site.payload, scope);
  return payload.type !== 'Literal' && payload.type !== 'TemplateLiteral';
}

function getPlaceholder(claim: Claim): string {
  return `<${claim}>`;
}

function getSettingText(site: JwtSite, claim: Claim): string {
  if (site.chain) return `\`.${JOSE_SETTERS[claim]}()\``;
  const prefix = site.prefix.length > 0 ? `${site.prefix.join('.')}.` : '';
  return `\`${prefix}${site.names[claim] ?? claim}\``;
}

function joinNames(names: readonly string[]): string {
  return names.join(' and ');
}

function getReportNode(site: JwtSite): TSESTree.Node {
  if (site.chain?.sign) return site.chain.sign.property;
  return site.node.callee;
}
