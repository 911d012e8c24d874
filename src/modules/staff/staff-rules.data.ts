import { Channel } from '../../core/enums';

/**
 * Who must handle a case, as data: at least `minHandlers` staff, and the legal professional
 * qualification (法律职业资格) of nobody, of at least one handler, of the lead, or of all.
 * A matter's rule replaces its channel's. Where the law states no number, the rule is the
 * center's own and says so in its basis.
 */
export interface HandlerRule {
  minHandlers: number;
  legalProfession: 'NONE' | 'ANY' | 'LEAD' | 'ALL';
  /** Shown with each issue. */
  basis: string;
}

export const CHANNEL_HANDLER_RULES: Readonly<Partial<Record<Channel, HandlerRule>>> = {
  [Channel.ADJUDICATION]: { minHandlers: 2, legalProfession: 'NONE', basis: '行政裁决案件应由两名以上工作人员承办' },
  [Channel.RECONSIDERATION]: {
    minHandlers: 2,
    legalProfession: 'ALL',
    basis: '《行政复议法》第六条：初次从事行政复议工作的人员应当取得法律职业资格',
  },
};

/** The city's demonstration matters (contract README) and the reconsideration matter. */
export const MATTER_HANDLER_RULES: Readonly<Record<string, HandlerRule>> = {
  'PATENT-INFRINGEMENT': {
    minHandlers: 2,
    legalProfession: 'ANY',
    basis: '专利侵权纠纷行政裁决应由两名以上工作人员承办，其中至少一人具有法律职业资格（本中心规则，参照《行政处罚法》第五十八条法制审核要求）',
  },
  'GOV-PROCUREMENT-COMPLAINT': {
    minHandlers: 2,
    legalProfession: 'ANY',
    basis: '政府采购投诉处理应由两名以上工作人员承办，其中至少一人具有法律职业资格（本中心规则，参照《行政处罚法》第五十八条法制审核要求）',
  },
  'LAND-OWNERSHIP': { minHandlers: 2, legalProfession: 'NONE', basis: '土地权属争议调查处理应由两名以上工作人员承办' },
  'ADMINISTRATIVE-RECONSIDERATION': {
    minHandlers: 2,
    legalProfession: 'ALL',
    basis: '《行政复议法》第六条：初次从事行政复议工作的人员应当取得法律职业资格',
  },
};
