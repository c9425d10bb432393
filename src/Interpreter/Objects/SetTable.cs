namespace FatSharp.Interpreter.Objects;

/// <summary>
/// The hash table of set and frozenset, laid out like CPython's: a power-of-two array of (hash, key) slots starting
/// at 8, probed from <c>hash &amp; mask</c> through up to 9 following slots and then the perturbed recurrence
/// <c>i = 5*i + 1 + perturb</c> (perturb shifted right by 5 each round). Removed keys leave a dummy slot; an
/// insertion that passes dummies before an empty slot takes the last of them. The table grows (to 4x the live count, 2x above 50000) when live plus
/// dummy slots reach 60% of it. Iteration walks the slots in order, so sets print in CPython's order.
/// </summary>
public sealed class SetTable
{
    public const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    /// <summary>Marks a slot whose key was removed.</summary>
    private static readonly PyObject Dummy = new DummyKey();

    private sealed class DummyKey() : PyObject(Builtins.Object);

    /// <summary>A slot: key and hash side by side (one cache line fetch per probe). A struct array also spares
    /// the covariance check that every store into a <c>PyObject[]</c> pays.</summary>
    private struct Slot
    {
        public PyObject? Key;
        public long Hash;
    }

    private Slot[] slots;
    private int mask;
    private int fill;   // live + dummy slots
    private int used;   // live slots
    private int finger; // where set.pop() resumes

    /// <summary>
    /// Live keys per <c>hash % 64</c>, so that a lookup of an absent key usually answers without probing: removals
    /// leave dummies that lookups must walk past, and small-int keys sit in one contiguous run of slots, so a miss
    /// would otherwise scan that whole run. Off (never consulted again until cleared) above 255 keys, where a byte
    /// could overflow and most buckets are taken anyway.
    /// </summary>
    private BucketCounts liveByBucket;
    private bool bucketCountsOff;
    private const int CountedKeysLimit = 255;

    [System.Runtime.CompilerServices.InlineArray(64)]
    private struct BucketCounts
    {
        private byte first;
    }

    /// <summary>
    /// Per <c>hash % 64</c>, the slot where a key of that bucket was last found or placed. Re-added keys land on the
    /// last dummy of their probe run (CPython's rule), far from their first slot, so a hit would walk the run; a hint
    /// whose slot holds the very key (checked by hash and identity or plain int/str value) answers at once. Hints
    /// are never trusted otherwise, so stale ones (after removals or a resize) cost one check.
    /// </summary>
    private SlotHints hints;

    [System.Runtime.CompilerServices.InlineArray(64)]
    private struct SlotHints
    {
        private int first;
    }

    /// <summary>Equality that runs no Python code; false when it cannot tell.</summary>
    private static bool KnownEqual(PyObject stored, PyObject key)
    {
        if (ReferenceEquals(stored, key)) return true;
        if (stored is PyInt x && key is PyInt y && !x.IsBig && !y.IsBig && !x.Type.IsHeapType && !y.Type.IsHeapType)
            return x.Value == y.Value;
        return stored is PyStr a && key is PyStr b && !a.Type.IsHeapType && !b.Type.IsHeapType && a.Value == b.Value;
    }

    private void CountAdded(long hash)
    {
        if (bucketCountsOff) return;
        if (used > CountedKeysLimit) { bucketCountsOff = true; return; }
        liveByBucket[(int)(hash & 63)]++;
    }

    private void CountRemoved(long hash)
    {
        if (!bucketCountsOff) liveByBucket[(int)(hash & 63)]--;
    }

    public SetTable()
    {
        slots = new Slot[MinSize];
        mask = MinSize - 1;
    }

    public int Count => used;

    /// <summary>Changes whenever the slot arrays are replaced (resize/clear), so a comparison that ran Python code
    /// can tell whether the table it was probing is still current.</summary>
    private int generation;

    public bool Contains(PyObject key, long hash) => FindSlot(key, hash) >= 0;

    /// <summary>The slot last used for this hash's bucket when it holds <paramref name="key"/>, else -1.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int HintedSlot(PyObject key, long hash)
    {
        var hint = hints[(int)(hash & 63)];
        if ((uint)hint >= (uint)slots.Length) return -1;
        ref var hinted = ref slots[hint];
        return hinted.Hash == hash && hinted.Key is { } hk && KnownEqual(hk, key) ? hint : -1;
    }

