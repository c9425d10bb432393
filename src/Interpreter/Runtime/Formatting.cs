using System.Globalization;
using System.Numerics;
using System.Text;

namespace FatSharp.Interpreter.Runtime;

/// <summary>format(value, spec): the format specification mini-language for int, float, str and user __format__.</summary>
public static class Formatting
{
    private sealed class Spec
    {
        public char Fill = ' ';
        public char Align;
        public char Sign = '-';
        public bool Alternate, ZeroPad, NoNegZero;
        public int Width = -1;
        public char Grouping;
        public int Precision = -1;
        public char Type;
    }

    public static string Format(PyObject v, string spec)
    {
        if (v.Type.IsHeapType && v.Type.Lookup("__format__") is { } m and not PyMethodDescriptor)
            return Ops.StrResult(Ops.CallMethod(m, v, new PyStr(spec)), "__format__");
        switch (v)
        {
            case PyInt i when !i.IsBool || spec.Length > 0:
                if (spec.Length == 0) return Ops.Str(v);
                return FormatInt(i, Parse(spec, v, 'd'));
            case PyFloat f:
                if (spec.Length == 0) return Ops.Str(v);
                return FormatFloat(f.Value, Parse(spec, v, '\0'));
            case PyStr s:
                if (spec.Length == 0) return s.Value;
                return FormatStr(s, Parse(spec, v, 's'));
            case PyComplex c:
                if (spec.Length == 0) return Ops.Str(v);
                return FormatComplex(c.Value, Parse(spec, v, '\0'));
        }
        if (spec.Length > 0)
            throw PyErr.TypeError($"unsupported format string passed to {v.Type.Name}.__format__");
        return Ops.Str(v);
    }

