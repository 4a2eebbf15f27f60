using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Syntax-only checks on attribute names, done before any binding: an attribute list that does
    /// not mention <c>Foo</c> or <c>FooAttribute</c> cannot apply <c>FooAttribute</c> (unless through a
    /// using alias, which this check does not follow).
    /// </summary>
    internal static class AttributeNames
    {
        /// <summary>
        /// Whether <paramref name="attributeName"/> may apply to <paramref name="symbol"/>: always for
        /// metadata (its attributes are cheap to read); for source, only when one of its declarations
        /// names the attribute.
        /// </summary>
        public static bool DeclarationsMayApply(ISymbol symbol, string attributeName)
        {
            var references = symbol.DeclaringSyntaxReferences;
            if (references.IsEmpty)
            {
                return true;
            }

            foreach (var reference in references)
            {
                var node = reference.GetSyntax();
                if (node is VariableDeclaratorSyntax { Parent.Parent: { } field })
                {
                    node = field;
                }

                var lists = node switch
                {
                    MemberDeclarationSyntax member => member.AttributeLists,
                    LocalFunctionStatementSyntax local => local.AttributeLists,
                    ParameterSyntax parameter => parameter.AttributeLists,
                    AccessorDeclarationSyntax accessor => accessor.AttributeLists,
                    _ => default(SyntaxList<AttributeListSyntax>?),
                };
                if (lists is null || Mentions(lists.Value, attributeName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="attributeName"/> may apply to a member of a source type: whether a
        /// member declaration, or a record parameter, in one of its declarations names the attribute.
        /// Members declared inside bodies (local functions) are not members of the type: not looked at.
        /// </summary>
        public static bool MembersMayApply(INamedTypeSymbol type, string attributeName)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not TypeDeclarationSyntax declaration)
                {
                    continue;
                }

                foreach (var member in declaration.Members)
                {
                    if (Mentions(member.AttributeLists, attributeName))
                    {
                        return true;
                    }

                    if (member is BasePropertyDeclarationSyntax { AccessorList: { } accessors })
                    {
                        foreach (var accessor in accessors.Accessors)
                        {
                            if (Mentions(accessor.AttributeLists, attributeName))
                            {
                                return true;
                            }
                        }
                    }
                }

                if (declaration.ParameterList is { } parameters)
                {
                    foreach (var parameter in parameters.Parameters)
                    {
                        if (Mentions(parameter.AttributeLists, attributeName))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>Whether any attribute in <paramref name="lists"/> is written as <paramref name="attributeName"/>, with or without its suffix.</summary>
        public static bool Mentions(SyntaxList<AttributeListSyntax> lists, string attributeName)
        {
            foreach (var list in lists)
            {
                foreach (var attribute in list.Attributes)
                {
                    if (Is(attribute, attributeName))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="attribute"/> is written as <paramref name="attributeName"/> (<c>FooAttribute</c>) or its short form (<c>Foo</c>).</summary>
        public static bool Is(AttributeSyntax attribute, string attributeName)
        {
            var written = attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => string.Empty,
            };
            const string Suffix = "Attribute";
            return written == attributeName
                || (written.Length == attributeName.Length - Suffix.Length && attributeName.StartsWith(written, System.StringComparison.Ordinal));
        }
    }
}
