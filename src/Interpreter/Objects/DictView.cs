namespace FatSharp.Interpreter.Objects;

public enum DictViewKind { Keys, Values, Items }

/// <summary>dict.keys(), dict.values(), dict.items(): live views of a dict.</summary>
public sealed class DictView(PyDict dict, DictViewKind kind) : PyObject(kind switch
{
    DictViewKind.Keys => Builtins.DictKeys,
    DictViewKind.Values => Builtins.DictValues,
    _ => Builtins.DictItems,
})
{
    public readonly PyDict Mapping = dict;
    public readonly DictViewKind Kind = kind;
}
