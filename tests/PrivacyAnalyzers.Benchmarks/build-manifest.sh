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
#                                                        [--files 10] [--runs 5] [--work DIR] [--keep]
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
work=""
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --projects) projects="$2"; shift 2 ;;
    --budget-projects) budget_projects="$2"; shift 2 ;;
    --files) files="$2"; shift 2 ;;
    --scale-files) scale_files="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
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

echo "# budget: $budget_projects projects x $files files, $runs interleaved runs each" >&2
generate "$work/budget" "$budget_projects" "$files"
timed_build "$work/budget" --no-incremental > /dev/null                              # warm-up: disk cache, JIT
timed_build "$work/budget" --no-incremental -p:PrivacyManifest=true > /dev/null
# A third variant splits the extra cost: the compiler's SARIF log alone (the manifest off), which the package cannot
# make cheaper, against what the package adds on top of it (docs/msbuild.md, "Cost").
: > "$work/off.txt"; : > "$work/log.txt"; : > "$work/on.txt"
for run in $(seq 1 "$runs"); do
  timed_build "$work/budget" --no-incremental >> "$work/off.txt"
  timed_build "$work/budget" --no-incremental '-p:ErrorLog=obj/budget.sarif%2Cversion%3D2.1' >> "$work/log.txt"
  timed_build "$work/budget" --no-incremental -p:PrivacyManifest=true >> "$work/on.txt"
  echo "  run $run: off $(tail -n 1 "$work/off.txt"), log alone $(tail -n 1 "$work/log.txt"), on $(tail -n 1 "$work/on.txt") (wall s, cpu s; load $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?))" >&2
done
off_wall="$(cut -d' ' -f1 "$work/off.txt" | median)"; on_wall="$(cut -d' ' -f1 "$work/on.txt" | median)"
off_cpu="$(cut -d' ' -f2 "$work/off.txt" | median)"; on_cpu="$(cut -d' ' -f2 "$work/on.txt" | median)"
log_wall="$(cut -d' ' -f1 "$work/log.txt" | median)"; log_cpu="$(cut -d' ' -f2 "$work/log.txt" | median)"
manifests="$(find "$work/budget/src" -path '*/obj/*' -name privacy-manifest.json | wc -l)"

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
| measurement | value |
| --- | --- |
| budget repository | $budget_projects projects x $files files, $runs interleaved runs, median |
| build, analyzers alone (wall s / cpu s) | $off_wall / $off_cpu |
| build, the compiler's SARIF log alone (wall s / cpu s) | $log_wall / $log_cpu |
| build, PrivacyManifest=true (wall s / cpu s) | $on_wall / $on_cpu |
| ratio (wall / cpu) | $(awk -v a="$on_wall" -v b="$off_wall" 'BEGIN { printf "%.3f", a / b }') / $(awk -v a="$on_cpu" -v b="$off_cpu" 'BEGIN { printf "%.3f", a / b }') |
| ratio of the log alone, and of the manifest to the log alone (cpu) | $(awk -v a="$log_cpu" -v b="$off_cpu" 'BEGIN { printf "%.3f", a / b }') / $(awk -v a="$on_cpu" -v b="$log_cpu" 'BEGIN { printf "%.3f", a / b }') |
| load average at the end | $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) |
| manifests written (budget) | $manifests of $budget_projects |
| scale repository | $projects projects x $scale_files files, \`dotnet build -m -p:PrivacyManifest=true\` |
| scale build (wall s / cpu s) | $scale |
| manifests written (scale) | $scale_manifests of $projects, $scale_sites sites |
| second build, nothing changed (wall s / cpu s) | $incremental |
| manifests rewritten by the second build | $rewritten |
EOF

if [ "$manifests" -ne "$budget_projects" ] || [ "$scale_manifests" -ne "$projects" ] || [ "$rewritten" -ne 0 ]; then
  echo "FAILED: a project has no manifest, or an unchanged build rewrote one" >&2
  exit 1
fi