    private int FindSlot(PyObject key, long hash)
    {
        var bucket = (int)(hash & 63);
        if (!bucketCountsOff && liveByBucket[bucket] == 0) return -1;
        if (HintedSlot(key, hash) is var hint and >= 0) return hint;
        while (true)
        {
            var table = slots;
            var m = mask;
            var gen = generation;
            var i = (int)((ulong)hash & (ulong)m);
            var perturb = (ulong)hash;
            var restart = false;
            while (!restart)
            {
                var probes = i + LinearProbes <= m ? LinearProbes : 0;
                var j = i;
                while (true)
                {
                    ref var slot = ref table[j];
                    var k = slot.Key;
                    if (k is null) return -1;
                    if (slot.Hash == hash && !ReferenceEquals(k, Dummy))
                    {
                        if (ReferenceEquals(k, key) || KeysEqual(k, key))
                        {
                            hints[bucket] = j;
                            return j;
                        }
                        if (gen != generation || slots[j].Key != k) { restart = true; break; }
                    }
                    if (probes-- == 0) break;
                    j++;
                }
                if (restart) break;
                perturb >>= PerturbShift;
                i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)m);
            }
        }
    }

    private static bool KeysEqual(PyObject stored, PyObject key)
    {
        // Equal hashes of plain ints (bool included): equal exactly when the values are, no dispatch needed.
        if (stored is PyInt x && key is PyInt y && !x.IsBig && !y.IsBig && !x.Type.IsHeapType && !y.Type.IsHeapType)
            return x.Value == y.Value;
        if (stored is PyStr a && key is PyStr b && !a.Type.IsHeapType && !b.Type.IsHeapType) return a.Value == b.Value;
        return Ops.EqBool(stored, key);
    }

    /// <summary>Adds <paramref name="key"/>; false if an equal key is already present.</summary>
    public bool Add(PyObject key, long hash)
    {
        if (!bucketCountsOff && liveByBucket[(int)(hash & 63)] == 0)
        {
            AddAbsent(key, hash);
            return true;
        }
        if (HintedSlot(key, hash) >= 0) return false;
        while (true)
        {
            var table = slots;
            var m = mask;
            var gen = generation;
            var i = (int)((ulong)hash & (ulong)m);
            var perturb = (ulong)hash;
            var freeSlot = -1; // the last dummy passed: CPython reuses that one
            var restart = false;
            while (true)
            {
                var probes = i + LinearProbes <= m ? LinearProbes : 0;
                var j = i;
                var done = false;
                while (true)
                {
                    ref var slot = ref table[j];
                    var k = slot.Key;
                    if (k is null)
                    {
                        if (freeSlot >= 0)
                        {
                            ref var free = ref table[freeSlot];
                            free.Key = key;
                            free.Hash = hash;
                            hints[(int)(hash & 63)] = freeSlot;
                            used++;
                            CountAdded(hash);
                            return true;
                        }
                        slot.Key = key;
                        slot.Hash = hash;
                        hints[(int)(hash & 63)] = j;
                        fill++;
                        used++;
                        CountAdded(hash);
                        if ((long)fill * 5 >= (long)m * 3) Resize(used > 50000 ? used * 2 : used * 4);
                        return true;
                    }
                    if (ReferenceEquals(k, Dummy))
                    {
                        freeSlot = j;
                    }
                    else if (slot.Hash == hash)
                    {
                        if (ReferenceEquals(k, key) || KeysEqual(k, key)) return false;
                        if (gen != generation || slots[j].Key != k) { restart = true; done = true; break; }
                    }
                    if (probes-- == 0) break;
                    j++;
                }
                if (done) break;
                perturb >>= PerturbShift;
                i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)m);
            }
            if (!restart) return false;
        }
    }

    /// <summary>
    /// Add of a key known to be absent (no live key in its bucket): the same probe walk and placement as
    /// <see cref="Add"/> (the last dummy before the first empty slot, else that slot) without comparing keys.
    /// </summary>
    private void AddAbsent(PyObject key, long hash)
    {
        var table = slots;
        var m = mask;
        var i = (int)((ulong)hash & (ulong)m);
        var perturb = (ulong)hash;
        var freeSlot = -1;
        while (true)
        {
            var probes = i + LinearProbes <= m ? LinearProbes : 0;
            var j = i;
            while (true)
            {
                var k = table[j].Key;
                if (k is null)
                {
                    var at = freeSlot >= 0 ? freeSlot : j;
                    table[at].Key = key;
                    table[at].Hash = hash;
                    hints[(int)(hash & 63)] = at;
                    used++;
                    CountAdded(hash);
                    if (freeSlot < 0)
                    {
                        fill++;
                        if ((long)fill * 5 >= (long)m * 3) Resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (ReferenceEquals(k, Dummy)) freeSlot = j;
                if (probes-- == 0) break;
                j++;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)m);
        }
    }

    /// <summary>Removes <paramref name="key"/>, leaving a dummy slot; false if absent.</summary>
    public bool Discard(PyObject key, long hash)
    {
        var j = FindSlot(key, hash);
        if (j < 0) return false;
        slots[j].Key = Dummy;
        slots[j].Hash = -1;
        used--;
        CountRemoved(hash);
        return true;
    }

    /// <summary>set.pop(): the first live slot from where the previous pop stopped.</summary>
    public bool TryPop(out PyObject key)
    {
        if (used == 0)
        {
            key = null!;
            return false;
        }
        var j = finger & mask;
        while (slots[j].Key is null || ReferenceEquals(slots[j].Key, Dummy)) j = j == mask ? 0 : j + 1;
        key = slots[j].Key!;
        CountRemoved(slots[j].Hash);
        slots[j].Key = Dummy;
        slots[j].Hash = -1;
        used--;
        finger = j + 1;
        return true;
    }

    public void Clear()
    {
        slots = new Slot[MinSize];
        mask = MinSize - 1;
        fill = used = 0;
        liveByBucket = default;
        bucketCountsOff = false;
        generation++;
    }

    /// <summary>Iteration cursor over the slots: advances <paramref name="pos"/>; false at the end.</summary>
    public bool Next(ref int pos, out PyObject key, out long hash)
    {
        var table = slots;
        while (pos < table.Length)
        {
            var k = table[pos].Key;
            if (k is not null && !ReferenceEquals(k, Dummy))
            {
                key = k;
                hash = table[pos].Hash;
                pos++;
                return true;
            }
            pos++;
        }
        key = null!;
        hash = 0;
        return false;
    }

    public IEnumerable<PyObject> Keys()
    {
        var pos = 0;
        while (Next(ref pos, out var k, out _)) yield return k;
    }

    /// <summary>Rebuilds the table with the smallest power-of-two size above <paramref name="minUsed"/>.</summary>
    public void Resize(long minUsed)
    {
        long newSize = MinSize;
        while (newSize <= minUsed) newSize <<= 1;
        if (newSize > 1 << 30) throw PyErr.NewNoArgs(Builtins.MemoryError);
        var old = slots;
        slots = new Slot[newSize];
        mask = (int)newSize - 1;
        generation++;
        fill = used;
        for (var j = 0; j < old.Length; j++)
        {
            var k = old[j].Key;
            if (k is not null && !ReferenceEquals(k, Dummy)) InsertClean(k, old[j].Hash);
        }
    }

    /// <summary>Places a key known to be absent into the first empty slot of its probe sequence.</summary>
    private void InsertClean(PyObject key, long hash)
    {
        var i = (int)((ulong)hash & (ulong)mask);
        var perturb = (ulong)hash;
        while (true)
        {
            if (slots[i].Key is null) { Place(i, key, hash); return; }
            if (i + LinearProbes <= mask)
                for (var j = i + 1; j <= i + LinearProbes; j++)
                    if (slots[j].Key is null) { Place(j, key, hash); return; }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Place(int j, PyObject key, long hash)
    {
        slots[j].Key = key;
        slots[j].Hash = hash;
    }

    /// <summary>Adds every key of another set (set.update with a set, copies).</summary>
    public void Merge(SetTable other)
    {
        if (ReferenceEquals(other, this) || other.used == 0) return;
        if ((long)(fill + other.used) * 5 >= (long)mask * 3) Resize((long)(used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used)
        {
            Array.Copy(other.slots, slots, slots.Length);
            fill = other.fill;
            used = other.used;
            liveByBucket = other.liveByBucket;
            bucketCountsOff = other.bucketCountsOff;
            return;
        }
        if (fill == 0)
        {
            fill = used = other.used;
            var os = other.slots;
            for (var j = 0; j < os.Length; j++)
            {
                var k = os[j].Key;
                if (k is not null && !ReferenceEquals(k, Dummy))
                {
                    InsertClean(k, os[j].Hash);
                    CountAdded(os[j].Hash);
                }
            }
            return;
        }
        var pos = 0;
        while (other.Next(ref pos, out var key, out var hash)) Add(key, hash);
    }

    /// <summary>Adds the keys of a dict, growing once up front (set.update with a dict).</summary>
    public void MergeDict(DictStorage dict)
    {
        var n = dict.Count;
        if ((long)(fill + n) * 5 >= (long)mask * 3) Resize((long)(used + n) * 2);
        var pos = 0;
        while (dict.Next(ref pos, out var k, out _)) Add(k, Ops.Hash(k));
    }

    /// <summary>After removals: rebuilds the table when more than a quarter of it is dummies.</summary>
    public void ShrinkDummies()
    {
        if (fill - used <= mask / 4) return;
        Resize(used > 50000 ? used * 2 : used * 4);
    }

    public SetTable Copy()
    {
        var t = new SetTable();
        t.Merge(this);
        return t;
    }

    /// <summary>Exchanges contents with another table (intersection_update installs its result this way).</summary>
    public void SwapWith(SetTable other)
    {
        (slots, other.slots) = (other.slots, slots);
        (mask, other.mask) = (other.mask, mask);
        (fill, other.fill) = (other.fill, fill);
        (used, other.used) = (other.used, used);
        (liveByBucket, other.liveByBucket) = (other.liveByBucket, liveByBucket);
        (bucketCountsOff, other.bucketCountsOff) = (other.bucketCountsOff, bucketCountsOff);
        generation++;
        other.generation++;
    }
}
