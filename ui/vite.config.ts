/// <reference types="vitest/config" />
// Vite builds the front end into dist/, which the Tauri shell embeds. Nothing may come from the
// network at run time: fonts and icons are bundled, and assets are never inlined as data: URLs
// (the shell's content security policy only allows the app's own files).
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  clearScreen: false,
  server: {
    // `tauri dev` loads this exact port.
    port: 1420,
    strictPort: true,
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    target: "es2022",
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test/setup.ts"],
  },
});
