// Entity pickers: the search box, and the two ends of a path. Names and
// aliases as written or simplified, a suggestion list, Enter takes the first.
import { api, type ViewNode } from './api';
import { $ } from './view';
import { select } from './picture';
import { guarded, report } from './status';

/** Suggestions under `input` as the reader types; `onPick` gets the entity chosen. */
export function wireEntityPicker(input: HTMLInputElement, list: HTMLElement, onPick: (entity: ViewNode) => void) {
  let timer: number | undefined;
  input.oninput = () => {
    clearTimeout(timer);
    timer = window.setTimeout(guarded(async () => {
      const q = input.value.trim();
      if (!q) { list.hidden = true; return; }
      const hits = await api.search(q);
      list.replaceChildren(...hits.map((h) => {
        const li = document.createElement('li');
        li.textContent = `${h.name} · ${h.label}${h.aliases.length ? ` (${h.aliases.slice(0, 3).join('、')})` : ''}`;
        li.onclick = () => { list.hidden = true; input.value = h.name; onPick(h); };
        return li;
      }));
      list.hidden = !hits.length;
    }), 150);
  };
  input.onkeydown = (e) => { if (e.key === 'Enter') (list.firstElementChild as HTMLElement | null)?.click(); };
}

export function wireSearch() {
  wireEntityPicker($('search') as HTMLInputElement, $('suggestions'), (h) => { select(h.key).catch(report); });
}
