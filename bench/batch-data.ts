// Realistic HR batch files for the benchmark and the e2e scale test: n candidates with varied
// answers (histories of one to three periods, groups filled in some rows), 1 % of rows invalid.
// Born 1965–1995: every history (from 2012) starts after the 16th birthday.
const EDUCATIONS = ['associate', 'bachelor', 'bachelorDegree', 'master', 'doctorate']
const QUALIFICATIONS = ['', 'skill3', 'titleIntermediate', 'titleSenior']

export function candidatesCsv(n: number): string {
  const lines = ['candidate,birthDate,education,fullTimeStudy,qualification,socialInsurance,keyArea.kind,keyArea.since,spouseHukouSince,deductions.detentions']
  for (let i = 0; i < n; i++) {
    const base = 6000 + ((i * 7919) % 45000)
    const history =
      i % 3 === 0
        ? `2015-0${1 + (i % 9)}..2020-12@${base};2021-02..2023-06@${base + 2000};2023-07..2026-05@${base + 5000}`
        : i % 3 === 1
          ? `2018-0${1 + (i % 9)}..2026-05@${base}`
          : `2012-01..2019-06@${base};2019-08..2026-05@${base * 2}`
    lines.push(
      [
        `候选人 ${i}`,
        i % 100 === 99 ? '1990-13-01' : `19${65 + (i % 31)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        EDUCATIONS[i % EDUCATIONS.length],
        i % 4 ? 'true' : 'false',
        QUALIFICATIONS[i % QUALIFICATIONS.length],
        history,
        i % 5 === 0 ? 'newTown' : i % 7 === 0 ? 'lingang' : '',
        i % 5 === 0 || i % 7 === 0 ? '2019-03-01' : '',
        i % 6 === 0 ? '2017-09-30' : '',
        i % 25 === 0 ? '1' : '',
      ].join(','),
    )
  }
  return `${lines.join('\r\n')}\r\n`
}
