using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace FatSharp.Guards;

/// <summary>
/// An insertion-ordered hash table with Python dict semantics and a PEP 509 version: the storage of
/// every Python dict (module globals, builtins, class and instance namespaces, plain dicts).
/// </summary>
/// <remarks>
/// <para>Layout: a compact entries array in insertion order (a removal leaves a hole that later
/// growth squeezes out) plus a power-of-two bucket table of chain heads, so order survives
/// deletes and iteration walks the entries by index. Each entry caches its key's hash: growing,
/// copying and merging never rehash, and a lookup calls <see cref="IKeyComparer{TKey}.Equal"/>
/// only for a stored key with the same hash that is not the very same object.</para>
/// <para>Versions: <see cref="Version"/> takes <see cref="DictVersion.Next"/> on creation and on
/// every content change. Setting an existing key bumps unless the new value is the very same
/// object as the stored one (<see cref="object.ReferenceEquals"/>). A value-type
/// <typeparamref name="TValue"/> has no identity, so setting an existing key always bumps;
/// PEP 509 allows a bump on a no-op, and the only cost is a guard's slow path.</para>
/// <para>Not thread-safe, like <see cref="Dictionary{TKey, TValue}"/>; the version counter itself
/// is, so versions stay unique across threads.</para>
/// </remarks>
public sealed class VersionedDict<TKey, TValue>
{
    private struct Entry
    {
        public int HashCode;

        // Index of the next entry in the same bucket, -1 at the end; Deleted marks a hole.
        public int Next;
        public TKey Key;
        public TValue Value;
    }

    private const int Deleted = -2;
    private const int MinimumCapacity = 4;

    // Shared by every empty dict; never written (an insert grows first).
    private static readonly int[] s_emptyBuckets = new int[2];
    private const int EmptyShift = 31;

    private readonly IKeyComparer<TKey> _comparer;
    private int[] _buckets; // 1-based entry index of the chain head, 0 = empty bucket
    private Entry[] _entries;
    private int _used; // entries [0, _used) are live or holes
    private int _count;
    private int _shift; // 32 - log2(_buckets.Length), for Fibonacci hashing
    private ulong _version;

