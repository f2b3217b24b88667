import { describe, expect, it } from "vitest";
import { Role } from "../role.ts";
import { ViewerCache } from "../viewer-cache.ts";
import type { Viewer } from "../viewer.ts";

const viewer = (username: string): Viewer => ({
  userId: 1,
  username,
  displayName: username,
  roles: [Role.EXECUTIVE],
  unitId: null,
  unitCode: null,
  memberId: null,
  memberName: null,
  via: "token",
});
const listening = () => {
  const cache = new ViewerCache();
  cache.setListening(true);
  return cache;
};
const NOW = 1_000_000;

describe("the viewer cache", () => {
  it("keeps a viewer for a minute, and never past its credential's expiry", () => {
    const cache = listening();
    cache.put(cache.ticket(), "t:a", viewer("a"), null, NOW);
    expect(cache.get("t:a", NOW + 59_999)?.username).toBe("a");
    expect(cache.get("t:a", NOW + 60_000)).toBeUndefined();
    cache.put(cache.ticket(), "t:b", viewer("b"), new Date(NOW + 5_000), NOW);
    expect(cache.get("t:b", NOW + 4_999)?.username).toBe("b");
    expect(cache.get("t:b", NOW + 5_000)).toBeUndefined();
    cache.put(cache.ticket(), "t:c", viewer("c"), new Date(NOW - 1), NOW);
    expect(cache.get("t:c", NOW)).toBeUndefined();
  });

  it("keeps nothing unless it hears the credential notices", () => {
    const cache = new ViewerCache();
    cache.put(cache.ticket(), "t:a", viewer("a"), null, NOW);
    expect(cache.get("t:a", NOW)).toBeUndefined();
    const heard = listening();
    heard.put(heard.ticket(), "t:a", viewer("a"), null, NOW);
    // The notices stop (the database went away): what it kept is forgotten and nothing more kept.
    heard.setListening(false);
    expect(heard.get("t:a", NOW)).toBeUndefined();
    heard.put(heard.ticket(), "t:a", viewer("a"), null, NOW);
    heard.setListening(true);
    expect(heard.get("t:a", NOW)).toBeUndefined();
  });

  it("does not keep a viewer read while a notice arrived, and forgets all on a notice", () => {
    const cache = listening();
    cache.put(cache.ticket(), "t:kept", viewer("kept"), null, NOW);
    const ticket = cache.ticket(); // a request starts reading its viewer…
    cache.clear(); // …a revocation's notice arrives…
    cache.put(ticket, "t:late", viewer("late"), null, NOW); // …and what it read may be stale
    expect(cache.get("t:late", NOW)).toBeUndefined();
    expect(cache.get("t:kept", NOW)).toBeUndefined();
  });

  it("hands out a viewer no request can change for the others", () => {
    const cache = listening();
    cache.put(cache.ticket(), "t:a", viewer("a"), null, NOW);
    const kept = cache.get("t:a", NOW)!;
    expect(() => kept.roles.push(Role.ADMIN)).toThrow(TypeError);
    expect(() => Object.assign(kept, { username: "b" })).toThrow(TypeError);
  });
});
