# Shared set-up of scripts/test and scripts/app: checks what PMO Desk needs to build and test on
# Debian/Ubuntu, installs it when it can (apt as root, npm packages, tauri-driver), and otherwise
# says exactly what is missing, in French then English. Sourced, not run.

say_missing() {
    echo "$1" >&2
    echo "$2" >&2
    exit 1
}

need_cargo() {
    command -v cargo >/dev/null 2>&1 || say_missing \
        "cargo est introuvable : installez Rust (https://rustup.rs, toolchain stable ≥ 1.85) puis relancez." \
        "cargo not found: install Rust (https://rustup.rs, stable toolchain ≥ 1.85) and run again."
}

# need_apt PACKAGE:COMMAND_OR_PKGCONFIG... — installs the Debian packages whose probe fails.
# A probe `pc:NAME` asks pkg-config for NAME; any other probe is a command on the PATH.
need_apt() {
    local missing=() item package probe
    for item in "$@"; do
        package=${item%%:*}
        probe=${item#*:}
        if [[ $probe == pc=* ]]; then
            pkg-config --exists "${probe#pc=}" 2>/dev/null && continue
        elif [[ $probe == file=* ]]; then
            [ -e "${probe#file=}" ] && continue
        else
            command -v "$probe" >/dev/null 2>&1 && continue
        fi
        missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local list
    list=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "== apt-get install $list"
        apt-get update -qq
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $list >/dev/null
    elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then
        echo "== sudo apt-get install $list"
        sudo apt-get update -qq
        # shellcheck disable=SC2086
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $list >/dev/null
    else
        say_missing "Paquets système absents : apt-get install $list" "Missing system packages: apt-get install $list"
    fi
}

# What building the desktop shell needs (Tauri 2 on WebKitGTK 4.1).
need_build_packages() {
    need_apt build-essential:cc pkg-config:pkg-config libwebkit2gtk-4.1-dev:pc=webkit2gtk-4.1
}

# Node.js ≥ 20.19 (Vite 7's floor) and the front end's npm packages (from package-lock.json).
need_ui() {
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        say_missing \
            "Node.js est introuvable : installez Node.js ≥ 20.19 avec npm (https://nodejs.org, ou le paquet nodejs de Debian 13) puis relancez." \
            "Node.js not found: install Node.js ≥ 20.19 with npm (https://nodejs.org, or Debian 13's nodejs package) and run again."
    fi
    local version major minor
    version=$(node --version | tr -d v)
    major=${version%%.*}
    minor=${version#*.}; minor=${minor%%.*}
    if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; }; then
        say_missing "Node.js $version est trop ancien : il faut Node.js ≥ 20.19 (Vite 7)." \
            "Node.js $version is too old: Node.js ≥ 20.19 is needed (Vite 7)."
    fi
    # `npm install` (which follows package-lock.json) rather than `npm ci`: the lock can only list
    # the Tauri CLI's binary package for the platforms the registry serves (linux-x64 here), and
    # `npm ci` refuses a lock without the other platforms' optional packages.
    if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
        echo "== npm install (ui/, from package-lock.json)"
        npm --prefix ui install --no-audit --no-fund --loglevel=error
    fi
}

# Rebuilds ui/dist only when a source of the front end is newer than it: the shell embeds ui/dist
# at compile time, so a needless rebuild would also recompile the shell.
build_ui() {
    if [ -f ui/dist/index.html ] && [ -z "$(find ui/src ui/index.html ui/package.json ui/vite.config.ts \
        -newer ui/dist/index.html -print -quit 2>/dev/null)" ]; then
        return 0
    fi
    echo "== npm run build (ui/)"
    npm --prefix ui run build --silent
}
