using Microsoft.CodeAnalysis.Testing;

namespace PrivacyAnalyzers.Tests.Verifiers;

/// <summary>
/// The testing framework's reference set, left empty: the feed lacks the packages it would download,
/// so every test adds <see cref="TestReferences.All"/> explicitly, offline.
/// </summary>
internal static class OfflineReferenceAssemblies
{
    public static ReferenceAssemblies None { get; } = new("net10.0");
}
