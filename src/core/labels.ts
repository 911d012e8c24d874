/**
 * Chinese display labels for every enum of the contract: one table per enum.
 *
 * The same value must read the same everywhere (timeline summaries, generated
 * documents, the frontdesk and partner clients), so each enum has exactly one
 * label table here, and `Record<Enum, string>` makes the compiler refuse a
 * value without a label. Labels follow the standard Chinese legal and
 * administrative terms of the center (杭州市社会矛盾纠纷调处化解中心); those that
 * timeline summaries already printed are reused verbatim.
 *
 * This file imports only from './enums' so that any module (and the schema
 * build) may use it without pulling in services.
 */
import {
  Channel,
  ClockStart,
  DeadlineAlertType,
  DeadlineKind,
  DeadlineState,
  DisputeCategory,
  DisputeEventType,
  DisputeSource,
  DisputeStatus,
  ErrorCode,
  ExpertChallengeStatus,
  ExpertDrawStatus,
  ExpertRelationshipKind,
  ExpertSeatStatus,
  ExtensionBasis,
  FieldErrorCode,
  FeedScope,
  FormFieldType,
  IdType,
  JudicialConfirmationDecision,
  JudicialConfirmationStatus,
  OrganizationKind,
  OutcomeKind,
  PartyKind,
  PartyRole,
  PauseReason,
  ProcedureTrack,
  ProceedingStatus,
  ReferralKind,
  ReferralStatus,
  MaterialStatus,
  MaterialReceipt,
  FileOrigin,
  DocumentKind,
  DocumentStatus,
  ServiceMethod,
  ServiceSigner,
  ServiceEvidenceKind,
  TypicalCaseStatus,
  TypicalCaseAction,
  TypicalCaseSection,
  AnonymizationReason,
  QualificationKind,
  ComplianceIssueCode,
  FollowUpMethod,
  FollowUpStatus,
  PerformanceStatus,
  ReviewCampaignKind,
  ReviewCampaignStatus,
  ReviewCheckStatus,
  ReviewCheckCode,
  ReviewRound,
  ReviewGrade,
  ReviewItemGroup,
  ReviewReportFormat,
  ReferralUpdateType,
  Role,
  TimeUnit,
} from './enums';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  FRONTDESK: '窗口受理',
  HANDLER: '承办人员',
  COURT_LIAISON: '法院联络员',
  REVIEWER: '评查人员',
  ADMIN: '系统管理员',
  HEAD: '负责人',
};

/** Same words as the timeline's channel names. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  ADJUDICATION: '行政裁决',
  MEDIATION: '调解',
  ARBITRATION: '仲裁',
  NOTARIZATION: '公证',
  JUDICIAL_APPRAISAL: '司法鉴定',
  PETITION: '信访',
  RECONSIDERATION: '行政复议',
  LITIGATION: '诉讼',
};

export const ORGANIZATION_KIND_LABELS: Readonly<Record<OrganizationKind, string>> = {
  DISPUTE_CENTER: '社会矛盾纠纷调处化解中心',
  JUSTICE_BUREAU: '司法行政机关',
  ADJUDICATION_AUTHORITY: '行政裁决机关',
  PEOPLES_MEDIATION_COMMITTEE: '人民调解委员会',
  INDUSTRY_MEDIATION_ORG: '行业性专业性调解组织',
  LAWYER_MEDIATION_STUDIO: '律师调解工作室',
  ARBITRATION_COMMISSION: '仲裁委员会',
  LABOR_ARBITRATION_COMMISSION: '劳动人事争议仲裁委员会',
  NOTARY_OFFICE: '公证机构',
  APPRAISAL_INSTITUTION: '司法鉴定机构',
  PETITION_BUREAU: '信访工作机构',
  RECONSIDERATION_OFFICE: '行政复议机构',
  COURT: '人民法院',
};

export const TIME_UNIT_LABELS: Readonly<Record<TimeUnit, string>> = {
  CALENDAR_DAYS: '自然日',
  WORKING_DAYS: '工作日',
  MONTHS: '月',
};

/** Same words as the clock's rule descriptions (自{start}之日起 …). */
export const CLOCK_START_LABELS: Readonly<Record<ClockStart, string>> = {
  RECEIPT: '收到申请',
  ACCEPTANCE: '受理',
  TRIBUNAL_FORMED: '仲裁庭组成',
  AGREEMENT_EFFECTIVE: '调解协议生效',
};

