// The pivot query builder lives with the other statements in main/core/store/queries/pivot-sql.ts; this name
// stays for the briefing workbook (core/xlsx/briefing-data.ts, another helper's file) until it imports it there.
export * from '../store/queries/pivot-sql';
