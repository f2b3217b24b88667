import { deflateRawSync } from "node:zlib";
import type { TestServer } from "./test-server.ts";

export { minimalPdf } from "../../db/seeds/minimal-pdf.ts";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive of the given entries (deflated), as Office files are: enough to be a .docx or .xlsx by its parts. */
export function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const docxBytes = () =>
  zipOf({
    "[Content_Types].xml": "<Types/>",
    "word/document.xml": "<w:document><w:body><w:p><w:r><w:t>细则</w:t></w:r></w:p></w:body></w:document>",
  });
export const xlsxBytes = () =>
  zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "<worksheet/>" });

export interface UploadAnswer {
  status: number;
  body: any;
}

/** POSTs a file to the attachment door as the token's user. */
export async function uploadRuleFile(
  server: TestServer,
  token: string | null,
  fileName: string,
  content: Uint8Array,
  headers: Record<string, string> = {},
): Promise<UploadAnswer> {
  const response = await fetch(`${server.url}/api/rule-files?name=${encodeURIComponent(fileName)}`, {
    method: "POST",
    headers: { "accept-language": "en", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: new Blob([new Uint8Array(content)]),
  });
  return { status: response.status, body: await response.json() };
}

export async function downloadRuleFile(server: TestServer, token: string | null, url: string) {
  const response = await fetch(`${server.url}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}
