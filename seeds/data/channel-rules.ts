// Court linkage and referral-response limits are reference data of the proceeding module.
export { CHANNEL_RULES } from '../../src/modules/proceeding';
