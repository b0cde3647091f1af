#!/bin/sh
# Configures packaging/ as if on Windows and on macOS (see CMakeLists.txt here), compiles the
# NSIS installer script with makensis (Debian package nsis) when it is installed, and checks
# that the configured Info.plist is a valid property list with the mqdesk:// URL scheme.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

cmake -S "$here" -B "$tmp/win" -G Ninja -DPRETEND_WIN32=1 -DPRETEND_APPLE=0 >/dev/null
cmake --build "$tmp/win" >/dev/null
if command -v makensis >/dev/null; then
  (cd "$tmp/win" && cpack -G NSIS -V) | grep -E 'deploy:|package:'
  expected=$(cat <<'NSI'
WriteRegStr SHCTX "Software\Classes\mqdesk\shell\open\command" "" '"$INSTDIR\bin\mqdesk.exe" "%1"'
NSI
)
  grep -qxF "$expected" "$tmp/win/_CPack_Packages/"*/NSIS/project.nsi
  echo "windows: NSIS installer compiled, mqdesk:// registration present"
else
  echo "windows: configured; makensis not installed, installer not compiled"
fi

cmake -S "$here" -B "$tmp/mac" -G Ninja -DPRETEND_WIN32=0 -DPRETEND_APPLE=1 >/dev/null
cat > "$tmp/plist.cmake" <<PLIST
foreach(v EXECUTABLE_NAME=mqdesk GUI_IDENTIFIER=id BUNDLE_NAME=mqdesk BUNDLE_VERSION=1
          SHORT_VERSION_STRING=1 ICON_FILE=mqdesk.icns COPYRIGHT=c)
    string(REPLACE "=" ";" kv "\${v}")
    list(GET kv 0 k)
    list(GET kv 1 val)
    set(MACOSX_BUNDLE_\${k} "\${val}")
endforeach()
configure_file("$tmp/mac/packaging/Info.plist.in" "$tmp/Info.plist")
PLIST
cmake -P "$tmp/plist.cmake"
python3 - "$tmp/Info.plist" <<'PY'
import plistlib, sys
d = plistlib.load(open(sys.argv[1], 'rb'))
assert d['CFBundleURLTypes'][0]['CFBundleURLSchemes'] == ['mqdesk'], d
assert d['CFBundleIconFile'] == 'mqdesk.icns' and d['CFBundleExecutable'] == 'mqdesk'
print('macos: Info.plist valid, mqdesk:// scheme present')
PY
echo "macos: deploy script: $(tail -n +2 "$tmp/mac/packaging/deploy-mqdesk.cmake" | tr -s ' \n' ' ')"
