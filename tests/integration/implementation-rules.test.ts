import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxBytes, downloadRuleFile, minimalPdf, uploadRuleFile, xlsxBytes } from "../support/files.ts";
import { loadDatasetThroughApi, readWorkedExample } from "../support/load-dataset.ts";
import { FINALIZE, REOPEN } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * 实施细则: each unit files its rules for the year, in versions, with PDF/DOCX/XLSX attachments
 * checked by their content; the department and the deputy GM acknowledge receipt; a station head
 * files for their own unit only and reads only their own until the year is finalised.
 */
let server: TestServer;
let head: string;
let southHead: string;
let clerk: string;
let executive: string;

const FILE = `mutation($input: ImplementationRuleInput!) {
  fileImplementationRule(input: $input) {
    id version title reference filedBy unit { code }
    attachments { id fileName contentType size url }
    versions { version title }
  }
}`;
const ACKNOWLEDGE = `mutation($id: ID!) { acknowledgeImplementationRule(id: $id) { id acknowledgements { recipient acknowledgedBy acknowledgedAt } } }`;
const RULES = `query($year: Int!, $unit: String) {
  implementationRules(year: $year, unitCode: $unit) { id version title text unit { code } attachments { fileName url } versions { version title } }
}`;

const rules = (unitCode: string, extra: Record<string, unknown> = {}) => ({
  unitCode,
  year: 2025,
  title: `${unitCode} 2025 实施细则`,
  text: "## 一、收费\n\n每周一上解。",
  filedOn: "2025-01-20",
  ...extra,
});

beforeAll(async () => {
  server = await startTestServer();
  await loadDatasetThroughApi(server, readWorkedExample());
  head = await server.userWithRoles("rules-head-north", ["STATION_HEAD"], { unitCode: "north" });
  southHead = await server.userWithRoles("rules-head-south", ["STATION_HEAD"], { unitCode: "south" });
  clerk = await server.userWithRoles("rules-clerk", ["CLERK"]);
  executive = await server.userWithRoles("rules-gm", ["EXECUTIVE"]);
});
afterAll(() => server?.close());

