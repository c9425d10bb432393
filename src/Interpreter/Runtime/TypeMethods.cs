using System.Numerics;

namespace FatSharp.Interpreter.Runtime;

/// <summary>Attaches constructors, methods and computed attributes to the builtin types (once per process).</summary>
public static class TypeMethods
{
    private static int initialized;
    private static readonly object Gate = new();

    public static void EnsureInitialized()
    {
        if (Volatile.Read(ref initialized) == 1) return;
        lock (Gate)
        {
            if (initialized == 1) return;
            InitObjectAndType();
            IntMethods.Register();
            FloatMethods.Register();
            StrMethods.Register();
            ListMethods.Register();
            DictMethods.Register();
            SetMethods.Register();
            SequenceTypes.Register();
            AsyncMethods.Register();
            ExceptionMethods.Register();
            FunctionTypes.Register();
            FileIO.Register();
            BinaryFileMethods.Register();
            foreach (var t in AllBuiltinTypes())
            {
                // tuple.__new__(cls, ...), int.__new__(cls, ...) as called from subclasses' __new__.
                if (t.NewImpl is not null && t.TypeDict.GetItem("__new__") is null)
                {
                    var owner = t;
                    StaticMethod(t, "__new__", (_, a, k) =>
                    {
                        if (a.Length == 0 || a[0] is not PyType cls) throw PyErr.TypeError($"{owner.Name}.__new__(X): X is not a type object");
                        if (!cls.IsSubtypeOf(owner)) throw PyErr.TypeError($"{owner.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {owner.Name}");
                        return owner.NewImpl!(cls, a[1..], k);
                    });
                }
                t.Modified();
            }
            Volatile.Write(ref initialized, 1);
        }
    }

    private static IEnumerable<PyType> AllBuiltinTypes() =>
        typeof(Builtins).GetFields().Where(f => f.FieldType == typeof(PyType)).Select(f => (PyType)f.GetValue(null)!)
            .Concat(Builtins.Exceptions.Values).Append(PyTextStream.TextStreamType);

    /// <summary>Adds a method (descriptor) to a builtin type.</summary>
    public static void Method(PyType t, string name, BuiltinCall impl, Func<PyObject?, PyObject>? f0 = null,
        Func<PyObject?, PyObject, PyObject>? f1 = null, Func<PyObject?, PyObject, PyObject, PyObject>? f2 = null)
    {
        var fn = new PyBuiltinFunction(name, impl, null, t, f0, f1, f2);
        t.TypeDict.Storage.SetStr(name, new PyMethodDescriptor(t, fn));
    }

    /// <summary>
    /// A method taking no arguments. Its fixed-arity entry is <paramref name="impl"/> itself (one delegate call for
    /// <c>obj.m()</c>): the receiver is never null there, the nullable parameter type only differs in annotation.
    /// </summary>
    public static void Method0(PyType t, string name, Func<PyObject, PyObject> impl) =>
        Method(t, name, (s, a, k) =>
        {
            if (a.Length > 0) throw PyErr.TypeError($"{t.Name}.{name}() takes no arguments ({a.Length} given)");
            return impl(s!);
        }, f0: (Func<PyObject?, PyObject>)impl);

    /// <summary>A method taking exactly one argument; its fixed-arity entry is <paramref name="impl"/> itself.</summary>
    public static void Method1(PyType t, string name, Func<PyObject, PyObject, PyObject> impl) =>
        Method(t, name, (s, a, k) =>
        {
            if (k is { Length: > 0 }) throw PyErr.TypeError($"{t.Name}.{name}() takes no keyword arguments");
            if (a.Length != 1) throw PyErr.TypeError($"{t.Name}.{name}() takes exactly one argument ({a.Length} given)");
            return impl(s!, a[0]);
        }, f1: (Func<PyObject?, PyObject, PyObject>)impl);

    public static void Getter(PyType t, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject?>? set = null) =>
        t.TypeDict.Storage.SetStr(name, new PyGetSetDescriptor(t, name, get, set));

    public static void StaticMethod(PyType t, string name, BuiltinCall impl) =>
        t.TypeDict.Storage.SetStr(name, new PyStaticMethod(new PyBuiltinFunction(name, impl, null, t)));

