import type { TSESLint } from '@typescript-eslint/utils';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Runs `inspect` inside a throwaway rule over `code`, so toolkit functions
 * are tested against the same AST and scopes that rules see.
 */
export function lintWith(
  code: string,
  listeners: (context: Context) => TSESLint.RuleListener,
  filename = 'file.ts',
): void {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js'],
        languageOptions: { parser: tsParser, sourceType: 'module' },
        plugins: {
          probe: {
            rules: {
              probe: {
                meta: { schema: [] },
                create: (context) =>
                  listeners(context as unknown as Context) as never,
              },
            },
          },
        },
        rules: { 'probe/probe': 'error' },
      },
    ],
    filename,
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
}
