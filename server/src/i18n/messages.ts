import type { Language } from "./request-context.ts";

/**
 * Every refusal the API can give, in both languages. Errors carry the key and its values; the
 * text is written in the request's language when the error is sent (server/src/app/format-error.ts).
 */
export type MessageParams = Record<string, string | number>;

interface MessageText {
  zh: (p: MessageParams) => string;
  en: (p: MessageParams) => string;
}

export const MESSAGES = {
  INVALID_ENTRIES: {
    zh: (p) => `有 ${p.count} 行有误,均未保存:${p.details}`,
    en: (p) => `${p.count} ${p.count === 1 ? "entry is" : "entries are"} invalid, nothing was stored: ${p.details}`,
  },
  INVALID_INPUT: { zh: (p) => `输入有误,未保存:${p.details}`, en: (p) => `Invalid input, nothing was stored: ${p.details}` },
  YEAR_FINALIZED: {
    zh: (p) => `${p.years} 年已定稿:其记录、目标责任书、方案和评分不能再修改(考核小组可重新开放)`,
    en: (p) =>
      `${p.years} ${String(p.years).includes(",") ? "are" : "is"} finalised: its records, contracts, scheme and scores can no longer change (the committee can reopen it)`,
  },
  UNIT_NOT_FOUND: { zh: (p) => `没有代码为“${p.code}”的单位`, en: (p) => `No unit has the code "${p.code}"` },
  USER_NOT_FOUND: { zh: (p) => `没有名为“${p.username}”的用户`, en: (p) => `No user is named "${p.username}"` },
  TOKEN_NOT_FOUND: { zh: () => "您没有这个编号的令牌", en: () => "You have no token with that id" },
  IMPORT_NO_FILE: { zh: () => "请在表单字段 file 中附上 .xlsx 或 .csv 文件", en: () => "Attach an .xlsx or .csv file in the form field file" },
  IMPORT_UNKNOWN_KIND: {
    zh: (p) => `不能导入“${p.kind}”:可导入 ${p.allowed}`,
    en: (p) => `Cannot import "${p.kind}": the kinds are ${p.allowed}`,
  },
  IMPORT_UNSUPPORTED_TYPE: {
    zh: (p) => `“${p.fileName}”不是 .xlsx 或 .csv 文件(旧版 .xls 请在 Excel 中另存为 .xlsx)`,
    en: (p) => `"${p.fileName}" is not an .xlsx or .csv file (save an old .xls as .xlsx in Excel)`,
  },
  IMPORT_EMPTY_FILE: { zh: (p) => `“${p.fileName}”是空文件`, en: (p) => `"${p.fileName}" is empty` },
  IMPORT_TOO_LARGE: {
    zh: (p) => `文件超过 ${p.limit} MB,未保存任何内容;请分成几个文件导入`,
    en: (p) => `The file is larger than ${p.limit} MB; nothing was stored. Split it into several files`,
  },
  IMPORT_NOT_TEXT: {
    zh: (p) => `“${p.fileName}”不是文本表格(CSV):内容是二进制数据`,
    en: (p) => `"${p.fileName}" is not a text (CSV) table: it holds binary data`,
  },
  IMPORT_NOT_WORKBOOK: {
    zh: (p) => `“${p.fileName}”无法作为 Excel 工作簿读取(文件已损坏或不是 .xlsx)`,
    en: (p) => `"${p.fileName}" cannot be read as an Excel workbook (damaged, or not .xlsx)`,
  },
  IMPORT_SHEET_NOT_FOUND: {
    zh: (p) => `工作簿中没有名为“${p.sheet}”的工作表(有:${p.sheets})`,
    en: (p) => `The workbook has no sheet named "${p.sheet}" (it has: ${p.sheets})`,
  },
  IMPORT_NO_HEADER: {
    zh: (p) => `没有找到表头行:需要包含 ${p.required} 的一行(可在导入页把列对应到字段)`,
    en: (p) => `No header row found: a row naming ${p.required} is needed (map the columns on the import page)`,
  },
  IMPORT_NO_ROWS: { zh: () => "表头下没有数据行,未保存任何内容", en: () => "There are no data rows below the header; nothing was stored" },
  IMPORT_TOO_MANY_ROWS: {
    zh: (p) => `一个文件最多 ${p.max} 行,未保存任何内容;请分成几个文件导入`,
    en: (p) => `A file may hold at most ${p.max} rows; nothing was stored. Split it into several files`,
  },
  ALREADY_VOIDED: { zh: (p) => `凭证“${p.reference}”已作废`, en: (p) => `"${p.reference}" is already voided` },
  RECORD_NOT_FOUND: { zh: (p) => `没有凭证号为“${p.reference}”的记录`, en: (p) => `No record has the reference "${p.reference}"` },
  NOTHING_TO_FINALIZE: { zh: (p) => `${p.year} 年没有目标责任书,无可定稿`, en: (p) => `${p.year} has no contracts: there is nothing to finalise` },
  INCOMPLETE_ASSESSMENT: { zh: (p) => `${p.year} 年还不能定稿:${p.details}`, en: (p) => `${p.year} cannot be finalised: ${p.details}` },
  LACKS_SCORES: {
    zh: (p) => `${p.unit} 缺少 ${p.missing} 个${p.dimension === "SATISFACTION" ? "满意度" : "协作"}评分(已有 ${p.have} 个,需要 ${p.need} 个)`,
    en: (p) => `${p.unit} lacks ${p.missing} ${p.dimension} score(s) (has ${p.have} of ${p.need})`,
  },
  NOT_FINALIZED: { zh: (p) => `${p.year} 年尚未定稿,无需重新开放`, en: (p) => `${p.year} is not finalised, so there is nothing to reopen` },
  SIGN_IN_FIRST: {
    zh: () => "请先登录(会话 Cookie 或 Authorization: Bearer 令牌)",
    en: () => "Sign in first (session cookie or Authorization: Bearer token)",
  },
  NEEDS_ROLE: { zh: (p) => `${p.operation} 需要以下角色之一:${p.roles}`, en: (p) => `${p.operation} needs one of the roles ${p.roles}` },
  OWN_UNIT_ONLY: {
    zh: (p) => `${p.year} 年定稿前您只能查看本单位的数据`,
    en: (p) => `Until ${p.year} is finalised you can read only your own unit's figures`,
  },
  OWN_UNIT_HOUSEHOLDS_ONLY: { zh: () => "您只能查看本单位的数据和欠费户", en: () => "You can read only your own unit's figures and households" },
  OWN_UNIT_WRITE_ONLY: { zh: () => "您只能为本单位办理", en: () => "You can act only for your own unit" },
  TOO_MANY_ATTEMPTS: {
    zh: (p) => `登录失败次数过多,请 ${p.seconds} 秒后再试`,
    en: (p) => `Too many failed sign-ins; try again in ${p.seconds} second(s)`,
  },
  WRONG_CREDENTIALS: { zh: () => "用户名或密码错误,或账户已停用", en: () => "Wrong username or password, or the account is disabled" },
  OWN_SCORES_ONLY: {
    zh: () => "您只能录入自己的评分;其他委员的纸质评分表由管理员录入",
    en: () => "You can enter only your own scores; an administrator enters scores for other members",
  },
  NOT_LINKED_TO_MEMBER: {
    zh: () => "您的账户未关联考核小组委员姓名,请联系管理员",
    en: () => "Your account is not linked to a committee member name; ask an administrator",
  },
  USER_EXISTS: { zh: (p) => `已有名为“${p.username}”的用户`, en: (p) => `A user named "${p.username}" already exists` },
  RULE_REFERENCE_CONFLICT: {
    zh: (p) => `编号“${p.reference}”已用于另一份实施细则:新版本请换一个编号或不填`,
    en: (p) => `Reference "${p.reference}" is already used by another filing: give a new version another number, or none`,
  },
  RULE_NOT_FOUND: { zh: (p) => `没有编号为 ${p.id} 的实施细则`, en: (p) => `No implementation rules have the id ${p.id}` },
  FILE_NOT_FOUND: { zh: (p) => `没有编号为 ${p.id} 的附件,或您无权查看`, en: (p) => `No attachment ${p.id}, or you may not read it` },
  FILE_NAME_REQUIRED: {
    zh: () => "请用 ?name= 给出文件名(1–200 个字符)",
    en: () => "Give the file's name as ?name= (1–200 characters)",
  },
  FILE_EMPTY: { zh: (p) => `文件“${p.name}”是空的`, en: (p) => `The file "${p.name}" is empty` },
  FILE_TOO_LARGE: { zh: (p) => `附件不能超过 ${p.max}`, en: (p) => `An attachment may be at most ${p.max}` },
  FILE_TYPE_NOT_ALLOWED: {
    zh: (p) => `“${p.name}”不是 PDF、DOCX 或 XLSX 文件:附件只接受这三种`,
    en: (p) => `"${p.name}" is not a PDF, DOCX or XLSX file: attachments must be one of these`,
  },
  FILE_CONTENT_MISMATCH: {
    zh: (p) => `“${p.name}”的内容与文件名不符(例如改了扩展名的文件),未保存`,
    en: (p) => `The content of "${p.name}" is not what its name says (a renamed file, say); nothing was stored`,
  },
  FILE_DECLARED_TYPE_MISMATCH: {
    zh: (p) => `“${p.name}”声明的内容类型与文件名不符,未保存`,
    en: (p) => `The content type sent with "${p.name}" does not match its name; nothing was stored`,
  },
  NOT_A_MEMBER_OF_YEAR: {
    zh: (p) => `${p.member} 不是 ${p.year} 年考核小组成员:请考核小组或管理员先在“考核小组”中添加`,
    en: (p) => `${p.member} is not on the ${p.year} committee: the committee or an administrator adds members first`,
  },
  MEMBER_HAS_SCORES: {
    zh: (p) => `${p.members} 已在 ${p.year} 年评分,不能移出该年考核小组`,
    en: (p) => `${p.members} already scored in ${p.year} and cannot leave that year's committee`,
  },
  YEAR_ALREADY_OPENED: {
    zh: (p) => `${p.year} 年已有目标责任书:请在“目标责任书”中修改`,
    en: (p) => `${p.year} already has contracts: change them on the contracts page`,
  },
  NO_CONTRACTS_TO_COPY: { zh: (p) => `${p.year} 年没有可复制的目标责任书`, en: (p) => `${p.year} has no contracts to copy` },
  INTERNAL: {
    zh: (p) => `服务器内部错误。请将请求编号 ${p.requestId} 告知管理员。`,
    en: (p) => `Internal server error. Quote the request id ${p.requestId} to the administrator.`,
  },
  DATABASE_UNAVAILABLE: {
    zh: () => "数据库暂时无法连接（可能正在重启），请几秒后重试；重新提交的批次只存入尚未存入的条目。",
    en: () =>
      "The database cannot be reached right now (it may be restarting). Retry in a few seconds; a batch sent again stores only the entries not stored yet.",
  },
  AUDIT_APPEND_ONLY: { zh: () => "审计日志不能修改", en: () => "The audit log cannot be changed" },
  ORIGIN_NOT_ALLOWED: {
    zh: (p) => `拒绝来自 ${p.origin} 的修改请求:带会话 Cookie 的修改只接受本站页面发出`,
    en: (p) => `A change sent from ${p.origin} with a session cookie is refused: only this site's pages may send them`,
  },
  BODY_TOO_LARGE: { zh: (p) => `请求体超过 ${p.limit}`, en: (p) => `The request body is larger than ${p.limit}` },
  BODY_NOT_JSON: { zh: () => "请求体不是有效的 JSON", en: () => "The request body is not valid JSON" },
  TOO_MANY_YEAR_COMPUTATIONS: {
    zh: (p) => `一次请求最多 ${p.max} 个年度计算(${p.fields}),本次有 ${p.count} 个`,
    en: (p) => `An operation may ask for at most ${p.max} year computations (${p.fields}); this one asks for ${p.count}`,
  },
  QUERY_LIMIT: { zh: (p) => `查询超出限制:${p.detail}`, en: (p) => `The query exceeds a limit: ${p.detail}` },
  SIGN_IN_TO_READ_SCHEMA: { zh: () => "登录后才能读取接口结构", en: () => "Sign in to read the schema" },
  CONFLICT: { zh: (p) => `${p.detail}`, en: (p) => `${p.detail}` },
} satisfies Record<string, MessageText>;

export type MessageKey = keyof typeof MESSAGES;

export function messageText(key: MessageKey, params: MessageParams, language: Language): string {
  return MESSAGES[key][language](params);
}
