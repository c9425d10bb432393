namespace FatSharp.Interpreter.Objects;

/// <summary>How instances of a type are laid out in C#: user classes reuse the layout of their builtin solid base.</summary>
public enum InstanceLayout
{
    Object, Exception, List, Dict, Int, Float, Str, Tuple, Set, Bytes, Type, Other,
}

/// <summary>Creates an instance of <c>cls</c> (a builtin type or a subclass) from call arguments: Python's <c>__new__</c>.</summary>
public delegate PyObject NewFunc(PyType cls, PyObject[] args, string[]? kwNames);

/// <summary>
/// A Python type. Attributes live in <see cref="Dict"/> (a versioned dict); <see cref="Version"/> changes whenever this
/// type's or any base's dict changes, so per-node attribute caches check one integer.
/// </summary>
public sealed class PyType : PyObject
{
    public string Name;
    public string Qualname;
    public PyType[] Bases;
    public PyType[] Mro = [];
    public readonly PyDict TypeDict;
    public PyType? Base;
    public bool IsHeapType;
    public InstanceLayout Layout;
    public NewFunc? NewImpl;
    public ulong Version;
    private readonly List<WeakReference<PyType>> subclasses = [];
    /// <summary>True when <c>__getattr__</c>, <c>__getattribute__</c> or similar hooks are defined (slow attribute path).</summary>
    public bool HasGetAttrHook;
    public bool HasSetAttrHook;
    /// <summary>True for user classes with only plain instance attributes (no data descriptors needed for the fast path).</summary>
    public bool IsBaseExceptionSubclass;
    /// <summary>Number of <c>__slots__</c> values of instances (this class and its bases).</summary>
    public int SlotCount;
    /// <summary>Instances have no <c>__dict__</c> (<c>__slots__</c> without "__dict__" here and in all bases).</summary>
    public bool NoInstanceDict;
    /// <summary>Attribute names shared by this class's instances (see <see cref="InstanceKeys"/>), made on first use.</summary>
    internal InstanceKeys? SharedKeys;

    // Lookups of __new__ and __init__ made by calls of the type, valid while Version == constructorCacheVersion.
    private ulong constructorCacheVersion;
    private PyObject? cachedNew, cachedInit;

    /// <summary><c>__new__</c> and <c>__init__</c> as found on the MRO, cached on the type version.</summary>
    public void ConstructorLookups(out PyObject? newFn, out PyObject? init)
    {
        if (constructorCacheVersion != Version)
        {
            cachedNew = Lookup("__new__");
            cachedInit = Lookup("__init__");
            constructorCacheVersion = Version;
        }
        newFn = cachedNew;
        init = cachedInit;
    }

    internal PyType(PyType? metatype, string name, PyType[] bases, InstanceLayout layout, bool heap = false)
        : base(metatype!)
    {
        Name = name;
        Qualname = name;
        Bases = bases;
        TypeDict = new PyDict();
        Layout = layout;
        IsHeapType = heap;
        Base = bases.Length > 0 ? bases[0] : null;
        Version = DictStorage.NextVersion();
        foreach (var b in bases) b.subclasses.Add(new WeakReference<PyType>(this));
        Mro = ComputeMro();
        IsBaseExceptionSubclass = Array.Exists(Mro, t => t.Name == "BaseException" && !t.IsHeapType);
        RefreshHooks();
    }

    public override PyDict Dict => TypeDict;

    public override PyDict GetOrCreateDict() => TypeDict;

    /// <summary>Attribute lookup along the MRO without descriptors (CPython's <c>_PyType_Lookup</c>).</summary>
    public PyObject? Lookup(string name) => Lookup(PyStr.Intern(name));

    public PyObject? Lookup(PyStr name)
    {
        var mro = Mro;
        for (var i = 0; i < mro.Length; i++)
        {
            var v = mro[i].TypeDict.Storage.Get(name);
            if (v is not null) return v;
        }
        return null;
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        var mro = Mro;
        for (var i = 0; i < mro.Length; i++)
            if (ReferenceEquals(mro[i], other)) return true;
        return false;
    }

    /// <summary>Sets an attribute in the type's dict and invalidates caches of this type and its subclasses.</summary>
    public void SetTypeAttr(string name, PyObject? value)
    {
        if (value is null)
        {
            if (!TypeDict.Storage.RemoveStr(name))
                throw PyErr.AttributeError($"type object '{Name}' has no attribute '{name}'");
        }
        else TypeDict.Storage.SetStr(name, value);
        Modified();
    }

    public void Modified()
    {
        Version = DictStorage.NextVersion();
        RefreshHooks();
        foreach (var w in subclasses)
            if (w.TryGetTarget(out var sub)) sub.Modified();
    }

