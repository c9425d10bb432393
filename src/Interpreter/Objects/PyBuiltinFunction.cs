namespace FatSharp.Interpreter.Objects;

/// <summary>General calling convention of builtins: positional and keyword values in one array, names of the last ones in <c>kwNames</c>.</summary>
public delegate PyObject BuiltinCall(PyObject? self, PyObject[] args, string[]? kwNames);

/// <summary>
/// A function or method implemented in C#. Optional fixed-arity delegates let calls with 0-2 positional arguments
/// skip the argument array. <see cref="Self"/> is set for methods bound to an object.
/// </summary>
public sealed class PyBuiltinFunction : PyObject
{
    public readonly string Name;
    public readonly BuiltinCall Impl;
    public readonly Func<PyObject?, PyObject>? Fast0;
    public readonly Func<PyObject?, PyObject, PyObject>? Fast1;
    public readonly Func<PyObject?, PyObject, PyObject, PyObject>? Fast2;
    public readonly PyObject? Self;
    public readonly PyType? Owner;
    public string? Doc;
    /// <summary>The module a module-level builtin belongs to (its <c>__self__</c>).</summary>
    public PyModule? Module;

    /// <summary>Records <paramref name="module"/> as the owner of the builtin functions in its namespace.</summary>
    public static void AdoptModuleFunctions(PyModule module)
    {
        foreach (var (_, v) in module.ModuleDict.Storage.Items())
            if (v is PyBuiltinFunction { Self: null, Owner: null, Module: null } bf) bf.Module = module;
    }

    /// <summary>Set on the builtins module's own abs, len, ord and chr (never on copies or bound methods).</summary>
    internal BuiltinIntrinsic Intrinsic;

    /// <summary>
    /// For functions of one float returning a float (math.sqrt...): the same computation and errors on an unboxed
    /// argument, so arithmetic around the call needs no float objects.
    /// </summary>
    public Func<double, double>? DoubleFast;

    /// <summary>For builtins that need the caller's frame (globals(), locals(), vars(), exec/eval defaults).</summary>
    internal Func<Frame, PyObject[], string[]?, PyObject>? FrameImpl;

    public PyBuiltinFunction(string name, BuiltinCall impl, PyObject? self = null, PyType? owner = null,
        Func<PyObject?, PyObject>? fast0 = null, Func<PyObject?, PyObject, PyObject>? fast1 = null,
        Func<PyObject?, PyObject, PyObject, PyObject>? fast2 = null)
        : base(Builtins.BuiltinFunction)
    {
        Name = name;
        Impl = impl;
        Self = self;
        Owner = owner;
        Fast0 = fast0;
        Fast1 = fast1;
        Fast2 = fast2;
    }

    public PyBuiltinFunction Bind(PyObject self) => new(Name, Impl, self, Owner, Fast0, Fast1, Fast2) { Doc = Doc, FrameImpl = FrameImpl, DoubleFast = DoubleFast };

    public PyObject Call(PyObject[] args, string[]? kwNames)
    {
        if (kwNames is null)
        {
            switch (args.Length)
            {
                case 0 when Fast0 is not null: return Fast0(Self);
                case 1 when Fast1 is not null: return Fast1(Self, args[0]);
                case 2 when Fast2 is not null: return Fast2(Self, args[0], args[1]);
            }
        }
        return Impl(Self, args, kwNames);
    }
}
