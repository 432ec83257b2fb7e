import './styles.css';
import { el, mount } from './dom.js';
import { analyzePage } from './pages/analyze.js';
import { articlePage, clustersPage, searchPage, speakerPage, speakersPage } from './pages/corpus.js';

/** Hash routes: #/analyze, #/articles[?q=], #/articles/ID, #/speakers[?q=], #/speakers/KEY, #/clusters. */
function route(): void {
  const root = document.getElementById('app') as HTMLElement;
  const [path = '', query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [page, arg] = parts;
  const name = document.querySelector(`.topbar nav a[href="#/${page ?? 'analyze'}"]`)?.textContent;
  document.title = `${name ?? 'hearsay'} · hearsay`;
  for (const a of Array.from(document.querySelectorAll('.topbar nav a'))) {
    if (a.getAttribute('href') === `#/${page ?? 'analyze'}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (!page || page === 'analyze') analyzePage(root);
  else if (page === 'articles' && arg !== undefined && /^\d+$/.test(arg)) void articlePage(root, Number(arg));
  else if (page === 'articles') void searchPage(root, params);
  else if (page === 'speakers' && arg !== undefined) void speakerPage(root, arg);
  else if (page === 'speakers') void speakersPage(root, params);
  else if (page === 'clusters') void clustersPage(root);
  else mount(root, el('p', { class: 'error', role: 'alert' }, `No page at ${location.hash}.`));
}

window.addEventListener('hashchange', route);
route();
