using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Robustness.Tests.Infrastructure;

/// <summary>
/// <c>[|…|]</c> marks the expected spans in a text, as the analyzer-testing markup does, for files
/// that are not C# (this project does not reference Microsoft.CodeAnalysis.Testing).
/// </summary>
internal static class Markup
{
    public static (string Text, IReadOnlyList<TextSpan> Spans) Parse(string markup)
    {
        var builder = new System.Text.StringBuilder(markup.Length);
        var spans = new List<TextSpan>();
        var open = new Stack<int>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '[' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                open.Push(builder.Length);
                i++;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == ']' && open.Count > 0)
            {
                var start = open.Pop();
                spans.Add(TextSpan.FromBounds(start, builder.Length));
                i++;
            }
            else
            {
                builder.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new ArgumentException("unbalanced markup", nameof(markup));
        }

        return (builder.ToString(), spans.OrderBy(s => s.Start).ThenBy(s => s.End).ToList());
    }
}
