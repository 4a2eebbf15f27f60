#!/usr/bin/env bash
# The manifest from the build (docs/msbuild.md), measured: issue 17's two build numbers.
#
#   1. budget: a build with PrivacyManifest=true against the same build with the analyzers alone (the package
#      referenced, the manifest off); whole `dotnet build --no-incremental` runs of a generated repository,
#      interleaved (off, log alone, on, off, ...), median of each; the ratio must stay <= 1.02. "log alone" is the
#      manifest off with the compiler's SARIF 2.1 log on: the part of the cost that is the compiler's.
#   2. scale: a generated repository of --projects projects (default 200) builds its manifests through the build
#      alone (`dotnet build -m -p:PrivacyManifest=true`), and every project must have one, with its sites.
#
#   tests/PrivacyAnalyzers.Benchmarks/build-manifest.sh [--projects 200] [--scale-files 2] [--budget-projects 20]
#                                                        [--files 10] [--methods 0] [--runs 5] [--server off|on|both]
#                                                        [--only budget|scale] [--work DIR] [--keep]
#
#   --methods N   N more methods (10 lines each) per generated file: --budget-projects 1 --files 200 --methods 16
#                 is one project of 200 files, about 40,000 lines.
#   --server      the compiler server (UseSharedCompilation): off (a csc process per compilation), on (the default
#                 of users' builds; shut down before and after), or both, interleaved in each run.
#
# Everything is generated under --work (default: a new folder under the system temp path, deleted at the end
# unless --keep): the package is packed there, and the repositories restore against that feed with their own
# NUGET_PACKAGES, so nothing of the machine's cache or of this repository's Directory.*.props applies.
set -euo pipefail

projects=200
budget_projects=20
files=10
scale_files=2
runs=5
methods=0
server=off
only=""
work=""
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --projects) projects="$2"; shift 2 ;;
    --budget-projects) budget_projects="$2"; shift 2 ;;
    --files) files="$2"; shift 2 ;;
    --scale-files) scale_files="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --methods) methods="$2"; shift 2 ;;
    --server) server="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

repo_root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ -z "$work" ]; then
  work="$(mktemp -d "${TMPDIR:-/tmp}/privacy-build-manifest.XXXXXX")"
fi
mkdir -p "$work"
work="$(cd "$work" && pwd)"
if [ "$keep" != true ]; then
  trap 'rm -rf "$work"' EXIT
fi

export NUGET_PACKAGES="$work/packages"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false

echo "# packing the package into $work/feed" >&2
dotnet pack "$repo_root/src/PrivacyAnalyzers.Package/PrivacyAnalyzers.Package.csproj" -c Release -o "$work/feed" \
  --artifacts-path "$work/artifacts" -tl:off -v:q -nologo >&2
package="$(ls "$work/feed"/PrivacyAnalyzers.*.nupkg | head -n 1)"
version="$(basename "$package" .nupkg)"
version="${version#PrivacyAnalyzers.}"

