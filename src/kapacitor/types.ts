// The Kapacitor schema's public types. This layer knows Kapacitor, nothing of React.
import type { KeyPath, TomlValue } from '../toml/types';

export type KapacitorVersion = '1.5' | '1.6' | '1.7' | '1.8';

export type FieldKind =
  | 'string'
  | 'boolean'
  | 'integer'
  | 'float'        // always written with a decimal point
  | 'duration'     // Go duration string; bare integer 0 accepted
  | 'hostport'     // host:port as net.SplitHostPort accepts it
  | 'url'
  | 'email'
  | 'path'
  | 'enum'         // `options` lists the accepted values
  | 'stringList'   // []string; `item` narrows the element kind
  | 'stringMap'    // map[string]string: inline table or sub-table
  | 'stringListMap'// map[string][]string: influxdb subscriptions, scraper params
  | 'table'        // a fixed nested table such as httppost basic-auth; `fields` describes it
  | 'tableMap';    // a map of named tables such as udf.functions.<name>; `fields` describes one entry

export type SectionGroup = 'core' | 'enterprise' | 'influxdb-inputs' | 'alert-handlers' | 'discovery' | 'udf-tasks';

export interface FieldDef {
  /** TOML key as Kapacitor spells it */
  key: string;
  kind: FieldKind;
  /** Kapacitor's built-in default (NewConfig), as a TOML value; undefined = Go zero value for the kind */
  default?: TomlValue;
  /** Kapacitor Enterprise's built-in default, where it differs from `default` (read through effectiveDefault) */
  enterpriseDefault?: TomlValue;
  /** one line, our own words */
  description: string;
  /** longer help text */
  help?: string;
  secret?: boolean;
  /** first Kapacitor release with this key, e.g. '1.6.0'; undefined = 1.4 or earlier */
  since?: string;
  /** last release that had it, when it was removed */
  removedIn?: string;
  enterprise?: boolean;
  /** for 'enum' (and list items of an enum) */
  options?: readonly string[];
  /** enum values are matched case-insensitively by Kapacitor */
  caseInsensitive?: boolean;
  /** for 'stringList': the element kind */
  item?: 'string' | 'url' | 'email' | 'hostport' | 'enum' | 'path';
  min?: number;
  max?: number;
  /** empty value is an error ("must configure ...") */
  required?: boolean;
  /** for 'table' and 'tableMap' */
  fields?: FieldDef[];
  /** extra environment-variable aliases documented for this key (Enterprise license) */
  envAliases?: string[];
  /** 'url' (and url list items): how strictly Kapacitor reads it. 'reference' (the default) = Go net/url.Parse,
   *  which rejects almost nothing; 'request-uri' = url.ParseRequestURI (an absolute URL or an absolute path, never "");
   *  'absolute' = when set it must name a scheme (http://...) */
  urlForm?: 'reference' | 'request-uri' | 'absolute';
  /** a JavaScript regular expression (source, compiled with the 'u' flag) that the string, or each list item, must match */
  pattern?: string;
  /** the sentence shown when `pattern` does not match */
  patternMessage?: string;
  /** `min` is exclusive: the value must be greater than it. For 'duration', min/max are nanoseconds */
  minExclusive?: boolean;
  /** 'duration' only: a plain Go time.Duration, not toml.Duration: a TOML integer is read as nanoseconds and "" is an error */
  plainDuration?: boolean;
  /** 'string' only: Kapacitor keeps the value as interface{}, so any TOML scalar (string, number, boolean) is accepted */
  anyScalar?: boolean;
  /** Kapacitor has this key but cannot decode it from a TOML file (type mismatch); forms should hide it */
  notInFile?: boolean;
  /** the option's name in the config API (its Go `override:` tag) where it differs from the TOML key */
  apiKey?: string;
}

export interface SectionDef {
  /** TOML table name ('http', 'influxdb', 'file-discovery'); '' for the top-level keys */
  name: string;
  kind: 'root' | 'table' | 'array' | 'tableOrArray';
  group: SectionGroup;
  description: string;
  /** array sections: the key that names an entry (name, id, endpoint, workspace) */
  identityKey?: string;
  /** NewConfig creates one element (influxdb, kafka, mqtt, httppost, slack, discord) */
  defaultElement?: boolean;
  /** can be changed through the /kapacitor/v1/config API */
  apiOverridable?: boolean;
  since?: string;
  removedIn?: string;
  enterprise?: boolean;
  fields: FieldDef[];
}

export type Severity = 'error' | 'warning' | 'info';

/** A one-click repair, applied only when the user clicks it. */
export interface FindingFix {
  label: string;
  /** the value to set at `path` (undefined with `rename` or `replaceText`) */
  setValue?: TomlValue;
  /** rename the key at `path` to this key */
  renameTo?: string;
  /** replace a span of the document text */
  replaceText?: { start: number; end: number; text: string };
}

export interface Finding {
  severity: Severity;
  /** stable rule id, e.g. 'unknown-key', 'duration-format', 'influxdb-default' */
  rule: string;
  path: KeyPath;
  /** 1-based line in the document; undefined when the key is not in the file */
  line?: number;
  message: string;
  fix?: FindingFix;
}

export interface CheckOptions {
  version: KapacitorVersion;
  enterprise: boolean;
}
