# Shared set-up of scripts/test and scripts/app: checks what PMO Desk needs to build and test on
# Debian/Ubuntu, installs it when it can (apt as root, npm packages, tauri-driver), and otherwise
# says exactly what is missing, in French then English. Sourced, not run.

say_missing() {
    echo "$1" >&2
    echo "$2" >&2
    exit 1
}

# The oldest Rust the locked crates build with (tauri 2.12 and rusqlite 0.41 need 1.90); the
# workspace's rust-version says the same.
RUST_MIN=1.90

# version_at_least HAVE WANT — true when the dotted version HAVE is WANT or later.
version_at_least() {
    [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}

need_cargo() {
    command -v cargo >/dev/null 2>&1 && command -v rustc >/dev/null 2>&1 || say_missing \
        "cargo est introuvable : installez Rust (https://rustup.rs, toolchain stable ≥ $RUST_MIN) puis relancez." \
        "cargo not found: install Rust (https://rustup.rs, stable toolchain ≥ $RUST_MIN) and run again."
    local version
    version=$(rustc --version | awk '{print $2}')
    version_at_least "${version%%-*}" "$RUST_MIN" || say_missing \
        "Rust $version est trop ancien : il faut Rust ≥ $RUST_MIN (les crates verrouillées tauri 2.12 et rusqlite 0.41 l'exigent). Mettez-le à jour : rustup update stable" \
        "Rust $version is too old: Rust ≥ $RUST_MIN is needed (the locked crates tauri 2.12 and rusqlite 0.41 require it). Update it: rustup update stable"
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

# Node.js in Vite 7's range (^20.19.0 || >=22.12.0: 21.x and 22.0–22.11 are refused by Vite)
# and the front end's npm packages, installed exactly as package-lock.json lists them.
need_ui() {
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        say_missing \
            "Node.js est introuvable : installez Node.js 20.19 ou plus récent en 20.x, ou ≥ 22.12, avec npm (https://nodejs.org, ou le paquet nodejs de Debian 13) puis relancez." \
            "Node.js not found: install Node.js 20.19 or later 20.x, or ≥ 22.12, with npm (https://nodejs.org, or Debian 13's nodejs package) and run again."
    fi
    local version
    version=$(node --version | tr -d v)
    node_supported "$version" || say_missing \
        "Node.js $version ne convient pas à Vite 7 : il faut Node.js 20.19 ou plus récent en 20.x, ou ≥ 22.12." \
        "Node.js $version does not suit Vite 7: Node.js 20.19 or later 20.x, or ≥ 22.12, is needed."
    # `npm ci` installs exactly what the lock lists and never rewrites it (the lock holds every
    # platform's optional packages, so npm ci accepts it on any machine).
    if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
        echo "== npm ci (ui/, from package-lock.json)"
        npm --prefix ui ci --no-audit --no-fund --loglevel=error
    fi
}

# node_supported VERSION — Vite 7's engines range: ^20.19.0 || >=22.12.0.
node_supported() {
    local major=${1%%.*}
    if [ "$major" -eq 20 ]; then
        version_at_least "$1" 20.19.0
    else
        [ "$major" -ge 22 ] && version_at_least "$1" 22.12.0
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
