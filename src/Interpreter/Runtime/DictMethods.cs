namespace FatSharp.Interpreter.Runtime;

/// <summary>dict: constructor and methods.</summary>
public static class DictMethods
{
    public static void Register()
    {
        var t = Builtins.Dict;
        t.NewImpl = (cls, a, k) =>
        {
            if (!ReferenceEquals(cls, Builtins.Dict)) return new PyDict(cls);
            var d = new PyDict();
            Update(d, a, k);
            return d;
        };
        TypeMethods.Method(t, "__init__", (s, a, k) =>
        {
            Update((PyDict)s!, a, k);
            return PyNone.Value;
        });
        TypeMethods.Method0(t, "keys", s => new DictView((PyDict)s, DictViewKind.Keys));
        TypeMethods.Method0(t, "values", s => new DictView((PyDict)s, DictViewKind.Values));
        TypeMethods.Method0(t, "items", s => new DictView((PyDict)s, DictViewKind.Items));
        TypeMethods.Method(t, "get", (s, a, k) =>
        {
            ArgParse.Exact("get", a, k, 1, 2);
            return ((PyDict)s!).Storage.Get(a[0]) ?? (a.Length > 1 ? a[1] : PyNone.Value);
        }, f1: (s, key) => ((PyDict)s!).Storage.Get(key) ?? PyNone.Value,
           f2: (s, key, dflt) => ((PyDict)s!).Storage.Get(key) ?? dflt);
        TypeMethods.Method(t, "pop", (s, a, k) =>
        {
            ArgParse.Exact("pop", a, k, 1, 2);
            if (((PyDict)s!).Storage.Remove(a[0], out var v)) return v!;
            return a.Length > 1 ? a[1] : throw PyErr.KeyError(a[0]);
        });
        TypeMethods.Method0(t, "popitem", s =>
        {
            if (!((PyDict)s).Storage.PopLast(out var key, out var v)) throw PyErr.KeyError(new PyStr("popitem(): dictionary is empty"));
            return new PyTuple([key, v]);
        });
        TypeMethods.Method(t, "setdefault", (s, a, k) =>
        {
            ArgParse.Exact("setdefault", a, k, 1, 2);
            return ((PyDict)s!).Storage.SetDefault(a[0], Ops.Hash(a[0]), a.Length > 1 ? a[1] : PyNone.Value);
        });
        TypeMethods.Method(t, "update", (s, a, k) =>
        {
            Update((PyDict)s!, a, k);
            return PyNone.Value;
        });
        TypeMethods.Method0(t, "copy", s => new PyDict(((PyDict)s).Storage.Copy()));
        TypeMethods.Method0(t, "clear", s =>
        {
            ((PyDict)s).Storage.Clear();
            return PyNone.Value;
        });
        TypeMethods.ClassMethod(t, "fromkeys", (s, a, k) =>
        {
            if (k is { Length: > 0 }) throw PyErr.TypeError("dict.fromkeys() takes no keyword arguments");
            var cls = (PyType)s!;
            var d = (PyDict)Ops.Call(cls, []);
            var v = a.Length > 1 ? a[1] : PyNone.Value;
            var it = Ops.GetIter(a[0]);
            while (Ops.TryNext(it, out var key)) Ops.SetItem(d, key, v);
            return d;
        });
        TypeMethods.Method1(t, "__getitem__", (s, key) =>
        {
            var d = (PyDict)s;
            var v = d.Storage.Get(key);
            if (v is not null) return v;
            if (d.Type.IsHeapType && d.Type.Lookup("__missing__") is { } m) return Ops.CallMethod(m, d, key);
            throw PyErr.KeyError(key);
        });
        TypeMethods.Method(t, "__setitem__", (s, a, k) =>
        {
            ((PyDict)s!).Storage.Set(a[0], a[1]);
            return PyNone.Value;
        });
        TypeMethods.Method1(t, "__delitem__", (s, key) =>
        {
            if (!((PyDict)s).Storage.Remove(key, out _)) throw PyErr.KeyError(key);
            return PyNone.Value;
        });
        TypeMethods.Method1(t, "__contains__", (s, key) => Ops.Bool(((PyDict)s).Storage.Contains(key, Ops.Hash(key))));
        TypeMethods.Method0(t, "__len__", s => PyInt.FromLong(((PyDict)s).Count));
        TypeMethods.Method0(t, "__iter__", s => new DictIterator((PyDict)s, DictViewKind.Keys));
        TypeMethods.Method0(t, "__repr__", s => new PyStr(Ops.NativeRepr(s)));
        t.TypeDict.SetItem("__hash__", PyNone.Value);
        foreach (var vt in new[] { Builtins.DictKeys, Builtins.DictValues, Builtins.DictItems })
        {
            TypeMethods.Method0(vt, "__iter__", s => new DictIterator(((DictView)s).Mapping, ((DictView)s).Kind));
            TypeMethods.Method0(vt, "__len__", s => PyInt.FromLong(((DictView)s).Mapping.Count));
        }
        TypeMethods.Method1(Builtins.DictKeys, "isdisjoint", (s, x) => SetMethods.IsDisjoint(SetMethods.FromIterable(s), x));
    }

    public static void Update(PyDict d, PyObject[] a, string[]? k)
    {
        var pos = ArgParse.PositionalOnly(a, k);
        if (pos.Length > 1) throw PyErr.TypeError($"update expected at most 1 argument, got {pos.Length}");
        if (pos.Length == 1)
        {
            var src = pos[0];
            if (src is PyDict sd && !sd.Type.IsHeapType)
            {
                foreach (var kv in sd.Storage.Items()) d.Storage.Set(kv.Key, kv.Value);
            }
            else if (Ops.GetAttrOrNull(src, "keys") is { } keys)
            {
                var it = Ops.GetIter(Ops.Call(keys, []));
                while (Ops.TryNext(it, out var key)) d.Storage.Set(key, Ops.GetItem(src, key));
            }
            else
            {
                var it = Ops.GetIter(src);
                var i = 0;
                while (Ops.TryNext(it, out var pair))
                {
                    var items = pair is PyTuple or PyList
                        ? Ops.ToArray(pair)
                        : Ops.ToArray(Ops.GetIterOrNull(pair) ?? throw PyErr.TypeError($"cannot convert dictionary update sequence element #{i} to a sequence"));
                    if (items.Length != 2)
                        throw PyErr.ValueError($"dictionary update sequence element #{i} has length {items.Length}; 2 is required");
                    d.Storage.Set(items[0], items[1]);
                    i++;
                }
            }
        }
        if (k is not null)
            for (var i = 0; i < k.Length; i++) d.Storage.SetStr(k[i], a[pos.Length + i]);
    }
}
