import { rules } from '../rules';
import { selectRules } from './build';

/** Every rule, including the heuristics that need more judgement. */
export const strictRules = selectRules(rules, () => true);
