import fc from 'fast-check';
import { makeResidentId, makeUscc } from '../../../src/core/validation';
import { anonymize, anonymizedPartyName, findIdentifying, parseOrganizationName, regionPrefix, surnameOf, type PartyRecord, type TextSection } from '../../../src/modules/typical-case/anonymizer';

/** A valid resident ID number (GB 11643 check character) whose check character is X. */
function idWithX(): string {
  for (let seq = 0; seq < 1000; seq++) {
    const id = makeResidentId(`33010219850312${String(seq).padStart(3, '0')}`);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X check digit found');
}

const person = (name: string, extra: Partial<PartyRecord> = {}): PartyRecord => ({ kind: 'PERSON', name, ...extra });
const org = (name: string, extra: Partial<PartyRecord> = {}): PartyRecord => ({ kind: 'ORGANIZATION', name, ...extra });

/** The anonymized text of one section. */
function anon(text: string, parties: PartyRecord[] = [], keep?: string[]): string {
  return anonymize([{ key: 'FACTS', text }], parties, { keep }).sections[0].text;
}

function reasons(text: string, parties: PartyRecord[] = []): string[] {
  return anonymize([{ key: 'FACTS', text }], parties).replacements.map((r) => r.reason);
}

describe('natural persons', () => {
  it('keep the surname and replace the given name by 某', () => {
    expect(anon('张三与李四因通行纠纷申请调解。', [person('张三'), person('李四')])).toBe('张某与李某因通行纠纷申请调解。');
  });

  it('tell persons of one surname apart by 甲, 乙, 丙 in order of first appearance, consistently', () => {
    const parties = [person('张三'), person('张四'), person('张五')];
    expect(anon('张四、张三、张五三人。后张三向张四借款，张五作证。', parties)).toBe('张某甲、张某乙、张某丙三人。后张某乙向张某甲借款，张某丙作证。');
  });

  it('letter across sections: the title is read first, the same person keeps one pseudonym everywhere', () => {
    const sections: TextSection<'TITLE' | 'FACTS' | 'OUTCOME'>[] = [
      { key: 'TITLE', text: '王五诉王六借款纠纷案' },
      { key: 'FACTS', text: '王六向王五借款，李七作保。' },
      { key: 'OUTCOME', text: '王六分期归还王五。' },
    ];
    const r = anonymize(sections, [person('王五'), person('王六'), person('李七')]);
    expect(r.sections.map((s) => s.text)).toEqual(['王某甲诉王某乙借款纠纷案', '王某乙向王某甲借款，李某作保。', '王某乙分期归还王某甲。']);
  });

  it('persons who do not appear in the text do not take a letter', () => {
    expect(anon('张三到场。', [person('张三'), person('张四')])).toBe('张某到场。');
  });

  it('keep compound surnames whole (欧阳, 司马, 诸葛), lettered among themselves', () => {
    const parties = [person('欧阳娜娜'), person('司马懿'), person('司马昭'), person('诸葛亮'), person('司空见')];
    expect(anon('欧阳娜娜、司马懿、司马昭、诸葛亮、司空见', parties)).toBe('欧阳某、司马某甲、司马某乙、诸葛某、司空某');
    expect(surnameOf('欧阳娜娜')).toBe('欧阳');
    expect(surnameOf('诸葛亮')).toBe('诸葛');
    expect(surnameOf('张三')).toBe('张');
    // 欧 alone is a single surname too: 欧明 is not 欧阳.
    expect(surnameOf('欧明')).toBe('欧');
  });

  it('a compound surname and its first character are different surnames: 欧阳某 and 欧某 need no letters', () => {
    expect(anon('欧阳锋与欧明', [person('欧阳锋'), person('欧明')])).toBe('欧阳某与欧某');
  });

  it('find a name typed with spaces, and the longer of two names that start alike', () => {
    expect(anon('张 三与张三丰', [person('张三'), person('张三丰')])).toBe('张某甲与张某乙');
  });

  it('leave an already anonymous name and a one-character name alone', () => {
    expect(anon('张某与王某某协商。', [person('张某'), person('王某某')])).toBe('张某与王某某协商。');
    expect(anon('王家的院子', [person('王')])).toBe('王家的院子');
  });

  it('detect persons named after a context word who are not parties (证人, 法定代表人, 其妻)', () => {
    expect(anon('证人王小明称，法定代表人李强。其妻刘芳说')).toBe('证人王某称，法定代表人李某。其妻刘某说');
    expect(reasons('证人王小明称')).toEqual(['DETECTED_PERSON_NAME']);
  });

  it('letter detected persons together with the parties of their surname', () => {
    expect(anon('张三称，证人张小明在场。', [person('张三')])).toBe('张某甲称，证人张某乙在场。');
  });

  it('do not take titles, places or anonymous names for names', () => {
    expect(anon('委托代理人王律师、证人陈某某到庭，申请人王于2026年3月申请，被申请人杭州某公司')).toBe('委托代理人王律师、证人陈某某到庭，申请人王于2026年3月申请，被申请人杭州某公司');
  });

  it('leave what the editor keeps (a place read as a name), and nothing else', () => {
    const text = '证人张家港称，张三在场。';
    expect(anon(text, [person('张三')])).toBe('证人张某甲称，张某乙在场。');
    expect(anon(text, [person('张三')], ['张家港'])).toBe('证人张家港称，张某在场。');
  });
});

describe('organizations that are parties', () => {
  it.each([
    ['杭州某某科技有限公司', '杭州某科技有限公司'],
    ['杭州青山湖电子科技有限公司', '杭州某电子科技有限公司'],
    ['杭州市富阳区永兴中学', '杭州市富阳区某中学'],
    ['杭州市第一人民医院', '杭州市某人民医院'],
    ['富阳区人民医院', '富阳区某医院'],
    ['浙江省杭州市西湖区文新幼儿园', '浙江省杭州市西湖区某幼儿园'],
    ['上海大众汽车销售服务股份有限公司', '上海某服务股份有限公司'],
    ['桐庐县富春江物业管理有限公司', '桐庐县某物业管理有限公司'],
    ['阿里巴巴', '某单位'],
  ])('%s → %s (region and kind kept)', (name, expected) => {
    // The industry is the longest known word that ends the middle (服务 of 大众汽车销售服务).
    expect(parseOrganizationName(name).anonymized).toBe(expected);
  });

  it('replace the full name, the name without its region and a company trade name cited alone', () => {
    const parties = [org('杭州青山湖电子科技有限公司')];
    expect(anon('杭州青山湖电子科技有限公司（以下简称青山湖公司）与青山湖电子科技有限公司是同一家。青山湖称', parties)).toBe(
      '杭州某电子科技有限公司（以下简称某公司）与某电子科技有限公司是同一家。某公司称',
    );
  });

  it('do not touch a school trade name that is also its place (永兴中学 of 永兴镇)', () => {
    expect(anon('杭州市富阳区永兴中学位于永兴镇。', [org('杭州市富阳区永兴中学')])).toBe('杭州市富阳区某中学位于永兴镇。');
  });

  it('an organization already anonymous is left as it is and does not block publication', () => {
    const parties = [org('杭州市富阳区某中学')];
    expect(anon('杭州市富阳区某中学采购教学设备。', parties)).toBe('杭州市富阳区某中学采购教学设备。');
    expect(findIdentifying([{ key: 'FACTS', text: '杭州市富阳区某中学采购教学设备。' }], parties)).toEqual([]);
    expect(anonymizedPartyName(parties[0])).toBe('杭州市富阳区某中学');
  });

  it('a person inside an organization name goes with the organization', () => {
    expect(anon('杭州市富阳区张三小吃店', [person('张三'), org('杭州市富阳区张三小吃店')])).toBe('杭州市富阳区某店');
  });
});

describe('identity numbers', () => {
  it('delete an 18-digit number with an X check character, upper or lower case, from the records or not', () => {
    const id = idWithX();
    expect(anon(`身份证号为${id}，`)).toBe('身份证号为×××，');
    expect(anon(`身份证号为${id.toLowerCase()}，`)).toBe('身份证号为×××，');
    expect(reasons(`身份证号为${id}`)).toEqual(['ID_NUMBER']);
  });

  it('delete a 15-digit old identity number, full-width digits and numbers with spaces', () => {
    expect(anon('旧身份证330102800101001。')).toBe('旧身份证×××。');
    expect(anon('号码３３０１０２１９８００１０１００１８，')).toBe('号码×××，');
    expect(anon('身份证 330102 19800101 0018，')).toBe('身份证 ×××，');
  });

  it('delete a bracket that holds only the label and the number, with the bracket (the sentence stays whole)', () => {
    const id = makeResidentId('33010219800101001');
    expect(anon(`张三（身份证号码：${id}）到场。`, [person('张三', { idNumber: id })])).toBe('张某到场。');
    expect(anon(`张三(${id})到场。`, [person('张三', { idNumber: id })])).toBe('张某到场。');
    // Two things in one bracket: each number becomes ×××, the bracket stays.
    expect(anon(`张三（男，身份证号码${id}）`, [person('张三', { idNumber: id })])).toBe('张某（男，身份证号码×××）');
  });

  it('delete credit codes and record numbers with letters (passports)', () => {
    const uscc = makeUscc('91330183MA2H0X123');
    expect(anon(`统一社会信用代码为${uscc}。`)).toBe('统一社会信用代码为×××。');
    expect(anon('护照号E12345678。', [person('约翰', { idNumber: 'E12345678' })])).toBe('护照号×××。');
  });
});

describe('phone numbers', () => {
  it.each([
    ['电话13812345678。', '电话×××。'],
    ['电话138 1234 5678。', '电话×××。'],
    ['电话138-1234-5678。', '电话×××。'],
    ['手机+86 13812345678。', '手机×××。'],
    ['电话0571-88886666。', '电话×××。'],
    ['电话（0571）88886666。', '电话（0571）×××。'],
    ['电话０５７１－８８８８６６６６。', '电话×××。'],
    ['座机010-12345678转123。', '座机×××转123。'],
  ])('%s → %s', (text, expected) => {
    // （0571）88886666: the area code in brackets is no number of its own; the local number is the record's.
    const parties = [person('某甲', { phone: '0571-88886666' })];
    expect(anon(text, parties)).toBe(expected);
  });

  it("delete a landline's local number written without its area code when it is the record's", () => {
    expect(anon('联系电话6331 2345。', [person('张三', { phone: '0571-63312345' })])).toBe('联系电话×××。');
    expect(anon('联系电话6331 2345。', [])).toBe('联系电话6331 2345。');
  });

  it('delete the bracket of a phone with its label', () => {
    expect(anon('李四（电话：13900001111）称', [person('李四', { phone: '13900001111' })])).toBe('李某称');
  });

  it('leave dates, times, amounts and case numbers alone', () => {
    const text = '2026-03-02 10:00，金额13,500,000.00元，标的额1280000.50元，案号（2026）浙0111民初123号';
    expect(anon(text)).toBe(text);
  });
});

describe('bank accounts, plate numbers, property certificates', () => {
  it('delete bank card numbers (16 to 19 digits) and shorter accounts after their label', () => {
    expect(anon('卡号6217001234567890。')).toBe('卡号×××。');
    expect(anon('银行账号为6222 0212 3456 7890 123，')).toBe('银行账号为×××，');
    expect(anon('对公账户：12020210090000123。')).toBe('对公账户：×××。');
    expect(anon('账号：33050161', [])).toBe('账号：×××');
    expect(reasons('卡号6217001234567890')).toEqual(['BANK_ACCOUNT']);
  });

  it('keep the province and letter of a plate number', () => {
    expect(anon('驾驶浙A12345号小型轿车')).toBe('驾驶浙A×××××号小型轿车');
    expect(anon('新能源车浙AD12345与苏E·88888相撞')).toBe('新能源车浙A×××××与苏E×××××相撞');
    expect(anon('浙A1234学')).toBe('浙A×××××');
    expect(reasons('浙A12345')).toEqual(['PLATE_NUMBER']);
  });

  it('delete the serial of a property certificate', () => {
    expect(anon('不动产权证书号为浙（2021）富阳区不动产权第0012345号。')).toBe('不动产权证书号为浙（2021）富阳区不动产权第×××号。');
    expect(anon('房产证号：杭房权证西移字第12345678号')).toBe('房产证号：杭房权证西移字第×××号');
    expect(reasons('不动产权第0012345号')).toEqual(['PROPERTY_CERTIFICATE']);
  });
});

describe('addresses', () => {
  it('keep a recorded address down to the district, wherever it is cited, its shorter forms too', () => {
    const parties = [person('张三', { address: '杭州市富阳区银湖街道金秋路18号3幢201室' })];
    expect(anon('张三住杭州市富阳区银湖街道金秋路18号3幢201室。', parties)).toBe('张某住杭州市富阳区。');
    expect(anon('房屋位于富阳区银湖街道金秋路18号3幢201室', parties)).toBe('房屋位于富阳区');
    expect(anon('在银湖街道金秋路18号3幢201室门口', parties)).toBe('在×××门口');
  });

  it('detect a home address after 住, 家住, 住址, 住所地: down to the district or county, else ×××', () => {
    expect(anon('家住富阳区东洲街道黄公望村3组。')).toBe('家住富阳区。');
    expect(anon('住浙江省杭州市西湖区文三路1号，')).toBe('住浙江省杭州市西湖区，');
    expect(anon('住址：桐庐县城南街道白云源路99号2单元301室')).toBe('住址：桐庐县');
    expect(anon('现住某小区5幢1单元，')).toBe('现住×××，');
    expect(anon('住所地：杭州市富阳区富春街道江滨西大道100号，经营')).toBe('住所地：杭州市富阳区，经营');
  });

  it('do not take 住院, 住房 or a bare district for an address', () => {
    const text = '张某因病住院，住房面积120平方米，入住后漏水。住所地杭州市富阳区。';
    expect(anon(text)).toBe(text);
  });
});

describe('the replacement list (the editor diff)', () => {
  it('names every replacement with its spans, its reason and what it became; applying them gives the output', () => {
    const id = makeResidentId('33010219800101001');
    const parties = [person('张三', { idNumber: id, phone: '13812345678', address: '杭州市富阳区银湖街道金秋路18号' }), org('杭州青山湖电子科技有限公司')];
    const text = `张三（身份证号码：${id}）住杭州市富阳区银湖街道金秋路18号，电话13812345678，向杭州青山湖电子科技有限公司购车，车牌浙A12345。`;
    const r = anonymize([{ key: 'FACTS', text }], parties);
    expect(r.replacements.map((x) => [x.reason, x.original, x.replacement])).toEqual([
      ['PERSON_NAME', '张三', '张某'],
      ['ID_NUMBER', `（身份证号码：${id}）`, ''],
      ['ADDRESS', '杭州市富阳区银湖街道金秋路18号', '杭州市富阳区'],
      ['PHONE', '13812345678', '×××'],
      ['ORGANIZATION_NAME', '杭州青山湖电子科技有限公司', '杭州某电子科技有限公司'],
      ['PLATE_NUMBER', '浙A12345', '浙A×××××'],
    ]);
    const out = r.sections[0].text;
    for (const x of r.replacements) {
      expect(text.slice(x.start, x.end)).toBe(x.original);
      expect(out.slice(x.anonymizedStart, x.anonymizedEnd)).toBe(x.replacement);
    }
    // Rebuilding the output from the original and the list gives the same text.
    let rebuilt = '';
    let from = 0;
    for (const x of r.replacements) {
      rebuilt += text.slice(from, x.start) + x.replacement;
      from = x.end;
    }
    expect(rebuilt + text.slice(from)).toBe(out);
  });

  it('is deterministic', () => {
    const sections = [{ key: 'A', text: '张三与张四、证人张小明' }];
    const parties = [person('张三'), person('张四')];
    expect(anonymize(sections, parties)).toEqual(anonymize(sections, parties));
  });
});

describe('the publication check', () => {
  const id = makeResidentId('33010219800101002');
  const parties = [
    person('李建国', { idNumber: id, phone: '13900001111', address: '杭州市富阳区东洲街道黄公望村5组12号', role: 'APPLICANT' }),
    person('王秀英', { phone: '0571-63312345', role: 'RESPONDENT' }),
    org('杭州青山湖电子科技有限公司', { idNumber: makeUscc('91330183MA2H0X123') }),
  ];

  it('finds names, ID numbers, phones (the local number too) and addresses of the records', () => {
    const text = `李建国、王 秀英与青山湖电子科技有限公司；${id}；电话6331-2345；住东洲街道黄公望村5组12号。`;
    const found = findIdentifying([{ key: 'FACTS', text }], parties);
    expect(found.map((f) => [f.reason, f.party, text.slice(f.start, f.end)])).toEqual([
      ['PERSON_NAME', 0, '李建国'],
      ['PERSON_NAME', 1, '王 秀英'],
      ['ORGANIZATION_NAME', 2, '青山湖电子科技有限公司'],
      ['ID_NUMBER', 0, id],
      ['PHONE', 1, '6331-2345'],
      ['ADDRESS', 0, '东洲街道黄公望村5组12号'],
    ]);
  });

  it('finds any number the ID and phone detectors find, records or not', () => {
    const found = findIdentifying([{ key: 'FACTS', text: '另有13700002222及330102800101001。' }], []);
    expect(found.map((f) => [f.reason, f.party])).toEqual([
      ['PHONE', null],
      ['ID_NUMBER', null],
    ]);
  });

  it('passes the output of the pass, and fails it again once the editor keeps a name', () => {
    const text = `申请人李建国（电话：13900001111）与被申请人王秀英（电话0571-63312345）因宅基地纠纷，李建国住杭州市富阳区东洲街道黄公望村5组12号，身份证号码${id}。杭州青山湖电子科技有限公司为第三人。`;
    const sections = [{ key: 'FACTS', text }];
    const clean = anonymize(sections, parties);
    expect(findIdentifying(clean.sections, parties)).toEqual([]);
    for (const value of ['李建国', '王秀英', id, '13900001111', '63312345', '黄公望村5组12号', '青山湖']) expect(clean.sections[0].text).not.toContain(value);
    const kept = anonymize(sections, parties, { keep: ['李建国'] });
    expect(findIdentifying(kept.sections, parties).map((f) => f.reason)).toEqual(['PERSON_NAME', 'PERSON_NAME']);
  });

  it('holds for random narratives: whatever the pass returns passes the check, and no record value is left', () => {
    const surnames = ['张', '王', '李', '欧阳', '司马'];
    const given = ['三', '小明', '建国', '秀英', '娜娜', '伟'];
    const nameArb = fc.tuple(fc.constantFrom(...surnames), fc.constantFrom(...given)).map(([s, g]) => s + g);
    const seqArb = fc.integer({ min: 0, max: 999 });
    const partyArb = fc.record({
      name: nameArb,
      id: seqArb.map((n) => makeResidentId(`33010219900101${String(n).padStart(3, '0')}`)),
      phone: fc.integer({ min: 0, max: 99_999_999 }).map((n) => `139${String(n).padStart(8, '0')}`),
      address: fc.integer({ min: 1, max: 300 }).map((n) => `杭州市富阳区银湖街道金秋路${n}号`),
    });
    const fillers = ['因通行发生纠纷，', '经调解达成协议。', '（电话：', '）', '，身份证号', '，住', '。', '称', '与', '证人王小明称，'];
    fc.assert(
      fc.property(fc.array(partyArb, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(3), fc.nat(3), fc.constantFrom(...fillers)), { minLength: 1, maxLength: 12 }), (ps, pieces) => {
        const parties = ps.map((p) => person(p.name, { idNumber: p.id, phone: p.phone, address: p.address }));
        const text = pieces
          .map(([who, what, filler]) => {
            const p = ps[who % ps.length];
            return [p.name, p.id, p.phone, p.address][what] + filler;
          })
          .join('');
        const r = anonymize([{ key: 'FACTS', text }], parties);
        expect(findIdentifying(r.sections, parties)).toEqual([]);
        for (const p of ps) {
          expect(r.sections[0].text).not.toContain(p.id);
          expect(r.sections[0].text).not.toContain(p.phone);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('regions', () => {
  it.each([
    ['杭州市富阳区银湖街道金秋路18号', '杭州市富阳区'],
    ['浙江省杭州市西湖区文三路1号', '浙江省杭州市西湖区'],
    ['浙江杭州富阳某路', '浙江杭州富阳'],
    ['桐庐县城南街道', '桐庐县'],
    ['杭州市银湖街道', '杭州市'],
    ['银湖街道某路1号', ''],
    ['上海市浦东区某路', '上海市浦东区'],
  ])('%s: %s', (s, prefix) => {
    expect(regionPrefix(s)).toBe(prefix);
  });
});
