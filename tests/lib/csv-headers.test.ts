// Issue 11: HR spreadsheets' own headers and values are understood.
import { describe, expect, it } from 'vitest'
import { parseBatchText, scoreRows } from '../../src/features/batch/batch-core'
import { mapHeaders, matchHeader } from '../../src/lib/csv-headers'
import { rowToRawProfile } from '../../src/lib/csv-row'
import { ENUM_GROUPS, serialToDate, toDate, toEnum, type EnumColumn } from '../../src/lib/csv-values'
import { CSV_COLUMNS } from '../../src/lib/csv-profile'
import * as engine from '../../src/i18n/messages/engine'
import * as engineEn from '../../src/i18n/messages/engine.en'
import * as later from '../../src/i18n/messages/later'

const TODAY = '2026-11-27'

describe('headers: keys, labels alone and common synonyms', () => {
  it.each([
    ['姓名', 'candidate'],
    ['员工姓名', 'candidate'],
    ['名字', 'candidate'],
    ['出生日期', 'birthDate'],
    ['出生年月', 'birthDate'],
    ['生日', 'birthDate'],
    ['出生日期（必填）', 'birthDate'],
    ['学历', 'education'],
    ['最高学历', 'education'],
    ['学位', 'degree'],
    ['职称', 'qualification'],
    ['技能等级', 'qualification'],
    ['职业资格', 'qualification'],
    ['社保起始月', 'socialInsurance.1.from'],
    ['参保起始', 'socialInsurance.1.from'],
    ['社保截止月', 'socialInsurance.1.to'],
    ['至今', 'socialInsurance.1.to'],
    ['缴费基数', 'socialInsurance.1.base'],
    ['月缴费基数', 'socialInsurance.1.base'],
    ['社保起始月2', 'socialInsurance.2.from'],
    ['缴费基数（3）', 'socialInsurance.3.base'],
    ['第2段社保截止月', 'socialInsurance.2.to'],
    ['配偶落户日期', 'spouseHukouSince'],
    ['Date of birth', 'birthDate'],
    ['出生日期 (birthDate)', 'birthDate'],
    ['备注', null],
  ])('%j → %j', (cell, target) => {
    expect(matchHeader(cell)).toBe(target)
  })

  it('an unknown header with content, or a field named twice, is left to the mapping step', () => {
    expect(mapHeaders(['姓名', '职称', '技能等级', '入职渠道', '备注'])).toEqual({ targets: ['candidate', 'qualification', null, null, null], unknown: [3], duplicate: [2] })
    const parsed = parseBatchText('姓名,出生日期,入职渠道\n张三,1990-01-01,校招')
    expect(parsed.needsMapping).toMatchObject({ header: ['姓名', '出生日期', '入职渠道'], unknown: [2], samples: [['张三', '1990-01-01', '校招']] })
  })

  it('an unknown header whose column is empty throughout asks nothing and is reported as ignored', () => {
    const parsed = parseBatchText('姓名,出生日期,入职渠道\n张三,1990-01-01,')
    expect(parsed.needsMapping).toBeUndefined()
    expect(parsed.ignoredColumns).toEqual(['入职渠道'])
  })

  it('columns HR files often hold but the points do not use (备注, 部门, 性别) are reported as not read, never asked about', () => {
    const parsed = parseBatchText('姓名,出生日期,备注,部门\n张三,1990-01-01,新员工,财务')
    expect(parsed.needsMapping).toBeUndefined()
    expect(parsed.ignoredColumns).toEqual(['备注', '部门'])
  })

  it('a remembered mapping for the same header reads the file without asking', () => {
    const text = '姓名,生年,备注\n张三,1990-01-01,x'
    const m = parseBatchText(text).needsMapping!
    const parsed = parseBatchText(text, '', TODAY, { [m.signature]: ['candidate', 'birthDate', null] })
    expect(parsed.rows[0]).toMatchObject({ candidate: '张三', raw: { birthDate: '1990-01-01' } })
  })
})

describe('every label the page shows is read back (the word lists are in step with the catalogues)', () => {
  // Field names and option labels are with the later steps' messages.
  const catalogues: Record<string, string>[] = [
    { ...engine.zh, ...later.zh },
    { ...engineEn.en, ...later.en },
  ]
  it('the catalogues hold the labels checked here', () => {
    for (const c of catalogues) expect(c['engine.field.birthDate'] && c['engine.education.master']).toBeTruthy()
  })
  it('each field’s Chinese and English label names its column', () => {
    for (const c of catalogues)
      for (const column of CSV_COLUMNS) {
        const label = c[`engine.field.${column}`]
        if (label) expect(matchHeader(label), label).toBe(column)
      }
  })
  it('each choice’s Chinese and English label reads as its code', () => {
    for (const c of catalogues)
      for (const [column, group] of Object.entries(ENUM_GROUPS))
        for (const [key, label] of Object.entries(c))
          if (key.startsWith(`engine.${group}.`)) expect(toEnum(column as EnumColumn, label), label).toBe(key.slice(group.length + 8))
  })
})

