namespace FatSharp.Interpreter.Runtime;

/// <summary>tuple, range, slice, bytes and the iterator types (enumerate, zip, map, filter, reversed, generators).</summary>
public static class SequenceTypes
{
    /// <summary>
    /// <c>range(stop)</c> / <c>range(start, stop[, step])</c> from exact ints within half the machine range (the
    /// common case, without the checks for big bounds and <c>__index__</c>); null otherwise.
    /// </summary>
    internal static PyRange? SmallRange(PyObject[] a)
    {
        const long limit = long.MaxValue / 2;
        long start = 0, stop, step = 1;
        switch (a.Length)
        {
            case 1 when Small(a[0], out stop):
                break;
            case 2 when Small(a[0], out start) && Small(a[1], out stop):
                break;
            case 3 when Small(a[0], out start) && Small(a[1], out stop) && Small(a[2], out step) && step != 0:
                break;
            default:
                return null;
        }
        return new PyRange(start, stop, step);

        static bool Small(PyObject o, out long v)
        {
            v = o is PyInt i && !i.IsBig && ReferenceEquals(i.Type, Builtins.Int) ? i.Value : long.MaxValue;
            return v is >= -limit and <= limit;
        }
    }

    public static void Register()
    {
        BytesMethods.Register();
        BytesTextMethods.Register();
        MemoryViewMethods.Register();
        GenericAliasMethods.Register();
        var tt = Builtins.Tuple;
        tt.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("tuple", a, k, 0, 1);
            // An exact tuple is immutable, so tuple(t) returns t itself, as CPython does.
            if (a.Length == 1 && ReferenceEquals(cls, Builtins.Tuple) && ReferenceEquals(a[0].Type, Builtins.Tuple)) return a[0];
            var items = a.Length == 0 ? [] : a[0] is PyTuple t0 && !t0.Type.IsHeapType && ReferenceEquals(cls, Builtins.Tuple) ? t0.Items : Ops.ToNewArray(a[0]);
            return ReferenceEquals(cls, Builtins.Tuple) ? PyTuple.Create(items) : new PyTuple(items, cls);
        };
        TypeMethods.Method(tt, "index", (s, a, k) =>
        {
            ArgParse.Exact("index", a, k, 1, 3);
            var t = (PyTuple)s!;
            var start = a.Length > 1 ? ListMethods.Norm(Ops.IndexToLongClamped(a[1]), t.Items.Length) : 0;
            var end = a.Length > 2 ? ListMethods.Norm(Ops.IndexToLongClamped(a[2]), t.Items.Length) : t.Items.Length;
            for (var i = start; i < Math.Min(end, t.Items.Length); i++)
                if (Ops.EqBool(t.Items[i], a[0])) return PyInt.FromLong(i);
            throw PyErr.ValueError("tuple.index(x): x not in tuple");
        });
        TypeMethods.Method1(tt, "count", (s, x) => PyInt.FromLong(((PyTuple)s).Items.Count(i => Ops.EqBool(i, x))));
        TypeMethods.Method0(tt, "__len__", s => PyInt.FromLong(((PyTuple)s).Items.Length));
        TypeMethods.Method1(tt, "__getitem__", (s, x) => Ops.GetItem(new PyTuple(((PyTuple)s).Items), x));
        TypeMethods.Method0(tt, "__iter__", s => new PySequenceIterator(s));
        TypeMethods.Method0(tt, "__hash__", s => PyInt.FromLong(Ops.Hash(new PyTuple(((PyTuple)s).Items))));
        TypeMethods.Method0(tt, "__repr__", s => new PyStr(Ops.NativeRepr(new PyTuple(((PyTuple)s).Items))));
        TypeMethods.Method1(tt, "__eq__", (s, x) => x is PyTuple xt ? Ops.RichCompare(new PyTuple(((PyTuple)s).Items), new PyTuple(xt.Items), FatSharp.Ast.CmpOperator.Eq) : PySingleton.NotImplemented);
        TypeMethods.Method1(tt, "__add__", (s, x) => Ops.Add(new PyTuple(((PyTuple)s).Items), x));
        TypeMethods.Method1(tt, "__contains__", (s, x) => Ops.Bool(Ops.Contains(new PyTuple(((PyTuple)s).Items), x)));