/** Same words as the timeline's pause summaries (因{reason}中止计时). */
export const PAUSE_REASON_LABELS: Readonly<Record<PauseReason, string>> = {
  MATERIALS_SUPPLEMENT: '补正材料',
  EXPERT_REVIEW: '专家评审',
  INSPECTION_OR_APPRAISAL: '检验、检测、鉴定',
  PUBLIC_NOTICE: '公告',
  HEARING: '听证',
  VERIFICATION: '核实',
  SAMPLE_COLLECTION: '补充鉴定材料（样本）',
  FORCE_MAJEURE: '不可抗力',
  SUSPENSION: '中止',
};

export const FORM_FIELD_TYPE_LABELS: Readonly<Record<FormFieldType, string>> = {
  TEXT: '单行文本',
  TEXTAREA: '多行文本',
  DATE: '日期',
  NUMBER: '数字',
  MONEY: '金额（元）',
  SELECT: '下拉选择',
  ID_NUMBER: '证件号码',
  PHONE: '联系电话',
  FILE: '附件',
};

/** Same words as the deadline alerts ({kind}即将届满 / 已届满未完成). */
export const DEADLINE_KIND_LABELS: Readonly<Record<DeadlineKind, string>> = {
  ACCEPTANCE: '受理审查期限',
  HANDLING: '办理期限',
  REFERRAL_RESPONSE: '转办答复期限',
  JUDICIAL_CONFIRMATION_APPLICATION: '司法确认申请期限',
  JUDICIAL_CONFIRMATION_ACCEPTANCE: '司法确认立案期限',
  JUDICIAL_CONFIRMATION_DECISION: '司法确认审查期限',
  SERVICE: '文书送达期限',
  ANSWER: '答辩期限',
  SUPPLEMENT: '补正期限',
  FOLLOW_UP: '回访期限',
};

export const DEADLINE_STATE_LABELS: Readonly<Record<DeadlineState, string>> = {
  ON_TRACK: '正常计时',
  DUE_SOON: '即将届满',
  OVERDUE: '已超期',
  PAUSED: '中止计时',
  MET: '按期完成',
  MISSED: '超期完成',
};

export const DISPUTE_CATEGORY_LABELS: Readonly<Record<DisputeCategory, string>> = {
  GOVERNMENT_PROCUREMENT: '政府采购投诉',
  PATENT_INFRINGEMENT: '专利侵权纠纷',
  LAND_OWNERSHIP: '土地权属争议',
  CONTRACT: '合同纠纷',
  LABOR: '劳动人事争议',
  NEIGHBORHOOD: '邻里纠纷',
  FAMILY: '婚姻家庭纠纷',
  PROPERTY_MANAGEMENT: '物业服务纠纷',
  CONSUMER: '消费纠纷',
  CONSTRUCTION: '建设工程纠纷',
  MEDICAL: '医疗纠纷',
  TRAFFIC: '道路交通事故纠纷',
  OTHER: '其他纠纷',
};

export const DISPUTE_SOURCE_LABELS: Readonly<Record<DisputeSource, string>> = {
  WALK_IN: '窗口来访',
  ONLINE: '网上申请',
  HOTLINE: '热线电话',
  PETITION: '信访转入',
  COURT: '法院移送',
  GRID_INSPECTION: '网格排查',
  OTHER: '其他来源',
};

export const DISPUTE_STATUS_LABELS: Readonly<Record<DisputeStatus, string>> = {
  AWAITING_ROUTING: '待分流',
  REFERRED: '已转办',
  IN_PROGRESS: '办理中',
  RESOLVED: '已化解',
  CLOSED: '已办结归档',
  WITHDRAWN: '已撤回',
};

export const PARTY_ROLE_LABELS: Readonly<Record<PartyRole, string>> = {
  APPLICANT: '申请人',
  RESPONDENT: '被申请人',
  THIRD_PARTY: '第三人',
};

export const PARTY_KIND_LABELS: Readonly<Record<PartyKind, string>> = {
  PERSON: '自然人',
  ORGANIZATION: '法人或非法人组织',
};

export const ID_TYPE_LABELS: Readonly<Record<IdType, string>> = {
  RESIDENT_ID: '居民身份证',
  USCC: '统一社会信用代码',
  PASSPORT: '护照',
  HK_MACAO_PERMIT: '港澳居民来往内地通行证',
  TAIWAN_PERMIT: '台湾居民来往大陆通行证',
  FOREIGN_PERMANENT_RESIDENT_ID: '外国人永久居留身份证',
  OTHER: '其他证件',
};

