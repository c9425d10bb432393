namespace FatSharp.Interpreter.Runtime;

/// <summary>function, method, property, staticmethod, classmethod, super, cell, code and module types.</summary>
public static class FunctionTypes
{
    public static void Register()
    {
        var f = Builtins.Function;
        // types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
        f.NewImpl = (cls, a, k) =>
        {
            var kw = ArgParse.Keywords("function", a, k, "code", "globals", "name", "argdefs", "closure");
            var pos = ArgParse.PositionalOnly(a, k);
            PyObject? Arg(int i, string n) => pos.Length > i ? pos[i] : kw.GetValueOrDefault(n);
            var code = Arg(0, "code") as PyCode ?? throw PyErr.TypeError("function() argument 'code' must be code, not " + (Arg(0, "code")?.Type.Name ?? "None"));
            var globals = Arg(1, "globals") as PyDict ?? throw PyErr.TypeError("function() argument 'globals' must be dict, not " + (Arg(1, "globals")?.Type.Name ?? "None"));
            var builtins = globals.GetItem("__builtins__") switch
            {
                PyModule m => m.ModuleDict,
                PyDict d => d,
                _ => PythonRuntime.Current.BuiltinsDict,
            };
            var fn = new PyFunction(code, globals, builtins, code.Qualname);
            if (Arg(2, "name") is PyStr name) fn.Name = name.Value;
            if (Arg(3, "argdefs") is { } defs and not PyNone)
                fn.Defaults = defs is PyTuple dt ? dt.Items : throw PyErr.TypeError("arg 4 (defaults) must be None or tuple");
            var closure = Arg(4, "closure");
            var nfree = code.FreeVars.Length;
            if (closure is PyTuple ct)
            {
                if (ct.Items.Length != nfree) throw PyErr.ValueError($"{code.Name} requires closure of length {nfree}, not {ct.Items.Length}");
                fn.Closure = ct.Items.Select(c => c as PyCell ?? throw PyErr.TypeError("arg 5 (closure) expected cell, found " + c.Type.Name)).ToArray();
            }
            else if (nfree > 0) throw PyErr.TypeError("arg 5 (closure) must be tuple");
            return fn;
        };
        TypeMethods.Getter(f, "__name__", s => new PyStr(((PyFunction)s).Name), (s, v) => ((PyFunction)s).Name = v is PyStr vs ? vs.Value : throw PyErr.TypeError("__name__ must be set to a string object"));
        TypeMethods.Getter(f, "__qualname__", s => new PyStr(((PyFunction)s).Qualname), (s, v) => ((PyFunction)s).Qualname = v is PyStr vs ? vs.Value : throw PyErr.TypeError("__qualname__ must be set to a string object"));
        TypeMethods.Getter(f, "__code__", s => ((PyFunction)s).Code, (s, v) =>
        {
            var fn = (PyFunction)s;
            var code = v as PyCode ?? throw PyErr.TypeError("__code__ must be set to a code object");
            var nfree = fn.Closure?.Length ?? 0;
            if (code.FreeVars.Length != nfree)
                throw PyErr.ValueError($"{fn.Name}() requires a code object with {nfree} free vars, not {code.FreeVars.Length}");
            fn.Code = code;
            // PEP 510: new code drops every specialized version (they were made for the old one).
            fn.Specializations = null;
        });
        TypeMethods.Getter(f, "__defaults__", s => ((PyFunction)s).Defaults is { } d ? new PyTuple(d) : PyNone.Value,
            (s, v) => ((PyFunction)s).Defaults = v is null or PyNone ? null : Ops.ToArray(v).ToArray());
        TypeMethods.Getter(f, "__kwdefaults__", s => (PyObject?)((PyFunction)s).KwDefaults ?? PyNone.Value,
            (s, v) => ((PyFunction)s).KwDefaults = v as PyDict);
        TypeMethods.Getter(f, "__closure__", s => ((PyFunction)s).Closure is { } c ? new PyTuple(c.Select(x => (PyObject)x).ToArray()) : PyNone.Value);
        TypeMethods.Getter(f, "__globals__", s => ((PyFunction)s).Globals);
        TypeMethods.Getter(f, "__builtins__", s => ((PyFunction)s).BuiltinsDict);
        TypeMethods.Getter(f, "__doc__", s => ((PyFunction)s).Doc, (s, v) => ((PyFunction)s).Doc = v ?? PyNone.Value);
        TypeMethods.Getter(f, "__module__", s => ((PyFunction)s).Module, (s, v) => ((PyFunction)s).Module = v ?? PyNone.Value);
        TypeMethods.Getter(f, "__annotations__", s => ((PyFunction)s).Annotations ??= new PyDict(), (s, v) => ((PyFunction)s).Annotations = v as PyDict);
        TypeMethods.Getter(f, "__dict__", s => s.GetOrCreateDict()!);
        TypeMethods.Method(f, "__get__", (s, a, k) => a.Length == 0 || a[0] is PyNone ? s! : new PyBoundMethod(s!, a[0]));
        TypeMethods.Method(f, "__call__", (s, a, k) => Ops.Call(s!, a, k));

        var m = Builtins.Method;
        m.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("method", a, k, 2, 2);
            if (!BuiltinFunctions.IsCallable(a[0])) throw PyErr.TypeError("first argument must be callable");
            if (a[1] is PyNone) throw PyErr.TypeError("instance must not be None");
            return new PyBoundMethod(a[0], a[1]);
        };
        TypeMethods.Getter(m, "__self__", s => ((PyBoundMethod)s).Self);
        TypeMethods.Getter(m, "__func__", s => ((PyBoundMethod)s).Function);
        TypeMethods.Getter(m, "__name__", s => Ops.GetAttr(((PyBoundMethod)s).Function, "__name__"));
        TypeMethods.Getter(m, "__qualname__", s => Ops.GetAttr(((PyBoundMethod)s).Function, "__qualname__"));
        TypeMethods.Getter(m, "__doc__", s => Ops.GetAttrOrNull(((PyBoundMethod)s).Function, "__doc__") ?? PyNone.Value);
        TypeMethods.Method(m, "__call__", (s, a, k) => Ops.Call(s!, a, k));
        TypeMethods.Method(Builtins.BuiltinFunction, "__call__", (s, a, k) => Ops.Call(s!, a, k));
        TypeMethods.Method(Builtins.MethodDescriptor, "__call__", (s, a, k) => Ops.Call(s!, a, k));
        TypeMethods.Method1(m, "__eq__", (s, x) => Ops.Bool(x is PyBoundMethod bm && ReferenceEquals(bm.Self, ((PyBoundMethod)s).Self) && ReferenceEquals(bm.Function, ((PyBoundMethod)s).Function)));
        TypeMethods.Method0(m, "__hash__", s => PyInt.FromLong(Ops.Hash(((PyBoundMethod)s).Self) ^ Ops.Hash(((PyBoundMethod)s).Function)));

