/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const backend = process.env.BANKPM_BACKEND ?? 'http://127.0.0.1:8000';

export default defineConfig({
  plugins: [react()],
  // The backend serves the built SPA at "/" and answers index.html for unknown paths,
  // so assets must be referenced absolutely (deep links like /admin/users keep working).
  base: '/',
  server: {
    proxy: {
      '/graphql': { target: backend, changeOrigin: false, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd alone is ~1 MB; splitting the libraries from our code lets browsers keep them
    // cached across console releases.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|dayjs)[\\/]/ },
            // Charts load with the first page that draws one, not with the console.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor)[\\/]/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    css: false,
    testTimeout: 20000,
    // The CI machine has two cores; more workers only queue for them.
    maxWorkers: 2,
    projects: [
      {
        // Pure logic (formatting, validation, rule trees, merging): no DOM to build per file.
        extends: true,
        test: {
          name: 'logic',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          isolate: false,
        },
      },
      {
        // Components and pages rendered into jsdom (setup.ts adds what jsdom lacks).
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./src/test/setup.ts'],
          // Importing antd and the console once per worker instead of once per file halves the
          // run; each test renders its own App and client, and setup.ts unmounts and clears
          // storage after every test, so files share no state.
          isolate: false,
        },
      },
    ],
  },
});
