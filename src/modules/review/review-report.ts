import { createHash } from 'node:crypto';
import { ReviewReportFormat } from '../../core/enums';
import { DEADLINE_KIND_LABELS, REVIEW_CAMPAIGN_KIND_LABELS, REVIEW_GRADE_LABELS } from '../../core/labels';
import { chinaDateOf } from '../clock';
import { renderDocx, renderPdf, type DocumentSection } from '../document';
import type { ReviewCampaign, ReviewReportText, ReviewStatisticsData } from './review.entity';
import { ReviewReportDocument } from './review.types';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function dateText(d: Date): string {
  const [y, m, day] = chinaDateOf(d).split('-').map(Number);
  return `${y}年${m}月${day}日`;
}

/** The statistics as the report prints them (二、评查案卷基本情况). */
export function statisticsText(s: ReviewStatisticsData): string {
  const lines = [
    `共评查案卷 ${s.files} 件，已评分 ${s.scored} 件，平均得分 ${s.averageScore === null ? '—' : s.averageScore} 分。`,
    `等次分布：${s.gradeCounts.map((g) => `${REVIEW_GRADE_LABELS[g.grade]} ${g.count} 件`).join('，')}；其中适用否决项的 ${s.vetoed} 件。`,
    s.topDeductions.length ? `扣分较多的项目：${s.topDeductions.map((d) => `${d.title}（${d.files} 件，共扣 ${d.points} 分）`).join('；')}。` : '未发现扣分项目。',
    s.clocksMissed.length
      ? `超过期限的情况：${s.clocksMissed.map((c) => `${DEADLINE_KIND_LABELS[c.kind as keyof typeof DEADLINE_KIND_LABELS] ?? c.kind} ${c.count} 件`).join('，')}。`
      : '未发现超过期限的情况。',
  ];
  return lines.join('\n');
}

/** The report's sections in the order the plan asks for. */
export function reportSections(c: ReviewCampaign, s: ReviewStatisticsData, organizationName: string): DocumentSection[] {
  const r: ReviewReportText = c.report ?? { method: '', implementation: '', problems: '', causes: '', improvements: '', goodPractice: '' };
  const text = (v: string) => v.trim() || '（未填写）';
  const scope = `评查对象：${organizationName}，${c.periodFrom}至${c.periodTo}办结的案件${c.sampleSize !== null ? `中随机抽取 ${c.sampleSize} 件（随机种子 ${c.sampleSeed}，候选 ${c.candidateCount ?? '—'} 件）` : `，共 ${c.candidateCount ?? '—'} 件全部评查`}；评查标准第 ${c.checklistVersion ?? '—'} 版。`;
  return [
    { heading: '一、评查工作开展情况', text: `${scope}\n${text(r.method)}` },
    { heading: '二、评查案卷基本情况', text: statisticsText(s) },
    { heading: '三、贯彻落实浙政办发〔2019〕61号文件情况', text: text(r.implementation) },
    { heading: '四、存在的问题', text: text(r.problems) },
    { heading: '五、原因分析', text: text(r.causes) },
    { heading: '六、整改措施', text: text(r.improvements) },
    { heading: '七、可推广的经验做法', text: text(r.goodPractice) },
  ];
}

/** Renders the report through the document module's renderers (same layout as the hub's legal documents). */
export async function renderReport(
  c: ReviewCampaign,
  s: ReviewStatisticsData,
  names: { organizationName: string; runnerName: string; asOf: Date },
  format: ReviewReportFormat,
): Promise<ReviewReportDocument> {
  const doc = {
    organizationName: names.runnerName,
    title: `${REVIEW_CAMPAIGN_KIND_LABELS[c.kind]}案卷评查工作报告`,
    number: c.title,
    sections: reportSections(c, s, names.organizationName),
    dateText: dateText(names.asOf),
    issuedAt: names.asOf,
  };
  const bytes = format === ReviewReportFormat.PDF ? await renderPdf(doc) : await renderDocx(doc);
  return Object.assign(new ReviewReportDocument(), {
    fileName: `案卷评查报告-${chinaDateOf(names.asOf)}.${format === ReviewReportFormat.PDF ? 'pdf' : 'docx'}`,
    contentType: format === ReviewReportFormat.PDF ? PDF : DOCX,
    base64: bytes.toString('base64'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  });
}
