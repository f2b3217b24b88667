import { createKnex } from "@station/db";
import DataLoader from "dataloader";
import { afterAll, describe, expect, it } from "vitest";
import { createLoaders } from "../loaders.ts";

// Loaders read nothing until a key is loaded, so a knex that never connects will do.
const knex = createKnex({ url: "postgres://nobody@127.0.0.1:1/none", poolMax: 1 });
afterAll(() => knex.destroy());

describe("per-request loaders", () => {
  it("makes a group on its first use and then keeps the same loaders", () => {
    const loaders = createLoaders(knex);
    expect(Object.keys(loaders)).toEqual([]);
    const unitById = loaders.unitById;
    expect(unitById).toBeInstanceOf(DataLoader);
    expect(loaders.unitById).toBe(unitById);
    // The rest of its group came with it, and no other group.
    expect(Object.keys(loaders).sort()).toEqual(["unitById", "unitInYear", "unitNames"]);
    expect(loaders.finalizedYear).toBeInstanceOf(DataLoader);
    expect(Object.keys(loaders)).toContain("finalizedYear");
  });

  it("gives every request loaders of its own", () => {
    const first = createLoaders(knex);
    const second = createLoaders(knex);
    expect(first.contractByUnitYear).not.toBe(second.contractByUnitYear);
    expect(first.scoreHistory).not.toBe(second.scoreHistory);
  });
});
