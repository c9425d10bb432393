namespace FatSharp.Interpreter.Objects;

/// <summary>set and frozenset (by type); elements live in a <see cref="SetTable"/> laid out like CPython's, so
/// iteration order matches.</summary>
public sealed class PySet : PyObject
{
    public SetTable Table;

    public PySet() : base(Builtins.Set) => Table = new SetTable();

    public PySet(PyType type) : base(type) => Table = new SetTable();

    public PySet(PyType type, SetTable table) : base(type) => Table = table;

    public bool IsFrozen => Type.IsSubtypeOf(Builtins.FrozenSet);

    public int Count => Table.Count;

    public void Add(PyObject item) => Table.Add(item, Ops.Hash(item));

    public bool Contains(PyObject item) => Table.Contains(item, Ops.Hash(item));

    public bool Discard(PyObject item) => Table.Discard(item, Ops.Hash(item));

    public IEnumerable<PyObject> Items() => Table.Keys();
}