        var bf = Builtins.BuiltinFunction;
        TypeMethods.Getter(bf, "__name__", s => new PyStr(((PyBuiltinFunction)s).Name));
        TypeMethods.Getter(bf, "__qualname__", s => new PyStr(((PyBuiltinFunction)s).Name));
        TypeMethods.Getter(bf, "__self__", s => ((PyBuiltinFunction)s).Self ?? (PyObject?)((PyBuiltinFunction)s).Module ?? PyNone.Value);
        TypeMethods.Getter(bf, "__doc__", s => ((PyBuiltinFunction)s).Doc is { } d ? new PyStr(d) : PyNone.Value);
        TypeMethods.Getter(Builtins.MethodDescriptor, "__name__", s => new PyStr(((PyMethodDescriptor)s).Name));
        TypeMethods.Method(Builtins.MethodDescriptor, "__get__", (s, a, k) => a.Length == 0 || a[0] is PyNone ? s! : ((PyMethodDescriptor)s!).Function.Bind(a[0]));

        var p = Builtins.Property;
        p.NewImpl = (cls, a, k) =>
        {
            var kw = ArgParse.Keywords("property", a, k, "fget", "fset", "fdel", "doc");
            var pos = ArgParse.PositionalOnly(a, k);
            PyObject? Get(int i, string n)
            {
                var v = pos.Length > i ? pos[i] : kw.GetValueOrDefault(n);
                return v is PyNone ? null : v;
            }
            var fget = Get(0, "fget");
            var doc = Get(3, "doc") ?? (fget is null ? null : Ops.GetAttrOrNull(fget, "__doc__"));
            return new PyProperty(fget, Get(1, "fset"), Get(2, "fdel"), doc) { Type = cls };
        };
        TypeMethods.Method1(p, "getter", (s, fn) => Copy((PyProperty)s, fn, null, null, 0));
        TypeMethods.Method1(p, "setter", (s, fn) => Copy((PyProperty)s, null, fn, null, 1));
        TypeMethods.Method1(p, "deleter", (s, fn) => Copy((PyProperty)s, null, null, fn, 2));
        TypeMethods.Getter(p, "fget", s => ((PyProperty)s).Fget ?? PyNone.Value);
        TypeMethods.Getter(p, "fset", s => ((PyProperty)s).Fset ?? PyNone.Value);
        TypeMethods.Getter(p, "fdel", s => ((PyProperty)s).Fdel ?? PyNone.Value);
        TypeMethods.Getter(p, "__doc__", s => ((PyProperty)s).Doc ?? PyNone.Value);
        TypeMethods.Method(p, "__get__", (s, a, k) => a.Length == 0 || a[0] is PyNone ? s! : Ops.BindDescriptor(s!, a[0], a[0].Type));
        TypeMethods.Method(p, "__set__", (s, a, k) =>
        {
            var prop = (PyProperty)s!;
            if (prop.Fset is null) throw PyErr.AttributeError($"property '{prop.Name}' of '{a[0].Type.Name}' object has no setter");
            Ops.Call2(prop.Fset, a[0], a[1]);
            return PyNone.Value;
        });

