/** What `decoupage serve` prints. */
import type { Table } from './message.js';

export const SERVE_LABELS = {
  listening: {
    en: 'Plan editor of {what}: {url}\n  Save writes {file}; every edit is autosaved beside it. Ctrl-C stops the editor.',
    fr: 'Éditeur de découpage de {what} : {url}\n  Enregistrer écrit {file} ; chaque modification est sauvegardée à côté. Ctrl-C arrête l’éditeur.',
  },
  stopped: { en: 'Editor stopped.', fr: 'Éditeur arrêté.' },
  restored: { en: 'Restored the last edits from {file} ({when}).', fr: 'Dernières modifications reprises de {file} ({when}).' },
  hostWarning: {
    en: 'warning: listening on {host}: other computers on the network can reach the editor and its member figures',
    fr: 'attention : écoute sur {host} : les autres ordinateurs du réseau peuvent joindre l’éditeur et ses effectifs d’adhérents',
  },
  demoTitle: { en: 'the demo region (Valmorance)', fr: 'la région de démonstration (Valmorance)' },
} as const satisfies Table;
