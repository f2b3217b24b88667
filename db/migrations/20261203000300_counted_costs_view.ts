import type { Knex } from "knex";

/**
 * The one place of the cost rule (ASSESSMENT.md §4 COST): repair material counts against the
 * budget only from the contract's repairBudgetFromMonth (January without a contract) and never
 * when it is a warranty exchange; every other category is running cost. The year totals, the
 * monthly totals and the assessment all read costs through this view.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create view classified_costs as
    select c.id, c.unit_id, c.record_date, c.reference, c.category, c.amount, c.warranty_exchange,
      case
        when c.category <> 'REPAIR_MATERIAL' then 'OTHER'
        when c.warranty_exchange then 'WARRANTY_EXCHANGE'
        when extract(month from c.record_date) >= coalesce(k.repair_budget_from_month, 1) then 'REPAIR'
        else 'REPAIR_BEFORE_WINDOW'
      end as counted_as
    from cost_records c
    left join contracts k on k.unit_id = c.unit_id and k.year = extract(year from c.record_date)::int
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw("drop view if exists classified_costs");
}
