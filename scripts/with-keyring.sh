#!/usr/bin/env bash
# Runs a command (the tests, the bench) with a real OS keychain. On Linux that is always a
# private D-Bus session with gnome-keyring unlocked in a throw-away folder, so
# the tests never touch the developer's own keyring.
# On macOS and Windows keytar uses the system keychain directly.
set -euo pipefail
if [ "$(uname -s)" != "Linux" ] || [ -n "${SPRECHSTUNDE_KEYRING_READY:-}" ]; then
  exec "$@"
fi
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null; then
    echo "The keychain tests need $tool: apt-get install gnome-keyring dbus-x11 libsecret-1-dev" >&2
    exit 1
  fi
done
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_CONFIG_HOME="$keyring_home/config"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
dbus-run-session -- bash -c '
  eval "$(printf test-keyring | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL SPRECHSTUNDE_KEYRING_READY=1
  exec "$@"
' _ "$@" 2> >(grep -v "Failed to set fd limit" >&2)
