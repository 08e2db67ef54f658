// The full text pass of htmlToText: htmlparser2's parser reads the (prepared) markup, and the text
// is gathered from its events. Block elements' boundaries become spaces where the parser opens or
// closes them, never by rewriting the input (a rewrite cannot tell a tag from the same characters
// inside a script, a comment or an attribute value). Elements dropped with their content by the
// sanitizer give no text, exactly as sanitize-html's discard mode decides it.
import { Parser, type Handler } from 'htmlparser2';
import { TEXT_BLOCK_TAGS } from './blocks.js';
import { prepareForParser } from './parser-input.js';
import { DROPPED_WITH_CONTENT } from './policy.js';

const DROPPED: ReadonlySet<string> = new Set(DROPPED_WITH_CONTENT);

/** The text of `html` before whitespace is collapsed: tags removed, references decoded. */
export function textFully(html: string): string {
  const gatherer = new TextGatherer();
  const parser = new Parser(gatherer, { decodeEntities: true });
  parser.write(prepareForParser(html));
  parser.end();
  return gatherer.text;
}

class TextGatherer implements Partial<Handler> {
  text = '';
  /** Open elements inside a dropped one, itself included (0: none is open). */
  private droppedDepth = 0;

  onopentag(name: string): void {
    if (this.droppedDepth > 0) this.droppedDepth++;
    else if (DROPPED.has(name)) this.droppedDepth = 1;
    else if (TEXT_BLOCK_TAGS.has(name)) this.text += ' ';
  }

  onclosetag(name: string): void {
    // Like sanitize-html, any end event counts down, including one for an element whose start tag
    // the input cut off.
    if (this.droppedDepth > 0) this.droppedDepth--;
    else if (TEXT_BLOCK_TAGS.has(name)) this.text += ' ';
  }

  ontext(data: string): void {
    if (this.droppedDepth === 0) this.text += data;
  }
}
