import { Channel, DocumentKind, TimeUnit } from '../../core/enums';
import type { RoleWords } from './document-fields';
import type { DocumentSection } from './document-template.entity';

/**
 * The legal-document templates the hub ships (the hub's defaults, organization null):
 * every kind for the three demonstration matters, the mediation channel's own, and a
 * fallback per kind for every other case. Loaded into document_template on every start
 * (document-reference.ts); an administrator's newer version is never overwritten.
 *
 * Texts follow the layout of Chinese legal documents: the salutation (the recipient,
 * ending with a full-width colon) flush left, paragraphs indented two characters, the
 * issuing organization, date and seal printed by the renderer after the last section.
 * Articles are cited only where the text of the law was checked (domain notes); other
 * sentences name the regulation without an article. Placeholders: document-fields.ts.
 */
export interface ShippedTemplate {
  kind: DocumentKind;
  matterCode: string | null;
  channel: Channel | null;
  title: string;
  sections: DocumentSection[];
}

/** How each demonstration matter (and the mediation channel) calls its parties, and the respondent's time to answer. */
export interface MatterWords extends RoleWords {
  answerPeriod: { amount: number; unit: TimeUnit };
}

export const DEFAULT_WORDS: MatterWords = { APPLICANT: '申请人', RESPONDENT: '被申请人', THIRD_PARTY: '第三人', answerPeriod: { amount: 15, unit: TimeUnit.CALENDAR_DAYS } };

export const MATTER_WORDS: Readonly<Record<string, MatterWords>> = {
  // 财政部令第94号: the respondent explains in writing within 5 working days of receiving the copy of the complaint.
  'GOV-PROCUREMENT-COMPLAINT': { APPLICANT: '投诉人', RESPONDENT: '被投诉人', THIRD_PARTY: '相关当事人', answerPeriod: { amount: 5, unit: TimeUnit.WORKING_DAYS } },
  // 专利行政执法办法: the respondent answers within 15 days of receiving the copy of the request.
  'PATENT-INFRINGEMENT': { APPLICANT: '请求人', RESPONDENT: '被请求人', THIRD_PARTY: '第三人', answerPeriod: { amount: 15, unit: TimeUnit.CALENDAR_DAYS } },
  // 土地权属争议调查处理办法: the respondent answers within 30 days of receiving the copy of the application.
  'LAND-OWNERSHIP': { APPLICANT: '申请人', RESPONDENT: '被申请人', THIRD_PARTY: '第三人', answerPeriod: { amount: 30, unit: TimeUnit.CALENDAR_DAYS } },
};

export const CHANNEL_WORDS: Readonly<Partial<Record<Channel, MatterWords>>> = {
  MEDIATION: { APPLICANT: '申请人', RESPONDENT: '被申请人', THIRD_PARTY: '第三人', answerPeriod: { amount: 15, unit: TimeUnit.CALENDAR_DAYS } },
};

export function wordsFor(matterCode: string | null | undefined, channel: Channel | null | undefined): MatterWords {
  return (matterCode && MATTER_WORDS[matterCode]) || (channel && CHANNEL_WORDS[channel]) || DEFAULT_WORDS;
}

function sec(text: string, heading: string | null = null): DocumentSection {
  return { heading, text };
}

const ACKNOWLEDGEMENT = sec('本人（单位）已收到本告知书，知悉上述内容。\n当事人签名（盖章）：____________　　　　年　　月　　日', '当事人确认');
const CONTACT = sec('联系人：____________　　联系电话：____________');

// ---------------------------------------------------------------- per-scope wording

/** What differs between the matters in texts that are otherwise alike. */
interface Scope {
  matterCode: string | null;
  channel: Channel | null;
  /** The application's name (投诉书, 请求书, 申请书). */
  application: string;
  /** What the organization is doing (投诉处理, 处理, 调查处理, 审理). */
  handling: string;
}

const G: Scope = { matterCode: null, channel: null, application: '申请书', handling: '审理' };
const P: Scope = { matterCode: 'GOV-PROCUREMENT-COMPLAINT', channel: null, application: '投诉书', handling: '处理' };
const T: Scope = { matterCode: 'PATENT-INFRINGEMENT', channel: null, application: '请求书', handling: '处理' };
const L: Scope = { matterCode: 'LAND-OWNERSHIP', channel: null, application: '申请书', handling: '调查处理' };
const M: Scope = { matterCode: null, channel: Channel.MEDIATION, application: '调解申请', handling: '调解' };

