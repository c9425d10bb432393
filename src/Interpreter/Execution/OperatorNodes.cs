using System.Numerics;
using FatSharp.Ast;

namespace FatSharp.Interpreter.Execution;

/// <summary>
/// <c>a + b</c>, <c>a - b</c>, <c>a * b</c>, <c>a / b</c> (the operation is the struct <typeparamref name="TOp"/>, so
/// each is compiled with its int and float cases inline). When an operand is itself a <see cref="NumericNode"/>,
/// machine ints and floats pass between them unboxed: a result is boxed only when it leaves the arithmetic
/// (<c>x * x + y * y</c> allocates one float, not three).
/// </summary>
internal sealed class ArithmeticNode<TOp>(ExprNode left, ExprNode right) : NumericNode where TOp : struct, IArithmeticOp
{
    private readonly bool nested = left is NumericNode || right is NumericNode;

    public override PyObject Eval(Frame f)
    {
        if (!nested)
        {
            var a = left.Eval(f);
            var b = right.Eval(f);
            // Exact floats, or an exact float with a machine int (converted as float.__op__ converts it).
            if (a is PyFloat fa && ReferenceEquals(fa.Type, Builtins.Float))
            {
                if (b is PyFloat fb && ReferenceEquals(fb.Type, Builtins.Float))
                {
                    if (TOp.Doubles(fa.Value, fb.Value, out var r)) return new PyFloat(r);
                }
                else if (b is PyInt ib && ReferenceEquals(ib.Type, Builtins.Int) && !ib.IsBig && TOp.Doubles(fa.Value, ib.Value, out var r)) return new PyFloat(r);
            }
            else if (b is PyFloat fb && ReferenceEquals(fb.Type, Builtins.Float) && a is PyInt ia && ReferenceEquals(ia.Type, Builtins.Int) && !ia.IsBig
                && TOp.Doubles(ia.Value, fb.Value, out var r))
                return new PyFloat(r);
            return TOp.Objects(a, b);
        }
        return EvalNumber(f, out var l, out var d, out var boxed) switch
        {
            NumberKind.Long => PyInt.FromLong(l),
            NumberKind.Double => new PyFloat(d),
            _ => boxed!,
        };
    }

    public override NumberKind EvalNumber(Frame f, out long l, out double d, out PyObject? boxed)
    {
        var ka = left.EvalNumber(f, out var la, out var da, out var a);
        var kb = right.EvalNumber(f, out var lb, out var db, out var b);
        if (ka == kb)
        {
            if (ka == NumberKind.Long && TOp.Longs(la, lb, out l))
            {
                d = 0;
                boxed = null;
                return NumberKind.Long;
            }
            if (ka == NumberKind.Double && TOp.Doubles(da, db, out d))
            {
                l = 0;
                boxed = null;
                return NumberKind.Double;
            }
        }
        // A float with a machine int: the int converts to float first (correctly rounded), as in float.__op__.
        else if (ka == NumberKind.Double && kb == NumberKind.Long ? TOp.Doubles(da, lb, out d)
                 : ka == NumberKind.Long && kb == NumberKind.Double && TOp.Doubles(la, db, out d))
        {
            l = 0;
            boxed = null;
            return NumberKind.Double;
        }
        boxed = TOp.Objects(Number.Box(ka, la, da, a), Number.Box(kb, lb, db, b));
        l = 0;
        d = 0;
        return NumberKind.Object;
    }
}

/// <summary>Marks the nodes that hand machine ints and floats to each other unboxed (<see cref="ExprNode.EvalNumber"/>).</summary>
internal abstract class NumericNode : ExprNode;

internal interface IArithmeticOp
{
    /// <summary>The double result, or false when it needs the object path (division by zero raises there).</summary>
    static abstract bool Doubles(double x, double y, out double r);

    /// <summary>The machine-int result, or false on overflow (or when the result is not an int, as for /).</summary>
    static abstract bool Longs(long x, long y, out long r);

