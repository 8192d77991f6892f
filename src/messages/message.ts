/**
 * How decoupage says things. Every sentence a person reads is a message of one catalogue (this folder),
 * English and French side by side, with {placeholders}. Code that finds a problem or a result says which
 * message and which figures (a `Said`); the sentence is made only when it is shown, in the reader's language.
 * The library's errors name its own options (`membersProp`); the CLI shows them as its flags (`--members`).
 */
import { fill, numberFormat, type Lang } from './i18n.js';
import type { MessageId } from './catalogue.js';
import { messageOf } from './catalogue.js';
import { MEMBERS_WORD } from './fields.js';

/** One message in every language, with the same {placeholders}. */
export type Message = Readonly<Record<Lang, string>>;
/** A namespace of the catalogue: message key → message. */
export type Table = Readonly<Record<string, Message>>;

/** An option of the library (a field of LoadZonesOptions, of Rules…): the CLI says it as its flag. */
export interface OptionRef {
  readonly option: string;
}
/** A whole number, written the reader's way: "12,345" / "12 345". */
export interface CountRef {
  readonly count: number;
}
/** A number with fixed decimals, written the reader's way: "0.6000" / "0,6000" (English as toFixed writes it). */
export interface DecimalRef {
  readonly decimal: number;
  readonly digits: number;
}
/** What fills a placeholder: text as it is (a file, a zone code), a number as typed, or something said in turn. */
export type SaidValue = string | number | Said | OptionRef | CountRef | DecimalRef;

/** A message to say later: its id and the figures that fill it. */
export interface Said {
  readonly id: MessageId;
  readonly params?: Readonly<Record<string, SaidValue>>;
}

/** The placeholders of a template: "{a} and {b}" → "a" | "b"; a plural "{n:one {x}|other}" → "n" | "x". */
type Holes<S extends string> = S extends `${string}{${infer P}}${infer R}` ? Hole<P> | Holes<R> : never;
type Hole<P extends string> = P extends `${infer K}:${infer Form}` ? K | Holes<`${Form}}`> : P;
/** The figures a message needs ({members}/{Members} are the organisation's word, filled when said). */
export type ParamsOf<K extends MessageId> = Record<Exclude<Holes<TemplateOf<K>>, 'members' | 'Members'>, SaidValue>;
type TemplateOf<K extends MessageId> = K extends `${infer N}.${infer R}` ? LookUp<N, R> : never;
type LookUp<N extends string, R extends string> = N extends keyof CatalogueType
  ? R extends keyof CatalogueType[N]
    ? CatalogueType[N][R] extends { en: infer E extends string }
      ? E
      : string
    : string
  : string;
type CatalogueType = typeof import('./catalogue.js').CATALOGUE;

declare const PERSONAL: unique symbol;
/**
 * A value read from a member's line (a cell of a register: a name, a street, a town, a count): personal data.
 * The message layer refuses it: `said(id, { town: cell })` does not compile when `cell` is Personal, so no
 * register value reaches a message, a log or a report by mistake (src/io/register.ts types every cell so).
 * What may be said about a register is counts, line numbers and values decoupage recognised itself (a known
 * town's normalised name, a column name the header and the catalogue share).
 */
export type Personal = string & { readonly [PERSONAL]: true };
/** A placeholder's figures with no Personal value (the key of a Personal one becomes `never`). */
type NoPersonal<P> = { [k in keyof P]: P[k] extends Personal ? never : unknown };

/** `said('load.duplicateId', { a: 3, b: 7 })`: the placeholders of the message are checked by the compiler. */
export function said<K extends MessageId, P extends ParamsOf<K>>(id: K, ...params: keyof ParamsOf<K> extends never ? [P?] : [P & NoPersonal<P>]): Said {
  return params[0] === undefined ? { id } : { id, params: params[0] as Record<string, SaidValue> };
}

/** A library option, said as the CLI's flag by the CLI and as its own name elsewhere. */
export function option(name: string): OptionRef {
  return { option: name };
}

/** A whole number written the reader's way. */
export function count(n: number): CountRef {
  return { count: n };
}

/** A number with `digits` decimals written the reader's way. */
export function decimal(n: number, digits = 2): DecimalRef {
  return { decimal: n, digits };
}

export function isSaid(x: unknown): x is Said {
  return typeof x === 'object' && x !== null && typeof (x as Said).id === 'string';
}

/** Who is spoken to: a language, and how options are named (the CLI: as flags). */
export interface Voice {
  readonly lang: Lang;
  /** how an option is named: the CLI maps `membersProp` to `--members`; by default the option's own name */
  option?(name: string): string;
  /** the organisation's word for its members (default: members / adhérents) */
  membersWord?: string;
}

/** Say a message in a language (a plain string is said as it is: a name, a code, a value). */
export function say(what: Said | string, voice: Voice | Lang = 'en'): string {
  if (typeof what === 'string') return what;
  const v: Voice = typeof voice === 'string' ? { lang: voice } : voice;
  const template = messageOf(what.id)[v.lang];
  const members = v.membersWord?.trim() || MEMBERS_WORD[v.lang];
  const params: Record<string, string> = { members, Members: members.charAt(0).toUpperCase() + members.slice(1) };
  for (const [k, value] of Object.entries(what.params ?? {})) params[k] = sayValue(value, v);
  return fill(template, params, v.lang);
}

function sayValue(value: SaidValue, v: Voice): string {
  if (typeof value === 'string') return value;
  // a number, and whatever a caller from plain JS put there (undefined, null, true): said as it is, never a throw
  if (value === null || typeof value !== 'object') return String(value);
  if ('option' in value) return v.option ? v.option(value.option) : value.option;
  if ('count' in value) return Number.isFinite(value.count) ? numberFormat(v.lang).int(value.count) : String(value.count);
  if ('decimal' in value) {
    if (!Number.isFinite(value.decimal)) return '—';
    return v.lang === 'en' ? value.decimal.toFixed(value.digits) : numberFormat(v.lang).dec(value.decimal, value.digits);
  }
  if (isSaid(value)) return say(value, v);
  return shown(value);
}

/** A value from a program in plain JS (a wrong shape), shown in a message: as JSON, cut at 60 characters; never a throw. */
export function shown(value: unknown): string {
  let text: string | undefined;
  try {
    text = typeof value === 'object' && value !== null ? JSON.stringify(value) : typeof value === 'string' ? JSON.stringify(value) : String(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) text = Object.prototype.toString.call(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** The placeholder names of a template, plurals' counts included, sorted, each once ("{n} {n:zone|zones} of {total}" → ["n", "total"]). */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)[}:]/g)].map((m) => m[1]!))].sort();
}
