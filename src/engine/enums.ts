// The profile's enumerations, zod-free so that the UI can list options without loading the schema.
export const EDUCATIONS = ['none', 'associate', 'bachelor', 'bachelorDegree', 'master', 'doctorate'] as const
export const QUALIFICATIONS = [
  'none',
  'skill5',
  'skill4',
  'skill3',
  'skill2',
  'skill1',
  'titleIntermediate',
  'titleSenior',
] as const
export const AWARDS = ['none', 'municipalSpecial', 'municipalComprehensive', 'national'] as const
export const INNOVATIONS = ['none', 'startupFounder', 'techTransfer'] as const
export const KEY_AREA_KINDS = ['lingang', 'newTown', 'transformation'] as const

export type Education = (typeof EDUCATIONS)[number]
export type Qualification = (typeof QUALIFICATIONS)[number]
export type Award = (typeof AWARDS)[number]
export type Innovation = (typeof INNOVATIONS)[number]
export type KeyAreaKind = (typeof KEY_AREA_KINDS)[number]
