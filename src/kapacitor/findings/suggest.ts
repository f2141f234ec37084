// "Did you mean": edit distance plus a few names people reach for that are too far off to be found that way.

/** Levenshtein distance, with `-` and `_` counted as the same character and case ignored */
export function editDistance(a: string, b: string): number {
  const x = normalise(a);
  const y = normalise(b);
  const prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (x[i - 1] === y[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[y.length];
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/_/g, '-');
}

/** the closest candidate within reach; short names get less slack so `id` does not suggest `db` */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = word.length <= 3 ? 1 : word.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (bestDistance <= limit) return best;
  // a shortened name: `user` for username, `pass` for password
  const lower = normalise(word);
  const longer = [...candidates].filter((c) => word.length >= 4 && normalise(c).startsWith(lower));
  return longer.length === 1 ? longer[0] : undefined;
}

/** section → key people write → the key Kapacitor reads. Only names edit distance cannot reach. */
const keyAliases: Record<string, Record<string, string>> = {
  '': { datadir: 'data_dir', 'data-directory': 'data_dir', host: 'hostname' },
  storage: { dir: 'boltdb', path: 'boltdb', file: 'boltdb', db: 'boltdb' },
  replay: { path: 'dir', directory: 'dir' },
  load: { path: 'dir', directory: 'dir' },
  task: { path: 'dir', directory: 'dir' },
  logging: { 'log-level': 'level', loglevel: 'level', path: 'file', 'log-file': 'file' },
  http: { port: 'bind-address', bind: 'bind-address', listen: 'bind-address', address: 'bind-address' },
  influxdb: { url: 'urls', address: 'urls', host: 'urls' },
  kafka: { broker: 'brokers', 'bootstrap-servers': 'brokers' },
  smtp: { server: 'host', 'to-templates': 'toTemplates' },
};

export function keyAlias(section: string, key: string): string | undefined {
  return keyAliases[section]?.[key.toLowerCase()];
}

/** section names people reach for that edit distance cannot reach */
const sectionAliases: Record<string, string> = {
  influx: 'influxdb',
  email: 'smtp',
  mail: 'smtp',
  pagerduty1: 'pagerduty',
  opsgenie1: 'opsgenie',
  static: 'static-discovery',
  file: 'file-discovery',
  prometheus: 'scraper',
  k8s: 'kubernetes',
  log: 'logging',
};

export function sectionAlias(name: string): string | undefined {
  return sectionAliases[name.toLowerCase()];
}
