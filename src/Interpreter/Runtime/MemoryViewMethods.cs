namespace FatSharp.Interpreter.Runtime;

/// <summary>memoryview: construction, items and slices (views of views), tobytes/tolist/hex, release and `with`.</summary>
public static class MemoryViewMethods
{
    public static PyMemoryView Create(PyObject o) => o switch
    {
        PyBytes b => new PyMemoryView(b, 0, b.Count, 1),
        PyMemoryView m => Live(m) is var v ? new PyMemoryView(v.Source, v.Start, v.Length, v.Step) : null!,
        _ => throw PyErr.TypeError($"memoryview: a bytes-like object is required, not '{o.Type.Name}'"),
    };

    private static PyMemoryView Live(PyObject o)
    {
        var m = (PyMemoryView)o;
        m.CheckReleased();
        return m;
    }

    public static int Len(PyMemoryView m) => Live(m).Length;

    public static PyObject GetItem(PyMemoryView m, PyObject key)
    {
        Live(m);
        if (key is PySlice s)
        {
            var n = s.Indices(m.Length, out var start, out _, out var step);
            return new PyMemoryView(m.Source, m.Start + start * m.Step, n, m.Step * step);
        }
        return PyInt.FromLong(m[Index(m, key)]);
    }

    private static int Index(PyMemoryView m, PyObject key)
    {
        if (key is not PyInt && key.Type.Lookup("__index__") is null)
            throw PyErr.TypeError("memoryview: invalid slice key");
        var i = Ops.IndexToLong(key);
        if (i < 0) i += m.Length;
        if (i < 0 || i >= m.Length) throw PyErr.IndexError("index out of bounds on dimension 1");
        return (int)i;
    }

    public static void SetItem(PyMemoryView m, PyObject key, PyObject value)
    {
        Live(m);
        if (m.ReadOnly) throw PyErr.TypeError("cannot modify read-only memory");
        if (key is PySlice s)
        {
            var n = s.Indices(m.Length, out var start, out _, out var step);
            var data = BytesTextMethods.BytesOf(value) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{value.Type.Name}'");
            if (data.Length != n) throw PyErr.ValueError("memoryview assignment: lvalue and rvalue have different structures");
            for (var i = 0; i < n; i++) m[start + i * step] = data[i];
            return;
        }
        if (value is not PyInt) throw PyErr.TypeError($"memoryview: invalid type for format 'B'");
        var v = Ops.IndexToLong(value);
        if (v is < 0 or > 255) throw PyErr.ValueError("memoryview: invalid value for format 'B'");
        m[Index(m, key)] = (byte)v;
    }

    public static IEnumerator<PyObject> Iterate(PyMemoryView m)
    {
        Live(m);
        for (var i = 0; i < m.Length; i++)
        {
            m.CheckReleased();
            yield return PyInt.FromLong(m[i]);
        }
    }

    public static void Register()
    {
        var t = Builtins.MemoryView;
        t.NewImpl = (cls, a, k) =>
        {
            var kw = ArgParse.Keywords("memoryview", a, k, "object");
            var pos = ArgParse.PositionalOnly(a, k);
            var o = pos.Length > 0 ? pos[0] : kw.GetValueOrDefault("object") ?? throw PyErr.TypeError("memoryview() missing required argument 'object' (pos 1)");
            return Create(o);
        };
        TypeMethods.Method0(t, "tobytes", s => new PyBytes(((PyMemoryView)s).ToArray()));
        TypeMethods.Method0(t, "tolist", s => new PyList(((PyMemoryView)s).ToArray().Select(b => (PyObject)PyInt.FromLong(b)).ToArray()));
        TypeMethods.Method(t, "hex", (s, a, k) => new PyStr(BytesTextMethods.Hex(((PyMemoryView)s!).ToArray(), a, k)));
        TypeMethods.Method0(t, "toreadonly", s =>
        {
            var m = Live(s);
            return new PyMemoryView(m.Source.IsMutable ? new PyBytes(m.ToArray()) : m.Source, m.Source.IsMutable ? 0 : m.Start, m.Length, m.Source.IsMutable ? 1 : m.Step);
        });
        TypeMethods.Method0(t, "release", s =>
        {
            ((PyMemoryView)s).Released = true;
            return PyNone.Value;
        });
        TypeMethods.Method0(t, "__enter__", s => Live(s));
        TypeMethods.Method(t, "__exit__", (s, a, k) =>
        {
            ((PyMemoryView)s!).Released = true;
            return PyNone.Value;
        });
        TypeMethods.Method0(t, "__len__", s => PyInt.FromLong(Len((PyMemoryView)s)));
        TypeMethods.Method1(t, "__getitem__", (s, key) => GetItem((PyMemoryView)s, key));
        TypeMethods.Method(t, "__setitem__", (s, a, k) =>
        {
            ArgParse.Exact("__setitem__", a, k, 2, 2);
            SetItem((PyMemoryView)s!, a[0], a[1]);
            return PyNone.Value;
        });
        TypeMethods.Method0(t, "__repr__", s => new PyStr($"<{(((PyMemoryView)s).Released ? "released " : "")}memory at {Ops.Address(s)}>"));
        TypeMethods.Method1(t, "__eq__", (s, o) => Equal((PyMemoryView)s, o));
        TypeMethods.Method1(t, "__ne__", (s, o) => Equal((PyMemoryView)s, o) is PyInt b ? Ops.Bool(b.IsZero) : PySingleton.NotImplemented);
        TypeMethods.Method0(t, "__hash__", HashOf);
        TypeMethods.Getter(t, "obj", s => Live(s).Source);
        TypeMethods.Getter(t, "nbytes", s => PyInt.FromLong(Live(s).Length));
        TypeMethods.Getter(t, "readonly", s => Ops.Bool(Live(s).ReadOnly));
        TypeMethods.Getter(t, "itemsize", s => PyInt.FromLong(1));
        TypeMethods.Getter(t, "format", s => new PyStr("B"));
        TypeMethods.Getter(t, "ndim", s => PyInt.FromLong(1));
        TypeMethods.Getter(t, "shape", s => new PyTuple([PyInt.FromLong(Live(s).Length)]));
        TypeMethods.Getter(t, "strides", s => new PyTuple([PyInt.FromLong(Live(s).Step)]));
        TypeMethods.Getter(t, "contiguous", s => Ops.Bool(Live(s).Step == 1));
        TypeMethods.Getter(t, "c_contiguous", s => Ops.Bool(Live(s).Step == 1));
        TypeMethods.Getter(t, "f_contiguous", s => Ops.Bool(Live(s).Step == 1));
    }

    public static PyObject HashOf(PyObject s)
    {
        var m = Live(s);
        if (!m.ReadOnly) throw PyErr.ValueError("cannot hash writable memoryview object");
        return PyInt.FromLong(Ops.Hash(new PyBytes(m.ToArray())));
    }

    public static PyObject Equal(PyMemoryView m, PyObject other)
    {
        if (ReferenceEquals(m, other)) return PyInt.True;
        if (m.Released) return PyInt.False;
        if (other is PyMemoryView { Released: true }) return PyInt.False;
        var data = BytesTextMethods.BytesOf(other);
        if (data is null) return PySingleton.NotImplemented;
        return Ops.Bool(m.ToArray().AsSpan().SequenceEqual(data));
    }
}
