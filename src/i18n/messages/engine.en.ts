// English for messages/engine.ts, loaded only when English is chosen (Chinese is the default).
import type { zh } from './engine'

export const en: { readonly [K in keyof typeof zh]: string } = {
  'engine.item.age': 'Age (年龄)',

  'engine.basis.age': 'Age {age} on the assessment date',

  'engine.reason.missing': 'Missing information: answer the related question to score it.',
  'engine.reason.notClaimed': 'Not claimed.',
  'engine.reason.conditionNotMet': 'Answered, but the condition for points is not met yet.',
  'engine.reason.excludedByPickOne': 'Only the higher of this and the other item counts, so this one does not (it would give {wouldScore}).',
  'engine.reason.notCovered': 'The assessment date is outside the rules this tool covers.',

  'engine.error.required': 'Please fill this in as well.',
  'engine.error.invalidType': 'Enter digits only, without units or other text.',
  'engine.error.invalidValue': 'Not one of the options; please choose from the list.',
  'engine.error.unknownKey': 'Unknown field; it was not counted.',
  'engine.error.negative': 'Must not be negative.',
  'engine.error.notInteger': 'Enter a whole number.',
  'engine.error.tooLarge': 'Too large: check for extra zeros.',
  'engine.error.tooMany': 'Too many entries: merge adjacent periods.',
  'engine.error.invalidDate': 'Enter a real date as YYYY-MM-DD (e.g. 1990-05-01).',
  'engine.error.invalidMonth': 'Enter a month as YYYY-MM (e.g. 2020-01).',
  'engine.error.notAnObject': 'The profile is not in the expected format.',
  'engine.error.birthDateAfterAsOf': 'The birth date is after the assessment date; please check it.',
  'engine.error.dateTooEarly': 'Too early: enter a date in 1900 or later.',
  'engine.error.dateTooLate': 'Too late: enter a date on or before 31 December 2100.',
  'engine.error.ageOver120': 'This birth date gives an age over 120 on the assessment date; please check it.',
  'engine.error.beforeAge16': 'This month is before the month of the 16th birthday: social insurance starts at 16 at the earliest. Check the start month or the birth date.',
  'engine.error.endBeforeStart': 'The end month is before the start month.',

  'engine.listSep': ', ',

  'engine.group.basic': 'Basic indicators (基础指标)',
  'engine.group.bonus': 'Bonus indicators (加分指标)',
  'engine.group.deduction': 'Deductions (减分指标)',
  'engine.uncertain': 'Rule uncertain',
}
