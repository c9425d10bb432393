namespace FatSharp.Interpreter.Execution;

/// <summary>
/// <c>f(a, b)</c> with only positional arguments. A Python function whose parameters are plain positional ones
/// gets its arguments evaluated straight into the new frame's slots: no argument array.
/// </summary>
internal sealed class CallPositionalNode(ExprNode func, ExprNode[] args) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var callee = func.Eval(f);
        if (callee is PyFunction pf)
        {
            if (pf.Specializations is not null) return CallSpecialized(f, pf);
            var code = pf.Code;
            if ((code.Flags & CodeFlags.SimpleArgs) != 0 && code.ArgCount == args.Length)
            {
                var frame = FunctionCalls.NewFrame(pf, code);
                var locals = frame.Locals;
                for (var i = 0; i < args.Length; i++) locals[i] = args[i].Eval(f);
                return FunctionCalls.Run(pf, frame);
            }
        }
        else if (callee is PyBuiltinFunction bf)
        {
            if (bf.FrameImpl is not null) return bf.FrameImpl(f, EvalAll(f), null);
            switch (args.Length)
            {
                case 0 when bf.Fast0 is not null: return bf.Fast0(bf.Self);
                case 1 when bf.Fast1 is not null: return bf.Fast1(bf.Self, args[0].Eval(f));
                case 2 when bf.Fast2 is not null:
                {
                    var a0 = args[0].Eval(f);
                    return bf.Fast2(bf.Self, a0, args[1].Eval(f));
                }
            }
        }
        return Modules.Fat.FrameNamespaceCalls.Call(f, callee, EvalAll(f), null);
    }

    /// <summary>
    /// A function with specialized versions: the arguments are evaluated first (guards see what they did); with up
    /// to three of them and guards that ignore arguments, they go straight into the chosen code's frame.
    /// </summary>
    private PyObject CallSpecialized(Frame f, PyFunction pf)
    {
        if (args.Length > 3 || pf.Specializations!.NeedsArguments) return SpecializationDispatch.Invoke(pf, null, EvalAll(f), null);
        PyObject? a0 = null, a1 = null, a2 = null;
        if (args.Length > 0) a0 = args[0].Eval(f);
        if (args.Length > 1) a1 = args[1].Eval(f);
        if (args.Length > 2) a2 = args[2].Eval(f);
        var code = FunctionCalls.SelectCodeAfterArguments(pf);
        if (code is null || (code.Flags & CodeFlags.SimpleArgs) == 0 || code.ArgCount != args.Length)
        {
            PyObject[] values = args.Length switch
            {
                0 => [],
                1 => [a0!],
                2 => [a0!, a1!],
                _ => [a0!, a1!, a2!],
            };
            if (code is null) return SpecializationDispatch.Invoke(pf, null, values, null);
            var bound = FunctionCalls.NewFrame(pf, code);
            ArgBinder.Bind(pf, code, bound.Locals, null, values, null);
            return FunctionCalls.Run(pf, bound);
        }
        var frame = FunctionCalls.NewFrame(pf, code);
        var locals = frame.Locals;
        if (args.Length > 0) locals[0] = a0!;
        if (args.Length > 1) locals[1] = a1!;
        if (args.Length > 2) locals[2] = a2!;
        return FunctionCalls.Run(pf, frame);
    }

    private PyObject[] EvalAll(Frame f)
    {
        var values = new PyObject[args.Length];
        for (var i = 0; i < args.Length; i++) values[i] = args[i].Eval(f);
        return values;
    }
}

/// <summary>
/// <c>obj.name(args)</c> with positional arguments: the method is found on the type (cached on the type version)
/// and called with the receiver, without creating a bound method.
/// </summary>
internal sealed class CallMethodNode(ExprNode obj, string name, ExprNode[] args) : ExprNode
{
    private readonly PyStr key = PyStr.Intern(name);
    private PyType? cachedType;
    private ulong cachedVersion;
    private PyObject? cachedDescr;

    public override PyObject Eval(Frame f)
    {
        var o = obj.Eval(f);
        var t = o.Type;
        if (o is not PyType && o is not PyModule && o is not PySuper && !t.HasGetAttrHook)
        {
            PyObject? descr;
            if (ReferenceEquals(t, cachedType) && t.Version == cachedVersion) descr = cachedDescr;
            else
            {
                descr = t.Lookup(key);
                cachedType = t;
                cachedVersion = t.Version;
                cachedDescr = descr;
            }
            if (descr is PyFunction pf && (o.Dict is null || o.Dict.Storage.Get(key) is null))
            {
                var code = FunctionCalls.SelectCode(pf);
                if (code is not null && (code.Flags & CodeFlags.SimpleArgs) != 0 && code.ArgCount == args.Length + 1)
                {
                    var frame = FunctionCalls.NewFrame(pf, code);
                    var locals = frame.Locals;
                    locals[0] = o;
                    for (var i = 0; i < args.Length; i++) locals[i + 1] = args[i].Eval(f);
                    return FunctionCalls.Run(pf, frame);
                }
                return FunctionCalls.InvokeWithSelf(pf, o, EvalArgs(f), null);
            }
            if (descr is PyMethodDescriptor md)
            {
                var fn = md.Function;
                switch (args.Length)
                {
                    case 0 when fn.Fast0 is not null: return fn.Fast0(o);
                    case 1 when fn.Fast1 is not null: return fn.Fast1(o, args[0].Eval(f));
                    case 2 when fn.Fast2 is not null:
                    {
                        var a0 = args[0].Eval(f);
                        return fn.Fast2(o, a0, args[1].Eval(f));
                    }
                }
                return md.CallWithSelf(o, EvalArgs(f), null);
            }
        }
        var callee = Ops.GetAttr(o, name);
        return Modules.Fat.FrameNamespaceCalls.Call(f, callee, EvalArgs(f), null);
    }

