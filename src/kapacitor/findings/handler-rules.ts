// Alert handlers: keys required while a handler is enabled (reference §6.6), the [[httppost]] template pairs, and the
// [[httppost]] url as the Go template Kapacitor parses it since 1.5.7 (reference §5.11).
import { keyIn, keyLabel, show, type Ctx, type SectionEntry } from './context';
import { effective, str } from './effective';
import { exclusive, isAbsolutePath, requireWhenEnabled } from './conditions';
import { availability } from './versions';
import { goTemplateProblem } from './go-template';

/** the release from which [[httppost]] url is parsed as a text/template (Validate parses it, then runs it on nil) */
export const URL_TEMPLATE_SINCE = '1.5.7';
/** the functions Kapacitor gives the url template besides Go's built-ins (services/httppost GetTemplate) */
const URL_TEMPLATE_FUNCS = ['json', 'jsonCompact'];

const neededWhenEnabled: Record<string, readonly string[]> = {
  alerta: ['url'],
  hipchat: ['url'],
  slack: ['url'],
  discord: ['url'],
  talk: ['url'],
  servicenow: ['url'],
  teams: ['channel-url'],
  zenoss: ['url'],
  bigpanda: ['url', 'app-key', 'token'],
  opsgenie: ['api-key'],
  opsgenie2: ['api-key'],
  pushover: ['token', 'user-key', 'url'],
  smtp: ['from'],
  snmptrap: ['addr'],
  sensu: ['addr'],
  telegram: ['url', 'token'],
  mqtt: ['url'],
  swarm: ['servers'],
};

export function checkHandlerRules(ctx: Ctx): void {
  for (const [section, keys] of Object.entries(neededWhenEnabled)) requireWhenEnabled(ctx, section, keys);

  for (const entry of ctx.entriesOf('httppost')) {
    urlTemplate(ctx, entry);
    exclusive(ctx, entry, 'alert-template', 'alert-template-file');
    exclusive(ctx, entry, 'row-template', 'row-template-file');
    for (const key of ['alert-template-file', 'row-template-file']) {
      const path = [...entry.path, key];
      const file = str(effective(entry, key));
      if (file === '' || isAbsolutePath(file) || ctx.hasErrorAt(path)) continue;
      ctx.report({
        severity: 'error',
        rule: 'httppost-template-file',
        path,
        message: `${keyLabel(entry, key)} = ${show(file)} is not an absolute path, so Kapacitor refuses the file. Write the full path, e.g. "/etc/kapacitor/templates/alert.tmpl".`,
      });
    }
  }
}

/** what Go's text/template parser rejects in the url; only text with "{{" can fail to parse. A run-time failure of a
 *  template that parses (indexing the nil data Validate runs it with) is not judged. */
function urlTemplate(ctx: Ctx, entry: SectionEntry): void {
  const version = ctx.options.version;
  const since = availability(URL_TEMPLATE_SINCE, version);
  if (since === 'no') return;
  const key = keyIn(entry.table, 'url');
  if (key === undefined) return;
  const value = entry.table[key];
  const path = [...entry.path, key];
  if (typeof value !== 'string' || !value.includes('{{') || ctx.hasErrorAt(path)) return;
  const problem = goTemplateProblem(value, URL_TEMPLATE_FUNCS);
  if (!problem) return;
  const refuses = since === 'later-patch'
    ? `Kapacitor ${URL_TEMPLATE_SINCE} and later refuse the file ("invalid URL template syntax"); earlier ${version} releases take the URL as it is`
    : 'Kapacitor refuses the file ("invalid URL template syntax")';
  ctx.report({
    severity: since === 'later-patch' ? 'warning' : 'error',
    rule: 'httppost-url-template',
    path,
    message: `${keyLabel(entry, key)} is a Go template (since Kapacitor ${URL_TEMPLATE_SINCE}), and Go's template parser rejects it: ${problem.message} (at character ${problem.offset + 1} of the URL). ${refuses}.${templateHint(problem.message)}`,
  });
}

function templateHint(message: string): string {
  if (/^(unclosed action|unclosed left paren|unexpected EOF)/.test(message)) {
    return ' Close every "{{" with "}}" (and every {{if}}, {{range}} or {{with}} with {{end}}); write a literal "{{" as {{"{{"}}.';
  }
  if (message.startsWith('function ')) return ` Only Go's built-in template functions (index, printf, urlquery, …) and ${URL_TEMPLATE_FUNCS.join(', ')} can be called.`;
  if (message.startsWith('undefined variable')) return ' Declare the variable first, e.g. {{$host := index .Tags "host"}}.';
  return '';
}
