using FatSharp.Guards;

namespace FatSharp.Interpreter.Objects;

/// <summary>
/// The storage of every Python dict and namespace: a <see cref="VersionedDict{TKey,TValue}"/> (PEP 509 version
/// shared with the guards) keyed by Python objects with Python hashing and equality. Names known at compile time
/// are looked up through their interned <see cref="PyStr"/>, whose hash is cached.
/// </summary>
public sealed class DictStorage
{
    /// <summary>Python's <c>__hash__</c>/<c>__eq__</c> for dict keys, str keys compared directly.</summary>
    public sealed class PyKeyComparer : IKeyComparer<PyObject>
    {
        public static readonly PyKeyComparer Instance = new();

        public int Hash(PyObject key) => Fold(Ops.Hash(key));

        public bool Equal(PyObject stored, PyObject key)
        {
            // Exact strs compare by text; a subclass may override __eq__ (and is asked first when it is the key).
            if (stored is PyStr a && key is PyStr b && !a.Type.IsHeapType && !b.Type.IsHeapType) return a.Value == b.Value;
            return Ops.EqBool(stored, key);
        }
    }

    /// <summary>
    /// <see cref="PyKeyComparer.Equal"/> for a key known to be a str: the dict's comparison without the interface
    /// call (lookups of str keys are the most common).
    /// </summary>
    private readonly struct StrKeyEquality : IKeyComparer<PyObject>
    {
        public int Hash(PyObject key) => Fold(((PyStr)key).PyHash());

        public bool Equal(PyObject stored, PyObject key) =>
            stored is PyStr a && !a.Type.IsHeapType && !key.Type.IsHeapType ? string.Equals(a.Value, ((PyStr)key).Value) : Ops.EqBool(stored, key);
    }

    public readonly VersionedDict<PyObject, PyObject> Table;

    public DictStorage(int capacity = 0) => Table = new VersionedDict<PyObject, PyObject>(PyKeyComparer.Instance, capacity);

    private DictStorage(VersionedDict<PyObject, PyObject> table) => Table = table;

    public static int Fold(long h) => (int)(h ^ (h >> 32));

    public static ulong NextVersion() => DictVersion.Next();

    public ulong Version => Table.Version;

    public int Count => Table.Count;

    /// <summary>Lookup of a name (attribute, global): through the interned str, no Python code runs.</summary>
    public PyObject? GetStr(string key) => Get(PyStr.Intern(key));

    public PyObject? Get(PyStr key) => Table.TryGetValue(key, Fold(key.PyHash()), default(StrKeyEquality), out var v) ? v : null;

    public PyObject? Get(PyObject key, long hash) => Table.TryGetValue(key, Fold(hash), out var v) ? v : null;

    public PyObject? Get(PyObject key)
    {
        // An exact str key hashes through its cached hash, without the comparer's type dispatch.
        if (key is PyStr s && !s.Type.IsHeapType) return Table.TryGetValue(key, Fold(s.PyHash()), default(StrKeyEquality), out var sv) ? sv : null;
        return Table.TryGetValue(key, out var v) ? v : null;
    }

    public bool Contains(PyObject key, long hash) => Table.ContainsKey(key, Fold(hash));

    public void Set(PyObject key, long hash, PyObject value)
    {
        if (key is PyStr) Table.Set(key, Fold(hash), value, default(StrKeyEquality));
        else Table.Set(key, Fold(hash), value);
    }

    public void Set(PyObject key, PyObject value) => Table[key] = value;

    public void SetStr(string key, PyObject value) => Set(PyStr.Intern(key), value);

    /// <summary>Inserts only if absent; returns the value now stored.</summary>
    public PyObject SetDefault(PyObject key, long hash, PyObject value) => Table.SetDefault(key, Fold(hash), value);

    public bool Remove(PyObject key, long hash, out PyObject? value) => Table.TryRemove(key, Fold(hash), out value);

    public bool Remove(PyObject key, out PyObject? value) => Table.TryRemove(key, out value);

    public bool RemoveStr(string key) => Table.Remove(PyStr.Intern(key));

    public void Clear() => Table.Clear();

    /// <summary>Removes and returns the last inserted item (dict.popitem).</summary>
    public bool PopLast(out PyObject key, out PyObject value)
    {
        if (Table.TryPopLast(out var k, out var v))
        {
            key = k;
            value = v;
            return true;
        }
        key = value = null!;
        return false;
    }

    /// <summary>Iteration cursor: advances <paramref name="pos"/> past holes; false at the end.</summary>
    public bool Next(ref int pos, out PyObject key, out PyObject value)
    {
        if (Table.TryGetNext(ref pos, out var k, out var v))
        {
            key = k;
            value = v;
            return true;
        }
        key = value = null!;
        return false;
    }

    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        var pos = 0;
        while (Next(ref pos, out var k, out var v)) yield return new(k, v);
    }

    public DictStorage Copy() => new(Table.Copy());
}
