import { registerEnumType } from "type-graphql";

// The fee-collection enums of ASSESSMENT.md §9; values are what the database stores.

export enum ArrearsStatus {
  OPEN = "OPEN",
  PAID = "PAID",
  UNCOLLECTABLE = "UNCOLLECTABLE",
}
registerEnumType(ArrearsStatus, {
  name: "ArrearsStatus",
  description: "Where the collection of an arrears household stands.",
  valuesConfig: {
    OPEN: { description: "未清 — still owed." },
    PAID: { description: "已清 — paid in full (set when dunning payments reach the amount owed)." },
    UNCOLLECTABLE: { description: "无法收回 — given up, with a reason (audited)." },
  },
});

export enum DunningMethod {
  NOTICE = "NOTICE",
  PHONE = "PHONE",
  SMS = "SMS",
  VISIT = "VISIT",
}
registerEnumType(DunningMethod, {
  name: "DunningMethod",
  description: "How a household in arrears was reminded (催缴方式).",
  valuesConfig: {
    NOTICE: { description: "张贴催费通知 — a posted notice." },
    PHONE: { description: "电话 — a telephone call." },
    SMS: { description: "短信 — a text message." },
    VISIT: { description: "上门 — a visit." },
  },
});

export enum AgingBucket {
  UNDER_1 = "UNDER_1",
  FROM_1_TO_3 = "FROM_1_TO_3",
  OVER_3 = "OVER_3",
}
registerEnumType(AgingBucket, {
  name: "AgingBucket",
  description: "How long a household has been in arrears (账龄).",
  valuesConfig: {
    UNDER_1: { description: "不足 1 年 — under one year." },
    FROM_1_TO_3: { description: "1–3 年 — one to three years (both included)." },
    OVER_3: { description: "3 年以上 — over three years." },
  },
});