    private PyObject[] EvalArgs(Frame f)
    {
        if (args.Length == 0) return [];
        var values = new PyObject[args.Length];
        for (var i = 0; i < args.Length; i++) values[i] = args[i].Eval(f);
        return values;
    }
}

/// <summary>The general call: starred positionals, keywords and <c>**mapping</c>.</summary>
internal sealed class CallGeneralNode(ExprNode func, ExprNode[] args, bool[] starred, string?[] kwNames, ExprNode[] kwValues) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var callee = func.Eval(f);
        var values = new List<PyObject>(args.Length + kwValues.Length);
        for (var i = 0; i < args.Length; i++)
        {
            var v = args[i].Eval(f);
            if (starred[i])
            {
                if (v is PyTuple t) values.AddRange(t.Items);
                else
                {
                    var it = Ops.GetIterOrNull(v) ?? throw PyErr.TypeError($"{QualifiedCallableName(callee)} argument after * must be an iterable, not {v.Type.Name}");
                    while (Ops.TryNext(it, out var x)) values.Add(x);
                }
            }
            else values.Add(v);
        }
        List<string>? names = null;
        for (var i = 0; i < kwValues.Length; i++)
        {
            names ??= [];
            var v = kwValues[i].Eval(f);
            if (kwNames[i] is { } n)
            {
                if (names.Contains(n)) throw PyErr.TypeError($"{QualifiedCallableName(callee)} got multiple values for keyword argument '{n}'");
                names.Add(n);
                values.Add(v);
                continue;
            }
            if (v is PyDict d)
            {
                foreach (var kv in d.Storage.Items())
                {
                    if (kv.Key is not PyStr ks) throw PyErr.TypeError("keywords must be strings");
                    if (names.Contains(ks.Value)) throw PyErr.TypeError($"{QualifiedCallableName(callee)} got multiple values for keyword argument '{ks.Value}'");
                    names.Add(ks.Value);
                    values.Add(kv.Value);
                }
            }
            else
            {
                var keysFn = Ops.GetAttrOrNull(v, "keys") ?? throw PyErr.TypeError($"{QualifiedCallableName(callee)} argument after ** must be a mapping, not {v.Type.Name}");
                var it = Ops.GetIter(Ops.Call(keysFn, []));
                while (Ops.TryNext(it, out var key))
                {
                    var ks = key as PyStr ?? throw PyErr.TypeError("keywords must be strings");
                    if (names.Contains(ks.Value)) throw PyErr.TypeError($"{QualifiedCallableName(callee)} got multiple values for keyword argument '{ks.Value}'");
                    names.Add(ks.Value);
                    values.Add(Ops.GetItem(v, key));
                }
            }
        }
        var kw = names is null || names.Count == 0 ? null : names.ToArray();
        if (callee is PyBuiltinFunction { FrameImpl: { } fi }) return fi(f, [.. values], kw);
        return Modules.Fat.FrameNamespaceCalls.Call(f, callee, [.. values], kw);
    }

    /// <summary>CPython names functions with their module when merging ** mappings.</summary>
    private static string QualifiedCallableName(PyObject callee) => callee switch
    {
        PyFunction fn when fn.Module is PyStr m => m.Value + "." + fn.Qualname + "()",
        PyBoundMethod m => QualifiedCallableName(m.Function),
        _ => CallableName(callee),
    };

    internal static string CallableName(PyObject callee) => callee switch
    {
        PyFunction fn => fn.Qualname + "()",
        PyBuiltinFunction b => b.Name + "()",
        PyBoundMethod m => CallableName(m.Function),
        PyType t => t.Name + "()",
        _ => callee.Type.Name + " object",
    };
}

/// <summary>Zero-argument <c>super()</c>: the class from the <c>__class__</c> cell and the first argument.</summary>
internal sealed class SuperNode(int classCellSlot, int firstArgSlot, bool firstArgIsCell) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var cls = f.Cells?[classCellSlot].Value as PyType ?? throw PyErr.RuntimeError("super(): __class__ cell not found");
        if (firstArgSlot < 0) throw PyErr.RuntimeError("super(): no arguments");
        var self = firstArgIsCell ? f.Cells![firstArgSlot].Value : f.Locals[firstArgSlot];
        if (self is null) throw PyErr.RuntimeError("super(): arg[0] deleted");
        return BuiltinFunctions.MakeSuper(cls, self);
    }
}
