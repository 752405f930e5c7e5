# Starts and stops a private PostgreSQL server for build/run.sh and build/test.sh.
# Source this file; it defines pg_start and pg_stop and sets PG_PORT and PG_CONNECTION.
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.

pg_find_bin() {
  local candidate
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && { echo "$candidate"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

pg_ensure_installed() {
  PG_BIN=$(pg_find_bin) && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL server binaries not found and not root: install Debian's 'postgresql' package, or set ConnectionStrings__Samenwerking." >&2
    return 1
  fi
  echo "Installing PostgreSQL (Debian package 'postgresql')..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || return 1
  PG_BIN=$(pg_find_bin)
}

pg_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 ))
}

# Runs a command as the server's owner.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_start DATA_DIR [PORT]: initialises DATA_DIR when empty, starts the server on 127.0.0.1:PORT.
pg_start() {
  local data_dir=$1
  PG_PORT=${2:-$(pg_free_port)}
  pg_ensure_installed || return 1
  PG_DATA_DIR=$data_dir
  mkdir -p "$data_dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/false postgres
    chown postgres "$data_dir"
    # The owner must be able to reach the folder through its parents.
    local parent
    parent=$(dirname "$data_dir")
    while [ "$parent" != "/" ]; do chmod o+x "$parent" 2>/dev/null; parent=$(dirname "$parent"); done
  fi
  chmod 700 "$data_dir"
  if [ ! -f "$data_dir/PG_VERSION" ]; then
    pg_as_owner "$PG_BIN/initdb" -D "$data_dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null || return 1
  fi
  pg_as_owner "$PG_BIN/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $data_dir -c listen_addresses=127.0.0.1 -c max_connections=200 ${PG_OPTIONS:-}" start >/dev/null || {
      echo "PostgreSQL did not start; see $data_dir/server.log" >&2
      return 1
    }
  PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
}

pg_create_database() {
  local name=$1
  pg_as_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 || \
    pg_as_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$name"
}

pg_stop() {
  [ -n "${PG_DATA_DIR:-}" ] && [ -f "$PG_DATA_DIR/postmaster.pid" ] && \
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA_DIR" -m fast -w stop >/dev/null 2>&1
  return 0
}
