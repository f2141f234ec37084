// What the import-failure alert may offer: a repair of the text for the user to confirm (see toml/repair.ts).
import type { ImportFailure } from '../../app/store';
import { decodeBytes } from '../../toml/decode';
import { suggestRepair } from '../../toml/repair';

export async function repairOffer(getBytes: () => Promise<Uint8Array>, maxBytes: number): Promise<Pick<ImportFailure, 'repair' | 'hint'>> {
  try {
    const bytes = await getBytes();
    if (bytes.byteLength > maxBytes) return {};
    const decoded = decodeBytes(bytes);
    const suggestion = suggestRepair(decoded.text);
    if (!suggestion) return {};
    if ('refusal' in suggestion) return { hint: `No merge is offered: ${suggestion.refusal}` };
    // A UTF-8 byte order mark stays (imported again as UTF-8, the text keeps it).
    const bom = decoded.encoding === 'utf-8' && decoded.bom ? '\uFEFF' : '';
    return { repair: { label: `${suggestion.description} and import`, text: bom + suggestion.text } };
  } catch {
    return {};
  }
}
