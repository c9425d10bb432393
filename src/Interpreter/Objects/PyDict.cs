namespace FatSharp.Interpreter.Objects;

/// <summary>Python dict on the versioned table (every namespace is one: globals, builtins, class and instance dicts).</summary>
public sealed class PyDict : PyObject
{
    public DictStorage Storage;
    private PyDict? dict;

    public PyDict() : base(Builtins.Dict) => Storage = new DictStorage();

    public PyDict(PyType type) : base(type) => Storage = new DictStorage();

    public PyDict(DictStorage storage) : base(Builtins.Dict) => Storage = storage;

    public override PyDict? Dict => dict;

    public override PyDict? GetOrCreateDict() => Type.IsHeapType ? dict ??= new PyDict() : null;

    public int Count => Storage.Count;

    public ulong Version => Storage.Version;

    public PyObject? GetItem(string key) => Storage.GetStr(key);

    public PyObject? GetItem(PyObject key) => Storage.Get(key);

    public void SetItem(string key, PyObject value) => Storage.SetStr(key, value);

    public void SetItem(PyObject key, PyObject value) => Storage.Set(key, value);
}
