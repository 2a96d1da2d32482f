// Adds lock entries for rollup's platform packages that the registry here lacks (os/cpu/libc from the name).
const fs = require('fs');
const file = process.argv[2];
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const rollup = lock.packages['node_modules/rollup'];
const platform = (name) => {
  const m = name.match(/^@rollup\/rollup-([a-z0-9]+)-([a-z0-9]+)(?:-([a-z]+))?$/);
  const [, os, cpu, abi] = m;
  const entry = { os: [os], cpu: [cpu] };
  if (abi === 'gnu' && os === 'linux') entry.libc = ['glibc'];
  if (abi === 'gnueabihf') entry.libc = ['glibc'];
  if (abi === 'musl' || abi === 'musleabihf') entry.libc = ['musl'];
  return entry;
};
let added = 0;
for (const [name, version] of Object.entries(rollup.optionalDependencies)) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  lock.packages[key] = { version, ...(() => { const p = platform(name); return { cpu: p.cpu, dev: true, ...(p.libc ? { libc: p.libc } : {}), license: 'MIT', optional: true, os: p.os }; })() };
  added++;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added}`);
