using System.Numerics;
using FatSharp.Ast;

namespace FatSharp.Interpreter.Runtime;

public static partial class Ops
{
    private static readonly string[] CmpDunders = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
    private static readonly string[] CmpSymbols = ["==", "!=", "<", "<=", ">", ">="];
    private static readonly int[] Swapped = [0, 1, 4, 5, 2, 3];

    /// <summary>Rich comparison ops in CPython's order: Eq, NotEq, Lt, LtE, Gt, GtE (same as <see cref="CmpOperator"/>).</summary>
    public static PyObject RichCompare(PyObject a, PyObject b, CmpOperator op)
    {
        var i = (int)op;
        if (!a.Type.IsHeapType && !b.Type.IsHeapType)
        {
            var n = NativeCompare(a, b, i);
            if (n is not null) return n;
            return CompareFallback(a, b, i);
        }
        var ta = a.Type;
        var tb = b.Type;
        var checkedReflected = false;
        if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta) && tb.IsHeapType)
        {
            var fr = tb.Lookup(CmpDunders[Swapped[i]]);
            if (fr is not null and not PyMethodDescriptor)
            {
                checkedReflected = true;
                var r = CallMethod(fr, b, a);
                if (r is not PySingleton { Name: "NotImplemented" }) return r;
            }
        }
        var fa = ta.Lookup(CmpDunders[i]);
        if (op == CmpOperator.NotEq && fa is null or PyMethodDescriptor { Owner.Name: "object" } && ta.Lookup("__eq__") is PyFunction eqa)
        {
            // object.__ne__ inverts __eq__ and passes NotImplemented through, so the reflected side still gets its turn.
            var r = CallMethod(eqa, a, b);
            if (r is not PySingleton { Name: "NotImplemented" }) return Bool(!IsTrue(r));
        }
        else if (fa is not null and not PyMethodDescriptor)
        {
            var r = CallMethod(fa, a, b);
            if (r is not PySingleton { Name: "NotImplemented" }) return r;
        }
        else if (!ta.IsHeapType || fa is PyMethodDescriptor)
        {
            var r = NativeCompare(a, b, i);
            if (r is not null) return r;
        }
        if (!checkedReflected)
        {
            var fb = tb.Lookup(CmpDunders[Swapped[i]]);
            if (op == CmpOperator.NotEq && fb is null or PyMethodDescriptor { Owner.Name: "object" } && tb.Lookup("__eq__") is PyFunction eqb)
            {
                var r = CallMethod(eqb, b, a);
                if (r is not PySingleton { Name: "NotImplemented" }) return Bool(!IsTrue(r));
            }
            else if (fb is not null and not PyMethodDescriptor)
            {
                var r = CallMethod(fb, b, a);
                if (r is not PySingleton { Name: "NotImplemented" }) return r;
            }
            else if (!tb.IsHeapType || fb is PyMethodDescriptor)
            {
                var r = NativeCompare(b, a, Swapped[i]);
                if (r is not null) return r;
            }
        }
        return CompareFallback(a, b, i);
    }

    private static PyObject CompareFallback(PyObject a, PyObject b, int i) => i switch
    {
        0 => Bool(ReferenceEquals(a, b)),
        1 => Bool(!ReferenceEquals(a, b)),
        _ => throw PyErr.TypeError($"'{CmpSymbols[i]}' not supported between instances of '{a.Type.Name}' and '{b.Type.Name}'"),
    };

    public static bool CompareBool(PyObject a, PyObject b, CmpOperator op)
    {
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig)
        {
            return op switch
            {
                CmpOperator.Eq => x.Value == y.Value,
                CmpOperator.NotEq => x.Value != y.Value,
                CmpOperator.Lt => x.Value < y.Value,
                CmpOperator.LtE => x.Value <= y.Value,
                CmpOperator.Gt => x.Value > y.Value,
                _ => x.Value >= y.Value,
            };
        }
        return IsTrue(RichCompare(a, b, op));
    }

    /// <summary>Equality as containers use it: identity implies equality.</summary>
    public static bool EqBool(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        // Builtin ints and strs compare by value; a subclass may override __eq__.
        if (!a.Type.IsHeapType && !b.Type.IsHeapType)
        {
            if (a is PyInt x && b is PyInt y) return x.IsBig || y.IsBig ? x.Big == y.Big : x.Value == y.Value;
            if (a is PyStr sa && b is PyStr sb) return sa.Value == sb.Value;
        }
        return IsTrue(RichCompare(a, b, CmpOperator.Eq));
    }

    private static bool Cmp(int c, int op) => op switch
    {
        0 => c == 0,
        1 => c != 0,
        2 => c < 0,
        3 => c <= 0,
        4 => c > 0,
        _ => c >= 0,
    };

    private static PyObject? NativeCompare(PyObject a, PyObject b, int op)
    {
        switch (a)
        {
            case PyInt x when b is PyInt y:
                return Bool(Cmp(x.IsBig || y.IsBig ? x.Big.CompareTo(y.Big) : x.Value.CompareTo(y.Value), op));
            case PyFloat or PyInt when b is PyFloat or PyInt:
                return CompareNumbers(a, b, op);
            case PyStr sa when b is PyStr sb:
                return Bool(Cmp(string.CompareOrdinal(sa.Value, sb.Value), op));
            case PyComplex or PyFloat or PyInt when b is PyComplex or PyFloat or PyInt:
                if (op > 1) return null;
                TryComplex(a, out var ca);
                TryComplex(b, out var cb);
                return Bool((ca == cb) == (op == 0));
            case PyTuple ta when b is PyTuple tb:
                return SequenceCompare(ta.Items, ta.Items.Length, tb.Items, tb.Items.Length, op);
            case PyList la when b is PyList lb:
                return SequenceCompare(la.Items, la.Count, lb.Items, lb.Count, op);
            case PyGenericAlias ga when op <= 1:
                return b is PyGenericAlias gb ? Bool((ReferenceEquals(ga.Origin, gb.Origin) && EqBool(ga.Args, gb.Args)) == (op == 0)) : null;
            case PyMemoryView ma when op <= 1:
                return MemoryViewMethods.Equal(ma, b) is PyInt me ? Bool(me.IsZero == (op == 1)) : null;
            case PyBytes when b is PyMemoryView mb && op <= 1:
                return MemoryViewMethods.Equal(mb, a) is PyInt be ? Bool(be.IsZero == (op == 1)) : null;
            case PyBytes ba when b is PyBytes bb:
                return Bool(Cmp(ba.Span.SequenceCompareTo(bb.Span), op));
            case PyDict da when b is PyDict db:
                if (op > 1) return null;
                return Bool(DictEquals(da, db) == (op == 0));
            case PySet sa when b is PySet sb:
                return SetMethods.Compare(sa, sb, op);
            case DictView va when b is DictView vb && va.Kind != DictViewKind.Values && vb.Kind != DictViewKind.Values:
                return SetMethods.Compare(SetMethods.FromIterable(va), SetMethods.FromIterable(vb), op);
            case DictView va when b is PySet sb && va.Kind != DictViewKind.Values:
                return SetMethods.Compare(SetMethods.FromIterable(va), sb, op);
            case PyBigRange or PyRange when b is PyBigRange or PyRange && (a is PyBigRange || b is PyBigRange):
                if (op > 1) return null;
                return Bool(EqBool(RangeKey(a), RangeKey(b)) == (op == 0));
            case PyRange ra when b is PyRange rb:
                if (op > 1) return null;
                var eq = ra.Length == rb.Length && (ra.Length == 0 || (ra.Start == rb.Start && (ra.Length == 1 || ra.Step == rb.Step)));
                return Bool(eq == (op == 0));
            case PySlice sa when b is PySlice sb:
                return SequenceCompare([sa.Start, sa.Stop, sa.Step], 3, [sb.Start, sb.Stop, sb.Step], 3, op);
        }
        return null;
    }

    private static PyObject CompareNumbers(PyObject a, PyObject b, int op)
    {
        if (a is PyFloat fa && b is PyFloat fb) return Bool(CmpDouble(fa.Value, fb.Value, op));
        if (a is PyInt ia && b is PyFloat fb2) return Bool(CmpIntFloat(ia, fb2.Value, op));
        if (a is PyFloat fa2 && b is PyInt ib) return Bool(CmpIntFloat(ib, fa2.Value, Swapped[op]));
        return Bool(false);
    }

    private static bool CmpDouble(double x, double y, int op) => op switch
    {
        0 => x == y,
        1 => x != y,
        2 => x < y,
        3 => x <= y,
        4 => x > y,
        _ => x >= y,
    };

    private static bool CmpIntFloat(PyInt i, double f, int op)
    {
        if (double.IsNaN(f)) return op == 1;
        if (!i.IsBig && Math.Abs(i.Value) < (1L << 53)) return CmpDouble(i.Value, f, op);
        if (double.IsInfinity(f)) return CmpDouble(0, f, op);
        var fl = Math.Floor(f);
        var c = i.Big.CompareTo(new BigInteger(fl));
        if (c == 0 && fl != f) c = -1;
        return Cmp(c, op);
    }

    private static PyObject SequenceCompare(PyObject[] a, int na, PyObject[] b, int nb, int op)
    {
        if (op <= 1 && na != nb) return Bool(op == 1);
        var n = Math.Min(na, nb);
        for (var i = 0; i < n; i++)
        {
            if (EqBool(a[i], b[i])) continue;
            if (op == 0) return PyInt.False;
            if (op == 1) return PyInt.True;
            return RichCompare(a[i], b[i], (CmpOperator)op);
        }
        return Bool(Cmp(na.CompareTo(nb), op));
    }

    private static bool DictEquals(PyDict a, PyDict b)
    {
        if (a.Count != b.Count) return false;
        foreach (var kv in a.Storage.Items())
        {
            var v = b.Storage.Get(kv.Key);
            if (v is null || !EqBool(kv.Value, v)) return false;
        }
        return true;
    }

    public static bool Is(PyObject a, PyObject b) => ReferenceEquals(a, b);

    /// <summary>(len, first, step) with the parts that do not matter blanked, for comparing ranges.</summary>
    private static PyTuple RangeKey(PyObject r)
    {
        System.Numerics.BigInteger start, step, n;
        if (r is PyBigRange b) (start, step, n) = (b.Start, b.Step, b.Length);
        else
        {
            var pr = (PyRange)r;
            (start, step, n) = (pr.Start, pr.Step, pr.Length);
        }
        return PyTuple.Create([PyInt.FromBig(n), n.IsZero ? PyNone.Value : PyInt.FromBig(start), n <= 1 ? PyNone.Value : PyInt.FromBig(step)]);
    }
}
