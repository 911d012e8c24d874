import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { Document, Packer, Paragraph } from 'docx';
import { identify, ole2EntryNames, sniffHead, zipEntryNames, SNIFF_HEAD_BYTES } from '../../../src/modules/material/content-type';

// Real byte samples: a PDF from pdfkit, a DOCX from docx, images and containers written byte by
// byte after their specifications. The claimed type and the name never enter: only bytes.

function pdf(): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text('materials');
    doc.end();
  });
}

function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from([0, 0]))), chunk('IEND', Buffer.alloc(0))]);
}

const jpeg = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), Buffer.from([1, 1, 0, 0, 1, 0, 1, 0, 0]), Buffer.from([0xff, 0xd9])]);
const exifJpeg = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x08]), Buffer.from('Exif\0\0', 'latin1'), Buffer.from([0xff, 0xd9])]);
const gif = () => Buffer.concat([Buffer.from('GIF89a', 'ascii'), Buffer.from([1, 0, 1, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b])]);
function webp(): Buffer {
  const vp8 = Buffer.concat([Buffer.from('VP8L', 'ascii'), Buffer.from([5, 0, 0, 0, 0x2f, 0, 0, 0, 0, 0])]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(4 + vp8.length);
  return Buffer.concat([Buffer.from('RIFF', 'ascii'), size, Buffer.from('WEBP', 'ascii'), vp8]);
}
const tiffLE = () => Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const tiffBE = () => Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0]);
function bmp(): Buffer {
  const b = Buffer.alloc(58);
  b.write('BM', 0, 'ascii');
  b.writeUInt32LE(58, 2);
  b.writeUInt32LE(54, 10);
  b.writeUInt32LE(40, 14); // BITMAPINFOHEADER
  b.writeInt32LE(1, 18);
  b.writeInt32LE(1, 22);
  b.writeUInt16LE(1, 26);
  b.writeUInt16LE(24, 28);
  return b;
}

/** A ZIP with stored (uncompressed) entries, written after APPNOTE.TXT. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const n = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(entries).length, 8);
  eocd.writeUInt16LE(Object.keys(entries).length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const CT = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/**
 * A compound file (MS-CFB, version 3: 512-byte sectors) with one FAT sector and one directory
 * sector holding the root entry and the named streams.
 */
function ole2(streams: string[]): Buffer {
  const b = Buffer.alloc(512 * 3, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.writeUInt16LE(0x3e, 24);
  b.writeUInt16LE(3, 26);
  b.writeUInt16LE(0xfffe, 28);
  b.writeUInt16LE(9, 30); // 512-byte sectors
  b.writeUInt16LE(6, 32);
  b.writeUInt32LE(1, 44); // one FAT sector
  b.writeUInt32LE(1, 48); // directory starts at sector 1
  b.writeUInt32LE(4096, 56);
  b.writeUInt32LE(0xfffffffe, 60);
  b.writeUInt32LE(0xfffffffe, 68);
  for (let i = 0; i < 109; i++) b.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 76 + i * 4);
  // Sector 0: the FAT (itself, then the directory's one-sector chain).
  for (let i = 0; i < 128; i++) b.writeUInt32LE(0xffffffff, 512 + i * 4);
  b.writeUInt32LE(0xfffffffd, 512);
  b.writeUInt32LE(0xfffffffe, 516);
  // Sector 1: directory entries.
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const at = 1024 + i * 128;
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(b, at);
    b.writeUInt16LE(n.length, at + 64);
    b[at + 66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return b;
}

let pdfBytes: Buffer;
let docxBytes: Buffer;
beforeAll(async () => {
  pdfBytes = await pdf();
  docxBytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('投诉书')] }] }));
});