    private void RefreshHooks()
    {
        HasGetAttrHook = IsHeapType && (Lookup("__getattr__") is not null || Lookup("__getattribute__") is PyFunction);
        HasSetAttrHook = IsHeapType && (Lookup("__setattr__") is PyFunction || Lookup("__delattr__") is PyFunction);
    }

    public IEnumerable<PyType> Subclasses()
    {
        foreach (var w in subclasses)
            if (w.TryGetTarget(out var sub)) yield return sub;
    }

    private PyType[] ComputeMro()
    {
        if (Bases.Length == 0) return [this];
        if (Bases.Length == 1)
        {
            var m = new PyType[Bases[0].Mro.Length + 1];
            m[0] = this;
            Array.Copy(Bases[0].Mro, 0, m, 1, Bases[0].Mro.Length);
            return m;
        }
        for (var i = 1; i < Bases.Length; i++)
            for (var j = 0; j < i; j++)
                if (ReferenceEquals(Bases[i], Bases[j])) throw PyErr.TypeError($"duplicate base class {Bases[i].Name}");
        // C3 linearization.
        var seqs = new List<List<PyType>>();
        foreach (var b in Bases) seqs.Add([.. b.Mro]);
        seqs.Add([.. Bases]);
        var result = new List<PyType> { this };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) break;
            PyType? cand = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                if (!seqs.Any(o => o.IndexOf(head) > 0))
                {
                    cand = head;
                    break;
                }
            }
            if (cand is null)
            {
                // CPython names the distinct heads that are blocked, in merge order.
                var names = string.Join(", ", seqs.Select(s => s[0]).Distinct().Select(b => b.Name));
                throw PyErr.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {names}");
            }
            result.Add(cand);
            foreach (var s in seqs)
                if (s.Count > 0 && ReferenceEquals(s[0], cand)) s.RemoveAt(0);
        }
        return [.. result];
    }

    /// <summary>The nearest builtin ancestor, which decides the C# class of instances.</summary>
    public PyType SolidBase
    {
        get
        {
            foreach (var t in Mro)
                if (!t.IsHeapType) return t;
            return Builtins.Object;
        }
    }

    /// <summary>Creates a user class (the default metaclass call <c>type(name, bases, ns)</c>).</summary>
    public static PyType CreateClass(PyType metatype, string name, PyType[] bases, PyDict ns)
    {
        if (bases.Length == 0) bases = [Builtins.Object];
        foreach (var b in bases)
        {
            // Types that CPython does not let classes derive from (no Py_TPFLAGS_BASETYPE).
            var final = b == Builtins.Bool || b == Builtins.NoneType || b == Builtins.NotImplementedType || b == Builtins.EllipsisType
                || b == Builtins.Range || b == Builtins.Slice || b == Builtins.MemoryView || b == Builtins.Method || b == Builtins.Function
                || b == Builtins.BuiltinFunction || b == Builtins.Generator || b == Builtins.MappingProxy || b == Builtins.GenericAlias;
            if (final || (b.NewImpl is null && !b.IsHeapType && b != Builtins.Object))
                throw PyErr.TypeError($"type '{b.Name}' is not an acceptable base type");
        }
        var layout = InstanceLayout.Object;
        foreach (var b in bases)
        {
            var l = b.Layout;
            if (l == InstanceLayout.Object) continue;
            if (layout != InstanceLayout.Object && layout != l)
                throw PyErr.TypeError("multiple bases have instance lay-out conflict");
            layout = l;
        }
        var t = new PyType(metatype, name, bases, layout, heap: true);
        foreach (var kv in ns.Storage.Items())
        {
            var v = kv.Value;
            if (kv.Key is PyStr k)
            {
                // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
                if (k.Value == "__new__" && v is PyFunction) v = new PyStaticMethod(v);
                else if (k.Value is "__init_subclass__" or "__class_getitem__" && v is PyFunction) v = new PyClassMethod(v);
            }
            t.TypeDict.Storage.Set(kv.Key, v);
        }
        if (t.TypeDict.Storage.GetStr("__qualname__") is PyStr qn)
        {
            t.Qualname = qn.Value;
            t.TypeDict.Storage.RemoveStr("__qualname__");
        }
        t.TypeDict.Storage.GetStr("__module__");
        if (t.TypeDict.Storage.GetStr("__doc__") is null) t.TypeDict.Storage.SetStr("__doc__", PyNone.Value);
        t.NewImpl = t.SolidBase.NewImpl;
        t.RefreshHooks();
        return t;
    }

    public override string ToString() => $"<class '{Name}'>";
}
