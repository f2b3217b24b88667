import { formatWanNumber } from "../format/money.ts";

/** Recharts tick / tooltip formatters for values already converted to 万元 with `wanNumber`. */
export const wanTick = (value: number) => formatWanNumber(value).replace(/\.00$/, "");
export const wanTooltip = (value: number) => formatWanNumber(value);
export const percentTick = (value: number) => `${value}%`;
