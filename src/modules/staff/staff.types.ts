import { createUnionType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { QualificationKind } from '../../core/enums';
import { NotFoundError, ValidationError, VersionConflictError } from '../../core/errors';
import { DateScalar } from '../../core/scalars';

@ObjectType()
export class Qualification {
  @Field(() => QualificationKind)
  kind!: QualificationKind;

  @Field(() => String, { nullable: true, description: "Certificate number: only the holder's organization and ADMIN read it, else null." })
  certificateNumber!: string | null;

  @Field(() => DateScalar)
  issuedOn!: string;
}

@ObjectType()
export class TrainingHours {
  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  hours!: number;
}

@ObjectType({ description: 'A member of an organization with the staff record (handling unit, qualifications, training); version 0: no record yet.' })
export class StaffMember {
  @Field(() => ID)
  userId!: string;

  @Field(() => String, { nullable: true, description: 'The handling unit inside the organization, e.g. 行政裁决科.' })
  handlingUnit!: string | null;

  @Field(() => [Qualification])
  qualifications!: Qualification[];

  @Field(() => [TrainingHours], { description: 'Training hours per year, newest year first.' })
  training!: TrainingHours[];

  @Field(() => Boolean, { description: 'Holds the legal professional qualification (法律职业资格).' })
  legalProfession!: boolean;

  @Field(() => Int, { description: 'Pass it back as expectedVersion; 0 while the user has no record.' })
  version!: number;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;
}

@ObjectType()
export class StaffSettings {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Boolean, { description: 'When on, admitting or concluding a proceeding whose handlers break its matter’s rules is refused (HandlerRulesNotMetError).' })
  enforceHandlerRules!: boolean;

  @Field(() => Int, { description: 'Pass it back as expectedVersion; 0 while never set.' })
  version!: number;
}

@ObjectType({ description: "An organization's staff: every active member with the staff record, and the staff settings." })
export class StaffRoster {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => StaffSettings)
  settings!: StaffSettings;

  @Field(() => [StaffMember], { description: 'Active members, by handling unit and name.' })
  members!: StaffMember[];
}

@ObjectType({ description: 'A handler of a proceeding: the lead (主办) or a co-handler (协办).' })
export class ProceedingHandlerView {
  @Field(() => ID)
  userId!: string;

  @Field(() => Boolean)
  lead!: boolean;

  @Field(() => [Qualification], { description: "The handler's qualifications; certificate numbers as Qualification.certificateNumber says." })
  qualifications!: Qualification[];

  @Field(() => Boolean)
  legalProfession!: boolean;
}

@ObjectType()
export class HandlerCaseCount {
  @Field(() => ID)
  userId!: string;

  @Field(() => Int, { description: 'Proceedings admitted in the period where the user is lead or co-handler.' })
  cases!: number;

  @Field(() => Int, { description: 'Of those, where the user is the lead.' })
  leadCases!: number;
}

@ObjectType()
export class HandlingUnitStatistics {
  @Field(() => String, { nullable: true, description: 'null: members without a handling unit.' })
  handlingUnit!: string | null;

  @Field(() => Int, { description: 'Active members of the unit.' })
  staff!: number;

  @Field(() => Int, { description: 'Of those, holding the legal professional qualification (法律职业资格).' })
  qualifiedStaff!: number;

  @Field(() => Float, { description: 'Training hours of the unit’s members in the years of the period.' })
  trainingHours!: number;

  @Field(() => [HandlerCaseCount], { description: 'Every member of the unit, most cases first.' })
  handlers!: HandlerCaseCount[];
}

@ObjectType()
export class StaffStatistics {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field(() => [HandlingUnitStatistics])
  units!: HandlingUnitStatistics[];
}

@InputType()
export class QualificationInput {
  @Field(() => QualificationKind)
  kind!: QualificationKind;

  @Field(() => String, { description: '4–40 letters, digits, “-” or brackets.' })
  certificateNumber!: string;

  @Field(() => DateScalar, { description: 'Not after today.' })
  issuedOn!: string;
}

@InputType()
export class TrainingHoursInput {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, { description: '0–2000, at most one decimal.' })
  hours!: number;
}

@InputType()
export class StaffRecordInput {
  @Field(() => String, { nullable: true, description: 'The handling unit, a name within the organization (1–50 characters); null: none.' })
  handlingUnit?: string | null;

  @Field(() => [QualificationInput], { description: 'The whole list (replaces the previous one); one per kind.' })
  qualifications!: QualificationInput[];

  @Field(() => [TrainingHoursInput], { description: 'The whole list (replaces the previous one); one per year.' })
  training!: TrainingHoursInput[];
}

export const StaffRecordResult = createUnionType({
  name: 'StaffRecordResult',
  types: () => [StaffMember, ValidationError, NotFoundError, VersionConflictError] as const,
});

export const StaffSettingsResult = createUnionType({
  name: 'StaffSettingsResult',
  types: () => [StaffSettings, NotFoundError, VersionConflictError] as const,
});

export const StaffStatisticsResult = createUnionType({
  name: 'StaffStatisticsResult',
  types: () => [StaffStatistics, ValidationError, NotFoundError] as const,
});
