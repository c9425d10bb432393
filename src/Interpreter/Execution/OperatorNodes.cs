using System.Numerics;
using FatSharp.Ast;

namespace FatSharp.Interpreter.Execution;

/// <summary><c>a + b</c> with the int+int and float+float cases inline.</summary>
internal sealed class AddNode(ExprNode left, ExprNode right) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig)
        {
            var r = x.Value + y.Value;
            if (((x.Value ^ r) & (y.Value ^ r)) >= 0) return PyInt.FromLong(r);
        }
        else if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value + fb.Value);
        return Ops.Add(a, b);
    }
}

internal sealed class SubNode(ExprNode left, ExprNode right) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig)
        {
            var r = x.Value - y.Value;
            if (((x.Value ^ y.Value) & (x.Value ^ r)) >= 0) return PyInt.FromLong(r);
        }
        else if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value - fb.Value);
        return Ops.Sub(a, b);
    }
}

internal sealed class MulNode(ExprNode left, ExprNode right) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        if (a is PyFloat fa && b is PyFloat fb) return new PyFloat(fa.Value * fb.Value);
        return Ops.Mul(a, b);
    }
}

/// <summary>Any other binary operator, dispatched by <see cref="Ops.BinaryOp"/>; float and small-int cases inline.</summary>
internal sealed class BinaryNode(ExprNode left, Operator op, ExprNode right) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        if (a is PyFloat fa && b is PyFloat fb)
        {
            switch (op)
            {
                case Operator.Div when fb.Value != 0: return new PyFloat(fa.Value / fb.Value);
            }
        }
        else if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig && y.Value > 0 && x.Value >= 0)
        {
            switch (op)
            {
                case Operator.Mod: return PyInt.FromLong(x.Value % y.Value);
                case Operator.FloorDiv: return PyInt.FromLong(x.Value / y.Value);
            }
        }
        return Ops.BinaryOp(a, b, op);
    }
}

internal sealed class UnaryNode(UnaryOperator op, ExprNode operand) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var v = operand.Eval(f);
        return op switch
        {
            UnaryOperator.Not => Ops.IsTrue(v) ? PyInt.False : PyInt.True,
            UnaryOperator.USub => Ops.Negate(v),
            UnaryOperator.UAdd => Ops.Positive(v),
            _ => Ops.Invert(v),
        };
    }
}

internal sealed class AndNode(ExprNode[] values) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        PyObject v = null!;
        for (var i = 0; i < values.Length; i++)
        {
            v = values[i].Eval(f);
            if (i < values.Length - 1 && !Ops.IsTrue(v)) return v;
        }
        return v;
    }
}

internal sealed class OrNode(ExprNode[] values) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        PyObject v = null!;
        for (var i = 0; i < values.Length; i++)
        {
            v = values[i].Eval(f);
            if (i < values.Length - 1 && Ops.IsTrue(v)) return v;
        }
        return v;
    }
}

/// <summary>One comparison <c>a OP b</c>, int fast path inline.</summary>
internal sealed class CompareNode(ExprNode left, CmpOperator op, ExprNode right) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        return Compare(a, b, op);
    }

    public static PyObject Compare(PyObject a, PyObject b, CmpOperator op)
    {
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig)
        {
            var r = op switch
            {
                CmpOperator.Lt => x.Value < y.Value,
                CmpOperator.LtE => x.Value <= y.Value,
                CmpOperator.Gt => x.Value > y.Value,
                CmpOperator.GtE => x.Value >= y.Value,
                CmpOperator.Eq => x.Value == y.Value,
                CmpOperator.NotEq => x.Value != y.Value,
                CmpOperator.Is => ReferenceEquals(a, b),
                CmpOperator.IsNot => !ReferenceEquals(a, b),
                _ => (bool?)null,
            };
            if (r is { } rb) return rb ? PyInt.True : PyInt.False;
        }
        switch (op)
        {
            case CmpOperator.Is: return Ops.Bool(ReferenceEquals(a, b));
            case CmpOperator.IsNot: return Ops.Bool(!ReferenceEquals(a, b));
            case CmpOperator.In: return Ops.Bool(Ops.Contains(b, a));
            case CmpOperator.NotIn: return Ops.Bool(!Ops.Contains(b, a));
        }
        if (a is PyFloat fa && b is PyFloat fb)
        {
            var r = op switch
            {
                CmpOperator.Lt => fa.Value < fb.Value,
                CmpOperator.LtE => fa.Value <= fb.Value,
                CmpOperator.Gt => fa.Value > fb.Value,
                CmpOperator.GtE => fa.Value >= fb.Value,
                CmpOperator.Eq => fa.Value == fb.Value,
                _ => fa.Value != fb.Value,
            };
            return r ? PyInt.True : PyInt.False;
        }
        return Ops.RichCompare(a, b, op);
    }
}