        var rt = Builtins.Range;
        rt.NewImpl = (cls, a, k) =>
        {
            if (k is null && SmallRange(a) is { } small) return small;
            ArgParse.Exact("range", a, k, 1, 3);
            System.Numerics.BigInteger BigArg(PyObject o) => o is PyInt || o.Type.Lookup("__index__") is not null ? ((PyInt)Ops.Index(o)).Big
                : throw PyErr.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
            long RangeArg(PyObject o) => o is PyInt ? Ops.IndexToLong(o)
                : o.Type.Lookup("__index__") is not null ? Ops.IndexToLong(o)
                : throw PyErr.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
            var bigs = a.Select(BigArg).ToArray();
            if (bigs.Any(b => b < long.MinValue / 2 || b > long.MaxValue / 2))
            {
                // Bounds beyond 64 bits (halved so the long paths' arithmetic cannot overflow).
                var bstep = a.Length == 3 ? bigs[2] : System.Numerics.BigInteger.One;
                if (bstep.IsZero) throw PyErr.ValueError("range() arg 3 must not be zero");
                return a.Length == 1 ? new PyBigRange(0, bigs[0], 1) : new PyBigRange(bigs[0], bigs[1], bstep);
            }
            if (a.Length == 1) return new PyRange(0, RangeArg(a[0]), 1);
            var step = a.Length == 3 ? RangeArg(a[2]) : 1;
            if (step == 0) throw PyErr.ValueError("range() arg 3 must not be zero");
            return new PyRange(RangeArg(a[0]), RangeArg(a[1]), step);
        };
        TypeMethods.Getter(rt, "start", s => s is PyBigRange b ? PyInt.FromBig(b.Start) : PyInt.FromLong(((PyRange)s).Start));
        TypeMethods.Getter(rt, "stop", s => s is PyBigRange b ? PyInt.FromBig(b.Stop) : PyInt.FromLong(((PyRange)s).Stop));
        TypeMethods.Getter(rt, "step", s => s is PyBigRange b ? PyInt.FromBig(b.Step) : PyInt.FromLong(((PyRange)s).Step));
        TypeMethods.Method1(rt, "index", (s, x) =>
        {
            if (s is PyBigRange br)
            {
                if (x is not PyInt bx || !br.Contains(bx.Big)) throw PyErr.ValueError($"{Ops.Repr(x)} is not in range");
                return PyInt.FromBig((bx.Big - br.Start) / br.Step);
            }
            var r = (PyRange)s;
            if (!Ops.Contains(r, x)) throw PyErr.ValueError($"{Ops.Repr(x)} is not in range");
            return PyInt.FromLong((((PyInt)x).Value - r.Start) / r.Step);
        });
        TypeMethods.Method1(rt, "count", (s, x) => PyInt.FromLong(Ops.Contains(s, x) ? 1 : 0));
        TypeMethods.Method0(rt, "__len__", s => PyInt.FromLong(Ops.Len(s)));
        TypeMethods.Method0(rt, "__reversed__", s =>
        {
            if (s is PyBigRange br) return Ops.GetIter(new PyBigRange(br.Start + (br.Length - 1) * br.Step, br.Start - br.Step, -br.Step));
            var r = (PyRange)s;
            return new PySequenceIterator(new PyRange(r.Start + (r.Length - 1) * r.Step, r.Start - r.Step, -r.Step));
        });
        TypeMethods.Method0(rt, "__iter__", s => new PySequenceIterator(s));

