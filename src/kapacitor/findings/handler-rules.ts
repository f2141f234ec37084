// Alert handlers: keys required while a handler is enabled (reference §6.6), and the [[httppost]] template pairs.
import { keyLabel, show, type Ctx } from './context';
import { effective, str } from './effective';
import { exclusive, isAbsolutePath, requireWhenEnabled } from './conditions';

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
