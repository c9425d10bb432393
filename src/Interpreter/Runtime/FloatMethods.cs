using System.Globalization;
using System.Numerics;

namespace FatSharp.Interpreter.Runtime;

/// <summary>float and complex: constructors and methods.</summary>
public static class FloatMethods
{
    public static void Register()
    {
        var t = Builtins.Float;
        t.NewImpl = (cls, a, k) =>
        {
            ArgParse.Exact("float", a, k, 0, 1);
            var v = a.Length == 0 ? 0.0 : FromObject(a[0]);
            return new PyFloat(v, ReferenceEquals(cls, Builtins.Float) ? null : cls);
        };
        TypeMethods.Method0(t, "is_integer", s => Ops.Bool(double.IsFinite(((PyFloat)s).Value) && Math.Floor(((PyFloat)s).Value) == ((PyFloat)s).Value));
        TypeMethods.Method0(t, "conjugate", s => new PyFloat(((PyFloat)s).Value));
        TypeMethods.Method0(t, "__float__", s => new PyFloat(((PyFloat)s).Value));
        TypeMethods.Method0(t, "__int__", s => BuiltinFunctions.IntFromDouble(Math.Truncate(((PyFloat)s).Value)));
        TypeMethods.Method0(t, "__trunc__", s => BuiltinFunctions.IntFromDouble(Math.Truncate(((PyFloat)s).Value)));
        TypeMethods.Method0(t, "__floor__", s => BuiltinFunctions.IntFromDouble(Math.Floor(((PyFloat)s).Value)));
        TypeMethods.Method0(t, "__ceil__", s => BuiltinFunctions.IntFromDouble(Math.Ceiling(((PyFloat)s).Value)));
        TypeMethods.Method0(t, "__repr__", s => new PyStr(Ops.NativeRepr(s)));
        TypeMethods.Method0(t, "__hash__", s => PyInt.FromLong(PyHashing.Float(((PyFloat)s).Value)));
        TypeMethods.Method(t, "__round__", (s, a, k) => BuiltinFunctions.Round(new PyFloat(((PyFloat)s!).Value), a.Length > 0 && a[0] is not PyNone ? a[0] : null));
        TypeMethods.Method(t, "__format__", (s, a, k) => new PyStr(Formatting.Format(s!, ArgParse.Str(a[0], "__format__"))));
        TypeMethods.Getter(t, "real", s => new PyFloat(((PyFloat)s).Value));
        TypeMethods.Getter(t, "imag", s => new PyFloat(0.0));
        foreach (var (name, op) in new (string, FatSharp.Ast.Operator)[] { ("__add__", FatSharp.Ast.Operator.Add), ("__sub__", FatSharp.Ast.Operator.Sub), ("__mul__", FatSharp.Ast.Operator.Mult), ("__truediv__", FatSharp.Ast.Operator.Div), ("__floordiv__", FatSharp.Ast.Operator.FloorDiv), ("__mod__", FatSharp.Ast.Operator.Mod), ("__pow__", FatSharp.Ast.Operator.Pow) })
        {
            TypeMethods.Method1(t, name, (s, x) => x is PyInt or PyFloat ? Ops.BinaryOp(new PyFloat(((PyFloat)s).Value), x, op) : PySingleton.NotImplemented);
            TypeMethods.Method1(t, "__r" + name[2..], (s, x) => x is PyInt or PyFloat ? Ops.BinaryOp(x, new PyFloat(((PyFloat)s).Value), op) : PySingleton.NotImplemented);
        }
        TypeMethods.Method0(t, "as_integer_ratio", s =>
        {
            var v = ((PyFloat)s).Value;
            if (double.IsInfinity(v)) throw PyErr.OverflowError("cannot convert Infinity to integer ratio");
            if (double.IsNaN(v)) throw PyErr.ValueError("cannot convert NaN to integer ratio");
            var bits = BitConverter.DoubleToInt64Bits(v);
            var exp = (int)((bits >> 52) & 0x7FF);
            var mant = bits & 0xFFFFFFFFFFFFFL;
            if (exp == 0) exp = 1; else mant |= 1L << 52;
            exp -= 1075;
            BigInteger num = mant, den = 1;
            if (exp > 0) num <<= exp;
            else den <<= -exp;
            var g = BigInteger.GreatestCommonDivisor(num, den);
            if (!g.IsZero) { num /= g; den /= g; }
            if (v < 0) num = -num;
            return new PyTuple([PyInt.FromBig(num), PyInt.FromBig(den)]);
        });
        TypeMethods.Method0(t, "hex", s => new PyStr(FloatHex(((PyFloat)s).Value)));
        TypeMethods.ClassMethod(t, "fromhex", (cls, a, k) =>
        {
            ArgParse.Exact("fromhex", a, k, 1, 1);
            if (a[0] is not PyStr hs) throw PyErr.TypeError($"must be str, not {a[0].Type.Name}");
            var v = new PyFloat(FromHex(hs.Value));
            return cls is PyType ct && !ReferenceEquals(ct, Builtins.Float) ? Ops.Call(ct, [v]) : v;
        });

        var c = Builtins.Complex;
        c.NewImpl = (cls, a, k) =>
        {
            var kw = ArgParse.Keywords("complex", a, k, "real", "imag");
            var pos = ArgParse.PositionalOnly(a, k);
            var re = pos.Length > 0 ? pos[0] : kw.GetValueOrDefault("real");
            var im = pos.Length > 1 ? pos[1] : kw.GetValueOrDefault("imag");
            if (re is PyStr rs)
            {
                if (im is not null) throw PyErr.TypeError("complex() can't take second arg if first is a string");
                return new PyComplex(ParseComplex(rs.Value));
            }
            if (re is not null && re.Type.IsHeapType && re.Type.Lookup("__complex__") is { } conv)
            {
                re = Ops.CallMethod(conv, re);
                if (re is not PyComplex) throw PyErr.TypeError($"__complex__ returned non-complex (type {re.Type.Name})");
            }
            var reIsComplex = re is not null and not PyFloat and not PyInt && Ops.TryComplex(re, out _);
            var imIsComplex = im is not null and not PyFloat and not PyInt && Ops.TryComplex(im, out _);
            Complex r = re is null ? Complex.Zero : Ops.TryComplex(re, out var rc) ? rc : new Complex(Ops.ToDouble(re), 0);
            Complex i = im is null ? Complex.Zero : Ops.TryComplex(im, out var ic) ? ic : new Complex(Ops.ToDouble(im), 0);
            // Combine part by part (not r + i*1j) so signed zeros and infinities survive, as CPython does.
            var real = r.Real;
            var imag = im is null ? r.Imaginary : i.Real;
            if (imIsComplex) real -= i.Imaginary;
            if (reIsComplex && im is not null) imag += r.Imaginary;
            return new PyComplex(new Complex(real, imag));
        };
        TypeMethods.Getter(c, "real", s => new PyFloat(((PyComplex)s).Value.Real));
        TypeMethods.Getter(c, "imag", s => new PyFloat(((PyComplex)s).Value.Imaginary));
        TypeMethods.Method0(c, "conjugate", s => new PyComplex(Complex.Conjugate(((PyComplex)s).Value)));
    }

