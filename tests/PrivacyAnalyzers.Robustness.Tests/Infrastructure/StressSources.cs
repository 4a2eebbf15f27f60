using System.Globalization;
using System.Text;

namespace PrivacyAnalyzers.Robustness.Tests.Infrastructure;

/// <summary>
/// Sources at the limits: a very long line, deeply nested expressions, a huge file. Each collects
/// personal data where the nesting is deepest, so the analyzers walk the whole depth.
/// </summary>
internal static class StressSources
{
    private const string Header = """
        using System;
        using System.Collections.Generic;
        using Microsoft.AspNetCore.Http;
        using PrivacyAnalyzers;

        namespace Stress
        {
        """;

    /// <summary>The shapes, by name: each a complete file.</summary>
    public static IReadOnlyList<(string Name, Func<string> Create)> All { get; } = new (string, Func<string>)[]
    {
        ("long-line-of-sites", () => LongLineOfSites(100_000)),
        ("long-string-literal", () => Wrap("var s = \"" + new string('x', 100_000) + "\"; return s + context.Connection.RemoteIpAddress;")),
        ("long-comment", () => Wrap("// " + new string('#', 100_000) + "\nreturn context.Request.Cookies[\"id\"];")),
        ("long-identifier", () => Wrap("var " + new string('a', 100_000) + " = context.Connection.RemoteIpAddress; return " + new string('a', 100_000) + ";")),
        ("nested-parentheses-500", () => Wrap("return " + new string('(', 500) + "context.Connection.RemoteIpAddress" + new string(')', 500) + ";")),
        ("nested-ternaries-500", () => NestedTernaries(500)),
        ("nested-lambdas-500", () => NestedLambdas(500)),
        ("nested-casts-500", () => Wrap("return " + string.Concat(Enumerable.Repeat("(object?)(", 500)) + "context.Connection.RemoteIpAddress" + new string(')', 500) + ";")),
        ("nested-blocks-500", () => Wrap(new string('{', 500) + "var ip = context.Connection.RemoteIpAddress;" + new string('}', 500) + "return null;")),
        ("unterminated-nesting-500", () => Wrap("return " + new string('(', 500) + "context.Connection.RemoteIpAddress ? [ { ( ;")),
    };

    /// <summary>A file of about <paramref name="lines"/> lines: methods that collect, half of them declared.</summary>
    public static string HugeFile(int lines)
    {
        var builder = new StringBuilder(lines * 40);
        builder.Append(Header).Append('\n');
        var count = 0;
        var written = 8;
        for (var type = 0; written < lines; type++)
        {
            builder.Append("    public sealed class Handlers").Append(type).Append("\n    {\n");
            written += 2;
            for (var method = 0; method < 100 && written < lines; method++, count++)
            {
                if (count % 2 == 0)
                {
                    builder.Append("        [CollectsPersonalData(DataCategories.IpAddress, Purposes.Security)]\n");
                    written++;
                }

                builder.Append("        public string? M").Append(count.ToString(CultureInfo.InvariantCulture)).Append("(HttpContext context)\n")
                    .Append("        {\n")
                    .Append("            var ip = context.Connection.RemoteIpAddress;\n")
                    .Append("            var agent = context.Request.Headers[\"User-Agent\"].ToString();\n")
                    .Append("            var total = 0;\n")
                    .Append("            for (var i = 0; i < agent.Length; i++) { total += agent[i]; }\n")
                    .Append("            return ip + \" \" + total;\n")
                    .Append("        }\n\n");
                written += 9;
            }

            builder.Append("    }\n\n");
            written += 2;
        }

        builder.Append("}\n");
        return builder.ToString();
    }

    private static string Wrap(string body)
        => Header + "\n    public static class Code\n    {\n        public static object? Run(HttpContext context, bool flag)\n        {\n            "
            + body + "\n        }\n    }\n}\n";

    private static string LongLineOfSites(int length)
    {
        var builder = new StringBuilder(length + 200);
        for (var i = 0; builder.Length < length; i++)
        {
            builder.Append("var c").Append(i).Append(" = context.Request.Cookies[\"c").Append(i).Append("\"]; ");
        }

        return Wrap(builder.Append("return null;").ToString());
    }

    private static string NestedTernaries(int depth)
    {
        var builder = new StringBuilder("return ");
        for (var i = 0; i < depth; i++)
        {
            builder.Append(i % 2 == 0 ? "flag ? context.Connection.RemoteIpAddress : (" : "!flag ? context.Request.Cookies[\"t\"] : (");
        }

        builder.Append("null").Append(')', depth).Append(';');
        return Wrap(builder.ToString());
    }

    private static string NestedLambdas(int depth)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append("Func<object?> f").Append(i).Append(" = () => { ");
        }

        builder.Append("return context.Connection.RemoteIpAddress; ");
        for (var i = depth - 1; i >= 0; i--)
        {
            builder.Append("}; return f").Append(i).Append("(); ");
        }

        // The outermost "return f0();" ends the method body.
        return Wrap(builder.ToString());
    }
}
