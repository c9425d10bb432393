namespace FatSharp.Interpreter.Runtime;

public static partial class Ops
{
    public static PyObject GetItem(PyObject o, PyObject key)
    {
        switch (o)
        {
            case PyList l when !l.Type.IsHeapType:
                if (key is PyInt li && !li.IsBig)
                {
                    var i = li.Value;
                    if (i < 0) i += l.Count;
                    if ((ulong)i >= (ulong)l.Count) throw PyErr.IndexError("list index out of range");
                    return l.Items[i];
                }
                break;
            case PyDict d when !d.Type.IsHeapType:
                return d.Storage.Get(key) ?? throw PyErr.KeyError(key);
            case PyTuple t when !t.Type.IsHeapType:
                if (key is PyInt ti && !ti.IsBig)
                {
                    var i = ti.Value;
                    if (i < 0) i += t.Items.Length;
                    if ((ulong)i >= (ulong)t.Items.Length) throw PyErr.IndexError("tuple index out of range");
                    return t.Items[i];
                }
                break;
        }
        if (o.Type.IsHeapType)
        {
            var m = o.Type.Lookup("__getitem__");
            if (m is not null and not PyMethodDescriptor) return CallMethod(m, o, key);
            if (o is PyDict hd)
            {
                var v = hd.Storage.Get(key);
                if (v is not null) return v;
                var missing = o.Type.Lookup("__missing__");
                if (missing is not null) return CallMethod(missing, o, key);
                throw PyErr.KeyError(key);
            }
        }
        if (o is PyType ty)
        {
            var cg = ty.Lookup("__class_getitem__");
            if (cg is not null) return Call1(BindDescriptor(cg, null, ty), key);
            if (GenericAliasMethods.IsGenericBuiltin(ty)) return PyGenericAlias.Create(ty, key);
        }
        return NativeGetItem(o, key);
    }

    private static PyObject NativeGetItem(PyObject o, PyObject key)
    {
        switch (o)
        {
            case PyList l:
                if (key is PySlice ls) return new PyList(SliceArray(l.Items, l.Count, ls));
                return l.Items[SeqIndex(key, l.Count, "list")];
            case PyTuple t:
                if (key is PySlice ts) return PyTuple.Create(SliceArray(t.Items, t.Items.Length, ts));
                return t.Items[SeqIndex(key, t.Items.Length, "tuple")];
            case PyStr s:
                if (key is PySlice ss) return StrMethods.Slice(s, ss);
                return s.CharAt(SeqIndex(key, s.Length, "string"));
            case PyDict d:
                return d.Storage.Get(key) ?? throw PyErr.KeyError(key);
            case PyRange r:
                if (key is PySlice rs)
                {
                    var n = (int)Math.Min(r.Length, int.MaxValue);
                    rs.Indices(n, out var start, out _, out var step);
                    var count = rs.Indices(n, out _, out _, out _);
                    var st = r.Start + start * r.Step;
                    var sp = r.Step * step;
                    return new PyRange(st, st + count * sp, sp);
                }
                {
                    var idx = IndexToLong(key);
                    var len = r.Length;
                    if (idx < 0) idx += len;
                    if (idx < 0 || idx >= len) throw PyErr.IndexError("range object index out of range");
                    return PyInt.FromLong(r.Start + idx * r.Step);
                }
            case PyBytes b:
                if (key is PySlice bs)
                {
                    var arr = new PyObject[0];
                    var n = bs.Indices(b.Count, out var start, out _, out var step);
                    var res = new byte[n];
                    for (var i = 0; i < n; i++) res[i] = b.Value[start + i * step];
                    return new PyBytes(res, b.IsMutable ? Builtins.ByteArray : Builtins.Bytes);
                }
                return PyInt.FromLong(b.Value[SeqIndex(key, b.Count, b.IsMutable ? "bytearray" : "index")]);
            case PyMemoryView mv:
                return MemoryViewMethods.GetItem(mv, key);
            case PyBigRange when key is PySlice:
                throw PyErr.NotImplementedError("slicing a range with bounds beyond 64 bits is not supported yet");
            case PyBigRange br:
            {
                var bi = ((PyInt)Index(key)).Big;
                var bl = br.Length;
                if (bi < 0) bi += bl;
                if (bi < 0 || bi >= bl) throw PyErr.IndexError("range object index out of range");
                return PyInt.FromBig(br[bi]);
            }
        }
        if (o is PyType)
            throw PyErr.TypeError($"type '{((PyType)o).Name}' is not subscriptable");
        throw PyErr.TypeError($"'{o.Type.Name}' object is not subscriptable");
    }

