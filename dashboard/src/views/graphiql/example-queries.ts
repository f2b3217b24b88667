/**
 * Saved example queries for analysts (plain strings, run against the live API; they are checked
 * against the schema by example-queries.test.ts so a schema change cannot silently break them).
 */
export interface ExampleQuery {
  title: { zh: string; en: string };
  query: string;
  variables: string;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    title: { zh: "年度排名", en: "Ranking of a year" },
    query: `# 年终考核排名 · The year-end ranking
query Ranking($year: Int!) {
  assessment(year: $year) {
    finalized
    results {
      rank
      unit { code name }
      total
      grade
      scores { dimension score }
      pay { net }
    }
  }
}`,
    variables: `{ "year": 2025 }`,
  },
  {
    title: { zh: "单位得分说明", en: "One unit's explanations" },
    query: `# 一个单位每个维度的得分说明 · How one unit's scores were computed
query Explain($year: Int!, $language: Language!) {
  assessment(year: $year) {
    results {
      unit { code name }
      totalFormula(language: $language)
      scores {
        dimension
        score
        formula(language: $language)
        inputs { label(language: $language) value }
        committee { counted { member score } dropped { member score } }
      }
    }
  }
}`,
    variables: `{ "year": 2025, "language": "ZH" }`,
  },
  {
    title: { zh: "月度上解", en: "Monthly revenue" },
    query: `# 按月上解(元)· Remittances per unit and month (yuan)
query MonthlyRevenue($year: Int!, $unitCode: String) {
  monthlyTotals(year: $year, unitCode: $unitCode) {
    unit { code name }
    month
    revenue
    viewingFee
    inspectionFee
    arrears
  }
}`,
    variables: `{ "year": 2025, "unitCode": "north" }`,
  },
  {
    title: { zh: "历年趋势", en: "Trends" },
    query: `# 历年总分、名次、完成率 · Totals, ranks and completion over the years
query Trends($fromYear: Int!, $toYear: Int!) {
  trends(fromYear: $fromYear, toYear: $toYear) {
    year
    unit { code name }
    total
    rank
    grade
    completionRate
    finalized
  }
}`,
    variables: `{ "fromYear": 2023, "toYear": 2025 }`,
  },
];
