import { FieldErrorCode } from '../enums';
import { FieldError } from '../errors';
import { personalDataError } from './no-personal-data';
import { textField } from './text-field';

/**
 * Numbers of documents, cases and rulings as Chinese authorities write them:
 * （2026）浙0111民特123号, (2026)浙01民初188号, 杭财采监〔2026〕12号, HZ2026-000123.
 * Chinese characters, ASCII letters and digits, the brackets these numbers use and
 * a few joiners; at least one digit; no spaces. They are copied into the timeline,
 * which masked viewers read, so they must never carry an identity or phone number.
 */
const DOCUMENT_NUMBER = /^[\p{Script=Han}A-Za-z0-9（）()〔〕［］[\]【】〈〉《》\-－—_/.·]+$/u;
export const DOCUMENT_NUMBER_MAX = 64;

const EXAMPLES = '如（2026）浙0111民特123号、杭财采监〔2026〕12号、HZ2026-000123';

/**
 * A trimmed document number (null when empty and `required` is false), or a
 * FieldError in Chinese on `field`: not the shape of a document number, or
 * carrying an identity number or a phone number.
 */
export function documentNumberField(field: string, value: string | null | undefined, required: boolean, errors: FieldError[]): string | null {
  const local: FieldError[] = [];
  const v = textField(field, value, required ? 1 : 0, DOCUMENT_NUMBER_MAX, local);
  if (local.length) {
    const tooLong = (value ?? '').trim().length > DOCUMENT_NUMBER_MAX;
    errors.push(
      tooLong
        ? new FieldError(field, `文书编号过长（最多 ${DOCUMENT_NUMBER_MAX} 个字符）`, FieldErrorCode.TOO_LONG)
        : v === null
          ? new FieldError(field, '请填写文书编号', FieldErrorCode.REQUIRED)
          : new FieldError(field, '文书编号不得包含控制字符', FieldErrorCode.CONTROL_CHARACTERS),
    );
    return null;
  }
  if (v === null) return null;
  const personal = personalDataError(field, v, '文书编号');
  if (personal) errors.push(personal);
  else if (!DOCUMENT_NUMBER.test(v) || !/\d/.test(v)) errors.push(new FieldError(field, `文书编号格式不正确（${EXAMPLES}）`, FieldErrorCode.INVALID_FORMAT));
  else return v;
  return null;
}
