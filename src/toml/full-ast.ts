// toml-eslint-parser: the full syntax tree (with every token's line and column), strict TOML 1.0. Used where the
// light tree is not enough (the TOML 0.4 check, merging tables) and as the last word behind it (see document.ts).
import { parseTOML, ParseError } from 'toml-eslint-parser';
import { inputError, refuseDeepNesting, registerFullParser } from './document';

/** Syntax tree by toml-eslint-parser, strict TOML 1.0 (smol-toml alone accepts some TOML 1.1); throws TomlInputError. */
export function parseAst(text: string, note = '') {
  refuseDeepNesting(text);
  return astOf(text, note);
}

function astOf(text: string, note: string) {
  try {
    return parseTOML(text, { tomlVersion: '1.0.0' });
  } catch (error) {
    if (error instanceof ParseError) {
      throw inputError(error.message + note, error.lineNumber, error.column + 1);
    }
    throw error;
  }
}

registerFullParser(astOf);
