/**
 * Staff records of the demo accounts (#17): handling units, qualifications, training hours.
 * Certificate numbers are invented placeholders in the usual shapes (法律职业资格证书 A + year + digits,
 * 行政执法证 浙 + digits). adjudicator2.market holds no 法律职业资格 on purpose: a patent case
 * handled by them alone misses the qualification.
 */
export interface StaffSeed {
  username: string;
  handlingUnit: string;
  qualifications: { kind: 'LEGAL_PROFESSION' | 'LAW_ENFORCEMENT' | 'LEGAL_ADVISER' | 'PUBLIC_LAWYER'; number: string; issuedOn: string }[];
  /** Hours per year, counted back from the seeding year: [this year, last year, ...]. */
  trainingHours: number[];
}

export const STAFF: StaffSeed[] = [
  {
    username: 'adjudicator.market',
    handlingUnit: '知识产权保护处',
    qualifications: [
      { kind: 'LEGAL_PROFESSION', number: 'A20163301060123', issuedOn: '2017-03-15' },
      { kind: 'LAW_ENFORCEMENT', number: '浙330100123456', issuedOn: '2018-06-01' },
    ],
    trainingHours: [32, 48],
  },
  {
    username: 'adjudicator2.market',
    handlingUnit: '知识产权保护处',
    qualifications: [{ kind: 'LAW_ENFORCEMENT', number: '浙330100234567', issuedOn: '2021-09-10' }],
    trainingHours: [24, 40],
  },
  {
    username: 'head.market',
    handlingUnit: '局领导',
    qualifications: [
      { kind: 'LEGAL_PROFESSION', number: 'A20093301060045', issuedOn: '2010-02-20' },
      { kind: 'PUBLIC_LAWYER', number: '13301201510012345', issuedOn: '2015-11-01' },
    ],
    trainingHours: [16],
  },
  {
    username: 'adjudicator.finance',
    handlingUnit: '政府采购监管处',
    qualifications: [
      { kind: 'LEGAL_PROFESSION', number: 'A20183301060456', issuedOn: '2019-03-01' },
      { kind: 'LAW_ENFORCEMENT', number: '浙330100345678', issuedOn: '2019-08-20' },
    ],
    trainingHours: [40, 36],
  },
  {
    username: 'head.finance',
    handlingUnit: '局领导',
    qualifications: [{ kind: 'LEGAL_ADVISER', number: 'FLGW2016-0231', issuedOn: '2016-05-12' }],
    trainingHours: [20],
  },
  {
    username: 'adjudicator.land',
    handlingUnit: '行政裁决科',
    qualifications: [
      { kind: 'LEGAL_PROFESSION', number: 'A20203301060789', issuedOn: '2021-02-26' },
      { kind: 'LAW_ENFORCEMENT', number: '浙330100456789', issuedOn: '2021-07-01' },
    ],
    trainingHours: [36, 30],
  },
  {
    username: 'adjudicator.fuyang-finance',
    handlingUnit: '政府采购监管科',
    qualifications: [{ kind: 'LAW_ENFORCEMENT', number: '浙330111567890', issuedOn: '2020-04-15' }],
    trainingHours: [28],
  },
];
