import { describe, expect, it } from 'vitest'
import { assessCompliance, complianceMemo, defaultPolicy } from '../../src/shared/policy'
import { basesForYear, findNationalBase, isNationalBasePlatform } from '../../src/shared/reference/bases'
import { claimFingerprint, duplicateWarning } from '../../src/shared/rules'
import { normaliseTitle } from '../../src/shared/rules/fingerprint'
import { foldText } from '../../src/shared/vocabulary'

describe('annual compliance', () => {
  const policy = defaultPolicy(2026)

  it('the default policy is 公需 30, 专业 60, total 90 (in tenths)', () => {
    expect(policy).toEqual({ year: 2026, minPublic: 300, minProfessional: 600, minTotal: 900 })
  })

  it.each([
    { name: '30 公需 + 60 专业: met', pub: 300, pro: 600, compliant: true, shortfall: { public: 0, professional: 0, total: 0 }, message: '已达标' },
    { name: '25 公需 + 65 专业: 公需 short though the total is met', pub: 250, pro: 650, compliant: false, shortfall: { public: 50, professional: 0, total: 0 }, message: '公需科目差 5 学时' },
    { name: '25 公需 + 60 专业', pub: 250, pro: 600, compliant: false, shortfall: { public: 50, professional: 0, total: 50 }, message: '公需科目差 5 学时，合计差 5 学时' },
    { name: '0 + 12.5 专业', pub: 0, pro: 125, compliant: false, shortfall: { public: 300, professional: 475, total: 775 }, message: '公需科目差 30 学时，专业科目差 47.5 学时，合计差 77.5 学时' }
  ])('$name', ({ pub, pro, compliant, shortfall, message }) => {
    expect(assessCompliance(policy, { public: pub, professional: pro }, false)).toEqual({ compliant, yearMet: false, shortfall, message })
  })

  it('a year-met claim (三援) makes the year compliant whatever the split', () => {
    const result = assessCompliance(policy, { public: 0, professional: 0 }, true)
    expect(result).toEqual({ compliant: true, yearMet: true, shortfall: { public: 0, professional: 0, total: 0 }, message: '视为完成当年继续教育学时' })
  })
})

describe('compliance over a whole unit (complianceMemo)', () => {
  const policies = [defaultPolicy(2026), { year: 2026, minPublic: 0, minProfessional: 250, minTotal: 400 }]

  it.each(policies)('gives what assessCompliance gives, for every split around the minima ($minPublic/$minProfessional/$minTotal)', (policy) => {
    const memo = complianceMemo(policy)
    const values = [0, 1, 125, 249, 250, 251, 299, 300, 301, 599, 600, 601, 899, 900, 1200]
    for (const pub of values) {
      for (const pro of values) {
        for (const yearMet of [false, true]) {
          // Twice: the second answer comes from the memo.
          expect(memo(pub, pro, yearMet)).toEqual(assessCompliance(policy, { public: pub, professional: pro }, yearMet))
          expect(memo(pub, pro, yearMet)).toEqual(assessCompliance(policy, { public: pub, professional: pro }, yearMet))
        }
      }
    }
  })

  it('shares one frozen result between people with the same shortfalls', () => {
    const memo = complianceMemo(defaultPolicy(2026))
    expect(memo(250, 650, false)).toBe(memo(250, 700, false))
    expect(memo(300, 600, false)).toBe(memo(900, 900, false))
    expect(Object.isFrozen(memo(0, 0, false).shortfall)).toBe(true)
  })

  it('still answers for minima too large for its key', () => {
    const huge = { year: 2026, minPublic: 2 ** 20, minProfessional: 2 ** 20, minTotal: 2 ** 21 }
    expect(complianceMemo(huge)(2 ** 20, 2 ** 19, false)).toEqual(assessCompliance(huge, { public: 2 ** 20, professional: 2 ** 19 }, false))
  })
})

