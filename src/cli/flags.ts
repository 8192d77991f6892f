/**
 * The one typed boundary of a command: commander is untyped, so each command declares the interface of the
 * options it parses (a parser's return type, `true` for a switch, string[] for a repeatable option) and lists
 * its keys with flagKeys. tests/cli/flags.test.ts checks, for every command, that the keys commander parses
 * (option.attributeName()) are exactly that list; the compiler checks that the list is exactly the interface.
 */

/** The keys of a flags interface, every one named once: `flagKeys<ZoneFlags>({ id: true, name: true, … })`. */
export function flagKeys<T extends object>(keys: { [K in keyof Required<T>]: true }): (keyof T & string)[] {
  return Object.keys(keys) as (keyof T & string)[];
}
