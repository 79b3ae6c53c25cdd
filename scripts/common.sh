# Helpers shared by ./dev and the scripts beside this file; sourced, never run.

SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Progress and errors go to stderr so that a script's stdout stays its result.
say() { printf 'dev: %s\n' "$*" >&2; }
die() {
    say "$*"
    exit 1
}

# We run as root on CI and on the project's machines; elsewhere sudo stands in.
as_root() {
    if ((EUID == 0)); then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        die "'$*' needs root and sudo is not installed"
    fi
}

# Run a command as another system user (PostgreSQL's owner), from a folder that user can read.
as_user() {
    local user=$1
    shift
    if ((EUID == 0)); then
        (cd / && runuser -u "$user" -- "$@")
    else
        (cd / && sudo -u "$user" -- "$@")
    fi
}
