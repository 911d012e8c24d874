/**
 * Word lists of the anonymization pass (anonymizer.ts): surnames, the parts of an
 * organization's name (企业名称登记管理规定: 行政区划 + 字号 + 行业 + 组织形式), and the
 * words around personal data in a narrative. Data, not logic: extend them here.
 * Space-separated strings, longest first where one word ends another.
 */

const words = (s: string): readonly string[] => Object.freeze(s.trim().split(/\s+/));

/** Compound surnames (复姓), kept whole: 欧阳娜娜 → 欧阳某. */
export const COMPOUND_SURNAMES = words(`
  爱新觉罗 欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 端木 独孤 南宫 西门 百里 呼延 澹台 公冶 太史 申屠
  万俟 闻人 钟离 赫连 濮阳 淳于 单于 拓跋 第五 东郭 左丘 梁丘 司空 亓官 司寇 仲孙 羊舌 微生 公西 漆雕 乐正 壤驷 公良 谷梁 宰父 段干
  巫马 东门 公羊 颛孙 鲜于 闾丘 子车 完颜`);

/**
 * Common single surnames, for the detector of names that are not in the dispute's records
 * (证人王小明). Left out on purpose: characters that mostly start ordinary words after the
 * context words (杭 of 杭州, 富 of 富阳, 宿 of 宿舍, 和, 于, 万, 文, 时, 商, 向, 全, 信 ...).
 */
export const DETECTABLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿焦俞左柳甘祝包尚舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝辛靳管柴蒙鲍喻祁蒲滕屈饶牟艾尤穆卓缪简项麦褚娄窦戚岑宫费卜冷晏席卫柏瞿桂佟臧闵苟邬卞姬仇栾隋刁巫寇桑郎甄仲虞敖巩佘池邝鞠荆冀郁胥栗楚鄢谌奚粟冼蔺楼阚屠';

/** Context words after which a person's name follows (证人王小明, 法定代表人李某某). */
export const NAME_CONTEXT_WORDS = words(`
  委托代理人 诉讼代理人 法定代表人 法定代理人 被申请人 被投诉人 未成年人 被害人 受害人 申请人 投诉人 当事人 第三人 代理人 监护人 负责人
  经办人 联系人 承租人 出租人 借款人 出借人 担保人 保证人 证人 原告 被告 户主 其子 其女 其夫 其妻 其父 其母 之子 之女 丈夫 妻子 儿子
  女儿 父亲 母亲 业主 租户`);

/**
 * Characters that end a name in a narrative (王小明称, 李四于, 张三与): punctuation aside, the
 * detector only accepts a name followed by one of these, so that 证人王小明称 is read as 王小明.
 */
export const NAME_FOLLOWERS = '称说因于在与和及向将把被的系等诉是为已也均都对从以则曾即又再后时家所之同借欠拒未不要请提支付签到来去经共各作出认主表';

/** Titles written after a surname instead of a given name (王律师, 李先生): not a name. */
export const PERSON_TITLES = words('律师 法官 医生 老师 经理 主任 书记 所长 局长 村长 组长 警官 师傅 先生 女士 小姐 阿姨 大爷 同志 总');

/** Province-level names (省, 直辖市, 自治区), matched with or without their suffix. */
export const PROVINCES = words(`
  黑龙江 内蒙古 北京 天津 上海 重庆 河北 山西 辽宁 吉林 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃
  青海 台湾 广西 西藏 宁夏 新疆 香港 澳门`);

/** Prefecture-level cities of this province and the other provinces' capitals. */
export const CITIES = words(`
  乌鲁木齐 呼和浩特 石家庄 哈尔滨 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 南京 苏州 无锡 合肥 福州 厦门 南昌 济南 青岛
  郑州 武汉 长沙 广州 深圳 成都 贵阳 昆明 西安 兰州 西宁 南宁 拉萨 银川 太原 沈阳 大连 长春 海口`);