        var sl = Builtins.Slice;
        sl.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("slice", a, k, 1, 3);
            return a.Length == 1 ? new PySlice(PyNone.Value, a[0], PyNone.Value) : new PySlice(a[0], a[1], a.Length > 2 ? a[2] : PyNone.Value);
        };
        TypeMethods.Getter(sl, "start", s => ((PySlice)s).Start);
        TypeMethods.Getter(sl, "stop", s => ((PySlice)s).Stop);
        TypeMethods.Getter(sl, "step", s => ((PySlice)s).Step);
        TypeMethods.Method1(sl, "indices", (s, n) =>
        {
            ((PySlice)s).Indices((int)Ops.IndexToLong(n), out var start, out var stop, out var step);
            return new PyTuple([PyInt.FromLong(start), PyInt.FromLong(stop), PyInt.FromLong(step)]);
        });

        Builtins.Enumerate.NewImpl = (cls, a, k) =>
        {
            var kw = ArgParse.Keywords("enumerate", a, k, "iterable", "start");
            var pos = ArgParse.PositionalOnly(a, k);
            var iterable = pos.Length > 0 ? pos[0] : kw.GetValueOrDefault("iterable") ?? throw PyErr.TypeError("enumerate() missing required argument 'iterable'");
            var start = pos.Length > 1 ? pos[1] : kw.GetValueOrDefault("start") ?? PyInt.Zero;
            var it = Ops.GetIter(iterable);
            // The start goes through __index__ and counts as an exact int (enumerate(x, True) counts 1, 2, ...).
            var index = (PyInt)Ops.Index(start);
            if (!ReferenceEquals(index.Type, Builtins.Int)) index = index.IsBig ? PyInt.FromBig(index.Big) : PyInt.FromLong(index.Value);
            return new PyEnumerateIterator(it, index);
        };
        Builtins.Zip.NewImpl = (cls, a, k) =>
        {
            var kw = ArgParse.Keywords("zip", a, k, "strict");
            var pos = ArgParse.PositionalOnly(a, k);
            var its = new PyObject[pos.Length];
            for (var i = 0; i < pos.Length; i++) its[i] = Ops.GetIter(pos[i]);
            var strict = kw.TryGetValue("strict", out var st) && Ops.IsTrue(st);
            return its.Length == 2 ? new PyZipPairIterator(its[0], its[1], strict) : new PyZipIterator(its, strict);
        };
        Builtins.Map.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("map", a, k, 2, int.MaxValue);
            var its = new PyObject[a.Length - 1];
            for (var i = 1; i < a.Length; i++) its[i - 1] = Ops.GetIter(a[i]);
            return new PyMapIterator(a[0], its);
        };
        Builtins.Filter.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("filter", a, k, 2, 2);
            return new PyFilterIterator(a[0], Ops.GetIter(a[1]));
        };
        Builtins.Reversed.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("reversed", a, k, 1, 1);
            var o = a[0];
            if (o.Type.IsHeapType && o.Type.Lookup("__reversed__") is { } rm and not PyMethodDescriptor) return Ops.CallMethod(rm, o);
            return o switch
            {
                PyList l => new PyEnumeratorIterator(Builtins.ListReverseIterator, ReverseList(l)),
                PyBigRange br => Ops.GetIter(new PyBigRange(br.Start + (br.Length - 1) * br.Step, br.Start - br.Step, -br.Step)),
                PyRange r => new PySequenceIterator(new PyRange(r.Start + (r.Length - 1) * r.Step, r.Start - r.Step, -r.Step)),
                PyDict d => new PyEnumeratorIterator(Builtins.Reversed, ((IEnumerable<PyObject>)d.Storage.Items().Select(kv => kv.Key).Reverse().ToList()).GetEnumerator()),
                DictView v => new PyEnumeratorIterator(Builtins.Reversed, ((IEnumerable<PyObject>)Ops.ToList(v).AsEnumerable().Reverse().ToList()).GetEnumerator()),
                PyTuple or PyStr or PyBytes => new PyEnumeratorIterator(Builtins.Reversed, ReverseSeq(o)),
                _ when o.Type.Lookup("__getitem__") is not null && o.Type.Lookup("__len__") is not null => new PyEnumeratorIterator(Builtins.Reversed, ReverseSeq(o)),
                _ => throw PyErr.TypeError($"'{o.Type.Name}' object is not reversible"),
            };
        };
        foreach (var it in new[] { Builtins.Enumerate, Builtins.Zip, Builtins.Map, Builtins.Filter, Builtins.Reversed, Builtins.Iterator, Builtins.ListIterator, Builtins.ListReverseIterator, Builtins.TupleIterator,
                     Builtins.RangeIterator, Builtins.StrIterator, Builtins.DictKeyIterator, Builtins.DictValueIterator, Builtins.DictItemIterator, Builtins.SetIterator, Builtins.CallableIterator, Builtins.Generator })
        {
            TypeMethods.Method0(it, "__iter__", s => s);
            TypeMethods.Method0(it, "__next__", s => BuiltinFunctions.Next(s, null));
        }
        foreach (var it in new[] { Builtins.ListIterator, Builtins.TupleIterator, Builtins.RangeIterator, Builtins.StrIterator })
            TypeMethods.Method0(it, "__length_hint__", s => PyInt.FromLong(((PySequenceIterator)s).RemainingHint()));
        var g = Builtins.Generator;
        TypeMethods.Method1(g, "send", (s, v) => ((PyGenerator)s).Send(v));
        TypeMethods.Method(g, "throw", (s, a, k) =>
        {
            ArgParse.Exact("throw", a, k, 1, 3);
            PyBaseException exc;
            if (a[0] is PyType et)
                exc = a.Length > 1 && a[1] is PyBaseException given ? given : ExceptionState.ToException(a.Length > 1 && a[1] is not PyNone ? Ops.Call(et, [a[1]]) : et);
            else exc = a[0] as PyBaseException ?? throw PyErr.TypeError("exceptions must be classes or instances deriving from BaseException, not " + a[0].Type.Name);
            return ((PyGenerator)s!).Throw(exc);
        });
        TypeMethods.Method0(g, "close", s =>
        {
            ((PyGenerator)s).Close();
            return PyNone.Value;
        });
        TypeMethods.Getter(g, "__name__", s => new PyStr(((PyGenerator)s).Code.Name));
        TypeMethods.Getter(g, "__qualname__", s => new PyStr(((PyGenerator)s).Code.Qualname));
        TypeMethods.Getter(g, "gi_running", s => Ops.Bool(((PyGenerator)s).IsRunning));
        TypeMethods.Getter(g, "gi_suspended", s => Ops.Bool(((PyGenerator)s) is { IsStarted: true, IsFinished: false, IsRunning: false }));
        TypeMethods.Getter(g, "gi_code", s => ((PyGenerator)s).Code);
    }

    private static IEnumerator<PyObject> ReverseList(PyList l)
    {
        for (var i = l.Count - 1; i >= 0; i--)
        {
            if (i >= l.Count) { i = l.Count; continue; }
            yield return l.Items[i];
        }
    }

    private static IEnumerator<PyObject> ReverseSeq(PyObject o)
    {
        for (var i = Ops.Len(o) - 1; i >= 0; i--) yield return Ops.GetItem(o, PyInt.FromLong(i));
    }
}
