namespace FatSharp.Interpreter.Objects;

/// <summary>NotImplemented and Ellipsis: singletons identified by their type.</summary>
public sealed class PySingleton : PyObject
{
    public static readonly PySingleton NotImplemented = new(Builtins.NotImplementedType, "NotImplemented");
    public static readonly PySingleton Ellipsis = new(Builtins.EllipsisType, "Ellipsis");

    public readonly string Name;

    private PySingleton(PyType type, string name) : base(type) => Name = name;
}
