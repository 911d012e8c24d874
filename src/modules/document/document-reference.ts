import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DocumentKind } from '../../core/enums';
import { EVERY_KIND } from './document-numbering';
import type { DocumentSection } from './document-template.entity';
import { SHIPPED_TEMPLATES, type ShippedTemplate } from './document-templates.data';

/** A document-number prefix shipped for a seeded organization (by its stable key). */
export interface PrefixSeed {
  organizationKey: string;
  /** A kind, or null for the organization's base prefix (every kind). */
  kind: DocumentKind | null;
  prefix: string;
}

export interface DocumentReferenceReport {
  templatesAdded: number;
  templatesUpdated: number;
  prefixesAdded: number;
}

/** Serializes concurrent starts applying the same reference data. */
const REFERENCE_LOCK = 7_438_215;

function canonical(title: string, sections: readonly DocumentSection[]): string {
  return JSON.stringify([title, sections.map((s) => [s.heading ?? null, s.text])]);
}

interface LineRow {
  id: string;
  version: number;
  active: boolean;
  title: string;
  sections: DocumentSection[] | string;
  created_by: string | null;
}

/**
 * Applies the shipped templates and prefixes, in the caller's transaction; idempotent.
 * A template line (kind, matter, channel, hub) with no row gets version 1; a line whose
 * newest version the hub wrote (created_by null) and whose text the hub has since
 * changed gets the next version; a line an administrator edited last is left alone.
 * Prefixes are only added where none is set: an administrator's prefix stays.
 */
export async function applyDocumentReferenceData(em: EntityManager, prefixes: readonly PrefixSeed[], shipped: readonly ShippedTemplate[] = SHIPPED_TEMPLATES): Promise<DocumentReferenceReport> {
  const conn = em.getConnection();
  const trx = em.getTransactionContext();
  const report: DocumentReferenceReport = { templatesAdded: 0, templatesUpdated: 0, prefixesAdded: 0 };
  await conn.execute('select pg_advisory_xact_lock(?)', [REFERENCE_LOCK], 'run', trx);
  const rows = await conn.execute<(LineRow & { kind: string; matter_code: string | null; channel: string | null })[]>(
    `select id, kind, matter_code, channel, version, active, title, sections, created_by from document_template where organization_id is null order by version desc`,
    [],
    'all',
    trx,
  );
  const byLine = new Map<string, LineRow[]>();
  for (const r of rows) {
    const key = `${r.kind}|${r.matter_code ?? ''}|${r.channel ?? ''}`;
    (byLine.get(key) ?? byLine.set(key, []).get(key)!).push(r);
  }
  // Decided here, written in one statement each: a start runs this on every database.
  const inserts: { id: string; kind: string; matter_code: string | null; channel: string | null; version: number; title: string; sections: DocumentSection[] }[] = [];
  const replaced: { kind: string; matter_code: string; channel: string }[] = [];
  for (const tpl of shipped) {
    const line = byLine.get(`${tpl.kind}|${tpl.matterCode ?? ''}|${tpl.channel ?? ''}`) ?? [];
    const newest = line[0];
    if (newest) {
      if (newest.created_by !== null) continue;
      const sections = typeof newest.sections === 'string' ? (JSON.parse(newest.sections) as DocumentSection[]) : newest.sections;
      if (canonical(newest.title, sections) === canonical(tpl.title, tpl.sections)) continue;
      replaced.push({ kind: tpl.kind, matter_code: tpl.matterCode ?? '', channel: tpl.channel ?? '' });
      report.templatesUpdated++;
    } else {
      report.templatesAdded++;
    }
    inserts.push({
      id: randomUUID(),
      kind: tpl.kind,
      matter_code: tpl.matterCode,
      channel: tpl.channel,
      version: (newest?.version ?? 0) + 1,
      title: tpl.title,
      sections: tpl.sections.map((s) => ({ heading: s.heading ?? null, text: s.text })),
    });
  }
  if (replaced.length) {
    await conn.execute(
      `update document_template t set active = false from jsonb_to_recordset(?::jsonb) as v(kind text, matter_code text, channel text)
        where t.organization_id is null and t.active and t.kind = v.kind and coalesce(t.matter_code, '') = v.matter_code and coalesce(t.channel, '') = v.channel`,
      [JSON.stringify(replaced)],
      'run',
      trx,
    );
  }
  if (inserts.length) {
    await conn.execute(
      `insert into document_template (id, kind, matter_code, channel, organization_id, version, active, title, sections, created_by)
       select v.id, v.kind, v.matter_code, v.channel, null, v.version, true, v.title, v.sections, null
         from jsonb_to_recordset(?::jsonb) as v(id uuid, kind text, matter_code text, channel text, version int, title text, sections jsonb)`,
      [JSON.stringify(inserts)],
      'run',
      trx,
    );
  }
  if (prefixes.length) {
    const added = await conn.execute<{ organization_id: string }[]>(
      `insert into document_number_prefix (organization_id, kind, prefix)
       select o.id, v.kind, v.prefix from jsonb_to_recordset(?::jsonb) as v(organization_key text, kind text, prefix text) join organization o on o.key = v.organization_key
       on conflict (organization_id, kind) do nothing returning organization_id`,
      [JSON.stringify(prefixes.map((p) => ({ organization_key: p.organizationKey, kind: p.kind ?? EVERY_KIND, prefix: p.prefix })))],
      'all',
      trx,
    );
    report.prefixesAdded = added.length;
  }
  return report;
}