    /// <summary>The operation on objects: machine ints inline, then the generic protocol.</summary>
    static abstract PyObject Objects(PyObject a, PyObject b);
}

internal struct AddOp : IArithmeticOp
{
    public static bool Doubles(double x, double y, out double r)
    {
        r = x + y;
        return true;
    }

    public static bool Longs(long x, long y, out long r)
    {
        r = x + y;
        return ((x ^ r) & (y ^ r)) >= 0;
    }

    public static PyObject Objects(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig && !x.Type.IsHeapType && !y.Type.IsHeapType)
        {
            var r = x.Value + y.Value;
            if (((x.Value ^ r) & (y.Value ^ r)) >= 0) return PyInt.FromLong(r);
        }
        return a.Type.IsHeapType || b.Type.IsHeapType ? Ops.BinaryOp(a, b, Operator.Add) : Ops.Add(a, b);
    }
}

internal struct SubOp : IArithmeticOp
{
    public static bool Doubles(double x, double y, out double r)
    {
        r = x - y;
        return true;
    }

    public static bool Longs(long x, long y, out long r)
    {
        r = x - y;
        return ((x ^ y) & (x ^ r)) >= 0;
    }

    public static PyObject Objects(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig && !x.Type.IsHeapType && !y.Type.IsHeapType)
        {
            var r = x.Value - y.Value;
            if (((x.Value ^ y.Value) & (x.Value ^ r)) >= 0) return PyInt.FromLong(r);
        }
        return a.Type.IsHeapType || b.Type.IsHeapType ? Ops.BinaryOp(a, b, Operator.Sub) : Ops.Sub(a, b);
    }
}

internal struct MulOp : IArithmeticOp
{
    public static bool Doubles(double x, double y, out double r)
    {
        r = x * y;
        return true;
    }

    public static bool Longs(long x, long y, out long r)
    {
        var high = Math.BigMul(x, y, out r);
        return (high == 0 && r >= 0) || (high == -1 && r < 0);
    }

    public static PyObject Objects(PyObject a, PyObject b) =>
        a.Type.IsHeapType || b.Type.IsHeapType ? Ops.BinaryOp(a, b, Operator.Mult) : Ops.Mul(a, b);
}

internal struct DivOp : IArithmeticOp
{
    public static bool Doubles(double x, double y, out double r)
    {
        r = x / y;
        return y != 0;
    }

    public static bool Longs(long x, long y, out long r)
    {
        r = 0;
        return false;
    }

    public static PyObject Objects(PyObject a, PyObject b) => Ops.BinaryOp(a, b, Operator.Div);
}

/// <summary>
/// Any other binary operator, dispatched by <see cref="Ops.BinaryOp"/>; machine-int bit operations, shifts, % and //
/// and positive-float powers inline, with machine ints passed unboxed between numeric nodes.
/// </summary>
internal sealed class BinaryNode(ExprNode left, Operator op, ExprNode right) : NumericNode
{
    public override PyObject Eval(Frame f)
    {
        var ka = left.EvalNumber(f, out var la, out var da, out var a);
        var kb = right.EvalNumber(f, out var lb, out var db, out var b);
        if (ka == NumberKind.Long && kb == NumberKind.Long && Longs(la, lb, out var r)) return PyInt.FromLong(r);
        return Objects(ka, la, da, a, kb, lb, db, b);
    }

    public override NumberKind EvalNumber(Frame f, out long l, out double d, out PyObject? boxed)
    {
        var ka = left.EvalNumber(f, out var la, out var da, out var a);
        var kb = right.EvalNumber(f, out var lb, out var db, out var b);
        d = 0;
        if (ka == NumberKind.Long && kb == NumberKind.Long && Longs(la, lb, out l))
        {
            boxed = null;
            return NumberKind.Long;
        }
        l = 0;
        // Floats (or a float with a machine int) stay unboxed for the operators that have no error to raise here.
        if (ka != NumberKind.Object && kb != NumberKind.Object && (ka == NumberKind.Double || kb == NumberKind.Double)
            && Doubles(ka == NumberKind.Double ? da : la, kb == NumberKind.Double ? db : lb, out d))
        {
            boxed = null;
            return NumberKind.Double;
        }
        d = 0;
        boxed = Objects(ka, la, da, a, kb, lb, db, b);
        return NumberKind.Object;
    }

