import { makeResidentId, makeUscc } from '../../src/core/validation';
import type { RegisterDisputeInput } from '../generated/graphql';

let serial = 0;
/** A valid resident ID number (GB 11643 check digit) that differs per call. */
export function residentId(): string {
  serial++;
  return makeResidentId(`33010219800101${String(serial % 1000).padStart(3, '0')}`);
}

export function creditCode(): string {
  serial++;
  return makeUscc(`91330183${String(100000000 + serial).slice(-9)}`);
}

/** A 富阳区 government procurement complaint as the frontdesk would register it. */
export function procurementComplaint(overrides: Partial<RegisterDisputeInput> = {}): RegisterDisputeInput {
  const contactId = residentId();
  const uscc = creditCode();
  return {
    title: '富阳区某学校教学设备采购项目投诉',
    facts: '投诉人认为采购文件设置了排他性技术参数，经质疑后采购人答复不予支持，现向财政部门投诉。',
    category: 'GOVERNMENT_PROCUREMENT',
    matterCode: 'GOV-PROCUREMENT-COMPLAINT',
    amount: '1280000.50',
    region: '富阳区',
    source: 'WALK_IN',
    occurredOn: '2026-02-10',
    applicationData: {
      complainantName: '杭州某某科技有限公司',
      complainantCreditCode: uscc,
      complainantAddress: '杭州市富阳区银湖街道某路1号',
      contactName: '张三',
      contactIdNumber: contactId,
      contactPhone: '13812345678',
      respondentName: '杭州市富阳区某中学',
      projectName: '教学设备采购项目',
      projectNumber: 'FYCG-2026-001',
      procurementMethod: '公开招标',
      questionDate: '2026-02-12',
      complaintMatters: '请求认定采购文件违法并责令修改。',
      factsAndGrounds: '《政府采购法》第二十二条。',
      // The FILE fields (complaintLetter, questionDocuments) stay empty: files are uploaded over POST /files.
    },
    parties: [
      { role: 'APPLICANT', kind: 'ORGANIZATION', name: '杭州某某科技有限公司', idNumber: uscc, phone: '0571-63312345', address: '杭州市富阳区银湖街道某路1号' },
      { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州市富阳区某中学' },
      { role: 'THIRD_PARTY', kind: 'PERSON', name: '张三', idNumber: contactId, phone: '13812345678' },
    ],
    ...overrides,
  };
}

/** A neighbourhood dispute for people's mediation. */
export function neighbourhoodDispute(region = '富阳区', overrides: Partial<RegisterDisputeInput> = {}): RegisterDisputeInput {
  return {
    title: '相邻通行纠纷',
    facts: '双方因院落通道使用问题发生争执，申请人请求调解。',
    category: 'NEIGHBORHOOD',
    region,
    source: 'WALK_IN',
    parties: [
      { role: 'APPLICANT', kind: 'PERSON', name: '李四', idNumber: residentId(), phone: '13900001111' },
      { role: 'RESPONDENT', kind: 'PERSON', name: '王五', idNumber: residentId(), phone: '13900002222' },
    ],
    ...overrides,
  };
}
