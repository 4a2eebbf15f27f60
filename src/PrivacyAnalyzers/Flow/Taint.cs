using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// Where one piece of personal data came from: a source site (with its category), or, while a
    /// method's summary is computed, one of its parameters; the hops it took so far; whether it was
    /// hashed on the way (pseudonymised).
    /// </summary>
    internal sealed class Origin : IEquatable<Origin>
    {
        /// <summary>Hops kept per origin: the path is for people, and a long one is cut at the end.</summary>
        public const int MaxHops = 12;

        private Origin(CollectionSite? site, int parameter, ImmutableArray<FlowHop> hops, bool pseudonymised, ImmutableArray<string> recipients)
        {
            Site = site;
            Parameter = parameter;
            Hops = hops;
            Pseudonymised = pseudonymised;
            Recipients = recipients;
        }

        /// <summary>The source site, or null for a parameter marker.</summary>
        public CollectionSite? Site { get; }

        /// <summary>The parameter index a summary's marker stands for, or -1.</summary>
        public int Parameter { get; }

        public ImmutableArray<FlowHop> Hops { get; }

        public bool Pseudonymised { get; }

        /// <summary>The recipients the source's covering declaration names (<c>Recipients = …</c>).</summary>
        public ImmutableArray<string> Recipients { get; }

        public static Origin FromSite(CollectionSite site, Location location, ImmutableArray<string> recipients)
            => new Origin(site, -1, ImmutableArray.Create(new FlowHop(location, "collected by " + site.DisplayApi)), false, recipients);

        public static Origin FromParameter(int index) => new Origin(null, index, ImmutableArray<FlowHop>.Empty, false, ImmutableArray<string>.Empty);

        public Origin WithHop(Location location, string description)
            => Hops.Length >= MaxHops ? this : new Origin(Site, Parameter, Hops.Add(new FlowHop(location, description)), Pseudonymised, Recipients);

        /// <summary>A caller's origin carried through a callee's hops (a summary applied at a call).</summary>
        public Origin WithHops(ImmutableArray<FlowHop> hops, bool pseudonymised)
        {
            var all = Hops.AddRange(hops);
            if (all.Length > MaxHops)
            {
                all = all.RemoveRange(MaxHops, all.Length - MaxHops);
            }

            return new Origin(Site, Parameter, all, Pseudonymised || pseudonymised, Recipients);
        }

        public Origin AsPseudonymised() => Pseudonymised ? this : new Origin(Site, Parameter, Hops, true, Recipients);

        /// <summary>The same origin, with the recipients a declaration around its sink names too (a helper declared to send to OpenAI).</summary>
        public Origin WithRecipients(ImmutableArray<string> more)
        {
            if (more.IsDefaultOrEmpty)
            {
                return this;
            }

            if (Recipients.IsDefaultOrEmpty)
            {
                return new Origin(Site, Parameter, Hops, Pseudonymised, more);
            }

            // Each name once: a helper's declaration is met again at every call above it.
            var all = Recipients;
            foreach (var recipient in more)
            {
                if (!all.Contains(recipient))
                {
                    all = all.Add(recipient);
                }
            }

            return all.Length == Recipients.Length ? this : new Origin(Site, Parameter, Hops, Pseudonymised, all);
        }

        /// <summary>Two origins are the same data when they are the same source (or marker) and treatment; the path is not compared.</summary>
        public bool Equals(Origin? other)
            => other is not null && Parameter == other.Parameter && Pseudonymised == other.Pseudonymised
                && (ReferenceEquals(Site, other.Site) || (Site != null && Site.Equals(other.Site)))
                && (Hops.Length == 0 ? other.Hops.Length == 0 : other.Hops.Length > 0 && Hops[0].Location.Equals(other.Hops[0].Location));

        public override bool Equals(object? obj) => Equals(obj as Origin);

        public override int GetHashCode() => (Site?.GetHashCode() ?? 0) ^ (Parameter * 397) ^ (Pseudonymised ? 1 : 0);
    }

    /// <summary>
    /// The personal data a value carries: its origins, and for an object one level of fields by
    /// member name (<c>new User { Email = email }</c> carries the email in <c>Email</c>, not in
    /// <c>Id</c>). Immutable; null stands for "carries nothing".
    /// </summary>
    internal sealed class Taint
    {
        /// <summary>Origins kept per value: enough for the findings, bounded for big methods.</summary>
        public const int MaxOrigins = 6;

        private const int MaxFields = 16;

        private Taint(ImmutableArray<Origin> origins, ImmutableDictionary<string, Taint>? fields)
        {
            Origins = origins;
            Fields = fields;
        }

        /// <summary>The value's own origins (not counting its fields').</summary>
        public ImmutableArray<Origin> Origins { get; }

        /// <summary>What the object's members carry, by member name (case-insensitive, so a record's parameter names its property).</summary>
        public ImmutableDictionary<string, Taint>? Fields { get; }

        public static Taint Of(Origin origin) => new Taint(ImmutableArray.Create(origin), null);

        /// <summary>Everything the value carries, its fields' included: what a sink handed the whole object receives.</summary>
        public ImmutableArray<Origin> All
        {
            get
            {
                if (Fields is null)
                {
                    return Origins;
                }

                var all = Origins;
                foreach (var member in Fields.Values)
                {
                    foreach (var origin in member.All)
                    {
                        if (all.Length >= MaxOrigins * 2)
                        {
                            return all;
                        }

                        if (!all.Contains(origin))
                        {
                            all = all.Add(origin);
                        }
                    }
                }

                return all;
            }
        }

        /// <summary>What member <paramref name="name"/> of the value carries: its field if known, else the whole value's own origins.</summary>
        public Taint? Field(string name)
        {
            if (Fields != null && Fields.TryGetValue(name, out var member))
            {
                return member;
            }

            return Origins.IsEmpty ? null : new Taint(Origins, null);
        }

        public Taint WithField(string name, Taint? value)
        {
            var fields = Fields ?? ImmutableDictionary.Create<string, Taint>(StringComparer.OrdinalIgnoreCase);
            if (value is null)
            {
                fields = fields.Remove(name);
            }
            else if (fields.Count < MaxFields || fields.ContainsKey(name))
            {
                fields = fields.SetItem(name, value);
            }

            return new Taint(Origins, fields);
        }

        public static Taint? WithField(Taint? target, string name, Taint? value)
            => target is null ? (value is null ? null : new Taint(ImmutableArray<Origin>.Empty, null).WithField(name, value)) : target.WithField(name, value);

        /// <summary>Every origin gets one more hop.</summary>
        public Taint WithHop(Location location, string description)
        {
            var origins = ImmutableArray.CreateBuilder<Origin>(Origins.Length);
            foreach (var origin in Origins)
            {
                origins.Add(origin.WithHop(location, description));
            }

            ImmutableDictionary<string, Taint>? fields = null;
            if (Fields != null)
            {
                fields = ImmutableDictionary.Create<string, Taint>(StringComparer.OrdinalIgnoreCase);
                foreach (var pair in Fields)
                {
                    fields = fields.Add(pair.Key, pair.Value.WithHop(location, description));
                }
            }

            return new Taint(origins.MoveToImmutable(), fields);
        }

        public Taint Pseudonymised()
        {
            var origins = ImmutableArray.CreateBuilder<Origin>();
            foreach (var origin in All)
            {
                origins.Add(origin.AsPseudonymised());
            }

            return new Taint(origins.ToImmutable(), null);
        }

        /// <summary>The union of two values (a join, a concatenation): origins merged, fields merged by name.</summary>
        public static Taint? Union(Taint? a, Taint? b)
        {
            if (a is null || ReferenceEquals(a, b))
            {
                return b ?? a;
            }

            if (b is null)
            {
                return a;
            }

            var origins = a.Origins;
            foreach (var origin in b.Origins)
            {
                if (origins.Length < MaxOrigins && !origins.Contains(origin))
                {
                    origins = origins.Add(origin);
                }
            }

            var fields = a.Fields;
            if (b.Fields != null)
            {
                if (fields is null)
                {
                    fields = b.Fields;
                }
                else
                {
                    foreach (var pair in b.Fields)
                    {
                        fields = fields.TryGetValue(pair.Key, out var existing)
                            ? fields.SetItem(pair.Key, Union(existing, pair.Value)!)
                            : fields.Count < MaxFields ? fields.Add(pair.Key, pair.Value) : fields;
                    }
                }
            }

            return new Taint(origins, fields);
        }

        /// <summary>A flattened copy: the value as a whole (its fields folded into its own origins).</summary>
        public Taint? Flattened()
        {
            var all = All;
            return all.IsEmpty ? null : new Taint(all, null);
        }

        /// <summary>Whether two values carry the same origins and fields (the fixpoint's test; paths are not compared).</summary>
        public static bool Same(Taint? a, Taint? b)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (a is null || b is null || a.Origins.Length != b.Origins.Length || (a.Fields?.Count ?? 0) != (b.Fields?.Count ?? 0))
            {
                return false;
            }

            foreach (var origin in a.Origins)
            {
                if (!b.Origins.Contains(origin))
                {
                    return false;
                }
            }

            if (a.Fields != null)
            {
                foreach (var pair in a.Fields)
                {
                    if (!b.Fields!.TryGetValue(pair.Key, out var other) || !Same(pair.Value, other))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
