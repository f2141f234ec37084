// The findings engine: a parsed kapacitor.conf plus the schema in, problems out, judged the way
// Kapacitor itself (per version, open source or Enterprise) would judge the file.
import type { KeyPath, TomlTable } from '../../toml/types';
import type { CheckOptions, Finding } from '../types';
import { createContext, type Ctx } from './context';
import { buildEntries } from './structure';
import { checkFieldValues } from './field-values';
import { checkMissingRequired } from './required';
import { checkDefaultsLost } from './defaults-lost';
import { checkIdentities } from './identities';
import { checkDefaultEntries } from './default-entries';
import { checkCoreRules } from './core-rules';
import { checkHandlerRules } from './handler-rules';
import { checkKafkaRules } from './kafka-rules';
import { checkDiscoveryRules } from './discovery-rules';
import { checkUdfRules } from './udf-rules';
import { checkEnterpriseRules } from './enterprise-rules';
import { checkEnvPlaceholders } from './env-placeholders';
import { checkToml04 } from './toml04';
import { checkNotices } from './notices';

export interface FindingsInput {
  /** parsed document (smol-toml shape) */
  values: TomlTable;
  /** document text, for text-level checks */
  text: string;
  /** line of a key or table header in the text */
  lineOf(path: KeyPath): number | undefined;
  /** table headers in text order */
  tables: readonly { path: KeyPath; name: string; isArray: boolean; header: { line: number } }[];
}

const families: ((ctx: Ctx) => void)[] = [
  checkFieldValues,
  checkMissingRequired,
  checkDefaultsLost,
  checkIdentities,
  checkDefaultEntries,
  checkCoreRules,
  checkHandlerRules,
  checkKafkaRules,
  checkDiscoveryRules,
  checkUdfRules,
  checkEnterpriseRules,
  checkEnvPlaceholders,
  checkToml04,
  checkNotices,
];

export function findProblems(input: FindingsInput, options: CheckOptions): Finding[] {
  const ctx = createContext(input, options);
  buildEntries(ctx);
  for (const family of families) family(ctx);
  return sortByLine(dedupe(ctx.findings));
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const id = `${f.rule}\u0000${JSON.stringify(f.path)}\u0000${f.line ?? ''}\u0000${f.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

function sortByLine(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.line ?? 0) - (b.f.line ?? 0) || severityOrder[a.f.severity] - severityOrder[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