function t(scope: Scope, kind: DocumentKind, title: string, sections: DocumentSection[]): ShippedTemplate {
  return { kind, matterCode: scope.matterCode, channel: scope.channel, title, sections };
}

const K = DocumentKind;

// ---------------------------------------------------------------- 告知书

const WAYS_NOTES =
  '上述期限是法律、法规或者有关规定确定的期限。请你（单位）在期限内选择途径并提出申请，逾期可能丧失相应的权利。\n选择调解的，调解不收取费用；调解达成协议的，当事人可以依法申请司法确认。调解不成的，不影响你（单位）依法通过其他途径主张权利。';

function noticeOfRights(scope: Scope, notes: string): ShippedTemplate {
  return t(scope, K.NOTICE_OF_RIGHTS, '纠纷化解途径告知书', [
    sec(
      '{{applicant}}：\n你（单位）于{{receivedDate}}向{{organization}}提出的“{{disputeTitle}}”（纠纷编号：{{disputeCode}}，事项：{{matterName}}）已经登记。为便于你（单位）选择适当的途径化解纠纷，现将可以选择的途径及其期限告知如下：',
    ),
    sec('{{waysOpen}}', '一、可以选择的化解途径及期限'),
    sec(notes, '二、注意事项'),
    sec('你（单位）享有申请回避、提供证据、陈述和申辩等权利；应当如实陈述纠纷事实，提供真实的证据材料，遵守调处秩序，尊重对方当事人的合法权益。\n特此告知。', '三、权利和义务'),
    ACKNOWLEDGEMENT,
  ]);
}

const NOTICES_OF_RIGHTS: ShippedTemplate[] = [
  noticeOfRights(G, WAYS_NOTES),
  noticeOfRights(
    P,
    '供应商认为采购文件、采购过程、中标或者成交结果使自己的权益受到损害的，应当先依法向采购人、采购代理机构提出质疑；对质疑答复不满意，或者采购人、采购代理机构未在规定时间内作出答复的，可以在答复期满后15个工作日内向本级财政部门提起投诉。投诉事项不得超出已质疑事项的范围（基于质疑答复内容提出的投诉事项除外）。\n' +
      WAYS_NOTES,
  ),
  noticeOfRights(
    T,
    '专利侵权纠纷可以请求管理专利工作的部门处理，也可以直接向人民法院起诉（《中华人民共和国专利法》第六十五条）。请求处理的，请求人应当是专利权人或者利害关系人，有明确的被请求人和具体的请求事项、事实和理由，且未就该纠纷向人民法院起诉。侵犯专利权的诉讼时效为三年，自专利权人或者利害关系人知道或者应当知道侵权行为以及侵权人之日起计算（《中华人民共和国专利法》第七十四条）。\n' +
      WAYS_NOTES,
  ),
  noticeOfRights(
    L,
    '土地所有权和使用权争议，由当事人协商解决；协商不成的，由人民政府处理（《中华人民共和国土地管理法》第十四条）。申请调查处理前，可以先行协商或者申请调解。在土地所有权和使用权争议解决前，任何一方不得改变土地利用现状。\n' +
      WAYS_NOTES,
  ),
  t(M, K.NOTICE_OF_RIGHTS, '调解告知书', [
    sec('{{applicant}}：\n你（单位）申请调解的“{{disputeTitle}}”（纠纷编号：{{disputeCode}}）已经登记。现将有关事项告知如下：'),
    sec('{{waysOpen}}', '一、可以选择的化解途径及期限'),
    sec(
      '调解在当事人自愿、平等的基础上进行，不违背法律、法规和国家政策，尊重当事人的权利，不因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利（《中华人民共和国人民调解法》第三条）。人民调解委员会调解民间纠纷，不收取任何费用（《中华人民共和国人民调解法》第四条）。',
      '二、调解的原则',
    ),
    sec(
      '（一）选择或者接受调解员；（二）接受调解、拒绝调解或者要求终止调解；（三）要求调解公开进行或者不公开进行；（四）自主表达意愿、自愿达成调解协议（《中华人民共和国人民调解法》第二十三条）。',
      '三、当事人的权利',
    ),
    sec('（一）如实陈述纠纷事实；（二）遵守调解现场秩序，尊重调解员；（三）尊重对方当事人行使权利（《中华人民共和国人民调解法》第二十四条）。', '四、当事人的义务'),
    sec(
      '经调解达成的调解协议具有法律约束力，当事人应当按照约定履行（《中华人民共和国人民调解法》第三十一条）。双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认（《中华人民共和国人民调解法》第三十三条）。\n特此告知。',
      '五、调解协议',
    ),
    ACKNOWLEDGEMENT,
  ]),
];

