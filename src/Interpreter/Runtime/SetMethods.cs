using FatSharp.Ast;

namespace FatSharp.Interpreter.Runtime;

/// <summary>set and frozenset: constructors, operators and methods.</summary>
public static class SetMethods
{
    public static PySet FromIterable(PyObject o, PyType? type = null)
    {
        var s = new PySet(type ?? Builtins.Set);
        if (o is PySet ps)
        {
            s.Storage = ps.Storage.Copy();
            return s;
        }
        var it = Ops.GetIter(o);
        while (Ops.TryNext(it, out var x)) s.Add(x);
        return s;
    }

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
                        set.Storage.Clear();
                        var it = Ops.GetIter(a[0]);
                        while (Ops.TryNext(it, out var x)) set.Add(x);
                    }
                    return PyNone.Value;
                });
            TypeMethods.Method(t, "union", (s, a, k) => Many((PySet)s!, a, Operator.BitOr));
            TypeMethods.Method(t, "intersection", (s, a, k) => Many((PySet)s!, a, Operator.BitAnd));
            TypeMethods.Method(t, "difference", (s, a, k) => Many((PySet)s!, a, Operator.Sub));
            TypeMethods.Method1(t, "symmetric_difference", (s, x) => Binary((PySet)s, FromIterable(x), Operator.BitXor));
            TypeMethods.Method1(t, "issubset", (s, x) => Compare((PySet)s, FromIterable(x), 3));
            TypeMethods.Method1(t, "issuperset", (s, x) => Compare((PySet)s, FromIterable(x), 5));
            TypeMethods.Method1(t, "isdisjoint", (s, x) => IsDisjoint((PySet)s, x));
            TypeMethods.Method0(t, "copy", s => frozen && !s.Type.IsHeapType ? s : new PySet(s.Type.IsHeapType ? t : s.Type, ((PySet)s).Storage.Copy()));
            TypeMethods.Method0(t, "__len__", s => PyInt.FromLong(((PySet)s).Count));
            TypeMethods.Method1(t, "__contains__", (s, x) => Ops.Bool(((PySet)s).Contains(x)));
            TypeMethods.Method0(t, "__iter__", s => Ops.GetIter(new PySet(Builtins.Set, ((PySet)s).Storage)));
            if (frozen) continue;
            t.TypeDict.SetItem("__hash__", PyNone.Value);
            TypeMethods.Method1(t, "add", (s, x) =>
            {
                ((PySet)s).Add(x);
                return PyNone.Value;
            });
            TypeMethods.Method1(t, "remove", (s, x) =>
            {
                if (!((PySet)s).Storage.Remove(x, out _)) throw PyErr.KeyError(x);
                return PyNone.Value;
            });
            TypeMethods.Method1(t, "discard", (s, x) =>
            {
                ((PySet)s).Storage.Remove(x, out _);
                return PyNone.Value;
            });
            TypeMethods.Method0(t, "pop", s =>
            {
                var set = (PySet)s;
                var pos = 0;
                if (!set.Storage.Next(ref pos, out var k, out _)) throw PyErr.KeyError(new PyStr("pop from an empty set"));
                set.Storage.Remove(k, out _);
                return k;
            });
            TypeMethods.Method0(t, "clear", s =>
            {
                ((PySet)s).Storage.Clear();
                return PyNone.Value;
            });
            TypeMethods.Method(t, "update", (s, a, k) =>
            {
                foreach (var x in a)
                {
                    var it = Ops.GetIter(x);
                    while (Ops.TryNext(it, out var item)) ((PySet)s!).Add(item);
                }
                return PyNone.Value;
            });
            TypeMethods.Method(t, "intersection_update", (s, a, k) => Update((PySet)s!, a, Operator.BitAnd));
            TypeMethods.Method(t, "difference_update", (s, a, k) => Update((PySet)s!, a, Operator.Sub));
            TypeMethods.Method1(t, "symmetric_difference_update", (s, x) =>
            {
                InPlace((PySet)s, FromIterable(x), Operator.BitXor);
                return PyNone.Value;
            });
        }
    }

    private static PyObject Update(PySet s, PyObject[] a, Operator op)
    {
        foreach (var x in a) InPlace(s, FromIterable(x), op);
        return PyNone.Value;
    }

    private static PyObject Many(PySet s, PyObject[] others, Operator op)
    {
        var r = new PySet(s.IsFrozen ? Builtins.FrozenSet : Builtins.Set, s.Storage.Copy());
        foreach (var o in others) InPlace(r, FromIterable(o), op);
        return r;
    }

    public static PyObject Binary(PySet a, PySet b, Operator op)
    {
        var r = new PySet(a.IsFrozen ? Builtins.FrozenSet : Builtins.Set, a.Storage.Copy());
        InPlace(r, b, op);
        return r;
    }

    public static void InPlace(PySet a, PySet b, Operator op)
    {
        switch (op)
        {
            case Operator.BitOr:
                foreach (var x in b.Items().ToList()) a.Add(x);
                break;
            case Operator.BitAnd:
                foreach (var x in a.Items().ToList())
                    if (!b.Contains(x)) a.Storage.Remove(x, out _);
                break;
            case Operator.Sub:
                foreach (var x in b.Items().ToList()) a.Storage.Remove(x, out _);
                break;
            case Operator.BitXor:
                foreach (var x in b.Items().ToList())
                {
                    if (!a.Storage.Remove(x, out _)) a.Add(x);
                }
                break;
        }
    }

    public static PyObject Compare(PySet a, PySet b, int op)
    {
        bool Subset(PySet x, PySet y) => x.Count <= y.Count && x.Items().All(y.Contains);
        return Ops.Bool(op switch
        {
            0 => a.Count == b.Count && Subset(a, b),
            1 => !(a.Count == b.Count && Subset(a, b)),
            2 => a.Count < b.Count && Subset(a, b),
            3 => Subset(a, b),
            4 => b.Count < a.Count && Subset(b, a),
            _ => Subset(b, a),
        });
    }

    public static PyObject IsDisjoint(PySet s, PyObject other)
    {
        var it = Ops.GetIter(other);
        while (Ops.TryNext(it, out var x))
            if (s.Contains(x)) return PyInt.False;
        return PyInt.True;
    }
}
