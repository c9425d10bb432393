namespace FatSharp.Interpreter.Runtime;

/// <summary>list: constructor and methods; sort is a stable merge sort using Python's &lt; only.</summary>
public static class ListMethods
{
    public static void Register()
    {
        var t = Builtins.List;
        t.NewImpl = (cls, a, k) => ReferenceEquals(cls, Builtins.List) && a.Length == 1 && k is null ? new PyList(Ops.ToNewArray(a[0])) : new PyList(cls);
        TypeMethods.Method(t, "__init__", (s, a, k) =>
        {
            ArgParse.Exact("list", a, k, 0, 1);
            var l = (PyList)s!;
            if (a.Length == 1)
            {
                var items = Ops.ToNewArray(a[0]);
                l.SetItems(items);
            }
            return PyNone.Value;
        });
        TypeMethods.Method1(t, "append", (s, x) =>
        {
            ((PyList)s).Append(x);
            return PyNone.Value;
        });
        TypeMethods.Method1(t, "__iadd__", (s, x) =>
        {
            Extend((PyList)s, x);
            return s;
        });
        TypeMethods.Method1(t, "extend", (s, x) =>
        {
            Extend((PyList)s, x);
            return PyNone.Value;
        });
        TypeMethods.Method(t, "insert", (s, a, k) =>
        {
            ArgParse.Exact("insert", a, k, 2, 2);
            return Insert((PyList)s!, a[0], a[1]);
        }, f2: (s, index, x) => Insert((PyList)s!, index, x));
        TypeMethods.Method(t, "pop", (s, a, k) =>
        {
            ArgParse.Exact("pop", a, k, 0, 1);
            var l = (PyList)s!;
            if (l.Count == 0) throw PyErr.IndexError("pop from empty list");
            return a.Length == 0 ? PopAt(l, l.Count - 1) : PopAt(l, Ops.IndexToLong(a[0]));
        }, f1: (s, index) =>
        {
            var l = (PyList)s!;
            if (l.Count == 0) throw PyErr.IndexError("pop from empty list");
            return PopAt(l, Ops.IndexToLong(index));
        }, f0: s =>
        {
            var l = (PyList)s!;
            if (l.Count == 0) throw PyErr.IndexError("pop from empty list");
            var v = l.Items[l.Count - 1];
            l.Items[--l.Count] = null!;
            return v;
        });
        TypeMethods.Method1(t, "remove", (s, x) =>
        {
            var l = (PyList)s;
            for (var i = 0; i < l.Count; i++)
            {
                if (Ops.EqBool(l.Items[i], x))
                {
                    l.RemoveAt(i);
                    return PyNone.Value;
                }
            }
            throw PyErr.ValueError("list.remove(x): x not in list");
        });
        TypeMethods.Method(t, "index", (s, a, k) =>
        {
            ArgParse.Exact("index", a, k, 1, 3);
            var l = (PyList)s!;
            var start = a.Length > 1 ? Norm(Ops.IndexToLongClamped(a[1]), l.Count) : 0;
            var end = a.Length > 2 ? Norm(Ops.IndexToLongClamped(a[2]), l.Count) : l.Count;
            for (var i = start; i < Math.Min(end, l.Count); i++)
                if (Ops.EqBool(l.Items[i], a[0])) return PyInt.FromLong(i);
            throw PyErr.ValueError($"{Ops.Repr(a[0])} is not in list");
        });
        TypeMethods.Method1(t, "count", (s, x) =>
        {
            var l = (PyList)s;
            var n = 0;
            for (var i = 0; i < l.Count; i++)
                if (Ops.EqBool(l.Items[i], x)) n++;
            return PyInt.FromLong(n);
        });
        TypeMethods.Method0(t, "reverse", s =>
        {
            var l = (PyList)s;
            Array.Reverse(l.Items, 0, l.Count);
            return PyNone.Value;
        });
        TypeMethods.Method0(t, "copy", s => new PyList(((PyList)s).ToArray()));
        TypeMethods.Method0(t, "clear", s =>
        {
            ((PyList)s).Clear();
            return PyNone.Value;
        });
        TypeMethods.Method(t, "sort", (s, a, k) =>
        {
            var kw = ArgParse.Keywords("sort", a, k, "key", "reverse");
            if (ArgParse.PositionalOnly(a, k).Length > 0) throw PyErr.TypeError("sort() takes no positional arguments");
            Sort((PyList)s!, kw.GetValueOrDefault("key"), kw.TryGetValue("reverse", out var r) && Ops.IsTrue(r));
            return PyNone.Value;
        });
        TypeMethods.Method0(t, "__len__", s => PyInt.FromLong(((PyList)s).Count));
        TypeMethods.Method1(t, "__getitem__", (s, x) => Ops.GetItem(AsPlain((PyList)s), x));
        TypeMethods.Method(t, "__setitem__", (s, a, k) =>
        {
            var l = (PyList)s!;
            var plain = AsPlain(l);
            Ops.SetItem(plain, a[0], a[1]);
            l.SetItems(plain.ToArray());
            return PyNone.Value;
        });
        TypeMethods.Method1(t, "__contains__", (s, x) => Ops.Bool(Ops.Contains(AsPlain((PyList)s), x)));
        TypeMethods.Method0(t, "__iter__", s => new PySequenceIterator(s));
        TypeMethods.Method1(t, "__add__", (s, x) => Ops.Add(AsPlain((PyList)s), x));
        TypeMethods.Method1(t, "__eq__", (s, x) => Ops.RichCompare(AsPlain((PyList)s), x is PyList xl ? AsPlain(xl) : x, FatSharp.Ast.CmpOperator.Eq));
        TypeMethods.Method0(t, "__repr__", s => new PyStr(Ops.NativeRepr(s)));
        t.TypeDict.SetItem("__hash__", PyNone.Value);
    }