// ---------------------------------------------------------------- 材料接收凭证

function materialsReceipt(scope: Scope, title: string, review: string): ShippedTemplate {
  return t(scope, K.MATERIALS_RECEIPT, title, [
    sec('{{applicant}}：\n{{organization}}于{{receivedDate}}收到你（单位）提交的{{matterName}}申请材料（纠纷编号：{{disputeCode}}），现出具凭证如下：'),
    sec('{{receivedMaterials}}', '一、已收取的材料'),
    sec('{{missingMaterials}}', '二、尚缺的必需材料'),
    sec(review),
    sec('经办人：____________'),
  ]);
}

const MATERIALS_RECEIPTS: ShippedTemplate[] = [
  materialsReceipt(G, '材料接收凭证', '本凭证仅证明收到上述材料，不表示申请已被受理。{{organization}}将依法审查；需要补正材料的，将一次性书面告知需要补正的全部内容。'),
  materialsReceipt(
    P,
    '政府采购投诉材料接收凭证',
    '本凭证仅证明收到上述材料，不表示投诉已被受理。财政部门将自收到投诉书之日起5个工作日内进行审查；投诉书内容不符合规定的，将一次性书面通知投诉人补正（《政府采购质疑和投诉办法》（财政部令第94号））。',
  ),
  materialsReceipt(T, '专利侵权纠纷处理请求材料接收凭证', '本凭证仅证明收到上述材料，不表示已经立案。本机关将自收到请求书之日起5个工作日内进行审查，决定是否立案并通知请求人。'),
  materialsReceipt(L, '土地权属争议调查处理申请材料接收凭证', '本凭证仅证明收到上述材料，不表示已经受理。本机关将自收到申请书之日起7个工作日内进行审查，并提出是否受理的意见。'),
  materialsReceipt(M, '调解申请材料接收凭证', '本凭证仅证明收到上述材料。{{organization}}将及时审查并决定是否受理调解；当事人一方明确拒绝调解的，不得调解（《中华人民共和国人民调解法》第十七条）。'),
];

// ---------------------------------------------------------------- 补正通知书

function supplementNotice(scope: Scope, title: string, consequence: string): ShippedTemplate {
  return t(scope, K.SUPPLEMENT_NOTICE, title, [
    sec(
      `{{applicant}}：\n你（单位）于{{receivedDate}}提交的{{matterName}}${scope.application}（纠纷编号：{{disputeCode}}）所附材料不齐全。请你（单位）自收到本通知书之日起{{daysAllowed}}内，一次性补正下列材料：`,
    ),
    sec('{{missingMaterials}}', '需要补正的材料'),
    sec(`补正期限届满日为{{supplementDueDate}}。${consequence}\n特此通知。`),
    CONTACT,
  ]);
}

const SUPPLEMENT_NOTICES: ShippedTemplate[] = [
  supplementNotice(G, '补正通知书', '逾期不补正或者补正后仍不符合要求的，{{organization}}将依法作出处理。'),
  supplementNotice(
    P,
    '政府采购投诉补正通知书',
    '投诉人未按照补正期限进行补正或者补正后仍不符合规定的，本机关将不予受理。投诉人补正材料所需时间不计入投诉处理期限（《政府采购质疑和投诉办法》（财政部令第94号））。',
  ),
  supplementNotice(T, '专利侵权纠纷处理请求补正通知书', '逾期未补正或者补正后仍不符合规定的，本机关将不予立案并书面通知请求人。'),
  supplementNotice(L, '土地权属争议调查处理申请补正通知书', '逾期未补正或者补正后仍不符合规定的，本机关将依法提出不予受理的意见。'),
  supplementNotice(M, '调解申请补正通知书', '逾期未补正的，可能影响调解的进行。'),
];

// ---------------------------------------------------------------- 受理通知书

