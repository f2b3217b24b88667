import { defineStrings } from "../../i18n/strings.ts";

export const tableStrings = defineStrings(
  {
    exportCsv: "导出 CSV",
    exportXlsx: "导出 Excel",
    exporting: "正在导出…",
    exportFailed: "导出失败",
    exportLabel: (title: string) => `导出“${title}”`,
    sortBy: (header: string) => `按${header}排序`,
    total: "合计",
    empty: "暂无数据",
    loading: "加载中…",
  },
  {
    exportCsv: "Export CSV",
    exportXlsx: "Export Excel",
    exporting: "Exporting…",
    exportFailed: "Export failed",
    exportLabel: (title: string) => `Export “${title}”`,
    sortBy: (header: string) => `Sort by ${header}`,
    total: "Total",
    empty: "No data",
    loading: "Loading…",
  },
);
