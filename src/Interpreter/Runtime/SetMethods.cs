using FatSharp.Ast;

namespace FatSharp.Interpreter.Runtime;

/// <summary>
/// set and frozenset: constructors, operators and methods. Each operation adds and removes keys in the same order
/// as CPython's (which set it iterates, when it grows the table up front), so results print in CPython's order.
/// </summary>
public static class SetMethods
{
    /// <summary>The type of results of set operations: set for set subclasses, frozenset for frozenset ones.</summary>
    private static PyType BaseType(PySet s) => s.IsFrozen ? Builtins.FrozenSet : Builtins.Set;

    public static PySet FromIterable(PyObject o, PyType? type = null)
    {
        var s = new PySet(type ?? Builtins.Set);
        Update(s, o);
        return s;
    }

    /// <summary>set.update with one argument: merges sets and dicts table-wise, other iterables key by key.</summary>
    public static void Update(PySet s, PyObject other)
    {
        switch (other)
        {
            case PySet o:
                s.Table.Merge(o.Table);
                return;
            case PyDict d when ReferenceEquals(d.Type, Builtins.Dict):
                s.Table.MergeDict(d.Storage);
                return;
        }
        var it = Ops.GetIter(other);
        while (Ops.TryNext(it, out var x)) s.Add(x);
    }

    /// <summary>
    /// A frozenset constant as CPython's compiler leaves it: built from the elements in source order, then rebuilt
    /// from that set's iteration order when the compiler merges constants. Set displays of three or more constants
    /// start from such a constant (an empty set updated with it), which fixes their table layout.
    /// </summary>
    public static PySet FrozenConstant(IEnumerable<PyObject> items)
    {
        var first = new PySet(Builtins.FrozenSet);
        foreach (var x in items) first.Add(x);
        var merged = new PySet(Builtins.FrozenSet);
        foreach (var x in first.Items()) merged.Add(x);
        return merged;
    }

    private static PySet Copy(PySet s) => new(BaseType(s), s.Table.Copy());

    /// <summary>A set used as a key is looked up as the equal frozenset.</summary>
    private static long HashKey(ref PyObject key)
    {
        if (key is PySet ks && !ks.IsFrozen)
        {
            try { return Ops.Hash(key); }
            catch (PythonException e) when (PyErr.Matches(e, Builtins.TypeError))
            {
                key = new PySet(Builtins.FrozenSet, ks.Table.Copy());
            }
        }
        return Ops.Hash(key);
    }

    public static bool Contains(PySet s, PyObject key) => s.Table.Contains(key, HashKey(ref key));

