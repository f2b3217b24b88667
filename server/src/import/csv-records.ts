/**
 * CSV records from decoded text chunks, with the line each record starts on: RFC 4180 (quoted
 * fields may hold the delimiter, doubled quotes and line breaks; CRLF, LF or CR end a record),
 * relaxed the way Excel's files need — records of any length (a title row above the header), a
 * stray quote inside an unquoted field kept as text.
 *
 * Written here rather than taken from csv-parse: csv-parse builds an Error with a stack trace for
 * every record whose length differs from the first one's, even when told to accept it, and a
 * finance sheet's title row makes that every record (25 s of a 156,000-row file's 30).
 */
export interface CsvRecord {
  /** The 1-based line the record starts on. */
  line: number;
  fields: string[];
}

/** Yields the records of each chunk together: one await per chunk rather than per record (156,000 of them). */
export async function* csvRecords(chunks: AsyncIterable<string>, delimiter: string): AsyncGenerator<CsvRecord[]> {
  let fields: string[] = [];
  let field = "";
  /** Inside a field that began with a quote, until its closing quote. */
  let inQuotes = false;
  /** A quote inside quotes was a chunk's last character: doubled ("") or closing, the next one tells. */
  let quotePending = false;
  /** The previous character was a CR ending a record: an LF right after it belongs to it. */
  let crPending = false;
  let crInQuotes = false;
  let line = 1;
  let recordLine = 1;
  let batch: CsvRecord[] = [];
  const endRecord = () => {
    fields.push(field);
    batch.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (crPending) {
        crPending = false;
        if (ch === "\n") continue;
      }
      if (quotePending) {
        quotePending = false;
        if (ch === '"') {
          field += '"';
          continue;
        }
        inQuotes = false;
      }
      if (inQuotes) {
        if (ch === '"') {
          if (i + 1 === chunk.length) quotePending = true;
          else if (chunk[i + 1] === '"') {
            field += '"';
            i++;
          } else inQuotes = false;
          continue;
        }
        // A line break inside a quoted field: CR, LF or CRLF (whose halves may come in two chunks) is one line.
        if (ch === "\r" || (ch === "\n" && !crInQuotes)) line++;
        crInQuotes = ch === "\r";
        field += ch;
        continue;
      }
      if (ch === '"' && field === "") {
        inQuotes = true;
        continue;
      }
      if (ch === delimiter) {
        fields.push(field);
        field = "";
        continue;
      }
      if (ch === "\n" || ch === "\r") {
        endRecord();
        line++;
        recordLine = line;
        crPending = ch === "\r";
        continue;
      }
      field += ch;
    }
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  if (field !== "" || fields.length > 0 || inQuotes || quotePending) endRecord();
  if (batch.length > 0) yield batch;
}
