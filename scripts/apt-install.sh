#!/usr/bin/env bash
# Installs the Debian packages named as arguments (default: those in debian-packages.txt) that
# are not installed yet. `apt-get update` runs only when the install fails without it, so the
# usual case, everything present, costs one dpkg-query.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if (($# > 0)); then
    wanted=("$@")
else
    read -r -a wanted <<<"$(sed -e 's/#.*//' "$SCRIPTS/debian-packages.txt" | tr '\n' ' ')"
fi

missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [[ $status == installed ]] || missing+=("$package")
done
((${#missing[@]} > 0)) || exit 0

command -v apt-get >/dev/null || die "install these packages, then try again: ${missing[*]}"
say "installing Debian packages: ${missing[*]}…"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
apt_get() {
    as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get -q -y -o DPkg::Lock::Timeout=300 "$@" >>"$log" 2>&1
}
# Fresh images ship without package lists and old ones point at files the mirror dropped.
if ! apt_get install --no-install-recommends "${missing[@]}"; then
    say "updating the package lists…"
    if ! { apt_get update && apt_get install --no-install-recommends "${missing[@]}"; }; then
        tail -n 30 "$log" >&2
        die "could not install ${missing[*]} (apt-get output above)"
    fi
fi
