/** @type {import('eslint-doc-generator').GenerateOptions} */
module.exports = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ignoreConfig: ['flat/recommended', 'flat/strict'],
  ruleDocSectionInclude: ['Rule Details', 'When Not To Use It'],
  ruleDocTitleFormat: 'name',
  ruleListColumns: [
    'name',
    'description',
    'configsError',
    'fixable',
    'hasSuggestions',
    'options',
  ],
};
