import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  FORMAT_HINT,
  flavourFromFields,
  lineAt,
  malformed,
  numberedLines,
  toBenchRecord,
  typedValue
} from "./chunk-NDNGWDMH.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";

// src/parse/detect.ts
function detectFormat(text) {
  const first = text.split("\n").map((l) => l.trim()).find((l) => l !== "");
  if (first === void 0) return null;
  if (first.startsWith("[")) return "json";
  if (first.startsWith("{")) return "jsonl";
  if (/^(CREATE TABLE|INSERT INTO)\b/i.test(first)) return "sql";
  if (first.startsWith("|")) return "md";
  if (/(^|,)"?n_prompt"?(,|$)/.test(first)) return "csv";
  return null;
}

// src/parse/json.ts
function errorLine(text, err) {
  const lc = /line (\d+) column \d+/.exec(err.message);
  if (lc) return Number(lc[1]);
  const pos = /position (\d+)/.exec(err.message);
  if (pos) return lineAt(text, Number(pos[1]));
  return lineAt(text, text.trimEnd().length);
}
function elementLines(text) {
  const lines = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      if (depth === 1) lines.push(line);
      depth++;
    } else if (c === "]" || c === "}") depth--;
  }
  return lines;
}
var IK_REPACK_NOTICE = /^=+ Repacked \d+ tensors\s*$/gm;
function parseJson(raw, source) {
  const text = raw.replace(IK_REPACK_NOTICE, "");
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw malformed(source, errorLine(text, e), e.message, "json");
  }
  if (!Array.isArray(data)) throw malformed(source, 1, "expected a JSON array of tests", "json");
  const starts = elementLines(text);
  const tests = data.map((el, i) => {
    const line = starts[i] ?? 1;
    if (typeof el !== "object" || el === null || Array.isArray(el)) throw malformed(source, line, `element ${i + 1} is not an object`, "json");
    return { fields: el, line };
  });
  return tests.map((t) => toBenchRecord(t, flavourFromFields(Object.keys(t.fields)), source, "json"));
}
function parseJsonl(text, source) {
  const out = [];
  text.split("\n").forEach((lineText, i) => {
    const s = lineText.trim();
    if (s === "") return;
    let obj;
    try {
      obj = JSON.parse(s);
    } catch (e) {
      throw malformed(source, i + 1, e.message, "jsonl");
    }
    if (typeof obj !== "object" || obj === null || Array.isArray(obj)) throw malformed(source, i + 1, "line is not a JSON object", "jsonl");
    const fields = obj;
    out.push(toBenchRecord({ fields, line: i + 1 }, flavourFromFields(Object.keys(fields)), source, "jsonl"));
  });
  return out;
}

