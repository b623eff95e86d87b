/**
 * DevTools: in an unpackaged development build only, and never in kiosk mode.
 * Policy has no key that turns them on; KioskMode can only turn them off. A
 * packaged app never opens them: a counsellor's page holds clients' data and
 * the room passwords.
 */
export function devToolsAllowed(app: { isPackaged: boolean; kioskMode: boolean }): boolean {
  return !app.isPackaged && !app.kioskMode;
}
