import { Decimal } from "decimal.js";
import { wanNumber } from "../../format/money.ts";

/**
 * Exact yuan (a Decimal sum or an API string) → a 万元 chart value. Money stays a Decimal through
 * every sum and ratio; this is the one step where it becomes a float, for geometry only.
 */
export const wan = (yuan: Decimal | string): number => wanNumber(new Decimal(yuan).toFixed(2));
