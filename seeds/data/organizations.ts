import type { OrganizationSeed } from './types';

/**
 * The directory of organizations seeded into every database.
 *
 * Keys are stable and referenced by matters.ts and users.ts. The names of the
 * organizations in the contract README's demo table are exact.
 */
export const ORGANIZATIONS: OrganizationSeed[] = [
  // ------------------------------------------------------------ the center and the justice bureau
  {
    key: 'center',
    name: '杭州市社会矛盾纠纷调处化解中心',
    kind: 'DISPUTE_CENTER',
    // The center registers and routes disputes; it does not itself handle a channel.
    channels: [],
    region: '杭州市',
  },
  {
    key: 'justice-bureau',
    name: '杭州市司法局',
    kind: 'JUSTICE_BUREAU',
    // Guides people's mediation and reviews closed case files; handles no channel in the hub.
    channels: [],
    region: '杭州市',
  },

  // ------------------------------------------------------------ administrative adjudication (行政裁决)
  {
    key: 'finance-city',
    name: '杭州市财政局',
    kind: 'ADJUDICATION_AUTHORITY',
    channels: ['ADJUDICATION'],
    region: '杭州市',
    defaultMatterCode: 'GOV-PROCUREMENT-COMPLAINT',
  },
  {
    key: 'finance-gongshu',
    name: '拱墅区财政局',
    kind: 'ADJUDICATION_AUTHORITY',
    channels: ['ADJUDICATION'],
    region: '拱墅区',
    defaultMatterCode: 'GOV-PROCUREMENT-COMPLAINT',
  },
  {
    key: 'finance-fuyang',
    name: '富阳区财政局',
    kind: 'ADJUDICATION_AUTHORITY',
    channels: ['ADJUDICATION'],
    region: '富阳区',
    defaultMatterCode: 'GOV-PROCUREMENT-COMPLAINT',
  },
  {
    key: 'market-city',
    name: '杭州市市场监督管理局',
    kind: 'ADJUDICATION_AUTHORITY',
    channels: ['ADJUDICATION'],
    region: '杭州市',
    defaultMatterCode: 'PATENT-INFRINGEMENT',
  },
  {
    key: 'market-tonglu',
    name: '桐庐县市场监督管理局',
    kind: 'ADJUDICATION_AUTHORITY',
    channels: ['ADJUDICATION'],
    region: '桐庐县',
    defaultMatterCode: 'PATENT-INFRINGEMENT',
  },
  {
    key: 'land-city',
    name: '杭州市规划和自然资源局',
    kind: 'ADJUDICATION_AUTHORITY',
    channels: ['ADJUDICATION'],
    region: '杭州市',
    defaultMatterCode: 'LAND-OWNERSHIP',
  },
  {
    key: 'land-fuyang',
    name: '杭州市规划和自然资源局富阳分局',
    kind: 'ADJUDICATION_AUTHORITY',
    channels: ['ADJUDICATION'],
    region: '富阳区',
    defaultMatterCode: 'LAND-OWNERSHIP',
  },

  // ------------------------------------------------------------ mediation (调解)
  {
    key: 'mediation-fuyang',
    name: '富阳区人民调解委员会',
    kind: 'PEOPLES_MEDIATION_COMMITTEE',
    channels: ['MEDIATION'],
    region: '富阳区',
    defaultMatterCode: 'PEOPLES-MEDIATION',
  },
  {
    key: 'mediation-gongshu',
    name: '拱墅区人民调解委员会',
    kind: 'PEOPLES_MEDIATION_COMMITTEE',
    channels: ['MEDIATION'],
    region: '拱墅区',
    defaultMatterCode: 'PEOPLES-MEDIATION',
  },
  {
    key: 'mediation-xihu',
    name: '西湖区人民调解委员会',
    kind: 'PEOPLES_MEDIATION_COMMITTEE',
    channels: ['MEDIATION'],
    region: '西湖区',
    defaultMatterCode: 'PEOPLES-MEDIATION',
  },
  {
    key: 'mediation-xiaoshan',
    name: '萧山区人民调解委员会',
    kind: 'PEOPLES_MEDIATION_COMMITTEE',
    channels: ['MEDIATION'],
    region: '萧山区',
    defaultMatterCode: 'PEOPLES-MEDIATION',
  },
  {
    key: 'mediation-tonglu',
    name: '桐庐县人民调解委员会',
    kind: 'PEOPLES_MEDIATION_COMMITTEE',
    channels: ['MEDIATION'],
    region: '桐庐县',
    defaultMatterCode: 'PEOPLES-MEDIATION',
  },
  {
    key: 'mediation-ip',
    name: '杭州市知识产权纠纷人民调解委员会',
    kind: 'PEOPLES_MEDIATION_COMMITTEE',
    channels: ['MEDIATION'],
    region: '杭州市',
    defaultMatterCode: 'IP-DISPUTE-MEDIATION',
  },
  {
    key: 'mediation-construction',
    name: '杭州市建设工程纠纷调解中心',
    kind: 'INDUSTRY_MEDIATION_ORG',
    channels: ['MEDIATION'],
    region: '杭州市',
    defaultMatterCode: 'INDUSTRY-MEDIATION',
  },
  {
    key: 'mediation-lawyer',
    name: '杭州市律师协会律师调解工作室',
    kind: 'LAWYER_MEDIATION_STUDIO',
    channels: ['MEDIATION'],
    region: '杭州市',
    defaultMatterCode: 'LAWYER-MEDIATION',
  },

  // ------------------------------------------------------------ arbitration (仲裁)
  {
    key: 'arbitration-commission',
    name: '杭州仲裁委员会',
    kind: 'ARBITRATION_COMMISSION',
    channels: ['ARBITRATION'],
    region: '杭州市',
    defaultMatterCode: 'COMMERCIAL-ARBITRATION',
  },
  {
    key: 'labor-arbitration',
    name: '杭州市劳动人事争议仲裁委员会',
    kind: 'LABOR_ARBITRATION_COMMISSION',
    channels: ['ARBITRATION'],
    region: '杭州市',
    defaultMatterCode: 'LABOR-ARBITRATION',
  },

  // ------------------------------------------------------------ notarization, appraisal
  {
    key: 'notary-qiantang',
    name: '杭州市钱塘公证处',
    kind: 'NOTARY_OFFICE',
    channels: ['NOTARIZATION'],
    region: '杭州市',
    defaultMatterCode: 'NOTARIZATION',
  },
  {
    key: 'appraisal-qianjiang',
    name: '杭州钱江司法鉴定所',
    kind: 'APPRAISAL_INSTITUTION',
    channels: ['JUDICIAL_APPRAISAL'],
    region: '杭州市',
    defaultMatterCode: 'JUDICIAL-APPRAISAL',
  },

  // ------------------------------------------------------------ petition, reconsideration
  {
    key: 'petition-bureau',
    name: '杭州市信访局',
    kind: 'PETITION_BUREAU',
    channels: ['PETITION'],
    region: '杭州市',
    defaultMatterCode: 'PETITION',
  },
  {
    key: 'reconsideration-office',
    name: '杭州市人民政府行政复议办公室',
    kind: 'RECONSIDERATION_OFFICE',
    channels: ['RECONSIDERATION'],
    region: '杭州市',
    defaultMatterCode: 'ADMINISTRATIVE-RECONSIDERATION',
  },

  // ------------------------------------------------------------ courts (诉讼)
  {
    key: 'court-intermediate',
    name: '杭州市中级人民法院',
    kind: 'COURT',
    channels: ['LITIGATION'],
    region: '杭州市',
    defaultMatterCode: 'CIVIL-LITIGATION',
  },
  {
    key: 'court-fuyang',
    name: '富阳区人民法院',
    kind: 'COURT',
    channels: ['LITIGATION'],
    region: '富阳区',
    defaultMatterCode: 'CIVIL-LITIGATION',
  },
  {
    key: 'court-tonglu',
    name: '桐庐县人民法院',
    kind: 'COURT',
    channels: ['LITIGATION'],
    region: '桐庐县',
    defaultMatterCode: 'CIVIL-LITIGATION',
  },
];
