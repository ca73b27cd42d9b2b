// The search box: names and aliases as written or simplified, a suggestion
// list, Enter takes the first.
import { api } from './api';
import { $ } from './view';
import { select } from './picture';
import { guarded, report } from './status';

export function wireSearch() {
  const input = $('search') as HTMLInputElement, list = $('suggestions');
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
        li.onclick = () => { list.hidden = true; input.value = h.name; select(h.key).catch(report); };
        return li;
      }));
      list.hidden = !hits.length;
    }), 150);
  };
  input.onkeydown = (e) => { if (e.key === 'Enter') (list.firstElementChild as HTMLElement | null)?.click(); };
}

