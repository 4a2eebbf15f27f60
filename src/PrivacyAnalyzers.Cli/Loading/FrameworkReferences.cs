using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Cli.Loading
{
    /// <summary>
    /// The reference assemblies folder mode compiles against: Microsoft.NETCore.App.Ref and
    /// Microsoft.AspNetCore.App.Ref from the SDK's <c>packs</c> folder under the dotnet root, highest
    /// version and highest target framework of each. Without the packs (a runtime-only install) it falls
    /// back to the running shared frameworks' implementation assemblies.
    /// </summary>
    internal static class FrameworkReferences
    {
        private static readonly string[] Packs = { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" };

        public static (ImmutableArray<MetadataReference> References, string Description) Load()
        {
            var root = DotNetRoot();
            var builder = ImmutableArray.CreateBuilder<MetadataReference>();
            var described = new List<string>();
            foreach (var pack in Packs)
            {
                var folder = root is null ? null : PackReferenceFolder(Path.Combine(root, "packs", pack));
                if (folder is null)
                {
                    continue;
                }

                builder.AddRange(ManagedAssemblies.In(folder));
                described.Add(pack + " " + Directory.GetParent(folder)!.Parent!.Name);
            }

            if (builder.Count == 0)
            {
                // No targeting packs: the shared frameworks this process runs on.
                var netCore = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
                builder.AddRange(ManagedAssemblies.In(netCore));
                var aspNetCore = Path.Combine(Directory.GetParent(netCore)!.Parent!.FullName, "Microsoft.AspNetCore.App", Path.GetFileName(netCore));
                if (Directory.Exists(aspNetCore))
                {
                    builder.AddRange(ManagedAssemblies.In(aspNetCore));
                }

                described.Add("the running shared frameworks (no targeting packs found)");
            }

            return (builder.ToImmutable(), string.Join(", ", described));
        }

        /// <summary>DOTNET_ROOT, else the folder the running runtime lives in (…/shared/Microsoft.NETCore.App/10.0.x).</summary>
        private static string? DotNetRoot()
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_ROOT");
            if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(Path.Combine(fromEnvironment, "packs")))
            {
                return fromEnvironment;
            }

            var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
            var root = runtime is null ? null : Directory.GetParent(runtime)?.Parent?.Parent?.FullName;
            return root is not null && Directory.Exists(Path.Combine(root, "packs")) ? root : null;
        }

        /// <summary>packs/NAME/{highest version}/ref/{highest netX.Y}, or null.</summary>
        private static string? PackReferenceFolder(string pack)
        {
            if (!Directory.Exists(pack))
            {
                return null;
            }

            var version = Directory.EnumerateDirectories(pack)
                .Select(d => (Path: d, Version: ParseVersion(Path.GetFileName(d))))
                .Where(v => v.Version is not null && Directory.Exists(Path.Combine(v.Path, "ref")))
                .OrderByDescending(v => v.Version)
                .Select(v => v.Path)
                .FirstOrDefault();
            if (version is null)
            {
                return null;
            }

            return Directory.EnumerateDirectories(Path.Combine(version, "ref"), "net*")
                .Select(d => (Path: d, Version: ParseVersion(Path.GetFileName(d)["net".Length..])))
                .Where(v => v.Version is not null)
                .OrderByDescending(v => v.Version)
                .Select(v => v.Path)
                .FirstOrDefault();
        }

        /// <summary>"10.0.12" or "10.0.0-preview.7.1" (prerelease sorts below its release).</summary>
        private static Version? ParseVersion(string text)
        {
            var dash = text.IndexOf('-', StringComparison.Ordinal);
            var core = dash < 0 ? text : text[..dash];
            if (!Version.TryParse(core, out var version))
            {
                return null;
            }

            // A release outranks its previews: 10.0.0 > 10.0.0-rc.1.
            return dash < 0 ? new Version(version.Major, version.Minor, Math.Max(version.Build, 0), 1) : new Version(version.Major, version.Minor, Math.Max(version.Build, 0), 0);
        }
    }
}
