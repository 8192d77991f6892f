/** What `decoupage propose` prints. */
import type { Table } from './message.js';

export const PROPOSE_LABELS = {
  section: { en: 'section', fr: 'section' },
  name: { en: 'name', fr: 'nom' },
  zones: { en: 'zones', fr: 'zones' },
  members: { en: 'members', fr: 'adhérents' },
  seats: { en: 'seats', fr: 'délégués' },
  crosses: { en: 'crosses', fr: 'franchit' },
  crossesProp: { en: 'crosses {prop}', fr: 'franchit {prop}' },
  compactness: { en: 'compactness', fr: 'compacité' },
  found: {
    en: 'found {n} {n:section|sections}; at most {max} are possible (each needs ≥ {threshold} {threshold:member|members})',
    fr: '{n} {n:section trouvée|sections trouvées} ; au plus {max} sont possibles (chacune doit compter au moins {threshold} {threshold:adhérent|adhérents})',
  },
  outside: {
    en: '{n} {n:zone lies|zones lie} outside the main {prop} of {n:its|their} section',
    fr: '{n} {n:zone est|zones sont} hors du {prop} principal de {n:sa|leur} section',
  },
  note: { en: 'note: {note}', fr: 'note : {note}' },
  compactnessNote: {
    en: 'compactness: Polsby–Popper, 1 = a disc, near 0 = long or ragged',
    fr: 'compacité : Polsby–Popper, 1 = un disque, proche de 0 = forme allongée ou découpée',
  },
  wrotePlan: {
    en: 'wrote {file}: {n} {what} in {sections} {sections:section|sections}',
    fr: '{file} écrit : {n} {what} en {sections} {sections:section|sections}',
  },
  whatZones: { en: '{n:zone|zones}', fr: '{n:zone|zones}' },
  whatUnits: { en: '{n:unit|units} (zones and finer units)', fr: '{n:unité|unités} (zones et unités plus fines)' },
  wroteSections: { en: 'wrote {file}: {n} {n:section|sections}', fr: '{file} écrit : {n} {n:section|sections}' },
  wroteGpkg: {
    en: 'wrote {file}: {n} {n:section|sections} and {zones} {zones:zone|zones} (GeoPackage, styled for QGIS)',
    fr: '{file} écrit : {n} {n:section|sections} et {zones} {zones:zone|zones} (GeoPackage, stylé pour QGIS)',
  },
  wroteReport: { en: 'wrote {file}: the report (open it in a browser)', fr: '{file} écrit : le rapport (à ouvrir dans un navigateur)' },
  splitLine: {
    en: 'zone {id} ({name}, {members} members) was split into its {units} {units:finer unit|finer units}, now in {n} section{s}: {sections}',
    fr: 'la zone {id} ({name}, {members} adhérents) est découpée en ses {units} {units:unité plus fine|unités plus fines}, réparties en {n} section{s} : {sections}',
  },
  wroteUnits: {
    en: 'wrote {file}: {n} {n:unit|units} (use it with the plan in check, export and report, with --members members{snap} and the same links)',
    fr: '{file} écrit : {n} {n:unité|unités} (à utiliser avec le découpage dans check, export et report, avec --members members{snap} et les mêmes liaisons)',
  },
  snapAdvice: { en: ' --snap {m}', fr: ' --snap {m}' },
  splitMissing: {
    en: 'warning: zones {a} and {b} touch, but none of their units do: raise --split-snap (now {m} m)',
    fr: 'attention : les zones {a} et {b} se touchent, mais aucune de leurs unités : augmentez --split-snap (actuellement {m} m)',
  },
  splitExtra: {
    en: 'note: the units of zones {a} and {b} touch, though the zones do not (--split-snap {m} m may be too large)',
    fr: 'remarque : des unités des zones {a} et {b} se touchent, alors que les zones non (--split-snap {m} m est peut-être trop grand)',
  },
  splitDisconnected: {
    en: 'note: the units of zone {z} do not form one piece (an island or enclave among them)',
    fr: 'remarque : les unités de la zone {z} ne forment pas un seul tenant (une île ou une enclave parmi elles)',
  },
  boundGap: {
    en: '{n} {n:section|sections}; no plan can have more than {max} ({how}), each needing ≥ {threshold} {threshold:member|members}',
    fr: '{n} {n:section|sections} ; aucun découpage ne peut en avoir plus de {max} ({how}), chacune devant compter au moins {threshold} {threshold:adhérent|adhérents}',
  },
  boundOptimal: {
    en: '{n} {n:section|sections}: optimal, no plan can have more ({how}), each needing ≥ {threshold} {threshold:member|members}',
    fr: '{n} {n:section|sections} : optimal, aucun découpage ne peut en avoir plus ({how}), chacune devant compter au moins {threshold} {threshold:adhérent|adhérents}',
  },
  byCount: {
    en: 'counting the zones that reach the threshold alone and the members of the others',
    fr: 'en comptant les zones qui atteignent seules le seuil et les adhérents des autres',
  },
  byLp: {
    en: 'linear relaxation of the packing of minimal sections, HiGHS',
    fr: 'relaxation linéaire de l’empilement des sections minimales, HiGHS',
  },
  byMip: { en: 'packing of minimal sections solved exactly', fr: 'empilement des sections minimales résolu exactement' },
} as const satisfies Table;