// src/parse/csv.ts
function splitCsvLine(line) {
  const cells2 = [];
  let i = 0;
  for (; ; ) {
    let cell = "";
    if (line[i] === '"') {
      i++;
      for (; ; ) {
        if (i >= line.length) return null;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += line[i++];
      }
      if (i < line.length && line[i] !== ",") return null;
    } else {
      const end = line.indexOf(",", i);
      cell = line.slice(i, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
    }
    cells2.push(cell);
    if (i >= line.length) return cells2;
    i++;
  }
}
function parseCsv(text, source) {
  const lines = numberedLines(text).filter((l) => l.text.trim() !== "");
  if (lines.length === 0) throw malformed(source, 0, "no header line", "csv");
  const header = splitCsvLine(lines[0].text);
  if (!header || !header.includes("n_prompt") || !header.includes("n_gen")) {
    throw malformed(source, lines[0].n, "first line is not a llama-bench CSV header (no n_prompt/n_gen columns)", "csv");
  }
  const flavour = flavourFromFields(header);
  return lines.slice(1).map((l) => {
    const cells2 = splitCsvLine(l.text);
    if (!cells2) throw malformed(source, l.n, "unterminated quoted value", "csv");
    if (cells2.length !== header.length) {
      throw malformed(source, l.n, `row has ${cells2.length} values, header has ${header.length} columns`, "csv");
    }
    const fields = {};
    header.forEach((name, i) => fields[name] = typedValue(name, cells2[i], flavour));
    return toBenchRecord({ fields, line: l.n }, flavour, source, "csv");
  });
}

// src/parse/md.ts
var DISPLAY_TO_FIELD = {
  ngl: "n_gpu_layers",
  sm: "split_mode",
  threads: "n_threads",
  nkvo: "no_kv_offload",
  fa: "flash_attn",
  lm: "load_mode",
  embd: "embeddings",
  nopo: "no_op_offload",
  noh: "no_host",
  dev: "devices",
  ts: "tensor_split",
  fitt: "fit_target",
  fitc: "fit_min_ctx",
  mla: "mla_attn",
  amb: "attn_max_batch",
  gr: "reuse",
  mmap: "use_mmap",
  rtr: "repack",
  defer: "defer_experts",
  thp: "use_thp",
  fmoe: "fused_moe",
  ger: "grouped_er",
  "no-fug": "no_fused_up_gate",
  "no-ooae": "no_ooae",
  cuda: "cuda_params",
  model: "model_type"
};
var IK_COLUMNS = ["mla", "amb", "gr", "ser", "rtr", "fmoe", "thp", "ger", "no-fug", "no-ooae", "mqkv", "muge", "defer", "sas", "max_gpu", "rcache", "mmap", "cuda"];
var MAINLINE_COLUMNS = ["lm", "nopo", "noh", "dev", "fitt", "fitc", "n_cpu_moe", "cpu_mask", "cpu_strict", "poll", "lazy_mode"];
var MAINLINE_LABEL = /^(?:pp(\d+))?(\+)?(?:tg(\d+))?(?: @ d(\d+))?$/;
var IK_GP_LABEL = /^tg(\d+)@pp(\d+)$/;
var TS_CELL = /^(\d+(?:\.\d+)?) ± (\d+(?:\.\d+)?)$/;
var FOOTER = /^build: (\S+) \((\d+)\)$/;
function cells(line) {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}
function detectFlavour(header, separator, labels) {
  if (labels.some((l) => IK_GP_LABEL.test(l))) return "ik";
  if (labels.some((l) => l.includes(" @ d"))) return "mainline";
  if (header.some((h) => IK_COLUMNS.includes(h))) return "ik";
  if (header.some((h) => MAINLINE_COLUMNS.includes(h))) return "mainline";
  const ts = separator[header.indexOf("t/s")];
  return ts !== void 0 && ts.length <= 16 ? "ik" : "mainline";
}
function labelFields(label) {
  const gp = IK_GP_LABEL.exec(label);
  if (gp) return { n_prompt: Number(gp[2]), n_gen: Number(gp[1]) };
  const m = MAINLINE_LABEL.exec(label);
  if (!m || m[1] === void 0 && m[3] === void 0 || m[2] !== void 0 && (m[1] === void 0 || m[3] === void 0)) return null;
  return { n_prompt: Number(m[1] ?? 0), n_gen: Number(m[3] ?? 0), ...m[4] !== void 0 ? { n_depth: Number(m[4]) } : {} };
}
function parseMd(text, source) {
  const lines = numberedLines(text).filter((l) => l.text.trim() !== "");
  const first = lines.findIndex((l) => l.text.trimStart().startsWith("|"));
  if (first < 0) throw malformed(source, lines[0]?.n ?? 0, "no Markdown table found", "md");
  const header = cells(lines[first].text);
  if (!header.includes("test") || !header.includes("t/s")) {
    throw malformed(source, lines[first].n, 'table header lacks the "test" and "t/s" columns', "md");
  }
  const sepLine = lines[first + 1];
  const separator = sepLine ? cells(sepLine.text) : [];
  if (!sepLine || separator.length !== header.length || !separator.every((c) => /^-+:?$/.test(c))) {
    throw malformed(source, sepLine?.n ?? lines[first].n, "expected the table separator line (| ---: | ...) after the header", "md");
  }
  const rows = [];
  let build = null;
  for (const l of lines.slice(first + 2)) {
    const t = l.text.trim();
    if (t.startsWith("|") && build === null) {
      const c = cells(t);
      if (c.length !== header.length) throw malformed(source, l.n, `row has ${c.length} cells, header has ${header.length}`, "md");
      rows.push({ n: l.n, cells: c });
      continue;
    }
    const f = FOOTER.exec(t);
    if (f && build === null) {
      build = { commit: f[1], number: Number(f[2]) };
      continue;
    }
    throw malformed(source, l.n, `unexpected line ${JSON.stringify(t.slice(0, 80))}`, "md");
  }
  const testCol = header.indexOf("test");
  const tsCol = header.indexOf("t/s");
  const flavour = detectFlavour(header, separator, rows.map((r) => r.cells[testCol]));
  return rows.map((r) => {
    const fields = {};
    header.forEach((h, i) => {
      if (i === testCol || i === tsCol) return;
      const name = DISPLAY_TO_FIELD[h] ?? h;
      fields[name] = typedValue(name, r.cells[i], flavour);
    });
    const label = r.cells[testCol];
    const lf = labelFields(label);
    if (!lf) throw malformed(source, r.n, `test label "${label}" is not ppN, tgN, ppN+tgN (@ dN) or tgN@ppN`, "md");
    const ts = TS_CELL.exec(r.cells[tsCol]);
    if (!ts) throw malformed(source, r.n, `t/s cell "${r.cells[tsCol]}" is not "avg \xB1 stddev"`, "md");
    Object.assign(fields, lf, { test: label, "t/s": r.cells[tsCol], avg_ts: Number(ts[1]), stddev_ts: Number(ts[2]) });
    if (build) Object.assign(fields, { build_commit: build.commit, build_number: build.number });
    return toBenchRecord({ fields, line: r.n }, flavour, source, "md");
  });
}

// src/parse/sql.ts
var INSERT = /^INSERT INTO (\w+) \(([^)]*)\) VALUES \((.*)\);\s*$/;
var NEXT_VALUE = /\s*,\s*'/y;
var SEPARATOR = /\s*,\s*/y;
var COLUMN = /^\s*(\w+)\s+(TEXT|INTEGER|REAL)\s*,?\s*$/;
function splitSqlValues(list) {
  const values = [];
  let i = 0;
  while (i < list.length) {
    if (list[i] !== "'") return null;
    i++;
    let v = "";
    for (; ; ) {
      const q = list.indexOf("'", i);
      if (q < 0) return null;
      v += list.slice(i, q);
      i = q;
      if (list[i] === "'") {
        if (list[i + 1] === "'") {
          v += "'";
          i += 2;
          continue;
        }
        NEXT_VALUE.lastIndex = i + 1;
        if (i + 1 === list.length || NEXT_VALUE.test(list)) {
          i++;
          break;
        }
      }
      v += list[i++];
    }
    values.push(v);
    SEPARATOR.lastIndex = i;
    if (SEPARATOR.test(list)) i = SEPARATOR.lastIndex;
  }
  return values;
}
function parseSql(text, source) {
  const types = /* @__PURE__ */ new Map();
  const out = [];
  let inCreate = false;
  let sawInsert = false;
  for (const l of numberedLines(text)) {
    const s = l.text.trim();
    if (s === "") continue;
    if (/^CREATE TABLE/i.test(s)) {
      inCreate = true;
      continue;
    }
    if (inCreate) {
      if (s === ");") {
        inCreate = false;
        continue;
      }
      const col = COLUMN.exec(s);
      if (!col) throw malformed(source, l.n, `unexpected line in CREATE TABLE: ${JSON.stringify(s.slice(0, 80))}`, "sql");
      types.set(col[1], col[2]);
      continue;
    }
    const m = INSERT.exec(s);
    if (!m) throw malformed(source, l.n, `expected an INSERT INTO statement, got ${JSON.stringify(s.slice(0, 80))}`, "sql");
    sawInsert = true;
    const cols = m[2].split(",").map((c) => c.trim());
    const values = splitSqlValues(m[3]);
    if (!values) throw malformed(source, l.n, "VALUES list is not a list of quoted values", "sql");
    if (values.length !== cols.length) throw malformed(source, l.n, `${values.length} values for ${cols.length} columns`, "sql");
    const flavour = flavourFromFields(cols);
    const fields = {};
    cols.forEach((c, i) => fields[c] = typedValue(c, values[i], flavour, types.get(c)));
    out.push(toBenchRecord({ fields, line: l.n }, flavour, source, "sql"));
  }
  if (inCreate) throw malformed(source, numberedLines(text).length, "CREATE TABLE is not closed", "sql");
  if (!sawInsert && types.size === 0) throw malformed(source, 1, "no CREATE TABLE or INSERT statements", "sql");
  return out;
}

// src/parse/index.ts
var PARSERS = {
  json: parseJson,
  jsonl: parseJsonl,
  csv: parseCsv,
  md: parseMd,
  sql: parseSql
};
function parseBenchOutputAs(text, source, format) {
  return PARSERS[format](text, source);
}
function parseBenchOutput(text, source) {
  if (text.trim() === "") {
    throw new UserError(`${source}: no llama-bench output (empty)`, FORMAT_HINT);
  }
  const format = detectFormat(text);
  if (format === null) {
    const lineNo = text.split("\n").findIndex((l) => l.trim() !== "") + 1;
    const first = text.split("\n")[lineNo - 1].trim().slice(0, 80);
    throw malformed(source, lineNo, `not json, jsonl, csv, md or sql (starts with ${JSON.stringify(first)})`);
  }
  return parseBenchOutputAs(text, source, format);
}

export {
  parseBenchOutput
};