    /// <summary>Parses a standard format spec; defaultType is the type the value's __format__ assumes when none is given.</summary>
    private static Spec Parse(string s, PyObject value, char defaultType)
    {
        var sp = new Spec();
        var i = 0;
        if (s.Length >= 2 && s[1] is '<' or '>' or '=' or '^')
        {
            sp.Fill = s[0];
            sp.Align = s[1];
            i = 2;
        }
        else if (s.Length >= 1 && s[0] is '<' or '>' or '=' or '^')
        {
            sp.Align = s[0];
            i = 1;
        }
        if (i < s.Length && s[i] is '+' or '-' or ' ') sp.Sign = s[i++];
        if (i < s.Length && s[i] == 'z')
        {
            sp.NoNegZero = true;
            i++;
        }
        if (i < s.Length && s[i] == '#')
        {
            sp.Alternate = true;
            i++;
        }
        if (i < s.Length && s[i] == '0')
        {
            sp.ZeroPad = true;
            i++;
        }
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i > start) sp.Width = int.Parse(s[start..i], CultureInfo.InvariantCulture);
        if (i < s.Length && s[i] is ',' or '_') sp.Grouping = s[i++];
        if (i < s.Length && s[i] == '.')
        {
            i++;
            start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == start) throw PyErr.ValueError("Format specifier missing precision");
            sp.Precision = int.Parse(s[start..i], CultureInfo.InvariantCulture);
        }
        if (i < s.Length) sp.Type = s[i++];
        if (i < s.Length) throw PyErr.ValueError($"Invalid format specifier '{s}' for object of type '{value.Type.Name}'");
        if (sp.Grouping != 0)
        {
            var t = sp.Type != 0 ? sp.Type : defaultType;
            var allowed = t is 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0' || (sp.Grouping == '_' && t is 'b' or 'o' or 'x' or 'X');
            if (!allowed) throw PyErr.ValueError($"Cannot specify '{sp.Grouping}' with '{t}'.");
        }
        if (sp.ZeroPad && sp.Align == 0)
        {
            sp.Fill = '0';
            sp.Align = '=';
        }
        return sp;
    }

    private static string Group(string digits, char sep, int every)
    {
        if (sep == 0) return digits;
        var sb = new StringBuilder();
        var first = digits.Length % every;
        if (first > 0) sb.Append(digits, 0, first);
        for (var i = first; i < digits.Length; i += every)
        {
            if (sb.Length > 0) sb.Append(sep);
            sb.Append(digits, i, every);
        }
        return sb.ToString();
    }

    private static string Pad(string sign, string body, Spec sp, char defaultAlign)
    {
        var len = sign.Length + body.Length;
        if (sp.Width <= len) return sign + body;
        var pad = sp.Width - len;
        var align = sp.Align == 0 ? defaultAlign : sp.Align;
        var fill = sp.Fill;
        switch (align)
        {
            case '<': return sign + body + new string(fill, pad);
            case '^': return new string(fill, pad / 2) + sign + body + new string(fill, pad - pad / 2);
            case '=': return sign + new string(fill, pad) + body;
            default: return new string(fill, pad) + sign + body;
        }
    }

    private static string SignOf(bool negative, Spec sp) => negative ? "-" : sp.Sign == '+' ? "+" : sp.Sign == ' ' ? " " : "";

    private static string FormatInt(PyInt i, Spec sp)
    {
        if (sp.Type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%') return FormatFloat(Ops.ToDouble(i), sp);
        if (sp.Precision >= 0) throw PyErr.ValueError("Precision not allowed in integer format specifier");
        var v = i.Big;
        var neg = v.Sign < 0;
        var a = BigInteger.Abs(v);
        string digits, prefix = "";
        switch (sp.Type)
        {
            case 'b': digits = IntMethods.ToBase(PyInt.FromBig(a), 2, ""); prefix = sp.Alternate ? "0b" : ""; break;
            case 'o': digits = IntMethods.ToBase(PyInt.FromBig(a), 8, ""); prefix = sp.Alternate ? "0o" : ""; break;
            case 'x': digits = IntMethods.ToBase(PyInt.FromBig(a), 16, ""); prefix = sp.Alternate ? "0x" : ""; break;
            case 'X': digits = IntMethods.ToBase(PyInt.FromBig(a), 16, "").ToUpperInvariant(); prefix = sp.Alternate ? "0X" : ""; break;
            case 'c':
                return Pad("", char.ConvertFromUtf32((int)v), sp, '<');
            case 'd' or 'n' or '\0': digits = a.ToString(CultureInfo.InvariantCulture); break;
            case 's': throw PyErr.ValueError("Unknown format code 's' for object of type 'int'");
            default: throw PyErr.ValueError($"Unknown format code '{sp.Type}' for object of type 'int'");
        }
        if (sp.Grouping != 0)
        {
            var every = sp.Type is 'b' or 'o' or 'x' or 'X' ? 4 : 3;
            if (sp.Grouping == ',' && every == 4) throw PyErr.ValueError($"Cannot specify ',' with '{sp.Type}'.");
            if (sp.Align == '=' && sp.Fill == '0' && sp.Width > 0)
            {
                var target = sp.Width - SignOf(neg, sp).Length - prefix.Length;
                while (digits.Length + (digits.Length - 1) / every < target) digits = "0" + digits;
            }
            digits = Group(digits, sp.Grouping, every);
        }
        return Pad(SignOf(neg, sp) + prefix, digits, sp, '>');
    }

    /// <summary>complex.__format__: both parts with the float presentation type, "+imagj" always signed; without a
    /// type, repr style (parentheses when there is a real part).</summary>
    private static string FormatComplex(Complex z, Spec sp)
    {
        if (sp.ZeroPad) throw PyErr.ValueError("Zero padding is not allowed in complex format specifier");
        if (sp.Align == '=') throw PyErr.ValueError("'=' alignment flag is not allowed in complex format specifier");
        if (sp.Type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n'))
            throw PyErr.ValueError($"Unknown format code '{sp.Type}' for object of type 'complex'");
        string body;
        if (sp.Type == '\0' && sp.Precision < 0)
        {
            body = FatSharp.Ast.PyRepr.ComplexRepr(z);
            if (sp.Sign is '+' or ' ' && !body.StartsWith('-') && !body.StartsWith("(-")) body = body.StartsWith('(') ? "(" + sp.Sign + body[1..] : sp.Sign + body;
        }
        else
        {
            var type = sp.Type == '\0' ? 'g' : sp.Type;
            var part = new Spec { Sign = sp.Sign, Alternate = sp.Alternate, NoNegZero = sp.NoNegZero, Grouping = sp.Grouping, Precision = sp.Precision, Type = type };
            var skipReal = sp.Type == '\0' && z.Real == 0 && !double.IsNegative(z.Real);
            var re = skipReal ? "" : FormatFloat(z.Real, part);
            part.Sign = skipReal ? sp.Sign : '+';
            var im = FormatFloat(z.Imaginary, part) + "j";
            body = sp.Type == '\0' && !skipReal ? "(" + re + im + ")" : re + im;
        }
        return Pad("", body, sp, '>');
    }

    private static string FormatFloat(double v, Spec sp)
    {
        var neg = double.IsNegative(v) && !double.IsNaN(v);
        var a = Math.Abs(v);
        var prec = sp.Precision;
        string body;
        switch (sp.Type)
        {
            case 'f' or 'F':
                body = FloatFormatting.FormatFixed(a, prec < 0 ? 6 : prec);
                if (sp.Type == 'F') body = body.ToUpperInvariant();
                break;
            case 'e' or 'E':
                body = FloatFormatting.FormatExp(a, prec < 0 ? 6 : prec, sp.Type == 'E');
                break;
            case 'g' or 'G':
                body = FloatFormatting.FormatGeneral(a, prec < 0 ? 6 : prec, sp.Alternate, sp.Type == 'G');
                break;
            case '%':
                body = FloatFormatting.FormatFixed(a * 100, prec < 0 ? 6 : prec) + "%";
                break;
            case '\0' or 'n':
                if (prec < 0 && sp.Type == '\0') body = FatSharp.Ast.PyRepr.Float(a);
                else
                {
                    body = FloatFormatting.FormatGeneral(a, prec < 0 ? 6 : prec, sp.Alternate, addDotZero: sp.Type == '\0');
                }
                break;
            default: throw PyErr.ValueError($"Unknown format code '{sp.Type}' for object of type 'float'");
        }
        if (sp.NoNegZero && neg && body.Trim('0', '.', '%', 'e', '+', '-').Length == 0) neg = false;
        if (sp.Alternate && sp.Type is 'f' or 'F' or 'e' or 'E' or '%' && !body.Contains('.'))
        {
            var cut = body.IndexOfAny(['e', 'E', '%']);
            body = cut < 0 ? body + "." : body[..cut] + "." + body[cut..];
        }
        if (sp.Grouping != 0 && double.IsFinite(a))
        {
            var cut = body.IndexOfAny(['.', 'e', 'E', '%']);
            var intPart = cut < 0 ? body : body[..cut];
            var rest = cut < 0 ? "" : body[cut..];
            if (sp.Align == '=' && sp.Fill == '0' && sp.Width > 0)
            {
                var target = sp.Width - SignOf(neg, sp).Length - rest.Length;
                while (intPart.Length + (intPart.Length - 1) / 3 < target) intPart = "0" + intPart;
            }
            body = Group(intPart, sp.Grouping, 3) + rest;
        }
        return Pad(SignOf(neg, sp), body, sp, '>');
    }

    private static string FormatStr(PyStr s, Spec sp)
    {
        if (sp.Type is not ('\0' or 's')) throw PyErr.ValueError($"Unknown format code '{sp.Type}' for object of type 'str'");
        if (sp.Sign != '-') throw PyErr.ValueError("Sign not allowed in string format specifier");
        if (sp.Align == '=') throw PyErr.ValueError("'=' alignment not allowed in string format specifier");
        var v = s.Value;
        if (sp.Precision >= 0 && s.Length > sp.Precision) v = s.Substring(0, sp.Precision);
        var len = new PyStr(v).Length;
        if (sp.Width <= len) return v;
        var pad = sp.Width - len;
        return (sp.Align == 0 ? '<' : sp.Align) switch
        {
            '>' => new string(sp.Fill, pad) + v,
            '^' => new string(sp.Fill, pad / 2) + v + new string(sp.Fill, pad - pad / 2),
            _ => v + new string(sp.Fill, pad),
        };
    }
}