# One repository of $2 projects of $files files each: realistic library code with a few collection sites per
# file, declared and undeclared, and a policy at the root.
generate() {
  local root="$1" count="$2" files="$3"
  rm -rf "$root"
  mkdir -p "$root/.git"
  echo "ref: refs/heads/main" > "$root/.git/HEAD"
  echo "<Project />" > "$root/Directory.Build.props"
  echo "<Project />" > "$root/Directory.Build.targets"
  echo "<Project />" > "$root/Directory.Packages.props"
  cat > "$root/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
EOF
  printf 'user.device.*: essential.service\nuser.account.*: essential.service\n' > "$root/PrivacyPolicy.txt"
  local solution="$root/Repository.slnx"
  echo "<Solution>" > "$solution"
  local p f name
  for p in $(seq 1 "$count"); do
    name="Project$p"
    mkdir -p "$root/src/$name"
    cat > "$root/src/$name/$name.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PrivacyAnalyzers" Version="$version" />
  </ItemGroup>
</Project>
EOF
    for f in $(seq 1 "$files"); do
      local extra="" m
      for m in $(seq 1 "$methods"); do
        extra="$extra
        public static int Mix$m(int[] values, int seed)
        {
            var acc = seed ^ $m;
            for (var i = 0; i < values.Length; i++)
            {
                acc = unchecked(acc * 16777619 + values[i]);
            }

            return acc;
        }
"
      done
      cat > "$root/src/$name/Service$f.cs" <<EOF
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.NetworkInformation;
using PrivacyAnalyzers;

namespace $name
{
    public sealed class Service$f
    {
        private readonly Dictionary<string, int> counts = new Dictionary<string, int>(StringComparer.Ordinal);

        [CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]
        public string Device() => NetworkInterface.GetAllNetworkInterfaces().First().GetPhysicalAddress().ToString();

        public string Account() => Environment.UserName;

        public int Count(string key)
        {
            counts.TryGetValue(key, out var value);
            counts[key] = value + 1;
            return value + 1;
        }

        public IEnumerable<string> Top(int n) => counts.OrderByDescending(p => p.Value).Take(n).Select(p => p.Key + "=" + p.Value);

        public static int Checksum(string text)
        {
            var sum = 17;
            foreach (var c in text)
            {
                sum = unchecked(sum * 31 + c);
            }

            return sum;
        }
$extra
    }
}
EOF
    done
    echo "  <Project Path=\"src/$name/$name.csproj\" />" >> "$solution"
  done
  echo "</Solution>" >> "$solution"
  (cd "$root" && dotnet restore Repository.slnx -tl:off -v:q -nologo >&2)
}

# Seconds (wall) and CPU seconds (user + system, the build's whole process tree) of one build.
timed_build() {
  local root="$1"; shift
  local out="$work/time.txt"
  (cd "$root" && /usr/bin/time -f "%e %U %S" -o "$out" dotnet build Repository.slnx --no-restore -tl:off -v:q -nologo "$@" > "$work/build.log" 2>&1) || {
    cat "$work/build.log" >&2
    echo "build failed" >&2
    exit 1
  }
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$out"
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# The compiler server's modes this run measures: "off" exports UseSharedCompilation=false (above); "on" passes
# -p:UseSharedCompilation=true, with the server shut down before the first and after the last build of the mode.
case "$server" in
  off) modes="off" ;; on) modes="on" ;; both) modes="off on" ;;
  *) echo "--server must be off, on or both" >&2; exit 2 ;;
esac
server_args() { if [ "$1" = on ]; then echo "-p:UseSharedCompilation=true"; fi; }
shutdown_server() { dotnet build-server shutdown --razor --vbcscompiler > /dev/null 2>&1 || true; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "?" }'; }

