#!/usr/bin/env bash
# Fetches the pinned front-end packages from the npm registry and copies what the public pages
# use into src/main/resources/static/vendor/. The result is committed, so building and running
# Samvirke needs no Node; run this only to upgrade (change a version below, run, review, commit).
set -euo pipefail

DKFDS_VERSION=11.2.0
HTMX_VERSION=2.0.11
ECHARTS_VERSION=6.1.0

root="$(cd "$(dirname "$0")/.." && pwd)"
vendor="$root/src/main/resources/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

unpack() { # package version -> folder with the package's contents
    local package=$1 version=$2
    (cd "$work" && npm pack --silent "$package@$version" >/dev/null)
    mkdir -p "$work/$package"
    tar -xzf "$work/$package-$version.tgz" -C "$work/$package" --strip-components=1
    echo "$work/$package"
}

rm -rf "$vendor/dkfds" "$vendor/htmx" "$vendor/echarts"

# DKFDS, neutral theme (dkfds.min.css, not the borger.dk or Virk variants). Only the fonts and
# images the stylesheet refers to are copied: the package holds 12 MB of fonts we never load.
dkfds="$(unpack dkfds "$DKFDS_VERSION")"
out="$vendor/dkfds"
mkdir -p "$out/css" "$out/js" "$out/img"
cp "$dkfds/dist/css/dkfds.min.css" "$out/css/"
cp "$dkfds/dist/js/dkfds.min.js" "$out/js/"
cp "$dkfds/LICENSE.md" "$out/LICENSE.md"
cp "$dkfds/dist/img/all-svg-icons.svg" "$out/img/"
grep -o 'url([^)]*)' "$dkfds/dist/css/dkfds.min.css" \
    | sed -e 's/^url(//' -e 's/)$//' -e 's/^["'\'']//' -e 's/["'\'']$//' -e 's/[?#].*$//' \
    | grep '^\.\./' | sort -u \
    | while read -r ref; do
        rel="${ref#../}"
        mkdir -p "$out/$(dirname "$rel")"
        cp "$dkfds/dist/$rel" "$out/$rel"
    done
for folder in "$out"/fonts/IBMPlexSans/complete/*/; do
    cp "$dkfds/dist/fonts/IBMPlexSans/complete/$(basename "$folder")/license.txt" "$folder"
done

htmx="$(unpack htmx.org "$HTMX_VERSION")"
mkdir -p "$vendor/htmx"
cp "$htmx/dist/htmx.min.js" "$htmx/LICENSE" "$vendor/htmx/"

echarts="$(unpack echarts "$ECHARTS_VERSION")"
mkdir -p "$vendor/echarts"
cp "$echarts/dist/echarts.min.js" "$echarts/LICENSE" "$echarts/NOTICE" "$vendor/echarts/"
cp "$echarts/licenses/LICENSE-d3" "$vendor/echarts/"

cat > "$vendor/VERSIONS" <<EOF
dkfds $DKFDS_VERSION
htmx.org $HTMX_VERSION
echarts $ECHARTS_VERSION
EOF
echo "Vendored into $vendor:"
cat "$vendor/VERSIONS"
