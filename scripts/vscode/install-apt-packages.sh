#!/usr/bin/env bash
# Installs the Debian packages the real-VS Code harness needs (listed in apt-packages.txt beside
# this script): compilers and headers for code-server's native modules, ripgrep, chromium.
# Does nothing when they are all present; needs root (CI runs as root) otherwise.
set -euo pipefail
list="$(dirname "$0")/apt-packages.txt"
mapfile -t pkgs < <(grep -v '^\s*#' "$list" | grep -v '^\s*$')
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "== Debian packages for the VS Code harness: all present"
  exit 0
fi
echo "== Installing Debian packages for the VS Code harness: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