    public static void Register()
    {
        foreach (var t in new[] { Builtins.Set, Builtins.FrozenSet })
        {
            var frozen = t == Builtins.FrozenSet;
            t.NewImpl = (cls, a, k) =>
            {
                ArgParse.Exact(t.Name, a, k, 0, 1);
                if (!frozen && !ReferenceEquals(cls, Builtins.Set)) return new PySet(cls);
                return a.Length == 0 ? new PySet(cls) : FromIterable(a[0], cls);
            };
            if (!frozen)
                TypeMethods.Method(t, "__init__", (s, a, k) =>
                {
                    var set = (PySet)s!;
                    if (a.Length == 1 && !ReferenceEquals(set.Type, Builtins.Set))
                    {
                        set.Table.Clear();
                        Update(set, a[0]);
                    }
                    return PyNone.Value;
                });
            TypeMethods.Method(t, "union", (s, a, k) =>
            {
                var self = (PySet)s!;
                var r = Copy(self);
                foreach (var o in a)
                    if (!ReferenceEquals(o, self)) Update(r, o);
                return r;
            });
            TypeMethods.Method(t, "intersection", (s, a, k) => IntersectionMulti((PySet)s!, a));
            TypeMethods.Method(t, "difference", (s, a, k) =>
            {
                var self = (PySet)s!;
                if (a.Length == 0) return Copy(self);
                var r = Difference(self, a[0]);
                for (var i = 1; i < a.Length; i++) DifferenceUpdate(r, a[i]);
                return r;
            });
            TypeMethods.Method1(t, "symmetric_difference", (s, x) => SymmetricDifference((PySet)s, x));
            TypeMethods.Method1(t, "issubset", (s, x) => Ops.Bool(IsSubset((PySet)s, x is PySet xs ? xs : FromIterable(x))));
            TypeMethods.Method1(t, "issuperset", (s, x) =>
            {
                var self = (PySet)s;
                if (x is PySet xs) return Ops.Bool(IsSubset(xs, self));
                var it = Ops.GetIter(x);
                while (Ops.TryNext(it, out var item))
                    if (!Contains(self, item)) return PyInt.False;
                return PyInt.True;
            });
            TypeMethods.Method1(t, "isdisjoint", (s, x) => IsDisjoint((PySet)s, x));
            TypeMethods.Method0(t, "copy", s => frozen && ReferenceEquals(s.Type, Builtins.FrozenSet) ? s : Copy((PySet)s));
            TypeMethods.Method0(t, "__len__", s => PyInt.FromLong(((PySet)s).Count));
            TypeMethods.Method1(t, "__contains__", (s, x) => Ops.Bool(Contains((PySet)s, x)));
            TypeMethods.Method0(t, "__iter__", s => Ops.GetIter(new PySet(Builtins.Set, ((PySet)s).Table)));
            if (frozen) continue;
            t.TypeDict.SetItem("__hash__", PyNone.Value);
            TypeMethods.Method1(t, "add", (s, x) =>
            {
                ((PySet)s).Add(x);
                return PyNone.Value;
            });
            TypeMethods.Method1(t, "remove", (s, x) =>
            {
                var key = x;
                if (!((PySet)s).Table.Discard(key, HashKey(ref key))) throw PyErr.KeyError(x);
                return PyNone.Value;
            });
            TypeMethods.Method1(t, "discard", (s, x) =>
            {
                ((PySet)s).Table.Discard(x, HashKey(ref x));
                return PyNone.Value;
            });
            TypeMethods.Method0(t, "pop", s =>
            {
                if (!((PySet)s).Table.TryPop(out var k)) throw PyErr.KeyError(new PyStr("pop from an empty set"));
                return k;
            });
            TypeMethods.Method0(t, "clear", s =>
            {
                ((PySet)s).Table.Clear();
                return PyNone.Value;
            });
            TypeMethods.Method(t, "update", (s, a, k) =>
            {
                foreach (var x in a) Update((PySet)s!, x);
                return PyNone.Value;
            });
            TypeMethods.Method(t, "intersection_update", (s, a, k) =>
            {
                var self = (PySet)s!;
                self.Table.SwapWith(IntersectionMulti(self, a).Table);
                return PyNone.Value;
            });
            TypeMethods.Method(t, "difference_update", (s, a, k) =>
            {
                foreach (var x in a) DifferenceUpdate((PySet)s!, x);
                return PyNone.Value;
            });
            TypeMethods.Method1(t, "symmetric_difference_update", (s, x) =>
            {
                SymmetricDifferenceUpdate((PySet)s, x);
                return PyNone.Value;
            });
        }
    }

    private static PySet IntersectionMulti(PySet s, PyObject[] others)
    {
        if (others.Length == 0) return Copy(s);
        var r = s;
        foreach (var o in others) r = Intersection(r, o);
        return r;
    }

    /// <summary>Iterates the smaller set (or the other iterable) and keeps what the other side contains.</summary>
    public static PySet Intersection(PySet s, PyObject other)
    {
        var r = new PySet(BaseType(s));
        if (other is PySet o)
        {
            var (probe, iterate) = o.Count > s.Count ? (o, s) : (s, o);
            var pos = 0;
            while (iterate.Table.Next(ref pos, out var k, out var h))
                if (probe.Table.Contains(k, h)) r.Table.Add(k, h);
            return r;
        }
        var it = Ops.GetIter(other);
        while (Ops.TryNext(it, out var x))
        {
            var h = Ops.Hash(x);
            if (s.Table.Contains(x, h)) r.Table.Add(x, h);
        }
        return r;
    }

    public static PySet Difference(PySet s, PyObject other)
    {
        int otherSize;
        if (other is PySet os) otherSize = os.Count;
        else if (other is PyDict od && ReferenceEquals(od.Type, Builtins.Dict)) otherSize = od.Storage.Count;
        else otherSize = -1;
        if (otherSize < 0 || (s.Count >> 2) > otherSize)
        {
            var copy = Copy(s);
            DifferenceUpdate(copy, other);
            return copy;
        }
        var r = new PySet(BaseType(s));
        var pos = 0;
        while (s.Table.Next(ref pos, out var k, out var h))
        {
            var present = other is PySet o ? o.Table.Contains(k, h) : ((PyDict)other).Storage.Contains(k, h);
            if (!present) r.Table.Add(k, h);
        }
        return r;
    }

    public static void DifferenceUpdate(PySet s, PyObject other)
    {
        if (ReferenceEquals(s, other))
        {
            s.Table.Clear();
            return;
        }
        if (other is PySet o)
        {
            var pos = 0;
            while (o.Table.Next(ref pos, out var k, out var h)) s.Table.Discard(k, h);
        }
        else
        {
            var it = Ops.GetIter(other);
            while (Ops.TryNext(it, out var x)) s.Table.Discard(x, HashKey(ref x));
        }
        s.Table.ShrinkDummies();
    }

