// The host portal's own script (a served file: the CSP allows no inline script).
// It listens to the element's events and writes a short plain-text summary – never the form data
// itself, and never to the console: the data is personal.
const form = document.querySelector('asysta-form');
const result = document.getElementById('result');

/** Counts rule results that did not pass, by severity. */
function summariseReport(report) {
  const results = report && Array.isArray(report.results) ? report.results : [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const item of results) {
    if (item && item.status === 'fail' && item.severity in counts) counts[item.severity] += 1;
  }
  return { total: results.length, ...counts };
}

if (form && result) {
  form.addEventListener('asysta-submit', (event) => {
    const { total, error, warning, info } = summariseReport(event.detail && event.detail.report);
    result.textContent =
      // This example has no server: it takes the data and says so, and never calls detail.saved().
      `Karta przyjęta przez stronę (przykład bez serwera – nic nie zapisano). Sprawdzono reguł: ${total}; ` +
      `błędy: ${error}, ostrzeżenia: ${warning}, informacje: ${info}.`;
  });
  form.addEventListener('asysta-error', (event) => {
    const detail = event.detail || {};
    const message = typeof detail.message === 'string' ? detail.message : 'nieznany błąd';
    result.textContent = `Nie udało się wyświetlić formularza: ${message}`;
  });
}
