using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Whether a compilation is a server, decided once per compilation and only when a host-identity site asks
    /// (<see cref="HostIdentity"/>): in a server the machine name, the process account and the service's
    /// <c>WindowsIdentity</c> are the host's own, not the end user's. <c>privacy_analyzers.server_project</c> decides
    /// when set; otherwise the Web SDK (<c>build_property.UsingMicrosoftNETSdkWeb</c>, which the package's props make
    /// visible to analyzers), else a source file that imports ASP.NET Core (other than Blazor's
    /// <c>Microsoft.AspNetCore.Components</c>, which also runs in the browser). A reference alone does not decide: the
    /// tool's folder mode references the ASP.NET Core framework for every folder, a desktop app's too.
    /// </summary>
    internal sealed class ServerProject
    {
        /// <summary>The MSBuild property the Web SDK sets. https://learn.microsoft.com/aspnet/core/razor-pages/web-sdk</summary>
        public const string WebSdkProperty = "build_property.UsingMicrosoftNETSdkWeb";

        private readonly Lazy<bool> detected;

        public ServerProject(Compilation compilation, AnalyzerOptions options)
            => detected = new Lazy<bool>(() => Detect(compilation, options), LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>Whether the project is a server: the setting when given (<paramref name="setting"/>), else what the project shows.</summary>
        public bool Is(bool? setting) => setting ?? detected.Value;

        private static bool Detect(Compilation compilation, AnalyzerOptions options)
        {
            if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(WebSdkProperty, out var web))
            {
                return string.Equals(web.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                // Usings sit at the top of a file: the compilation unit's own list and its namespaces' lists, no walk of the code.
                if (tree.GetRoot() is CompilationUnitSyntax unit && (ImportsAspNetCore(unit.Usings) || ImportsAspNetCoreInNamespaces(unit.Members)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ImportsAspNetCoreInNamespaces(SyntaxList<MemberDeclarationSyntax> members)
        {
            foreach (var member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax ns && (ImportsAspNetCore(ns.Usings) || ImportsAspNetCoreInNamespaces(ns.Members)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ImportsAspNetCore(SyntaxList<UsingDirectiveSyntax> usings)
        {
            foreach (var directive in usings)
            {
                var name = directive.Name?.ToString();
                if (name != null && name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                    && !name.StartsWith("Microsoft.AspNetCore.Components", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
