import { createRequire } from 'node:module';
import type * as Jsonc from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { said, type Said } from '../messages/message.js';

/**
 * Where a JSON text stops being JSON, as "line L, column C" (both from 1) for a person with an editor, or
 * undefined when the text is valid. JSON.parse does not always say where (Node 20: "Unexpected token 'x', … is
 * not valid JSON"); jsonc-parser (strict: no comments, no trailing commas) always gives the offset.
 */
export function jsonErrorPlace(text: string): { line: number; column: number; problem: Said } | undefined {
  // loaded only here: valid JSON, the usual case, never compiles it (start-up)
  const { parse, printParseErrorCode } = createRequire(import.meta.url)('jsonc-parser') as typeof Jsonc;
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column, problem: PROBLEMS[printParseErrorCode(first.error)] ?? said('load.json.other') };
}

/** jsonc-parser's error codes in words (the usual mistakes of hand-written JSON first). */
const PROBLEMS: Record<string, Said> = {
  InvalidSymbol: said('load.json.InvalidSymbol'),
  PropertyNameExpected: said('load.json.PropertyNameExpected'),
  ValueExpected: said('load.json.ValueExpected'),
  CommaExpected: said('load.json.CommaExpected'),
  ColonExpected: said('load.json.ColonExpected'),
  CloseBraceExpected: said('load.json.CloseBraceExpected'),
  CloseBracketExpected: said('load.json.CloseBracketExpected'),
  EndOfFileExpected: said('load.json.EndOfFileExpected'),
  InvalidCommentToken: said('load.json.comments'),
  UnexpectedEndOfComment: said('load.json.comments'),
  UnexpectedEndOfString: said('load.json.UnexpectedEndOfString'),
  UnexpectedEndOfNumber: said('load.json.UnexpectedEndOfNumber'),
  InvalidUnicode: said('load.json.InvalidUnicode'),
  InvalidEscapeCharacter: said('load.json.InvalidEscapeCharacter'),
  InvalidCharacter: said('load.json.InvalidCharacter'),
};

/** "is not valid JSON (line 3, column 18: a comma is expected between two entries)". */
export function describeJsonError(text: string, e: unknown): Said {
  const place = jsonErrorPlace(text.replace(/^\uFEFF/, ''));
  if (place) return said('load.read.json', { line: place.line, column: place.column, problem: place.problem });
  return said('load.read.jsonOther', { error: (e as Error).message });
}
