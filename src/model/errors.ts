import type { Diagnostic } from './document.js';

/**
 * The one error type hearsay throws on purpose. It carries a stable code and,
 * where known, the file it concerns; the CLI prints `file: message` and no
 * stack trace unless asked to.
 */
export class HearsayError extends Error {
  readonly code: string;
  readonly file: string | undefined;

  constructor(code: string, message: string, file?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HearsayError';
    this.code = code;
    this.file = file;
  }

  toDiagnostic(): Diagnostic {
    const d: Diagnostic = { severity: 'error', code: this.code, message: this.message };
    if (this.file !== undefined) d.file = this.file;
    return d;
  }
}

export function isHearsayError(e: unknown): e is HearsayError {
  return e instanceof HearsayError;
}
