import type { Knex } from "knex";

/**
 * Records are never edited in place or deleted: a wrong remittance or cost is reversed by a
 * correction (冲红) that names the record it corrects, and a callback, complaint or dispatch
 * recorded by mistake is voided with a reason (kept, marked, excluded from every figure).
 *
 * * revenue_records and cost_records get `corrects_id` (the corrected record, same table). Costs
 *   gain `is_correction` and may be negative only as a correction, as revenue already is.
 * * callbacks, complaints and dispatch_orders get `voided_at`, `voided_by` and `void_reason`.
 * The API has no way to edit or delete a record; voiding is an UPDATE, so the finalised-year
 * guard refuses it in a finalised year like every other write.
 */
const MONEY_TABLES = ["revenue_records", "cost_records"];
const VOIDABLE_TABLES = ["callbacks", "complaints", "dispatch_orders"];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("cost_records", (t) => {
    t.boolean("is_correction").notNullable().defaultTo(false);
  });
  await knex.raw("alter table cost_records drop constraint cost_amount_non_negative");
  await knex.raw(
    "alter table cost_records add constraint cost_amount_sign check ((is_correction and amount < 0) or (not is_correction and amount >= 0))",
  );
  for (const table of MONEY_TABLES) {
    await knex.schema.alterTable(table, (t) => {
      t.bigInteger("corrects_id").references(`${table}.id`).onDelete("RESTRICT");
      t.index(["corrects_id"], `${table}_corrects_idx`);
    });
    await knex.raw(`alter table ${table} add constraint ${table}_corrects_is_correction check (corrects_id is null or is_correction)`);
  }
  for (const table of VOIDABLE_TABLES) {
    await knex.schema.alterTable(table, (t) => {
      t.timestamp("voided_at", { useTz: true });
      t.text("voided_by");
      t.text("void_reason");
    });
    await knex.raw(
      `alter table ${table} add constraint ${table}_void_complete check ((voided_at is null) = (void_reason is null) and (void_reason is null or length(void_reason) between 1 and 500))`,
    );
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of VOIDABLE_TABLES) {
    await knex.raw(`alter table ${table} drop constraint ${table}_void_complete`);
    await knex.schema.alterTable(table, (t) => t.dropColumns("voided_at", "voided_by", "void_reason"));
  }
  for (const table of MONEY_TABLES) {
    await knex.raw(`alter table ${table} drop constraint ${table}_corrects_is_correction`);
    await knex.schema.alterTable(table, (t) => t.dropColumn("corrects_id"));
  }
  await knex.raw("alter table cost_records drop constraint cost_amount_sign");
  await knex.raw("alter table cost_records add constraint cost_amount_non_negative check (amount >= 0)");
  await knex.schema.alterTable("cost_records", (t) => t.dropColumn("is_correction"));
}