/// <summary>A comparison operator known at build time; the JIT specializes <see cref="CmpNode{TOp}"/> per operator.</summary>
internal interface ICmpOp
{
    static abstract CmpOperator Op { get; }
    static abstract bool Longs(long a, long b);
    static abstract bool Doubles(double a, double b);
}

internal struct LtOp : ICmpOp
{
    public static CmpOperator Op => CmpOperator.Lt;
    public static bool Longs(long a, long b) => a < b;
    public static bool Doubles(double a, double b) => a < b;
}

internal struct LtEOp : ICmpOp
{
    public static CmpOperator Op => CmpOperator.LtE;
    public static bool Longs(long a, long b) => a <= b;
    public static bool Doubles(double a, double b) => a <= b;
}

internal struct GtOp : ICmpOp
{
    public static CmpOperator Op => CmpOperator.Gt;
    public static bool Longs(long a, long b) => a > b;
    public static bool Doubles(double a, double b) => a > b;
}

internal struct GtEOp : ICmpOp
{
    public static CmpOperator Op => CmpOperator.GtE;
    public static bool Longs(long a, long b) => a >= b;
    public static bool Doubles(double a, double b) => a >= b;
}

internal struct EqOp : ICmpOp
{
    public static CmpOperator Op => CmpOperator.Eq;
    public static bool Longs(long a, long b) => a == b;
    public static bool Doubles(double a, double b) => a == b;
}

internal struct NotEqOp : ICmpOp
{
    public static CmpOperator Op => CmpOperator.NotEq;
    public static bool Longs(long a, long b) => a != b;
    public static bool Doubles(double a, double b) => a != b;
}

/// <summary>Rich comparison specialized by operator with int and float fast paths, also usable as a condition.</summary>
internal sealed class CmpNode<TOp>(ExprNode left, ExprNode right) : ExprNode where TOp : struct, ICmpOp
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig) return TOp.Longs(x.Value, y.Value) ? PyInt.True : PyInt.False;
        if (a is PyFloat fa && b is PyFloat fb) return TOp.Doubles(fa.Value, fb.Value) ? PyInt.True : PyInt.False;
        return Ops.RichCompare(a, b, TOp.Op);
    }

    public override bool EvalBool(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig) return TOp.Longs(x.Value, y.Value);
        if (a is PyFloat fa && b is PyFloat fb) return TOp.Doubles(fa.Value, fb.Value);
        var r = Ops.RichCompare(a, b, TOp.Op);
        return r is PyInt ri && !ri.IsBig ? ri.Value != 0 : Ops.IsTrue(r);
    }
}

/// <summary><c>a &lt; b &lt; c</c>: each operand evaluated once, stops at the first false comparison.</summary>
internal sealed class ChainedCompareNode(ExprNode first, CmpOperator[] ops, ExprNode[] rest) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var a = first.Eval(f);
        PyObject r = PyInt.True;
        for (var i = 0; i < ops.Length; i++)
        {
            var b = rest[i].Eval(f);
            r = CompareNode.Compare(a, b, ops[i]);
            if (i < ops.Length - 1 && !Ops.IsTrue(r)) return r;
            a = b;
        }
        return r;
    }
}

internal sealed class IfExpNode(ExprNode test, ExprNode body, ExprNode orelse) : ExprNode
{
    public override PyObject Eval(Frame f) => test.EvalBool(f) ? body.Eval(f) : orelse.Eval(f);
}

internal sealed class NamedExprNode(TargetNode target, ExprNode value) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var v = value.Eval(f);
        target.Store(f, v);
        return v;
    }
}

/// <summary>Attribute read with a per-node cache of the class lookup, keyed on the type and its version.</summary>
internal sealed class AttributeNode(ExprNode obj, string name) : ExprNode
{
    private readonly PyStr key = PyStr.Intern(name);
    private PyType? cachedType;
    private ulong cachedVersion;
    private PyObject? cachedDescr;

    public override PyObject Eval(Frame f)
    {
        var o = obj.Eval(f);
        var t = o.Type;
        if (t.IsHeapType && !t.HasGetAttrHook && o is not PyType)
        {
            PyObject? descr;
            if (ReferenceEquals(t, cachedType) && t.Version == cachedVersion) descr = cachedDescr;
            else
            {
                descr = t.Lookup(key);
                cachedType = t;
                cachedVersion = t.Version;
                cachedDescr = descr;
            }
            if (descr is null)
            {
                var v = o.Dict?.Storage.Get(key);
                if (v is not null) return v;
                throw Ops.AttributeMissing(o, name);
            }
            return Ops.GenericGetAttr(o, name, descr) ?? throw Ops.AttributeMissing(o, name);
        }
        if (o is PyModule m && ReferenceEquals(t, Builtins.Module) && m.ModuleDict.Storage.Get(key) is { } member) return member;
        return Ops.GetAttr(o, name);
    }
}