function acceptanceNotice(scope: Scope, title: string, course: string): ShippedTemplate {
  return t(scope, K.ACCEPTANCE_NOTICE, title, [
    sec(
      `{{applicant}}：\n你（单位）于{{receivedDate}}提出的{{matterName}}${scope.application}（纠纷编号：{{disputeCode}}），经审查，符合受理条件，{{organization}}决定予以受理。案号为{{caseNumber}}，受理日期为{{acceptedDate}}。`,
    ),
    sec(course),
    sec('在办理过程中，你（单位）享有陈述、申辩、申请回避等权利，并应当如实提供证据、配合调查。\n特此通知。'),
  ]);
}

const ACCEPTANCE_NOTICES: ShippedTemplate[] = [
  acceptanceNotice(G, '受理通知书', '本案的办理期限为{{handlingLimit}}，期限届满日为{{handlingDueDate}}；依法不计入办理期限的时间除外。'),
  acceptanceNotice(
    P,
    '政府采购投诉受理通知书',
    '本机关将向被投诉人和其他与投诉事项有关的当事人发出投诉答复通知书及投诉书副本，并自收到投诉之日起30个工作日内作出处理决定，期限届满日为{{handlingDueDate}}；需要检验、检测、鉴定、专家评审以及需要投诉人补正材料的，所需时间不计入投诉处理期限（《政府采购质疑和投诉办法》（财政部令第94号））。',
  ),
  acceptanceNotice(
    T,
    '专利侵权纠纷处理请求受理通知书',
    '本机关将把请求书及其附件副本送达被请求人，并自立案之日起3个月内结案，期限届满日为{{handlingDueDate}}；案件特别复杂需要延长的，经本机关负责人批准，最多延长1个月；公告、鉴定、中止等时间不计入办案期限。',
  ),
  acceptanceNotice(
    L,
    '土地权属争议调查处理受理通知书',
    '本机关将在决定受理之日起5个工作日内将申请书副本发送被申请人，依法调查取证，并先行调解；调解未达成协议的，自受理之日起6个月内提出调查处理意见，期限届满日为{{handlingDueDate}}。',
  ),
  t(M, K.ACCEPTANCE_NOTICE, '调解受理通知书', [
    sec('{{applicant}}：\n你（单位）申请调解的“{{disputeTitle}}”（纠纷编号：{{disputeCode}}），{{organization}}决定予以受理，将指派调解员主持调解。受理日期为{{acceptedDate}}。'),
    sec('调解期限为{{handlingLimit}}，期限届满日为{{handlingDueDate}}；经双方当事人同意可以延长。你（单位）享有选择或者接受调解员、接受调解、拒绝调解或者要求终止调解等权利。\n特此通知。'),
  ]),
];

// ---------------------------------------------------------------- 不予受理决定书

function nonAcceptance(scope: Scope, title: string): ShippedTemplate {
  return t(scope, K.NON_ACCEPTANCE_DECISION, title, [
    sec(
      `{{applicant}}：\n你（单位）于{{receivedDate}}提出的{{matterName}}${scope.application}（纠纷编号：{{disputeCode}}），经审查，{{reason}}。根据{{matterLegalBasis}}的规定，{{organization}}决定不予受理。`,
    ),
    sec('{{remedyNotice}}'),
  ]);
}

const NON_ACCEPTANCES: ShippedTemplate[] = [
  nonAcceptance(G, '不予受理决定书'),
  nonAcceptance(P, '政府采购投诉不予受理决定书'),
  nonAcceptance(T, '专利侵权纠纷处理请求不予受理决定书'),
  nonAcceptance(L, '土地权属争议不予受理决定书'),
  t(M, K.NON_ACCEPTANCE_DECISION, '不予受理调解告知书', [
    sec('{{applicant}}：\n你（单位）申请调解的“{{disputeTitle}}”（纠纷编号：{{disputeCode}}），经审查，{{reason}}，{{organization}}决定不予受理。'),
    sec('你（单位）可以依法通过仲裁、行政、司法等途径解决纠纷。\n特此告知。'),
  ]),
];

// ---------------------------------------------------------------- 答辩通知书

function answerNotice(scope: Scope, title: string, opening: string, request: string, attachment: string): ShippedTemplate {
  return t(scope, K.ANSWER_NOTICE, title, [sec(`{{respondent}}：\n${opening}`), sec(`${request}\n特此通知。`), sec(`附件：${attachment}`)]);
}

