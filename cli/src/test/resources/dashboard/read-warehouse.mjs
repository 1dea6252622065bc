// Opens a warehouse read-only with the DuckDB Node client a dashboard would use and runs each query
// of a JSON file; prints their rows as JSON, every value as text (null stays null).
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';

const [database, queriesFile] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(queriesFile, 'utf8'));
const instance = await DuckDBInstance.create(database, { access_mode: 'READ_ONLY' });
const connection = await instance.connect();
const results = [];
for (const sql of queries) {
  const reader = await connection.runAndReadAll(sql);
  results.push(reader.getRows().map(row => row.map(value => value === null ? null : String(value))));
}
console.log(JSON.stringify(results));
