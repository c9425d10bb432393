using System.Globalization;
using System.Numerics;
using System.Text;

namespace FatSharp.Interpreter.Runtime;

/// <summary>int and bool: constructors, parsing, methods.</summary>
public static class IntMethods
{
    public static void Register()
    {
        var t = Builtins.Int;
        t.NewImpl = (cls, a, k) =>
        {
            var kw = ArgParse.Keywords("int", a, k, "base");
            var pos = ArgParse.PositionalOnly(a, k);
            if (pos.Length > 2) throw PyErr.TypeError($"int() takes at most 2 arguments ({pos.Length} given)");
            PyInt r;
            var baseArg = pos.Length > 1 ? pos[1] : kw.GetValueOrDefault("base");
            if (pos.Length == 0)
            {
                if (baseArg is not null) throw PyErr.TypeError("int() missing string argument");
                r = PyInt.Zero;
            }
            else if (baseArg is not null)
            {
                var b = (int)Ops.IndexToLong(baseArg);
                if (b != 0 && (b < 2 || b > 36)) throw PyErr.ValueError("int() base must be >= 2 and <= 36, or 0");
                r = pos[0] switch
                {
                    PyStr s => Parse(s.Value, b),
                    PyBytes by => Parse(Encoding.Latin1.GetString(by.Span), b),
                    _ => throw PyErr.TypeError("int() can't convert non-string with explicit base"),
                };
            }
            else r = FromObject(pos[0]);
            return ReferenceEquals(cls, Builtins.Int) ? r : PyInt.OfType(r.Big, cls);
        };
        Builtins.Bool.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("bool", a, k, 0, 1);
            return a.Length == 0 ? PyInt.False : Ops.Bool(Ops.IsTrue(a[0]));
        };
        TypeMethods.Method0(t, "bit_length", s => PyInt.FromLong(BigInteger.Abs(((PyInt)s).Big).GetBitLength()));
        TypeMethods.Method0(t, "bit_count", s =>
        {
            var v = BigInteger.Abs(((PyInt)s).Big);
            long c = 0;
            foreach (var b in v.ToByteArray()) c += BitOperations.PopCount(b);
            return PyInt.FromLong(c);
        });
        TypeMethods.Method0(t, "conjugate", s => PyInt.FromBig(((PyInt)s).Big));
        TypeMethods.Method0(t, "__index__", s => PyInt.FromBig(((PyInt)s).Big));
        TypeMethods.Method0(t, "__int__", s => PyInt.FromBig(((PyInt)s).Big));
        TypeMethods.Method0(t, "__float__", s => new PyFloat(Ops.ToDouble(s)));
        TypeMethods.Method0(t, "__abs__", s => PyInt.FromBig(BigInteger.Abs(((PyInt)s).Big)));
        TypeMethods.Method0(t, "__neg__", s => PyInt.FromBig(-((PyInt)s).Big));
        TypeMethods.Method0(t, "__hash__", s => PyInt.FromLong(((PyInt)s).PyHash()));
        TypeMethods.Method0(t, "__repr__", s => new PyStr(Ops.NativeRepr(s)));
        TypeMethods.Method0(t, "is_integer", s => PyInt.True);
        TypeMethods.Method0(t, "as_integer_ratio", s => new PyTuple([PyInt.FromBig(((PyInt)s).Big), PyInt.One]));
        foreach (var (name, op) in new (string, FatSharp.Ast.Operator)[] { ("__add__", FatSharp.Ast.Operator.Add), ("__sub__", FatSharp.Ast.Operator.Sub), ("__mul__", FatSharp.Ast.Operator.Mult), ("__floordiv__", FatSharp.Ast.Operator.FloorDiv), ("__mod__", FatSharp.Ast.Operator.Mod), ("__truediv__", FatSharp.Ast.Operator.Div), ("__pow__", FatSharp.Ast.Operator.Pow), ("__and__", FatSharp.Ast.Operator.BitAnd), ("__or__", FatSharp.Ast.Operator.BitOr), ("__xor__", FatSharp.Ast.Operator.BitXor), ("__lshift__", FatSharp.Ast.Operator.LShift), ("__rshift__", FatSharp.Ast.Operator.RShift) })
        {
            TypeMethods.Method1(t, name, (s, x) => x is PyInt ? Ops.BinaryOp(PyInt.FromBig(((PyInt)s).Big), PyInt.FromBig(((PyInt)x).Big), op) : PySingleton.NotImplemented);
            TypeMethods.Method1(t, "__r" + name[2..], (s, x) => x is PyInt ? Ops.BinaryOp(PyInt.FromBig(((PyInt)x).Big), PyInt.FromBig(((PyInt)s).Big), op) : PySingleton.NotImplemented);
        }
        foreach (var (name, op) in new (string, FatSharp.Ast.CmpOperator)[] { ("__eq__", FatSharp.Ast.CmpOperator.Eq), ("__ne__", FatSharp.Ast.CmpOperator.NotEq), ("__lt__", FatSharp.Ast.CmpOperator.Lt), ("__le__", FatSharp.Ast.CmpOperator.LtE), ("__gt__", FatSharp.Ast.CmpOperator.Gt), ("__ge__", FatSharp.Ast.CmpOperator.GtE) })
            TypeMethods.Method1(t, name, (s, x) => x is PyInt or PyFloat ? Ops.RichCompare(PyInt.FromBig(((PyInt)s).Big), x, op) : PySingleton.NotImplemented);
        TypeMethods.Method0(t, "__bool__", s => Ops.Bool(!((PyInt)s).IsZero));
        TypeMethods.Method(t, "__format__", (s, a, k) => new PyStr(Formatting.Format(s!, ArgParse.Str(a[0], "__format__"))));
        TypeMethods.Getter(t, "real", s => PyInt.FromBig(((PyInt)s).Big));
        TypeMethods.Getter(t, "imag", s => PyInt.Zero);
        TypeMethods.Getter(t, "numerator", s => PyInt.FromBig(((PyInt)s).Big));
        TypeMethods.Getter(t, "denominator", s => PyInt.One);
        TypeMethods.Method(t, "to_bytes", (s, a, k) =>
        {
            var kw = ArgParse.Keywords("to_bytes", a, k, "length", "byteorder", "signed");
            var pos = ArgParse.PositionalOnly(a, k);
            var length = (int)Ops.IndexToLong(pos.Length > 0 ? pos[0] : kw.GetValueOrDefault("length") ?? PyInt.One);
            var order = pos.Length > 1 ? Ops.Str(pos[1]) : kw.TryGetValue("byteorder", out var bo) ? Ops.Str(bo) : "big";
            var signed = kw.TryGetValue("signed", out var sg) && Ops.IsTrue(sg);
            var v = ((PyInt)s!).Big;
            if (!signed && v.Sign < 0) throw PyErr.OverflowError("can't convert negative int to unsigned");
            var bytes = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
            if (bytes.Length > length)
            {
                if (!(bytes.Length == length + 1 && bytes[^1] == 0 && !signed)) throw PyErr.OverflowError("int too big to convert");
                bytes = bytes[..length];
            }
            var result = new byte[length];
            Array.Copy(bytes, result, bytes.Length);
            if (v.Sign < 0) for (var i = bytes.Length; i < length; i++) result[i] = 0xFF;
            if (order == "big") Array.Reverse(result);
            return new PyBytes(result);
        });
        TypeMethods.ClassMethod(t, "from_bytes", (s, a, k) =>
        {
            var kw = ArgParse.Keywords("from_bytes", a, k, "bytes", "byteorder", "signed");
            var pos = ArgParse.PositionalOnly(a, k);
            var bytes = Ops.ToArray(pos.Length > 0 ? pos[0] : kw["bytes"]).Select(x => (byte)Ops.IndexToLong(x)).ToArray();
            var order = pos.Length > 1 ? Ops.Str(pos[1]) : kw.TryGetValue("byteorder", out var bo) ? Ops.Str(bo) : "big";
            var signed = kw.TryGetValue("signed", out var sg) && Ops.IsTrue(sg);
            return PyInt.FromBig(new BigInteger(bytes, isUnsigned: !signed, isBigEndian: order == "big"));
        });
    }

    public static PyInt FromObject(PyObject o)
    {
        switch (o)
        {
            case PyInt i: return i.IsBool || i.Type.IsHeapType ? PyInt.FromBig(i.Big) : i;
            case PyFloat f: return BuiltinFunctions.IntFromDouble(Math.Truncate(f.Value));
            case PyStr s: return Parse(s.Value, 10);
            case PyBytes b: return Parse(Encoding.Latin1.GetString(b.Span), 10);
        }
        if (o.Type.Lookup("__int__") is { } m and not PyMethodDescriptor)
        {
            var r = Ops.CallMethod(m, o);
            return r as PyInt ?? throw PyErr.TypeError($"__int__ returned non-int (type {r.Type.Name})");
        }
        if (o.Type.Lookup("__index__") is { } ix and not PyMethodDescriptor) return (PyInt)Ops.CallMethod(ix, o);
        if (o.Type.Lookup("__trunc__") is { } tr and not PyMethodDescriptor) return FromObject(Ops.CallMethod(tr, o));
        throw PyErr.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{o.Type.Name}'");
    }

    public static PyInt Parse(string text, int b)
    {
        var s = text.Trim();
        var orig = text;
        var givenBase = b; // error messages name the base the caller passed, not the one a prefix selected
        var neg = false;
        if (s.StartsWith('+') || s.StartsWith('-'))
        {
            neg = s[0] == '-';
            s = s[1..];
        }
        if (b == 0 || b == 16 || b == 8 || b == 2)
        {
            var lower = s.ToLowerInvariant();
            if (lower.StartsWith("0x") && (b == 0 || b == 16)) { b = 16; s = s[2..]; }
            else if (lower.StartsWith("0o") && (b == 0 || b == 8)) { b = 8; s = s[2..]; }
            else if (lower.StartsWith("0b") && (b == 0 || b == 2)) { b = 2; s = s[2..]; }
            else if (b == 0)
            {
                b = 10;
                if (s.Length > 1 && s[0] == '0' && s.Replace("_", "").Trim('0').Length > 0) throw Invalid(orig, 0);
            }
            if (s.StartsWith('_')) s = s[1..];
        }
        if (s.Length == 0 || s.StartsWith('_') || s.EndsWith('_') || s.Contains("__")) throw Invalid(orig, givenBase);
        BigInteger v = 0;
        long small = 0;
        var useSmall = true;
        foreach (var ch in s)
        {
            if (ch == '_') continue;
            int d;
            if (ch >= '0' && ch <= '9') d = ch - '0';
            else if (ch >= 'a' && ch <= 'z') d = ch - 'a' + 10;
            else if (ch >= 'A' && ch <= 'Z') d = ch - 'A' + 10;
            else if (char.IsDigit(ch)) d = (int)char.GetNumericValue(ch);
            else throw Invalid(orig, givenBase);
            if (d >= b) throw Invalid(orig, givenBase);
            if (useSmall && small < (long.MaxValue - 36) / 36) small = small * b + d;
            else
            {
                if (useSmall)
                {
                    v = small;
                    useSmall = false;
                }
                v = v * b + d;
            }
        }
        if (useSmall) return PyInt.FromLong(neg ? -small : small);
        return PyInt.FromBig(neg ? -v : v);
    }

    private static PythonException Invalid(string text, int b) =>
        PyErr.ValueError($"invalid literal for int() with base {b}: {Ops.Repr(new PyStr(text))}");

    public static string ToBase(PyObject o, int b, string prefix)
    {
        var v = ((PyInt)o).Big;
        var neg = v.Sign < 0;
        v = BigInteger.Abs(v);
        string digits;
        if (v.IsZero) digits = "0";
        else if (b == 16) digits = v.ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
        else
        {
            var sb = new StringBuilder();
            while (!v.IsZero)
            {
                sb.Insert(0, (char)('0' + (int)(v % b)));
                v /= b;
            }
            digits = sb.ToString();
        }
        if (digits.Length == 0) digits = "0";
        return (neg ? "-" : "") + prefix + digits;
    }
}
