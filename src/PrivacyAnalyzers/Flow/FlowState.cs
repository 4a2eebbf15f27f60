using System.Collections.Generic;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// What every tracked place holds at one point of a method: locals, parameters, flow captures, and
    /// the fields and properties of <c>this</c> or static ones. Immutable; a block's state is the
    /// union of its predecessors'.
    /// </summary>
    /// <remarks>
    /// A persistent hash trie whose shape depends only on the keys it holds, so two states that share
    /// history share their unchanged subtrees by reference. <see cref="Join"/> and <see cref="SameAs"/>
    /// skip shared subtrees: their cost is the size of the difference between the two states, not of the
    /// states, which keeps a long member (hundreds of tainted locals, a <c>?.</c> join per statement)
    /// linear in its size instead of quadratic.
    /// </remarks>
    internal readonly struct FlowState
    {
        public static readonly FlowState Empty;

        private readonly object? root;

        private FlowState(object? root) => this.root = root;

        public Taint? Get(object key)
        {
            var hash = key.GetHashCode();
            var current = root;
            for (var shift = 0; current != null; shift += Trie.Bits)
            {
                switch (current)
                {
                    case Trie.Leaf leaf:
                        return leaf.Hash == hash && Equals(leaf.Key, key) ? leaf.Value : null;
                    case Trie.Node node:
                        current = node.Child(Trie.Fragment(hash, shift));
                        break;
                    default:
                        return ((Trie.Collision)current).Find(key);
                }
            }

            return null;
        }

        public FlowState Set(object key, Taint? taint)
        {
            var hash = key.GetHashCode();
            var updated = taint is null ? Trie.Remove(root, key, hash, 0) : Trie.Put(root, new Trie.Leaf(key, hash, taint), 0);
            return ReferenceEquals(updated, root) ? this : new FlowState(updated);
        }

        /// <summary>The union of two states; where both hold a place, its value is the union of this state's and the other's (in that order).</summary>
        public FlowState Join(FlowState other)
        {
            var joined = Trie.Merge(root, other.root, 0);
            return ReferenceEquals(joined, root) ? this : new FlowState(joined);
        }

        public bool SameAs(FlowState other) => Trie.Same(root, other.root);

        /// <summary>The trie: a node branches on <see cref="Bits"/> bits of the key's hash; a leaf holds one place; a collision holds places whose hashes are equal.</summary>
        private static class Trie
        {
            // 32 bits of hash, 5 per level: keys still together after the seventh level (shift 30) have equal hashes, and are a collision.
            public const int Bits = 5;

            public static int Fragment(int hash, int shift) => (int)((uint)hash >> shift) & 31;

            public static object Put(object? current, Leaf leaf, int shift)
            {
                switch (current)
                {
                    case null:
                        return leaf;
                    case Leaf existing:
                        if (existing.Hash == leaf.Hash && Equals(existing.Key, leaf.Key))
                        {
                            return ReferenceEquals(existing.Value, leaf.Value) ? existing : leaf;
                        }

                        return Pair(existing, leaf, shift);
                    case Node node:
                        {
                            var fragment = Fragment(leaf.Hash, shift);
                            var child = node.Child(fragment);
                            var updated = Put(child, leaf, shift + Bits);
                            return ReferenceEquals(updated, child) ? node : node.With(fragment, updated);
                        }

                    default:
                        {
                            var collision = (Collision)current;
                            return collision.Hash == leaf.Hash ? collision.Put(leaf) : Split(collision, collision.Hash, leaf, shift);
                        }
                }
            }

            /// <summary>Removes a key; a node left with a single leaf becomes that leaf, so the shape stays the one the keys alone give.</summary>
            public static object? Remove(object? current, object key, int hash, int shift)
            {
                switch (current)
                {
                    case null:
                        return null;
                    case Leaf leaf:
                        return leaf.Hash == hash && Equals(leaf.Key, key) ? null : leaf;
                    case Node node:
                        {
                            var fragment = Fragment(hash, shift);
                            var child = node.Child(fragment);
                            if (child is null)
                            {
                                return node;
                            }

                            var updated = Remove(child, key, hash, shift + Bits);
                            return ReferenceEquals(updated, child) ? node : node.With(fragment, updated).Collapsed();
                        }

                    default:
                        return ((Collision)current).Remove(key);
                }
            }

            private static object Pair(Leaf a, Leaf b, int shift)
                => a.Hash == b.Hash ? new Collision(new[] { a, b }) : Split(a, a.Hash, b, shift);

            /// <summary>A node over a leaf (or collision) and a leaf of another hash, as deep as their hashes agree.</summary>
            private static Node Split(object a, int hashA, Leaf b, int shift)
            {
                var fa = Fragment(hashA, shift);
                var fb = Fragment(b.Hash, shift);
                return fa == fb ? Node.Single(fa, Split(a, hashA, b, shift + Bits)) : Node.Two(fa, a, fb, b);
            }

            /// <summary>The union of two subtrees at a depth; shared subtrees are returned as they are.</summary>
            public static object? Merge(object? a, object? b, int shift)
            {
                if (ReferenceEquals(a, b) || b is null)
                {
                    return a;
                }

                if (a is null)
                {
                    return b;
                }

                if (a is Node left && b is Node right)
                {
                    return left.Merge(right, shift);
                }

                if (b is Leaf leaf)
                {
                    return MergeLeaf(a, leaf, shift, leafFirst: false);
                }

                if (a is Leaf first)
                {
                    return MergeLeaf(b, first, shift, leafFirst: true);
                }

                // Two collisions (or a collision and a node, which cannot share keys with a different full hash: merged leaf by leaf).
                var result = a;
                foreach (var item in Leaves(b))
                {
                    result = MergeLeaf(result, item, shift, leafFirst: false);
                }

                return result;
            }

            /// <summary>Adds one leaf into a subtree; where the key is there already, the values are united (the leaf's first when <paramref name="leafFirst"/>).</summary>
            private static object MergeLeaf(object tree, Leaf leaf, int shift, bool leafFirst)
            {
                var existing = FindLeaf(tree, leaf.Key, leaf.Hash, shift);
                if (existing is null)
                {
                    return Put(tree, leaf, shift);
                }

                var union = leafFirst ? Taint.Union(leaf.Value, existing.Value)! : Taint.Union(existing.Value, leaf.Value)!;
                return ReferenceEquals(union, existing.Value) ? tree : Put(tree, new Leaf(leaf.Key, leaf.Hash, union), shift);
            }

            private static Leaf? FindLeaf(object? current, object key, int hash, int shift)
            {
                while (current != null)
                {
                    switch (current)
                    {
                        case Leaf leaf:
                            return leaf.Hash == hash && Equals(leaf.Key, key) ? leaf : null;
                        case Node node:
                            current = node.Child(Fragment(hash, shift));
                            shift += Bits;
                            break;
                        default:
                            return ((Collision)current).FindLeaf(key);
                    }
                }

                return null;
            }

            private static IEnumerable<Leaf> Leaves(object tree)
            {
                switch (tree)
                {
                    case Leaf leaf:
                        yield return leaf;
                        break;
                    case Node node:
                        foreach (var child in node.Children)
                        {
                            foreach (var item in Leaves(child))
                            {
                                yield return item;
                            }
                        }

                        break;
                    default:
                        foreach (var item in ((Collision)tree).Items)
                        {
                            yield return item;
                        }

                        break;
                }
            }

            /// <summary>Whether two subtrees hold the same places with the same values (<see cref="Taint.Same"/>); the shape is the keys', so it is compared node by node.</summary>
            public static bool Same(object? a, object? b)
            {
                if (ReferenceEquals(a, b))
                {
                    return true;
                }

                switch (a)
                {
                    case null:
                        return false;
                    case Leaf x:
                        return b is Leaf y && x.Hash == y.Hash && Equals(x.Key, y.Key) && Taint.Same(x.Value, y.Value);
                    case Node node:
                        return b is Node otherNode && node.SameAs(otherNode);
                    default:
                        return b is Collision otherCollision && ((Collision)a).SameAs(otherCollision);
                }
            }

            public sealed class Leaf
            {
                public Leaf(object key, int hash, Taint value)
                {
                    Key = key;
                    Hash = hash;
                    Value = value;
                }

                public object Key { get; }

                public int Hash { get; }

                public Taint Value { get; }
            }

            /// <summary>A branch: a bitmap of the fragments present, and their subtrees in fragment order.</summary>
            public sealed class Node
            {
                private readonly uint bitmap;
                private readonly object[] children;

                private Node(uint bitmap, object[] children)
                {
                    this.bitmap = bitmap;
                    this.children = children;
                }

                public object[] Children => children;

                public static Node Single(int fragment, object child) => new Node(1u << fragment, new[] { child });

                public static Node Two(int fa, object a, int fb, object b)
                    => fa < fb ? new Node((1u << fa) | (1u << fb), new[] { a, b }) : new Node((1u << fa) | (1u << fb), new[] { b, a });

                public object? Child(int fragment)
                {
                    var bit = 1u << fragment;
                    return (bitmap & bit) == 0 ? null : children[Index(bit)];
                }

                /// <summary>This node with the subtree at <paramref name="fragment"/> replaced (null: removed).</summary>
                public Node With(int fragment, object? child)
                {
                    var bit = 1u << fragment;
                    var index = Index(bit);
                    if ((bitmap & bit) != 0)
                    {
                        if (child is null)
                        {
                            var fewer = new object[children.Length - 1];
                            System.Array.Copy(children, 0, fewer, 0, index);
                            System.Array.Copy(children, index + 1, fewer, index, children.Length - index - 1);
                            return new Node(bitmap & ~bit, fewer);
                        }

                        var copy = (object[])children.Clone();
                        copy[index] = child;
                        return new Node(bitmap, copy);
                    }

                    if (child is null)
                    {
                        return this;
                    }

                    var more = new object[children.Length + 1];
                    System.Array.Copy(children, 0, more, 0, index);
                    more[index] = child;
                    System.Array.Copy(children, index, more, index + 1, children.Length - index);
                    return new Node(bitmap | bit, more);
                }

                /// <summary>The node, or its only child when that is a leaf (or nothing when it has none).</summary>
                public object? Collapsed() => children.Length switch
                {
                    0 => null,
                    1 when children[0] is not Node => children[0],
                    _ => this,
                };

                public Node Merge(Node other, int shift)
                {
                    var all = bitmap | other.bitmap;
                    object[]? merged = null;
                    var sameAsThis = all == bitmap;
                    var sameAsOther = all == other.bitmap;
                    var index = 0;
                    for (var rest = all; rest != 0; rest &= rest - 1)
                    {
                        var bit = rest & (~rest + 1);
                        var mine = (bitmap & bit) == 0 ? null : children[Index(bit)];
                        var theirs = (other.bitmap & bit) == 0 ? null : other.children[other.Index(bit)];
                        var child = Trie.Merge(mine, theirs, shift + Bits)!;
                        sameAsThis &= ReferenceEquals(child, mine);
                        sameAsOther &= ReferenceEquals(child, theirs);
                        (merged ??= new object[PopCount(all)])[index++] = child;
                    }

                    return sameAsThis ? this : sameAsOther ? other : new Node(all, merged!);
                }

                public bool SameAs(Node other)
                {
                    if (bitmap != other.bitmap)
                    {
                        return false;
                    }

                    for (var i = 0; i < children.Length; i++)
                    {
                        if (!Same(children[i], other.children[i]))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                private int Index(uint bit) => PopCount(bitmap & (bit - 1));

                private static int PopCount(uint value)
                {
                    value -= (value >> 1) & 0x55555555u;
                    value = (value & 0x33333333u) + ((value >> 2) & 0x33333333u);
                    return (int)((((value + (value >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24);
                }
            }

            /// <summary>Places whose keys hash alike (rare): a short list, searched in order.</summary>
            public sealed class Collision
            {
                public Collision(Leaf[] items) => Items = items;

                public Leaf[] Items { get; }

                public int Hash => Items[0].Hash;

                public Taint? Find(object key) => FindLeaf(key)?.Value;

                public Leaf? FindLeaf(object key)
                {
                    foreach (var item in Items)
                    {
                        if (Equals(item.Key, key))
                        {
                            return item;
                        }
                    }

                    return null;
                }

                public Collision Put(Leaf leaf)
                {
                    for (var i = 0; i < Items.Length; i++)
                    {
                        if (Equals(Items[i].Key, leaf.Key))
                        {
                            if (ReferenceEquals(Items[i].Value, leaf.Value))
                            {
                                return this;
                            }

                            var copy = (Leaf[])Items.Clone();
                            copy[i] = leaf;
                            return new Collision(copy);
                        }
                    }

                    var more = new Leaf[Items.Length + 1];
                    Items.CopyTo(more, 0);
                    more[Items.Length] = leaf;
                    return new Collision(more);
                }

                public object? Remove(object key)
                {
                    for (var i = 0; i < Items.Length; i++)
                    {
                        if (Equals(Items[i].Key, key))
                        {
                            if (Items.Length == 2)
                            {
                                return Items[1 - i];
                            }

                            var fewer = new Leaf[Items.Length - 1];
                            System.Array.Copy(Items, 0, fewer, 0, i);
                            System.Array.Copy(Items, i + 1, fewer, i, Items.Length - i - 1);
                            return new Collision(fewer);
                        }
                    }

                    return this;
                }

                public bool SameAs(Collision other)
                {
                    if (Items.Length != other.Items.Length)
                    {
                        return false;
                    }

                    foreach (var item in Items)
                    {
                        if (other.FindLeaf(item.Key) is not { } match || !Taint.Same(item.Value, match.Value))
                        {
                            return false;
                        }
                    }

                    return true;
                }
            }
        }
    }
}