    private static int SeqIndex(PyObject key, int count, string what)
    {
        if (key is not PyInt && !(key.Type.IsHeapType && key.Type.Lookup("__index__") is not null))
            throw PyErr.TypeError($"{(what == "string" ? "string" : what)} indices must be integers{(what is "list" or "tuple" ? " or slices" : "")}, not {key.Type.Name}");
        var ik = (PyInt)Index(key);
        long i = ik.IsBig ? long.MaxValue : ik.Value;
        if (i < 0) i += count;
        if (i < 0 || i >= count)
            throw PyErr.IndexError(what == "string" ? "string index out of range" : what == "index" ? "index out of range" : $"{what} index out of range");
        return (int)i;
    }

    public static PyObject[] SliceArray(PyObject[] items, int count, PySlice s)
    {
        var n = s.Indices(count, out var start, out _, out var step);
        return CopySlice(items, start, step, n);
    }

    /// <summary>The <paramref name="n"/> items at start, start+step, ... as a new array.</summary>
    public static PyObject[] CopySlice(PyObject[] items, int start, int step, int n)
    {
        if (n == 0) return [];
        var res = new PyObject[n];
        if (step == 1) Array.Copy(items, start, res, 0, n);
        else if (step == -1)
        {
            Array.Copy(items, start - n + 1, res, 0, n);
            Array.Reverse(res);
        }
        else
        {
            // Stores through a span of the new array skip the per-item covariance check.
            var dst = res.AsSpan();
            for (var i = 0; i < dst.Length; i++) dst[i] = items[start + i * step];
        }
        return res;
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        switch (o)
        {
            case PyList l when !l.Type.IsHeapType && key is PyInt li && !li.IsBig:
            {
                var i = li.Value;
                if (i < 0) i += l.Count;
                if ((ulong)i >= (ulong)l.Count) throw PyErr.IndexError("list assignment index out of range");
                ObjectArrays.Store(l.Items, (int)i, value);
                return;
            }
            case PyDict d when !d.Type.IsHeapType && d.Type != Builtins.MappingProxy:
                d.Storage.Set(key, Hash(key), value);
                return;
        }
        if (o.Type.IsHeapType)
        {
            var m = o.Type.Lookup("__setitem__");
            if (m is not null and not PyMethodDescriptor)
            {
                CallMethod(m, o, key, value);
                return;
            }
        }
        switch (o)
        {
            case PyDict when o.Type == Builtins.MappingProxy:
                break;
            case PyList l:
                if (key is PySlice s) ListMethods.SetSlice(l, s, value);
                else ObjectArrays.Store(l.Items, SeqIndex(key, l.Count, "list assignment"), value);
                return;
            case PyDict d:
                d.Storage.Set(key, Hash(key), value);
                return;
            case PyBytes b when b.IsMutable && key is PySlice bs:
                BytesTextMethods.SetSlice(b, bs, value);
                return;
            case PyMemoryView mv:
                MemoryViewMethods.SetItem(mv, key, value);
                return;
            case PyBytes b when b.IsMutable:
                var v = IndexToLong(value);
                if (v is < 0 or > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
                b.Value[SeqIndex(key, b.Count, "bytearray")] = (byte)v;
                return;
        }
        throw PyErr.TypeError($"'{o.Type.Name}' object does not support item assignment");
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        if (o.Type.IsHeapType)
        {
            var m = o.Type.Lookup("__delitem__");
            if (m is not null and not PyMethodDescriptor)
            {
                CallMethod(m, o, key);
                return;
            }
        }
        switch (o)
        {
            case PyDict when o.Type == Builtins.MappingProxy:
                break;
            case PyList l:
                if (key is PySlice s)
                {
                    ListMethods.DeleteSlice(l, s);
                    return;
                }
                l.RemoveAt(SeqIndex(key, l.Count, "list assignment"));
                return;
            case PyDict d:
                if (!d.Storage.Remove(key, out _)) throw PyErr.KeyError(key);
                return;
            case PyBytes b when b.IsMutable:
                BytesTextMethods.Delete(b, key);
                return;
        }
        throw PyErr.TypeError($"'{o.Type.Name}' object doesn't support item deletion");
    }
}