describe('national-level bases (附件 1), valid in 2026', () => {
  it('lists the four bases of 2026 and none for 2027', () => {
    expect(basesForYear(2026).map((b) => b.name)).toEqual(['中南大学', '湖南大学', '长沙理工大学', '湖南工学院'])
    expect(basesForYear(2027)).toEqual([])
  })

  it.each([
    ['https://sypx.csu.edu.cn/course/1', '中南大学'],
    ['http://www.jxjyjd.hnu.edu.cn', '湖南大学'],
    ['JXJY.CSUST.EDU.CN:8080/x', '长沙理工大学'],
    ['湖南工学院继续教育平台', '湖南工学院']
  ])('%s → %s', (platform, name) => {
    expect(findNationalBase(platform, 2026)?.name).toBe(name)
  })

  it.each(['https://csu.edu.cn', 'www.example.com', '某某网络学院', 'https://evil-sypx.csu.edu.cn.example.com'])('%s is not a base platform', (platform) => {
    expect(isNationalBasePlatform(platform, 2026)).toBe(false)
  })

  it('the list is per year', () => {
    expect(isNationalBasePlatform('sypx.csu.edu.cn', 2027)).toBe(false)
  })
})

describe('claim fingerprint (疑似重复申报)', () => {
  const base = { idNumber: '430102199003071234', kind: 'training', title: '全省工程技术人员研修班', endDate: '2026-03-11' } as const

  it('is deterministic', () => {
    expect(claimFingerprint(base)).toBe(claimFingerprint({ ...base }))
    expect(claimFingerprint(base)).toMatch(/^[0-9a-f]{16}$/)
  })

  it('ignores spacing, width, punctuation and a missing start date', () => {
    expect(claimFingerprint({ ...base, title: ' 全省工程技术人员研修班。', startDate: '2026-03-09', idNumber: '４３０１０２１９９００３０７１２３４' })).toBe(
      claimFingerprint(base)
    )
  })

  it('differs by person, kind, title or date', () => {
    const fp = claimFingerprint(base)
    expect(claimFingerprint({ ...base, idNumber: '11010519491231002X' })).not.toBe(fp)
    expect(claimFingerprint({ ...base, kind: 'conference' })).not.toBe(fp)
    expect(claimFingerprint({ ...base, title: '另一个研修班' })).not.toBe(fp)
    expect(claimFingerprint({ ...base, endDate: '2026-03-12' })).not.toBe(fp)
  })

  it('keeps the values stored by earlier versions (a changed key would hide every stored duplicate)', () => {
    expect(claimFingerprint(base)).toBe('745f33a909c76183')
    expect(claimFingerprint({ ...base, title: 'ＡＢＣ（第２期）—— Ｘ光 / CT 读片 & 影像★研修' })).toBe('1b4c575c4c9f387a')
    expect(claimFingerprint({ idNumber: '43010219900307123x', kind: 'paper', title: 'Deep  Learning：a Survey', year: 2026 })).toBe('df94dc23b3dc1d8e')
  })

  it('folds a title exactly as foldText followed by removing punctuation and symbols', () => {
    const reference = (t: string) => foldText(t).replace(/[\p{P}\p{S}]/gu, '')
    // Every kind of character the two forms treat specially, mixed at random.
    const pool = [...'全省研修班ＡＢＣａｂｃ１２３ABCxyz０9（）()【】[]《》<>「」“”"\'，。、；：？！,.;:?!—–-_/\\&＆★☆©®™+=＝％%￥$€ \u3000\u00A0\t\n\uFEFFǅΣσİ🙂']
    let seed = 7
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % pool.length
    for (let i = 0; i < 5000; i++) {
      const title = Array.from({ length: 1 + (i % 23) }, () => pool[next()]).join('')
      expect(normaliseTitle(title)).toBe(reference(title))
    }
  })

  it('duplicateWarning names the earlier claim', () => {
    expect(duplicateWarning({ title: '全省工程技术人员研修班', date: '2026-03-11' })).toEqual({
      code: 'possibleDuplicate',
      message: '疑似重复申报：已有同一人员、同一形式、同名称同日期的申报「全省工程技术人员研修班」（2026-03-11）'
    })
  })
})
