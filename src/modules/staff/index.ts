import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubModule } from '../../core/module';
import { ProceedingHandler, StaffRecord, StaffSetting } from './staff.entity';
import { staffLoaders } from './staff.loaders';
import { HandlerCaseCountResolver, ProceedingHandlerResolver, ProceedingStaffResolver, StaffResolver, StaffRosterResolver } from './staff.resolver';
import { StaffService } from './staff.service';

export * from './staff.entity';
export * from './staff.types';
export { StaffReads, holdsLegalProfession, type ProceedingHandlerInfo } from './staff.reads';
export { StaffService } from './staff.service';
export { CHANNEL_HANDLER_RULES, MATTER_HANDLER_RULES, type HandlerRule } from './staff-rules.data';
export { complianceIssues, handlerRuleFor } from './staff-rules';
export { QualificationKind, ComplianceIssueCode } from '../../core/enums';

declare module '../../core/context' {
  interface HubLoaders extends ReturnType<typeof staffLoaders> {}
}

/** Staff (队伍建设): staff records, handlers of proceedings, the matters' handler rules and their enforcement, statistics per unit. */
export const staffModule: HubModule = {
  name: 'staff',
  entities: [StaffRecord, ProceedingHandler, StaffSetting],
  resolvers: [StaffResolver, StaffRosterResolver, ProceedingHandlerResolver, HandlerCaseCountResolver, ProceedingStaffResolver],
  loaders: (em: EntityManager) => staffLoaders(em),
  listeners: {
    // The admitting user becomes the lead; an organization that enforces the rules refuses an admission or conclusion that breaks them.
    'proceeding.admitted': [(env, { proceeding, dispute }) => StaffService.onAdmitted(env, proceeding, dispute)],
    'proceeding.concluding': [(env, { proceeding, outcome }) => StaffService.onConcluding(env, proceeding, outcome)],
  },
};