/** Organization forms (组织形式) and kinds of institution. */
export const ORGANIZATION_KINDS = words(`
  职业技术学校 股份有限公司 有限责任公司 集团有限公司 （有限合伙） (有限合伙) 个人独资企业 律师事务所 会计师事务所 卫生服务中心 妇幼保健院
  村民委员会 居民委员会 有限公司 集团公司 合伙企业 专业合作社 培训学校 人民医院 人民政府 人民法院 分公司 合作社 事务所 研究院 研究所
  设计院 中医院 卫生院 门诊部 幼儿园 信用社 委员会 基金会 检察院 派出所 办公室 管理处 管理所 管理站 服务中心 俱乐部 经营部 门市部
  工作室 公司 医院 诊所 小学 中学 大学 学院 学校 银行 支行 分行 协会 商会 分局 中心 酒店 宾馆 饭店 超市 商场 商行 商店 政府 法院 店 厂
  局 厅 场 站 社 所 院 部 队 馆`);

/** The forms a trade name cited alone stands for as 某公司 (阿里巴巴称 → 某公司称). */
export const COMPANY_KINDS = words('股份有限公司 有限责任公司 集团有限公司 有限公司 集团公司 分公司 公司');

/** Industry words (行业) kept between 某 and the organization form: 杭州某某科技有限公司 → 杭州某科技有限公司. */
export const INDUSTRIES = words(`
  房地产开发 供应链管理 网络科技 信息科技 电子科技 生物科技 环保科技 智能科技 教育科技 信息技术 网络技术 技术服务 电子商务 文化传媒 文化传播
  文化艺术 国际贸易 投资管理 资产管理 建筑工程 建设工程 装饰工程 物业管理 物业服务 餐饮管理 酒店管理 汽车销售 汽车服务 汽车租赁 生态农业
  农业开发 医疗器械 管理咨询 企业管理 人力资源 劳务派遣 保安服务 家政服务 教育培训 金融服务 进出口 房地产 新能源 新材料 钢结构 工艺品
  供应链 科技 技术 传媒 广告 商贸 贸易 实业 投资 工程 建设 建筑 装饰 装修 置业 物业 餐饮 旅游 物流 运输 汽车 机械 机电 电器 电气 电子
  设备 制造 服饰 服装 纺织 食品 农业 医药 药业 化工 能源 材料 家具 家居 印刷 包装 设计 咨询 劳务 培训 教育 体育 健身 美容 网络 软件
  数据 信息 金融 保险 担保 典当 通信 通讯 商务 会展 展览 花木 茶叶 水产 环境 环保 园林 绿化 市政 建材 五金 塑料 橡胶 纸业 陶瓷 玻璃
  珠宝 影视 动漫 出版 宠物 百货 商业 零售 批发 租赁 安装 维修 清洁 检测 服务 管理`);

/** Words that introduce where a person lives (or an organization's seat): an address follows. */
export const ADDRESS_CONTEXT = words('经常居住地 户籍所在地 户籍地 住所地 居住地 居住在 居住于 现住址 住址 现住 家住 住所 住在 地址 住');

/** What makes a span an address below the district: a house number, a room, a village group ... */
export const ADDRESS_MARKERS = words('单元 小区 号 室 弄 幢 栋 组 村 苑 楼 座 户 巷');

/** Words before a bank account number (账号: 6222 0212 3456 7890). */
export const BANK_ACCOUNT_CONTEXT = words('银行卡号 银行账号 银行帐号 银行卡 账号 帐号 账户 帐户 卡号');

/** Words before a property certificate number (不动产权证书, 房屋所有权证, 土地使用权证). */
export const PROPERTY_CERTIFICATE_CONTEXT = words('不动产权证书 房屋所有权证 土地使用权证 土地使用证 不动产权 房产证 房权证 产权证 权证号 证书编号');

/** Province abbreviations that start a plate number (浙A12345). */
export const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

/** Pseudonym suffixes for persons of one surname, in order of first appearance (张某甲, 张某乙). */
export const CELESTIAL_STEMS = '甲乙丙丁戊己庚辛壬癸';
