import { execFile } from 'node:child_process';

/**
 * The text pdf-parse (pdf.js) extracts from PDFs, in one child process: pdf.js loads its
 * worker with a dynamic import, which Jest's CommonJS sandbox refuses unless node runs with
 * --experimental-vm-modules; a plain node process reads them either way.
 */
export function pdfTexts(pdfs: readonly Buffer[]): Promise<string[]> {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const out = [];
      for (const b64 of JSON.parse(Buffer.concat(chunks).toString('utf8'))) {
        const parser = new PDFParse({ data: Buffer.from(b64, 'base64') });
        out.push((await parser.getText()).text);
        await parser.destroy();
      }
      process.stdout.write(JSON.stringify(out));
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: process.cwd(), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) =>
      err ? reject(new Error(`pdf-parse failed: ${stderr || err.message}`)) : resolve(JSON.parse(stdout) as string[]),
    );
    child.stdin!.end(JSON.stringify(pdfs.map((b) => b.toString('base64'))));
  });
}

export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfTexts([pdf]))[0];
}
