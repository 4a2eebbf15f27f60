using System;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// Reads the equivalence key a Fix All provider is handed. The key is not always one the fixer
    /// registered: <c>dotnet format</c> passes the key of the first registered action, and when that is
    /// a group Roslyn makes its key by joining the nested keys (<c>"k1;k2;…;"</c>); an older host
    /// passes null. So a key is taken apart only when it is exactly one of the fixer's own, with a
    /// well-formed id in its last part; anything else is the host's bulk choice, and the id a fix
    /// writes never comes from a key it could not parse.
    /// </summary>
    internal static class EquivalenceKey
    {
        /// <summary>The parts after <paramref name="prefix"/>, when the key is the prefix, then <paramref name="count"/> parts separated by '|', the last a well-formed id.</summary>
        public static string[]? Parts(string? key, string prefix, int count)
        {
            if (key is null || !key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return null;
            }

            var parts = key.Substring(prefix.Length).Split('|');
            return parts.Length == count && LineReader.IsWellFormedId(parts[count - 1]) ? parts : null;
        }
    }
}
