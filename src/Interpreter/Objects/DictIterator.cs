namespace FatSharp.Interpreter.Objects;

/// <summary>Iterator over a dict's keys, values or items; detects size changes like CPython.</summary>
public sealed class DictIterator : PyIterator
{
    private readonly DictStorage storage;
    private readonly DictViewKind kind;
    private readonly int count;
    private int pos;

    public DictIterator(PyDict dict, DictViewKind kind) : base(kind switch
    {
        DictViewKind.Keys => Builtins.DictKeyIterator,
        DictViewKind.Values => Builtins.DictValueIterator,
        _ => Builtins.DictItemIterator,
    })
    {
        storage = dict.Storage;
        this.kind = kind;
        count = storage.Count;
    }

    public override bool TryNext(out PyObject item)
    {
        if (storage.Count != count)
        {
            pos = int.MaxValue;
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        }
        if (storage.Next(ref pos, out var k, out var v))
        {
            item = kind switch
            {
                DictViewKind.Keys => k,
                DictViewKind.Values => v,
                _ => new PyTuple([k, v]),
            };
            return true;
        }
        item = null!;
        return false;
    }
}