/** Same words as the timeline's referral verbs (转办至 …). */
export const REFERRAL_KIND_LABELS: Readonly<Record<ReferralKind, string>> = {
  TRANSFER: '转办',
  ASSIGN: '交办',
  COURT_DELEGATED: '委派调解',
  COURT_ENTRUSTED: '委托调解',
};

export const REFERRAL_STATUS_LABELS: Readonly<Record<ReferralStatus, string>> = {
  PENDING: '待接收',
  ACCEPTED: '已接收',
  DECLINED: '已退回',
  CANCELLED: '已撤回',
  COMPLETED: '已办结',
};

export const PROCEEDING_STATUS_LABELS: Readonly<Record<ProceedingStatus, string>> = {
  ACCEPTANCE_REVIEW: '受理审查',
  IN_PROGRESS: '办理中',
  PAUSED: '中止计时',
  CONCLUDED: '已办结',
  NOT_ACCEPTED: '不予受理',
};

export const PROCEDURE_TRACK_LABELS: Readonly<Record<ProcedureTrack, string>> = {
  ORDINARY: '普通程序',
  SIMPLIFIED: '简易程序',
};

export const EXTENSION_BASIS_LABELS: Readonly<Record<ExtensionBasis, string>> = {
  HEAD_APPROVAL: '经负责人批准',
  PARTIES_CONSENT: '经当事人同意',
  INSTITUTION_RULES: '依机构规则',
};

/** Same words as the timeline's conclusion summaries (办结：{outcome}). */
export const OUTCOME_KIND_LABELS: Readonly<Record<OutcomeKind, string>> = {
  AGREEMENT: '达成调解协议',
  MEDIATION_FAILED: '调解不成',
  DECISION: '作出决定',
  AWARD: '作出仲裁裁决',
  CERTIFICATE: '出具公证书',
  APPRAISAL_OPINION: '出具鉴定意见',
  REPLY: '作出信访答复',
  HANDLING_OPINION: '提出处理意见',
  JUDGMENT: '作出判决（调解书）',
  DISMISSED: '驳回',
  WITHDRAWN: '撤回',
  TERMINATED: '终止',
};

export const JUDICIAL_CONFIRMATION_STATUS_LABELS: Readonly<Record<JudicialConfirmationStatus, string>> = {
  PENDING: '待立案',
  ACCEPTED: '已立案审查',
  CONFIRMED: '已确认有效',
  REJECTED: '已驳回申请',
  NOT_ACCEPTED: '不予受理',
  WITHDRAWN: '已撤回申请',
};

export const JUDICIAL_CONFIRMATION_DECISION_LABELS: Readonly<Record<JudicialConfirmationDecision, string>> = {
  CONFIRM: '确认调解协议有效',
  REJECT: '驳回司法确认申请',
};

export const DISPUTE_EVENT_TYPE_LABELS: Readonly<Record<DisputeEventType, string>> = {
  REGISTERED: '登记纠纷',
  REFERRED: '分流转办',
  REFERRAL_ACCEPTED: '接收转办',
  REFERRAL_DECLINED: '退回转办',
  REFERRAL_CANCELLED: '撤回转办',
  PROCEEDING_ADMITTED: '受理',
  PROCEEDING_NOT_ACCEPTED: '不予受理',
  PROCEEDING_ASSIGNED: '指定承办人',
  JUDICIAL_CONFIRMATION_NOT_ACCEPTED: '司法确认不予受理',
  PAUSED: '中止计时',
  RESUMED: '恢复计时',
  EXTENDED: '延长期限',
  CONCLUDED: '办结',
  JUDICIAL_CONFIRMATION_REQUESTED: '申请司法确认',
  JUDICIAL_CONFIRMATION_ACCEPTED: '司法确认立案',
  JUDICIAL_CONFIRMATION_DECIDED: '司法确认裁定',
  DEADLINE_DUE_SOON: '期限即将届满',
  DEADLINE_OVERDUE: '期限届满未完成',
  CLOSED: '办结归档',
  WITHDRAWN: '申请人撤回',
  FILE_UPLOADED: '上传材料',
  MATERIAL_RECORDED: '登记材料',
  DOCUMENT_ISSUED: '制发文书',
  DOCUMENT_SERVED: '送达文书',
  NOTICE_ACKNOWLEDGED: '当事人确认已告知',
  DECISION_WITHOUT_DOCUMENT: '决定未在系统内制作',
  ANSWER_RECEIVED: '收到答辩状',
  HANDLERS_CHANGED: '确定承办人',
  EXPERTS_DRAWN: '抽取专家',
  EXPERTS_REDRAWN: '重新抽取专家',
  EXPERT_DECLARED: '专家声明无利害关系',
  EXPERT_WITHDREW: '专家回避',
  EXPERT_CHALLENGED: '当事人申请专家回避',
  EXPERT_CHALLENGE_DECIDED: '回避申请决定',
  EXPERT_RATED: '专家评价',
  FOLLOW_UP_ATTEMPTED: '回访未联系上',
  FOLLOW_UP_RECORDED: '回访记录',
  FOLLOW_UP_CLOSED: '回访终结',
};

