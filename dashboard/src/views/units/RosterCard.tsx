import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { formatDate } from "../../format/date.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import type { StaffPost, UnitRosterQuery } from "../../gql/graphql.ts";
import { type EditedRow, RowsEditor } from "./RowsEditor.tsx";
import { SetUnitStaffMutation, SetUnitVehiclesMutation, UnitRosterQuery as RosterQuery } from "./units-queries.ts";
import { unitsStrings } from "./units-strings.ts";

type Roster = NonNullable<UnitRosterQuery["unit"]>;
type StaffRow = Roster["staff"][number];
type VehicleRow = Roster["vehicles"][number];

const POSTS: StaffPost[] = ["HEAD", "DEPUTY_HEAD", "SUPERVISOR", "STAFF", "TEMPORARY"] as StaffPost[];
const orNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

/** 定员 and 车辆 of a unit for the selected year: read by everyone, edited by the unit keepers while the year is open. */
export function RosterCard({ code, year, mayEdit }: { code: string; year: number; mayEdit: boolean }) {
  const t = useStrings(unitsStrings);
  const { lang } = useLang();
  const { data, loading, error } = useQuery(RosterQuery, { variables: { code, year } });
  const [editing, setEditing] = useState<"staff" | "vehicles" | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saveStaff, staffSaving] = useMutation(SetUnitStaffMutation, { refetchQueries: "active", awaitRefetchQueries: true });
  const [saveVehicles, vehiclesSaving] = useMutation(SetUnitVehiclesMutation, { refetchQueries: "active", awaitRefetchQueries: true });
  const staff = data?.unit?.staff ?? [];
  const vehicles = data?.unit?.vehicles ?? [];
  const bounds = { min: `${year}-01-01`, max: `${year}-12-31` };
  const day = (date: string | null | undefined) => (date ? formatDate(date, lang) : null);

  const staffColumns: Column<StaffRow>[] = [
    { key: "name", header: t.staffColumns.name, kind: "text", value: (s) => s.name },
    { key: "post", header: t.staffColumns.post, kind: "text", value: (s) => t.posts[s.post] ?? s.post, sortValue: (s) => POSTS.indexOf(s.post) },
    { key: "from", header: t.staffColumns.from, kind: "text", value: (s) => day(s.from) ?? t.wholeYear, sortValue: (s) => s.from ?? "" },
    { key: "to", header: t.staffColumns.to, kind: "text", value: (s) => day(s.to) ?? "—", sortValue: (s) => s.to ?? "9" },
    { key: "username", header: t.staffColumns.username, kind: "text", value: (s) => s.username ?? null },
  ];
  const vehicleColumns: Column<VehicleRow>[] = [
    { key: "plate", header: t.vehicleColumns.plate, kind: "text", value: (v) => v.plate },
    { key: "kind", header: t.vehicleColumns.kind, kind: "text", value: (v) => v.kind },
    { key: "from", header: t.vehicleColumns.from, kind: "text", value: (v) => day(v.from) ?? t.wholeYear },
    { key: "to", header: t.vehicleColumns.to, kind: "text", value: (v) => day(v.to) ?? "—" },
  ];

  return (
    <div className="roster-card">
      {saved && (
        <div className="alert alert--ok" role="status">
          {saved}
        </div>
      )}
      {editing === "staff" ? (
        <RowsEditor
          title={t.staffTitle(year)}
          fields={[
            { key: "name", label: t.staffColumns.name, kind: "text" },
            { key: "post", label: t.staffColumns.post, kind: "select", options: POSTS.map((p) => ({ value: p, label: t.posts[p] })) },
            { key: "from", label: t.staffColumns.from, kind: "date", ...bounds },
            { key: "to", label: t.staffColumns.to, kind: "date", ...bounds },
            { key: "username", label: t.staffColumns.username, kind: "text" },
          ]}
          initial={staff.map((s) => ({ name: s.name, post: s.post, from: s.from ?? "", to: s.to ?? "", username: s.username ?? "" }))}
          blank={{ name: "", post: "STAFF", from: "", to: "", username: "" }}
          saving={staffSaving.loading}
          onCancel={() => setEditing(null)}
          onSave={async (rows: EditedRow[]) => {
            await saveStaff({
              variables: {
                code,
                year,
                staff: rows.map((r) => ({
                  name: r.name.trim(),
                  post: r.post as StaffPost,
                  from: orNull(r.from),
                  to: orNull(r.to),
                  username: orNull(r.username),
                })),
              },
            });
            setEditing(null);
            setSaved(t.rosterSaved);
          }}
        />
      ) : (
        <DataTable
          title={t.staffTitle(year)}
          columns={staffColumns}
          rows={staff}
          rowKey={(s) => s.id}
          loading={loading && !data}
          error={error}
          emptyText={t.noStaff}
          filters={[{ label: t.columns.unit, value: code }]}
          actions={
            mayEdit && (
              <button
                type="button"
                className="btn btn--small"
                onClick={() => {
                  setSaved(null);
                  setEditing("staff");
                }}
              >
                {t.editRoster}
              </button>
            )
          }
        />
      )}
      {editing === "vehicles" ? (
        <RowsEditor
          title={t.vehiclesTitle(year)}
          fields={[
            { key: "plate", label: t.vehicleColumns.plate, kind: "text" },
            { key: "kind", label: t.vehicleColumns.kind, kind: "text" },
            { key: "from", label: t.vehicleColumns.from, kind: "date", ...bounds },
            { key: "to", label: t.vehicleColumns.to, kind: "date", ...bounds },
          ]}
          initial={vehicles.map((v) => ({ plate: v.plate, kind: v.kind, from: v.from ?? "", to: v.to ?? "" }))}
          blank={{ plate: "", kind: "", from: "", to: "" }}
          saving={vehiclesSaving.loading}
          onCancel={() => setEditing(null)}
          onSave={async (rows: EditedRow[]) => {
            await saveVehicles({
              variables: {
                code,
                year,
                vehicles: rows.map((r) => ({ plate: r.plate.trim(), kind: r.kind.trim(), from: orNull(r.from), to: orNull(r.to) })),
              },
            });
            setEditing(null);
            setSaved(t.vehiclesSaved);
          }}
        />
      ) : (
        <DataTable
          title={t.vehiclesTitle(year)}
          columns={vehicleColumns}
          rows={vehicles}
          rowKey={(v) => v.id}
          loading={loading && !data}
          emptyText={t.noVehicles}
          filters={[{ label: t.columns.unit, value: code }]}
          actions={
            mayEdit && (
              <button
                type="button"
                className="btn btn--small"
                onClick={() => {
                  setSaved(null);
                  setEditing("vehicles");
                }}
              >
                {t.editVehicles}
              </button>
            )
          }
        />
      )}
    </div>
  );
}
