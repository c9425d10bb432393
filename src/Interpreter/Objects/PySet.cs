namespace FatSharp.Interpreter.Objects;

/// <summary>set and frozenset (by type); elements are the keys of a versioned table.</summary>
public sealed class PySet : PyObject
{
    public DictStorage Storage;

    public PySet() : base(Builtins.Set) => Storage = new DictStorage();

    public PySet(PyType type) : base(type) => Storage = new DictStorage();

    public PySet(PyType type, DictStorage storage) : base(type) => Storage = storage;

    public bool IsFrozen => Type.IsSubtypeOf(Builtins.FrozenSet);

    public int Count => Storage.Count;

    public void Add(PyObject item) => Storage.SetDefault(item, Ops.Hash(item), PyNone.Value);

    public bool Contains(PyObject item) => Storage.Contains(item, Ops.Hash(item));

    public IEnumerable<PyObject> Items()
    {
        var pos = 0;
        while (Storage.Next(ref pos, out var k, out _)) yield return k;
    }
}