    /// <summary>
    /// The float result of <c>x op y</c> (an int operand already converted, as float's operators convert it), or
    /// false when the generic path must run: a zero divisor, a power that is complex, overflows or has a base that
    /// is not positive.
    /// </summary>
    private bool Doubles(double x, double y, out double r)
    {
        switch (op)
        {
            case Operator.Pow when x > 0:
                // A positive base has a real power; overflow is left to the generic path, which raises.
                r = Math.Pow(x, y);
                return !double.IsInfinity(r) || double.IsInfinity(x) || double.IsInfinity(y);
            case Operator.Mod when y != 0:
                r = Ops.FloatMod(x, y);
                return true;
            case Operator.FloorDiv when y != 0:
                r = Ops.FloatFloorDiv(x, y);
                return true;
        }
        r = 0;
        return false;
    }

    /// <summary>The operation on exact machine ints (bool operands take the object path: bool &amp; bool is a bool).</summary>
    private bool Longs(long xv, long yv, out long r)
    {
        switch (op)
        {
            case Operator.BitAnd: r = xv & yv; return true;
            case Operator.BitOr: r = xv | yv; return true;
            case Operator.BitXor: r = xv ^ yv; return true;
            case Operator.RShift when yv >= 0:
                r = yv > 63 ? (xv < 0 ? -1 : 0) : xv >> (int)yv;
                return true;
            case Operator.LShift when yv >= 0 && yv < 63 && (xv << (int)yv) >> (int)yv == xv:
                r = xv << (int)yv;
                return true;
            case Operator.Mod when yv != 0 && yv != -1:
                // Python's modulo takes the sign of the divisor.
                r = xv % yv;
                if (r != 0 && (r ^ yv) < 0) r += yv;
                return true;
            case Operator.FloorDiv when yv != 0 && yv != -1:
                r = xv / yv;
                if (xv % yv != 0 && (xv ^ yv) < 0) r--;
                return true;
        }
        r = 0;
        return false;
    }

    private PyObject Objects(NumberKind ka, long la, double da, PyObject? a, NumberKind kb, long lb, double db, PyObject? b)
    {
        if (ka != NumberKind.Object && kb != NumberKind.Object && (ka == NumberKind.Double || kb == NumberKind.Double)
            && Doubles(ka == NumberKind.Double ? da : la, kb == NumberKind.Double ? db : lb, out var r))
            return new PyFloat(r);
        return Ops.BinaryOp(Number.Box(ka, la, da, a), Number.Box(kb, lb, db, b), op);
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

    public override bool EvalBool(Frame f) => op == UnaryOperator.Not ? !operand.EvalBool(f) : base.EvalBool(f);

    public override NumberKind EvalNumber(Frame f, out long l, out double d, out PyObject? boxed)
    {
        if (op != UnaryOperator.USub) return base.EvalNumber(f, out l, out d, out boxed);
        var k = operand.EvalNumber(f, out var x, out var y, out var v);
        if (k == NumberKind.Double)
        {
            l = 0;
            d = -y;
            boxed = null;
            return k;
        }
        if (k == NumberKind.Long && x != long.MinValue)
        {
            l = -x;
            d = 0;
            boxed = null;
            return k;
        }
        boxed = Ops.Negate(Number.Box(k, x, y, v));
        return Number.Classify(boxed, out l, out d);
    }
}

internal sealed class AndNode(ExprNode[] values) : ExprNode
{
    // As a condition only truth matters: the first false operand decides, no value is kept.
    public override bool EvalBool(Frame f)
    {
        for (var i = 0; i < values.Length; i++)
            if (!values[i].EvalBool(f)) return false;
        return true;
    }

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
    public override bool EvalBool(Frame f)
    {
        for (var i = 0; i < values.Length; i++)
            if (values[i].EvalBool(f)) return true;
        return false;
    }

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

/// <summary><c>a is b</c> / <c>a is not b</c>: identity, no bool object when used as a condition.</summary>
internal sealed class IsNode(ExprNode left, ExprNode right, bool negated) : ExprNode
{
    public override PyObject Eval(Frame f) => EvalBool(f) ? PyInt.True : PyInt.False;

