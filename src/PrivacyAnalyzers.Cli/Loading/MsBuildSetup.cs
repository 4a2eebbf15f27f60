using Microsoft.Build.Locator;

namespace PrivacyAnalyzers.Cli.Loading
{
    /// <summary>
    /// Registers the .NET SDK's MSBuild with Microsoft.Build.Locator. It must run before any method
    /// that mentions an MSBuild or MSBuildWorkspace type is compiled by the JIT, so it is called from
    /// <c>Main</c> (which mentions none) and again, harmlessly, before a workspace is created.
    /// </summary>
    internal static class MsBuildSetup
    {
        private static readonly Lock Gate = new();
        private static string? failure;

        /// <summary>Why no SDK could be registered, or null when one was.</summary>
        public static string? Failure
        {
            get
            {
                lock (Gate)
                {
                    return failure;
                }
            }
        }

        public static void EnsureLocatorRegistered()
        {
            lock (Gate)
            {
                if (MSBuildLocator.IsRegistered || failure is not null)
                {
                    return;
                }

                try
                {
                    MSBuildLocator.RegisterDefaults();
                }
                catch (InvalidOperationException exception)
                {
                    // No SDK found, or MSBuild already loaded: folder mode still works, and project
                    // loading reports this as its error.
                    failure = exception.Message;
                }
            }
        }
    }
}
