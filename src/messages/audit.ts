/** The "audit" messages: `decoupage audit`, the ensemble of valid plans under the same charter (src/audit, src/jobs/audit.ts). */
import type { Table } from './message.js';

export const AUDIT_MESSAGES = {
  // --- what is measured on every plan (src/audit/metrics.ts) ---
  'metric.crossing': { en: 'sections crossing the boundaries of {prop}', fr: 'sections qui franchissent les limites des {prop}' },
  'metric.split': { en: '{prop} whose zones lie in several sections', fr: '{prop} dont les zones sont dans plusieurs sections' },
  'metric.membersMin': { en: 'members of the smallest section', fr: 'adhérents de la plus petite section' },
  'metric.membersSpread': {
    en: 'members: gap between the largest and the smallest section',
    fr: 'adhérents : écart entre la plus grande et la plus petite section',
  },
  'metric.zonesMax': { en: 'zones of the section holding the most', fr: 'zones de la section qui en réunit le plus' },
  'metric.seatsMin': { en: 'delegates of the section electing the fewest', fr: 'délégués de la section qui en élit le moins' },
  'metric.seatsMax': { en: 'delegates of the section electing the most', fr: 'délégués de la section qui en élit le plus' },
  'metric.listSeats': { en: 'seats of list {list}', fr: 'sièges de la liste {list}' },
  'metric.multiList': { en: 'sections where two lists or more win seats', fr: 'sections où au moins deux listes ont des élus' },
  'metric.gallagher': { en: 'disproportionality (Gallagher index, %)', fr: 'disproportionnalité (indice de Gallagher, %)' },
  'metric.r2': { en: 'homogeneity R² (each zone once)', fr: 'homogénéité R² (chaque zone une fois)' },
  'metric.r2Members': { en: 'homogeneity R² (zones weighted by members)', fr: 'homogénéité R² (zones pondérées par les adhérents)' },

  // --- what the command prints ---
  heading: {
    en:
      'Audit of {plan}: {n} valid {n:plan|plans} sampled under the same charter ({chains} {chains:chain|chains} of {kind} from the plan, ' +
      'seed {seed}, {burnIn} {burnIn:step|steps} of warm-up each), each with {k} {k:section|sections} as the plan has: ReCom keeps the number of sections.',
    fr:
      'Audit de {plan} : {n} {n:découpage valide tiré|découpages valides tirés} sous la même charte ({chains} {chains:chaîne|chaînes} {kind} partant du découpage, ' +
      'graine {seed}, {burnIn} pas de mise en route chacune), {n:qui compte|chacun comptant} {k} {k:section|sections} comme le découpage : ReCom garde le nombre de sections.',
  },
  'kind.recom': { en: 'ReCom', fr: 'ReCom' },
  'kind.reversible': { en: 'reversible ReCom', fr: 'ReCom réversible' },
  'col.metric': { en: 'measure', fr: 'mesure' },
  'col.plan': { en: 'the plan', fr: 'le découpage' },
  'col.range': { en: 'valid plans (central 95 %)', fr: 'découpages valides (95 % central)' },
  'col.median': { en: 'median', fr: 'médiane' },
  'col.percentile': { en: 'percentile', fr: 'rang centile' },
  'col.rhat': { en: 'split-R̂', fr: 'R̂ scindé' },
  'col.ess': { en: 'ESS', fr: 'ESS' },
  verdicts: { en: 'Where the plan sits:', fr: 'Où se situe le découpage :' },
  verdict: {
    en: '{metric}: {value} in the plan; {inside} % of valid plans between {low} and {high}',
    fr: '{metric} : {value} dans le découpage ; {inside} % des découpages valides entre {low} et {high}',
  },
  'verdict.exactly': {
    en: '{metric}: {value} in the plan; {inside} % of valid plans have exactly {low}',
    fr: '{metric} : {value} dans le découpage ; {inside} % des découpages valides ont exactement {low}',
  },
  'verdict.listSeats.exactly': {
    en: 'the plan gives list {list} {value} {value:seat|seats}; {inside} % of valid plans give it exactly {low}',
    fr: 'le découpage donne {value} {value:siège|sièges} à la liste {list} ; {inside} % des découpages valides lui en donnent exactement {low}',
  },
  'verdict.listSeats': {
    en: 'the plan gives list {list} {value} {value:seat|seats}; {inside} % of valid plans give it {low} to {high}',
    fr: 'le découpage donne {value} {value:siège|sièges} à la liste {list} ; {inside} % des découpages valides lui en donnent de {low} à {high}',
  },
  'outlier.low': {
    en: 'unusual: lower than in {pct} % of valid plans',
    fr: 'inhabituel : plus bas que dans {pct} % des découpages valides',
  },
  'outlier.high': {
    en: 'unusual: higher than in {pct} % of valid plans',
    fr: 'inhabituel : plus haut que dans {pct} % des découpages valides',
  },
  respectAim: {
    en: 'Fewer crossings of {prop} than valid plans usually have is what --respect asks propose for: the charter’s aim, not a bias.',
    fr: 'Moins de franchissements des limites des {prop} que n’en ont d’habitude les découpages valides, c’est ce que --respect demande à propose : le but de la charte, pas un biais.',
  },
  none: {
    en: 'No measure puts the plan outside the central 95 % of the valid plans: it is what the charter gives anyway.',
    fr: 'Aucune mesure ne place le découpage hors des 95 % centraux des découpages valides : c’est ce que la charte donne de toute façon.',
  },
  mixed: {
    en: 'The chains agree: split-R̂ at most {rhat} and at least {ess} effective {ess:plan|plans} for every measure.',
    fr: 'Les chaînes concordent : R̂ scindé d’au plus {rhat} et au moins {ess} {ess:découpage effectif|découpages effectifs} pour chaque mesure.',
  },
  unmixed: {
    en:
      'the chains have not mixed for {list} (split-R̂ above {rhat} or fewer than {ess} effective {ess:plan|plans}): the ranges above may be too narrow; ' +
      'sample more plans (--plans) before drawing conclusions',
    fr:
      'les chaînes ne se sont pas mélangées pour {list} (R̂ scindé au-dessus de {rhat} ou moins de {ess} {ess:découpage effectif|découpages effectifs}) : les intervalles ci-dessus ' +
      'peuvent être trop étroits ; tirez plus de découpages (--plans) avant de conclure',
  },
  'stopped.time': {
    en: 'stopped at the time limit ({seconds} s): {n} {n:plan|plans} sampled, kept',
    fr: 'arrêt à la limite de temps ({seconds} s) : {n} {n:découpage tiré, gardé|découpages tirés, gardés}',
  },
  'stopped.interrupted': {
    en: 'interrupted: {n} {n:plan|plans} sampled, kept',
    fr: 'interrompu : {n} {n:découpage tiré, gardé|découpages tirés, gardés}',
  },
  acceptance: {
    en: '{accepted} of {steps} {steps:step|steps} changed the plan.',
    fr: '{accepted} pas sur {steps} {accepted:a changé|ont changé} le découpage.',
  },
  wroteLines: {
    en: 'wrote {file}: one JSON line per sampled plan ({n}){plans}',
    fr: '{file} écrit : une ligne JSON par découpage tiré ({n}){plans}',
  },
  withPlans: { en: ', each with its plan (check it with decoupage check)', fr: ', chacune avec son découpage (à vérifier avec decoupage check)' },
  progress: {
    en: 'audit: {done}/{total} {total:plan|plans}, {rate} {rate:plan|plans}/s, about {eta} s left',
    fr: 'audit : {done}/{total} {total:découpage|découpages}, {rate} par seconde, environ {eta} s restantes',
  },

  // --- problems ---
  withPlansNeedsOut: { en: '--with-plans needs --out (the file of JSON lines)', fr: '--with-plans demande --out (le fichier de lignes JSON)' },
  planBreaks: {
    en: 'the plan breaks the charter ({list}): the audit compares it with valid plans only',
    fr: 'le découpage ne respecte pas la charte ({list}) : l’audit ne le compare qu’à des découpages valides',
  },
  'planBreaks.hint': {
    en: 'run decoupage check with the same options to see what to mend',
    fr: 'lancez decoupage check avec les mêmes options pour voir quoi corriger',
  },
  oneSection: {
    en: 'the plan has a single section: there is nothing to recombine',
    fr: 'le découpage n’a qu’une section : il n’y a rien à recombiner',
  },
  stuck: {
    en: 'no step changed the plan ({steps} tried): under this charter it may be the only valid plan with {k} {k:section|sections}, or nearly',
    fr: 'aucun pas n’a changé le découpage ({steps} {steps:essayé|essayés}) : sous cette charte, c’est peut-être le seul découpage valide à {k} {k:section|sections}, ou presque',
  },

  // --- the report (--report audit.html) ---
  'report.title': { en: 'Audit of {plan}', fr: 'Audit de {plan}' },
  'report.subtitle': {
    en: 'Where the plan sits among the valid plans of the same charter',
    fr: 'Où se situe le découpage parmi les découpages valides de la même charte',
  },
  'report.charter': { en: 'The charter', fr: 'La charte' },
  'report.measures': { en: 'Measure by measure', fr: 'Mesure par mesure' },
  'report.table': { en: 'All measures', fr: 'Toutes les mesures' },
  'report.chains': { en: 'Did the chains mix?', fr: 'Les chaînes se sont-elles mélangées ?' },
  'report.histogramOf': {
    en: '{title}: valid plans by value ({n} {n:plan|plans}); the plan is marked',
    fr: '{title} : découpages valides par valeur ({n} {n:découpage|découpages}) ; le découpage est marqué',
  },
  'report.traceOf': { en: '{title}: value along each chain', fr: '{title} : valeur au fil de chaque chaîne' },
  'report.thePlan': { en: 'the plan: {value}', fr: 'le découpage : {value}' },
  'report.central': { en: 'central 95 % of valid plans', fr: '95 % centraux des découpages valides' },
  'report.chain': { en: 'chain {n}', fr: 'chaîne {n}' },
  'report.howToRead': {
    en:
      'Each bar counts the valid plans with that value; the shaded band holds the central 95 % of them. A plan outside the band is ' +
      'unusual for this charter: ask why. The traces below should look like noise around the same level in every chain; a drift, ' +
      'or chains at different levels, means more plans are needed.',
    fr:
      'Chaque barre compte les découpages valides qui ont cette valeur ; la bande grisée contient les 95 % centraux. Un découpage hors de ' +
      'la bande est inhabituel pour cette charte : demandez pourquoi. Les traces plus bas doivent ressembler à un bruit autour du même ' +
      'niveau dans chaque chaîne ; une dérive, ou des chaînes à des niveaux différents, signifie qu’il faut tirer plus de découpages.',
  },
  'report.generated': { en: 'Made by decoupage {version}.', fr: 'Produit par decoupage {version}.' },
  wroteReport: { en: 'wrote {file}: the audit report (open it in a browser)', fr: '{file} écrit : le rapport d’audit (à ouvrir dans un navigateur)' },

  // --- --help ---
  'help.plans': { en: 'how many valid plans to sample in all', fr: 'combien de découpages valides tirer en tout' },
  'help.chains': {
    en: 'independent chains, each from the plan with its own seed; they are compared to tell whether they mixed',
    fr: 'chaînes indépendantes, chacune partant du découpage avec sa propre graine ; on les compare pour savoir si elles se sont mélangées',
  },
  'help.seed': {
    en: 'seed of the chains (the same seed gives the same ensemble)',
    fr: 'graine des chaînes (la même graine donne le même ensemble)',
  },
  'help.reversible': {
    en: 'reversible ReCom (Cannon, Duchin, Randall & Rule 2022): slower to move, but its target law is known (plans weighted by their spanning trees)',
    fr: 'ReCom réversible (Cannon, Duchin, Randall et Rule 2022) : bouge plus lentement, mais sa loi cible est connue (découpages pondérés par leurs arbres couvrants)',
  },
  'help.burnIn': {
    en: 'steps each chain walks before it records (default: one per zone, at least 100)',
    fr: 'nombre de pas que fait chaque chaîne avant d’enregistrer (par défaut : un par zone, au moins 100)',
  },
  'help.thin': { en: 'steps between two recorded plans', fr: 'nombre de pas entre deux découpages enregistrés' },
  'help.votes': {
    en: 'list vote shares (as pluralism reads them): seats per list, sections with two lists or more, Gallagher index',
    fr: 'parts des listes (comme les lit pluralism) : sièges par liste, sections à au moins deux listes élues, indice de Gallagher',
  },
  'help.out': {
    en: 'write one JSON line per sampled plan with its measures (for R or Python)',
    fr: 'écrire une ligne JSON par découpage tiré avec ses mesures (pour R ou Python)',
  },
  'help.withPlans': {
    en: 'with --out: each line also holds its plan (zone → section), to check it again with decoupage check',
    fr: 'avec --out : chaque ligne contient aussi son découpage (zone → section), pour le revérifier avec decoupage check',
  },
  'help.timeLimit': {
    en: 'stop sampling after this many seconds and report what was sampled',
    fr: 'arrêter de tirer après ce nombre de secondes et rendre compte de ce qui a été tiré',
  },
  'help.report': {
    en: 'write the audit as an HTML page: a histogram per measure with the plan marked, the table, the chains’ traces',
    fr: 'écrire l’audit en page HTML : un histogramme par mesure où le découpage est marqué, le tableau, les traces des chaînes',
  },
  'help.threads': {
    en: 'worker threads, one chain each (default: the machine’s cores); the ensemble is the same whatever their number',
    fr: 'fils d’exécution, une chaîne chacun (par défaut : les cœurs de la machine) ; l’ensemble est le même quel que soit leur nombre',
  },
  'help.lang': { en: 'the printed audit', fr: 'de l’audit affiché' },
} as const satisfies Table;
