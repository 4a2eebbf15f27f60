using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PrivacyAnalyzers.Robustness.Tests.Infrastructure;

/// <summary>A broken variant of a source file, and how it was broken (enough to reproduce it).</summary>
internal sealed record Mutant(string Description, string Text);

/// <summary>
/// Breaks code the way an editor sees it mid-keystroke, deterministically: the same file, operator
/// and seed always give the same mutant (<see cref="Random"/> with a seed derived from a stable hash,
/// never <see cref="string.GetHashCode()"/>, which changes per process).
/// </summary>
internal static class Mutator
{
    public delegate string Operator(string text, Random random);

    /// <summary>The operators, by name.</summary>
    public static IReadOnlyList<(string Name, Operator Apply)> Operators { get; } = new (string, Operator)[]
    {
        ("drop-lines", DropLines),
        ("truncate", Truncate),
        ("remove-token-run", RemoveTokenRun),
        ("double-lines", DoubleLines),
        ("unbalance-brackets", UnbalanceBrackets),
        ("swap-lines", SwapLines),
    };

    /// <summary>A stable 32-bit FNV-1a hash, for seeds.</summary>
    public static int StableHash(string value)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in value)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash & 0x7FFFFFFF;
        }
    }

    public static Mutant Apply(string fileName, string text, int operatorIndex, int variant)
    {
        var (name, apply) = Operators[operatorIndex % Operators.Count];
        var seed = StableHash(fileName + "|" + name + "|" + variant);
        return new Mutant($"{fileName} {name} seed {seed}", apply(text, new Random(seed)));
    }

    /// <summary>Drops 1 to 5 % of the lines.</summary>
    public static string DropLines(string text, Random random)
    {
        var lines = SplitLines(text);
        var keep = lines.Where(_ => random.NextDouble() >= 0.01 + (random.NextDouble() * 0.04)).ToList();
        return string.Concat(keep.Count == lines.Count && lines.Count > 0 ? keep.Skip(1) : keep);
    }

    /// <summary>Cuts the file short anywhere, mid-token included.</summary>
    public static string Truncate(string text, Random random) => text.Substring(0, random.Next(text.Length + 1));

    /// <summary>Removes a run of 1 to 12 consecutive tokens.</summary>
    public static string RemoveTokenRun(string text, Random random)
    {
        var tokens = CSharpSyntaxTree.ParseText(text, Analysis.ParseOptions).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        if (tokens.Count == 0)
        {
            return text;
        }

        var start = random.Next(tokens.Count);
        var end = Math.Min(tokens.Count - 1, start + random.Next(12));
        return text.Remove(tokens[start].SpanStart, tokens[end].Span.End - tokens[start].SpanStart);
    }

    /// <summary>Doubles 1 to 5 lines, in place.</summary>
    public static string DoubleLines(string text, Random random)
    {
        var lines = SplitLines(text);
        if (lines.Count == 0)
        {
            return text;
        }

        for (var i = random.Next(1, 6); i > 0; i--)
        {
            var at = random.Next(lines.Count);
            lines.Insert(at, lines[at]);
        }

        return string.Concat(lines);
    }

    /// <summary>Inserts 1 to 6 unmatched braces, parentheses or brackets at random places.</summary>
    public static string UnbalanceBrackets(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var i = random.Next(1, 7); i > 0; i--)
        {
            builder.Insert(random.Next(builder.Length + 1), "{}()[]<>"[random.Next(8)]);
        }

        return builder.ToString();
    }

    /// <summary>Moves a block of lines elsewhere (a cut and paste gone wrong).</summary>
    public static string SwapLines(string text, Random random)
    {
        var lines = SplitLines(text);
        if (lines.Count < 4)
        {
            return text;
        }

        var start = random.Next(lines.Count - 1);
        var count = Math.Min(random.Next(1, 8), lines.Count - start);
        var block = lines.GetRange(start, count);
        lines.RemoveRange(start, count);
        lines.InsertRange(random.Next(lines.Count + 1), block);
        return string.Concat(lines);
    }

    /// <summary>The lines of a text, each with its line break.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }
}