        Builtins.StaticMethod.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("staticmethod", a, k, 1, 1);
            return new PyStaticMethod(a[0]) { Type = cls };
        };
        Builtins.ClassMethod.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("classmethod", a, k, 1, 1);
            return new PyClassMethod(a[0]) { Type = cls };
        };
        TypeMethods.Getter(Builtins.StaticMethod, "__func__", s => ((PyStaticMethod)s).Callable);
        TypeMethods.Getter(Builtins.ClassMethod, "__func__", s => ((PyClassMethod)s).Callable);
        TypeMethods.Getter(Builtins.StaticMethod, "__wrapped__", s => ((PyStaticMethod)s).Callable);
        TypeMethods.Getter(Builtins.ClassMethod, "__wrapped__", s => ((PyClassMethod)s).Callable);
        TypeMethods.Method(Builtins.StaticMethod, "__get__", (s, a, k) => ((PyStaticMethod)s!).Callable);
        TypeMethods.Method(Builtins.StaticMethod, "__call__", (s, a, k) => Ops.Call(((PyStaticMethod)s!).Callable, a, k));
        TypeMethods.Method(Builtins.ClassMethod, "__get__", (s, a, k) =>
            new PyBoundMethod(((PyClassMethod)s!).Callable, a.Length > 1 && a[1] is not PyNone ? a[1] : a[0].Type));

        Builtins.Super.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("super", a, k, 1, 2);
            if (a[0] is not PyType t) throw PyErr.TypeError($"super() argument 1 must be a type, not {a[0].Type.Name}");
            if (a.Length == 1) return new PySuper(t, null, null);
            return BuiltinFunctions.MakeSuper(t, a[1]);
        };
        TypeMethods.Getter(Builtins.Super, "__thisclass__", s => ((PySuper)s).ThisType);
        TypeMethods.Getter(Builtins.Super, "__self__", s => ((PySuper)s).Obj ?? PyNone.Value);

        TypeMethods.Getter(Builtins.Cell, "cell_contents", s => ((PyCell)s).Value ?? throw PyErr.ValueError("Cell is empty"), (s, v) => ((PyCell)s).Value = v);

        var c = Builtins.Code;
        TypeMethods.Getter(c, "co_name", s => new PyStr(((PyCode)s).Name));
        TypeMethods.Getter(c, "co_qualname", s => new PyStr(((PyCode)s).Qualname));
        TypeMethods.Getter(c, "co_filename", s => new PyStr(((PyCode)s).Filename));
        TypeMethods.Getter(c, "co_firstlineno", s => PyInt.FromLong(((PyCode)s).FirstLineNo));
        TypeMethods.Getter(c, "co_argcount", s => PyInt.FromLong(((PyCode)s).ArgCount));
        TypeMethods.Getter(c, "co_posonlyargcount", s => PyInt.FromLong(((PyCode)s).PosOnlyArgCount));
        TypeMethods.Getter(c, "co_kwonlyargcount", s => PyInt.FromLong(((PyCode)s).KwOnlyArgCount));
        TypeMethods.Getter(c, "co_nlocals", s => PyInt.FromLong(((PyCode)s).VarNames.Count(n => !n.StartsWith('.'))));
        TypeMethods.Getter(c, "co_varnames", s => new PyTuple(((PyCode)s).VarNames.Where(n => !n.StartsWith('.')).Select(n => (PyObject)new PyStr(n)).ToArray()));
        TypeMethods.Getter(c, "co_cellvars", s => new PyTuple(((PyCode)s).CellVars.Select(n => (PyObject)new PyStr(n)).ToArray()));
        TypeMethods.Getter(c, "co_freevars", s => new PyTuple(((PyCode)s).FreeVars.Select(n => (PyObject)new PyStr(n)).ToArray()));
        TypeMethods.Getter(c, "co_flags", s => PyInt.FromLong(((PyCode)s).PythonFlags));
        TypeMethods.Method(c, "replace", (s, a, k) =>
        {
            if (ArgParse.Positional(a, k) != 0) throw PyErr.TypeError("replace() takes no positional arguments");
            var copy = ((PyCode)s!).Clone();
            for (var i = 0; i < (k?.Length ?? 0); i++)
            {
                var v = a[a.Length - k!.Length + i];
                switch (k[i])
                {
                    case "co_name": copy.Name = ArgParse.Str(v, "replace"); break;
                    case "co_qualname": copy.Qualname = ArgParse.Str(v, "replace"); break;
                    case "co_filename": copy.Filename = ArgParse.Str(v, "replace"); break;
                    case "co_firstlineno": copy.FirstLineNo = (int)Ops.IndexToLong(v); break;
                    case "co_flags":
                    {
                        // Only CO_ITERABLE_COROUTINE (types.coroutine) can be changed: the other bits describe the compiled body.
                        var flags = (int)Ops.IndexToLong(v);
                        if ((flags & ~0x100) != (copy.PythonFlags & ~0x100))
                            throw PyErr.NotImplementedError("code.replace(co_flags=...) can only change CO_ITERABLE_COROUTINE (0x100)");
                        if ((flags & 0x100) != 0) copy.Flags |= CodeFlags.IterableCoroutine;
                        else copy.Flags &= ~CodeFlags.IterableCoroutine;
                        break;
                    }
                    default: throw PyErr.NotImplementedError($"code.replace({k[i]}=...) is not supported");
                }
            }
            return copy;
        });

        var mod = Builtins.Module;
        mod.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("module", a, k, 1, 2);
            var mm = new PyModule(ArgParse.Str(a[0], "module"));
            if (a.Length > 1) mm.ModuleDict.SetItem("__doc__", a[1]);
            return mm;
        };
        TypeMethods.Getter(mod, "__dict__", s => ((PyModule)s).ModuleDict);
    }

    private static PyObject Copy(PyProperty p, PyObject? get, PyObject? set, PyObject? del, int which) =>
        new PyProperty(which == 0 ? get : p.Fget, which == 1 ? set : p.Fset, which == 2 ? del : p.Fdel, p.Doc) { Name = p.Name, Type = p.Type };
}
