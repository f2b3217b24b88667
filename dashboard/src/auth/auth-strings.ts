import { defineStrings } from "../i18n/strings.ts";

export const authStrings = defineStrings(
  {
    title: "登录",
    username: "用户名",
    password: "密码",
    submit: "登录",
    submitting: "正在登录…",
    signOut: "退出登录",
    failed: "登录失败",
    throttled: "尝试次数过多，请稍后再试",
    hint: "使用分配给您的账号登录。",
    roles: { ADMIN: "管理员", COMMITTEE: "考核小组", EXECUTIVE: "分管领导", ANALYST: "分析员", CLERK: "内勤", STATION_HEAD: "站长" } as Record<
      string,
      string
    >,
  },
  {
    title: "Sign in",
    username: "Username",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    signOut: "Sign out",
    failed: "Sign-in failed",
    throttled: "Too many attempts; try again later",
    hint: "Sign in with the account you were given.",
    roles: {
      ADMIN: "Administrator",
      COMMITTEE: "Committee",
      EXECUTIVE: "Executive",
      ANALYST: "Analyst",
      CLERK: "Clerk",
      STATION_HEAD: "Station head",
    },
  },
);
