#!/usr/bin/env bash
# Installs the offline VS Code host used by the integration tests and `npm start` when desktop VS Code
# is not available: code-server 4.100.3 (VS Code 1.100.3) from the npm registry, plus Debian's Chromium,
# and the debuggers the tests drive (gdb, and LLVM's lldb-dap-19 from lldb-19).
# Idempotent: a complete install is cached and reused. Prints the install folder as its last line.
set -euo pipefail

VERSION=4.100.3
CACHE_ROOT="${TDX_HOST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tdx-address-inspector}"
DEST="$CACHE_ROOT/code-server-$VERSION"

log() { echo "[install-host] $*" >&2; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
command -v krb5-config >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v gdb >/dev/null 2>&1 || need_apt+=(gdb)
command -v gcc >/dev/null 2>&1 || need_apt+=(gcc)
command -v lldb-dap-19 >/dev/null 2>&1 || need_apt+=(lldb-19)
if ((${#need_apt[@]})); then
  if [ "$(id -u)" != 0 ]; then
    log "missing Debian packages: ${need_apt[*]} (run as root, or install them: apt-get install ${need_apt[*]})"
    exit 1
  fi
  log "installing Debian packages: ${need_apt[*]}"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >&2
fi

if [ -f "$DEST/.complete" ]; then
  echo "$DEST"
  exit 0
fi

log "installing code-server $VERSION into $DEST (first run only, a few minutes)"
mkdir -p "$CACHE_ROOT"
WORK="$(mktemp -d "$CACHE_ROOT/.install-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
echo '{"name":"tdx-vscode-host","private":true}' > package.json
npm install --no-audit --no-fund --loglevel=error --ignore-scripts "code-server@$VERSION" >&2
npm rebuild argon2 --loglevel=error >&2

GYP="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
NODEDIR="$(npm config get nodedir)"
VS="$WORK/node_modules/code-server/lib/vscode"
cd "$VS"
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >&2
for mod in kerberos node-pty @parcel/watcher @vscode/spdlog @vscode/deviceid native-watchdog; do
  log "building native addon $mod"
  (cd "node_modules/$mod" && node "$GYP" rebuild --nodedir="$NODEDIR" >/dev/null 2>"$WORK/gyp.log") || {
    cat "$WORK/gyp.log" >&2; log "building $mod failed"; exit 1; }
done
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >&2)

cd "$CACHE_ROOT"
touch "$WORK/.complete"
rm -rf "$DEST"
mv "$WORK" "$DEST"
trap - EXIT
log "done"
echo "$DEST"
