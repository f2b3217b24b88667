import { describe, expect, it } from "vitest";
import { matchView, VIEWS } from "./routes.ts";

describe("the views", () => {
  it("have one entry per path and per label, so the navigation never lists a view twice", () => {
    const paths = VIEWS.map((view) => view.path);
    expect(new Set(paths).size).toBe(paths.length);
    const labels = VIEWS.map((view) => view.label.zh);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("match their paths, with / as the year-end assessment and unknown paths as none", () => {
    for (const view of VIEWS) expect(matchView(`${view.path}/`)).toBe(view);
    expect(matchView("/")).toBe(VIEWS[0]);
    expect(matchView("/nowhere")).toBeNull();
  });
});
