import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * Where a JSON text stops being JSON, as "line L, column C" (both from 1) for a person with an editor, or
 * undefined when the text is valid. JSON.parse does not always say where (Node 20: "Unexpected token 'x', … is
 * not valid JSON"); jsonc-parser (strict: no comments, no trailing commas) always gives the offset.
 */
export function jsonErrorPlace(text: string): { line: number; column: number; problem: string } | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column, problem: PROBLEMS[printParseErrorCode(first.error)] ?? 'not valid JSON here' };
}

/** jsonc-parser's error codes in words (the usual mistakes of hand-written JSON first). */
const PROBLEMS: Record<string, string> = {
  InvalidSymbol: 'unexpected character (text values need "double quotes")',
  PropertyNameExpected: 'a "quoted" name is expected (no comma after the last entry, no single quotes)',
  ValueExpected: 'a value is expected (no comma after the last entry)',
  CommaExpected: 'a comma is expected between two entries',
  ColonExpected: 'a colon is expected after the name',
  CloseBraceExpected: 'a closing } is expected',
  CloseBracketExpected: 'a closing ] is expected',
  EndOfFileExpected: 'text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a text value is not closed by a "',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid \\ escape',
  InvalidCharacter: 'a control character inside a text value',
};

/** "is not valid JSON (line 3, column 18: a comma is expected between two entries)". */
export function describeJsonError(text: string, e: unknown): string {
  const place = jsonErrorPlace(text.replace(/^\uFEFF/, ''));
  if (place) return `is not valid JSON (line ${place.line}, column ${place.column}: ${place.problem})`;
  return `is not valid JSON: ${(e as Error).message}`;
}