    public override bool EvalBool(Frame f)
    {
        var a = left.Eval(f);
        return ReferenceEquals(a, right.Eval(f)) != negated;
    }
}

/// <summary><c>a in b</c> / <c>a not in b</c>: the truth value without a bool object, sets of ints looked up directly.</summary>
internal sealed class ContainsNode(ExprNode left, ExprNode right, bool negated) : ExprNode
{
    public override PyObject Eval(Frame f) => EvalBool(f) ? PyInt.True : PyInt.False;

    public override bool EvalBool(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        if (b is PySet s && a is PyInt i && !s.Type.IsHeapType && !i.Type.IsHeapType)
            return s.Table.Contains(a, i.PyHash()) != negated;
        return Ops.Contains(b, a) != negated;
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
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig && !x.Type.IsHeapType && !y.Type.IsHeapType)
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
        if (a is PyFloat fa && b is PyFloat fb && !fa.Type.IsHeapType && !fb.Type.IsHeapType)
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
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig && !x.Type.IsHeapType && !y.Type.IsHeapType) return TOp.Longs(x.Value, y.Value) ? PyInt.True : PyInt.False;
        if (a is PyFloat fa && b is PyFloat fb && !fa.Type.IsHeapType && !fb.Type.IsHeapType) return TOp.Doubles(fa.Value, fb.Value) ? PyInt.True : PyInt.False;
        return Ops.RichCompare(a, b, TOp.Op);
    }

    private readonly bool nested = left is NumericNode || right is NumericNode;

    public override bool EvalBool(Frame f)
    {
        if (!nested) return Objects(left.Eval(f), right.Eval(f));
        // Computed operands compare as numbers, without a box.
        var ka = left.EvalNumber(f, out var la, out var da, out var a);
        var kb = right.EvalNumber(f, out var lb, out var db, out var b);
        if (ka == kb)
        {
            if (ka == NumberKind.Long) return TOp.Longs(la, lb);
            if (ka == NumberKind.Double) return TOp.Doubles(da, db);
        }
        return Objects(Number.Box(ka, la, da, a), Number.Box(kb, lb, db, b));
    }

    private static bool Objects(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig && !x.Type.IsHeapType && !y.Type.IsHeapType) return TOp.Longs(x.Value, y.Value);
        if (a is PyFloat fa && b is PyFloat fb && !fa.Type.IsHeapType && !fb.Type.IsHeapType) return TOp.Doubles(fa.Value, fb.Value);
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
    private AttributeCache cache;
    private InstanceSlotCache slot;
    private ModuleAttributeCache moduleCache;

    public override PyObject Eval(Frame f)
    {
        var o = obj.Eval(f);
        var t = o.Type;
        // The common case first: an instance of a user class, its own attribute (no class attribute of the name).
        if (o is PyInstance inst && t.IsHeapType && !t.HasGetAttrHook)
        {
            var descr = cache.Lookup(t, key);
            if (descr is null) return inst.GetOwnAttribute(key, ref slot) ?? throw Ops.AttributeMissing(o, name);
            return Described(o, t, descr);
        }
        return Other(o, t);
    }

