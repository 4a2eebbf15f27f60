using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PrivacyAnalyzers.Testing;

/// <summary>The actions a fixer offers, as the light bulb shows them (groups) and as a user picks one (leaves).</summary>
public static class CodeActionTree
{
    /// <summary>What <paramref name="fixer"/> registers for one diagnostic, groups not flattened, in order.</summary>
    public static async Task<IReadOnlyList<CodeAction>> RegisteredAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions;
    }

    /// <summary>What <paramref name="fixer"/> offers for one diagnostic, nested groups flattened, in order.</summary>
    public static async Task<IReadOnlyList<CodeAction>> LeavesAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
        => (await RegisteredAsync(fixer, document, diagnostic).ConfigureAwait(false)).SelectMany(Flatten).ToList();

    /// <summary>The actions of a group, or the action itself.</summary>
    public static IEnumerable<CodeAction> Flatten(CodeAction action)
    {
        var nested = Nested(action);
        return nested.IsDefaultOrEmpty ? new[] { action } : nested.SelectMany(Flatten);
    }

    /// <summary>Nested actions are internal in Roslyn 4.8 (<c>NestedCodeActions</c>), the version the fixes target, and public later (<c>NestedActions</c>).</summary>
    public static ImmutableArray<CodeAction> Nested(CodeAction group)
        => (ImmutableArray<CodeAction>)NestedProperty.GetValue(group)!;

    private static PropertyInfo NestedProperty { get; } =
        typeof(CodeAction).GetProperty("NestedActions", BindingFlags.Instance | BindingFlags.Public)
        ?? typeof(CodeAction).GetProperty("NestedCodeActions", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("CodeAction has neither NestedActions nor NestedCodeActions");
}

/// <summary>Every code fix of the package, found by reflection, so a fix added later is covered without touching the suites.</summary>
public static class PrivacyCodeFixSet
{
    public static Assembly Assembly { get; } = typeof(PrivacyAnalyzers.CodeFixes.UndeclaredCollectionFixer).Assembly;

    /// <summary>Fresh instances of every concrete code fix provider, in a stable order.</summary>
    public static ImmutableArray<CodeFixProvider> CreateAll()
        => Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) != null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