describe('values: Chinese choices and dates as spreadsheets write them', () => {
  it.each([
    ['education', '高中及以下', 'none'],
    ['education', '大专', 'associate'],
    ['education', '本科', 'bachelor'],
    ['education', '本科+学士', 'bachelorDegree'],
    ['education', '学士', 'bachelorDegree'],
    ['education', '硕士', 'master'],
    ['education', '博士', 'doctorate'],
    ['qualification', '无', 'none'],
    ['qualification', '初级工', 'skill5'],
    ['qualification', '高级技师', 'skill1'],
    ['qualification', '技能五级', 'skill5'],
    ['qualification', '技能一级', 'skill1'],
    ['qualification', '中级职称', 'titleIntermediate'],
    ['qualification', '高级职称', 'titleSenior'],
    ['qualification', '副高', 'titleSenior'],
    ['qualification', '正高', 'titleSenior'],
    ['keyArea.kind', '临港', 'lingang'],
    ['keyArea.kind', '新城', 'newTown'],
    ['keyArea.kind', '转型区', 'transformation'],
    ['education', 'BachelorDegree', 'bachelorDegree'],
    ['education', '小学毕业了', '小学毕业了'],
  ] as const)('%s %j → %j', (column, text, value) => {
    expect(toEnum(column, text)).toBe(value)
  })

  it.each([
    ['1990/5/1', '1990-05-01'],
    ['1990年5月1日', '1990-05-01'],
    ['1990.05', '1990-05-01'],
    ['1990年5月', '1990-05-01'],
    ['19900501', '1990-05-01'],
    ['32994', '1990-05-01'],
    ['1990', '1990'],
    ['明天', '明天'],
  ])('date %j → %j', (text, date) => {
    expect(toDate(text)).toBe(date)
  })

  it('Excel serial numbers count from 1900-01-01 = 1, with 1900-02-29 (25569 = 1970-01-01)', () => {
    expect(serialToDate(25569)).toBe('1970-01-01')
    expect(serialToDate(61)).toBe('1900-03-01')
  })

  it('是/否 for yes/no; separate from/to/base columns with 至今 become the history, 至今 = the assessment month', () => {
    const r = rowToRawProfile(
      {
        fullTimeStudy: '是',
        'socialInsurance.1.from': '2019/1',
        'socialInsurance.1.to': '2023年6月',
        'socialInsurance.1.base': '15,000',
        'socialInsurance.2.from': '2023.07',
        'socialInsurance.2.to': '至今',
        'socialInsurance.2.base': '18000元',
      },
      TODAY,
    ).raw
    expect(r).toEqual({
      version: 1,
      fullTimeStudy: true,
      socialInsurance: [
        { from: '2019-01', to: '2023-06', base: 15000 },
        { from: '2023-07', to: '2026-11', base: 18000 },
      ],
    })
  })

  it('学历 本科 with 学位 学士 is bachelorDegree', () => {
    expect(rowToRawProfile({ education: '本科', degree: '学士' }).raw).toEqual({ version: 1, education: 'bachelorDegree' })
    expect(rowToRawProfile({ education: '本科', degree: '无' }).raw).toEqual({ version: 1, education: 'bachelor' })
  })

  it('the one-cell history accepts 至今 too', () => {
    expect(rowToRawProfile({ socialInsurance: '2023-07..至今@18000' }, TODAY).raw).toEqual({ version: 1, socialInsurance: [{ from: '2023-07', to: '2026-11', base: 18000 }] })
  })

  it('a rejected choice names the row, the column, what was typed and the accepted values (errors by period column)', () => {
    const rows = scoreRows(parseBatchText('姓名,出生日期,学历,社保起始月,社保截止月,缴费基数\n张三,1990-01-01,小学毕业了,2019-13,至今,1000', '', TODAY), TODAY)
    expect(rows[0]).toMatchObject({
      line: 2,
      status: 'invalid',
      errors: [
        { column: 'education', code: 'invalidValue', value: '小学毕业了' },
        { column: 'socialInsurance.1.from', value: '2019-13' },
      ],
    })
  })
})
