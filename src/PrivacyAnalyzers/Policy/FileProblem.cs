using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>A problem in a policy or sources file: where, and what (PRIV005).</summary>
    internal sealed class FileProblem
    {
        public FileProblem(TextSpan span, string message)
        {
            Span = span;
            Message = message;
        }

        /// <summary>The offending text: a whole line, or the id or purpose at fault.</summary>
        public TextSpan Span { get; }

        public string Message { get; }
    }
}