    /// <summary>An attribute inside arithmetic (<c>self.w * self.h</c>): classified here, without a second virtual call.</summary>
    public override NumberKind EvalNumber(Frame f, out long l, out double d, out PyObject? boxed)
    {
        var v = Eval(f);
        boxed = v;
        if (v is PyFloat pf && ReferenceEquals(pf.Type, Builtins.Float))
        {
            l = 0;
            d = pf.Value;
            return NumberKind.Double;
        }
        if (v is PyInt i && ReferenceEquals(i.Type, Builtins.Int) && !i.IsBig)
        {
            l = i.Value;
            d = 0;
            return NumberKind.Long;
        }
        l = 0;
        d = 0;
        return NumberKind.Object;
    }

    private PyObject Other(PyObject o, PyType t)
    {
        if (t.IsHeapType && !t.HasGetAttrHook && o is not PyType)
        {
            var descr = cache.Lookup(t, key);
            if (descr is null) return o.Dict?.Storage.Get(key) ?? throw Ops.AttributeMissing(o, name);
            return Described(o, t, descr);
        }
        if (o is PyModule m && ReferenceEquals(t, Builtins.Module) && moduleCache.Get(m, key) is { } member) return member;
        return Ops.GetAttr(o, name);
    }

    /// <summary>The attribute when the class has one of the name (<paramref name="descr"/>): object.__getattribute__.</summary>
    private PyObject Described(PyObject o, PyType t, PyObject descr)
    {
        // A __slots__ member (a data descriptor: it wins over any instance dict) that holds a value.
        if (descr is PyGetSetDescriptor { SlotIndex: >= 0 and var si } && o is PyInstance { SlotValues: { } sv }
            && (uint)si < (uint)sv.Length && sv[si] is { } slotValue)
            return slotValue;
        // A method or a plain class value (builtin types: no __get__/__set__ of their own): the instance's own
        // attribute wins, else the function binds or the value is the answer.
        if (!descr.Type.IsHeapType && descr is PyFunction or PyInt or PyStr or PyFloat or PyNone or PyTuple)
        {
            var own = o is PyInstance inst ? inst.GetOwnAttribute(key, ref slot) : o.GetOwnAttribute(key);
            if (own is not null) return own;
            return descr is PyFunction fn ? new PyBoundMethod(fn, o) : descr;
        }
        return Ops.GenericGetAttr(o, name, descr) ?? throw Ops.AttributeMissing(o, name);
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

/// <summary><c>seq[lower:upper:step]</c>: a list or tuple sliced by plain int bounds needs no slice object.</summary>
internal sealed class SliceSubscriptNode(ExprNode obj, ExprNode? lower, ExprNode? upper, ExprNode? step) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var o = obj.Eval(f);
        var lo = lower?.Eval(f);
        var up = upper?.Eval(f);
        var st = step?.Eval(f);
        if (o is PyList l)
        {
            if (!l.Type.IsHeapType && PySlice.TryFastIndices(lo, up, st, l.Count, out var start, out _, out var stride, out var n))
                return new PyList(Ops.CopySlice(l.Items, start, stride, n));
        }
        else if (o is PyTuple t && !t.Type.IsHeapType
                 && PySlice.TryFastIndices(lo, up, st, t.Items.Length, out var start, out _, out var stride, out var n))
        {
            // As in CPython, a full slice of an exact tuple is the tuple itself.
            if (n == t.Items.Length && stride == 1) return t;
            return PyTuple.Create(Ops.CopySlice(t.Items, start, stride, n));
        }
        return Ops.GetItem(o, new PySlice(lo ?? PyNone.Value, up ?? PyNone.Value, st ?? PyNone.Value));
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
        if (items.Length == 0) return new PyList(); // shares the empty array until the first append
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

/// <summary>A set display of constants: an empty set updated with the frozenset constant, as CPython builds it.</summary>
internal sealed class ConstSetNode(PySet frozen) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var s = new PySet();
        s.Table.Merge(frozen.Table);
        return s;
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
