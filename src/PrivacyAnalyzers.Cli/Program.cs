using System.Runtime.CompilerServices;
using PrivacyAnalyzers.Cli.Loading;

namespace PrivacyAnalyzers.Cli
{
    /// <summary>The <c>privacy</c> tool's entry point.</summary>
    internal static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            // Standard Microsoft.Build.Locator pattern: register the SDK's MSBuild before any method that
            // mentions an MSBuild type is JIT-compiled; this method mentions none.
            MsBuildSetup.EnsureLocatorRegistered();
            return await RunAsync(args).ConfigureAwait(false);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Task<int> RunAsync(string[] args)
            => App.RunAsync(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected, handleTermination: true, CancellationToken.None);
    }
}