failed=false
if [ "$only" != scale ]; then
  echo "# budget: $budget_projects projects x $files files (+$methods methods each), $runs interleaved runs, server: $modes" >&2
  generate "$work/budget" "$budget_projects" "$files"
  lines="$(cat "$work"/budget/src/*/*.cs | wc -l)"
  for mode in $modes; do
    : > "$work/off-$mode.txt"; : > "$work/log-$mode.txt"; : > "$work/on-$mode.txt"
  done
  shutdown_server
  for mode in $modes; do                                                               # warm-up: disk cache, JIT
    timed_build "$work/budget" --no-incremental $(server_args "$mode") > /dev/null
    timed_build "$work/budget" --no-incremental -p:PrivacyManifest=true $(server_args "$mode") > /dev/null
  done
  # A third variant splits the extra cost: the compiler's SARIF log alone (the manifest off), which the package
  # cannot make cheaper, against what the package adds on top of it (docs/msbuild.md, "Cost").
  for run in $(seq 1 "$runs"); do
    for mode in $modes; do
      a="$(server_args "$mode")"
      timed_build "$work/budget" --no-incremental $a >> "$work/off-$mode.txt"
      timed_build "$work/budget" --no-incremental '-p:ErrorLog=obj/budget.sarif%2Cversion%3D2.1' $a >> "$work/log-$mode.txt"
      timed_build "$work/budget" --no-incremental -p:PrivacyManifest=true $a >> "$work/on-$mode.txt"
      echo "  run $run, server $mode: off $(tail -n 1 "$work/off-$mode.txt"), log alone $(tail -n 1 "$work/log-$mode.txt"), on $(tail -n 1 "$work/on-$mode.txt") (wall s, cpu s; load $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?))" >&2
    done
  done
  shutdown_server
  manifests="$(find "$work/budget/src" -path '*/obj/*' -name privacy-manifest.json | wc -l)"
  echo "| budget repository | $budget_projects projects x $files files, $lines lines, $runs interleaved runs, median |"
  echo "| --- | --- |"
  for mode in $modes; do
    off_wall="$(cut -d' ' -f1 "$work/off-$mode.txt" | median)"; off_cpu="$(cut -d' ' -f2 "$work/off-$mode.txt" | median)"
    log_wall="$(cut -d' ' -f1 "$work/log-$mode.txt" | median)"; log_cpu="$(cut -d' ' -f2 "$work/log-$mode.txt" | median)"
    on_wall="$(cut -d' ' -f1 "$work/on-$mode.txt" | median)"; on_cpu="$(cut -d' ' -f2 "$work/on-$mode.txt" | median)"
    # With the server on, the compilation's CPU is the server's, outside the build's process tree: only wall
    # time measures it.
    echo "| server $mode: analyzers alone (wall s / cpu s) | $off_wall / $off_cpu |"
    echo "| server $mode: the compiler's SARIF log alone (wall s / cpu s) | $log_wall / $log_cpu |"
    echo "| server $mode: PrivacyManifest=true (wall s / cpu s) | $on_wall / $on_cpu |"
    echo "| server $mode: ratio on/off (wall / cpu) | $(ratio "$on_wall" "$off_wall") / $(ratio "$on_cpu" "$off_cpu") |"
    echo "| server $mode: log alone/off, on/log alone (wall) | $(ratio "$log_wall" "$off_wall") / $(ratio "$on_wall" "$log_wall") |"
  done
  echo "| load average at the end | $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) |"
  echo "| manifests written (budget) | $manifests of $budget_projects |"
  if [ "$manifests" -ne "$budget_projects" ]; then failed=true; fi
fi

if [ "$only" != budget ]; then
  echo "# scale: $projects projects x $scale_files files, one parallel build" >&2
  generate "$work/scale" "$projects" "$scale_files"
  scale="$(timed_build "$work/scale" -m -p:PrivacyManifest=true)"
  scale_manifests="$(find "$work/scale/src" -path '*/obj/*' -name privacy-manifest.json | wc -l)"
  # Each manifest's summary.sites ("sites": N in its summary block).
  scale_sites="$(find "$work/scale/src" -path '*/obj/*' -name privacy-manifest.json -exec grep -h -m 1 '^    "sites": ' {} + | awk '{ gsub(",", "", $2); s += $2 } END { print s + 0 }')"
  touch "$work/before-second-build"
  sleep 1
  incremental="$(timed_build "$work/scale" -m -p:PrivacyManifest=true)"
  rewritten="$(find "$work/scale/src" -path '*/obj/*' -name privacy-manifest.json -newer "$work/before-second-build" | wc -l)"
  cat <<EOF
| scale repository | $projects projects x $scale_files files, \`dotnet build -m -p:PrivacyManifest=true\` |
| --- | --- |
| scale build (wall s / cpu s) | $scale |
| manifests written (scale) | $scale_manifests of $projects, $scale_sites sites |
| second build, nothing changed (wall s / cpu s) | $incremental |
| manifests rewritten by the second build | $rewritten |
| load average at the end | $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) |
EOF
  if [ "$scale_manifests" -ne "$projects" ] || [ "$rewritten" -ne 0 ]; then failed=true; fi
fi

if [ "$failed" = true ]; then
  echo "FAILED: a project has no manifest, or an unchanged build rewrote one" >&2
  exit 1
fi
