// [enterprise]: license-key and license-path exclude each other (documented, not verified: reference §9).
import type { Ctx } from './context';
import { exclusive } from './conditions';

export function checkEnterpriseRules(ctx: Ctx): void {
  for (const entry of ctx.entriesOf('enterprise')) exclusive(ctx, entry, 'license-key', 'license-path', ' (use one)');
}