describe('identify: allowed content', () => {
  it('PDF (pdfkit)', () => expect(identify(pdfBytes)).toEqual({ mime: 'application/pdf', ext: 'pdf' }));
  it('DOCX (docx)', () => {
    expect(zipEntryNames(docxBytes)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    expect(identify(docxBytes)?.ext).toBe('docx');
  });
  it.each([
    ['PNG', png, 'image/png'],
    ['JPEG (JFIF)', jpeg, 'image/jpeg'],
    ['JPEG (Exif)', exifJpeg, 'image/jpeg'],
    ['GIF', gif, 'image/gif'],
    ['WEBP', webp, 'image/webp'],
    ['TIFF little-endian', tiffLE, 'image/tiff'],
    ['TIFF big-endian', tiffBE, 'image/tiff'],
    ['BMP', bmp, 'image/bmp'],
  ])('%s', (_name, make, mime) => expect(identify(make())?.mime).toBe(mime));

  it.each([
    ['xlsx', { '[Content_Types].xml': CT, 'xl/workbook.xml': '<workbook/>' }],
    ['pptx', { '[Content_Types].xml': CT, '_rels/.rels': '<Relationships/>', 'ppt/presentation.xml': '<p/>' }],
    ['ofd', { 'OFD.xml': '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>', 'Doc_0/Document.xml': '<d/>' }],
  ])('%s (ZIP written by hand)', (ext, entries) => expect(identify(zip(entries))?.ext).toBe(ext));

  it.each([
    ['doc', ['WordDocument', '1Table']],
    ['xls', ['Workbook']],
    ['xls', ['Book']],
    ['ppt', ['PowerPoint Document', 'Current User']],
  ])('%s (OLE2 compound file written by hand)', (ext, streams) => {
    expect(ole2EntryNames(ole2(streams))).toEqual(['Root Entry', ...streams]);
    expect(identify(ole2(streams))?.ext).toBe(ext);
  });
});

describe('identify: refused content', () => {
  it.each([
    ['HTML', Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>')],
    ['HTML with a BOM', Buffer.from('\ufeff<html><body>x</body></html>')],
    ['SVG', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['a shell script', Buffer.from('#!/bin/sh\nrm -rf /\n')],
    ['JavaScript', Buffer.from('window.location = "https://evil.example";')],
    ['a Windows executable', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)])],
    ['an ELF binary', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(60)])],
    ['plain text', Buffer.from('已收纸质原件')],
    ['"%PDF" after leading bytes (a polyglot)', Buffer.concat([Buffer.from('<html>'), Buffer.from('%PDF-1.7\n')])],
    ['"BM" text that is no bitmap', Buffer.from('BMW 3er Kaufvertrag, bitte unterschreiben')],
    ['an empty file', Buffer.alloc(0)],
  ])('%s', (_name, bytes) => expect(identify(bytes)).toBeNull());

  it.each([
    ['a plain ZIP', { 'a.txt': 'hello' }],
    ['a ZIP with [Content_Types].xml only', { '[Content_Types].xml': CT }],
    ['a macro-enabled Word package', { '[Content_Types].xml': CT, 'word/document.xml': '<w/>', 'word/vbaProject.bin': 'VBA' }],
    ['a JAR', { 'META-INF/MANIFEST.MF': 'Main-Class: x', 'x.class': 'cafebabe' }],
  ])('%s', (_name, entries) => expect(identify(zip(entries))).toBeNull());

  it('a truncated DOCX (no central directory)', () => expect(identify(docxBytes.subarray(0, docxBytes.length - 30))).toBeNull());

  it.each([
    ['an MSI-like compound file', ['SummaryInformation', 'Property']],
    ['a Word document with macros', ['WordDocument', 'Macros']],
    ['an Excel workbook with a VBA project', ['Workbook', '_VBA_PROJECT_CUR']],
  ])('%s', (_name, streams) => expect(identify(ole2(streams))).toBeNull());

  it('a compound file whose directory chain points outside the file', () => {
    const b = ole2(['WordDocument']);
    b.writeUInt32LE(99, 48);
    expect(identify(b)).toBeNull();
  });

  it('a compound file whose FAT loops on itself stops', () => {
    const b = ole2(['WordDocument']);
    b.writeUInt32LE(1, 516); // directory sector 1 -> 1 -> 1 ...
    expect(identify(b)).toBeNull();
  });
});

describe('sniffHead: the first bytes decide early', () => {
  it('refuses HTML, executables and scripts from their first bytes', () => {
    for (const s of ['<html>', '<svg ', 'MZ\x90\x00', '#!/usr/bin/env node']) expect(sniffHead(Buffer.from(s.padEnd(SNIFF_HEAD_BYTES, ' ')))).toBeNull();
  });
  it('names final types at once and containers as candidates', () => {
    expect(sniffHead(pdfBytes.subarray(0, SNIFF_HEAD_BYTES))).toMatchObject({ ext: 'pdf' });
    expect(sniffHead(docxBytes.subarray(0, SNIFF_HEAD_BYTES))).toBe('zip');
    expect(sniffHead(ole2(['WordDocument']).subarray(0, SNIFF_HEAD_BYTES))).toBe('ole2');
  });
});