    public VersionedDict(IKeyComparer<TKey> comparer, int capacity = 0)
    {
        ArgumentNullException.ThrowIfNull(comparer);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _comparer = comparer;
        if (capacity == 0)
        {
            _buckets = s_emptyBuckets;
            _entries = [];
            _shift = EmptyShift;
        }
        else
        {
            int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, MinimumCapacity));
            _buckets = new int[size];
            _entries = new Entry[size];
            _shift = 32 - BitOperations.Log2((uint)size);
        }

        _version = DictVersion.Next();
    }

    /// <summary>The PEP 509 version: unique among all dicts, changed by every content change.</summary>
    public ulong Version => _version;

    public int Count => _count;

    public IKeyComparer<TKey> Comparer => _comparer;

    /// <summary>The hash the dict uses for <paramref name="key"/> (for the overloads taking a hash).</summary>
    public int Hash(TKey key) => _comparer.Hash(key);

    /// <summary>Python <c>d[key]</c> for C# callers; the interpreter uses <see cref="TryGetValue(TKey, out TValue)"/>.</summary>
    public TValue this[TKey key]
    {
        get
        {
            int i = FindEntry(key, _comparer.Hash(key));
            if (i < 0)
            {
                throw new KeyNotFoundException();
            }

            return _entries[i].Value;
        }
        set => Set(key, _comparer.Hash(key), value);
    }

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) =>
        TryGetValue(key, _comparer.Hash(key), out value);

    /// <summary>Lookup with a precomputed <paramref name="hash"/> (must equal <see cref="Hash"/> of the key).</summary>
    public bool TryGetValue(TKey key, int hash, [MaybeNullWhen(false)] out TValue value)
    {
        int i = FindEntry(key, hash);
        if (i >= 0)
        {
            value = _entries[i].Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Lookup with a precomputed hash and an equality the caller knows to agree with the dict's comparer for
    /// this key (e.g. a key type whose comparison needs no dispatch); a struct, so the comparison is a direct,
    /// inlinable call.
    /// </summary>
    public bool TryGetValue<TEquality>(TKey key, int hash, TEquality equality, [MaybeNullWhen(false)] out TValue value)
        where TEquality : struct, IKeyComparer<TKey>
    {
        int i = FindEntry(key, hash, equality);
        if (i >= 0)
        {
            value = _entries[i].Value;
            return true;
        }

        value = default;
        return false;
    }

    public bool ContainsKey(TKey key) => FindEntry(key, _comparer.Hash(key)) >= 0;

    public bool ContainsKey(TKey key, int hash) => FindEntry(key, hash) >= 0;

    /// <summary>
    /// <c>d[key] = value</c>. Bumps the version when the key is new or the value is not the very
    /// same object as the stored one. An existing key keeps its stored key object and its position.
    /// </summary>
    public void Set(TKey key, int hash, TValue value) => Set(key, hash, value, new StoredComparer(_comparer));

    /// <summary><see cref="Set(TKey, int, TValue)"/> with the caller's equality, as for <see cref="TryGetValue{TEquality}"/>.</summary>
    public void Set<TEquality>(TKey key, int hash, TValue value, TEquality equality)
        where TEquality : struct, IKeyComparer<TKey>
    {
        int i = FindEntry(key, hash, equality);
        if (i >= 0)
        {
            ref Entry entry = ref _entries[i];
            if (typeof(TValue).IsValueType || !ReferenceEquals(entry.Value, value))
            {
                entry.Value = value;
                _version = DictVersion.Next();
            }

            return;
        }

        Append(key, hash, value);
    }

    /// <summary><c>del d[key]</c>: false (and no version change) when the key is absent.</summary>
    public bool Remove(TKey key) => TryRemove(key, _comparer.Hash(key), out _);

    /// <summary><c>d.pop(key)</c>: false (and no version change) when the key is absent.</summary>
    public bool TryRemove(TKey key, [MaybeNullWhen(false)] out TValue value) =>
        TryRemove(key, _comparer.Hash(key), out value);

    public bool TryRemove(TKey key, int hash, [MaybeNullWhen(false)] out TValue value)
    {
        int i = FindEntry(key, hash);
        if (i < 0)
        {
            value = default;
            return false;
        }

        value = _entries[i].Value;
        RemoveAt(i);
        if (_count == 0)
        {
            // Every chain is empty: reuse the entries from the start.
            _used = 0;
        }
        else if (i == _used - 1)
        {
            // Give trailing holes back, so insert/delete churn at the end never compacts.
            _used = i;
            while (_entries[_used - 1].Next == Deleted)
            {
                _used--;
            }
        }

        return true;
    }

    /// <summary><c>d.popitem()</c>: removes the last inserted item; false when the dict is empty.</summary>
    public bool TryPopLast([MaybeNullWhen(false)] out TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_count == 0)
        {
            key = default;
            value = default;
            return false;
        }

        int i = _used - 1;
        while (_entries[i].Next == Deleted)
        {
            i--;
        }

        key = _entries[i].Key;
        value = _entries[i].Value;
        RemoveAt(i);

        // The slots from i on are all holes now: the next insert reuses them.
        _used = i;
        return true;
    }

    /// <summary><c>d.setdefault(key, value)</c>: the stored value, or <paramref name="value"/> after inserting it.</summary>
    public TValue SetDefault(TKey key, TValue value) => SetDefault(key, _comparer.Hash(key), value);

    public TValue SetDefault(TKey key, int hash, TValue value)
    {
        int i = FindEntry(key, hash);
        if (i >= 0)
        {
            return _entries[i].Value;
        }

        Append(key, hash, value);
        return value;
    }

    /// <summary><c>d.clear()</c>: bumps only when the dict was not empty.</summary>
    public void Clear()
    {
        if (_count == 0)
        {
            return;
        }

        _buckets = s_emptyBuckets;
        _entries = [];
        _shift = EmptyShift;
        _used = 0;
        _count = 0;
        _version = DictVersion.Next();
    }

    /// <summary>
    /// <c>d.update(other)</c> / <c>d |= other</c>: sets each item of <paramref name="other"/> in its
    /// order, with the identity rule of <see cref="Set"/>. Throws <see cref="DictMutationException"/>
    /// if a key comparison changes <paramref name="other"/>'s size or layout.
    /// </summary>
    public void Update(VersionedDict<TKey, TValue> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._count == 0)
        {
            return;
        }

        bool sameHash = ReferenceEquals(other._comparer, _comparer);
        Entry[] source = other._entries;
        int count = other._count;
        for (int i = 0; i < other._used; i++)
        {
            if (other._entries != source || other._count != count)
            {
                throw new DictMutationException(DictMutationException.MutatedDuringUpdate);
            }

            ref Entry entry = ref source[i];
            if (entry.Next == Deleted)
            {
                continue;
            }

            TKey key = entry.Key;
            TValue value = entry.Value;
            Set(key, sameHash ? entry.HashCode : _comparer.Hash(key), value);
        }
    }

    /// <summary><c>d.copy()</c>: same items in the same order, a fresh version; this dict is unchanged.</summary>
    public VersionedDict<TKey, TValue> Copy()
    {
        var copy = new VersionedDict<TKey, TValue>(_comparer);
        if (_count == 0)
        {
            return copy;
        }

        if (_used == _count)
        {
            // No holes: the arrays are valid as they are.
            copy._entries = (Entry[])_entries.Clone();
            copy._buckets = (int[])_buckets.Clone();
            copy._shift = _shift;
            copy._used = _used;
            copy._count = _count;
        }
        else
        {
            copy.Rebuild(_entries, _used, _count, SizeFor(_count));
        }

        return copy;
    }

    /// <summary>
    /// Ordered iteration by index: returns the first item at or after <paramref name="position"/>
    /// and moves <paramref name="position"/> past it. Start at 0.
    /// </summary>
    public bool TryGetNext(ref int position, [MaybeNullWhen(false)] out TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        Entry[] entries = _entries;
        int used = _used;
        while ((uint)position < (uint)used)
        {
            ref Entry entry = ref entries[position++];
            if (entry.Next != Deleted)
            {
                key = entry.Key;
                value = entry.Value;
                return true;
            }
        }

        key = default;
        value = default;
        return false;
    }

    /// <summary>A Python-style iterator (see <see cref="DictIterator{TKey, TValue}"/>); also serves C# foreach.</summary>
    public DictIterator<TKey, TValue> GetEnumerator() => new(this);

    private int FindEntry(TKey key, int hash) => FindEntry(key, hash, new StoredComparer(_comparer));

    private int FindEntry<TEquality>(TKey key, int hash, TEquality equality)
        where TEquality : struct, IKeyComparer<TKey>
    {
    Restart:
        Entry[] entries = _entries;
        int i = _buckets[Bucket(hash)] - 1;
        while ((uint)i < (uint)entries.Length)
        {
            ref Entry entry = ref entries[i];
            if (!typeof(TKey).IsValueType && ReferenceEquals(entry.Key, key))
            {
                return i;
            }

            if (entry.HashCode == hash)
            {
                ulong version = _version;
                bool equal = equality.Equal(entry.Key, key);
                if (version != _version || entries != _entries)
                {
                    // The comparison changed this dict: the chain may be stale.
                    goto Restart;
                }

                if (equal)
                {
                    return i;
                }
            }

            i = entry.Next;
        }

        return -1;
    }

    // The dict's own comparer behind the struct interface of FindEntry (an interface call per comparison).
    private readonly struct StoredComparer(IKeyComparer<TKey> comparer) : IKeyComparer<TKey>
    {
        public int Hash(TKey key) => comparer.Hash(key);

        public bool Equal(TKey stored, TKey key) => comparer.Equal(stored, key);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bucket(int hash) => (int)(unchecked((uint)hash * 0x9E3779B9u) >> _shift);

    private void Append(TKey key, int hash, TValue value)
    {
        if (_used == _entries.Length)
        {
            Rebuild(_entries, _used, _count, SizeFor(_count));
        }

        int index = _used++;
        ref Entry entry = ref _entries[index];
        entry.HashCode = hash;
        entry.Key = key;
        entry.Value = value;
        ref int bucket = ref _buckets[Bucket(hash)];
        entry.Next = bucket - 1;
        bucket = index + 1;
        _count++;
        _version = DictVersion.Next();
    }

    // Unlinks live entry i from its chain, leaves a hole and bumps the version.
    private void RemoveAt(int i)
    {
        Entry[] entries = _entries;
        int bucket = Bucket(entries[i].HashCode);
        int current = _buckets[bucket] - 1;
        int previous = -1;
        while (current != i)
        {
            previous = current;
            current = entries[current].Next;
        }

        if (previous < 0)
        {
            _buckets[bucket] = entries[i].Next + 1;
        }
        else
        {
            entries[previous].Next = entries[i].Next;
        }

        ref Entry entry = ref entries[i];
        entry.Next = Deleted;
        if (RuntimeHelpers.IsReferenceOrContainsReferences<TKey>())
        {
            entry.Key = default!;
        }

        if (RuntimeHelpers.IsReferenceOrContainsReferences<TValue>())
        {
            entry.Value = default!;
        }

        _count--;
        _version = DictVersion.Next();
    }

    // Size of the arrays when `count` live items must move because the entries are full: at
    // least a third free afterwards, so each rebuild (O(size)) pays for many appends. A full dict
    // doubles, a dict with many holes compacts in place, a dict that lost most items shrinks.
    private static int SizeFor(int count) =>
        (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinimumCapacity, count + (count / 2) + 1));

    // Copies the live entries of `source` in order into arrays of `size` and relinks them. When
    // `source` is this dict's own full entries array and the size stays, it compacts in place
    // (insert/delete churn then allocates nothing).
    private void Rebuild(Entry[] source, int used, int count, int size)
    {
        Entry[] entries;
        int[] buckets;
        if (ReferenceEquals(source, _entries) && size == source.Length)
        {
            entries = source;
            buckets = _buckets;
            Array.Clear(buckets);
        }
        else
        {
            entries = new Entry[size];
            buckets = new int[size];
        }

        int shift = 32 - BitOperations.Log2((uint)size);
        int j = 0;
        for (int i = 0; i < used; i++)
        {
            if (source[i].Next != Deleted)
            {
                entries[j++] = source[i];
            }
        }

        if (ReferenceEquals(entries, source))
        {
            Array.Clear(entries, j, used - j);
        }

        for (int k = 0; k < j; k++)
        {
            ref int bucket = ref buckets[(int)(unchecked((uint)entries[k].HashCode * 0x9E3779B9u) >> shift)];
            entries[k].Next = bucket - 1;
            bucket = k + 1;
        }

        _entries = entries;
        _buckets = buckets;
        _shift = shift;
        _used = j;
        _count = count;
    }
}
