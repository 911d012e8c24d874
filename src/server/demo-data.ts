// The one place production code reaches the seed data: reference data and, where asked for, demo accounts and disputes.
export { seedDatabase, DEMO_PASSWORD } from '../../seeds/seed';
export { seedDemoDisputes } from '../../seeds/demo-disputes';