const ANSWER_NOTICES: ShippedTemplate[] = [
  answerNotice(
    G,
    '答辩通知书',
    '{{applicant}}就“{{disputeTitle}}”向{{organization}}提出{{matterName}}申请，本机关已于{{acceptedDate}}受理（案号：{{caseNumber}}）。现将申请书副本及有关材料发送给你（单位）。',
    '请你（单位）自收到本通知书之日起{{answerDays}}内提交书面答辩意见及有关证据材料。逾期不提交的，不影响本案的处理。',
    '申请书副本及有关材料',
  ),
  answerNotice(
    P,
    '投诉答复通知书',
    '投诉人{{applicant}}就“{{disputeTitle}}”向本机关提起投诉，本机关已于{{acceptedDate}}依法受理（案号：{{caseNumber}}）。现将投诉书副本发送给你（单位）。',
    '请你（单位）自收到本通知书及投诉书副本之日起{{answerDays}}内，以书面形式向本机关作出说明，并提交相关证据、依据和其他有关材料。未按要求提交的，视同放弃说明权利，依法承担不利后果。',
    '投诉书副本',
  ),
  answerNotice(
    T,
    '答辩通知书',
    '请求人{{applicant}}请求本机关处理其与你（单位）之间的专利侵权纠纷，本机关已于{{acceptedDate}}立案（案号：{{caseNumber}}）。现将请求书及其附件副本送达你（单位）。',
    '请你（单位）自收到之日起{{answerDays}}内提交答辩书及有关证据材料。逾期不提交答辩书的，不影响本案的处理。',
    '请求书及其附件副本',
  ),
  answerNotice(
    L,
    '答辩通知书',
    '申请人{{applicant}}就“{{disputeTitle}}”向本机关申请调查处理土地权属争议，本机关已于{{acceptedDate}}受理（案号：{{caseNumber}}）。现将申请书副本发送给你（单位）。',
    '请你（单位）自接到申请书副本之日起{{answerDays}}内提交答辩书和有关证据材料。逾期不提交答辩书的，不影响案件的处理。',
    '申请书副本',
  ),
];

// ---------------------------------------------------------------- 中止 / 恢复 / 延期

function suspension(scope: Scope, title: string, effect: string): ShippedTemplate {
  return t(scope, K.SUSPENSION_NOTICE, title, [
    sec(`{{recipients}}：\n{{organization}}受理的“{{disputeTitle}}”一案（案号：{{caseNumber}}），因{{reason}}，决定自{{date}}起中止${scope.handling}。`),
    sec(`${effect}中止的原因消除后，本机关将恢复${scope.handling}，并书面通知各方当事人。\n特此通知。`),
  ]);
}

const SUSPENSIONS: ShippedTemplate[] = [
  suspension(G, '中止审理通知书', '依法不计入办理期限的中止时间，办理期限相应顺延。'),
  suspension(P, '中止处理通知书', '依法不计入投诉处理期限的时间，投诉处理期限相应顺延。'),
  suspension(T, '中止处理通知书', '中止期间不计入办案期限。'),
  suspension(L, '中止调查处理通知书', '中止期间不计入办理期限。'),
  suspension(M, '中止调解通知书', '中止期间不计入调解期限。'),
];

function resumption(scope: Scope, title: string): ShippedTemplate {
  return t(scope, K.RESUMPTION_NOTICE, title, [
    sec(
      `{{recipients}}：\n{{organization}}受理的“{{disputeTitle}}”一案（案号：{{caseNumber}}）中止${scope.handling}后，{{reason}}。本机关决定自{{date}}起恢复${scope.handling}，办理期限自恢复之日起继续计算。`,
    ),
    sec('特此通知。'),
  ]);
}

const RESUMPTIONS: ShippedTemplate[] = [
  resumption(G, '恢复审理通知书'),
  resumption(P, '恢复处理通知书'),
  resumption(T, '恢复处理通知书'),
  resumption(L, '恢复调查处理通知书'),
  resumption(M, '恢复调解通知书'),
];

function extension(scope: Scope, title: string, body: string): ShippedTemplate {
  return t(scope, K.EXTENSION_NOTICE, title, [sec(`{{recipients}}：\n{{organization}}受理的“{{disputeTitle}}”一案（案号：{{caseNumber}}），${body}`), sec('特此通知。')]);
}

