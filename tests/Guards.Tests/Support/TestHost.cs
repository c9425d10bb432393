namespace FatSharp.Guards.Tests.Support;

/// <summary>A guard host over plain objects: the "current frame" namespaces are settable.</summary>
public sealed class TestHost : IGuardHost<object>
{
    public TestHost(VersionedDict<object, object>? globals, VersionedDict<object, object>? builtins)
    {
        CurrentGlobals = globals;
        CurrentBuiltins = builtins;
        InitialBuiltins = builtins?.Copy() ?? NewDict();
    }

    public VersionedDict<object, object>? CurrentGlobals { get; set; }

    public VersionedDict<object, object>? CurrentBuiltins { get; set; }

    public VersionedDict<object, object> InitialBuiltins { get; }

    public static VersionedDict<object, object> NewDict() => new(ObjectKeyComparer.Instance);

    public void GetCurrentNamespaces(out VersionedDict<object, object>? globals, out VersionedDict<object, object>? builtins)
    {
        globals = CurrentGlobals;
        builtins = CurrentBuiltins;
    }

    public object TypeOf(object value) => value switch
    {
        TestObject o => o.Type ?? throw new InvalidOperationException("object without a type"),
        _ => value.GetType(),
    };

    public object CodeOf(object function) =>
        ((TestObject)function).Code ?? throw new InvalidOperationException("not a function");

    public Exception ValueError(string message) => new TestPythonError("ValueError", message);

    public Exception RuntimeError(string message) => new TestPythonError("RuntimeError", message);
}
