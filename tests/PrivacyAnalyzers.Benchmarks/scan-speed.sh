#!/usr/bin/env bash
# Issue 14's speed budget, measured: a folder scan (`privacy scan --folder`) of a generated folder of --files C# files
# (default 2,500) takes at most 2x what it took before issue 14, both measured in one run on the same machine.
#
#   tests/PrivacyAnalyzers.Benchmarks/scan-speed.sh [--files 2500] [--runs 3] [--base ae0758b] [--work DIR] [--keep]
#                                                   [--base-cli DLL] [--new-cli DLL]
#
# The tool before issue 14 (--base, default ae0758b: the last commit before it) is built from a detached worktree
# under --work, this tree's tool beside it (both Release, each with its own artifacts folder); --base-cli and
# --new-cli give already built PrivacyAnalyzers.Cli.dll files instead. The folder has no solution or project, so
# the old tool (which has no --folder) scans it in folder mode too. Runs alternate old, new, old, new, ... (so
# both see the same load), each a whole process: wall and CPU seconds (user + system of the process tree, from
# /usr/bin/time), medians, and the ratio new / old of each. Exit 1 when the wall or the CPU ratio is over 2.
#
# What is generated (deterministic, by file number): per 10 files, six plain library files (records, a service
# with LINQ, async and a switch), one ASP.NET Core controller reading the remote address and the User-Agent,
# one MAUI page reading the location, the device model and the clipboard (unresolved in folder mode: the name
# fallback's work), one file of near misses (a user's own Location and Play, Shell.Current), and one file with
# the user's own [PersonalDataSource]-free model; one file in 100 holds `#if ANDROID` / `#elif IOS` platform code.
set -euo pipefail

files=2500
runs=3
base=ae0758b
work=""
keep=false
base_cli=""
new_cli=""
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --base) base="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    --base-cli) base_cli="$2"; shift 2 ;;
    --new-cli) new_cli="$2"; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

repo_root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ -z "$work" ]; then
  work="$(mktemp -d "${TMPDIR:-/tmp}/privacy-scan-speed.XXXXXX")"
fi
mkdir -p "$work"
work="$(cd "$work" && pwd)"
worktree="$work/base-tree"
cleanup() {
  if [ -d "$worktree" ]; then
    git -C "$repo_root" worktree remove --force "$worktree" >/dev/null 2>&1 || true
  fi
  if [ "$keep" != true ]; then
    rm -rf "$work"
  fi
}
trap cleanup EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false

build_cli() { # tree, artifacts -> path of the dll
  dotnet build -c Release "$1/src/PrivacyAnalyzers.Cli/PrivacyAnalyzers.Cli.csproj" --artifacts-path "$2" -tl:off -v:q -nologo >&2
  ls "$2"/bin/PrivacyAnalyzers.Cli/release*/PrivacyAnalyzers.Cli.dll | head -n 1
}

if [ -z "$base_cli" ]; then
  echo "# building the tool at $base (detached worktree $worktree)" >&2
  git -C "$repo_root" worktree add --detach "$worktree" "$base" >&2
  base_cli="$(build_cli "$worktree" "$work/art-base")"
fi
if [ -z "$new_cli" ]; then
  echo "# building the tool of this tree" >&2
  new_cli="$(build_cli "$repo_root" "$work/art-new")"
fi

corpus="$work/corpus"
rm -rf "$corpus"
mkdir -p "$corpus"
echo "# generating $files files under $corpus" >&2
for ((i = 0; i < files; i++)); do
  dir="$corpus/Module$((i / 100))"
  mkdir -p "$dir"
  n="$i"
  case $((i % 10)) in
    6) cat > "$dir/Visits$n.cs" <<EOF
using System;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Module$((i / 100));

[ApiController]
[Route("api/visits$n")]
public sealed class Visits${n}Controller : ControllerBase
{
    [HttpGet]
    public IActionResult Get()
    {
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var agent = Request.Headers["User-Agent"].ToString();
        var language = Request.Headers["Accept-Language"].ToString();
        return Ok(new { address, agent, language, At = DateTimeOffset.UtcNow });
    }

    [HttpPost]
    public IActionResult Post([FromBody] VisitRequest$n request)
        => request.Pages.Count == 0 ? BadRequest() : Ok(request.Pages.Count);
}

public sealed record VisitRequest$n(string Name, System.Collections.Generic.List<string> Pages);
EOF
      ;;
    7) cat > "$dir/DevicePage$n.cs" <<EOF
using System.Threading.Tasks;
using Microsoft.Maui.ApplicationModel.DataTransfer;
using Microsoft.Maui.Controls;
using Microsoft.Maui.Devices;
using Microsoft.Maui.Devices.Sensors;

namespace App.Module$((i / 100));

