/** The rules playground's checks in Chromium (filled in with the playground). */
export async function playgroundChecks() {}
