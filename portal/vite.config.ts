import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The gateway serves the built portal under /portal/; `npm run dev -w portal` proxies its API. */
export default defineConfig({
  base: "/portal/",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true },
  server: {
    proxy: {
      "/graphql": "http://localhost:4000",
      "/demo": "http://localhost:4000",
      "/classification": "http://localhost:4000",
    },
  },
});
