import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../common/scalars.ts";
import { IsYear, Reference, Text } from "../common/validation.ts";

/** Who the plan says receives a unit's rules: the department and the deputy general manager. */
export enum RuleRecipient {
  DEPARTMENT = "DEPARTMENT",
  EXECUTIVE = "EXECUTIVE",
}
registerEnumType(RuleRecipient, {
  name: "RuleRecipient",
  description: "Who acknowledges receipt of a unit's 实施细则.",
  valuesConfig: {
    DEPARTMENT: { description: "客户服务部 — the department (its clerk or an administrator)." },
    EXECUTIVE: { description: "公司分管副总 — the deputy general manager." },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: "A file attached to a version of 实施细则 (PDF, DOCX or XLSX), downloaded at `url` with the same sign-in.",
})
export class RuleAttachment {
  @Field(() => ID, { description: "The file's identifier." })
  id!: string;

  @Field(() => String, { description: "The file's name as uploaded." })
  fileName!: string;

  @Field(() => String, { description: "Its content type, as checked from the content." })
  contentType!: string;

  @Field(() => Int, { description: "Size in bytes." })
  size!: number;

  @Field(() => String, { description: "Where to download it: GET, with the session cookie or an API token." })
  url!: string;
}

@ObjectType({ simpleResolvers: true, description: "Receipt of a version of 实施细则, acknowledged by the department or the deputy GM." })
export class RuleAcknowledgement {
  @Field(() => RuleRecipient, { description: "Who acknowledged: the department or the deputy GM." })
  recipient!: RuleRecipient;

  @Field(() => String, { description: "The name of the person who acknowledged it." })
  acknowledgedBy!: string;

  @Field(() => String, { description: "When (ISO 8601 instant)." })
  acknowledgedAt!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "实施细则 — one version of the detailed rules a unit filed for the year, a reference for the year-end assessment. A new filing " +
    "for the same unit and year is the next version; earlier versions stay.",
})
export class ImplementationRule {
  unitId!: number;

  @Field(() => ID, { description: "Stable identifier of this version." })
  id!: string;

  @Field(() => Int, { description: "The year the rules are for." })
  year!: number;

  @Field(() => Int, { description: "1 for the first filing of the unit's rules that year, then 2, 3 …" })
  version!: number;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "The rules' text (Markdown)." })
  text!: string;

  @Field(() => DateScalar, { description: "The day they were filed with the department." })
  filedOn!: string;

  @Field(() => String, { description: "Filing number, unique." })
  reference!: string;

  @Field(() => String, { nullable: true, description: "Who filed this version (the signed-in user's name)." })
  filedBy!: string | null;
}

@InputType({ description: "A filing of a unit's rules: the next version of that unit's rules for the year." })
export class ImplementationRuleInput {
  @Field(() => String, { description: "The unit's code (a station head: their own unit)." })
  unitCode!: string;

  @Field(() => Int, { description: "The year the rules are for." })
  @IsYear()
  year!: number;

  @Field(() => String, { description: "Title (1–200 characters)." })
  @Text(200)
  title!: string;

  @Field(() => String, { description: "The rules' text, Markdown (1–50000 characters)." })
  @Text(50000)
  text!: string;

  @Field(() => DateScalar, { description: "The day they were filed." })
  filedOn!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Filing number (1–100 characters), unique; default `<unit>-<year>-R<version>`. Sending a stored number again with the same " +
      "content answers the stored version (a retry); with other content it is refused.",
  })
  @Reference()
  reference?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Attachments: files uploaded with POST /api/rule-files by the filer, or files of an earlier version of the same rules to keep.",
  })
  attachmentIds?: string[] | null;
}
