#!/bin/sh
# `cpack` makes a Debian package that holds what issue 13 asks for (the static binary, the man
# page, the bash/zsh/fish completions, LICENSE, NOTICE and the copyright file) and the sampler,
# depends on the C library only (for the sampler), and whose binary runs from where the package
# puts it, finding its sampler.
# With MLCARBON_PACKAGE_INSTALL=1 (as root, on a machine that may be changed: CI), the package is
# also installed with dpkg, run from PATH and removed again.
# Usage: package_test.sh BUILD_DIR. Exit 77 (skipped) when dpkg-deb or cpack is missing.
set -eu
build=$1
for tool in cpack dpkg-deb; do
  command -v "$tool" >/dev/null 2>&1 || { echo "SKIPPED: $tool is not installed"; exit 77; }
done
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cpack --config "$build/CPackConfig.cmake" -B "$dir/out" >"$dir/cpack.log" 2>&1 || { cat "$dir/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(ls "$dir"/out/*.deb)
[ "$(dpkg-deb -f "$deb" Package)" = mlcarbon ] || { echo "FAIL: package name"; exit 1; }
version=$("$build/mlcarbon" --version | sed -n 's/^mlcarbon \([0-9.]*\).*/\1/p')
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || { echo "FAIL: version $(dpkg-deb -f "$deb" Version), binary says $version"; exit 1; }
# A static binary (no program interpreter) needs no library; the sampler beside it needs the C
# library only: Depends is libc6. A dynamic build (the sanitizers') lists the libraries it links.
if command -v readelf >/dev/null 2>&1 && ! readelf -l "$build/mlcarbon" | grep -q 'program interpreter'; then
  case "$(dpkg-deb -f "$deb" Depends)" in
    "libc6 (>= 2.34)") ;;
    *) echo "FAIL: a static binary with Depends: $(dpkg-deb -f "$deb" Depends)"; exit 1 ;;
  esac
  readelf -d "$build/mlcarbon-sampler" | grep NEEDED | grep -v -e 'libc\.so' -e 'ld-linux' | grep -q . &&
    { echo "FAIL: the sampler needs more than the C library:"; readelf -d "$build/mlcarbon-sampler" | grep NEEDED; exit 1; }
elif [ -z "$(dpkg-deb -f "$deb" Depends)" ]; then
  echo "FAIL: a dynamic binary without Depends"; exit 1
fi
dpkg-deb -c "$deb" | awk '{print $6}' >"$dir/files"
for path in ./usr/bin/mlcarbon ./usr/libexec/mlcarbon/mlcarbon-sampler ./usr/share/man/man1/mlcarbon.1 ./usr/share/bash-completion/completions/mlcarbon \
            ./usr/share/zsh/site-functions/_mlcarbon ./usr/share/fish/vendor_completions.d/mlcarbon.fish \
            ./usr/share/doc/mlcarbon/LICENSE ./usr/share/doc/mlcarbon/NOTICE ./usr/share/doc/mlcarbon/copyright; do
  grep -qx "$path" "$dir/files" || { echo "FAIL: $path is not in the package"; cat "$dir/files"; exit 1; }
done
dpkg-deb -x "$deb" "$dir/root"
grep -q "MIT License" "$dir/root/usr/share/doc/mlcarbon/copyright" || { echo "FAIL: copyright has no license"; exit 1; }
grep -q "Creative Commons" "$dir/root/usr/share/doc/mlcarbon/copyright" || { echo "FAIL: copyright has no data notice"; exit 1; }
# The packaged binary gives the README's estimate: 8 A100 x 400 W (NVIDIA's datasheet) x 24 h =
# 76.8 kWh, x AWS's fleet PUE 1.14 (Amazon, 2025) = 87.552 kWh.
out=$("$dir/root/usr/bin/mlcarbon" estimate -g a100 -n 8 --hours 24 --region aws:us-east-1 --value energy_kwh)
[ "$out" = 87.552 ] || { echo "FAIL: the packaged binary says $out kWh"; exit 1; }
# The packaged mlcarbon finds its sampler where the package puts it (../libexec/mlcarbon).
env -u MLCARBON_SAMPLER "$dir/root/usr/bin/mlcarbon" measure --duration 0.2s --format json | grep -q '"duration_s"' ||
  { echo "FAIL: the packaged mlcarbon measure"; exit 1; }
if [ "${MLCARBON_PACKAGE_INSTALL:-0}" = 1 ]; then
  dpkg -i "$deb" >/dev/null
  installed=$(mlcarbon --version | head -n 1)
  man -w mlcarbon >/dev/null 2>&1 || [ -f /usr/share/man/man1/mlcarbon.1 ] || { echo "FAIL: no man page installed"; exit 1; }
  dpkg -r mlcarbon >/dev/null
  case "$installed" in "mlcarbon $version"*) ;; *) echo "FAIL: installed mlcarbon says $installed"; exit 1 ;; esac
  echo "installed with dpkg, ran $installed, removed"
fi
echo "ok: $(basename "$deb"), $(wc -l <"$dir/files") paths"
