// The dynamic linking of an ELF executable, read from its section headers: which shared libraries it
// needs (DT_NEEDED) and which symbols it imports or defines in its dynamic symbol table. An
// LD_PRELOAD shim reaches a function only when the executable imports it from a shared library.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';

export interface ElfDynamic {
  /** DT_NEEDED entries, in order: libllama.so.0, libggml.so, libc.so.6, … */
  needed: string[];
  /** DT_RUNPATH (or DT_RPATH) directories, as written ($ORIGIN unexpanded). */
  runpath: string[];
  /** Undefined dynamic symbols: resolved from a shared library at load time (interposable). */
  imports: Set<string>;
  /** Dynamic symbols defined in the file itself. */
  defines: Set<string>;
  /**
   * sha256 of the executable sections' bytes (SHF_EXECINSTR): two builds with the same machine code
   * have the same hash, whatever their RUNPATH or build-id (which name their own build).
   */
  code: string;
}

const SHT_DYNAMIC = 6;
const SHT_DYNSYM = 11;
const SHT_PROGBITS = 1;
const SHF_EXECINSTR = 4;
const DT_NEEDED = 1;
const DT_RPATH = 15;
const DT_RUNPATH = 29;
const MAX_BYTES = 1 << 30;

/** The file's dynamic linking, or null when it is not an ELF file with section headers. */
export function readElfDynamic(path: string): ElfDynamic | null {
  let buf: Buffer;
  try {
    const size = statSync(path).size;
    if (size < 64 || size > MAX_BYTES) return null;
    buf = Buffer.alloc(size);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, buf, 0, size, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  if (buf.readUInt32BE(0) !== 0x7f454c46) return null;
  const is64 = buf[4] === 2;
  const le = buf[5] === 1;
  const u16 = (o: number) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o));
  const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const addr = (o: number) => (is64 ? Number(le ? buf.readBigUInt64LE(o) : buf.readBigUInt64BE(o)) : u32(o));
  const word = is64 ? 8 : 4;
  try {
    const shoff = addr(is64 ? 0x28 : 0x20);
    const shentsize = u16(is64 ? 0x3a : 0x2e);
    const shnum = u16(is64 ? 0x3c : 0x30);
    if (shoff === 0 || shnum === 0) return null;
    const sections = Array.from({ length: shnum }, (_, i) => {
      const o = shoff + i * shentsize;
      return { type: u32(o + 4), flags: addr(o + 8), offset: addr(o + (is64 ? 0x18 : 0x10)), size: addr(o + (is64 ? 0x20 : 0x14)), link: u32(o + (is64 ? 0x28 : 0x18)) };
    });
    const cstr = (table: number, at: number) => {
      const start = sections[table].offset + at;
      return buf.toString('latin1', start, buf.indexOf(0, start));
    };
    const out: ElfDynamic = { needed: [], runpath: [], imports: new Set(), defines: new Set(), code: '' };
    const code = createHash('sha256');
    for (const s of sections) {
      if (s.type === SHT_PROGBITS && (s.flags & SHF_EXECINSTR) !== 0) code.update(buf.subarray(s.offset, s.offset + s.size));
      if (s.type === SHT_DYNAMIC) {
        for (let o = s.offset; o + 2 * word <= s.offset + s.size; o += 2 * word) {
          const tag = addr(o);
          if (tag === 0) break;
          if (tag === DT_NEEDED) out.needed.push(cstr(s.link, addr(o + word)));
          if (tag === DT_RUNPATH || tag === DT_RPATH) out.runpath.push(...cstr(s.link, addr(o + word)).split(':').filter(Boolean));
        }
      } else if (s.type === SHT_DYNSYM) {
        const entsize = is64 ? 24 : 16;
        for (let o = s.offset + entsize; o + entsize <= s.offset + s.size; o += entsize) {
          const name = cstr(s.link, u32(o));
          const shndx = u16(o + (is64 ? 6 : 14));
          if (name) (shndx === 0 ? out.imports : out.defines).add(name);
        }
      }
    }
    out.code = code.digest('hex');
    return out;
  } catch {
    return null; // offsets outside the file: not an ELF we can read
  }
}
