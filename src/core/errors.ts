import { Field, InterfaceType, Int, ObjectType } from 'type-graphql';
import { ComplianceIssueCode, ErrorCode, FieldErrorCode } from './enums';

// Expected business failures are values in a mutation's result union (the
// contract's convention); only security and unexpected failures are thrown.

@InterfaceType()
export abstract class ErrorResult {
  @Field(() => ErrorCode)
  code!: ErrorCode;

  /**
   * The same value as `code`, under a name no result type uses: a client can select
   * `... on Dispute { code } ... on ErrorResult { errorCode }` in one document.
   */
  @Field(() => ErrorCode, { description: 'Same as `code`; select this one next to a result type that has a `code` field of its own (e.g. Dispute.code).' })
  get errorCode(): ErrorCode {
    return this.code;
  }

  @Field(() => String)
  message!: string;
}

@ObjectType()
export class FieldError {
  @Field(() => String, { description: 'Path of the offending input field, e.g. parties.0.idNumber.' })
  field: string;

  @Field(() => FieldErrorCode, { description: 'What is wrong, as a stable code (the message is for people and may change).' })
  code: FieldErrorCode;

  @Field(() => String, { description: 'Chinese, for the user.' })
  message: string;

  constructor(field: string, message: string, code: FieldErrorCode = FieldErrorCode.INVALID) {
    this.field = field;
    this.message = message;
    this.code = code;
  }
}

@ObjectType({ implements: ErrorResult })
export class ValidationError extends ErrorResult {
  @Field(() => [FieldError])
  fieldErrors: FieldError[];

  constructor(fieldErrors: FieldError[], message?: string) {
    super();
    this.code = ErrorCode.VALIDATION_FAILED;
    this.fieldErrors = fieldErrors;
    this.message = message ?? (fieldErrors.length === 1 ? `${fieldErrors[0].field}: ${fieldErrors[0].message}` : `${fieldErrors.length} 项输入有误`);
  }

  static of(field: string, message: string, code: FieldErrorCode = FieldErrorCode.INVALID): ValidationError {
    return new ValidationError([new FieldError(field, message, code)]);
  }
}

@ObjectType({ implements: ErrorResult })
export class NotFoundError extends ErrorResult {
  constructor(message: string) {
    super();
    this.code = ErrorCode.NOT_FOUND;
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult })
export class InvalidTransitionError extends ErrorResult {
  @Field(() => String, { description: 'The status the record is in, which does not allow the action.' })
  currentStatus: string;

  constructor(currentStatus: string, message: string) {
    super();
    this.code = ErrorCode.INVALID_TRANSITION;
    this.currentStatus = currentStatus;
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult })
export class VersionConflictError extends ErrorResult {
  @Field(() => Int)
  currentVersion: number;

  constructor(currentVersion: number, expected: number) {
    super();
    this.code = ErrorCode.VERSION_CONFLICT;
    this.currentVersion = currentVersion;
    this.message = `记录已被他人修改（您看到的是第 ${expected} 版，现为第 ${currentVersion} 版），请刷新后重试。`;
  }
}

@ObjectType({ implements: ErrorResult })
export class InvalidCredentialsError extends ErrorResult {
  constructor() {
    super();
    this.code = ErrorCode.INVALID_CREDENTIALS;
    this.message = '用户名或密码错误。';
  }
}

@ObjectType({ implements: ErrorResult })
export class ExtensionNotAllowedError extends ErrorResult {
  @Field(() => Int, { nullable: true, description: 'Most the rule allows in total; null when the rule allows none.' })
  maxExtension: number | null;

  @Field(() => Int)
  alreadyExtended: number;

  constructor(maxExtension: number | null, alreadyExtended: number, message: string) {
    super();
    this.code = ErrorCode.EXTENSION_NOT_ALLOWED;
    this.maxExtension = maxExtension;
    this.alreadyExtended = alreadyExtended;
    this.message = message;
  }
}

/** One open compliance issue of a proceeding's handlers (the staff module's rules of the matter). */
@ObjectType()
export class ComplianceIssue {
  @Field(() => ComplianceIssueCode)
  code: ComplianceIssueCode;

  @Field(() => String, { description: 'Chinese, for the user; names no person.' })
  message: string;

  constructor(code: ComplianceIssueCode, message: string) {
    this.code = code;
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult, description: 'The organization enforces the handler rules of its matters and the proceeding does not meet them; nothing was written.' })
export class HandlerRulesNotMetError extends ErrorResult {
  @Field(() => [ComplianceIssue])
  issues: ComplianceIssue[];

  constructor(issues: ComplianceIssue[], doing: string) {
    super();
    this.code = ErrorCode.HANDLER_RULES_NOT_MET;
    this.issues = issues;
    this.message = `本单位已启用承办人员配备规则：${issues.map((i) => i.message).join('；')}，不能${doing}。`;
  }
}

/** Any expected failure a service may return instead of its result. */
export type BusinessError = ValidationError | NotFoundError | InvalidTransitionError | VersionConflictError | ExtensionNotAllowedError | HandlerRulesNotMetError;

export function isBusinessError(x: unknown): x is BusinessError {
  return x instanceof ErrorResult;
}
