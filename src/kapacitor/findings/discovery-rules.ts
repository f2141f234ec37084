// Discovery and inputs: [kubernetes] (reference §6.4), [[dns]] A/AAAA ports, [[graphite]] templates.
import type { TomlValue } from '../../toml/types';
import { entryLabel, keyLabel, show, type Ctx, type SectionEntry } from './context';
import { effective, isBlank, str, truthy } from './effective';
import { isEnabled } from './conditions';

export function checkDiscoveryRules(ctx: Ctx): void {
  kubernetes(ctx);
  for (const entry of ctx.entriesOf('dns')) {
    const type = str(effective(entry, 'type')).toUpperCase();
    const path = [...entry.path, 'port'];
    if ((type === 'A' || type === 'AAAA') && effective(entry, 'port') === 0 && !ctx.hasErrorAt(path)) {
      ctx.report({
        severity: 'error',
        rule: 'dns-port',
        path,
        message: `${keyLabel(entry, 'port')} is 0: with type = ${show(type)} the records carry no port, so Kapacitor refuses the entry. Set the port to scrape, e.g. port = 9100.`,
      });
    }
  }
  for (const entry of ctx.entriesOf('graphite')) graphiteTemplates(ctx, entry);
}

function kubernetes(ctx: Ctx): void {
  const entries = ctx.entriesOf('kubernetes');
  if (entries.length > 1) {
    for (const e of entries) {
      const path = [...e.path, 'id'];
      if (str(effective(e, 'id')) !== '' || ctx.hasErrorAt(path)) continue;
      ctx.report({
        severity: 'error',
        rule: 'kubernetes-id',
        path,
        message: `${keyLabel(e, 'id')} is empty: with more than one [[kubernetes]] entry each needs an id, or Kapacitor refuses the file.`,
      });
    }
  }
  for (const e of entries) {
    if (!isEnabled(e)) continue;
    if (truthy(effective(e, 'in-cluster'))) {
      for (const key of ['api-servers', 'token', 'ca-path', 'namespace']) {
        if (isBlank(effective(e, key))) continue;
        ctx.report({
          severity: 'error',
          rule: 'kubernetes-in-cluster',
          path: [...e.path, key],
          message: `${keyLabel(e, key)} is set together with in-cluster = true: Kapacitor refuses that, because in-cluster takes the API server, token, CA and namespace from the pod. Remove ${key} or set in-cluster = false.`,
        });
      }
    } else if (isBlank(effective(e, 'api-servers')) && !ctx.hasErrorAt([...e.path, 'api-servers'])) {
      ctx.report({
        severity: 'error',
        rule: 'required-when-enabled',
        path: [...e.path, 'api-servers'],
        message: `${keyLabel(e, 'api-servers')} is empty, and Kapacitor refuses to start while ${entryLabel(e)} is enabled without it (or in-cluster = true). Add the API server URLs, e.g. ["http://localhost:8001"].`,
      });
    }
  }
}

/** InfluxDB's graphite Config.Validate, which Kapacitor runs for every [[graphite]] entry */
function graphiteTemplates(ctx: Ctx, entry: SectionEntry): void {
  const templates = effective(entry, 'templates');
  if (!Array.isArray(templates)) return;
  const filters = new Set<string>();
  templates.forEach((t: TomlValue, i) => {
    if (typeof t !== 'string') return;
    const problem = templateProblem(t, filters);
    if (!problem) return;
    ctx.report({
      severity: 'error',
      rule: 'graphite-template',
      path: [...entry.path, 'templates', i],
      message: `${keyLabel(entry, 'templates')} entry ${show(t)}: ${problem} Kapacitor refuses the file.`,
    });
  });
}

function templateProblem(t: string, filters: Set<string>): string | undefined {
  const parts = t.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return 'it is blank.';
  if (parts.length > 3) return 'it has more than three space-separated parts ([filter] template [tags]).';
  let filter = '';
  let template = parts[0];
  let tags = '';
  if (parts.length === 2) {
    if (parts[1].includes('=')) tags = parts[1];
    else [filter, template] = parts;
  }
  if (parts.length === 3) [filter, template, tags] = parts;
  if (!template.split('.').some((p) => p === 'measurement' || p === 'measurement*')) return 'the template has no measurement (or measurement*) part.';
  if (filters.has(filter)) return filter ? `the filter ${show(filter)} appears twice.` : 'a second template without a filter.';
  filters.add(filter);
  if (filter) {
    for (const section of filter.split('.')) {
      if (section === '') return 'the filter has an empty section.';
      if (section.includes('*') && section !== '*') return 'a "*" in the filter must fill a whole section.';
    }
  }
  if (tags) {
    for (const kv of tags.split(',')) {
      const [k, v, ...more] = kv.split('=');
      if (!k || !v || more.length) return `the tag ${show(kv)} is not key=value.`;
    }
  }
  return undefined;
}
