import { el } from './dom.js';
import {
  claimExtents,
  collectMarks,
  type Mark,
  type Role,
  type Segment,
  segment,
  spanText,
} from './spans.js';
import type { AnalyzedDocument, Block, Span } from './types.js';

export interface ArticleOptions {
  /** Called when the reader opens a claim (click, Enter or Space on a highlighted span). */
  onClaim: (claimId: string) => void;
}

const ROLE_LABEL: Record<Role, string> = {
  source: 'source',
  cue: 'cue',
  content: 'content',
  hedge: 'hedge',
  denial: 'denial',
  corroboration: 'corroboration',
  'missing-record': 'missing record',
};

/** The article, rebuilt from `doc.text` and its standoff layers, with every span as text. */
export function renderArticle(doc: AnalyzedDocument, options: ArticleOptions): HTMLElement {
  const marks = collectMarks(doc);
  const extents = claimExtents(doc);
  const focusable = new Set<string>();
  const inline = (range: Span) => renderSpans(doc, range, marks, extents, focusable);

  const blocks = doc.blocks.length > 0 ? doc.blocks : paragraphsOf(doc.text);
  const article = el('article', { class: 'article', 'aria-label': 'Analyzed article' });
  const headline = blocks.find((b) => b.kind === 'headline');
  article.append(
    headline
      ? el('h1', { class: 'headline' }, ...inline(trimmed(doc.text, headline)))
      : el('h1', { class: 'headline' }, doc.meta.title ?? 'Untitled text'),
  );
  const metaLine = describeMeta(doc);
  if (metaLine) article.append(el('p', { class: 'meta' }, metaLine));

  const junkCount = blocks.filter((b) => b.kind === 'junk').length;
  if (junkCount > 0) article.append(junkToggle(article, junkCount));

  let keypoints: HTMLUListElement | null = null;
  for (const b of blocks) {
    if (b === headline) continue;
    if (b.kind === 'keypoint') {
      if (!keypoints) {
        keypoints = el('ul', { class: 'keypoints', 'aria-label': 'Key points' });
        article.append(el('h2', { class: 'section-label' }, 'Key points'), keypoints);
      }
      keypoints.append(el('li', {}, ...inline(trimmed(doc.text, b))));
      continue;
    }
    keypoints = null;
    article.append(renderBlock(doc, b, inline));
  }

  article.addEventListener('click', (e) => {
    const target = (e.target as Element).closest<HTMLElement>('[data-claim]');
    if (target?.dataset.claim) options.onClaim(target.dataset.claim);
  });
  article.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if ((e.key === 'Enter' || e.key === ' ') && target.dataset.claim) {
      e.preventDefault();
      options.onClaim(target.dataset.claim);
    }
  });
  return article;
}

function renderBlock(doc: AnalyzedDocument, b: Block, inline: (r: Span) => Node[]): HTMLElement {
  const range = trimmed(doc.text, b);
  switch (b.kind) {
    case 'junk':
      return el(
        'p',
        { class: 'junk', title: `Page junk, excluded from analysis (${b.why.rule})` },
        doc.text.slice(range.start, range.end),
      );
    case 'footer':
      return el('p', { class: 'footer', title: `Footer, not body text (${b.why.rule})` }, ...inline(range));
    case 'byline':
      return el('p', { class: 'byline' }, ...inline(range));
    default:
      return el('p', {}, ...inline(range));
  }
}

function junkToggle(article: HTMLElement, count: number): HTMLElement {
  const label = (shown: boolean) =>
    `${shown ? 'Hide' : 'Show'} ${count} page junk block${count === 1 ? '' : 's'} (excluded from analysis)`;
  const button = el('button', { type: 'button', class: 'link-button junk-toggle', 'aria-pressed': 'false' });
  button.textContent = label(false);
  button.addEventListener('click', () => {
    const shown = article.classList.toggle('show-junk');
    button.setAttribute('aria-pressed', String(shown));
    button.textContent = label(shown);
  });
  return button;
}

function renderSpans(
  doc: AnalyzedDocument,
  range: Span,
  marks: Mark[],
  extents: Map<string, number>,
  focusable: Set<string>,
): Node[] {
  return segment(range, marks, extents).map((seg) => renderSegment(doc, seg, focusable));
}

function renderSegment(doc: AnalyzedDocument, seg: Segment, focusable: Set<string>): Node {
  const text = doc.text.slice(seg.start, seg.end);
  if (seg.marks.length === 0) return document.createTextNode(text);
  const roles = [...new Set(seg.marks.map((m) => m.role))];
  // Every claim this text is part of, with its role there ("a3:source a1:content").
  const parts = [...new Set(seg.marks.filter((m) => m.claim).map((m) => `${m.claim}:${m.role}`))];
  const span = el('span', {
    class: ['hl', ...roles.map((r) => `hl-${r}`)].join(' '),
    'data-parts': parts.join(' ') || undefined,
    title: roles.map((r) => ROLE_LABEL[r]).join(', '),
  });
  span.textContent = text;
  if (seg.claim) {
    span.dataset.claim = seg.claim;
    // One keyboard stop per claim, on its first highlighted piece.
    if (!focusable.has(seg.claim)) {
      focusable.add(seg.claim);
      const a = doc.attributions.find((x) => x.id === seg.claim);
      const who = a ? spanText(doc.text, a.source) || 'unnamed source' : 'claim';
      span.tabIndex = 0;
      span.setAttribute('role', 'button');
      span.setAttribute('aria-label', `${text} (claim by ${who}; open its sourcing)`);
    }
  }
  return span;
}

/** The block's range without bullets and surrounding whitespace; offsets stay in `doc.text`. */
function trimmed(text: string, b: Span): Span {
  const s = text.slice(b.start, b.end);
  const lead = /^[\s•·*\-–]*/.exec(s)?.[0].length ?? 0;
  const trail = /\s*$/.exec(s)?.[0].length ?? 0;
  return { start: b.start + lead, end: Math.max(b.start + lead, b.end - trail) };
}

/** Without a block layer, paragraphs are the text between blank lines. */
function paragraphsOf(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].trim()) continue;
    blocks.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'paragraph',
      excluded: false,
      why: { by: 'rule', rule: 'web/blank-lines', confidence: 1 },
    });
  }
  return blocks;
}

function describeMeta(doc: AnalyzedDocument): string {
  const m = doc.meta;
  const parts = [m.siteName, m.byline, m.published?.slice(0, 10)];
  if (m.originalPublisher) parts.push(`originally published by ${m.originalPublisher}`);
  if (m.url) parts.push(m.url);
  else if (m.source && m.source !== '-') parts.push(m.source);
  return parts.filter(Boolean).join(' · ');
}