public partial class DevicePage$n : ContentPage
{
    public async Task<string> DescribeAsync()
    {
        var location = await Geolocation.Default.GetLocationAsync();
        var model = DeviceInfo.Current.Model;
        var text = await Clipboard.Default.GetTextAsync();
        return \$"{location?.Latitude},{location?.Longitude} {model} {text?.Length}";
    }
}
EOF
      ;;
    8) cat > "$dir/Player$n.cs" <<EOF
using System;
using System.Collections.Generic;

namespace App.Module$((i / 100));

public sealed class Location$n
{
    public double X { get; init; }
    public double Y { get; init; }
}

public sealed class Player$n
{
    private readonly List<Location$n> path = new();

    public Location$n Location => path.Count == 0 ? new Location$n() : path[^1];

    public void Play(Location$n next) => path.Add(next);

    public string Current => path.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
EOF
      ;;
    *) cat > "$dir/Orders$n.cs" <<EOF
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Shop.Module$((i / 100));

public enum OrderStatus$n { Draft, Placed, Shipped, Archived }

public sealed record Order$n(Guid Id, string Reference, decimal Amount, OrderStatus$n Status, DateTimeOffset Placed);

public interface IOrderStore$n
{
    Task<IReadOnlyList<Order$n>> ListAsync(CancellationToken cancellationToken);
}

public sealed class OrderService$n(IOrderStore$n store)
{
    public async Task<decimal> TotalAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var orders = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        return orders.Where(o => o.Placed >= since && o.Status != OrderStatus$n.Archived).Sum(o => o.Amount);
    }

    public static string Describe(Order$n order) => order.Status switch
    {
        OrderStatus$n.Draft => "draft " + order.Reference,
        OrderStatus$n.Placed => \$"placed {order.Placed:yyyy-MM-dd}",
        OrderStatus$n.Shipped => "shipped",
        _ => "archived",
    };

    public static IEnumerable<IGrouping<OrderStatus$n, Order$n>> ByStatus(IEnumerable<Order$n> orders)
        => from o in orders where o.Amount > 0 orderby o.Placed group o by o.Status;
}
EOF
      ;;
  esac
  if [ $((i % 100)) -eq 99 ]; then
    cat > "$dir/Platform$n.cs" <<EOF
namespace App.Module$((i / 100));

public static class Platform$n
{
    public static string Name()
    {
#if ANDROID
        return Android.OS.Build.Model ?? "android";
#elif IOS
        return UIKit.UIDevice.CurrentDevice.Name;
#else
        return "other";
#endif
    }
}
EOF
  fi
done
count="$(find "$corpus" -name '*.cs' | wc -l)"
lines="$(find "$corpus" -name '*.cs' -exec cat {} + | wc -l)"
echo "# $count files, $lines lines" >&2

# One scan: prints "wall cpu sites". The old tool has no --folder; the folder has no project, so both scan it as a folder.
scan() { # dll, label, run
  local out="$work/$2-$3.json" timing="$work/$2-$3.time" extra=()
  [ "$2" = new ] && extra=(--folder)
  /usr/bin/time -f '%e %U %S' -o "$timing" dotnet "$1" scan "$corpus" "${extra[@]}" --format json --output "$out" -v quiet \
    >"$work/$2-$3.log" 2>&1 || { echo "# $2 scan failed, see below" >&2; cat "$work/$2-$3.log" >&2; exit 1; }
  local sites
  sites="$(grep -m 1 -o '"sites": *[0-9]*' "$out" | grep -o '[0-9]*$' || echo 0)"
  awk -v s="$sites" '{ printf "%.2f %.2f %d\n", $1, $2 + $3, s }' "$timing"
}

declare -a base_wall base_cpu new_wall new_cpu
for ((r = 1; r <= runs; r++)); do
  for side in base new; do
    if [ "$side" = base ]; then dll="$base_cli"; else dll="$new_cli"; fi
    read -r wall cpu sites < <(scan "$dll" "$side" "$r")
    echo "run $r $side: ${wall} s wall, ${cpu} s CPU, $sites sites in the manifest's summary" >&2
    if [ "$side" = base ]; then base_wall+=("$wall"); base_cpu+=("$cpu"); else new_wall+=("$wall"); new_cpu+=("$cpu"); fi
  done
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
bw="$(median "${base_wall[@]}")"; bc="$(median "${base_cpu[@]}")"
nw="$(median "${new_wall[@]}")"; nc="$(median "${new_cpu[@]}")"
echo "folder scan of $count files ($lines lines), median of $runs runs each, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "before ($base): ${bw} s wall, ${bc} s CPU"
echo "now ($(git -C "$repo_root" rev-parse --short HEAD)): ${nw} s wall, ${nc} s CPU"
awk -v bw="$bw" -v bc="$bc" -v nw="$nw" -v nc="$nc" 'BEGIN {
  rw = nw / bw; rc = nc / bc
  printf "ratio now / before: %.2f wall, %.2f CPU (budget <= 2)\n", rw, rc
  exit (rw > 2 || rc > 2) ? 1 : 0
}'
