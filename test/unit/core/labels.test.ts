import { getMetadataStorage } from 'type-graphql';
import * as enums from '../../../src/core/enums';
import {
  CHANNEL_LABELS,
  CLOCK_START_LABELS,
  DEADLINE_KIND_LABELS,
  DISPUTE_STATUS_LABELS,
  ENUM_LABELS,
  OUTCOME_KIND_LABELS,
  PAUSE_REASON_LABELS,
  REFERRAL_KIND_LABELS,
  ROLE_LABELS,
} from '../../../src/core/labels';

const CJK = /[\u4e00-\u9fff]/;

// Every enum that src/core/enums.ts registers with type-graphql, by its GraphQL name.
const exported = new Set<object>((Object.values(enums) as unknown[]).filter((v): v is object => typeof v === 'object' && v !== null));
const registered = getMetadataStorage().enums.filter((e) => exported.has(e.enumObj));
const labels: Record<string, Readonly<Record<string, string>>> = ENUM_LABELS;

describe('enum labels', () => {
  it('finds the registered enums of enums.ts', () => {
    expect(registered.length).toBeGreaterThan(20);
    // every exported object of enums.ts is a registered enum, so none escapes the check below
    expect(registered.map((e) => e.enumObj)).toEqual(expect.arrayContaining([...exported]));
    expect(registered).toHaveLength(exported.size);
  });

  it('has a table for every registered enum, under its GraphQL name, and nothing else', () => {
    expect(Object.keys(ENUM_LABELS).sort()).toEqual(registered.map((e) => e.name).sort());
  });

  describe.each(registered.map((e) => [e.name, e.enumObj as Record<string, string>] as const))('%s', (name, enumObj) => {
    const table = labels[name];

    it('labels exactly the enum values', () => {
      expect(table).toBeDefined();
      expect(Object.keys(table).sort()).toEqual(Object.values(enumObj).sort());
    });

    it.each(Object.values(enumObj))('labels %s in Chinese, trimmed', (value) => {
      const label = table[value];
      expect(typeof label).toBe('string');
      expect(label.length).toBeGreaterThan(0);
      expect(label).toMatch(CJK);
      expect(label).toBe(label.trim());
    });

    it('gives each value a different label', () => {
      const values = Object.values(table);
      expect(new Set(values).size).toBe(values.length);
    });
  });
});

describe('labels reused from the existing summaries', () => {
  it('keeps the timeline channel names', () => {
    expect(CHANNEL_LABELS.ADJUDICATION).toBe('行政裁决');
    expect(CHANNEL_LABELS.MEDIATION).toBe('调解');
    expect(CHANNEL_LABELS.JUDICIAL_APPRAISAL).toBe('司法鉴定');
    expect(CHANNEL_LABELS.RECONSIDERATION).toBe('行政复议');
  });

  it('keeps the timeline outcome phrases', () => {
    expect(OUTCOME_KIND_LABELS.AGREEMENT).toBe('达成调解协议');
    expect(OUTCOME_KIND_LABELS.MEDIATION_FAILED).toBe('调解不成');
    expect(OUTCOME_KIND_LABELS.JUDGMENT).toBe('作出判决（调解书）');
    expect(OUTCOME_KIND_LABELS.TERMINATED).toBe('终止');
  });

  it('keeps the timeline pause reasons', () => {
    expect(PAUSE_REASON_LABELS.EXPERT_REVIEW).toBe('专家评审');
    expect(PAUSE_REASON_LABELS.INSPECTION_OR_APPRAISAL).toBe('检验、检测、鉴定');
    expect(PAUSE_REASON_LABELS.SAMPLE_COLLECTION).toBe('补充鉴定材料（样本）');
  });

  it('keeps the deadline-alert kinds and clock starts', () => {
    expect(DEADLINE_KIND_LABELS.ACCEPTANCE).toBe('受理审查期限');
    expect(DEADLINE_KIND_LABELS.JUDICIAL_CONFIRMATION_ACCEPTANCE).toBe('司法确认立案期限');
    expect(CLOCK_START_LABELS.RECEIPT).toBe('收到申请');
    expect(CLOCK_START_LABELS.TRIBUNAL_FORMED).toBe('仲裁庭组成');
  });

  it('keeps the referral verbs and the agreed status and role names', () => {
    expect(REFERRAL_KIND_LABELS).toEqual({ TRANSFER: '转办', ASSIGN: '交办', COURT_DELEGATED: '委派调解', COURT_ENTRUSTED: '委托调解' });
    expect(DISPUTE_STATUS_LABELS.AWAITING_ROUTING).toBe('待分流');
    expect(DISPUTE_STATUS_LABELS.CLOSED).toBe('已办结归档');
    expect(ROLE_LABELS.FRONTDESK).toBe('窗口受理');
  });
});
