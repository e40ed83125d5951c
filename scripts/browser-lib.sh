# Shared by browser-test.sh and regen-examples.sh (sourced, not run): find or install Debian's
# Chromium and run it headless on a local HTML file. Written for corroborate.

# Installs Debian's chromium when it is missing (apt-get update first; as root, or through sudo).
ensure_chromium() {
    if command -v chromium >/dev/null 2>&1; then
        CHROMIUM=$(command -v chromium)
        return 0
    fi
    echo "browser: chromium is missing; installing Debian's chromium package" >&2
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "browser: not root and no sudo: install chromium by hand (apt-get install chromium)" >&2
            return 1
        fi
    fi
    $sudo apt-get update -qq >&2 || return 1
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-dejavu-core >&2 || return 1
    CHROMIUM=$(command -v chromium) || return 1
}

# chromium_run ARGS... : headless Chromium with the flags this machine needs (no sandbox as
# root, no network chatter), a fresh profile, a time limit. Chromium's own log goes to
# $BROWSER_LOG (default /dev/null).
chromium_run() {
    local profile status
    profile=$(mktemp -d)
    timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-quic --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$profile" "$@" 2>>"${BROWSER_LOG:-/dev/null}"
    status=$?
    rm -rf "$profile"
    return $status
}

# screenshot HTML PNG : a 1400 x 2000 screenshot of a local page.
screenshot() {
    local html png
    html=$(realpath "$1")
    png=$(realpath -m "$2")
    chromium_run --window-size=1400,2000 --screenshot="$png" "file://$html" >/dev/null || return 1
    [ -s "$png" ] || { echo "browser: no screenshot written to $png" >&2; return 1; }
}

# dump_dom HTML OUT : the DOM of a local page after Chromium has parsed and laid it out.
dump_dom() {
    local html
    html=$(realpath "$1")
    chromium_run --dump-dom "file://$html" >"$2" || return 1
    [ -s "$2" ] || { echo "browser: empty DOM dump for $1" >&2; return 1; }
}
