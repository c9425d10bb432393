using System.Numerics;
using System.Text;
using FatSharp.Ast;

namespace FatSharp.Interpreter.Runtime;

public static partial class Ops
{
    private static readonly string[] OpSymbols = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"];
    private static readonly string[] OpNames = ["add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv"];
    private static readonly string[] Dunders = OpNames.Select(n => $"__{n}__").ToArray();
    private static readonly string[] RDunders = OpNames.Select(n => $"__r{n}__").ToArray();
    private static readonly string[] IDunders = OpNames.Select(n => $"__i{n}__").ToArray();

    public static string Symbol(Operator op) => OpSymbols[(int)op];

    public static PyObject Add(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig)
        {
            var r = x.Value + y.Value;
            if (((x.Value ^ r) & (y.Value ^ r)) < 0) return PyInt.FromBig((BigInteger)x.Value + y.Value);
            return PyInt.FromLong(r);
        }
        if (a is PyFloat fa && b is PyFloat fb && !fa.Type.IsHeapType && !fb.Type.IsHeapType) return new PyFloat(fa.Value + fb.Value);
        if (a is PyStr sa && b is PyStr sb && !sa.Type.IsHeapType && !sb.Type.IsHeapType)
        {
            // As in CPython, adding an empty str gives the other operand itself (no new object).
            if (sb.Value.Length == 0) return sa;
            if (sa.Value.Length == 0) return sb;
            return new PyStr(string.Concat(sa.Value, sb.Value));
        }
        return BinaryOp(a, b, Operator.Add);
    }

    public static PyObject Sub(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig)
        {
            var r = x.Value - y.Value;
            if (((x.Value ^ y.Value) & (x.Value ^ r)) < 0) return PyInt.FromBig((BigInteger)x.Value - y.Value);
            return PyInt.FromLong(r);
        }
        if (a is PyFloat fa && b is PyFloat fb && !fa.Type.IsHeapType && !fb.Type.IsHeapType) return new PyFloat(fa.Value - fb.Value);
        return BinaryOp(a, b, Operator.Sub);
    }

    public static PyObject Mul(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig)
        {
            var r = Math.BigMul(x.Value, y.Value, out var low);
            if ((r == 0 && low >= 0) || (r == -1 && low < 0)) return PyInt.FromLong(low);
            return PyInt.FromBig((BigInteger)x.Value * y.Value);
        }
        if (a is PyFloat fa && b is PyFloat fb && !fa.Type.IsHeapType && !fb.Type.IsHeapType) return new PyFloat(fa.Value * fb.Value);
        return BinaryOp(a, b, Operator.Mult);
    }

    public static PyObject BinaryOp(PyObject a, PyObject b, Operator op)
    {
        var r = TryBinaryOp(a, b, op);
        if (r is not null) return r;
        if (op == Operator.Mult && (IsSequence(a) || IsSequence(b)))
            throw PyErr.TypeError($"can't multiply sequence by non-int of type '{(IsSequence(a) ? b : a).Type.Name}'");
        throw UnsupportedOperands(a, b, Symbol(op));
    }

    private static bool IsSequence(PyObject o) => o is PyStr or PyList or PyTuple or PyBytes;

    public static PythonException UnsupportedOperands(PyObject a, PyObject b, string symbol)
    {
        if (symbol == "**") return PyErr.TypeError($"unsupported operand type(s) for ** or pow(): '{a.Type.Name}' and '{b.Type.Name}'");
        return PyErr.TypeError($"unsupported operand type(s) for {symbol}: '{a.Type.Name}' and '{b.Type.Name}'");
    }

    /// <summary>The binary operator protocol: a.__op__(b), then b.__rop__(a) (first if b's type is a subclass overriding it).</summary>
    public static PyObject? TryBinaryOp(PyObject a, PyObject b, Operator op)
    {
        var ta = a.Type;
        var tb = b.Type;
        if (!ta.IsHeapType && !tb.IsHeapType) return NativeBinary(a, b, op);
        var name = Dunders[(int)op];
        var rname = RDunders[(int)op];
        var fa = ta.IsHeapType ? ta.Lookup(name) : null;
        var fb = !ReferenceEquals(ta, tb) && tb.IsHeapType ? tb.Lookup(rname) : null;
        if (fa is PyMethodDescriptor) fa = null;
        if (fb is PyMethodDescriptor) fb = null;
        if (fb is not null && tb.IsSubtypeOf(ta) && !ReferenceEquals(fb, ta.Lookup(rname)))
        {
            var r = CallMethod(fb, b, a);
            if (r is not PySingleton { Name: "NotImplemented" }) return r;
            fb = null;
        }
        if (fa is not null)
        {
            var r = CallMethod(fa, a, b);
            if (r is not PySingleton { Name: "NotImplemented" }) return r;
        }
        else if (!(fb is not null && op == Operator.Add && IsSequence(a) && a.GetType() != b.GetType()))
        {
            // (A sequence's + raises for a foreign operand, so it is skipped when b can still answer __radd__.)
            var r = NativeBinary(a, b, op);
            if (r is not null) return r;
        }
        if (fb is not null)
        {
            var r = CallMethod(fb, b, a);
            if (r is not PySingleton { Name: "NotImplemented" }) return r;
        }
        else if (fa is not null && !ReferenceEquals(ta, tb))
        {
            return NativeBinary(a, b, op);
        }
        return null;
    }

    public static PyObject InPlaceOp(PyObject a, PyObject b, Operator op)
    {
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig && ReferenceEquals(a.Type, Builtins.Int) && ReferenceEquals(b.Type, Builtins.Int))
        {
            long x = ia.Value, y = ib.Value;
            if (op == Operator.Add)
            {
                var r = x + y;
                if (((x ^ r) & (y ^ r)) >= 0) return PyInt.FromLong(r);
            }
            else if (op == Operator.Sub)
            {
                var r = x - y;
                if (((x ^ y) & (x ^ r)) >= 0) return PyInt.FromLong(r);
            }
        }
        // Exact floats (x /= norm): neither side can override anything.
        if (a is PyFloat fa && b is PyFloat fb && !a.Type.IsHeapType && !b.Type.IsHeapType)
        {
            switch (op)
            {
                case Operator.Add: return new PyFloat(fa.Value + fb.Value);
                case Operator.Sub: return new PyFloat(fa.Value - fb.Value);
                case Operator.Mult: return new PyFloat(fa.Value * fb.Value);
                case Operator.Div when fb.Value != 0: return new PyFloat(fa.Value / fb.Value);
            }
        }
        if (a.Type.IsHeapType)
        {
            var f = a.Type.Lookup(IDunders[(int)op]);
            if (f is not null and not PyMethodDescriptor)
            {
                var r = CallMethod(f, a, b);
                if (r is not PySingleton { Name: "NotImplemented" }) return r;
            }
        }
        switch (a)
        {
            case PyList l when op == Operator.Add:
                ListMethods.Extend(l, b);
                return l;
            case PyList l when op == Operator.Mult:
                ListMethods.RepeatInPlace(l, b);
                return l;
            case PySet s when !s.IsFrozen && op is Operator.BitOr or Operator.BitAnd or Operator.Sub or Operator.BitXor && b is PySet:
                SetMethods.InPlace(s, (PySet)b, op);
                return s;
            case PyDict d when op == Operator.BitOr:
                DictMethods.Update(d, [b], null);
                return d;
            case PyBytes ba when ba.IsMutable && op == Operator.Add && b is PyBytes bb:
                foreach (var x in bb.ToArray()) ba.Append(x);
                return ba;
        }
        var res = TryBinaryOp(a, b, op);
        if (res is not null) return res;
        throw PyErr.TypeError($"unsupported operand type(s) for {Symbol(op)}=: '{a.Type.Name}' and '{b.Type.Name}'");
    }

    private static PyObject? NativeBinary(PyObject a, PyObject b, Operator op)
    {
        if (a is PyInt ia && b is PyInt ib) return IntOp(ia, ib, op);
        if (op == Operator.Mod && a is PyStr fmt0) return new PyStr(PercentFormat.Format(fmt0.Value, b));
        if (a is PyFloat || b is PyFloat)
        {
            if (TryDouble(a, out var x) && TryDouble(b, out var y)) return FloatOp(x, y, op);
            if (a is PyComplex || b is PyComplex) return ComplexBinary(a, b, op);
            return null;
        }
        if (a is PyComplex || b is PyComplex) return ComplexBinary(a, b, op);
        switch (op)
        {
            case Operator.Add:
                switch (a)
                {
                    case PyStr sa when b is PyStr sb: return new PyStr(sa.Value + sb.Value);
                    case PyList la when b is PyList lb:
                    {
                        var items = new PyObject[la.Count + lb.Count];
                        Array.Copy(la.Items, items, la.Count);
                        Array.Copy(lb.Items, 0, items, la.Count, lb.Count);
                        return new PyList(items);
                    }
                    case PyTuple ta when b is PyTuple tb: return PyTuple.Create([.. ta.Items, .. tb.Items]);
                    case PyBytes ba when b is PyBytes bb: return new PyBytes([.. ba.Span, .. bb.Span], ba.IsMutable ? Builtins.ByteArray : Builtins.Bytes);
                    case PyBytes ba2 when b is PyMemoryView mb: return new PyBytes([.. ba2.Span, .. mb.ToArray()], ba2.IsMutable ? Builtins.ByteArray : Builtins.Bytes);
                    case PyBytes when b is not PyBytes: throw PyErr.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
                    case PyStr when b is not PyStr: throw PyErr.TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
                    case PyList when b is not PyList: throw PyErr.TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list");
                    case PyTuple when b is not PyTuple: throw PyErr.TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple");
                }
                return null;
            case Operator.Mult:
                if (b is PyInt n) return Repeat(a, n);
                if (a is PyInt n2) return Repeat(b, n2);
                // Sequence repetition accepts any object with __index__.
                if (a is PyStr or PyList or PyTuple or PyBytes && b.Type.Lookup("__index__") is PyFunction) return Repeat(a, (PyInt)Index(b));
                if (b is PyStr or PyList or PyTuple or PyBytes && a.Type.Lookup("__index__") is PyFunction) return Repeat(b, (PyInt)Index(a));
                return null;
            case Operator.Mod:
                if (a is PyStr fmt) return new PyStr(PercentFormat.Format(fmt.Value, b));
                if (a is PyBytes bf) return new PyBytes(Encoding.Latin1.GetBytes(PercentFormat.Format(Encoding.Latin1.GetString(bf.Span), b, bytes: true)));
                return null;
            case Operator.BitOr or Operator.BitAnd or Operator.BitXor or Operator.Sub when a is PySet sa && b is PySet sb:
                return SetMethods.Binary(sa, sb, op);
            case Operator.BitOr when a is PyDict da && b is PyDict db:
            {
                var r = new PyDict(da.Storage.Copy());
                DictMethods.Update(r, [db], null);
                return r;
            }
            case Operator.BitOr or Operator.BitAnd or Operator.BitXor or Operator.Sub
                when a is DictView { Kind: not DictViewKind.Values } || b is DictView { Kind: not DictViewKind.Values }:
                return SetMethods.ViewBinary(a, b, op);
        }
        return null;
    }

    private static PyObject? Repeat(PyObject seq, PyInt n)
    {
        if (seq is not (PyStr or PyList or PyTuple or PyBytes)) return null;
        var count = n.IsBig ? (n.Sign < 0 ? 0 : throw PyErr.OverflowError("cannot fit 'int' into an index-sized integer")) : Math.Max(0L, n.Value);
        switch (seq)
        {
            case PyStr s:
                if (count * s.Value.Length > int.MaxValue / 2) throw PyErr.New(Builtins.MemoryError, "");
                return count == 1 && !s.Type.IsHeapType ? s : new PyStr(new StringBuilder(s.Value.Length * (int)count).Insert(0, s.Value, (int)count).ToString());
            case PyList l:
            {
                if (count * l.Count > int.MaxValue / 2) throw PyErr.New(Builtins.MemoryError, "");
                var items = new PyObject[l.Count * count];
                for (var i = 0; i < count; i++) Array.Copy(l.Items, 0, items, i * l.Count, l.Count);
                return new PyList(items);
            }
            case PyTuple t:
            {
                if (count == 1 && !t.Type.IsHeapType) return t;
                var items = new PyObject[t.Items.Length * count];
                for (var i = 0; i < count; i++) Array.Copy(t.Items, 0, items, i * t.Items.Length, t.Items.Length);
                return PyTuple.Create(items);
            }
            case PyBytes b:
            {
                var items = new byte[b.Count * count];
                for (var i = 0; i < count; i++) b.Span.CopyTo(items.AsSpan(i * b.Count));
                return new PyBytes(items, b.IsMutable ? Builtins.ByteArray : Builtins.Bytes);
            }
        }
        return null;
    }

    public static bool TryDouble(PyObject o, out double d)
    {
        switch (o)
        {
            case PyFloat f: d = f.Value; return true;
            case PyInt i:
                if (!i.IsBig) d = i.Value;
                else
                {
                    d = (double)i.Big;
                    if (double.IsInfinity(d)) throw PyErr.OverflowError("int too large to convert to float");
                }
                return true;
        }
        d = 0;
        return false;
    }

    public static double ToDouble(PyObject o)
    {
        if (TryDouble(o, out var d)) return d;
        if (o.Type.IsHeapType && o.Type.Lookup("__float__") is { } m and not PyMethodDescriptor)
        {
            var r = CallMethod(m, o);
            if (r is PyFloat f) return f.Value;
            throw PyErr.TypeError($"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (o.Type.IsHeapType && o.Type.Lookup("__index__") is { } ix and not PyMethodDescriptor)
            return ToDouble(CallMethod(ix, o));
        throw PyErr.TypeError($"must be real number, not {o.Type.Name}");
    }

    private static PyObject? IntOp(PyInt a, PyInt b, Operator op)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long x = a.Value, y = b.Value;
            switch (op)
            {
                case Operator.Add: return Add(a, b);
                case Operator.Sub: return Sub(a, b);
                case Operator.Mult: return Mul(a, b);
                case Operator.FloorDiv:
                    if (y == 0) throw PyErr.ZeroDivisionError("integer division or modulo by zero");
                    if (x == long.MinValue && y == -1) break;
                    {
                        var q = x / y;
                        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
                        return PyInt.FromLong(q);
                    }
                case Operator.Mod:
                    if (y == 0) throw PyErr.ZeroDivisionError("integer modulo by zero");
                    if (y == -1) return PyInt.Zero;
                    {
                        var m = x % y;
                        if (m != 0 && ((m < 0) != (y < 0))) m += y;
                        return PyInt.FromLong(m);
                    }
                case Operator.Div:
                    if (y == 0) throw PyErr.ZeroDivisionError("division by zero");
                    if (Math.Abs(x) < (1L << 53) && Math.Abs(y) < (1L << 53)) return new PyFloat((double)x / y);
                    break;
                case Operator.BitAnd: return IntResult(x & y, a, b);
                case Operator.BitOr: return IntResult(x | y, a, b);
                case Operator.BitXor: return IntResult(x ^ y, a, b);
                case Operator.LShift:
                    if (y < 0) throw PyErr.ValueError("negative shift count");
                    if (y < 63 && x == (x << (int)y) >> (int)y) return PyInt.FromLong(x << (int)y);
                    break;
                case Operator.RShift:
                    if (y < 0) throw PyErr.ValueError("negative shift count");
                    return PyInt.FromLong(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
                case Operator.Pow:
                    if (y >= 0) break;
                    if (x == 0) throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
                    return new PyFloat(Math.Pow(x, y));
            }
        }
        var bx = a.Big;
        var by = b.Big;
        switch (op)
        {
            case Operator.Add: return PyInt.FromBig(bx + by);
            case Operator.Sub: return PyInt.FromBig(bx - by);
            case Operator.Mult: return PyInt.FromBig(bx * by);
            case Operator.FloorDiv:
            {
                if (by.IsZero) throw PyErr.ZeroDivisionError("integer division or modulo by zero");
                var q = BigInteger.DivRem(bx, by, out var rem);
                if (!rem.IsZero && (rem.Sign < 0) != (by.Sign < 0)) q -= 1;
                return PyInt.FromBig(q);
            }
            case Operator.Mod:
            {
                if (by.IsZero) throw PyErr.ZeroDivisionError("integer modulo by zero");
                var rem = BigInteger.Remainder(bx, by);
                if (!rem.IsZero && (rem.Sign < 0) != (by.Sign < 0)) rem += by;
                return PyInt.FromBig(rem);
            }
            case Operator.Div:
                if (by.IsZero) throw PyErr.ZeroDivisionError("division by zero");
                return new PyFloat(BigTrueDivide(bx, by));
            case Operator.BitAnd: return IntResult(bx & by, a, b);
            case Operator.BitOr: return IntResult(bx | by, a, b);
            case Operator.BitXor: return IntResult(bx ^ by, a, b);
            case Operator.LShift:
                if (by.Sign < 0) throw PyErr.ValueError("negative shift count");
                if (by > 1 << 26) throw PyErr.OverflowError("too many digits in integer");
                return PyInt.FromBig(bx << (int)by);
            case Operator.RShift:
                if (by.Sign < 0) throw PyErr.ValueError("negative shift count");
                if (by > int.MaxValue) return PyInt.FromLong(bx.Sign < 0 ? -1 : 0);
                return PyInt.FromBig(bx >> (int)by);
            case Operator.Pow:
                if (by.Sign < 0)
                {
                    if (bx.IsZero) throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
                    return new PyFloat(Math.Pow((double)bx, (double)by));
                }
                if (bx.IsOne || by.IsZero) return PyInt.One;
                if (bx.IsZero) return PyInt.Zero;
                if (bx == BigInteger.MinusOne) return by.IsEven ? PyInt.One : PyInt.FromLong(-1);
                if (by > 100_000_000) throw PyErr.OverflowError("exponent too large");
                return PyInt.FromBig(BigInteger.Pow(bx, (int)by));
        }
        return null;
    }

    /// <summary>Correctly rounded a / b for big ints: a 55-56 bit quotient plus a sticky bit, rounded once.</summary>
    private static double BigTrueDivide(BigInteger a, BigInteger b)
    {
        var negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        if (a.IsZero) return negative ? -0.0 : 0.0;
        var shift = (int)(b.GetBitLength() - a.GetBitLength()) + 55;
        var n = shift >= 0 ? a << shift : a;
        var d = shift >= 0 ? b : b << -shift;
        var q = BigInteger.DivRem(n, d, out var r);
        q = (q << 1) | (r.IsZero ? BigInteger.Zero : BigInteger.One);
        var result = Math.ScaleB((double)(ulong)q, -(shift + 1));
        if (double.IsInfinity(result)) throw PyErr.OverflowError("integer division result too large for a float");
        return negative ? -result : result;
    }

    private static PyObject IntResult(long v, PyInt a, PyInt b) =>
        a.IsBool && b.IsBool ? PyInt.FromBool(v != 0) : PyInt.FromLong(v);

    private static PyObject IntResult(BigInteger v, PyInt a, PyInt b) =>
        a.IsBool && b.IsBool ? PyInt.FromBool(!v.IsZero) : PyInt.FromBig(v);

    private static PyObject? FloatOp(double x, double y, Operator op)
    {
        switch (op)
        {
            case Operator.Add: return new PyFloat(x + y);
            case Operator.Sub: return new PyFloat(x - y);
            case Operator.Mult: return new PyFloat(x * y);
            case Operator.Div:
                if (y == 0) throw PyErr.ZeroDivisionError("float division by zero");
                return new PyFloat(x / y);
            case Operator.FloorDiv:
                if (y == 0) throw PyErr.ZeroDivisionError("float floor division by zero");
                return new PyFloat(FloatFloorDiv(x, y));
            case Operator.Mod:
                if (y == 0) throw PyErr.ZeroDivisionError("float modulo");
                return new PyFloat(FloatMod(x, y));
            case Operator.Pow: return FloatPow(x, y);
        }
        return null;
    }

    public static double FloatMod(double x, double y)
    {
        var m = x % y;
        if (m != 0)
        {
            if ((y < 0) != (m < 0)) m += y;
        }
        else m = y < 0 ? -0.0 : 0.0;
        return m;
    }

    public static double FloatFloorDiv(double x, double y)
    {
        var mod = x % y;
        var div = (x - mod) / y;
        if (mod != 0 && ((y < 0) != (mod < 0))) div -= 1.0;
        if (div != 0)
        {
            var floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
            return floordiv;
        }
        return x / y < 0 ? -0.0 : 0.0;
    }

    private static PyObject FloatPow(double x, double y)
    {
        if (x == 0 && y < 0) throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
        if (x < 0 && y != Math.Floor(y) && !double.IsInfinity(y))
            return ComplexPow(new Complex(x, 0), new Complex(y, 0));
        var r = Math.Pow(x, y);
        if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y))
            throw PyErr.New(Builtins.OverflowError, "(34, 'Numerical result out of range')");
        return new PyFloat(r);
    }

    private static PyObject ComplexPow(Complex a, Complex b) => new PyComplex(Complex.Pow(a, b));

    private static PyObject? ComplexBinary(PyObject a, PyObject b, Operator op)
    {
        if (!TryComplex(a, out var x) || !TryComplex(b, out var y)) return null;
        switch (op)
        {
            case Operator.Add: return new PyComplex(x + y);
            case Operator.Sub: return new PyComplex(x - y);
            case Operator.Mult: return new PyComplex(x * y);
            case Operator.Div:
                if (y == Complex.Zero) throw PyErr.ZeroDivisionError("complex division by zero");
                return new PyComplex(x / y);
            case Operator.Pow:
                if (x == Complex.Zero && (y.Real < 0 || y.Imaginary != 0)) throw PyErr.ZeroDivisionError("0.0 to a negative or complex power");
                if (y.Imaginary == 0 && y.Real == Math.Floor(y.Real) && Math.Abs(y.Real) <= 100)
                {
                    // Integral exponents: square-and-multiply from 1 (the signs of zero parts follow CPython's).
                    var r = Complex.One;
                    var p = x;
                    var n = (int)Math.Abs(y.Real);
                    for (var mask = 1; mask > 0 && n >= mask; mask <<= 1)
                    {
                        if ((n & mask) != 0) r *= p;
                        p *= p;
                    }
                    return new PyComplex(y.Real < 0 ? Complex.One / r : r);
                }
                return new PyComplex(Complex.Pow(x, y));
        }
        return null;
    }

    public static bool TryComplex(PyObject o, out Complex c)
    {
        switch (o)
        {
            case PyComplex pc: c = pc.Value; return true;
            case PyFloat or PyInt:
                c = new Complex(ToDouble(o), 0);
                return true;
        }
        c = default;
        return false;
    }

    // ---------------------------------------------------------------- unary
    public static PyObject Negate(PyObject a)
    {
        switch (a)
        {
            case PyInt i when !i.Type.IsHeapType || a.Type.Lookup("__neg__") is null or PyMethodDescriptor:
                return i.IsBig || i.Value == long.MinValue ? PyInt.FromBig(-i.Big) : PyInt.FromLong(-i.Value);
            case PyFloat f when !f.Type.IsHeapType: return new PyFloat(-f.Value);
            case PyComplex c: return new PyComplex(-c.Value);
        }
        return UnaryDunder(a, "__neg__", "-");
    }

    public static PyObject Positive(PyObject a) => a switch
    {
        PyInt i when !i.Type.IsHeapType => i.IsBool ? PyInt.FromLong(i.Value) : i,
        PyFloat f when !f.Type.IsHeapType => f,
        PyComplex c => c,
        _ => UnaryDunder(a, "__pos__", "+"),
    };

    public static PyObject Invert(PyObject a) => a switch
    {
        PyInt i when !i.Type.IsHeapType => i.IsBig ? PyInt.FromBig(-i.Big - 1) : PyInt.FromLong(~i.Value),
        _ => UnaryDunder(a, "__invert__", "~"),
    };

    private static PyObject UnaryDunder(PyObject a, string name, string symbol)
    {
        var m = a.Type.Lookup(name);
        if (m is not null and not PyMethodDescriptor) return CallMethod(m, a);
        if (a is PyInt i) return symbol switch { "-" => PyInt.FromBig(-i.Big), "~" => PyInt.FromBig(-i.Big - 1), _ => PyInt.FromBig(i.Big) };
        if (a is PyFloat f && symbol != "~") return symbol == "-" ? new PyFloat(-f.Value) : new PyFloat(f.Value);
        throw PyErr.TypeError($"bad operand type for unary {symbol}: '{a.Type.Name}'");
    }

    public static PyObject Abs(PyObject a)
    {
        switch (a)
        {
            case PyInt i when !i.Type.IsHeapType: return i.Sign >= 0 && !i.IsBool ? i : i.Sign >= 0 ? PyInt.FromLong(i.Value) : Negate(i);
            case PyFloat f when !f.Type.IsHeapType: return new PyFloat(Math.Abs(f.Value));
            case PyComplex c: return new PyFloat(Complex.Abs(c.Value));
        }
        var m = a.Type.Lookup("__abs__");
        if (m is not null and not PyMethodDescriptor) return CallMethod(m, a);
        if (a is PyInt hi) return PyInt.FromBig(BigInteger.Abs(hi.Big));
        if (a is PyFloat hf) return new PyFloat(Math.Abs(hf.Value));
        throw PyErr.TypeError($"bad operand type for abs(): '{a.Type.Name}'");
    }
}