    private static PyObject Insert(PyList l, PyObject index, PyObject x)
    {
        var i = Ops.IndexToLong(index);
        if (i < 0) i = Math.Max(0, i + l.Count);
        if (i > l.Count) i = l.Count;
        l.Insert((int)i, x);
        return PyNone.Value;
    }

    /// <summary>list.pop(i) on a non-empty list.</summary>
    private static PyObject PopAt(PyList l, long i)
    {
        if (i < 0) i += l.Count;
        if (i < 0 || i >= l.Count) throw PyErr.IndexError("pop index out of range");
        var v = l.Items[i];
        l.RemoveAt((int)i);
        return v;
    }

    private static PyList AsPlain(PyList l) => ReferenceEquals(l.Type, Builtins.List) ? l : new PyList(l.ToArray());

    internal static int Norm(long i, int count)
    {
        if (i < 0) i = Math.Max(0, i + count);
        return (int)Math.Min(i, count);
    }

    public static void Extend(PyList l, PyObject x)
    {
        if (x is PyList xl)
        {
            var items = xl.ToArray();
            if (l.Count + items.Length > l.Items.Length) l.Grow(l.Count + items.Length);
            Array.Copy(items, 0, l.Items, l.Count, items.Length);
            l.Count += items.Length;
            return;
        }
        var it = Ops.GetIter(x);
        while (Ops.TryNext(it, out var item)) l.Append(item);
    }

    public static void RepeatInPlace(PyList l, PyObject n)
    {
        var count = Ops.IndexToLong(n);
        var items = l.ToArray();
        var res = new List<PyObject>();
        for (var i = 0; i < count; i++) res.AddRange(items);
        l.SetItems([.. res]);
    }

    public static PyObject Sorted(List<PyObject> items)
    {
        var l = new PyList([.. items]);
        Sort(l, null, false);
        return l;
    }

    public static void Sort(PyList l, PyObject? key, bool reverse)
    {
        if (key is PyNone) key = null;
        var n = l.Count;
        var items = l.ToArray();
        // The list appears empty while sorting, as in CPython.
        l.Clear();
        try
        {
            var keys = key is null ? items : items.Select(x => Ops.Call1(key, x)).ToArray();
            var idx = Enumerable.Range(0, n).ToArray();
            Comparison<int> cmp = IsAllInts(keys) ? (x, y) => ((PyInt)keys[x]).Value.CompareTo(((PyInt)keys[y]).Value)
                : IsAllStrs(keys) ? (x, y) => string.CompareOrdinal(((PyStr)keys[x]).Value, ((PyStr)keys[y]).Value)
                : (x, y) => Ops.CompareBool(keys[x], keys[y], FatSharp.Ast.CmpOperator.Lt) ? -1 : Ops.CompareBool(keys[y], keys[x], FatSharp.Ast.CmpOperator.Lt) ? 1 : 0;
            // Stable merge sort; reverse=True is (reverse, stable sort, reverse) so equal items keep their order.
            if (reverse) Array.Reverse(idx);
            MergeSort(idx, cmp);
            if (reverse) Array.Reverse(idx);
            var sorted = new PyObject[n];
            for (var i = 0; i < n; i++) sorted[i] = items[idx[i]];
            if (l.Count != 0) throw PyErr.ValueError("list modified during sort");
            l.SetItems(sorted);
        }
        catch
        {
            if (l.Count == 0) l.SetItems(items);
            throw;
        }
    }

    private static bool IsAllInts(PyObject[] a) => a.All(x => x is PyInt { IsBig: false } && !x.Type.IsHeapType);
    private static bool IsAllStrs(PyObject[] a) => a.All(x => x is PyStr && !x.Type.IsHeapType);

