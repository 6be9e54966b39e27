import { spawn } from 'node:child_process';

/**
 * `npm run dev`: the API server restarting on change (tsx watch) on API_PORT, and Vite's dev server
 * with hot reload on PORT, proxying /api to the API server.
 */
const port = process.env.PORT ?? '3000';
const apiPort = process.env.API_PORT ?? String(Number(port) + 1);

const children = [
  spawn('tsx', ['watch', '--clear-screen=false', 'src/cli/start.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: apiPort },
  }),
  spawn('vite', ['--port', port, '--strictPort'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: apiPort },
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && process.exit(code));
