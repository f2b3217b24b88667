import { hash, verify } from "@node-rs/argon2";
import { createHash, randomBytes } from "node:crypto";

/** argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended minimum. */
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A random secret for a session cookie or an API token: 256 bits, URL-safe. */
export const newSecret = (prefix: string) => `${prefix}_${randomBytes(32).toString("base64url")}`;

/** Secrets are stored only as their SHA-256 (enough for 256 random bits, and searchable). */
export const secretHash = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** A readable random password for generated accounts. */
export const newPassword = () => randomBytes(12).toString("base64url");
