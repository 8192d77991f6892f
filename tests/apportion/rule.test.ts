import { describe, expect, it } from 'vitest';
import { apportion, describeApportionment, sectionSeats } from '../../src/apportion/index.js';
import { APPORTION_METHODS, type ApportionMethod, type Rules } from '../../src/core/rules.js';
import { LIST_METHODS } from '../../src/pluralism/index.js';
import { METHOD_NAMES, methodName, methodNameIn } from '../../src/messages/methods.js';
import { isSaid, say } from '../../src/messages/index.js';
import { describeTie } from '../../src/apportion/format.js';
import { join } from 'node:path';
import { DEMO_DATA_DIR } from '../../src/demo/run.js';
import { runCli } from '../helpers.js';

const FIX = new URL('../fixtures/seats/', import.meta.url).pathname;
const NNBSP = '\u202f'; // French groups digits with a narrow no-break space (Intl)

const members = new Map([
  ['north', 15_500],
  ['middle', 14_400],
  ['south', 24_100],
]);
const perSeat = (n: number): Rules => ({ minMembers: 10_000, minSeats: 6, seats: { kind: 'members-per-seat', membersPerSeat: n } });
const total = (n: number, method: ApportionMethod, minSeats: number): Rules => ({
  minMembers: 10_000,
  minSeats,
  seats: { kind: 'total', total: n, method },
});

describe('the seat rule is said from its figures, in English and in French', () => {
  it('members per seat: the example is one member short of 7 seats', () => {
    const s = sectionSeats(members, perSeat(1_500));
    expect(isSaid(s.rule)).toBe(true);
    expect(say(s.rule, 'en')).toBe('1 seat per 1,500 members, rounded down (remainders are dropped: a section of 10,499 members elects 6)');
    expect(say(s.rule, 'fr')).toBe(
      `un délégué pour 1${NNBSP}500 adhérents, arrondi à l’entier inférieur (les restes sont perdus : une section de 10${NNBSP}499 adhérents en élit 6)`,
    );
  });

  it('a fixed total after a minimum, by a divisor method', () => {
    const s = sectionSeats(members, total(30, 'dhondt', 6));
    expect(say(s.rule, 'en')).toBe(
      "30 seats by D'Hondt / Jefferson (highest averages, divisors 1, 2, 3…); every section first gets 6 seats, the remaining seats go one by one to the highest priority members / divisor, counting the seats already held (a section of 30,000 members gets more of them than one of 12,000)",
    );
    expect(say(s.rule, 'fr')).toBe(
      `30 délégués au total, répartis entre les sections selon la méthode D’Hondt / Jefferson (plus forte moyenne, diviseurs 1, 2, 3…) ; chaque section en reçoit d’abord 6, puis les autres sont attribués un à un à la plus forte priorité adhérents / diviseur, compte tenu des délégués déjà obtenus (une section de 30${NNBSP}000 adhérents en obtient plus qu’une de 12${NNBSP}000)`,
    );
    // the same Said as the apportionment's own
    expect(s.rule).toEqual(s.apportionment!.rule);
  });

  it('a fixed total after a minimum, by largest remainder (Hamilton)', () => {
    const rule = sectionSeats(members, total(30, 'hamilton', 2)).rule;
    expect(say(rule, 'en')).toBe(
      '30 seats by Hamilton / largest remainder (Hare quota); every section first gets 2 seats, the remaining seats go by largest remainder of members (a section of 30,000 members gets more of them than one of 12,000)',
    );
    expect(say(rule, 'fr')).toBe(
      `30 délégués au total, répartis entre les sections selon la méthode Hamilton / plus fort reste (quotient de Hare) ; chaque section en reçoit d’abord 2, puis les autres vont aux plus forts restes des adhérents (une section de 30${NNBSP}000 adhérents en obtient plus qu’une de 12${NNBSP}000)`,
    );
  });

  it('a fixed total without a minimum names only the method', () => {
    const r = apportion(
      [
        { id: 'a', weight: 3 },
        { id: 'b', weight: 1 },
      ],
      4,
      'sainte-lague',
    );
    expect(say(r.rule, 'en')).toBe('4 seats by Sainte-Laguë / Webster (highest averages, divisors 1, 3, 5…)');
    expect(say(r.rule, 'fr')).toBe(
      '4 délégués au total, répartis entre les sections selon la méthode Sainte-Laguë / Webster (plus forte moyenne, diviseurs 1, 3, 5…)',
    );
    expect(say(describeApportionment('adams', 12, 0), 'en')).toBe('12 seats by Adams (smallest divisors, divisors 0, 1, 2…)');
    expect(say(describeApportionment('huntington-hill', 12, 0), 'fr')).toBe(
      '12 délégués au total, répartis entre les sections selon la méthode Huntington-Hill (proportions égales, diviseurs √(s(s+1)))',
    );
  });
});

