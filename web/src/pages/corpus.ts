import {
  type ArticleSummary,
  getArticle,
  getSpeaker,
  listClusters,
  listSpeakers,
  searchArticles,
} from '../api.js';
import { el, errorBox, mount } from '../dom.js';
import type { AnalyzedDocument } from '../types.js';
import { documentView } from './document-view.js';

const PAGE = 20;

const articleLink = (a: { id: number; title?: string }) =>
  el('a', { href: `#/articles/${a.id}` }, a.title || `Article ${a.id}`);

const dateOf = (s?: string) => (s ? s.slice(0, 10) : '');

async function guarded(root: HTMLElement, work: () => Promise<void>): Promise<void> {
  root.setAttribute('aria-busy', 'true');
  try {
    await work();
  } catch (e) {
    mount(root, errorBox((e as Error).message));
  } finally {
    root.removeAttribute('aria-busy');
  }
}

function searchForm(label: string, q: string, go: (q: string) => void): HTMLFormElement {
  const input = el('input', { type: 'search', name: 'q', value: q, 'aria-label': label, placeholder: label });
  const form = el(
    'form',
    { class: 'search-form', role: 'search' },
    input,
    el('button', { type: 'submit' }, 'Search'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(input.value.trim());
  });
  return form;
}

/** #/articles?q=&offset=: full-text search over the stored corpus. */
export function searchPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const go = (nq: string, no = 0) => {
    const p = new URLSearchParams();
    if (nq) p.set('q', nq);
    if (no) p.set('offset', String(no));
    location.hash = `#/articles${p.size ? `?${p}` : ''}`;
  };
  const results = el('div', { class: 'results', 'aria-live': 'polite' });
  mount(
    root,
    el('h1', { class: 'page-title' }, 'Search the corpus'),
    searchForm('Search articles', q, go),
    results,
  );
  return guarded(results, async () => {
    const r = await searchArticles(q, PAGE, offset);
    const row = (a: ArticleSummary) =>
      el(
        'li',
        { class: 'result-item' },
        articleLink(a),
        el(
          'span',
          { class: 'sub' },
          [
            a.siteName,
            dateOf(a.published),
            `${a.attributions ?? 0} claims`,
            a.cluster != null ? `story ${a.cluster}` : '',
          ]
            .filter(Boolean)
            .join(' · '),
        ),
      );
    const pager = el('nav', { class: 'pager', 'aria-label': 'Result pages' });
    if (offset > 0) pager.append(pagerButton('Previous', () => go(q, Math.max(0, offset - PAGE))));
    if (offset + PAGE < r.total) pager.append(pagerButton('Next', () => go(q, offset + PAGE)));
    mount(
      results,
      el(
        'p',
        { class: 'count-line' },
        `${r.total} article${r.total === 1 ? '' : 's'}${q ? ` matching “${q}”` : ''}`,
      ),
      r.items.length ? el('ol', { class: 'result-list' }, ...r.items.map(row)) : null,
      pager,
    );
  });
}

function pagerButton(label: string, go: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button' }, label);
  b.addEventListener('click', go);
  return b;
}

/** The article just analyzed, so opening its page needs no second request. */
let recent: { id: number; document: AnalyzedDocument } | undefined;

export function rememberArticle(id: number, document: AnalyzedDocument): void {
  recent = { id, document };
}

/** #/articles/ID: a stored article. */
export function articlePage(root: HTMLElement, id: number): Promise<void> {
  mount(root, el('p', { class: 'notice' }, 'Loading…'));
  return guarded(root, async () => {
    const doc = recent?.id === id ? recent.document : (await getArticle(id)).document;
    mount(root, documentView(doc));
    document.title = `${doc.meta.title ?? `Article ${id}`} · hearsay`;
    window.scrollTo(0, 0);
  });
}

/** #/speakers?q=: the people and organizations quoted across the corpus. */
export function speakersPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const results = el('div', { class: 'results', 'aria-live': 'polite' });
  const go = (nq: string) => {
    location.hash = `#/speakers${nq ? `?q=${encodeURIComponent(nq)}` : ''}`;
  };
  mount(root, el('h1', { class: 'page-title' }, 'Speakers'), searchForm('Search speakers', q, go), results);
  return guarded(results, async () => {
    const r = await listSpeakers(q);
    mount(
      results,
      r.items.length === 0
        ? el('p', { class: 'notice' }, 'No speakers found.')
        : el(
            'ol',
            { class: 'result-list' },
            ...r.items.map((s) =>
              el(
                'li',
                { class: 'result-item' },
                el('a', { href: `#/speakers/${encodeURIComponent(s.key)}` }, s.name),
                el(
                  'span',
                  { class: 'sub' },
                  [s.type, `${s.statements} statements`, `${s.articles} articles`]
                    .filter(Boolean)
                    .join(' · '),
                ),
              ),
            ),
          ),
    );
  });
}

/** #/speakers/KEY: everything one speaker is quoted as saying. */
export function speakerPage(root: HTMLElement, key: string): Promise<void> {
  mount(root, el('p', { class: 'notice' }, 'Loading…'));
  return guarded(root, async () => {
    const r = await getSpeaker(key);
    const s = r.speaker;
    mount(
      root,
      el('h1', { class: 'page-title' }, s.name),
      el(
        'p',
        { class: 'sub' },
        [s.type, `${s.statements} statements in ${s.articles} articles`].filter(Boolean).join(' · '),
      ),
      el(
        'ol',
        { class: 'statements' },
        ...r.statements.map((st) =>
          el(
            'li',
            {},
            el(
              'blockquote',
              {},
              st.cue ? el('span', { class: 'hl hl-cue' }, st.cue) : null,
              ' ',
              el('span', { class: 'hl hl-content' }, st.content ?? ''),
            ),
            el(
              'p',
              { class: 'sub' },
              'in ',
              articleLink({ id: st.articleId, title: st.title }),
              st.confidence !== undefined ? ` · confidence ${Math.round(st.confidence * 100)}%` : '',
            ),
          ),
        ),
      ),
    );
  });
}

/** #/clusters: stories told by several outlets, the original first. */
export function clustersPage(root: HTMLElement): Promise<void> {
  mount(root, el('h1', { class: 'page-title' }, 'Story clusters'));
  const results = el('div', { class: 'results' });
  root.append(results);
  return guarded(results, async () => {
    const r = await listClusters();
    mount(
      results,
      r.items.length === 0
        ? el('p', { class: 'notice' }, 'No story is told by more than one stored article yet.')
        : el(
            'ol',
            { class: 'clusters' },
            ...r.items.map((c) =>
              el(
                'li',
                { class: 'cluster' },
                el('h2', {}, c.original ? articleLink(c.original) : `Story ${c.id}`),
                el(
                  'p',
                  { class: 'sub' },
                  `${c.members.length} versions${c.original?.siteName ? `; first published by ${c.original.siteName}` : ''}`,
                ),
                el(
                  'ul',
                  { class: 'members' },
                  ...c.members.map((m) =>
                    el(
                      'li',
                      {},
                      articleLink(m),
                      el(
                        'span',
                        { class: 'sub' },
                        ` ${[
                          `#${m.id}`,
                          m.siteName,
                          dateOf(m.published),
                          m.id === c.original?.id ? 'original' : '',
                        ]
                          .filter(Boolean)
                          .join(' · ')}`,
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
    );
  });
}
