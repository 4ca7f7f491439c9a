// Limits and names shared by the batch page and the batch worker, without the code of either.

/** Refused before reading: far above 20,000 realistic rows (≈ 200 bytes each). */
export const MAX_BATCH_FILE_BYTES = 10 * 1024 * 1024
export const MAX_BATCH_ROWS = 20_000

/** Header cells of our results export ("总积分 (result.total)"), skipped on re-import. */
export const RESULT_PREFIX = 'result.'
export const isResultColumn = (cell: string) => /[(（]\s*result\.[\w.]+\s*[)）]$|^result\./i.test(cell)
