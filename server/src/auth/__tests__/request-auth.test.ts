import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { readBearerToken, readCookie, sessionCookie } from "../request-auth.ts";
import { secondsToWait, type ThrottleCounts } from "../throttle.ts";

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

/** The Set-Cookie headers a response was given. */
function recordingResponse() {
  const cookies: string[] = [];
  return {
    cookies,
    appendHeader(name: string, value: string | readonly string[]) {
      expect(name).toBe("set-cookie");
      cookies.push(String(value));
      return this as never;
    },
  };
}

describe("request authentication", () => {
  it("reads the session cookie and a bearer token", () => {
    expect(readCookie(request({ cookie: "a=1; sa_session=sas_abc%3D; b=2" }), "sa_session")).toBe("sas_abc=");
    expect(readBearerToken(request({ authorization: "Bearer sat_xyz" }))).toBe("sat_xyz");
    expect(readBearerToken(request({ authorization: "Basic abc" }))).toBeUndefined();
  });

  it("sets the cookie HttpOnly, SameSite=Strict, and Secure over HTTPS", () => {
    for (const secure of [false, true]) {
      const res = recordingResponse();
      sessionCookie(request({}), res, secure).set("sas_token", new Date("2030-01-01T00:00:00Z"));
      expect(res.cookies).toEqual([
        `sa_session=sas_token; Path=/; Expires=Tue, 01 Jan 2030 00:00:00 GMT; HttpOnly; ${secure ? "Secure; " : ""}SameSite=Strict`,
      ]);
    }
  });

  it("clears the cookie with the same attributes and an expiry in the past", () => {
    const res = recordingResponse();
    sessionCookie(request({ cookie: "sa_session=sas_abc" }), res, true).clear();
    expect(res.cookies).toEqual(["sa_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Strict"]);
  });
});

describe("a malformed session cookie", () => {
  it("is read as signed out, not as an error", () => {
    expect(() => readCookie(request({ cookie: "sa_session=%E0%A4%A" }), "sa_session")).not.toThrow();
    expect(readCookie(request({ cookie: "sa_session=%E0%A4%A" }), "sa_session")).toBe("%E0%A4%A");
  });
});

const counts = (c: Partial<ThrottleCounts>): ThrottleCounts => ({
  pairFailures: 0,
  pairLastFailureMs: null,
  addressFailures: 0,
  usernameFailures: 0,
  knownAddress: false,
  ...c,
});

describe("sign-in throttle rule", () => {
  const now = 1_000_000;
  it("lets the first failures through, then doubles the wait per (username, address)", () => {
    expect(secondsToWait(counts({ pairFailures: 2, pairLastFailureMs: now }), now)).toBe(0);
    expect(secondsToWait(counts({ pairFailures: 3, pairLastFailureMs: now }), now)).toBe(2);
    expect(secondsToWait(counts({ pairFailures: 5, pairLastFailureMs: now }), now)).toBe(8);
    expect(secondsToWait(counts({ pairFailures: 5, pairLastFailureMs: now - 8000 }), now)).toBe(0);
    expect(secondsToWait(counts({ pairFailures: 40, pairLastFailureMs: now }), now)).toBe(900);
  });
  it("blocks a spraying address, and a username guessed from many addresses except from a known one", () => {
    expect(secondsToWait(counts({ addressFailures: 30 }), now)).toBe(900);
    expect(secondsToWait(counts({ usernameFailures: 20 }), now)).toBe(900);
    expect(secondsToWait(counts({ usernameFailures: 20, knownAddress: true }), now)).toBe(0);
  });
});
