/**
 * What an uploaded file is, read from its bytes. The Content-Type the client claims and the
 * file name's extension are never trusted: a file is accepted only when its content is one of
 * the allowed kinds (PDF, images, Office documents, OFD). Everything else (HTML, SVG, scripts,
 * executables, plain archives, macro-enabled Office files) is refused.
 *
 * Two steps, so that an upload can be refused after its first bytes:
 * - `sniffHead(head)` looks at the first bytes (magic numbers). A ZIP or OLE2 container is only
 *   a candidate at that point.
 * - `identify(bytes)` decides on the whole content: a ZIP must be an OOXML package (docx, xlsx,
 *   pptx) or an OFD document, read from its central directory; an OLE2 compound file must hold
 *   the main stream of a Word, Excel or PowerPoint document.
 */

export interface SniffedType {
  /** The media type served with the file. */
  mime: string;
  /** The usual extension, without the dot. */
  ext: string;
}

/** Bytes `sniffHead` needs to decide (fewer only when the whole file is shorter). */
export const SNIFF_HEAD_BYTES = 32;

type Head = SniffedType | 'zip' | 'ole2' | null;

const PDF: SniffedType = { mime: 'application/pdf', ext: 'pdf' };
const PNG: SniffedType = { mime: 'image/png', ext: 'png' };
const JPEG: SniffedType = { mime: 'image/jpeg', ext: 'jpg' };
const GIF: SniffedType = { mime: 'image/gif', ext: 'gif' };
const WEBP: SniffedType = { mime: 'image/webp', ext: 'webp' };
const TIFF: SniffedType = { mime: 'image/tiff', ext: 'tif' };
const BMP: SniffedType = { mime: 'image/bmp', ext: 'bmp' };
const DOCX: SniffedType = { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' };
const XLSX: SniffedType = { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' };
const PPTX: SniffedType = { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', ext: 'pptx' };
const DOC: SniffedType = { mime: 'application/msword', ext: 'doc' };
const XLS: SniffedType = { mime: 'application/vnd.ms-excel', ext: 'xls' };
const PPT: SniffedType = { mime: 'application/vnd.ms-powerpoint', ext: 'ppt' };
const OFD: SniffedType = { mime: 'application/ofd', ext: 'ofd' };

/** Every type an upload may have (for documentation and tests). */
export const ALLOWED_TYPES: readonly SniffedType[] = [PDF, PNG, JPEG, GIF, WEBP, TIFF, BMP, DOCX, XLSX, PPTX, DOC, XLS, PPT, OFD];

function startsWith(b: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/**
 * Classifies the first bytes: an allowed type, a container that `identify` must open ('zip',
 * 'ole2'), or null (refused). Give it at least SNIFF_HEAD_BYTES bytes unless the file is shorter.
 */
export function sniffHead(head: Uint8Array): Head {
  const b = head;
  if (startsWith(b, ascii('%PDF-'))) return PDF;
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  // SOI followed by a marker (APPn, DQT, SOF, COM ...): every JPEG flavour (JFIF, Exif, raw).
  if (startsWith(b, [0xff, 0xd8, 0xff]) && b.length >= 4 && b[3] >= 0xc0 && b[3] !== 0xff) return JPEG;
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) return GIF;
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8) && startsWith(b, ascii('VP8'), 12)) return WEBP;
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return TIFF;
  if (isBmp(b)) return BMP;
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  return null;
}

/** "BM" alone is two letters of text; a real bitmap also has zero reserved fields and a known DIB header size. */
function isBmp(b: Uint8Array): boolean {
  if (!startsWith(b, ascii('BM')) || b.length < 18) return false;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (view.getUint32(6, true) !== 0) return false;
  return [12, 40, 52, 56, 64, 108, 124].includes(view.getUint32(14, true));
}

/** The type of a whole file, or null when it is not allowed. */
export function identify(bytes: Uint8Array): SniffedType | null {
  const head = sniffHead(bytes.subarray(0, SNIFF_HEAD_BYTES));
  if (head === 'zip') return identifyZip(bytes);
  if (head === 'ole2') return identifyOle2(bytes);
  return head;
}

// ---------------------------------------------------------------- ZIP (OOXML, OFD)

/** Most entries read from a central directory (an Office document has dozens; a zip bomb's listing is not read past this). */
const ZIP_MAX_ENTRIES = 10_000;

/** Names of a ZIP's entries from its central directory, or null when the archive is malformed or ZIP64. */
export function zipEntryNames(b: Uint8Array): string[] | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // End of central directory: 22 bytes plus a comment of at most 65535, at the very end.
  const min = Math.max(0, b.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = b.length - 22; i >= min; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06 && i + 22 + view.getUint16(i + 20, true) === b.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64, which no Office document of an upload's size needs.
  if (count === 0xffff || offset === 0xffffffff || offset + size > eocd || count > ZIP_MAX_ENTRIES) return null;
  const names: string[] = [];
  let p = offset;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) return null;
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > eocd) return null;
    names.push(decoder.decode(b.subarray(p + 46, p + 46 + nameLen)));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