    public static PySet SymmetricDifference(PySet s, PyObject other)
    {
        var r = FromIterable(other, BaseType(s));
        SymmetricDifferenceUpdate(r, s);
        return r;
    }

    public static void SymmetricDifferenceUpdate(PySet s, PyObject other)
    {
        if (ReferenceEquals(s, other))
        {
            s.Table.Clear();
            return;
        }
        if (other is PyDict d && ReferenceEquals(d.Type, Builtins.Dict))
        {
            var dp = 0;
            while (d.Storage.Next(ref dp, out var k, out _))
            {
                var h = Ops.Hash(k);
                if (!s.Table.Discard(k, h)) s.Table.Add(k, h);
            }
            return;
        }
        var o = other as PySet ?? FromIterable(other);
        var pos = 0;
        while (o.Table.Next(ref pos, out var key, out var hash))
            if (!s.Table.Discard(key, hash)) s.Table.Add(key, hash);
    }

    /// <summary>The binary operators |, &amp;, -, ^ of two sets.</summary>
    public static PyObject Binary(PySet a, PySet b, Operator op)
    {
        switch (op)
        {
            case Operator.BitOr:
                var r = Copy(a);
                if (!ReferenceEquals(a, b)) Update(r, b);
                return r;
            case Operator.BitAnd:
                return Intersection(a, b);
            case Operator.Sub:
                return Difference(a, b);
            default:
                return SymmetricDifference(a, b);
        }
    }

    /// <summary>|=, &amp;=, -=, ^= on a set.</summary>
    public static void InPlace(PySet a, PySet b, Operator op)
    {
        switch (op)
        {
            case Operator.BitOr:
                Update(a, b);
                break;
            case Operator.BitAnd:
                a.Table.SwapWith(Intersection(a, b).Table);
                break;
            case Operator.Sub:
                DifferenceUpdate(a, b);
                break;
            case Operator.BitXor:
                SymmetricDifferenceUpdate(a, b);
                break;
        }
    }

    private static bool IsSetView(PyObject o) => o is DictView { Kind: not DictViewKind.Values };

    /// <summary>
    /// Set operators where one side is a dict keys or items view (the other side may be any iterable): the view
    /// side becomes a set first, except for &amp;, which probes the view while iterating the other side.
    /// </summary>
    public static PyObject ViewBinary(PyObject self, PyObject other, Operator op)
    {
        if (op == Operator.BitAnd)
        {
            if (!IsSetView(self)) (self, other) = (other, self);
            var lenSelf = Ops.Len(self);
            if (other is PySet os && ReferenceEquals(os.Type, Builtins.Set) && lenSelf <= os.Count)
                return Intersection(os, self);
            if (IsSetView(other) && Ops.Len(other) > lenSelf) (self, other) = (other, self);
            var r = new PySet();
            var it = Ops.GetIter(other);
            while (Ops.TryNext(it, out var x))
                if (Ops.Contains(self, x)) r.Add(x);
            return r;
        }
        var result = new PySet();
        if (self is DictView { Kind: DictViewKind.Keys } v && ReferenceEquals(v.Mapping.Type, Builtins.Dict)) result.Table.MergeDict(v.Mapping.Storage);
        else Update(result, self);
        switch (op)
        {
            case Operator.Sub:
                DifferenceUpdate(result, other);
                break;
            case Operator.BitOr:
                Update(result, other);
                break;
            default:
                SymmetricDifferenceUpdate(result, other);
                break;
        }
        return result;
    }

    private static bool IsSubset(PySet a, PySet b)
    {
        if (a.Count > b.Count) return false;
        var pos = 0;
        while (a.Table.Next(ref pos, out var k, out var h))
            if (!b.Table.Contains(k, h)) return false;
        return true;
    }

    public static PyObject Compare(PySet a, PySet b, int op) => Ops.Bool(op switch
    {
        0 => a.Count == b.Count && IsSubset(a, b),
        1 => !(a.Count == b.Count && IsSubset(a, b)),
        2 => a.Count < b.Count && IsSubset(a, b),
        3 => IsSubset(a, b),
        4 => b.Count < a.Count && IsSubset(b, a),
        _ => IsSubset(b, a),
    });

    public static PyObject IsDisjoint(PySet s, PyObject other)
    {
        var it = Ops.GetIter(other);
        while (Ops.TryNext(it, out var x))
            if (s.Contains(x)) return PyInt.False;
        return PyInt.True;
    }
}
