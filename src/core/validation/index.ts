export { validateResidentId, normalizeResidentId, makeResidentId } from './resident-id';
export { validateUscc, normalizeUscc, makeUscc, USCC_ALPHABET } from './uscc';
export { validatePhone, normalizePhone, phoneKind } from './phone';
export type { PhoneKind } from './phone';
export { parseAmount } from './amount';
export type { AmountResult } from './amount';
export { maskIdNumber, maskPhone } from './mask';
export { REGION_CODES, KNOWN_REGIONS, CITY_REGION, isKnownRegion, parentRegion, regionCode, regionByCode } from './regions';
export type { KnownRegion, RegionCode } from './regions';
