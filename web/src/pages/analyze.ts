import { analyzeArticle } from '../api.js';
import { el, errorBox, mount } from '../dom.js';
import { rememberArticle } from './corpus.js';
import { documentView } from './document-view.js';

/** Paste text, drop or choose a .txt/.html file, or give a URL; the result is analyzed and stored. */
export function analyzePage(root: HTMLElement): void {
  const textarea = el('textarea', {
    id: 'input-text',
    rows: 10,
    placeholder: 'Paste a news article here…',
    'aria-label': 'Article text',
  });
  const file = el('input', {
    id: 'input-file',
    type: 'file',
    accept: '.txt,.html,.htm,text/plain,text/html',
  });
  const url = el('input', {
    id: 'input-url',
    type: 'url',
    placeholder: 'https://…',
    'aria-label': 'Article URL',
  });
  const submit = el('button', { type: 'submit', class: 'primary' }, 'Analyze');
  const status = el('div', { class: 'status', 'aria-live': 'polite' });
  const result = el('div', { class: 'result' });
  let html: string | undefined;

  const drop = el(
    'div',
    { class: 'dropzone' },
    el('label', { for: 'input-file' }, 'Drop a .txt or .html file here, or choose one: '),
    file,
  );
  const load = async (f: File) => {
    const content = await f.text();
    const isHtml = /\.html?$/i.test(f.name) || f.type === 'text/html';
    html = isHtml ? content : undefined;
    textarea.value = isHtml ? '' : content;
    status.replaceChildren(el('p', { class: 'notice' }, `Loaded ${f.name} (${isHtml ? 'HTML' : 'text'}).`));
    if (isHtml) textarea.placeholder = `${f.name} will be analyzed as HTML.`;
  };
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) void load(f);
  });
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const f = e.dataTransfer?.files[0];
    if (f) void load(f);
  });
  textarea.addEventListener('input', () => {
    html = undefined;
  });

  const form = el(
    'form',
    { class: 'analyze-form', 'aria-label': 'Analyze an article' },
    el('label', { for: 'input-text', class: 'field-label' }, 'Article text'),
    textarea,
    drop,
    el('label', { for: 'input-url', class: 'field-label' }, 'or a URL'),
    url,
    el('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const input = html
      ? { html }
      : textarea.value.trim()
        ? { text: textarea.value }
        : url.value.trim()
          ? { url: url.value.trim() }
          : undefined;
    if (!input) {
      status.replaceChildren(errorBox('Paste some text, choose a file or give a URL first.'));
      return;
    }
    submit.disabled = true;
    status.replaceChildren(el('p', { class: 'notice' }, 'Analyzing…'));
    try {
      const r = await analyzeArticle({ ...input, store: true });
      if (r.id !== undefined) {
        // Stored: show it at its own address, so it can be bookmarked and shared.
        rememberArticle(r.id, r.document);
        location.hash = `#/articles/${r.id}`;
        return;
      }
      status.replaceChildren();
      result.replaceChildren(documentView(r.document));
      result.scrollIntoView({ block: 'start' });
    } catch (err) {
      status.replaceChildren(errorBox((err as Error).message));
    } finally {
      submit.disabled = false;
    }
  });
  mount(root, el('h1', { class: 'page-title' }, 'Analyze an article'), form, status, result);
}
