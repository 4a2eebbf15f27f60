using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// What one body holds for the holds-source check: a source of its own, or the members of this compilation
    /// it calls; and, once asked, whether it holds a source through those callees at each call depth.
    /// </summary>
    internal sealed class SourceFacts
    {
        public const byte Unknown = 0;
        public const byte No = 1;
        public const byte Yes = 2;

        public static readonly SourceFacts Own = new SourceFacts(true, ImmutableArray<IMethodSymbol>.Empty);

        public static readonly SourceFacts None = new SourceFacts(false, ImmutableArray<IMethodSymbol>.Empty);

        public SourceFacts(bool ownSource, ImmutableArray<IMethodSymbol> callees)
        {
            OwnSource = ownSource;
            Callees = callees;
            Answers = callees.IsEmpty ? System.Array.Empty<byte>() : new byte[FlowEngine.MaxDepth + 1];
        }

        public bool OwnSource { get; }

        public ImmutableArray<IMethodSymbol> Callees { get; }

        /// <summary>Per call depth: <see cref="Unknown"/>, <see cref="No"/> or <see cref="Yes"/> through the callees.</summary>
        public byte[] Answers { get; }
    }
}
