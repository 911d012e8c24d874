/**
 * The expert fields (专业领域) per matter: reference data, not configuration. A field's
 * code is what experts and draws store; a draw of a proceeding takes a field of its
 * matter's taxonomy. Codes are stable; names may be corrected.
 *
 * Procurement: 《政府采购品目分类目录》 (财库〔2022〕31号) top level 货物/工程/服务 with
 * the subcategories evaluation panels are usually drawn from. Patents: the technical
 * fields of the 专利审查指南's examination departments. Land: 土地权属争议's surveying and
 * registration work.
 */
export interface ExpertFieldSeed {
  code: string;
  name: string;
}

export interface ExpertTaxonomySeed {
  /** The matter whose proceedings draw from these fields. */
  matterCode: string;
  name: string;
  groups: { name: string; fields: ExpertFieldSeed[] }[];
}

export const EXPERT_TAXONOMY: readonly ExpertTaxonomySeed[] = [
  {
    matterCode: 'GOV-PROCUREMENT-COMPLAINT',
    name: '政府采购评审专家专业分类',
    groups: [
      {
        name: '货物',
        fields: [
          { code: 'PROC-GOODS-IT', name: '货物／信息技术设备' },
          { code: 'PROC-GOODS-SECURITY', name: '货物／安防监控设备' },
          { code: 'PROC-GOODS-MEDICAL', name: '货物／医疗设备' },
          { code: 'PROC-GOODS-EDUCATION', name: '货物／教学仪器设备' },
          { code: 'PROC-GOODS-VEHICLE', name: '货物／车辆' },
          { code: 'PROC-GOODS-FURNITURE', name: '货物／家具用具' },
        ],
      },
      {
        name: '工程',
        fields: [
          { code: 'PROC-WORKS-BUILDING', name: '工程／房屋建筑' },
          { code: 'PROC-WORKS-MUNICIPAL', name: '工程／市政道路桥梁' },
          { code: 'PROC-WORKS-WATER', name: '工程／水利水务' },
          { code: 'PROC-WORKS-INSTALLATION', name: '工程／安装工程' },
        ],
      },
      {
        name: '服务',
        fields: [
          { code: 'PROC-SERVICE-PROPERTY', name: '服务／物业管理' },
          { code: 'PROC-SERVICE-ENVIRONMENT', name: '服务／环境卫生与保洁' },
          { code: 'PROC-SERVICE-IT', name: '服务／信息技术服务' },
          { code: 'PROC-SERVICE-CONSULTING', name: '服务／工程咨询与监理' },
          { code: 'PROC-SERVICE-FINANCE', name: '服务／财务审计与法律' },
        ],
      },
    ],
  },
  {
    matterCode: 'PATENT-INFRINGEMENT',
    name: '专利技术领域',
    groups: [
      {
        name: '技术领域',
        fields: [
          { code: 'PAT-MECHANICAL', name: '机械' },
          { code: 'PAT-ELECTRICAL', name: '电学' },
          { code: 'PAT-CHEMISTRY', name: '化学' },
          { code: 'PAT-COMMUNICATION', name: '通信' },
          { code: 'PAT-COMPUTER', name: '计算机' },
          { code: 'PAT-OPTICS', name: '光电' },
          { code: 'PAT-MEDICINE', name: '医药生物' },
          { code: 'PAT-MATERIALS', name: '材料' },
          { code: 'PAT-DESIGN', name: '外观设计' },
        ],
      },
    ],
  },
  {
    matterCode: 'LAND-OWNERSHIP',
    name: '土地测绘与登记',
    groups: [
      {
        name: '测绘与登记',
        fields: [
          { code: 'LAND-CADASTRAL-SURVEY', name: '地籍测绘' },
          { code: 'LAND-BOUNDARY', name: '界址认定' },
          { code: 'LAND-REGISTRATION', name: '不动产登记' },
          { code: 'LAND-HISTORY', name: '土地权属历史资料' },
          { code: 'LAND-PLANNING', name: '国土空间规划' },
        ],
      },
    ],
  },
];

const FIELD_INDEX = new Map<string, { field: ExpertFieldSeed; matterCode: string }>(
  EXPERT_TAXONOMY.flatMap((t) => t.groups.flatMap((g) => g.fields.map((f) => [f.code, { field: f, matterCode: t.matterCode }] as const))),
);

/** The field of a code, with the matter it belongs to; null for an unknown code. */
export function expertField(code: string): { field: ExpertFieldSeed; matterCode: string } | null {
  return FIELD_INDEX.get(code) ?? null;
}

/** The field codes a proceeding of the matter draws from (none for a matter without a taxonomy). */
export function fieldsOfMatter(matterCode: string | null | undefined): string[] {
  const t = EXPERT_TAXONOMY.find((x) => x.matterCode === matterCode);
  return t ? t.groups.flatMap((g) => g.fields.map((f) => f.code)) : [];
}