export const REFERRAL_UPDATE_TYPE_LABELS: Readonly<Record<ReferralUpdateType, string>> = {
  CREATED: '发起转办',
  ACCEPTED: '已接收',
  DECLINED: '已退回',
  CANCELLED: '已撤回',
  COMPLETED: '已办结',
};

export const DEADLINE_ALERT_TYPE_LABELS: Readonly<Record<DeadlineAlertType, string>> = {
  DUE_SOON: '即将届满',
  OVERDUE: '已超期',
};

export const FEED_SCOPE_LABELS: Readonly<Record<FeedScope, string>> = {
  OWN_ORGANIZATION: '本单位',
  ALL: '全部',
};

export const ERROR_CODE_LABELS: Readonly<Record<ErrorCode, string>> = {
  VALIDATION_FAILED: '输入校验未通过',
  NOT_FOUND: '记录不存在',
  INVALID_TRANSITION: '当前状态不允许此操作',
  VERSION_CONFLICT: '记录已被他人修改，请刷新后重试',
  INVALID_CREDENTIALS: '用户名或密码错误',
  EXTENSION_NOT_ALLOWED: '期限不得延长或超出可延长上限',
  LOGIN_THROTTLED: '登录失败次数过多，请稍后再试',
  INSUFFICIENT_EXPERTS: '无利害关系的可用专家不足',
  HANDLER_RULES_NOT_MET: '承办人员配备不符合规定',
};

export const EXPERT_DRAW_STATUS_LABELS: Readonly<Record<ExpertDrawStatus, string>> = {
  IN_FORCE: '有效',
  SUPERSEDED: '已重新抽取',
};

export const EXPERT_SEAT_STATUS_LABELS: Readonly<Record<ExpertSeatStatus, string>> = {
  SEATED: '抽中待声明',
  DECLARED: '已声明无利害关系',
  ALTERNATE: '备选',
  WITHDRAWN: '已回避',
  RECUSED: '回避申请成立',
};

export const EXPERT_RELATIONSHIP_KIND_LABELS: Readonly<Record<ExpertRelationshipKind, string>> = {
  FORMER_EMPLOYER: '近三年任职单位',
  ORGANIZATION: '近三年担任董事、监事或控股等关系的单位',
  RELATIVE_ORGANIZATION: '近亲属任职或代表的单位',
  OTHER: '其他可能影响公正的关系',
};

export const EXPERT_CHALLENGE_STATUS_LABELS: Readonly<Record<ExpertChallengeStatus, string>> = {
  PENDING: '待决定',
  UPHELD: '回避申请成立',
  DISMISSED: '回避申请驳回',
};

export const FIELD_ERROR_CODE_LABELS: Readonly<Record<FieldErrorCode, string>> = {
  REQUIRED: '必填',
  TOO_SHORT: '过短',
  TOO_LONG: '过长',
  CONTROL_CHARACTERS: '含有控制字符',
  INVALID_ID_NUMBER: '身份证号码无效',
  INVALID_CREDIT_CODE: '统一社会信用代码无效',
  INVALID_PHONE: '电话号码无效',
  INVALID_AMOUNT: '金额无效',
  UNKNOWN_REGION: '未知的行政区划',
  NOT_FOUND: '所选记录不存在',
  TAKEN: '已被使用',
  INVALID_FORMAT: '格式不正确',
  PERSONAL_DATA: '不得包含个人信息',
  INVALID: '不符合要求',
};

