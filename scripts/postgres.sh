#!/usr/bin/env bash
# Makes sure a local PostgreSQL serves the test suite: installed, a cluster running and accepting
# connections, role and database `influscope` (password `influscope`, superuser so tests can
# create and drop their own databases). Prints the admin URL for $INFLUSCOPE_TEST_POSTGRES.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ROLE=influscope
PASSWORD=influscope

# Debian's wrappers manage clusters: take a running one, else the first, else create `main`.
pick_cluster() {
    pg_lsclusters --no-header | awk '$4 ~ /^online/ { print; found = 1; exit }
        NR == 1 { first = $0 } END { if (!found && first) print first }'
}

# Over the owner's Unix socket, ignoring any PG* variables meant for another server.
psql_admin() {
    as_user "$owner" env -u PGHOST -u PGUSER -u PGDATABASE -u PGPASSWORD \
        psql -X -q -t -A -v ON_ERROR_STOP=1 -p "$port" -d postgres "$@"
}

ensure_server() {
    command -v pg_lsclusters >/dev/null || bash "$SCRIPTS/apt-install.sh" postgresql
    cluster=$(pick_cluster)
    if [[ -z $cluster ]]; then
        version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)
        [[ -n $version ]] || die "PostgreSQL is installed but /usr/lib/postgresql holds no server"
        say "creating the PostgreSQL $version cluster…"
        as_root pg_createcluster "$version" main >/dev/null
        cluster=$(pick_cluster)
    fi
    read -r version name port status owner _ log <<<"$cluster"

    if [[ $status != online* ]]; then
        say "starting PostgreSQL…"
        as_root pg_ctlcluster "$version" "$name" start ||
            die "PostgreSQL $version/$name did not start; see $log"
    fi
    for _ in $(seq 120); do
        pg_isready -q -h localhost -p "$port" && break
        sleep 0.5
    done
    pg_isready -q -h localhost -p "$port" || die "PostgreSQL did not accept connections in 60 s; see $log"

    if [[ -z $(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'") ]]; then
        say "creating the PostgreSQL role $ROLE…"
        psql_admin -c "CREATE ROLE $ROLE SUPERUSER LOGIN PASSWORD '$PASSWORD'"
    fi
    if [[ -z $(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$ROLE'") ]]; then
        psql_admin -c "CREATE DATABASE $ROLE OWNER $ROLE"
    fi
}

# Only the URL goes to stdout: the server's own tools print there too ("Removed stale pid file."),
# and the server they start must not inherit the caller's pipe.
ensure_server >&2
echo "postgresql+psycopg://$ROLE:$PASSWORD@localhost:$port/postgres"