    private static Complex ParseComplex(string s)
    {
        try
        {
            return ParseComplexParts(s);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.ValueError))
        {
            throw PyErr.ValueError("complex() arg is a malformed string");
        }
    }

    private static Complex ParseComplexParts(string s)
    {
        s = s.Trim();
        if (s.StartsWith('(') && s.EndsWith(')')) s = s[1..^1].Trim();
        if (s.Any(char.IsWhiteSpace)) throw PyErr.ValueError("complex() arg is a malformed string");
        if (s.EndsWith('j') || s.EndsWith('J'))
        {
            var body = s[..^1];
            var split = -1;
            for (var i = body.Length - 1; i > 0; i--)
                if ((body[i] == '+' || body[i] == '-') && body[i - 1] != 'e' && body[i - 1] != 'E') { split = i; break; }
            if (split < 0) return new Complex(0, body is "" or "+" ? 1 : body == "-" ? -1 : ParseFloat(body));
            var im = body[split..];
            return new Complex(ParseFloat(body[..split]), im is "+" ? 1 : im == "-" ? -1 : ParseFloat(im));
        }
        return new Complex(ParseFloat(s), 0);
    }

    public static double FromObject(PyObject o)
    {
        switch (o)
        {
            case PyFloat f: return f.Value;
            case PyInt: return Ops.ToDouble(o);
            case PyStr s: return ParseFloat(s.Value);
            case PyBytes b: return ParseFloat(System.Text.Encoding.Latin1.GetString(b.Span));
        }
        if (o.Type.Lookup("__float__") is { } m and not PyMethodDescriptor)
        {
            var r = Ops.CallMethod(m, o);
            return r is PyFloat rf ? rf.Value : throw PyErr.TypeError($"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (o.Type.Lookup("__index__") is { } ix and not PyMethodDescriptor) return Ops.ToDouble(Ops.CallMethod(ix, o));
        throw PyErr.TypeError($"float() argument must be a string or a real number, not '{o.Type.Name}'");
    }

    public static double ParseFloat(string text)
    {
        var s = text.Trim().ToLowerInvariant();
        var body = s.TrimStart('+', '-');
        var neg = s.StartsWith('-');
        if (s.Length - body.Length <= 1)
        {
            switch (body)
            {
                case "inf" or "infinity": return neg ? double.NegativeInfinity : double.PositiveInfinity;
                case "nan": return double.NaN;
            }
        }
        var clean = s.Replace("_", "");
        var valid = s.Length > 0 && !s.StartsWith('_') && !s.EndsWith('_') && !s.Contains("__") && !s.Contains("_.") && !s.Contains("._")
                    && clean.All(ch => char.IsAsciiDigit(ch) || ch is '.' or 'e' or '+' or '-')
                    && double.TryParse(clean, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        if (!valid) throw PyErr.ValueError($"could not convert string to float: {Ops.Repr(new PyStr(text))}");
        return double.Parse(clean, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static string FloatHex(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        var sign = double.IsNegative(v) ? "-" : "";
        if (v == 0) return sign + "0x0.0p+0";
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        var exp = (int)((bits >> 52) & 0x7FF);
        var mant = bits & 0xFFFFFFFFFFFFFL;
        var lead = exp == 0 ? 0 : 1;
        exp = exp == 0 ? -1022 : exp - 1023;
        return $"{sign}0x{lead}.{mant:x13}p{(exp >= 0 ? "+" : "")}{exp}";
    }

    /// <summary>float.fromhex: <c>[sign] [0x] digits [. digits] [p exponent]</c> or inf/nan, rounded half-even.</summary>
    public static double FromHex(string text)
    {
        var str = text.Trim();
        var invalid = () => PyErr.ValueError("invalid hexadecimal floating-point string");
        var i = 0;
        var negative = false;
        if (i < str.Length && str[i] is '+' or '-') negative = str[i++] == '-';
        var rest = str[i..].ToLowerInvariant();
        if (rest is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest == "nan") return double.NaN;
        if (rest.StartsWith("0x")) i += 2;
        System.Numerics.BigInteger mantissa = 0;
        long exponent = 0;
        var digits = 0;
        while (i < str.Length && Uri.IsHexDigit(str[i]))
        {
            mantissa = mantissa * 16 + Convert.ToInt32(str[i].ToString(), 16);
            i++;
            digits++;
        }
        if (i < str.Length && str[i] == '.')
        {
            i++;
            while (i < str.Length && Uri.IsHexDigit(str[i]))
            {
                mantissa = mantissa * 16 + Convert.ToInt32(str[i].ToString(), 16);
                exponent -= 4;
                i++;
                digits++;
            }
        }
        if (digits == 0) throw invalid();
        if (i < str.Length && str[i] is 'p' or 'P')
        {
            i++;
            var expNegative = false;
            if (i < str.Length && str[i] is '+' or '-') expNegative = str[i++] == '-';
            var start = i;
            long e = 0;
            while (i < str.Length && char.IsAsciiDigit(str[i]))
            {
                if (e < 1_000_000_000) e = e * 10 + (str[i] - '0');
                i++;
            }
            if (i == start) throw invalid();
            exponent += expNegative ? -e : e;
        }
        if (i != str.Length) throw invalid();
        if (mantissa.IsZero) return negative ? -0.0 : 0.0;
        var top = (long)mantissa.GetBitLength() + exponent;
        if (top > 1024) throw PyErr.OverflowError("hexadecimal value too large to represent as a float");
        var shift = Math.Max(top - 53, -1074) - exponent;
        System.Numerics.BigInteger q;
        if (shift > 0)
        {
            if (shift > mantissa.GetBitLength() + 1) return negative ? -0.0 : 0.0;
            q = mantissa >> (int)shift;
            var remainder = mantissa - (q << (int)shift);
            var half = System.Numerics.BigInteger.One << (int)(shift - 1);
            if (remainder > half || (remainder == half && !q.IsEven)) q += 1;
        }
        else q = mantissa << (int)-shift;
        var result = Math.ScaleB((double)q, (int)(exponent + shift));
        if (double.IsInfinity(result)) throw PyErr.OverflowError("hexadecimal value too large to represent as a float");
        return negative ? -result : result;
    }
}
