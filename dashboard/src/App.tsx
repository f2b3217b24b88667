import { useEffect, useState } from "react";

interface UnitRow {
  code: string;
  name: string;
  kind: string;
}

const KIND_LABELS: Record<string, string> = {
  STATION: "管理站 Station",
  FEE_HALL: "收费大厅 Fee hall",
  COLLECTIVE_GROUP: "集体户收费组 Collective group",
};

/** The start page until the assessment views land: the assessed units, read from the API. */
export function App() {
  const [units, setUnits] = useState<UnitRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ units { code name kind } }" }),
    })
      .then((response) => response.json())
      .then((body) => (body.errors ? setError(body.errors[0].message) : setUnits(body.data.units)))
      .catch((e: unknown) => setError(String(e)));
  }, []);

  return (
    <main className="page">
      <header>
        <h1>片站绩效考核</h1>
        <p className="subtitle">Station performance assessment · 客户服务部年终考核</p>
      </header>
      <section>
        <h2>考核单位 Assessed units</h2>
        {error && <p className="error">无法加载 Could not load: {error}</p>}
        {!error && units === null && <p className="muted">加载中… Loading…</p>}
        {units && (
          <table>
            <thead>
              <tr>
                <th>代码 Code</th>
                <th>名称 Name</th>
                <th>类别 Kind</th>
              </tr>
            </thead>
            <tbody>
              {units.map((unit) => (
                <tr key={unit.code}>
                  <td>{unit.code}</td>
                  <td>{unit.name}</td>
                  <td>{KIND_LABELS[unit.kind] ?? unit.kind}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="muted">
          API: <a href="/graphql">/graphql</a>
        </p>
      </section>
    </main>
  );
}
