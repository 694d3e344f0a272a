import { badRequest } from "../errors";

export type Tok = { t: "(" | ")" | "," | ":" | "/" | "str" | "num" | "guid" | "date" | "word" | "eof"; v: string; pos: number };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})/;
const NUM = /^-?\d+(\.\d+)?/;
const WORD = /^[A-Za-z_@#][A-Za-z0-9_.@#]*/;
/** Order matters: a GUID or a date starts like a number. */
const PATTERNS: [Tok["t"], RegExp][] = [["guid", GUID], ["date", DATE], ["num", NUM], ["word", WORD]];

export const syntax = (text: string, pos: number) => badRequest(`Invalid filter clause: Syntax error at position ${pos} in '${text}'.`, "BadRequest");

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if ("(),:/".includes(c)) { out.push({ t: c as Tok["t"], v: c, pos: i++ }); continue; }
    if (c === "'") {
      let v = "";
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw syntax(text, i);
        if (text[j] === "'" && text[j + 1] === "'") { v += "'"; j += 2; continue; }
        if (text[j] === "'") break;
        v += text[j++];
      }
      out.push({ t: "str", v, pos: i });
      i = j + 1;
      continue;
    }
    const rest = text.slice(i);
    const hit = PATTERNS.map(([t, re]) => [t, re.exec(rest)?.[0]] as const).find(([, m]) => m);
    if (!hit) throw syntax(text, i);
    out.push({ t: hit[0], v: hit[1]!, pos: i });
    i += hit[1]!.length;
  }
  out.push({ t: "eof", v: "", pos: text.length });
  return out;
}