export const MATERIAL_STATUS_LABELS: Readonly<Record<MaterialStatus, string>> = {
  RECEIVED: '已收取',
  MISSING: '缺少',
  NOT_APPLICABLE: '不适用',
};

export const MATERIAL_RECEIPT_LABELS: Readonly<Record<MaterialReceipt, string>> = {
  FILE: '电子文件',
  PAPER_ORIGINAL: '已收纸质原件',
};

export const FILE_ORIGIN_LABELS: Readonly<Record<FileOrigin, string>> = {
  UPLOAD: '上传',
  GENERATED: '系统生成',
};

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  NOTICE_OF_RIGHTS: '告知书',
  MATERIALS_RECEIPT: '材料接收凭证',
  SUPPLEMENT_NOTICE: '补正通知书',
  ACCEPTANCE_NOTICE: '受理通知书',
  NON_ACCEPTANCE_DECISION: '不予受理决定书',
  ANSWER_NOTICE: '答辩通知书',
  SUSPENSION_NOTICE: '中止审理通知书',
  RESUMPTION_NOTICE: '恢复审理通知书',
  EXTENSION_NOTICE: '延期通知书',
  DECISION: '处理决定书',
  MEDIATION_AGREEMENT: '调解协议书',
  REFERRAL_LETTER: '转办函',
  SERVICE_RECEIPT: '送达回证',
};

export const DOCUMENT_STATUS_LABELS: Readonly<Record<DocumentStatus, string>> = {
  ISSUED: '已制发',
  SUPERSEDED: '已被更正版本取代',
};

export const SERVICE_METHOD_LABELS: Readonly<Record<ServiceMethod, string>> = {
  DIRECT: '直接送达',
  LEFT_AT_RESIDENCE: '留置送达',
  ELECTRONIC: '电子送达',
  POSTAL: '邮寄送达',
  PUBLIC_NOTICE: '公告送达',
  ENTRUSTED: '委托送达',
};

export const SERVICE_SIGNER_LABELS: Readonly<Record<ServiceSigner, string>> = {
  RECIPIENT: '受送达人本人',
  ADULT_FAMILY_MEMBER: '同住成年家属',
  ORGANIZATION_OFFICE: '单位收发部门',
  AGENT: '诉讼代理人',
  DESIGNATED_RECIPIENT: '指定代收人',
};

export const SERVICE_EVIDENCE_KIND_LABELS: Readonly<Record<ServiceEvidenceKind, string>> = {
  SIGNED_RECEIPT: '签收的送达回证',
  PHOTO_OR_VIDEO: '留置送达照片或录像',
  WITNESS_SIGNATURE: '见证人签名',
  POSTAL_RECEIPT: '邮寄回执',
  ADDRESS_CONFIRMATION: '送达地址确认书',
  DELIVERY_RECORD: '电子送达记录',
  PUBLIC_NOTICE: '公告及张贴照片',
  OTHER: '其他',
};

export const TYPICAL_CASE_STATUS_LABELS: Readonly<Record<TypicalCaseStatus, string>> = {
  DRAFT: '草稿',
  SUBMITTED: '待审批',
  PUBLISHED: '已发布',
  WITHDRAWN: '已撤回',
};

export const TYPICAL_CASE_ACTION_LABELS: Readonly<Record<TypicalCaseAction, string>> = {
  DRAFT: '起草',
  UPDATE: '修改',
  SUBMIT: '提交审批',
  RETURN: '退回修改',
  APPROVE: '批准发布',
  WITHDRAW: '撤回',
};

export const TYPICAL_CASE_SECTION_LABELS: Readonly<Record<TypicalCaseSection, string>> = {
  TITLE: '标题',
  FACTS: '基本案情',
  OUTCOME: '处理结果',
  SIGNIFICANCE: '典型意义',
};

export const ANONYMIZATION_REASON_LABELS: Readonly<Record<AnonymizationReason, string>> = {
  PERSON_NAME: '当事人姓名',
  DETECTED_PERSON_NAME: '其他人员姓名',
  ORGANIZATION_NAME: '当事单位名称',
  ID_NUMBER: '身份证件号码',
  PHONE: '电话号码',
  BANK_ACCOUNT: '银行账号',
  PLATE_NUMBER: '车牌号码',
  PROPERTY_CERTIFICATE: '不动产权证号',
  ADDRESS: '住址',
};

