import { FieldErrorCode } from '../enums';
import { FieldError } from '../errors';
import { findPersonalData } from './personal-data';

/**
 * The field error for a text that will be copied where masked viewers read it (the
 * timeline's summaries: document numbers, organization names) and carries an identity
 * or phone number; null when it carries none. `label` names the field in the message.
 */
export function personalDataError(field: string, value: string, label: string): FieldError | null {
  const personal = findPersonalData(value);
  if (personal === 'idNumber') return new FieldError(field, `${label}不得包含身份证号码`, FieldErrorCode.PERSONAL_DATA);
  if (personal === 'phone') return new FieldError(field, `${label}不得包含手机或电话号码`, FieldErrorCode.PERSONAL_DATA);
  return null;
}
