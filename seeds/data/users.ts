import type { UserSeed } from './types';

/**
 * Demo accounts (contract README). No passwords here: the seeder sets the
 * demo password only in demo and test databases.
 *
 * Besides the README's accounts: a second mediator of 富阳区人民调解委员会 and
 * handlers of 拱墅区人民调解委员会 and 富阳区财政局, so that tests can show
 * isolation between organizations (and between colleagues of one organization);
 * and the heads (HEAD) of the organizations that handle cases, who approve their
 * typical cases (head.<organization>).
 */
export const USERS: UserSeed[] = [
  { username: 'frontdesk', displayName: '前台 王芳', roles: ['FRONTDESK'], organizationKey: 'center' },
  { username: 'mediator.fuyang', displayName: '调解员 陈建华', roles: ['HANDLER'], organizationKey: 'mediation-fuyang' },
  { username: 'adjudicator.finance', displayName: '市财政局承办人 赵敏', roles: ['HANDLER'], organizationKey: 'finance-city' },
  { username: 'adjudicator.market', displayName: '市市场监管局承办人 钱伟', roles: ['HANDLER'], organizationKey: 'market-city' },
  { username: 'adjudicator.land', displayName: '市规划和自然资源局承办人 孙丽', roles: ['HANDLER'], organizationKey: 'land-city' },
  { username: 'court.liaison', displayName: '中院联络员 刘洋', roles: ['COURT_LIAISON'], organizationKey: 'court-intermediate' },
  { username: 'reviewer', displayName: '司法局审查员 黄静', roles: ['REVIEWER'], organizationKey: 'justice-bureau' },
  { username: 'admin', displayName: '系统管理员', roles: ['ADMIN'], organizationKey: null },

  // Additional handlers for cross-organization isolation tests.
  { username: 'mediator2.fuyang', displayName: '调解员 周丽萍', roles: ['HANDLER'], organizationKey: 'mediation-fuyang' },
  { username: 'mediator.gongshu', displayName: '调解员 吴志强', roles: ['HANDLER'], organizationKey: 'mediation-gongshu' },
  {
    username: 'adjudicator.fuyang-finance',
    displayName: '富阳区财政局承办人 郑涛',
    roles: ['HANDLER'],
    organizationKey: 'finance-fuyang',
  },
  // A second handler of the market regulator: patent adjudication needs two handlers (staff rules, #17).
  { username: 'adjudicator2.market', displayName: '市市场监管局承办人 李娜', roles: ['HANDLER'], organizationKey: 'market-city' },

  // Heads (负责人) of the organizations that handle cases: they approve the publication of their typical cases.
  { username: 'head.mediation-fuyang', displayName: '富阳区人民调解委员会主任 何志明', roles: ['HEAD'], organizationKey: 'mediation-fuyang' },
  { username: 'head.mediation-gongshu', displayName: '拱墅区人民调解委员会主任 罗春燕', roles: ['HEAD'], organizationKey: 'mediation-gongshu' },
  { username: 'head.finance', displayName: '市财政局负责人 高建平', roles: ['HEAD'], organizationKey: 'finance-city' },
  { username: 'head.fuyang-finance', displayName: '富阳区财政局负责人 林晓东', roles: ['HEAD'], organizationKey: 'finance-fuyang' },
  { username: 'head.market', displayName: '市市场监管局负责人 徐文华', roles: ['HEAD'], organizationKey: 'market-city' },
  { username: 'head.land', displayName: '市规划和自然资源局负责人 马丽娟', roles: ['HEAD'], organizationKey: 'land-city' },
  { username: 'head.court', displayName: '中院负责人 唐立新', roles: ['HEAD'], organizationKey: 'court-intermediate' },
];
