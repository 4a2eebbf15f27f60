using System.Collections.Generic;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// What every tracked place holds at one point of a method: locals, parameters, flow captures, and
    /// the fields and properties of <c>this</c> or static ones. Immutable; a block's state is the
    /// union of its predecessors'.
    /// </summary>
    internal readonly struct FlowState
    {
        public static readonly FlowState Empty = new FlowState(ImmutableDictionary<object, Taint>.Empty);

        private readonly ImmutableDictionary<object, Taint>? values;

        private FlowState(ImmutableDictionary<object, Taint> values) => this.values = values;

        private ImmutableDictionary<object, Taint> Values => values ?? ImmutableDictionary<object, Taint>.Empty;

        public Taint? Get(object key) => Values.TryGetValue(key, out var taint) ? taint : null;

        public FlowState Set(object key, Taint? taint)
            => taint is null ? (Values.ContainsKey(key) ? new FlowState(Values.Remove(key)) : this) : new FlowState(Values.SetItem(key, taint));

        public FlowState Join(FlowState other)
        {
            if (other.Values.IsEmpty)
            {
                return this;
            }

            if (Values.IsEmpty)
            {
                return other;
            }

            var result = Values;
            foreach (var pair in other.Values)
            {
                result = result.TryGetValue(pair.Key, out var existing) ? result.SetItem(pair.Key, Taint.Union(existing, pair.Value)!) : result.Add(pair.Key, pair.Value);
            }

            return new FlowState(result);
        }

        public bool SameAs(FlowState other)
        {
            if (Values.Count != other.Values.Count)
            {
                return false;
            }

            foreach (KeyValuePair<object, Taint> pair in Values)
            {
                if (!other.Values.TryGetValue(pair.Key, out var taint) || !Taint.Same(pair.Value, taint))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
