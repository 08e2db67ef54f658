/** Every error atoma throws is one of these four classes, each with a stable `code`. */

/** The input is not a supported document at all (or not readable as one). */
export class FeedDocumentError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'FeedDocumentError';
    this.code = code;
  }
}

/** The XML is not well-formed, is unsafe, or exceeds a limit. */
export class FeedXmlError extends FeedDocumentError {
  readonly line?: number;
  readonly column?: number;
  constructor(code: string, message: string, position?: { line: number; column: number }) {
    super(code, position ? `${message} (line ${position.line}, column ${position.column})` : message);
    this.name = 'FeedXmlError';
    if (position) {
      this.line = position.line;
      this.column = position.column;
    }
  }
}

/** The input is not valid JSON. */
export class FeedJsonError extends FeedDocumentError {
  constructor(code: string, message: string) {
    super(code, message);
    this.name = 'FeedJsonError';
  }
}

/** The document is well-formed but not a valid feed of the requested kind. */
export class FeedParseError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'FeedParseError';
    this.code = code;
  }
}

export function isAtomaError(error: unknown): error is FeedDocumentError | FeedParseError {
  return error instanceof FeedDocumentError || error instanceof FeedParseError;
}
