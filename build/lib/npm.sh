# npm_install DIR: installs the exact versions of DIR/package-lock.json into DIR/node_modules.
# `npm ci` reinstalls from scratch; skipped when node_modules was installed from this very lock file.
# Install scripts stay off: nothing here needs one, and some packages' scripts only send analytics.
npm_install() {
  local dir=$1
  command -v npm >/dev/null 2>&1 || { echo "npm is not installed: install Node.js 20 or later (Debian: apt-get install nodejs npm)." >&2; return 1; }
  if [ -f "$dir/node_modules/.installed-from.lock" ] && cmp -s "$dir/package-lock.json" "$dir/node_modules/.installed-from.lock"; then
    return 0
  fi
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || return 1
  cp "$dir/package-lock.json" "$dir/node_modules/.installed-from.lock"
}