    public static void ClassMethod(PyType t, string name, BuiltinCall impl) =>
        t.TypeDict.Storage.SetStr(name, new PyClassMethod(new PyBuiltinFunction(name, impl, null, t)));

    /// <summary>Classes whose metaclass set a non-empty __abstractmethods__ (abc.ABCMeta) cannot be
    /// instantiated; returns true so it can sit in an expression.</summary>
    private static bool CheckNotAbstract(PyType cls)
    {
        if (!cls.Type.IsHeapType || cls.TypeDict.GetItem("__abstractmethods__") is not PySet { Count: > 0 } abstracts) return true;
        var names = abstracts.Items().Select(Ops.Str).Order(StringComparer.Ordinal).ToList();
        throw PyErr.TypeError($"Can't instantiate abstract class {cls.Name} with abstract method{(names.Count > 1 ? "s" : "")} {string.Join(", ", names)}");
    }

    private static void InitObjectAndType()
    {
        var o = Builtins.Object;
        o.NewImpl = (cls, a, k) => CheckNotAbstract(cls) && a.Length > 0 && cls.Lookup("__init__") is PyMethodDescriptor { Owner: var initOwner } && initOwner == Builtins.Object
            ? throw PyErr.TypeError($"{cls.Name}() takes no arguments")
            : cls.Layout switch
        {
            InstanceLayout.Object => new PyInstance(cls),
            _ => throw PyErr.TypeError($"object.__new__({cls.Name}) is not safe, use {cls.SolidBase.Name}.__new__()"),
        };
        StaticMethod(o, "__new__", (_, a, k) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls) throw PyErr.TypeError("object.__new__(X): X is not a type object");
            if (cls.NewImpl is null) throw PyErr.TypeError($"cannot create '{cls.Name}' instances");
            CheckNotAbstract(cls);
            if (cls.SolidBase == Builtins.Object) return new PyInstance(cls);
            return cls.NewImpl(cls, [], null);
        });
        Method(o, "__init__", (s, a, k) => PyNone.Value);
        ClassMethod(o, "__subclasshook__", (s, a, k) => PySingleton.NotImplemented);
        Method0(o, "__repr__", s => new PyStr(s is PyInstance ? Ops.NativeRepr(s) : $"<{Ops.TypeQualifiedName(s.Type)} object at {Ops.Address(s)}>"));
        Method0(o, "__str__", s => new PyStr(Ops.Repr(s)));
        Method0(o, "__hash__", s => PyInt.FromLong(Ops.Hash(s)));
        Method1(o, "__eq__", (s, x) => ReferenceEquals(s, x) ? PyInt.True : PySingleton.NotImplemented);
        Method1(o, "__ne__", (s, x) =>
        {
            var r = Ops.RichCompare(s, x, FatSharp.Ast.CmpOperator.Eq);
            return r is PySingleton ? r : Ops.Bool(!Ops.IsTrue(r));
        });
        foreach (var n in (string[])["__lt__", "__le__", "__gt__", "__ge__"]) Method1(o, n, (s, x) => PySingleton.NotImplemented);
        Method(o, "__setattr__", (s, a, k) =>
        {
            ArgParse.Exact("__setattr__", a, k, 2, 2);
            Ops.GenericSetAttr(s!, ArgParse.Str(a[0], "__setattr__", "attribute name"), a[1]);
            return PyNone.Value;
        });
        Method(o, "__delattr__", (s, a, k) =>
        {
            ArgParse.Exact("__delattr__", a, k, 1, 1);
            Ops.GenericSetAttr(s!, ArgParse.Str(a[0], "__delattr__", "attribute name"), null);
            return PyNone.Value;
        });
        Method(o, "__getattribute__", (s, a, k) =>
        {
            ArgParse.Exact("__getattribute__", a, k, 1, 1);
            var name = ArgParse.Str(a[0], "__getattribute__", "attribute name");
            return Ops.GenericGetAttr(s!, name, s!.Type.Lookup(name)) ?? throw Ops.AttributeMissing(s, name);
        });
        Method(o, "__format__", (s, a, k) =>
        {
            var spec = ArgParse.Str(a[0], "__format__");
            if (spec.Length > 0) throw PyErr.TypeError($"unsupported format string passed to {s!.Type.Name}.__format__");
            return new PyStr(Ops.Str(s!));
        });
        Method0(o, "__dir__", s => BuiltinFunctions.Dir(s));
        Method0(o, "__reduce__", s => throw PyErr.TypeError($"cannot pickle '{s.Type.Name}' object"));
        ClassMethod(o, "__init_subclass__", (s, a, k) =>
        {
            if (a.Length > 0)
                throw PyErr.TypeError(k is { Length: > 0 } ? $"{((PyType)s!).Name}.__init_subclass__() takes no keyword arguments"
                    : $"{((PyType)s!).Name}.__init_subclass__() takes no positional arguments");
            return PyNone.Value;
        });
        Method0(o, "__sizeof__", s => PyInt.FromLong(32));
        Getter(o, "__class__", s => s.Type, (s, v) =>
        {
            if (v is not PyType nt) throw PyErr.TypeError("__class__ must be set to a class");
            if (!s.Type.IsHeapType || !nt.IsHeapType || nt.Layout != s.Type.Layout)
                throw PyErr.TypeError($"__class__ assignment only supported for mutable types or ModuleType subclasses");
            s.Type = nt;
        });
        Getter(o, "__dict__", s => s.GetOrCreateDict() ?? throw PyErr.AttributeError($"'{s.Type.Name}' object has no attribute '__dict__'"), (s, v) =>
        {
            if (v is not PyDict nd) throw PyErr.TypeError("__dict__ must be set to a dictionary");
            var d = s.GetOrCreateDict() ?? throw PyErr.AttributeError($"'{s.Type.Name}' object has no attribute '__dict__'");
            d.Storage = nd.Storage;
        });
        Getter(o, "__doc__", s => s.Type.TypeDict.GetItem("__doc__") ?? PyNone.Value);

        var t = Builtins.Type;
        t.NewImpl = (cls, a, k) =>
        {
            if (a.Length == 1 && k is null) return a[0].Type;
            if (a.Length - (k?.Length ?? 0) != 3) throw PyErr.TypeError("type() takes 1 or 3 arguments");
            var name = ArgParse.Str(a[0], "type", "argument 1");
            var bases = a[1] as PyTuple ?? throw PyErr.TypeError($"type.__new__() argument 2 must be tuple, not {a[1].Type.Name}");
            var ns = a[2] as PyDict ?? throw PyErr.TypeError($"type.__new__() argument 3 must be dict, not {a[2].Type.Name}");
            var kw = new List<(string, PyObject)>();
            if (k is not null)
                for (var i = 0; i < k.Length; i++) kw.Add((k[i], a[a.Length - k.Length + i]));
            return NewClass(cls, name, bases.Items.Select(b => b as PyType ?? throw PyErr.TypeError("bases must be types")).ToArray(), ns, kw);
        };
        StaticMethod(t, "__new__", (_, a, k) =>
        {
            if (a.Length == 0 || a[0] is not PyType meta) throw PyErr.TypeError("type.__new__(X): X is not a type object");
            return t.NewImpl!(meta, a[1..], k);
        });
        Method(t, "__init__", (s, a, k) => PyNone.Value);
        Method(t, "__call__", (s, a, k) => Ops.TypeNewAndInit((PyType)s!, a, k));
        Method0(t, "mro", s => new PyList(((PyType)s).Mro.Select(x => (PyObject)x).ToArray()));
        Method0(t, "__subclasses__", s => new PyList(((PyType)s).Subclasses().Select(x => (PyObject)x).ToArray()));
        Method1(t, "__instancecheck__", (s, x) => Ops.Bool(x.Type.IsSubtypeOf((PyType)s)));
        Method1(t, "__subclasscheck__", (s, x) => Ops.Bool(x is PyType xt && xt.IsSubtypeOf((PyType)s)));
        Method0(t, "__repr__", s => new PyStr(Ops.NativeRepr(s)));
        Getter(t, "__name__", s => new PyStr(((PyType)s).Name), (s, v) =>
        {
            var ty = (PyType)s;
            if (!ty.IsHeapType) throw PyErr.TypeError($"cannot set '__name__' attribute of immutable type '{ty.Name}'");
            ty.Name = v is PyStr vs ? vs.Value : throw PyErr.TypeError($"can only assign string to {ty.Name}.__name__, not '{v?.Type.Name}'");
        });
        Getter(t, "__qualname__", s => new PyStr(((PyType)s).Qualname), (s, v) => ((PyType)s).Qualname = ((PyStr)v!).Value);
        Getter(t, "__mro__", s => new PyTuple(((PyType)s).Mro.Select(x => (PyObject)x).ToArray()));
        Getter(t, "__bases__", s => new PyTuple(((PyType)s).Bases.Select(x => (PyObject)x).ToArray()));
        Getter(t, "__base__", s => (PyObject?)((PyType)s).Base ?? PyNone.Value);
        Getter(t, "__dict__", s => new PyDict(((PyType)s).TypeDict.Storage.Copy()) { Type = Builtins.MappingProxy });
        Getter(t, "__doc__", s => ((PyType)s).TypeDict.GetItem("__doc__") ?? PyNone.Value);
        Getter(t, "__module__", s => ((PyType)s).TypeDict.GetItem("__module__") ?? new PyStr("builtins"),
            (s, v) => ((PyType)s).SetTypeAttr("__module__", v));
        Method1(Builtins.MappingProxy, "__getitem__", (s, k) => Ops.GetItem(new PyDict(((PyDict)s).Storage), k));
        Method0(Builtins.MappingProxy, "keys", s => new DictView((PyDict)s, DictViewKind.Keys));
        Method0(Builtins.MappingProxy, "values", s => new DictView((PyDict)s, DictViewKind.Values));
        Method0(Builtins.MappingProxy, "items", s => new DictView((PyDict)s, DictViewKind.Items));
        Builtins.MappingProxy.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("mappingproxy", a, k, 1, 1);
            return a[0] switch
            {
                PyDict d => new PyDict(d.Storage) { Type = Builtins.MappingProxy },
                PyList or PyTuple or PyStr or PyBytes => throw PyErr.TypeError($"mappingproxy() argument must be a mapping, not {a[0].Type.Name}"),
                _ => throw PyErr.NotImplementedError("mappingproxy over a mapping that is not a dict is not supported yet"),
            };
        };
        Method0(Builtins.MappingProxy, "copy", s => new PyDict(((PyDict)s).Storage.Copy()));
        Method0(Builtins.MappingProxy, "__len__", s => PyInt.FromLong(((PyDict)s).Count));
        Method1(Builtins.MappingProxy, "__contains__", (s, x) => Ops.Bool(((PyDict)s).Storage.Contains(x, Ops.Hash(x))));
        Method(Builtins.MappingProxy, "get", (s, a, k) => ((PyDict)s!).Storage.Get(a[0]) ?? (a.Length > 1 ? a[1] : PyNone.Value));

        Builtins.NoneType.NewImpl = (cls, a, k) => PyNone.Value;
        Method0(Builtins.NoneType, "__bool__", s => PyInt.False);
    }

    /// <summary>type(name, bases, ns): creates the class, runs __set_name__ and the parent's __init_subclass__.</summary>
    public static PyType NewClass(PyType meta, string name, PyType[] bases, PyDict ns, List<(string, PyObject)> kwargs)
    {
        if (ns.GetItem("__eq__") is not null && ns.GetItem("__hash__") is null) ns.SetItem("__hash__", PyNone.Value);
        var cls = PyType.CreateClass(meta, name, bases, ns);
        if (ns.GetItem("__module__") is null && Modules.Fat.FatGuardHost.CurrentNamespaceObjects(globals: true)?.GetItem("__name__") is { } caller)
            cls.SetTypeAttr("__module__", caller);
        Slots.SetUp(cls, ns);
        foreach (var kv in cls.TypeDict.Storage.Items().ToList())
        {
            var setName = kv.Value.Type.IsHeapType ? kv.Value.Type.Lookup("__set_name__") : null;
            if (setName is not null) Ops.CallMethod(setName, kv.Value, cls, kv.Key);
            if (kv.Value is PyProperty p && kv.Key is PyStr pk) p.Name ??= pk.Value;
        }
        var sup = new PySuper(cls, cls, cls);
        var init = Ops.GetAttrOrNull(sup, "__init_subclass__");
        if (init is not null)
        {
            if (kwargs.Count > 0) Ops.Call(init, kwargs.Select(x => x.Item2).ToArray(), kwargs.Select(x => x.Item1).ToArray());
            else Ops.Call(init, []);
        }
        else if (kwargs.Count > 0) throw PyErr.TypeError($"{name}.__init_subclass__() takes no keyword arguments");
        return cls;
    }
}
