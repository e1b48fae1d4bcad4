// A minimal reader of git's unified diffs (`git diff` / `git format-patch`): which files a patch
// touches and whether every hunk's header agrees with its body. A hand-edited patch whose counts
// drift fails `git apply` with "corrupt patch at line N"; this finds that without a llama.cpp tree.

export interface DiffHunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** line number (1-based) of the `@@` header in the patch text */
  line: number;
  added: string[];
  removed: string[];
}

export interface DiffFile {
  oldPath: string;
  newPath: string;
  hunks: DiffHunk[];
}

export interface DiffProblem {
  line: number;
  message: string;
}

export interface ParsedDiff {
  files: DiffFile[];
  problems: DiffProblem[];
}

const FILE_RE = /^diff --git a\/(\S+) b\/(\S+)$/;
const HUNK_RE = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export function parseUnifiedDiff(text: string): ParsedDiff {
  const lines = text.split('\n');
  const files: DiffFile[] = [];
  const problems: DiffProblem[] = [];
  let file: DiffFile | undefined;
  let hunk: DiffHunk | undefined;
  let oldLeft = 0;
  let newLeft = 0;

  const closeHunk = (at: number): void => {
    if (hunk && (oldLeft !== 0 || newLeft !== 0)) {
      problems.push({
        line: hunk.line,
        message: `hunk body ends at line ${at} with ${oldLeft} old / ${newLeft} new lines still expected by its header`,
      });
    }
    hunk = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const lineNo = i + 1;
    if (hunk && (oldLeft > 0 || newLeft > 0)) {
      const tag = text[0];
      if (tag === ' ' || (text === '' && i < lines.length - 1)) {
        oldLeft--;
        newLeft--;
      } else if (tag === '-') {
        oldLeft--;
        hunk.removed.push(text.slice(1));
      } else if (tag === '+') {
        newLeft--;
        hunk.added.push(text.slice(1));
      } else if (tag === '\\') {
        continue; // "\ No newline at end of file"
      } else {
        closeHunk(lineNo); // body cut short: report it, then read this line as a header below
      }
      if (hunk) {
        if (oldLeft < 0 || newLeft < 0) {
          problems.push({ line: lineNo, message: 'hunk body is longer than its header says' });
          hunk = undefined;
        }
        continue;
      }
    }
    hunk = undefined;
    const f = FILE_RE.exec(text);
    if (f) {
      file = { oldPath: f[1], newPath: f[2], hunks: [] };
      files.push(file);
      continue;
    }
    const h = HUNK_RE.exec(text);
    if (h) {
      if (!file) {
        problems.push({ line: lineNo, message: 'hunk before any "diff --git" header' });
        continue;
      }
      hunk = {
        oldStart: Number(h[1]),
        oldLines: h[2] === undefined ? 1 : Number(h[2]),
        newStart: Number(h[3]),
        newLines: h[4] === undefined ? 1 : Number(h[4]),
        line: lineNo,
        added: [],
        removed: [],
      };
      oldLeft = hunk.oldLines;
      newLeft = hunk.newLines;
      file.hunks.push(hunk);
    }
  }
  closeHunk(lines.length);

  for (const f of files) {
    if (f.hunks.length === 0) problems.push({ line: 0, message: `${f.newPath}: no hunks` });
  }
  return { files, problems };
}
