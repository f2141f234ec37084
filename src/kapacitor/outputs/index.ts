// Outputs: what the editor can produce from an open kapacitor.conf besides the file itself. Pure functions over the
// document model (src/toml) and the schema (src/kapacitor); nothing here touches the DOM except through standard
// Web APIs (CompressionStream, TextEncoder) that Node 20 has too.
//
// Environment variables (reference §2)
//   toEnvVars(values, { version, includeSecrets }) → { vars, fileOnly, minimalFile }
//     vars: { name, value, secret, path }[] — every value as KAPACITOR_* (upper case, '-' → '_', list and entry indices,
//       kafka SASL's double underscore, kubernetes without index when it has one entry, license aliases); values as
//       Kapacitor parses them. Secrets become "<section.key>" placeholders unless includeSecrets.
//     fileOnly: { path, reason }[] — what variables cannot express: entries and list items that must exist, empty
//       strings (an empty variable is skipped), maps of lists, udf functions, untyped values, unknown keys.
//     minimalFile: the kapacitor.conf that keeps exactly those, to mount next to the variables.
//   renderDotEnv(vars) · renderDockerRun(vars, { image?, mountConfig? }) · renderKubernetesEnv(vars, { secretName? })
//
// Config API (reference §3; what the verbs do is read from Kapacitor's services/config/service.go)
//   apiRequests(values, { includeSecrets, baseUrl?, version? }) → { method: 'POST', path, body: {set}, curl, note?, leftOut? }[]
//     one per API-overridable table (/kapacitor/v1/config/<section>/, the trailing slash naming the table's one
//     element) and array entry (/…/<section>/<identity>): the whole document as set requests.
//     Only keys and sections the chosen release (version, default 1.8) has are named: its API refuses a whole request
//     with one it lacks ([[marathon]] timeout on 1.6+, kafka SASL keys before 1.6.4, [zenoss] on 1.5); those are left
//     out, with a note and leftOut: { what, reason }[]. Option names are the API's (smtp toTemplates → to-templates).
//   apiDocument(values, opts) → { requests, leftOut } — apiRequests with everything left out, sections included.
//   apiChanges(original, current, { includeSecrets, baseUrl?, removedKeys?, version? }) → { requests, fileOnly, leftOut }
//     the requests that take a Kapacitor running the imported file to the current document: changed keys → set,
//     keys taken out → set to Kapacitor's default (removedKeys 'delete': {"delete":[…]}, which only drops values
//     stored through the API, so the key goes back to the file's value), new entries → add, gone entries → remove
//     (which only takes away entries added through the API; the note says so). fileOnly: changed sections the API
//     cannot change ('' = top-level keys).
//   curlScript(requests, title?, leftOut?) → a sh script of the curl commands, what was left out listed at its top.
//     Entries whose identity is empty, holds '.', or fails ^[-\w+]+$ come back with a note and a commented-out curl.
//   deleteRequest(section, element?, keys) · addRequest(section, entry, opts) · removeRequest(section, ids)
//   checkBody(body) throws when set/delete is mixed with add/remove. [udf] is refused everywhere.
//
// Kapacitor Enterprise cluster (reference §9)
//   clusterBundle(doc, [{ host }], { version?, includeSecrets? }) → { files: { name: '<host>/kapacitor.conf', text }[], problems, placeholders }
//     each file = the document with hostname, [cluster] and [rpc] advertise-address set by setValue; problems lists
//     duplicate hosts/addresses, a missing license, host-bound bind addresses, and error findings ({enterprise: true}).
//   suggestedHosts(doc, count) → { hosts, from? } — the nodes' hosts for the form, from the document's [cluster]/[rpc]
//     advertise-address or hostname where it names one (the other members numbered after it), else kapacitor-1, -2, …
//   zipFiles(files, modified?) → Uint8Array — a STORE ZIP of { name, text } files.
//
// Minimal file
//   minimalFile(values, { enterprise?, includeSecrets? }) → TOML text with only the values that differ from Kapacitor's
//     defaults (arrays of tables follow the defaults trap of reference §1.5), each with a "# default: …" comment.
//     Secrets are "<section.key>" placeholders unless includeSecrets (so are they in toEnvVars' minimalFile).
//
// Share links
//   encodeShare(text) → Promise<payload>, for `#doc=<payload>` (deflate-raw + base64url)
//   decodeShare('#doc=…' | 'doc=…' | payload | URL) → Promise<text>
//   stripSecrets(doc) → doc with every secret value set to "" (splice edits only)
//   secretsBlanked(doc) → text with secrets "" · secretsPlaceholdered(doc) → { text with "<section.key>" placeholders, count }
//   shareWarning(urlLength) → sentence | undefined (above SHARE_URL_LIMIT = 8000)
//
// Presets
//   presets: { id, title, explanation, text, enterprise? }[] · presetMatches(preset, values)
export { toEnvVars, renderDotEnv, renderDockerRun, renderKubernetesEnv, shellQuote, yamlString, envText } from './env-export';
export type { EnvVar, FileOnly, EnvExport, EnvOptions, DockerRunOptions, KubernetesEnvOptions } from './env-export';
export { apiRequests, apiDocument, apiChanges, curlScript, deleteRequest, addRequest, removeRequest, checkBody, isAddressable, API_PREFIX } from './config-api';
export type { ApiRequest, ApiBody, ApiOptions, ApiChanges, ApiDocument, ChangeOptions, JsonValue, LeftOut } from './config-api';
export { clusterBundle, joinHostPort, suggestedHosts } from './cluster';
export type { ClusterNode, ClusterBundle, BundleFile, ClusterOptions, HostSuggestion } from './cluster';
export { zipFiles, crc32 } from './zip';
export type { ZipEntry } from './zip';
export { minimalFile, SECRETS_LEFT_OUT } from './minimal';
export type { MinimalOptions } from './minimal';
export { encodeShare, decodeShare, stripSecrets, secretsBlanked, secretsPlaceholdered, shareWarning, SHARE_PARAM, SHARE_URL_LIMIT } from './share';
export { presets, presetMatches } from './presets';
export type { Preset } from './presets';
export { isSecretPath, secretPlaceholder, secretsMasked } from './entries';
