namespace FatSharp.Interpreter.Execution;

/// <summary>
/// <c>f(a, b)</c> with only positional arguments. A Python function whose parameters are plain positional ones
/// gets its arguments evaluated straight into the new frame's slots: no argument array.
/// </summary>
internal sealed class CallPositionalNode(ExprNode func, ExprNode[] args) : ExprNode
{
    public ExprNode Func => func;

    public ExprNode[] Args => args;

    public override PyObject Eval(Frame f) => Call(f, func.Eval(f), args);

    /// <summary>
    /// Calls <paramref name="callee"/> with the values of <paramref name="args"/>: Python functions with plain
    /// positional parameters get them evaluated into the new frame's slots, builtins with a fixed-arity entry and
    /// plain user classes (object's <c>__new__</c>, a Python <c>__init__</c>) are called without an argument array.
    /// </summary>
    internal static PyObject Call(Frame f, PyObject callee, ExprNode[] args)
    {
        if (callee is PyFunction pf)
        {
            if (pf.Specializations is not null) return CallSpecialized(f, pf, args);
            var code = pf.Code;
            if ((code.Flags & CodeFlags.SimpleArgs) != 0 && code.ArgCount == args.Length)
            {
                var frame = FunctionCalls.NewFrame(pf, code);
                var locals = frame.Locals;
                for (var i = 0; i < args.Length; i++) ObjectArrays.Store(locals, i, args[i].Eval(f));
                return FunctionCalls.Run(pf, frame);
            }
            if ((code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && args.Length <= code.ArgCount)
                return CallInto(f, pf, code, null, args, null, null);
        }
        else if (callee is PyBuiltinFunction bf)
        {
            if (bf.FrameImpl is not null) return bf.FrameImpl(f, EvalAll(f, args), null);
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
        else if (callee is PyBoundMethod { Function: PyFunction mf } bm)
        {
            // A bound Python method (a callback, append = obj.add): the receiver in slot 0, no argument array.
            var code = FunctionCalls.SelectCode(mf);
            if (code is not null && (code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && args.Length < code.ArgCount)
                return CallInto(f, mf, code, bm.Self, args, null, null);
        }
        else if (ReferenceEquals(callee, Builtins.Range))
        {
            // range(n) in a loop header or a comprehension: made directly from machine ints.
            var values = EvalAll(f, args);
            return SequenceTypes.SmallRange(values) ?? Modules.Fat.FrameNamespaceCalls.Call(f, callee, values, null);
        }
        else if (callee is PyType t && t.IsHeapType && ReferenceEquals(t.Type, Builtins.Type) && t.Layout == InstanceLayout.Object)
        {
            // A plain class: object.__new__ makes the instance, a Python __init__ gets it in slot 0.
            t.ConstructorLookups(out var newFn, out var init);
            if (init is PyFunction initFn && ReferenceEquals(newFn, ObjectNew) && ReferenceEquals(t.NewImpl, Builtins.Object.NewImpl))
            {
                var code = FunctionCalls.SelectCode(initFn);
                if (code is not null && (code.Flags & CodeFlags.SimpleArgs) != 0 && code.ArgCount == args.Length + 1)
                {
                    var obj = new PyInstance(t);
                    var frame = FunctionCalls.NewFrame(initFn, code);
                    var locals = frame.Locals;
                    ObjectArrays.Store(locals, 0, obj);
                    for (var i = 0; i < args.Length; i++) ObjectArrays.Store(locals, i + 1, args[i].Eval(f));
                    var r = FunctionCalls.Run(initFn, frame);
                    if (r is not PyNone) throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'");
                    return obj;
                }
                if (code is not null && (code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && args.Length < code.ArgCount)
                {
                    // An __init__ with defaults (Node(value) for def __init__(self, value, next=None)).
                    var obj = new PyInstance(t);
                    var r = CallInto(f, initFn, code, obj, args, null, null);
                    if (r is not PyNone) throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'");
                    return obj;
                }
            }
        }
        return Modules.Fat.FrameNamespaceCalls.Call(f, callee, EvalAll(f, args), null);
    }

    /// <summary>
    /// A function with specialized versions: the arguments are evaluated first (guards see what they did); with up
    /// to three of them and guards that ignore arguments, they go straight into the chosen code's frame.
    /// </summary>
    private static PyObject CallSpecialized(Frame f, PyFunction pf, ExprNode[] args)
    {
        if (args.Length > 3 || pf.Specializations!.NeedsArguments) return SpecializationDispatch.Invoke(pf, null, EvalAll(f, args), null);
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
        if (args.Length > 0) ObjectArrays.Store(locals, 0, a0!);
        if (args.Length > 1) ObjectArrays.Store(locals, 1, a1!);
        if (args.Length > 2) ObjectArrays.Store(locals, 2, a2!);
        return FunctionCalls.Run(pf, frame);
    }

    /// <summary>
    /// Calls <paramref name="pf"/> running <paramref name="code"/> (no <c>*args</c>/<c>**kwargs</c> parameter) with
    /// the values of <paramref name="args"/> evaluated straight into the new frame: <paramref name="first"/> (a
    /// receiver) and the positional values in the first slots, the last <c>kwSlots.Length</c> values (named
    /// keywords) in their parameters' slots, defaults for the parameters left.
    /// </summary>
    internal static PyObject CallInto(Frame f, PyFunction pf, PyCode code, PyObject? first, ExprNode[] args, int[]? kwSlots, string[]? kwNames)
    {
        var frame = FunctionCalls.NewFrame(pf, code);
        var locals = frame.Locals;
        var given = 0;
        if (first is not null) ObjectArrays.Store(locals, given++, first);
        var nkw = kwSlots?.Length ?? 0;
        var npos = args.Length - nkw;
        for (var i = 0; i < npos; i++) ObjectArrays.Store(locals, given++, args[i].Eval(f));
        for (var i = 0; i < nkw; i++) ObjectArrays.Store(locals, kwSlots![i], args[npos + i].Eval(f));
        if ((given < code.ArgCount || code.KwOnlyArgCount > 0) && !ArgBinder.FillDefaults(pf, code, locals, given))
            ArgBinder.Rebind(pf, code, locals, given, kwSlots, kwNames);
        return FunctionCalls.Run(pf, frame);
    }

    private static PyObject? objectNew;

    /// <summary>object.__new__ as stored in object's dict (a class that does not override it finds this one).</summary>
    private static PyObject ObjectNew => objectNew ??= Builtins.Object.TypeDict.Storage.GetStr("__new__")!;

    internal static PyObject[] EvalAll(Frame f, ExprNode[] args)
    {
        if (args.Length == 0) return [];
        var values = new PyObject[args.Length];
        for (var i = 0; i < args.Length; i++) values[i] = args[i].Eval(f);
        return values;
    }
}

/// <summary>
/// <c>abs(x)</c>, <c>len(x)</c> or <c>ord(x)</c> through a global name: when the name gives the builtins module's own
/// function (checked at every call), an int or float result is handed on unboxed, as for a builtin bound at compile
/// time (<see cref="ConstantBuiltinCalls"/>); anything else the name gives is called as usual.
/// </summary>
internal sealed class IntrinsicNameCallNode(ExprNode func, ExprNode arg, BuiltinIntrinsic intrinsic) : NumericNode
{
    private readonly ExprNode[] args = [arg];

    public override PyObject Eval(Frame f)
    {
        var callee = func.Eval(f);
        if (callee is PyBuiltinFunction bf && bf.Intrinsic == intrinsic)
        {
            if (intrinsic != BuiltinIntrinsic.Abs) return PyInt.FromLong(IntResult(arg.Eval(f)));
            var kind = AbsCallNode.Apply(f, bf, arg, out var l, out var d, out var boxed);
            return Number.Box(kind, l, d, boxed);
        }
        return CallPositionalNode.Call(f, callee, args);
    }

    public override NumberKind EvalNumber(Frame f, out long l, out double d, out PyObject? boxed)
    {
        var callee = func.Eval(f);
        if (callee is PyBuiltinFunction bf && bf.Intrinsic == intrinsic)
        {
            if (intrinsic == BuiltinIntrinsic.Abs) return AbsCallNode.Apply(f, bf, arg, out l, out d, out boxed);
            l = IntResult(arg.Eval(f));
            d = 0;
            boxed = null;
            return NumberKind.Long;
        }
        boxed = CallPositionalNode.Call(f, callee, args);
        return Number.Classify(boxed, out l, out d);
    }

    private long IntResult(PyObject x) => intrinsic == BuiltinIntrinsic.Len ? BuiltinFunctions.LenValue(x) : BuiltinFunctions.OrdValue(x);
}

/// <summary>
/// <c>obj.name(args)</c> with positional arguments, optionally followed by named keywords (<paramref name="kwNames"/>
/// names the last values of <paramref name="args"/>): the method is found on the type (cached on the type version)
/// and called with the receiver, without creating a bound method. Module functions, static and class methods
/// (through an instance or the class) and <c>super().name(args)</c> are called directly too; a method of an exact
/// builtin type (<c>list.append</c>) is called through its fixed-arity entry, remembered per call site.
/// </summary>
internal sealed class CallMethodNode(ExprNode obj, string name, ExprNode[] args, string[]? kwNames = null) : NumericNode
{
    private readonly PyStr key = PyStr.Intern(name);
    // super().name(args): the class and receiver come from the frame, no super object is made.
    private readonly SuperNode? superCall = obj as SuperNode;
    private readonly bool namesClass = name == "__class__";
    private AttributeCache cache;
    // Class receivers (Shape.clamp(...)): the class's own attribute, valid while its version and type's are unchanged.
    private PyType? cachedClass;
    private ulong cachedClassVersion, cachedMetaVersion;
    private PyObject? cachedClassAttr;
    private ModuleAttributeCache moduleCache;
    // A method of an exact builtin type whose instances have no attributes of their own (list.append, dict.get,
    // str.join): the receiver type and the method with a fixed-arity entry for this call's argument count.
    private PyType? builtinType;
    private ulong builtinVersion;
    private PyBuiltinFunction? builtinMethod;
    // super().name: what the MRO of the receiver's type gives after the class, valid while that type's version is unchanged.
    private PyType? superClass, superObjType;
    private ulong superVersion;
    private PyObject? superAttr;
    private KeywordSlotsCache keywordSlots;

    public override PyObject Eval(Frame f)
    {
        if (superCall is not null) return CallSuper(f);
        var o = obj.Eval(f);
        var t = o.Type;
        if (ReferenceEquals(t, builtinType) && t.Version == builtinVersion) return CallBuiltin(f, builtinMethod!, o);
        return Dispatch(f, o);
    }

    /// <summary>A float function of a module (math.sqrt(x)) takes and gives an unboxed double; anything else is a call.</summary>
    public override NumberKind EvalNumber(Frame f, out long l, out double d, out PyObject? boxed)
    {
        PyObject v;
        if (superCall is not null) v = CallSuper(f);
        else
        {
            var o = obj.Eval(f);
            if (DoubleFunction(o) is { } fn)
            {
                d = fn(DoubleArgument(f));
                l = 0;
                boxed = null;
                return NumberKind.Double;
            }
            var t = o.Type;
            v = ReferenceEquals(t, builtinType) && t.Version == builtinVersion ? CallBuiltin(f, builtinMethod!, o) : Dispatch(f, o);
        }
        boxed = v;
        return Number.Classify(v, out l, out d);
    }

    private Func<double, double>? DoubleFunction(PyObject o) =>
        args.Length == 1 && kwNames is null && o is PyModule m && ReferenceEquals(o.Type, Builtins.Module)
        && moduleCache.Get(m, key) is PyBuiltinFunction { DoubleFast: { } fn } ? fn : null;

    private double DoubleArgument(Frame f) => args[0].EvalNumber(f, out var l, out var d, out var a) switch
    {
        NumberKind.Double => d,
        NumberKind.Long => l,
        _ => Ops.ToDouble(a!),
    };

    /// <summary>Calls the fixed-arity entry of <paramref name="fn"/> for this call's argument count (it exists).</summary>
    private PyObject CallBuiltin(Frame f, PyBuiltinFunction fn, PyObject o)
    {
        switch (args.Length)
        {
            case 0: return fn.Fast0!(o);
            case 1: return fn.Fast1!(o, args[0].Eval(f));
            default:
            {
                var a0 = args[0].Eval(f);
                return fn.Fast2!(o, a0, args[1].Eval(f));
            }
        }
    }

    private bool HasFastEntry(PyBuiltinFunction fn) => kwNames is null && args.Length switch
    {
        0 => fn.Fast0 is not null,
        1 => fn.Fast1 is not null,
        2 => fn.Fast2 is not null,
        _ => false,
    };

    private PyObject Dispatch(Frame f, PyObject o)
    {
        var t = o.Type;
        if (o is PyModule m)
        {
            if (ReferenceEquals(t, Builtins.Module) && moduleCache.Get(m, key) is { } member)
            {
                if (member is PyBuiltinFunction { DoubleFast: { } fn } && args.Length == 1 && kwNames is null) return new PyFloat(fn(DoubleArgument(f)));
                return CallWithoutFirst(f, member);
            }
        }
        else if (o is PyType cls)
        {
            if (ReferenceEquals(t, Builtins.Type) && ClassAttribute(cls) is { } attr)
            {
                switch (attr)
                {
                    case PyStaticMethod sm: return CallWithoutFirst(f, sm.Callable);
                    case PyClassMethod cm: return CallWithFirst(f, cm.Callable, cls);
                    case PyFunction pf: return CallWithoutFirst(f, pf);
                }
            }
        }
        else if (o is PySuper sup)
        {
            if (sup.Obj is { } self && !ReferenceEquals(self, sup.ObjType) && !namesClass
                && SuperLookup(sup.ObjType ?? sup.ThisType, sup.ThisType) is PyFunction fn)
                return CallWithFirst(f, fn, self);
        }
        else if (!t.HasGetAttrHook)
        {
            var descr = cache.Lookup(t, key);
            if (descr is PyFunction pf)
            {
                if (o.GetOwnAttribute(key) is null) return CallWithFirst(f, pf, o);
            }
            else if (descr is PyMethodDescriptor md)
            {
                if (o.GetOwnAttribute(key) is null)
                {
                    var fn = md.Function;
                    if (HasFastEntry(fn) && t.IsSubtypeOf(md.Owner))
                    {
                        // Instances of builtin types other than functions and exceptions never have attributes of
                        // their own, so the next calls with this receiver type skip straight to the entry.
                        if (!t.IsHeapType && o is not (PyFunction or PyBaseException))
                        {
                            builtinType = t;
                            builtinVersion = t.Version;
                            builtinMethod = fn;
                        }
                        return CallBuiltin(f, fn, o);
                    }
                    return md.CallWithSelf(o, CallPositionalNode.EvalAll(f, args), kwNames);
                }
            }
            else if (descr is PyStaticMethod or PyClassMethod && o.GetOwnAttribute(key) is null)
            {
                if (descr is PyStaticMethod sm) return CallWithoutFirst(f, sm.Callable);
                return CallWithFirst(f, ((PyClassMethod)descr).Callable, t);
            }
        }
        var callee = Ops.GetAttr(o, name);
        return CallArray(f, callee, null);
    }

    /// <summary>
    /// <c>super().name(args)</c> without a super object when the name gives a Python function; anything else
    /// goes through a super object and the general dispatch.
    /// </summary>
    private PyObject CallSuper(Frame f)
    {
        var self = superCall!.Operands(f, out var cls);
        if (self is not PyType && !namesClass)
        {
            var st = self.Type;
            PyObject? attr;
            if (ReferenceEquals(st, superObjType) && ReferenceEquals(cls, superClass) && st.Version == superVersion) attr = superAttr;
            else
            {
                var version = st.Version;
                if (!st.IsSubtypeOf(cls)) throw PyErr.TypeError("super(type, obj): obj must be an instance or subtype of type");
                attr = SuperLookup(st, cls);
                superObjType = st;
                superClass = cls;
                superVersion = version;
                superAttr = attr;
            }
            if (attr is PyFunction pf) return CallWithFirst(f, pf, self);
        }
        return Dispatch(f, BuiltinFunctions.MakeSuper(cls, self));
    }

    /// <summary>Calls <paramref name="fn"/> with <paramref name="first"/> before the arguments (the receiver).</summary>
    private PyObject CallWithFirst(Frame f, PyObject fn, PyObject first)
    {
        if (fn is PyFunction pf)
        {
            var code = FunctionCalls.SelectCode(pf);
            if (code is not null)
            {
                if (kwNames is null)
                {
                    if ((code.Flags & CodeFlags.SimpleArgs) != 0 && code.ArgCount == args.Length + 1)
                    {
                        var frame = FunctionCalls.NewFrame(pf, code);
                        var locals = frame.Locals;
                        ObjectArrays.Store(locals, 0, first);
                        for (var i = 0; i < args.Length; i++) ObjectArrays.Store(locals, i + 1, args[i].Eval(f));
                        return FunctionCalls.Run(pf, frame);
                    }
                    if ((code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && args.Length < code.ArgCount)
                        return CallPositionalNode.CallInto(f, pf, code, first, args, null, null);
                }
                else if (keywordSlots.For(code, args.Length - kwNames.Length + 1, kwNames) is { } slots)
                    return CallPositionalNode.CallInto(f, pf, code, first, args, slots, kwNames);
            }
            return FunctionCalls.InvokeWithSelf(pf, first, CallPositionalNode.EvalAll(f, args), kwNames);
        }
        return CallArray(f, fn, first);
    }

    /// <summary>Calls <paramref name="callee"/> with the arguments only (a module function, a static method).</summary>
    private PyObject CallWithoutFirst(Frame f, PyObject callee)
    {
        if (kwNames is null) return CallPositionalNode.Call(f, callee, args);
        if (callee is PyFunction pf && FunctionCalls.SelectCode(pf) is { } code
            && keywordSlots.For(code, args.Length - kwNames.Length, kwNames) is { } slots)
            return CallPositionalNode.CallInto(f, pf, code, null, args, slots, kwNames);
        return CallArray(f, callee, null);
    }

    private PyObject CallArray(Frame f, PyObject callee, PyObject? first)
    {
        var values = CallPositionalNode.EvalAll(f, args);
        // A receiver goes where a bound method would put it (a builtin class method gets it as its self).
        if (first is not null) return Ops.CallWithSelf(callee, first, values, kwNames);
        if (callee is PyBuiltinFunction { FrameImpl: { } fi }) return fi(f, values, kwNames);
        return Modules.Fat.FrameNamespaceCalls.Call(f, callee, values, kwNames);
    }

    /// <summary>The attribute a class finds for itself when its metatype (exactly <c>type</c>) has none of that name.</summary>
    private PyObject? ClassAttribute(PyType cls)
    {
        var meta = Builtins.Type;
        if (ReferenceEquals(cls, cachedClass) && cls.Version == cachedClassVersion && meta.Version == cachedMetaVersion)
            return cachedClassAttr;
        var attr = meta.Lookup(key) is null ? cls.Lookup(key) : null;
        cachedClass = cls;
        cachedClassVersion = cls.Version;
        cachedMetaVersion = meta.Version;
        cachedClassAttr = attr;
        return attr;
    }

    /// <summary>The attribute <c>name</c> in the MRO of <paramref name="objType"/> after <paramref name="thisType"/>, or null.</summary>
    private PyObject? SuperLookup(PyType objType, PyType thisType)
    {
        var mro = objType.Mro;
        var i = Array.IndexOf(mro, thisType) + 1;
        for (; i > 0 && i < mro.Length; i++)
        {
            var v = mro[i].TypeDict.Storage.Get(key);
            if (v is not null) return v;
        }
        return null;
    }
}

/// <summary>
/// <c>f(a, k=v)</c>: positional values then named keywords (distinct names, no unpacking). A Python function gets
/// them evaluated straight into its frame, the keywords at slots the node remembers per code object.
/// </summary>
internal sealed class CallKeywordsNode(ExprNode func, ExprNode[] args, string[] kwNames) : ExprNode
{
    private KeywordSlotsCache keywordSlots;

    public override PyObject Eval(Frame f)
    {
        var callee = func.Eval(f);
        if (callee is PyFunction pf && FunctionCalls.SelectCode(pf) is { } code
            && keywordSlots.For(code, args.Length - kwNames.Length, kwNames) is { } slots)
            return CallPositionalNode.CallInto(f, pf, code, null, args, slots, kwNames);
        var values = CallPositionalNode.EvalAll(f, args);
        if (callee is PyBuiltinFunction { FrameImpl: { } fi }) return fi(f, values, kwNames);
        return Modules.Fat.FrameNamespaceCalls.Call(f, callee, values, kwNames);
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
        var self = Operands(f, out var cls);
        return BuiltinFunctions.MakeSuper(cls, self);
    }

    /// <summary>The class from the <c>__class__</c> cell and the first argument of the running function.</summary>
    internal PyObject Operands(Frame f, out PyType cls)
    {
        cls = f.Cells?[classCellSlot].Value as PyType ?? throw PyErr.RuntimeError("super(): __class__ cell not found");
        if (firstArgSlot < 0) throw PyErr.RuntimeError("super(): no arguments");
        var self = firstArgIsCell ? f.Cells![firstArgSlot].Value : f.ReadLocal(firstArgSlot);
        if (self is null) throw PyErr.RuntimeError("super(): arg[0] deleted");
        return self;
    }
}
