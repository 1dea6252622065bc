// Reads Arrow IPC files with the apache-arrow package, an independent reader of the format, and
// prints each file's columns and rows as JSON: text as text, integers as decimal text (Int64 is a
// BigInt), decimals as plain text at their scale, floating point as numbers, lists as arrays.
import { readFileSync } from 'node:fs';
import { tableFromIPC, Type } from 'apache-arrow';

function plainDecimal(value, scale) {
  const digits = String(value);
  const negative = digits.startsWith('-');
  const unsigned = (negative ? digits.slice(1) : digits).padStart(scale + 1, '0');
  const text = scale === 0 ? unsigned : unsigned.slice(0, -scale) + '.' + unsigned.slice(-scale);
  return negative ? '-' + text : text;
}

function cell(value, type) {
  if (value === null || value === undefined) return null;
  switch (type.typeId) {
    case Type.Decimal: return plainDecimal(value, type.scale);
    case Type.Int: return String(value);
    case Type.Float: return Number(value);
    case Type.List: return Array.from(value.toArray(), item => cell(item, type.children[0].type));
    default: return String(value);
  }
}

const files = {};
for (const path of process.argv.slice(2)) {
  const table = tableFromIPC(readFileSync(path));
  const fields = table.schema.fields;
  const rows = [];
  for (const row of table) {
    rows.push(fields.map(field => cell(row[field.name], field.type)));
  }
  files[path] = { columns: fields.map(field => `${field.name}:${field.type}`), rows };
}
console.log(JSON.stringify(files));
