// What both drivers give the suite: window.asystaDriver.mount(options), .setData(data), .root(), and
// a log of the events (asysta-change, -submit, -error) and CSP violations.
export function installDriver(renderer) {
  const log = { violations: [], change: [], submit: [], error: [] };
  window.addEventListener('securitypolicyviolation', (event) => log.violations.push(`${event.effectiveDirective} ${event.blockedURI}`), true);
  for (const type of ['change', 'submit', 'error']) window.addEventListener(`asysta-${type}`, (event) => log[type].push(event.detail), true);
  let mounted;
  window.asystaDriver = {
    log,
    mount(options) {
      log.change.length = log.submit.length = log.error.length = 0;
      mounted = renderer.mount(document.getElementById('host'), options);
    },
    setData: (data) => mounted.setData(data),
    root: () => mounted.root(),
  };
}
