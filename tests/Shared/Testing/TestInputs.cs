using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Testing;

/// <summary>An additional file held in memory, as the compiler hands it to analyzers.</summary>
public sealed class InMemoryAdditionalText(string path, SourceText? text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => text;

    /// <summary>A file given as a string (what an IDE buffer holds).</summary>
    public static InMemoryAdditionalText FromString(string path, string content) => new(path, SourceText.From(content, Encoding.UTF8));

    /// <summary>A file given as bytes, decoded the way the compiler reads an additional file from disk (a BOM is detected and dropped).</summary>
    public static InMemoryAdditionalText FromBytes(string path, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return new(path, SourceText.From(stream, encoding: null, throwIfBinaryDetected: false));
    }

    /// <summary>A file read from disk when an analyzer asks for it (a sample's policy file).</summary>
    public static InMemoryAdditionalText FromDisk(string path) => new(path, SourceText.From(File.ReadAllText(path)));
}

/// <summary>.editorconfig options for direct analyzer runs: the same values globally, for every tree and every additional file.</summary>
public sealed class TestAnalyzerConfigOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    private readonly Options options = new(values);

    public override AnalyzerConfigOptions GlobalOptions => options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

    public static TestAnalyzerConfigOptions From(params (string Key, string Value)[] values)
        => new(values.ToImmutableDictionary(v => v.Key, v => v.Value));

    /// <summary>Options from .editorconfig lines (<c>key = value</c>); section headers and comments are skipped.</summary>
    public static TestAnalyzerConfigOptions FromLines(IEnumerable<string> lines)
        => From(lines
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l[0] is not ('[' or '#' or ';') && l.Contains('=', StringComparison.Ordinal))
            .Select(l => (l.Substring(0, l.IndexOf('=', StringComparison.Ordinal)).Trim(), l.Substring(l.IndexOf('=', StringComparison.Ordinal) + 1).Trim()))
            .ToArray());

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
