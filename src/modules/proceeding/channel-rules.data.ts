import { CHANNEL_VALUES, type ChannelRuleSeed } from '../matter';

/**
 * Time limits not tied to a matter: court linkage (delegated and entrusted
 * mediation, judicial confirmation) and the center's own referral-response
 * rule. Figures per /work/shared/domain/deadlines.md. legalBasis is shown to
 * parties (in deadline rules) and carries no verification marks; what
 * deadlines.md marks (verify) is said in `unverified`, for administrators.
 *
 * Lookup key: (channel, kind). The court-linkage rules apply to MEDIATION;
 * REFERRAL_RESPONSE is configured once per channel (same 3 working days for
 * every channel today, so that an administrator can change one channel alone).
 */
export const CHANNEL_RULES: ChannelRuleSeed[] = [
  {
    channel: 'MEDIATION',
    kind: 'COURT_DELEGATED',
    limit: {
      amount: 30,
      unit: 'CALENDAR_DAYS',
      startsFrom: 'ACCEPTANCE',
      pauseReasons: [],
      maxExtension: null,
      extensible: true,
      legalBasis: '人民法院诉前调解工作规范：诉前委派调解期限为30日，经各方当事人同意可以延长（无固定上限）',
      action: '完成诉前委派调解',
    },
    unverified: '诉前委派调解30日期限依据人民法院工作规范，待核实具体文件名称和条款',
  },
  {
    channel: 'MEDIATION',
    kind: 'COURT_ENTRUSTED',
    limit: {
      amount: 15,
      unit: 'CALENDAR_DAYS',
      startsFrom: 'ACCEPTANCE',
      pauseReasons: [],
      maxExtension: null,
      extensible: true,
      legalBasis: '人民法院委托调解工作规范：立案后委托调解，适用普通程序的期限为15日；经双方当事人共同同意可以延长',
      action: '完成委托调解',
    },
    unverified: '委托调解15日期限及经双方当事人共同同意延长：取自二手资料，待核实具体文件名称和条款',
  },
  {
    channel: 'MEDIATION',
    kind: 'COURT_ENTRUSTED_SIMPLE',
    limit: {
      amount: 7,
      unit: 'CALENDAR_DAYS',
      startsFrom: 'ACCEPTANCE',
      pauseReasons: [],
      maxExtension: null,
      extensible: true,
      legalBasis: '人民法院委托调解工作规范：立案后委托调解，适用简易程序的期限为7日；经双方当事人共同同意可以延长',
      action: '完成委托调解',
    },
    unverified: '委托调解（简易程序）7日期限及经双方当事人共同同意延长：取自二手资料，待核实具体文件名称和条款',
  },
  {
    channel: 'MEDIATION',
    kind: 'JC_APPLICATION',
    limit: {
      amount: 30,
      unit: 'CALENDAR_DAYS',
      startsFrom: 'AGREEMENT_EFFECTIVE',
      pauseReasons: [],
      maxExtension: null,
      extensible: false,
      legalBasis: '《中华人民共和国人民调解法》第三十三条；《中华人民共和国民事诉讼法》（2023年修正）第二百零五条：双方当事人自调解协议生效之日起三十日内共同向人民法院申请司法确认',
      action: '申请司法确认',
    },
    unverified: '《民事诉讼法》（2023年修正）第二百零五条的条文序号待核实',
  },
  {
    channel: 'MEDIATION',
    kind: 'JC_ACCEPTANCE',
    limit: {
      amount: 3,
      unit: 'CALENDAR_DAYS',
      startsFrom: 'RECEIPT',
      pauseReasons: [],
      maxExtension: null,
      extensible: false,
      legalBasis: '《中华人民共和国民事诉讼法》（2023年修正）第二百零五条、第二百零六条及司法确认程序相关司法解释：人民法院收到申请后三日内决定是否受理',
      action: '决定是否受理司法确认申请',
    },
    unverified: '《民事诉讼法》（2023年修正）第二百零五条、第二百零六条的条文序号，及三日内决定是否受理所依据的司法解释条款，待核实',
  },
  {
    channel: 'MEDIATION',
    kind: 'JC_DECISION',
    limit: {
      amount: 15,
      unit: 'CALENDAR_DAYS',
      startsFrom: 'ACCEPTANCE',
      pauseReasons: [],
      maxExtension: 10,
      extensible: true,
      legalBasis: '《中华人民共和国民事诉讼法》（2023年修正）第二百零六条及司法确认程序相关司法解释：自受理之日起十五日内作出是否确认的决定；因特殊情况需要延长的，经本院院长批准可以延长十日',
      action: '作出是否确认的裁定',
    },
    unverified: '《民事诉讼法》（2023年修正）第二百零六条的条文序号，及十五日、延长十日所依据的司法解释条款，待核实',
  },
  ...CHANNEL_VALUES.map((channel): ChannelRuleSeed => ({
    channel,
    kind: 'REFERRAL_RESPONSE',
    limit: {
      amount: 3,
      unit: 'WORKING_DAYS',
      startsFrom: 'RECEIPT',
      pauseReasons: [],
      maxExtension: null,
      extensible: false,
      legalBasis: '本中心转办规则（系统配置，可按转办类型调整）：接收单位自收到转办、交办、委派、委托之日起3个工作日内签收或者退回',
      action: '签收或者退回',
    },
  })),
];