describe("filing 实施细则 as a station head", () => {
  it("files the own unit's rules with a PDF, as version 1 named after the filer", async () => {
    const pdf = minimalPdf("North station rules 2025");
    const upload = await uploadRuleFile(server, head, "城北2025细则.pdf", pdf, { "content-type": "application/pdf" });
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ fileName: "城北2025细则.pdf", contentType: "application/pdf", size: pdf.length });
    const filed = await server.gqlAs(head, FILE, { input: rules("north", { attachmentIds: [upload.body.id] }) });
    expect(filed.errors).toBeUndefined();
    expect(filed.data.fileImplementationRule).toMatchObject({
      version: 1,
      reference: "north-2025-R1",
      filedBy: "rules-head-north",
      unit: { code: "north" },
      attachments: [{ fileName: "城北2025细则.pdf", contentType: "application/pdf", size: pdf.length }],
    });
    const download = await downloadRuleFile(server, head, filed.data.fileImplementationRule.attachments[0].url);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("城北2025细则.pdf")}`);
    expect(download.bytes.equals(pdf)).toBe(true);
  });

  it("refuses filing for another unit, storing nothing", async () => {
    const before = await server.knex("implementation_rules").count({ n: "*" });
    const refused = await server.gqlAs(head, FILE, { input: rules("south") });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(refused.errors?.[0].message).toBe("You can act only for your own unit");
    expect(await server.knex("implementation_rules").count({ n: "*" })).toEqual(before);
  });

  it("keeps version 1 when version 2 is filed, and can carry its attachment over", async () => {
    const [first] = (await server.gqlAs(head, RULES, { year: 2025, unit: "north" })).data.implementationRules;
    const file = await server
      .knex("implementation_rule_attachments")
      .where({ rule_id: Number(first.id) })
      .first("file_id");
    const docx = await uploadRuleFile(server, head, "补充说明.docx", docxBytes());
    expect(docx.status).toBe(201);
    const second = await server.gqlAs(head, FILE, {
      input: rules("north", { title: "城北2025细则(修订)", filedOn: "2025-03-02", attachmentIds: [String(file.file_id), docx.body.id] }),
    });
    expect(second.errors).toBeUndefined();
    expect(second.data.fileImplementationRule.version).toBe(2);
    expect(second.data.fileImplementationRule.attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
      "城北2025细则.pdf",
      "补充说明.docx",
    ]);
    expect(second.data.fileImplementationRule.versions).toEqual([
      { version: 2, title: "城北2025细则(修订)" },
      { version: 1, title: "north 2025 实施细则" },
    ]);
    const inForce = await server.gqlAs(head, RULES, { year: 2025, unit: "north" });
    expect(inForce.data.implementationRules.map((r: { version: number }) => r.version)).toEqual([2]);
  });

  it("answers a filing sent again with its number by the stored version, and refuses the number for other content", async () => {
    const input = rules("hall", { title: "收费大厅细则", reference: "hall-2025-RESEND" });
    const first = await server.gqlAs(clerk, FILE, { input });
    expect(first.data.fileImplementationRule).toMatchObject({ version: 1, filedBy: "rules-clerk" });
    const again = await server.gqlAs(clerk, FILE, { input });
    expect(again.data.fileImplementationRule.id).toBe(first.data.fileImplementationRule.id);
    const changed = await server.gqlAs(clerk, FILE, { input: { ...input, text: "别的内容" } });
    expect(changed.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "reference" });
  });

  it("does not let another unit's head attach or download the file, or read the rules of an open year", async () => {
    const [north] = (await server.gqlAs(head, RULES, { year: 2025, unit: "north" })).data.implementationRules;
    const url = north.attachments[0].url;
    expect((await downloadRuleFile(server, southHead, url)).status).toBe(404);
    expect((await downloadRuleFile(server, null, url)).status).toBe(401);
    const fileId = url.split("/").pop();
    const stolen = await server.gqlAs(southHead, FILE, { input: rules("south", { attachmentIds: [fileId] }) });
    expect(stolen.errors?.[0].extensions?.invalid).toEqual([expect.objectContaining({ field: "attachmentIds[0]", reason: "UNKNOWN_ATTACHMENT" })]);
    const listed = await server.gqlAs(southHead, RULES, { year: 2025 });
    expect(listed.data.implementationRules.map((r: { unit: { code: string } }) => r.unit.code)).not.toContain("north");
  });
});

describe("attachments are checked by their content", () => {
  it("accepts a real DOCX and XLSX", async () => {
    expect((await uploadRuleFile(server, clerk, "a.docx", docxBytes())).body.contentType).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect((await uploadRuleFile(server, clerk, "b.xlsx", xlsxBytes())).body.contentType).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  });

  it.each([
    ["a text file named .pdf", "细则.pdf", Buffer.from("not a pdf at all"), {}, 415, "FILE_CONTENT_MISMATCH"],
    ["a spreadsheet named .docx", "细则.docx", xlsxBytes(), {}, 415, "FILE_CONTENT_MISMATCH"],
    ["a PDF named .xlsx", "细则.xlsx", minimalPdf("x"), {}, 415, "FILE_CONTENT_MISMATCH"],
    ["an image", "photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47]), {}, 415, "FILE_TYPE_NOT_ALLOWED"],
    ["a PDF declared as HTML", "细则.pdf", minimalPdf("x"), { "content-type": "text/html" }, 415, "FILE_DECLARED_TYPE_MISMATCH"],
    ["an empty file", "空.pdf", Buffer.alloc(0), {}, 400, "FILE_EMPTY"],
  ])("refuses %s", async (_what, name, bytes, headers, status, reason) => {
    const before = await server.knex("rule_files").count({ n: "*" });
    const answer = await uploadRuleFile(server, clerk, name, bytes, headers);
    expect(answer.status).toBe(status);
    expect(answer.body.errors[0].extensions.reason).toBe(reason);
    expect(answer.body.errors[0].message).toContain(name === "photo.png" ? "PDF, DOCX or XLSX" : "");
    expect(await server.knex("rule_files").count({ n: "*" })).toEqual(before);
  });

  it("refuses a file over 10 MB with 413, in Chinese when asked", async () => {
    const big = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(10 * 1024 * 1024)]);
    const answer = await uploadRuleFile(server, clerk, "大.pdf", big, { "accept-language": "zh-CN" });
    expect(answer.status).toBe(413);
    expect(answer.body.errors[0].message).toBe("附件不能超过 10 MB");
  });

  it("refuses uploads from roles that do not file rules, and anonymous ones", async () => {
    expect((await uploadRuleFile(server, executive, "a.pdf", minimalPdf("x"))).status).toBe(403);
    expect((await uploadRuleFile(server, null, "a.pdf", minimalPdf("x"))).status).toBe(401);
  });
});

describe("receipt by the department and the deputy GM", () => {
  it("records who acknowledged and when, once per recipient", async () => {
    const [north] = (await server.gql(RULES, { year: 2025, unit: "north" })).data.implementationRules;
    const byGm = await server.gqlAs(executive, ACKNOWLEDGE, { id: north.id });
    expect(byGm.errors).toBeUndefined();
    const byClerk = await server.gqlAs(clerk, ACKNOWLEDGE, { id: north.id });
    const again = await server.gqlAs(executive, ACKNOWLEDGE, { id: north.id });
    const acks = again.data.acknowledgeImplementationRule.acknowledgements;
    expect(acks.map((a: { recipient: string; acknowledgedBy: string }) => [a.recipient, a.acknowledgedBy])).toEqual([
      ["EXECUTIVE", "rules-gm"],
      ["DEPARTMENT", "rules-clerk"],
    ]);
    expect(byClerk.data.acknowledgeImplementationRule.acknowledgements).toHaveLength(2);
    expect(Date.parse(acks[0].acknowledgedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("refuses a station head acknowledging, and an unknown filing", async () => {
    const [north] = (await server.gql(RULES, { year: 2025, unit: "north" })).data.implementationRules;
    expect((await server.gqlAs(head, ACKNOWLEDGE, { id: north.id })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gqlAs(executive, ACKNOWLEDGE, { id: "999999" })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});

describe("a finalised year", () => {
  beforeAll(async () => {
    expect((await server.gql(FINALIZE, { year: 2025 })).errors).toBeUndefined();
  });
  afterAll(async () => {
    await server.gql(REOPEN, { year: 2025, reason: "rules test: reopen after the finalised-year checks" });
  });

  it("refuses new filings and acknowledgements, and shows every unit's rules and files to a station head", async () => {
    expect((await server.gqlAs(head, FILE, { input: rules("north", { title: "定稿后" }) })).errors?.[0].extensions?.code).toBe("YEAR_FINALIZED");
    const [north] = (await server.gql(RULES, { year: 2025, unit: "north" })).data.implementationRules;
    expect((await server.gqlAs(clerk, ACKNOWLEDGE, { id: north.id })).errors?.[0].extensions?.code).toBe("YEAR_FINALIZED");
    const attached = await server
      .knex("implementation_rule_attachments")
      .where({ rule_id: Number(north.id) })
      .first("file_id");
    const blocked = server
      .knex("implementation_rule_attachments")
      .where({ rule_id: Number(north.id), file_id: attached.file_id })
      .del();
    await expect(blocked).rejects.toThrow(/finalised/);
    expect((await downloadRuleFile(server, southHead, north.attachments[0].url)).status).toBe(200);
  });
});
