namespace PrivacyAnalyzers
{
    /// <summary>The <see cref="Microsoft.CodeAnalysis.DiagnosticDescriptor.Category"/> of every rule.</summary>
    internal static class DiagnosticCategories
    {
        public const string Privacy = "Privacy";
    }
}
