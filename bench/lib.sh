# Shared by the bench scripts: source it. fail prints to stderr and exits; need_wrk installs wrk
# from Debian's packages where it is missing and the script runs as root.
fail() { echo "bench: $*" >&2; exit 1; }

need_wrk() {
    command -v wrk >/dev/null && return
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
    else
        fail "wrk is missing: install it (Debian/Ubuntu: sudo apt-get install wrk)"
    fi
}
