import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEME } from "../../../scheme/scheme.model.ts";
import { scoreCost, scoreSatisfaction, withholdOtherRaters } from "../index.ts";
import { raters } from "./fixtures.ts";

const none = { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 };
const noComplaints = { plain: 0, repeat: 0 };
const T = DEFAULT_SCHEME.trimThreshold; // 5
// m1..m5 score 86, 90, 75, 82, 73: m2 (90) and m5 (73) are dropped, 86/75/82 average 81.
const fiveRaters = scoreSatisfaction({ callbacks: none, complaints: noComplaints, committee: raters("86", "90", "75", "82", "73") }, DEFAULT_SCHEME);

describe("withholding the other committee members' scores", () => {
  it("keeps only the viewer's own score, with the count of the others", () => {
    const seen = withholdOtherRaters(fiveRaters, "m1", T);
    expect(seen.committee!.counted).toEqual([{ member: "m1", score: "86" }]);
    expect(seen.committee!.dropped).toEqual([]);
    expect(seen.committee!.withheld).toBe(4);
    expect(seen.committee!.average).toBe(fiveRaters.committee!.average);
    expect(seen.score).toBe(fiveRaters.score);
    expect(seen.formula).toEqual(fiveRaters.formula);
  });

  it("names no other member and quotes no other score in either language", () => {
    const seen = withholdOtherRaters(fiveRaters, "m1", T);
    for (const text of [seen.explanation.zh, seen.explanation.en]) {
      for (const other of ["m2", "m3", "m4", "m5"]) expect(text).not.toContain(other);
      for (const score of ["90", "75", "82", "73"]) expect(text).not.toMatch(new RegExp(`(^|[^.\\d])${score}([^.\\d]|$)`));
    }
    expect(seen.explanation.zh).toContain("您的评分 86 计入");
    expect(seen.explanation.en).toContain("Your score 86 is counted");
    expect(seen.explanation.en).toContain("average 81");
    // The explanation is the engine's own, with only the raters' sentence replaced.
    expect(fiveRaters.explanation.en).toContain("dropped highest m2 90 and lowest m5 73");
    expect(seen.explanation.en.startsWith(fiveRaters.explanation.en.split(" Committee:")[0])).toBe(true);
    expect(seen.explanation.en.endsWith(`Formula: ${fiveRaters.formula.en}`)).toBe(true);
  });

  it("tells a member when their own score was dropped as the highest or the lowest", () => {
    const high = withholdOtherRaters(fiveRaters, "m2", T);
    expect(high.committee!.dropped).toEqual([{ member: "m2", score: "90" }]);
    expect(high.committee!.droppedHighest).toEqual({ member: "m2", score: "90" });
    expect(high.explanation.en).toContain("Your score 90 was dropped as the highest");
    expect(withholdOtherRaters(fiveRaters, "m5", T).explanation.zh).toContain("您的评分 73 作为最低分去掉");
  });

  it("tells a member who has not scored, and shows a station head no rater at all", () => {
    expect(withholdOtherRaters(fiveRaters, "m9", T).explanation.en).toContain("You have not scored yet");
    const head = withholdOtherRaters(fiveRaters, null, T);
    expect(head.committee!.counted).toEqual([]);
    expect(head.committee!.withheld).toBe(5);
    expect(head.explanation.en).not.toContain("Your score");
  });

  it("says no scores were dropped below the trim threshold", () => {
    const three = scoreSatisfaction({ callbacks: none, complaints: noComplaints, committee: raters("80", "70", "90") }, DEFAULT_SCHEME);
    const seen = withholdOtherRaters(three, "m1", T);
    expect(seen.explanation.en).toContain("Committee: 3 scores (fewer than 5, none dropped); average 80.");
    expect(seen.committee!.withheld).toBe(2);
  });

  it("changes nothing without other raters or without a committee part", () => {
    const alone = scoreSatisfaction({ callbacks: none, complaints: noComplaints, committee: raters("80") }, DEFAULT_SCHEME);
    expect(withholdOtherRaters(alone, "m1", T)).toBe(alone);
    const nobody = scoreSatisfaction({ callbacks: none, complaints: noComplaints, committee: [] }, DEFAULT_SCHEME);
    expect(withholdOtherRaters(nobody, "m1", T)).toBe(nobody);
    const cost = scoreCost({ repairBudget: "100000.00", baseExpense: "400000.00", repairCost: "90000.00", otherCost: "400000.00" }, DEFAULT_SCHEME);
    expect(withholdOtherRaters(cost, "m1", T)).toBe(cost);
  });
});