export const QUALIFICATION_KIND_LABELS: Readonly<Record<QualificationKind, string>> = {
  LEGAL_PROFESSION: '法律职业资格',
  LAW_ENFORCEMENT: '行政执法证',
  LEGAL_ADVISER: '法律顾问',
  PUBLIC_LAWYER: '公职律师',
};

export const COMPLIANCE_ISSUE_CODE_LABELS: Readonly<Record<ComplianceIssueCode, string>> = {
  TOO_FEW_HANDLERS: '承办人数不足',
  LEGAL_QUALIFICATION_MISSING: '承办人缺少法律职业资格',
};

export const FOLLOW_UP_STATUS_LABELS: Readonly<Record<FollowUpStatus, string>> = {
  OPEN: '待回访',
  VISITED: '已回访',
  UNREACHABLE: '未联系上（已终结）',
  CANCELLED: '已取消',
};

export const FOLLOW_UP_METHOD_LABELS: Readonly<Record<FollowUpMethod, string>> = {
  PHONE: '电话回访',
  VISIT: '上门回访',
  SMS: '短信回访',
  ONLINE: '网络回访',
  LETTER: '信函回访',
  IN_PERSON: '当面回访',
};

export const PERFORMANCE_STATUS_LABELS: Readonly<Record<PerformanceStatus, string>> = {
  PERFORMED: '已履行',
  PARTLY: '部分履行',
  NOT_PERFORMED: '未履行',
  NOT_APPLICABLE: '无需履行',
};

export const REVIEW_CAMPAIGN_KIND_LABELS: Readonly<Record<ReviewCampaignKind, string>> = {
  SELF_INSPECTION: '自查',
  CROSS_REVIEW: '交叉评查',
  SPOT_CHECK: '抽查',
};

export const REVIEW_CAMPAIGN_STATUS_LABELS: Readonly<Record<ReviewCampaignStatus, string>> = {
  DRAFT: '草拟',
  IN_PROGRESS: '评查中',
  REPORTED: '已报送',
  CANCELLED: '已取消',
};

export const REVIEW_CHECK_STATUS_LABELS: Readonly<Record<ReviewCheckStatus, string>> = {
  PASS: '符合',
  FAIL: '不符合',
  NOT_APPLICABLE: '不适用',
  NOT_RECORDED: '未记录',
};

export const REVIEW_CHECK_CODE_LABELS: Readonly<Record<ReviewCheckCode, string>> = {
  REQUIRED_DOCUMENTS: '应有法律文书齐全',
  CLOCK_ACCEPTANCE: '按期受理',
  CLOCK_HANDLING: '按期办结',
  CLOCK_ANSWER: '答辩期限届满后作出处理',
  CLOCK_SERVICE: '按期送达',
  DATE_ORDER: '程序日期顺序',
  SERVICE_PROOF: '送达凭证与送达方式相符',
  LEFT_AT_RESIDENCE_RECORD: '留置送达有见证或记录',
  DECISION_PARTS: '决定书必备内容',
  LEGAL_BASIS_ARTICLE: '法律依据引至条款',
  REMEDY_NOTICE: '救济途径告知',
  TWO_HANDLERS: '承办人不少于二人',
  HANDLERS_QUALIFIED: '承办人具备资格',
  EXTENSIONS_IN_TIME: '延期在期限届满前批准',
};

export const REVIEW_ROUND_LABELS: Readonly<Record<ReviewRound, string>> = {
  FIRST: '初评',
  EXPERT: '专家复评',
};

export const REVIEW_GRADE_LABELS: Readonly<Record<ReviewGrade, string>> = {
  EXCELLENT: '优秀',
  GOOD: '良好',
  QUALIFIED: '合格',
  UNQUALIFIED: '不合格',
};

export const REVIEW_ITEM_GROUP_LABELS: Readonly<Record<ReviewItemGroup, string>> = {
  FORM: '卷面',
  SUBSTANCE: '内容',
};

export const REVIEW_REPORT_FORMAT_LABELS: Readonly<Record<ReviewReportFormat, string>> = {
  PDF: 'PDF 文件',
  DOCX: 'Word 文件',
};

