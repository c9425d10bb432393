namespace FatSharp.Interpreter.Runtime;

public static partial class Ops
{
    public static PyObject GetAttr(PyObject o, string name) =>
        GetAttrOrNull(o, name) ?? throw AttributeMissing(o, name);

    public static PythonException AttributeMissing(PyObject o, string name) => o switch
    {
        PyType t => PyErr.AttributeError($"type object '{t.Name}' has no attribute '{name}'"),
        PyModule m => PyErr.AttributeError($"module '{m.Name}' has no attribute '{name}'"),
        _ => PyErr.AttributeError($"'{o.Type.Name}' object has no attribute '{name}'"),
    };

    /// <summary>Attribute lookup that reports "missing" as null instead of raising (getattr with default, hasattr).</summary>
    public static PyObject? GetAttrOrNull(PyObject o, string name)
    {
        if (o is PyType t) return TypeGetAttr(t, name);
        if (o is PyModule m)
        {
            var v = m.ModuleDict.Storage.GetStr(name);
            if (v is not null) return v;
            var d = m.Type.Lookup(name);
            if (d is not null) return BindDescriptor(d, o, o.Type);
            if (m.ModuleDict.Storage.GetStr("__getattr__") is { } hook) return CallOrNullOnAttributeError(hook, new PyStr(name));
            return null;
        }
        if (o is PySuper s) return SuperGetAttr(s, name);
        var type = o.Type;
        if (type.HasGetAttrHook) return HookedGetAttr(o, name);
        return GenericGetAttr(o, name, type.Lookup(name));
    }

    /// <summary>object.__getattribute__ given the class attribute already looked up (the node caches that lookup).</summary>
    public static PyObject? GenericGetAttr(PyObject o, string name, PyObject? descr)
    {
        if (descr is not null && !IsPlainValue(descr))
        {
            switch (descr)
            {
                case PyProperty p:
                    if (p.Fget is null) throw PyErr.AttributeError($"property '{p.Name ?? name}' of '{o.Type.Name}' object has no getter");
                    return Call1(p.Fget, o);
                case PyGetSetDescriptor g:
                    return g.Get(o);
            }
            if (descr.Type.IsHeapType && descr.Type.Lookup("__get__") is { } get && descr.Type.Lookup("__set__") is not null)
                return Call3(get, descr, o, o.Type);
        }
        var v = o.GetOwnAttribute(PyStr.Intern(name));
        if (v is not null) return v;
        return descr is null ? null : BindDescriptor(descr, o, o.Type);
    }

    private static bool IsPlainValue(PyObject d) => d is PyInt or PyStr or PyFloat or PyNone or PyTuple or PyFunction or PyMethodDescriptor;

