import { describe, expect, it } from "vitest";
import { csvRecords } from "../csv-records.ts";

async function read(text: string, delimiter = ",", chunkSize = Number.POSITIVE_INFINITY) {
  async function* chunks() {
    for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize);
  }
  const out = [];
  for await (const records of csvRecords(chunks(), delimiter)) out.push(...records);
  return out;
}

const SAMPLE = '2025年分类明细帐\r\n单位,金额,备注\r\n城北,"1,234.50","他说""好""\r\n第二行"\r\n\r\n城南,12,x"y\n城东,3,z';
const EXPECTED = [
  { line: 1, fields: ["2025年分类明细帐"] },
  { line: 2, fields: ["单位", "金额", "备注"] },
  { line: 3, fields: ["城北", "1,234.50", '他说"好"\r\n第二行'] },
  { line: 5, fields: [""] },
  { line: 6, fields: ["城南", "12", 'x"y'] },
  { line: 7, fields: ["城东", "3", "z"] },
];

describe("CSV records", () => {
  it("reads records of any length, quoted delimiters, doubled quotes and line breaks, with the line each starts on", async () => {
    expect(await read(SAMPLE)).toEqual(EXPECTED);
  });

  it("reads the same whatever the chunks (a CRLF, a doubled quote or a field split between two)", async () => {
    for (const size of [1, 2, 3, 5, 7, 11]) expect(await read(SAMPLE, ",", size), `chunks of ${size}`).toEqual(EXPECTED);
  });

  it("takes another delimiter, a last line without a line break, and CR-only line ends", async () => {
    expect(await read("a;b\rc;d", ";")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["c", "d"] },
    ]);
    expect(await read("a\tb\n", "\t")).toEqual([{ line: 1, fields: ["a", "b"] }]);
  });
});
