import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocumentSection } from './document-template.entity';

/**
 * Renders an issued legal document to PDF (pdfkit, with the Noto Sans SC font that
 * ships in the npm package @embedpdf/fonts-sc, OFL-1.1, embedded as a subset: no
 * system font needed) and to DOCX (docx) for offices that edit. Both carry the same
 * content in the layout of a Chinese legal document: the issuing organization and
 * the title centred in bold, the number right-aligned under them, the sections, then
 * the organization, the date and the seal placeholder; page numbers in the footer.
 * Pure functions of their input.
 */
export interface RenderableDocument {
  organizationName: string;
  title: string;
  number: string;
  sections: readonly DocumentSection[];
  /** The date as printed, e.g. 2026年3月4日. */
  dateText: string;
  /** The PDF's creation date: the same input renders the same bytes (a stable SHA-256). */
  issuedAt: Date;
}

export const SEAL_PLACEHOLDER = '（印章）';

/** A font parsed once by fontkit (pdfkit's own font engine), shared by every PDF the process renders. */
export interface ParsedFont {
  layout(text: string): unknown;
}

/**
 * The fonts pdfkit embeds: file bytes (parsed again for every document, ~0.3 s of CPU each for
 * these 8 MB CJK fonts) or fonts parsed once per process (what the hub uses; same output).
 */
export interface Fonts {
  regular: Buffer | ParsedFont;
  bold: Buffer | ParsedFont;
}

// fontkit ships no type declarations; only `create` is used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fontkit = require('fontkit') as { create(data: Buffer): ParsedFont };

let cachedFiles: { regular: Buffer; bold: Buffer } | null = null;
let cachedFonts: Fonts | null = null;

/** The font files' bytes, read once per process (about 17 MB for both weights). */
export function documentFontFiles(): { regular: Buffer; bold: Buffer } {
  if (!cachedFiles) {
    // The package exports only metadata; its .otf files sit next to dist/.
    const dir = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
    cachedFiles = { regular: readFileSync(join(dir, 'NotoSansHans-Regular.otf')), bold: readFileSync(join(dir, 'NotoSansHans-Bold.otf')) };
  }
  return cachedFiles;
}

/** The fonts parsed once per process and shared by every PDF (pdfkit subsets each document's glyphs from them). */
export function documentFonts(): Fonts {
  if (!cachedFonts) {
    const files = documentFontFiles();
    cachedFonts = { regular: fontkit.create(files.regular), bold: fontkit.create(files.bold) };
  }
  return cachedFonts;
}

/** One printed paragraph: a section heading, a salutation (flush left) or body text (first line indented). */
interface Block {
  style: 'heading' | 'salutation' | 'body';
  text: string;
}

/** The sections as paragraphs; a first line ending in a full-width colon is the salutation (收文对象). */
export function blocksOf(sections: readonly DocumentSection[]): Block[] {
  const out: Block[] = [];
  for (const s of sections) {
    if (s.heading?.trim()) out.push({ style: 'heading', text: s.heading.trim() });
    for (const line of s.text.split('\n')) {
      const text = line.trim();
      if (!text) continue;
      const salutation = out.length === 0 && text.endsWith('：') && text.length <= 80;
      out.push({ style: salutation ? 'salutation' : 'body', text });
    }
  }
  return out;
}

/** The document as plain text (LegalDocument.text): what the PDF says, line by line. */
export function plainTextOf(doc: Omit<RenderableDocument, 'issuedAt'>): string {
  const lines = [doc.organizationName, doc.title, doc.number, ''];
  for (const b of blocksOf(doc.sections)) lines.push(b.text);
  lines.push('', doc.organizationName, doc.dateText, SEAL_PLACEHOLDER);
  return lines.join('\n');
}

// ---------------------------------------------------------------- PDF

const PT_PER_MM = 72 / 25.4;
/** A4 with the margins of GB/T 9704 (top 37 mm, left 28 mm, right 26 mm, bottom 35 mm). */
const PDF_MARGINS = { top: 37 * PT_PER_MM, left: 28 * PT_PER_MM, right: 26 * PT_PER_MM, bottom: 35 * PT_PER_MM };
const BODY_SIZE = 14;

