namespace FatSharp.Interpreter.Objects;

/// <summary>
/// Insertion-ordered hash table with a PEP 509 version: the global counter is copied into <see cref="Version"/> on
/// creation and on every change, so a cache (or guard) compares one integer to know nothing changed.
/// Entries live in a dense array (iteration order, deleted entries leave holes until the next resize) indexed by an
/// open-addressing table. Keys use Python equality: identity first, then <c>__eq__</c> for equal hashes.
/// </summary>
public sealed class DictStorage
{
    private static ulong globalVersion;

    internal struct Entry
    {
        public long Hash;
        public PyObject? Key; // null = deleted hole
        public PyObject? Value;
    }

    private int[] indices; // -1 empty, -2 dummy, else entry index
    internal Entry[] entries;
    internal int used; // number of slots of entries in use (including holes)
    private int count;
    public ulong Version;

    public DictStorage(int capacity = 0)
    {
        var size = 8;
        while (size * 2 < capacity * 3) size <<= 1;
        indices = new int[size];
        Array.Fill(indices, -1);
        entries = new Entry[size * 2 / 3 + 1];
        Version = NextVersion();
    }

    public static ulong NextVersion() => ++globalVersion;

    public int Count => count;

    internal int Used => used;

    private int FindIndex(PyObject key, long hash, out int slot)
    {
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        var firstDummy = -1;
        while (true)
        {
            var ix = indices[i];
            if (ix == -1)
            {
                slot = firstDummy >= 0 ? firstDummy : i;
                return -1;
            }
            if (ix == -2)
            {
                if (firstDummy < 0) firstDummy = i;
            }
            else
            {
                ref var e = ref entries[ix];
                if (ReferenceEquals(e.Key, key)) { slot = i; return ix; }
                if (e.Hash == hash && KeysEqual(e.Key!, key)) { slot = i; return ix; }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private static bool KeysEqual(PyObject a, PyObject b)
    {
        if (a is PyStr sa && b is PyStr sb) return sa.Value == sb.Value;
        return Ops.EqBool(a, b);
    }

    /// <summary>Lookup by a .NET string without allocating a <see cref="PyStr"/> (names, attributes).</summary>
    public PyObject? GetStr(string key)
    {
        long hash = PyStr.HashOf(key);
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var ix = indices[i];
            if (ix == -1) return null;
            if (ix >= 0)
            {
                ref var e = ref entries[ix];
                if (e.Hash == hash && e.Key is PyStr s && (ReferenceEquals(s.Value, key) || s.Value == key)) return e.Value;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    public PyObject? Get(PyObject key, long hash) => FindIndex(key, hash, out _) is var ix && ix >= 0 ? entries[ix].Value : null;

    public PyObject? Get(PyObject key) => Get(key, Ops.Hash(key));

    public bool Contains(PyObject key, long hash) => FindIndex(key, hash, out _) >= 0;

    public void Set(PyObject key, long hash, PyObject value)
    {
        var ix = FindIndex(key, hash, out var slot);
        if (ix >= 0)
        {
            entries[ix].Value = value;
            Version = NextVersion();
            return;
        }
        if (used >= entries.Length)
        {
            Resize(count * 3 + 1);
            FindIndex(key, hash, out slot);
        }
        indices[slot] = used;
        entries[used++] = new Entry { Hash = hash, Key = key, Value = value };
        count++;
        Version = NextVersion();
    }

    public void Set(PyObject key, PyObject value) => Set(key, Ops.Hash(key), value);

    public void SetStr(string key, PyObject value) => Set(PyStr.Intern(key), value);

    /// <summary>Inserts only if absent; returns the value now stored.</summary>
    public PyObject SetDefault(PyObject key, long hash, PyObject value)
    {
        var ix = FindIndex(key, hash, out _);
        if (ix >= 0) return entries[ix].Value!;
        Set(key, hash, value);
        return value;
    }

    public bool Remove(PyObject key, long hash, out PyObject? value)
    {
        var ix = FindIndex(key, hash, out var slot);
        if (ix < 0) { value = null; return false; }
        value = entries[ix].Value;
        entries[ix] = default;
        indices[slot] = -2;
        count--;
        Version = NextVersion();
        return true;
    }

    public bool Remove(PyObject key, out PyObject? value) => Remove(key, Ops.Hash(key), out value);

    public bool RemoveStr(string key) => Remove(PyStr.Intern(key), out _);

    public void Clear()
    {
        indices = new int[8];
        Array.Fill(indices, -1);
        entries = new Entry[6];
        used = count = 0;
        Version = NextVersion();
    }

    /// <summary>Removes and returns the last inserted item (dict.popitem).</summary>
    public bool PopLast(out PyObject key, out PyObject value)
    {
        for (var i = used - 1; i >= 0; i--)
        {
            if (entries[i].Key is { } k)
            {
                key = k;
                value = entries[i].Value!;
                Remove(k, entries[i].Hash, out _);
                return true;
            }
        }
        key = value = null!;
        return false;
    }

    private void Resize(int minUsed)
    {
        var size = 8;
        while (size * 2 < minUsed * 3) size <<= 1;
        var old = entries;
        var oldUsed = used;
        indices = new int[size];
        Array.Fill(indices, -1);
        entries = new Entry[size * 2 / 3 + 1];
        used = 0;
        var mask = size - 1;
        for (var j = 0; j < oldUsed; j++)
        {
            if (old[j].Key is null) continue;
            var hash = old[j].Hash;
            var perturb = (ulong)hash;
            var i = (int)((ulong)hash & (ulong)mask);
            while (indices[i] != -1)
            {
                perturb >>= 5;
                i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
            }
            indices[i] = used;
            entries[used++] = old[j];
        }
    }

    /// <summary>Iteration cursor: advances <paramref name="pos"/> past holes; false at the end.</summary>
    public bool Next(ref int pos, out PyObject key, out PyObject value)
    {
        while (pos < used)
        {
            ref var e = ref entries[pos++];
            if (e.Key is not null)
            {
                key = e.Key;
                value = e.Value!;
                return true;
            }
        }
        key = value = null!;
        return false;
    }

    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        var pos = 0;
        while (Next(ref pos, out var k, out var v)) yield return new(k, v);
    }

    public DictStorage Copy()
    {
        var d = new DictStorage(count);
        var pos = 0;
        while (pos < used)
        {
            ref var e = ref entries[pos++];
            if (e.Key is not null) d.Set(e.Key, e.Hash, e.Value!);
        }
        return d;
    }
}
