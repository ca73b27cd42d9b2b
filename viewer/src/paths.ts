// Paths between two entities: pick both ends, choose how many steps at most,
// and the shortest paths are drawn as the picture, listed in the side panel
// step by step with each relationship's evidence.
import { api, type ViewNode } from './api';
import { $, session } from './view';
import { askForPicture, inTurn, load, select } from './picture';
import { showPaths } from './panel';
import { wireEntityPicker } from './search';
import { guarded, loading, report, status } from './status';
import { t } from './i18n';

const ends: { from?: ViewNode; to?: ViewNode } = {};

export function wirePaths() {
  // The choice of steps runs up to the server's limit, from its default (defaults.ts, through api/meta).
  const { steps, maxSteps } = session.meta.paths;
  ($('path-steps') as HTMLSelectElement).replaceChildren(...Array.from({ length: maxSteps }, (_, i) => new Option(String(i + 1), String(i + 1), false, i + 1 === steps)));
  const picker = (end: 'from' | 'to') => wireEntityPicker($(`path-${end}`) as HTMLInputElement, $(`path-${end}-suggestions`), (h) => { ends[end] = h; });
  picker('from');
  picker('to');
  // Typing again forgets the entity picked before: the pick is what the box shows.
  for (const end of ['from', 'to'] as const) $(`path-${end}`).addEventListener('input', () => { ends[end] = undefined; });
  $('path-find').onclick = guarded(() => inTurn(findPaths));
}

async function findPaths() {
  const { from, to } = ends;
  if (!from || !to) { status(() => t('paths.pick')); return; }
  const steps = Number(($('path-steps') as HTMLSelectElement).value);
  loading(() => t('paths.find'));
  const stale = askForPicture();
  const found = await api.paths(from.key, to.key, steps);
  if (stale()) return;
  loading(undefined);
  load(found, true);
  showPaths($('panel'), found, { from, to, steps }, (key) => select(key).catch(report));
  status(() => t('paths.status', { from: from.name, to: to.name, count: found.paths.length }));
}