    private static void MergeSort(int[] a, Comparison<int> cmp)
    {
        if (a.Length < 2) return;
        var tmp = new int[a.Length];
        MergeSort(a, tmp, 0, a.Length, cmp);
    }

    private static void MergeSort(int[] a, int[] tmp, int lo, int hi, Comparison<int> cmp)
    {
        if (hi - lo <= 16)
        {
            for (var i = lo + 1; i < hi; i++)
            {
                var v = a[i];
                var j = i - 1;
                while (j >= lo && cmp(v, a[j]) < 0)
                {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        var mid = (lo + hi) / 2;
        MergeSort(a, tmp, lo, mid, cmp);
        MergeSort(a, tmp, mid, hi, cmp);
        if (cmp(a[mid], a[mid - 1]) >= 0) return;
        Array.Copy(a, lo, tmp, lo, hi - lo);
        int p = lo, q = mid, k = lo;
        while (p < mid && q < hi) a[k++] = cmp(tmp[q], tmp[p]) < 0 ? tmp[q++] : tmp[p++];
        while (p < mid) a[k++] = tmp[p++];
        while (q < hi) a[k++] = tmp[q++];
    }

    public static void SetSlice(PyList l, PySlice s, PyObject value) => SetSlice(l, s.Start, s.Stop, s.Step, s, value);

    /// <summary>
    /// <c>l[lower:upper:step] = value</c> in place. The bounds come either as a slice object
    /// (<paramref name="slice"/>) or as the bare values of a slice display, which saves building the slice
    /// object when they are plain ints. The value is read before the bounds are clamped, as in CPython, since
    /// reading it may run code that changes the list's length.
    /// </summary>
    public static void SetSlice(PyList l, PyObject? lowerBound, PyObject? upperBound, PyObject? stepValue, PySlice? slice, PyObject value)
    {
        PyObject[] src;
        int m;
        if (value is PyList vl && !vl.Type.IsHeapType && !ReferenceEquals(vl, l))
        {
            // Read in place: nothing below runs Python code that could change it.
            src = vl.Items;
            m = vl.Count;
        }
        else
        {
            src = ReferenceEquals(value, l) ? l.ToArray() : Ops.ToArray(value);
            m = src.Length;
        }
        if (!PySlice.TryFastIndices(lowerBound, upperBound, stepValue, l.Count, out var start, out var stop, out var step, out var n))
        {
            slice ??= new PySlice(lowerBound ?? PyNone.Value, upperBound ?? PyNone.Value, stepValue ?? PyNone.Value);
            n = slice.Indices(l.Count, out start, out stop, out step);
        }
        if (step == 1)
        {
            if (stop < start) stop = start;
            ReplaceRange(l, start, stop, src, m);
            return;
        }
        if (m != n)
            throw PyErr.ValueError($"attempt to assign sequence of size {m} to extended slice of size {n}");
        var items = l.Items;
        for (var i = 0; i < n; i++) items[start + i * step] = src[i];
    }

    /// <summary>Replaces <c>l[start:stop]</c> by the first <paramref name="m"/> items of <paramref name="src"/>
    /// (an array that is not the list's own).</summary>
    private static void ReplaceRange(PyList l, int start, int stop, PyObject[] src, int m)
    {
        var count = l.Count;
        var newCount = count - (stop - start) + m;
        var items = l.Items;
        if (newCount > items.Length)
        {
            var grown = new PyObject[newCount];
            Array.Copy(items, 0, grown, 0, start);
            Array.Copy(src, 0, grown, start, m);
            Array.Copy(items, stop, grown, start + m, count - stop);
            l.Items = grown;
        }
        else
        {
            if (stop - start != m) Array.Copy(items, stop, items, start + m, count - stop);
            Array.Copy(src, 0, items, start, m);
            if (newCount < count) Array.Clear(items, newCount, count - newCount);
        }
        l.Count = newCount;
    }

    public static void DeleteSlice(PyList l, PySlice s)
    {
        var n = s.Indices(l.Count, out var start, out _, out var step);
        if (n == 0) return;
        if (step < 0)
        {
            // The same items walked upwards.
            start += (n - 1) * step;
            step = -step;
        }
        var count = l.Count;
        var items = l.Items;
        if (step == 1)
        {
            Array.Copy(items, start + n, items, start, count - start - n);
        }
        else
        {
            // Keep every item whose index is not start + k*step for k < n, in order.
            var last = start + (n - 1) * step;
            var w = start;
            for (var i = start; i < count; i++)
                if (i > last || (i - start) % step != 0) items[w++] = items[i];
        }
        Array.Clear(items, count - n, n);
        l.Count = count - n;
    }
}
