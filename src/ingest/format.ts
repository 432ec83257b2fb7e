/** What kind of input a file or string is, by name and by its first bytes. */

export type InputFormat = 'text' | 'html';

const HTML_NAME = /\.(html?|xhtml)(\.gz)?$/i;
const TEXT_NAME = /\.txt(\.gz)?$/i;
const HTML_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** The start of the input as a string, ASCII-compatible: enough to sniff tags. */
function head(input: Uint8Array | string, size: number): string {
  if (typeof input === 'string') return input.slice(0, size);
  let encoding = 'windows-1252';
  if (input[0] === 0xff && input[1] === 0xfe) encoding = 'utf-16le';
  if (input[0] === 0xfe && input[1] === 0xff) encoding = 'utf-16be';
  return new TextDecoder(encoding).decode(input.subarray(0, size));
}

/** `.html`/`.htm` names are HTML and `.txt` names text; anything else is HTML if it starts like a page. */
export function detectFormat(input: Uint8Array | string, name?: string): InputFormat {
  if (name && HTML_NAME.test(name)) return 'html';
  if (name && TEXT_NAME.test(name)) return 'text';
  return HTML_START.test(head(input, 1024).replace(/^\uFEFF/, '')) ? 'html' : 'text';
}

/** The charset a page declares in a `<meta>` tag near its start, if any. */
export function htmlCharset(bytes: Uint8Array): string | undefined {
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head(bytes, 4096));
  const label = match?.[1]?.toLowerCase();
  // A page readable as ASCII cannot be UTF-16, whatever it says (the HTML standard reads it as UTF-8).
  return label?.startsWith('utf-16') ? 'utf-8' : label;
}
