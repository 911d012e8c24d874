import { DocumentKind } from '../../src/core/enums';
import type { PrefixSeed } from '../../src/modules/document/document-reference';

/**
 * Document-number prefixes of the seeded organizations (杭财采监〔2026〕12号): a base
 * prefix per organization (kind null), from which the other kinds' series take theirs
 * with a mark (富财采 + 受 → 富财采受), and the decision series where practice has a
 * prefix of its own. Applied only where none is set: an administrator's prefix stays.
 */
export const DOCUMENT_PREFIXES: PrefixSeed[] = [
  { organizationKey: 'center', kind: null, prefix: '杭矛调' },
  { organizationKey: 'finance-city', kind: null, prefix: '杭财采' },
  { organizationKey: 'finance-city', kind: DocumentKind.DECISION, prefix: '杭财采监' },
  { organizationKey: 'finance-gongshu', kind: null, prefix: '拱财采' },
  { organizationKey: 'finance-gongshu', kind: DocumentKind.DECISION, prefix: '拱财采监' },
  { organizationKey: 'finance-fuyang', kind: null, prefix: '富财采' },
  { organizationKey: 'finance-fuyang', kind: DocumentKind.DECISION, prefix: '富财采监' },
  { organizationKey: 'market-city', kind: null, prefix: '杭市监知' },
  { organizationKey: 'market-city', kind: DocumentKind.DECISION, prefix: '杭市监知处' },
  { organizationKey: 'market-tonglu', kind: null, prefix: '桐市监知' },
  { organizationKey: 'market-tonglu', kind: DocumentKind.DECISION, prefix: '桐市监知处' },
  { organizationKey: 'land-city', kind: null, prefix: '杭规资权' },
  { organizationKey: 'land-city', kind: DocumentKind.DECISION, prefix: '杭规资权决' },
  { organizationKey: 'land-fuyang', kind: null, prefix: '富规资权' },
  { organizationKey: 'land-fuyang', kind: DocumentKind.DECISION, prefix: '富规资权决' },
  { organizationKey: 'mediation-fuyang', kind: null, prefix: '富人调' },
  { organizationKey: 'mediation-gongshu', kind: null, prefix: '拱人调' },
  { organizationKey: 'mediation-xihu', kind: null, prefix: '西人调' },
  { organizationKey: 'mediation-xiaoshan', kind: null, prefix: '萧人调' },
  { organizationKey: 'mediation-tonglu', kind: null, prefix: '桐人调' },
  { organizationKey: 'mediation-ip', kind: null, prefix: '杭知调' },
  { organizationKey: 'mediation-construction', kind: null, prefix: '杭建调' },
  { organizationKey: 'mediation-lawyer', kind: null, prefix: '杭律调' },
];
