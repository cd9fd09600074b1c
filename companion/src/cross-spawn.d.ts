// cross-spawn ships no types; it takes and returns what Node's spawn does.
declare module 'cross-spawn' {
  import type { spawn as nodeSpawn } from 'node:child_process';

  const spawn: typeof nodeSpawn;
  export default spawn;
}