export function renderPdf(doc: RenderableDocument, fonts: Fonts = documentFonts()): Promise<Buffer> {
  const { regular, bold } = fonts;
  return new Promise<Buffer>((resolve, reject) => {
    const pdf = new PDFDocument({
      size: 'A4',
      margins: PDF_MARGINS,
      bufferPages: true,
      autoFirstPage: true,
      lang: 'zh-CN',
      displayTitle: true,
      info: { Title: doc.title, Author: doc.organizationName, Subject: doc.number, Creator: 'dispute-hub', Producer: 'dispute-hub', CreationDate: doc.issuedAt, ModDate: doc.issuedAt },
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    try {
      // pdfkit's types name only file sources; it takes a parsed fontkit font as well (PDFFontFactory.open).
      pdf.registerFont('regular', regular as Buffer);
      pdf.registerFont('bold', bold as Buffer);
      const width = pdf.page.width - PDF_MARGINS.left - PDF_MARGINS.right;

      pdf.font('bold').fontSize(20).text(doc.organizationName, { align: 'center', width });
      pdf.moveDown(0.3);
      pdf.font('bold').fontSize(22).text(doc.title, { align: 'center', width });
      pdf.moveDown(0.6);
      pdf.font('regular').fontSize(BODY_SIZE).text(doc.number, { align: 'right', width });
      pdf.moveDown(0.8);

      for (const b of blocksOf(doc.sections)) {
        if (b.style === 'heading')
          pdf
            .font('bold')
            .fontSize(BODY_SIZE)
            .text(b.text, { indent: BODY_SIZE * 2, lineGap: 6, paragraphGap: 4, width });
        else
          pdf
            .font('regular')
            .fontSize(BODY_SIZE)
            .text(b.text, { indent: b.style === 'salutation' ? 0 : BODY_SIZE * 2, align: 'justify', lineGap: 6, paragraphGap: 4, width });
      }

      // The signature block keeps together: a new page when less than four lines are left.
      if (pdf.y + BODY_SIZE * 8 > pdf.page.height - PDF_MARGINS.bottom) pdf.addPage();
      pdf.moveDown(2);
      const signature = { align: 'right' as const, width: width - BODY_SIZE * 2, lineGap: 6 };
      pdf.font('regular').fontSize(BODY_SIZE).text(doc.organizationName, signature);
      pdf.text(doc.dateText, signature);
      pdf.text(SEAL_PLACEHOLDER, signature);

      // Page numbers (— 1 —) once the pages are known; the footer sits in the bottom margin, which pdfkit would otherwise treat as overflow.
      const range = pdf.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        pdf.switchToPage(i);
        const bottom = pdf.page.margins.bottom;
        pdf.page.margins.bottom = 0;
        pdf
          .font('regular')
          .fontSize(12)
          .text(`— ${i - range.start + 1} —`, 0, pdf.page.height - bottom / 2 - 6, { align: 'center', width: pdf.page.width, lineBreak: false });
        pdf.page.margins.bottom = bottom;
      }
      pdf.end();
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

// ---------------------------------------------------------------- DOCX

const TWIPS_PER_MM = 1440 / 25.4;
/** Half-points: 二号 22 pt (title), 三号 16 pt (body). */
const DOCX_TITLE = 44;
const DOCX_BODY = 32;
/** 仿宋 for the body, 黑体 for headings, 宋体 bold for the title (the office's own fonts; Word substitutes where missing). */
const FONT_BODY = { ascii: 'FangSong', hAnsi: 'FangSong', eastAsia: '仿宋' };
const FONT_HEADING = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: '黑体' };
const FONT_TITLE = { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: '宋体' };
/** Fixed 28 pt line spacing of official documents. */
const LINE = { line: 560, lineRule: LineRuleType.EXACT };

export function renderDocx(doc: RenderableDocument): Promise<Buffer> {
  const para = (text: string, opts: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; bold?: boolean; size?: number; font?: typeof FONT_BODY; indent?: boolean; before?: number }) =>
    new Paragraph({
      alignment: opts.align ?? AlignmentType.JUSTIFIED,
      indent: opts.indent ? { firstLine: DOCX_BODY * 20 } : undefined,
      spacing: { ...LINE, before: opts.before ?? 0 },
      children: [new TextRun({ text, bold: opts.bold, size: opts.size ?? DOCX_BODY, font: opts.font ?? FONT_BODY })],
    });
  const children: Paragraph[] = [
    para(doc.organizationName, { align: AlignmentType.CENTER, bold: true, size: DOCX_TITLE, font: FONT_TITLE }),
    para(doc.title, { align: AlignmentType.CENTER, bold: true, size: DOCX_TITLE, font: FONT_TITLE }),
    para(doc.number, { align: AlignmentType.RIGHT, before: 240 }),
    para('', {}),
  ];
  for (const b of blocksOf(doc.sections)) {
    if (b.style === 'heading') children.push(para(b.text, { font: FONT_HEADING, indent: true }));
    else children.push(para(b.text, { indent: b.style === 'body' }));
  }
  children.push(para('', {}), para('', {}));
  for (const line of [doc.organizationName, doc.dateText, SEAL_PLACEHOLDER]) children.push(para(line, { align: AlignmentType.RIGHT }));

  const document = new Document({
    creator: doc.organizationName,
    title: doc.title,
    subject: doc.number,
    description: `${doc.title}（${doc.number}）`,
    styles: { default: { document: { run: { font: FONT_BODY, size: DOCX_BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * TWIPS_PER_MM), height: Math.round(297 * TWIPS_PER_MM) },
            margin: { top: Math.round(37 * TWIPS_PER_MM), bottom: Math.round(35 * TWIPS_PER_MM), left: Math.round(28 * TWIPS_PER_MM), right: Math.round(26 * TWIPS_PER_MM) },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28, font: FONT_BODY })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

export const PDF_CONTENT_TYPE = 'application/pdf';
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
