import { parseHTML } from 'linkedom';

/** A linkedom document from an HTML string (the DOM the CLI and tests use). */
export function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Several paragraphs of plain prose, long enough for Readability to accept. */
export function prose(n: number, seed = 'The council met on Tuesday'): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    out += `<p>${seed} and discussed item ${i + 1} at length, with residents raising concerns about traffic, schools and the cost of the new library, which officials said would be covered by a regional grant over the next three years.</p>\n`;
  }
  return out;
}

export function page(body: string, head = '<title>Council backs new library plan for the town centre | Town Times</title>', lang = 'en'): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}