const EXTENSIONS: ShippedTemplate[] = [
  extension(G, '延期通知书', '因{{reason}}，不能在原定期限内办结。经本机关负责人批准，办理期限延长至{{handlingDueDate}}。'),
  extension(P, '投诉处理期限顺延通知书', '因{{reason}}，所需时间依法不计入投诉处理期限，投诉处理期限相应顺延至{{handlingDueDate}}。'),
  extension(T, '延长办案期限通知书', '因{{reason}}，案件特别复杂，经本机关负责人批准，办案期限延长至{{handlingDueDate}}。'),
  extension(L, '延期通知书', '因{{reason}}，情况复杂，经本机关主要负责人批准，办理期限延长至{{handlingDueDate}}。'),
  extension(M, '延长调解期限告知书', '因{{reason}}，经双方当事人同意，调解期限延长至{{handlingDueDate}}。'),
];

// ---------------------------------------------------------------- 决定书

const DECISION_PARTS = (request: string, facts: string): DocumentSection[] => [
  sec('{{claims}}', request),
  sec('{{factsAndEvidence}}', facts),
  sec('{{legalBasis}}', '三、处理理由和依据'),
  sec('{{outcome}}', '四、处理决定'),
  sec('{{performance}}', '五、履行方式和期限'),
  sec('{{remedyNotice}}', '六、救济途径和期限'),
];

const DECISIONS: ShippedTemplate[] = [
  t(G, K.DECISION, '处理决定书', [
    sec('{{parties}}'),
    sec('{{applicantRole}}{{applicant}}于{{receivedDate}}提出{{matterName}}申请，{{organization}}于{{acceptedDate}}受理（案号：{{caseNumber}}），依法进行了审查，现已审查终结。'),
    ...DECISION_PARTS('一、请求事项', '二、查明的事实和证据'),
  ]),
  t(P, K.DECISION, '政府采购投诉处理决定书', [
    sec('{{parties}}'),
    sec('投诉人{{applicant}}就“{{disputeTitle}}”，于{{receivedDate}}向本机关提起投诉。本机关于{{acceptedDate}}依法受理（案号：{{caseNumber}}），并进行了审查，现已审查终结。'),
    ...DECISION_PARTS('一、投诉事项和请求', '二、本机关查明的事实和证据'),
    sec('本决定将在省级以上财政部门指定的政府采购信息发布媒体上公告。'),
  ]),
  t(T, K.DECISION, '专利侵权纠纷处理决定书', [
    sec('{{parties}}'),
    sec('请求人{{applicant}}与被请求人{{respondent}}专利侵权纠纷一案（案号：{{caseNumber}}），本机关于{{acceptedDate}}立案，依法进行了审理，现已审理终结。'),
    ...DECISION_PARTS('一、请求人的请求事项', '二、本机关查明的事实和证据'),
  ]),
  t(L, K.DECISION, '土地权属争议处理决定书', [
    sec('{{parties}}'),
    sec('申请人{{applicant}}与被申请人{{respondent}}土地权属争议一案（案号：{{caseNumber}}），本机关于{{acceptedDate}}受理，依法进行了调查，经调解未能达成协议，现依法作出处理决定。'),
    ...DECISION_PARTS('一、争议的土地和请求事项', '二、查明的事实和证据'),
  ]),
];

// ---------------------------------------------------------------- 调解协议书

function mediationAgreement(scope: Scope, title: string, opening: string, effect: string): ShippedTemplate {
  return t(scope, K.MEDIATION_AGREEMENT, title, [
    sec('{{parties}}'),
    sec('{{disputeFacts}}', '一、纠纷的主要事实和争议事项'),
    sec(`${opening}\n{{content}}`, '二、协议内容'),
    sec('{{performance}}', '三、履行方式和期限'),
    sec(effect, '四、其他事项'),
    sec('{{applicantRole}}（签名或者盖章）：____________\n{{respondentRole}}（签名或者盖章）：____________\n调解员（签名）：____________', '当事人及调解员签名'),
  ]);
}

const AGREEMENT_EFFECT = '本协议书经各方当事人签名（盖章）并加盖{{organization}}印章后生效，当事人应当按照约定履行。本协议书由各方当事人各执一份，{{organization}}留存一份。';

