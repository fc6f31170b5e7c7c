import { rules } from '../rules';
import { selectRules } from './build';

/** The rules that are precise enough to keep on in every API project. */
export const recommendedRules = selectRules(
  rules,
  (rule) => rule.meta.docs?.recommended === 'recommended',
);
