import { startAppServer } from "./app-server.js";

/** `npm start`: the app server (redacted logs, capped and verified webhooks); see app-server.ts. */
const server = await startAppServer(process.env);
process.on("SIGINT", () => {
  server.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