const MEDIATION_AGREEMENTS: ShippedTemplate[] = [
  mediationAgreement(G, '调解协议书', '经{{organization}}主持调解，各方当事人在自愿、平等的基础上达成如下协议：', AGREEMENT_EFFECT),
  mediationAgreement(P, '调解协议书', '经{{organization}}主持调解，各方当事人在自愿、平等的基础上达成如下协议：', AGREEMENT_EFFECT),
  mediationAgreement(
    T,
    '专利侵权纠纷调解协议书',
    '经当事人同意，本机关就侵犯专利权的赔偿数额等事项进行了调解，各方当事人自愿达成如下协议：',
    '本调解协议书经各方当事人签名（盖章）并加盖本机关印章后生效，当事人应当按照约定履行。本协议书由各方当事人各执一份，本机关留存一份。',
  ),
  mediationAgreement(
    L,
    '土地权属争议调解书',
    '经本机关主持调解，各方当事人在查清事实、分清权属关系的基础上自愿达成如下协议：',
    '本调解书经各方当事人签名或者盖章，由承办人员署名并加盖本机关印章后生效。生效的调解书具有法律效力，是土地登记的依据。本调解书由各方当事人各执一份，本机关留存一份。',
  ),
  mediationAgreement(
    M,
    '调解协议书',
    '经{{organization}}主持调解，各方当事人在自愿、平等的基础上达成如下协议：',
    '本协议书自各方当事人签名、盖章或者按指印，调解员签名并加盖{{organization}}印章之日起生效，具有法律约束力，当事人应当按照约定履行（《中华人民共和国人民调解法》第二十九条、第三十一条）。双方当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认（《中华人民共和国人民调解法》第三十三条）。本协议书由各方当事人各执一份，{{organization}}留存一份。',
  ),
];

// ---------------------------------------------------------------- 转办函, 送达回证

function referralLetter(scope: Scope): ShippedTemplate {
  return t(scope, K.REFERRAL_LETTER, '转办函', [
    sec(
      '{{referralTo}}：\n{{organization}}于{{receivedDate}}登记的“{{disputeTitle}}”（纠纷编号：{{disputeCode}}），经审查，{{reason}}。现将该纠纷转至你单位办理，请自收到本函之日起{{referralResponseDays}}个工作日内签收或者退回，并及时反馈办理情况。\n特此函告。',
    ),
    sec('附件：纠纷登记材料及当事人提交的材料'),
    CONTACT,
  ]);
}

function serviceReceipt(scope: Scope): ShippedTemplate {
  return t(scope, K.SERVICE_RECEIPT, '送达回证', [
    sec(
      '送达文书：{{servedDocumentTitle}}（{{servedDocumentNumber}}）\n案号：{{caseNumber}}\n受送达人：{{recipients}}\n送达地点：____________\n送达方式：____________\n受送达人签名或者盖章：____________　　　　年　　月　　日\n代收人及代收理由：____________\n见证人签名：____________\n送达人签名：____________\n备注：____________',
    ),
    sec(
      '受送达人是公民的，本人不在时可以交其同住成年家属签收；受送达人是法人或者其他组织的，由其法定代表人、主要负责人或者负责收件的人签收；受送达人有代理人或者指定代收人的，可以由代理人或者代收人签收（参照《中华人民共和国民事诉讼法》第八十八条）。',
      '说明',
    ),
  ]);
}

// ---------------------------------------------------------------- the list

export const SHIPPED_TEMPLATES: readonly ShippedTemplate[] = [
  ...NOTICES_OF_RIGHTS,
  ...MATERIALS_RECEIPTS,
  ...SUPPLEMENT_NOTICES,
  ...ACCEPTANCE_NOTICES,
  ...NON_ACCEPTANCES,
  ...ANSWER_NOTICES,
  ...SUSPENSIONS,
  ...RESUMPTIONS,
  ...EXTENSIONS,
  ...DECISIONS,
  ...MEDIATION_AGREEMENTS,
  ...[G, P, T, L].map(referralLetter),
  ...[G, P, T, L].map(serviceReceipt),
];

/** The demonstration matters whose every kind the hub ships. */
export const DEMONSTRATION_MATTERS = ['GOV-PROCUREMENT-COMPLAINT', 'PATENT-INFRINGEMENT', 'LAND-OWNERSHIP'] as const;
