import type { SectionDef } from '../../kapacitor/types';
import type { TomlDocument } from '../../toml/document';

/** The TOML header an operator knows a section by: [http], [[influxdb]], or the form the file uses for [slack]. */
export function sectionHeader(section: SectionDef, doc?: TomlDocument): string {
  if (section.kind === 'root') return 'Top-level keys';
  if (section.kind === 'table') return `[${section.name}]`;
  if (section.kind === 'array') return `[[${section.name}]]`;
  const value = doc?.get([section.name]);
  if (value !== undefined) return Array.isArray(value) ? `[[${section.name}]]` : `[${section.name}]`;
  return section.name === 'kubernetes' ? `[${section.name}]` : `[[${section.name}]]`;
}

export function sectionAnchor(section: SectionDef): string {
  return section.kind === 'root' ? 'top-level' : section.name;
}
