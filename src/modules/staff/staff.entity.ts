import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { QualificationKind } from '../../core/enums';

/** One qualification as stored: the certificate number is personal-ish (shown to the user's organization and ADMIN only). */
export interface StoredQualification {
  kind: QualificationKind;
  number: string;
  issuedOn: string;
}

/** Training hours of one calendar year. */
export interface StoredTraining {
  year: number;
  hours: number;
}

/**
 * A user's staff record (队伍建设): the handling unit inside the organization, qualifications and
 * training. It belongs to the user; the organization is the user's own at the time of reading.
 */
@Entity({ tableName: 'staff_record' })
export class StaffRecord {
  [OptionalProps]?: 'version' | 'handlingUnit' | 'updatedBy';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Unique({ name: 'staff_record_user_id_unique' })
  @Property({ type: 'uuid' })
  userId!: string;

  /** A name within the organization, e.g. 行政裁决科. */
  @Property({ type: 'text', nullable: true })
  handlingUnit: string | null = null;

  @Property({ type: 'jsonb' })
  qualifications!: StoredQualification[];

  @Property({ type: 'jsonb' })
  training!: StoredTraining[];

  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;
}

/** A handler of a proceeding: the lead (主办, exactly one) or a co-handler (协办). */
@Entity({ tableName: 'proceeding_handler' })
@Unique({ name: 'proceeding_handler_once', properties: ['proceedingId', 'userId'] })
export class ProceedingHandler {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  proceedingId!: string;

  @Index({ name: 'proceeding_handler_user_idx' })
  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'boolean' })
  lead!: boolean;

  /** Order of naming: the lead is 0, co-handlers follow. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'timestamptz' })
  namedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  namedBy!: string | null;
}

/** An organization's staff settings: whether its matters' handler rules are enforced on admission and conclusion. */
@Entity({ tableName: 'staff_setting' })
export class StaffSetting {
  [OptionalProps]?: 'version' | 'updatedBy';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Unique({ name: 'staff_setting_organization_unique' })
  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'boolean' })
  enforceHandlerRules!: boolean;

  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;
}
