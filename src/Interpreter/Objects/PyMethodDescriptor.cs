namespace FatSharp.Interpreter.Objects;

/// <summary>
/// A C# method stored in a builtin type's dict (<c>list.append</c>). Looking it up on an instance binds it; the
/// method-call node calls it directly with the receiver, without creating a bound object.
/// </summary>
public sealed class PyMethodDescriptor : PyObject
{
    public readonly PyBuiltinFunction Function;
    public readonly PyType Owner;

    public PyMethodDescriptor(PyType owner, PyBuiltinFunction function) : base(Builtins.MethodDescriptor)
    {
        Owner = owner;
        Function = function;
    }

    public string Name => Function.Name;

    public PyObject CallWithSelf(PyObject self, PyObject[] args, string[]? kwNames)
    {
        if (!self.Type.IsSubtypeOf(Owner))
            throw PyErr.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
        var f = Function;
        if (kwNames is null)
        {
            switch (args.Length)
            {
                case 0 when f.Fast0 is not null: return f.Fast0(self);
                case 1 when f.Fast1 is not null: return f.Fast1(self, args[0]);
                case 2 when f.Fast2 is not null: return f.Fast2(self, args[0], args[1]);
            }
        }
        return f.Impl(self, args, kwNames);
    }
}
