import type { Request, Response } from "express";
import { describe, expect, it, vi } from "vitest";
import { readBearerToken, readCookie, sessionCookie } from "../request-auth.ts";
import { SignInThrottle } from "../throttle.ts";

const request = (headers: Record<string, string>, secure = false) => ({ headers, secure }) as unknown as Request;

describe("request authentication", () => {
  it("reads the session cookie and a bearer token", () => {
    expect(readCookie(request({ cookie: "a=1; sa_session=sas_abc%3D; b=2" }), "sa_session")).toBe("sas_abc=");
    expect(readBearerToken(request({ authorization: "Bearer sat_xyz" }))).toBe("sat_xyz");
    expect(readBearerToken(request({ authorization: "Basic abc" }))).toBeUndefined();
  });

  it("sets the cookie HttpOnly, SameSite=Strict, and Secure over HTTPS", () => {
    for (const secure of [false, true]) {
      const res = { cookie: vi.fn(), clearCookie: vi.fn() } as unknown as Response;
      const expires = new Date("2030-01-01T00:00:00Z");
      sessionCookie(request({}, secure), res).set("sas_token", expires);
      expect(res.cookie).toHaveBeenCalledWith("sa_session", "sas_token", { httpOnly: true, sameSite: "strict", secure, path: "/", expires });
    }
  });
});

describe("sign-in throttle", () => {
  it("blocks a username after 5 failures for 15 minutes, and an address after 20", () => {
    let now = 1_000_000;
    const throttle = new SignInThrottle(() => now);
    for (let i = 0; i < 5; i++) throttle.recordFailure("li.si", "10.0.0.1");
    expect(throttle.retryAfter("li.si", "10.0.0.1")).toBe(900);
    expect(throttle.retryAfter("other", "10.0.0.1")).toBe(0);
    now += 901_000;
    expect(throttle.retryAfter("li.si", "10.0.0.1")).toBe(0);
    for (let i = 0; i < 20; i++) throttle.recordFailure(`user${i}`, "10.0.0.2");
    expect(throttle.retryAfter("fresh", "10.0.0.2")).toBeGreaterThan(0);
  });
});
