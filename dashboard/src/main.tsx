import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { matchView } from "./app/routes.ts";
import "./styles.css";

// Fetch the first view's chunk in parallel with the session check.
void matchView(location.pathname)
  ?.component.preload()
  .catch(() => {});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