internal sealed class SubscriptNode(ExprNode obj, ExprNode index) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var o = obj.Eval(f);
        var k = index.Eval(f);
        if (o is PyList l && k is PyInt i && !i.IsBig && !l.Type.IsHeapType)
        {
            var ix = i.Value;
            if (ix < 0) ix += l.Count;
            if ((ulong)ix < (ulong)l.Count) return l.Items[ix];
        }
        return Ops.GetItem(o, k);
    }
}

internal sealed class SliceNode(ExprNode? lower, ExprNode? upper, ExprNode? step) : ExprNode
{
    public override PyObject Eval(Frame f) =>
        new PySlice(lower?.Eval(f) ?? PyNone.Value, upper?.Eval(f) ?? PyNone.Value, step?.Eval(f) ?? PyNone.Value);
}

internal sealed class TupleNode(ExprNode[] items) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var arr = new PyObject[items.Length];
        for (var i = 0; i < items.Length; i++) arr[i] = items[i].Eval(f);
        return PyTuple.Create(arr);
    }
}

internal sealed class ListNode(ExprNode[] items) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var arr = new PyObject[items.Length];
        for (var i = 0; i < items.Length; i++) arr[i] = items[i].Eval(f);
        return new PyList(arr);
    }
}

/// <summary>A display with starred items: <c>[*a, b]</c>, <c>(*a, b)</c>, <c>{*a, b}</c>.</summary>
internal sealed class StarredDisplayNode(ExprNode[] items, bool[] starred, char kind) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var list = new List<PyObject>();
        for (var i = 0; i < items.Length; i++)
        {
            var v = items[i].Eval(f);
            if (starred[i])
            {
                var it = Ops.GetIterOrNull(v) ?? throw PyErr.TypeError(kind == 'l' || kind == 't'
                    ? $"Value after * must be an iterable, not {v.Type.Name}"
                    : $"'{v.Type.Name}' object is not iterable");
                while (Ops.TryNext(it, out var x)) list.Add(x);
            }
            else list.Add(v);
        }
        switch (kind)
        {
            case 'l': return new PyList([.. list]);
            case 't': return PyTuple.Create([.. list]);
            default:
                var s = new PySet();
                foreach (var x in list) s.Add(x);
                return s;
        }
    }
}

internal sealed class SetNode(ExprNode[] items) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var s = new PySet();
        foreach (var i in items) s.Add(i.Eval(f));
        return s;
    }
}

/// <summary>Dict display; a null key means <c>**mapping</c>.</summary>
internal sealed class DictNode(ExprNode?[] keys, ExprNode[] values) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var d = new PyDict();
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } k)
            {
                var kv = k.Eval(f);
                d.Storage.Set(kv, Ops.Hash(kv), values[i].Eval(f));
            }
            else
            {
                var m = values[i].Eval(f);
                if (m is PyDict md)
                {
                    foreach (var kv in md.Storage.Items()) d.Storage.Set(kv.Key, kv.Value);
                }
                else
                {
                    if (Ops.GetAttrOrNull(m, "keys") is not { } keysFn)
                        throw PyErr.TypeError($"'{m.Type.Name}' object is not a mapping");
                    var it = Ops.GetIter(Ops.Call(keysFn, []));
                    while (Ops.TryNext(it, out var key)) d.Storage.Set(key, Ops.GetItem(m, key));
                }
            }
        }
        return d;
    }
}

/// <summary>f-string: concatenation of literal parts and formatted values.</summary>
internal sealed class JoinedStrNode(ExprNode[] parts) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        if (parts.Length == 1) return parts[0].Eval(f);
        var sb = new System.Text.StringBuilder();
        foreach (var p in parts) sb.Append(((PyStr)p.Eval(f)).Value);
        return new PyStr(sb.ToString());
    }
}

internal sealed class FormattedValueNode(ExprNode value, int conversion, ExprNode? spec) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var v = value.Eval(f);
        switch (conversion)
        {
            case 's': v = new PyStr(Ops.Str(v)); break;
            case 'r': v = new PyStr(Ops.Repr(v)); break;
            case 'a': v = new PyStr(StrMethods.Ascii(Ops.Repr(v))); break;
        }
        var specStr = spec is null ? "" : ((PyStr)spec.Eval(f)).Value;
        if (specStr.Length == 0 && v is PyStr s && !s.Type.IsHeapType) return s;
        return new PyStr(Formatting.Format(v, specStr));
    }
}