    private static PyObject? HookedGetAttr(PyObject o, string name)
    {
        var type = o.Type;
        var getattribute = type.Lookup("__getattribute__");
        try
        {
            PyObject? r = getattribute is PyFunction ga
                ? Call2(ga, o, PyStr.Intern(name))
                : GenericGetAttr(o, name, type.Lookup(name));
            if (r is not null) return r;
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.AttributeError))
        {
            if (type.Lookup("__getattr__") is null) throw;
        }
        var ga2 = type.Lookup("__getattr__");
        return ga2 is null ? null : Call2(ga2, o, PyStr.Intern(name));
    }

    private static PyObject? CallOrNullOnAttributeError(PyObject f, PyObject arg)
    {
        try { return Call1(f, arg); }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.AttributeError)) { return null; }
    }

    /// <summary>The descriptor protocol's <c>__get__</c> for a class attribute found on <paramref name="type"/>.</summary>
    public static PyObject BindDescriptor(PyObject descr, PyObject? obj, PyType type)
    {
        switch (descr)
        {
            case PyFunction f: return obj is null ? f : new PyBoundMethod(f, obj);
            case PyMethodDescriptor md: return obj is null ? md : md.Function.Bind(obj);
            case PyClassMethod cm: return new PyBoundMethod(cm.Callable, type);
            case PyStaticMethod sm: return sm.Callable;
            case PyProperty p:
                if (obj is null) return p;
                if (p.Fget is null) throw PyErr.AttributeError($"property '{p.Name}' of '{type.Name}' object has no getter");
                return Call1(p.Fget, obj);
            case PyGetSetDescriptor g: return obj is null ? g : g.Get(obj);
            case PyInt or PyStr or PyNone or PyTuple or PyFloat or PyList or PyDict or PyType or PyBuiltinFunction: return descr;
        }
        if (descr.Type.IsHeapType && descr.Type.Lookup("__get__") is { } get)
            return Call3(get, descr, obj ?? PyNone.Value, type);
        return descr;
    }

    private static PyObject? TypeGetAttr(PyType t, string name)
    {
        var meta = t.Type;
        var metaDescr = meta.Lookup(name);
        if (metaDescr is PyGetSetDescriptor or PyProperty) return BindDescriptor(metaDescr, t, meta);
        var v = t.Lookup(name);
        if (v is not null)
        {
            return v switch
            {
                PyFunction or PyMethodDescriptor or PyProperty or PyGetSetDescriptor => v,
                PyClassMethod cm => new PyBoundMethod(cm.Callable, t),
                PyStaticMethod sm => sm.Callable,
                _ when v.Type.IsHeapType && v.Type.Lookup("__get__") is { } get => Call3(get, v, PyNone.Value, t),
                _ => v,
            };
        }
        if (metaDescr is not null) return BindDescriptor(metaDescr, t, meta);
        if (meta.IsHeapType && meta.Lookup("__getattr__") is { } hook) return CallOrNullOnAttributeError(new PyBoundMethod(hook, t), PyStr.Intern(name));
        return null;
    }

    private static PyObject? SuperGetAttr(PySuper s, string name)
    {
        if (name == "__class__") return s.Type;
        var startType = s.ObjType ?? s.ThisType;
        var mro = startType.Mro;
        var i = Array.IndexOf(mro, s.ThisType) + 1;
        for (; i > 0 && i < mro.Length; i++)
        {
            var v = mro[i].TypeDict.Storage.GetStr(name);
            if (v is null) continue;
            if (s.Obj is null || ReferenceEquals(s.Obj, s.ObjType)) // super(cls, cls): class-level binding
            {
                return v switch
                {
                    PyClassMethod cm => new PyBoundMethod(cm.Callable, s.ObjType ?? s.ThisType),
                    PyStaticMethod sm => sm.Callable,
                    _ => v,
                };
            }
            return BindDescriptor(v, s.Obj, s.ObjType!);
        }
        return GenericGetAttr(s, name, s.Type.Lookup(name));
    }

    public static void SetAttr(PyObject o, string name, PyObject? value)
    {
        if (o is PyType t)
        {
            var meta = t.Type.Lookup(name);
            if (meta is PyGetSetDescriptor g && g.Set is not null)
            {
                g.Set(t, value);
                return;
            }
            if (!t.IsHeapType)
                throw PyErr.TypeError($"cannot set '{name}' attribute of immutable type '{t.Name}'");
            t.SetTypeAttr(name, value);
            return;
        }
        var type = o.Type;
        if (type.HasSetAttrHook)
        {
            var hook = type.Lookup(value is null ? "__delattr__" : "__setattr__");
            if (hook is PyFunction)
            {
                if (value is null) Call2(hook, o, PyStr.Intern(name));
                else Call3(hook, o, PyStr.Intern(name), value);
                return;
            }
        }
        GenericSetAttr(o, name, value);
    }

    public static void GenericSetAttr(PyObject o, string name, PyObject? value)
    {
        var type = o.Type;
        var descr = type.Lookup(name);
        if (descr is not null && !IsPlainValue(descr))
        {
            switch (descr)
            {
                case PyProperty p:
                    var f = value is null ? p.Fdel : p.Fset;
                    if (f is null)
                        throw PyErr.AttributeError(value is null
                            ? $"property '{p.Name ?? name}' of '{type.Name}' object has no deleter"
                            : $"property '{p.Name ?? name}' of '{type.Name}' object has no setter");
                    if (value is null) Call1(f, o);
                    else Call2(f, o, value);
                    return;
                case PyGetSetDescriptor g:
                    if (g.Set is null) throw PyErr.AttributeError($"attribute '{name}' of '{g.Owner.Name}' objects is not writable");
                    g.Set(o, value);
                    return;
            }
            if (descr.Type.IsHeapType)
            {
                var m = descr.Type.Lookup(value is null ? "__delete__" : "__set__");
                if (m is not null)
                {
                    if (value is null) Call2(m, descr, o);
                    else Call3(m, descr, o, value);
                    return;
                }
            }
        }
        if (value is not null && o is PyInstance inst && type.IsHeapType && !type.NoInstanceDict)
        {
            inst.SetOwnAttribute(PyStr.Intern(name), value);
            return;
        }
        var d = o.GetOrCreateDict();
        if (d is null)
        {
            if (descr is not null && !type.IsHeapType)
                throw PyErr.AttributeError($"'{type.Name}' object attribute '{name}' is read-only");
            throw PyErr.AttributeError($"'{type.Name}' object has no attribute '{name}'");
        }
        if (value is null)
        {
            if (!d.Storage.RemoveStr(name)) throw PyErr.AttributeError($"'{type.Name}' object has no attribute '{name}'");
        }
        else d.Storage.SetStr(name, value);
    }

    // ---------------------------------------------------------------- calls
    public static PyObject Call(PyObject callable, PyObject[] args, string[]? kwNames = null)
    {
        switch (callable)
        {
            case PyFunction f: return FunctionCalls.Invoke(f, args, kwNames);
            case PyBuiltinFunction b: return b.Call(args, kwNames);
            case PyBoundMethod m: return CallWithSelf(m.Function, m.Self, args, kwNames);
            case PyType t: return TypeCall(t, args, kwNames);
            case PyMethodDescriptor md:
                if (args.Length == 0) throw PyErr.TypeError($"unbound method {md.Owner.Name}.{md.Name}() needs an argument");
                return md.CallWithSelf(args[0], args[1..], kwNames);
            case PyStaticMethod sm: return Call(sm.Callable, args, kwNames);
            case PyGenericAlias ga: return GenericAliasMethods.Call(ga, args, kwNames);
        }
        var call = callable.Type.Lookup("__call__");
        if (call is null || (callable.Type.IsHeapType && call is PyMethodDescriptor))
            throw PyErr.TypeError($"'{callable.Type.Name}' object is not callable");
        return CallWithSelf(call, callable, args, kwNames);
    }

    /// <summary>Calls a method found on a type with an explicit receiver, avoiding a bound-method object.</summary>
    public static PyObject CallWithSelf(PyObject function, PyObject self, PyObject[] args, string[]? kwNames)
    {
        switch (function)
        {
            case PyFunction f: return FunctionCalls.InvokeWithSelf(f, self, args, kwNames);
            case PyMethodDescriptor md: return md.CallWithSelf(self, args, kwNames);
            case PyBuiltinFunction { Self: null } bf: return bf.Impl(self, args, kwNames);
        }
        var all = new PyObject[args.Length + 1];
        all[0] = self;
        Array.Copy(args, 0, all, 1, args.Length);
        return Call(function, all, kwNames);
    }

    /// <summary>Calls a dunder method found by type lookup (descriptor semantics of staticmethod/classmethod honoured).</summary>
    public static PyObject CallMethod(PyObject method, PyObject self) => method switch
    {
        PyFunction f => FunctionCalls.Invoke1(f, self),
        PyMethodDescriptor md => md.CallWithSelf(self, [], null),
        _ => Call(BindDescriptor(method, self, self.Type), []),
    };

    public static PyObject CallMethod(PyObject method, PyObject self, PyObject arg) => method switch
    {
        PyFunction f => FunctionCalls.Invoke2(f, self, arg),
        PyMethodDescriptor md => md.CallWithSelf(self, [arg], null),
        _ => Call(BindDescriptor(method, self, self.Type), [arg]),
    };

    public static PyObject CallMethod(PyObject method, PyObject self, PyObject a, PyObject b) => method switch
    {
        PyFunction f => FunctionCalls.Invoke(f, [self, a, b], null),
        _ => Call(BindDescriptor(method, self, self.Type), [a, b]),
    };

    public static PyObject CallMethod(PyObject method, PyObject self, PyObject a, PyObject b, PyObject c) => method switch
    {
        PyFunction f => FunctionCalls.Invoke(f, [self, a, b, c], null),
        _ => Call(BindDescriptor(method, self, self.Type), [a, b, c]),
    };

    public static PyObject Call0(PyObject f) => f is PyFunction pf ? FunctionCalls.Invoke(pf, [], null) : Call(f, []);
    public static PyObject Call1(PyObject f, PyObject a) => f is PyFunction pf ? FunctionCalls.Invoke1(pf, a) : Call(f, [a]);
    public static PyObject Call2(PyObject f, PyObject a, PyObject b) => f is PyFunction pf ? FunctionCalls.Invoke2(pf, a, b) : Call(f, [a, b]);
    public static PyObject Call3(PyObject f, PyObject a, PyObject b, PyObject c) => Call(f, [a, b, c]);

    /// <summary>Looks up a method by name (instance attribute rules) and calls it.</summary>
    public static PyObject CallMethodByName(PyObject o, string name, params PyObject[] args)
    {
        var descr = o.Type.Lookup(name);
        if (descr is PyFunction or PyMethodDescriptor && o.GetOwnAttribute(PyStr.Intern(name)) is null && !o.Type.HasGetAttrHook && o is not PyType)
            return CallWithSelf(descr, o, args, null);
        return Call(GetAttr(o, name), args);
    }

    /// <summary>Calling a type: <c>__new__</c> then <c>__init__</c>, or the metaclass's <c>__call__</c>.</summary>
    public static PyObject TypeCall(PyType t, PyObject[] args, string[]? kwNames)
    {
        if (ReferenceEquals(t, Builtins.Type) && args.Length == 1 && kwNames is null) return args[0].Type;
        if (t.Type.IsHeapType && t.Type.Lookup("__call__") is PyFunction metaCall)
            return FunctionCalls.InvokeWithSelf(metaCall, t, args, kwNames);
        return TypeNewAndInit(t, args, kwNames);
    }

    public static PyObject TypeNewAndInit(PyType t, PyObject[] args, string[]? kwNames)
    {
        PyObject obj;
        t.ConstructorLookups(out var newFn, out var init0);
        if (newFn is PyStaticMethod { Callable: not PyBuiltinFunction } sm)
        {
            var all = new PyObject[args.Length + 1];
            all[0] = t;
            Array.Copy(args, 0, all, 1, args.Length);
            obj = Call(sm.Callable, all, kwNames);
        }
        else
        {
            if (t.NewImpl is null) throw PyErr.TypeError($"cannot create '{TypeQualifiedName(t)}' instances");
            if (!t.IsHeapType) return t.NewImpl(t, args, kwNames);
            if (args.Length > 0 && init0 is null or PyMethodDescriptor && ReferenceEquals(t.SolidBase, Builtins.Object))
                throw PyErr.TypeError($"{t.Name}() takes no arguments");
            obj = t.NewImpl(t, args, kwNames);
        }
        if (!obj.Type.IsSubtypeOf(t)) return obj;
        PyObject? init;
        if (ReferenceEquals(obj.Type, t)) init = init0;
        else obj.Type.ConstructorLookups(out _, out init);
        if (init is PyFunction initFn)
        {
            var r = FunctionCalls.InvokeWithSelf(initFn, obj, args, kwNames);
            if (r is not PyNone) throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'");
        }
        else if (init is not null and not PyMethodDescriptor)
        {
            CallWithSelf(init, obj, args, kwNames);
        }
        else if (init is PyMethodDescriptor md && !ReferenceEquals(md.Owner, Builtins.Object) && md.Owner.Layout != InstanceLayout.Exception)
        {
            md.CallWithSelf(obj, args, kwNames);
        }
        return obj;
    }
}
