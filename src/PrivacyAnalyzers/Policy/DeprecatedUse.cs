using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>A former id written in a policy file (PRIV009): where, and what it is read as.</summary>
    /// <param name="Span">The id as written.</param>
    /// <param name="Former">The former id and its replacements.</param>
    internal sealed record DeprecatedUse(TextSpan Span, DeprecatedId Former);
}
