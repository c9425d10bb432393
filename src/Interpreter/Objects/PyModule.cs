namespace FatSharp.Interpreter.Objects;

public sealed class PyModule : PyObject
{
    public readonly PyDict ModuleDict;

    public PyModule(string name, PyDict? dict = null) : base(Builtins.Module)
    {
        ModuleDict = dict ?? new PyDict();
        if (ModuleDict.GetItem("__name__") is null) ModuleDict.SetItem("__name__", new PyStr(name));
        foreach (var k in (string[])["__doc__", "__package__", "__loader__", "__spec__"])
            if (ModuleDict.GetItem(k) is null) ModuleDict.SetItem(k, PyNone.Value);
    }

    public override PyDict Dict => ModuleDict;

    public override PyDict GetOrCreateDict() => ModuleDict;

    public string Name => ModuleDict.GetItem("__name__") is PyStr s ? s.Value : "?";
}