/** Every enum's labels by its GraphQL enum name, for clients (one server-side table). */
export const ENUM_LABELS = {
  Role: ROLE_LABELS,
  Channel: CHANNEL_LABELS,
  OrganizationKind: ORGANIZATION_KIND_LABELS,
  TimeUnit: TIME_UNIT_LABELS,
  ClockStart: CLOCK_START_LABELS,
  PauseReason: PAUSE_REASON_LABELS,
  FormFieldType: FORM_FIELD_TYPE_LABELS,
  DeadlineKind: DEADLINE_KIND_LABELS,
  DeadlineState: DEADLINE_STATE_LABELS,
  DisputeCategory: DISPUTE_CATEGORY_LABELS,
  DisputeSource: DISPUTE_SOURCE_LABELS,
  DisputeStatus: DISPUTE_STATUS_LABELS,
  PartyRole: PARTY_ROLE_LABELS,
  PartyKind: PARTY_KIND_LABELS,
  IdType: ID_TYPE_LABELS,
  ReferralKind: REFERRAL_KIND_LABELS,
  ReferralStatus: REFERRAL_STATUS_LABELS,
  ProceedingStatus: PROCEEDING_STATUS_LABELS,
  ProcedureTrack: PROCEDURE_TRACK_LABELS,
  ExtensionBasis: EXTENSION_BASIS_LABELS,
  OutcomeKind: OUTCOME_KIND_LABELS,
  JudicialConfirmationStatus: JUDICIAL_CONFIRMATION_STATUS_LABELS,
  JudicialConfirmationDecision: JUDICIAL_CONFIRMATION_DECISION_LABELS,
  DisputeEventType: DISPUTE_EVENT_TYPE_LABELS,
  ReferralUpdateType: REFERRAL_UPDATE_TYPE_LABELS,
  DeadlineAlertType: DEADLINE_ALERT_TYPE_LABELS,
  FeedScope: FEED_SCOPE_LABELS,
  ErrorCode: ERROR_CODE_LABELS,
  FieldErrorCode: FIELD_ERROR_CODE_LABELS,
  MaterialStatus: MATERIAL_STATUS_LABELS,
  MaterialReceipt: MATERIAL_RECEIPT_LABELS,
  FileOrigin: FILE_ORIGIN_LABELS,
  DocumentKind: DOCUMENT_KIND_LABELS,
  DocumentStatus: DOCUMENT_STATUS_LABELS,
  ServiceMethod: SERVICE_METHOD_LABELS,
  ServiceSigner: SERVICE_SIGNER_LABELS,
  ExpertDrawStatus: EXPERT_DRAW_STATUS_LABELS,
  ExpertSeatStatus: EXPERT_SEAT_STATUS_LABELS,
  ExpertRelationshipKind: EXPERT_RELATIONSHIP_KIND_LABELS,
  ExpertChallengeStatus: EXPERT_CHALLENGE_STATUS_LABELS,
  ServiceEvidenceKind: SERVICE_EVIDENCE_KIND_LABELS,
  TypicalCaseStatus: TYPICAL_CASE_STATUS_LABELS,
  TypicalCaseAction: TYPICAL_CASE_ACTION_LABELS,
  TypicalCaseSection: TYPICAL_CASE_SECTION_LABELS,
  AnonymizationReason: ANONYMIZATION_REASON_LABELS,
  QualificationKind: QUALIFICATION_KIND_LABELS,
  ComplianceIssueCode: COMPLIANCE_ISSUE_CODE_LABELS,
  FollowUpStatus: FOLLOW_UP_STATUS_LABELS,
  FollowUpMethod: FOLLOW_UP_METHOD_LABELS,
  PerformanceStatus: PERFORMANCE_STATUS_LABELS,
  ReviewCampaignKind: REVIEW_CAMPAIGN_KIND_LABELS,
  ReviewCampaignStatus: REVIEW_CAMPAIGN_STATUS_LABELS,
  ReviewCheckStatus: REVIEW_CHECK_STATUS_LABELS,
  ReviewCheckCode: REVIEW_CHECK_CODE_LABELS,
  ReviewRound: REVIEW_ROUND_LABELS,
  ReviewGrade: REVIEW_GRADE_LABELS,
  ReviewItemGroup: REVIEW_ITEM_GROUP_LABELS,
  ReviewReportFormat: REVIEW_REPORT_FORMAT_LABELS,
} as const satisfies Record<string, Readonly<Record<string, string>>>;

export type LabelledEnum = keyof typeof ENUM_LABELS;
