using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>A problem in a policy or sources file: where, and what (PRIV005).</summary>
    /// <param name="Span">The offending text: a whole line, or the id or purpose at fault.</param>
    /// <param name="Message">What is wrong, for people.</param>
    internal sealed record FileProblem(TextSpan Span, string Message);
}