describe('method names: one table, a name in every variant each output uses', () => {
  it('every apportionment method has its short, rules and long names; every list method its short, list and demo names', () => {
    for (const m of APPORTION_METHODS) for (const v of ['short', 'rules', 'long'] as const) expect(METHOD_NAMES).toHaveProperty([`${m}.${v}`]);
    for (const m of LIST_METHODS) for (const v of ['short', 'list', 'demo'] as const) expect(METHOD_NAMES).toHaveProperty([`${m}.${v}`]);
  });
  it('a name is said from the catalogue or read from the table alike, an unknown method as it is', () => {
    expect(say(methodName('hamilton.rules'), 'en')).toBe('Hamilton (largest remainders)');
    expect(methodNameIn('hamilton', 'rules', 'en')).toBe('Hamilton (largest remainders)');
    expect(say(methodName('hare.list'), 'fr')).toBe('plus fort reste (quotient de Hare)');
    expect(methodNameIn('borda', 'short', 'fr')).toBe('borda');
  });
});

describe('the seat rule through the CLI', () => {
  const ZONES = FIX + 'row6.geojson';
  const PLAN = FIX + 'row6-plan.csv';
  it('seats --lang fr says the rule in French; --json keeps the English sentence', async () => {
    const fr = await runCli('seats', ZONES, PLAN, '--seats', '30', '--method', 'hamilton', '--min-seats', '6', '--lang', 'fr');
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain(
      'Délégués : 30 délégués au total, répartis entre les sections selon la méthode Hamilton / plus fort reste (quotient de Hare) ; chaque section en reçoit d’abord 6,',
    );
    expect(fr.stdout).not.toMatch(/seats by|every section/);
    const json = await runCli('seats', ZONES, PLAN, '--members-per-seat', '1500', '--json', '--lang', 'fr');
    expect(JSON.parse(json.stdout).rule).toBe('1 seat per 1,500 members, rounded down (remainders are dropped: a section of 10,499 members elects 6)');
  });
  it('pluralism --json writes the seat rule as the English sentence it always was', async () => {
    const r = await runCli('pluralism', ZONES, PLAN, '--members-per-seat', '1500', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).plans[0].report.seatRule.rule).toBe(
      '1 seat per 1,500 members, rounded down (remainders are dropped: a section of 10,499 members elects 6)',
    );
  });
  it('pluralism --lang fr: the seat rule and the ties inside sections with French punctuation', async () => {
    const r = await runCli('pluralism', join(DEMO_DATA_DIR, 'zones.geojson'), join(DEMO_DATA_DIR, 'plan-departements.csv'), '--lang', 'fr');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Délégués par section : un délégué pour 1\u202f500 adhérents, arrondi à l’entier inférieur');
    // "Section : A, B → A ; Section : …"
    expect(r.stdout).toMatch(/Code électoral\) : [^:;]+ : [^;]+ → [^;]+ ; [^:;]+ : /);
  });
});

describe('a tie for the last seat, said from its figures', () => {
  it('writes the claim the reader’s way: a decimal point in English, a decimal comma in French', () => {
    const tie = { seats: 1, candidates: ['S1', 'S2'], winners: ['S1'], value: 0.6 };
    expect(say(describeTie(tie), 'en')).toContain('0.6000');
    expect(say(describeTie(tie), 'fr')).toContain('0,6000');
    expect(say(describeTie(tie), 'fr')).not.toContain('0.6000');
  });
});