function identifyZip(b: Uint8Array): SniffedType | null {
  const names = zipEntryNames(b);
  if (!names) return null;
  const set = new Set(names);
  // OFD (GB/T 33190): the package's entry file is OFD.xml at the root.
  if (set.has('OFD.xml')) return OFD;
  if (!set.has('[Content_Types].xml')) return null;
  // Macro-enabled packages (docm, xlsm, pptm) carry a VBA project: refused like any other executable content.
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) return null;
  if (names.some((n) => n.startsWith('word/'))) return DOCX;
  if (names.some((n) => n.startsWith('xl/'))) return XLSX;
  if (names.some((n) => n.startsWith('ppt/'))) return PPTX;
  return null;
}

// ---------------------------------------------------------------- OLE2 compound files (doc, xls, ppt)

const ENDOFCHAIN = 0xfffffffe;

/**
 * Names of the streams and storages in an OLE2 compound file's directory, or null when it is
 * malformed. Follows the FAT (from the header's DIFAT and its chain) to read the directory chain.
 */
export function ole2EntryNames(b: Uint8Array): string[] | null {
  if (b.length < 512) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorOffset = (s: number) => (s + 1) * sectorSize;
  const sectorOk = (s: number) => s < 0xfffffffa && sectorOffset(s) + sectorSize <= b.length;
  const fatSectorCount = view.getUint32(44, true);
  const firstDirSector = view.getUint32(48, true);
  let difatSector = view.getUint32(68, true);
  const difatCount = view.getUint32(72, true);
  if (fatSectorCount > b.length / sectorSize) return null;

  // The FAT's sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++) fatSectors.push(view.getUint32(76 + i * 4, true));
  for (let d = 0; d < difatCount && fatSectors.length < fatSectorCount; d++) {
    if (!sectorOk(difatSector)) return null;
    const base = sectorOffset(difatSector);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector && fatSectors.length < fatSectorCount; i++) fatSectors.push(view.getUint32(base + i * 4, true));
    difatSector = view.getUint32(base + perSector * 4, true);
  }
  if (fatSectors.length < fatSectorCount || !fatSectors.every(sectorOk)) return null;
  const entriesPerFatSector = sectorSize / 4;
  const next = (s: number): number | null => {
    const fatIndex = Math.floor(s / entriesPerFatSector);
    if (fatIndex >= fatSectors.length) return null;
    return view.getUint32(sectorOffset(fatSectors[fatIndex]) + (s % entriesPerFatSector) * 4, true);
  };

  const names: string[] = [];
  // A chain visits each sector at most once: a loop (or a chain longer than the file) is malformed.
  const maxHops = Math.floor(b.length / sectorSize);
  let s = firstDirSector;
  for (let hops = 0; s !== ENDOFCHAIN; hops++) {
    if (hops >= maxHops || !sectorOk(s)) return null;
    const base = sectorOffset(s);
    for (let e = 0; e < sectorSize / 128; e++) {
      const at = base + e * 128;
      const type = b[at + 66];
      if (type === 0) continue; // unused entry
      const nameBytes = view.getUint16(at + 64, true);
      if (nameBytes < 2 || nameBytes > 64 || nameBytes % 2) continue;
      let name = '';
      for (let i = 0; i < nameBytes / 2 - 1; i++) name += String.fromCharCode(view.getUint16(at + i * 2, true));
      names.push(name);
    }
    const n = next(s);
    if (n === null) return null;
    s = n;
  }
  return names;
}

function identifyOle2(b: Uint8Array): SniffedType | null {
  const names = ole2EntryNames(b);
  if (!names) return null;
  // VBA macros (Word's Macros storage, Excel's _VBA_PROJECT_CUR) are refused as in OOXML packages.
  if (names.some((n) => n === 'Macros' || n === '_VBA_PROJECT_CUR' || n === 'VBA')) return null;
  // The main stream of each application; an MSI installer, an Outlook message or a bare OLE
  // container has none of them and is refused.
  if (names.includes('WordDocument')) return DOC;
  if (names.includes('Workbook') || names.includes('Book')) return XLS;
  if (names.includes('PowerPoint Document')) return PPT;
  return null;
}
