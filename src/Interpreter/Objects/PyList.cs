namespace FatSharp.Interpreter.Objects;

/// <summary>Python list: a growable array owned directly (no List&lt;T&gt; indirection on indexing).</summary>
public sealed class PyList : PyObject
{
    public PyObject[] Items;
    public int Count;
    private PyDict? dict;

    public PyList() : base(Builtins.List) => Items = [];

    public PyList(PyType type) : base(type) => Items = [];

    public PyList(int capacity) : base(Builtins.List) => Items = capacity == 0 ? [] : new PyObject[capacity];

    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    public PyList(PyObject[] items) : base(Builtins.List)
    {
        Items = ExactArray(items);
        Count = items.Length;
    }

    public override PyDict? Dict => dict;

    public override PyDict? GetOrCreateDict() => Type.IsHeapType ? dict ??= new PyDict() : null;

    public void Append(PyObject item)
    {
        if (Count == Items.Length) Grow(Count + 1);
        ObjectArrays.Store(Items, Count++, item);
    }

    public void Grow(int min)
    {
        var n = Math.Max(min, Items.Length < 4 ? 4 : Items.Length * 2);
        Array.Resize(ref Items, n);
    }

    public void Insert(int index, PyObject item)
    {
        if (Count == Items.Length) Grow(Count + 1);
        Array.Copy(Items, index, Items, index + 1, Count - index);
        Items[index] = item;
        Count++;
    }

    public void RemoveAt(int index)
    {
        Array.Copy(Items, index + 1, Items, index, Count - index - 1);
        Items[--Count] = null!;
    }

    public void Clear()
    {
        Items = [];
        Count = 0;
    }

    public PyObject[] ToArray() => Items.AsSpan(0, Count).ToArray();

    public void SetItems(PyObject[] items)
    {
        Items = ExactArray(items);
        Count = items.Length;
    }

    // Appends store without the covariance check (ObjectArrays.Store): the buffer must be a PyObject[] itself,
    // not a PyStr[] or other array of a subclass passed as one.
    private static PyObject[] ExactArray(PyObject[] items) =>
        items.GetType() == typeof(PyObject[]) ? items : [.. items];
}
