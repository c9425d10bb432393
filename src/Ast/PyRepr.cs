using System.Globalization;
using System.Numerics;
using System.Text;

namespace FatSharp.Ast;

/// <summary>
/// Python's <c>repr()</c> of the values a tree can hold as constants: shortest round-trip floats, str with CPython's
/// choice of quote and escapes, bytes, complex, ints of any size, bool, None and Ellipsis.
/// </summary>
public static class PyRepr
{
    public static string Constant(object? v)
    {
        var sb = new StringBuilder();
        AppendConstant(sb, v);
        return sb.ToString();
    }

    public static void AppendConstant(StringBuilder sb, object? v)
    {
        switch (v)
        {
            case null: sb.Append("None"); break;
            case bool b: sb.Append(b ? "True" : "False"); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case BigInteger bi: sb.Append(bi.ToString(CultureInfo.InvariantCulture)); break;
            case double d: sb.Append(Float(d)); break;
            case Complex c: sb.Append(ComplexRepr(c)); break;
            case string s: AppendStr(sb, s); break;
            case byte[] bytes: AppendBytes(sb, bytes); break;
            case PyEllipsis: sb.Append("Ellipsis"); break;
            case object[] tuple:
                sb.Append('(');
                for (var i = 0; i < tuple.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    AppendConstant(sb, tuple[i]);
                }
                sb.Append(tuple.Length == 1 ? ",)" : ")");
                break;
            case ConstantTuple ct:
                sb.Append('(');
                for (var i = 0; i < ct.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    AppendConstant(sb, ct[i]);
                }
                sb.Append(ct.Count == 1 ? ",)" : ")");
                break;
            case ConstantFrozenSet fs:
                if (fs.Count == 0) { sb.Append("frozenset()"); break; }
                sb.Append("frozenset({");
                for (var i = 0; i < fs.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    AppendConstant(sb, fs.Items[i]);
                }
                sb.Append("})");
                break;
            default: sb.Append(v); break;
        }
    }

    /// <summary><c>repr(float)</c>: the shortest string that reads back as the same double.</summary>
    public static string Float(double d) => FormatShortest(d, addDotZero: true);

    private static string FormatShortest(double d, bool addDotZero)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        var neg = d < 0 || (d == 0 && double.IsNegative(d));
        if (d == 0) return neg ? (addDotZero ? "-0.0" : "-0") : (addDotZero ? "0.0" : "0");
        // "R" gives the shortest round-trip digits; re-lay them out by Python's rules.
        var shortest = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        ParseDigits(shortest, out var digits, out var decpt);
        var sb = new StringBuilder(32);
        if (neg) sb.Append('-');
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            var exp = decpt - 1;
            sb.Append('e').Append(exp < 0 ? '-' : '+');
            var e = Math.Abs(exp);
            if (e < 10) sb.Append('0');
            sb.Append(e.ToString(CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero) sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }

    /// <summary>Splits .NET's round-trip text into significant digits and the position of the decimal point.</summary>
    private static void ParseDigits(string s, out string digits, out int decpt)
    {
        var exp = 0;
        var e = s.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s[..e];
        }
        var dot = s.IndexOf('.');
        var intPart = dot < 0 ? s : s[..dot];
        var frac = dot < 0 ? "" : s[(dot + 1)..];
        var all = intPart + frac;
        decpt = intPart.Length + exp;
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        all = all[lead..];
        decpt -= lead;
        digits = all.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
    }

    public static string ComplexRepr(Complex c)
    {
        var re = c.Real;
        var im = c.Imaginary;
        var imText = FormatShortest(im, addDotZero: false) + "j";
        if (re == 0 && !double.IsNegative(re)) return imText;
        var reText = FormatShortest(re, addDotZero: false);
        if (!imText.StartsWith('-')) imText = "+" + imText;
        return "(" + reText + imText + ")";
    }

    public static string Str(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        AppendStr(sb, s);
        return sb.ToString();
    }

    public static void AppendStr(StringBuilder sb, string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            int ch = s[i];
            if (ch == quote || ch == '\\') { sb.Append('\\').Append((char)ch); continue; }
            if (ch == '\t') { sb.Append("\\t"); continue; }
            if (ch == '\n') { sb.Append("\\n"); continue; }
            if (ch == '\r') { sb.Append("\\r"); continue; }
            if (ch < ' ' || ch == 0x7f) { AppendHex(sb, 'x', ch, 2); continue; }
            if (ch < 0x7f) { sb.Append((char)ch); continue; }
            if (char.IsHighSurrogate(s, i) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                var cp = char.ConvertToUtf32(s[i], s[i + 1]);
                if (IsPrintable(cp)) sb.Append(s[i]).Append(s[i + 1]);
                else AppendHex(sb, 'U', cp, 8);
                i++;
                continue;
            }
            if (IsPrintable(ch)) sb.Append((char)ch);
            else if (ch <= 0xff) AppendHex(sb, 'x', ch, 2);
            else AppendHex(sb, 'u', ch, 4);
        }
        sb.Append(quote);
    }

    public static void AppendBytes(StringBuilder sb, byte[] bytes)
    {
        var hasSingle = Array.IndexOf(bytes, (byte)'\'') >= 0;
        var hasDouble = Array.IndexOf(bytes, (byte)'"') >= 0;
        var quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (var b in bytes)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < ' ' || b >= 0x7f) AppendHex(sb, 'x', b, 2);
            else sb.Append((char)b);
        }
        sb.Append(quote);
    }

    private static void AppendHex(StringBuilder sb, char kind, int value, int width) =>
        sb.Append('\\').Append(kind).Append(value.ToString("x" + width, CultureInfo.InvariantCulture));

    /// <summary>Python's <c>str.isprintable</c> for one code point.</summary>
    public static bool IsPrintableCodePoint(int codePoint) =>
        codePoint < 0x7f ? codePoint >= 0x20 : IsPrintable(codePoint);

    /// <summary>
    /// Python 3.11's <c>str.isprintable</c> for one code point, from its own Unicode 14 tables: .NET's are newer and
    /// would call later-assigned characters printable where Python escapes them.
    /// </summary>
    public static bool IsPrintable(int codePoint)
    {
        var ranges = PyPrintableTable.NonPrintableRanges;
        // Binary search for the last range starting at or before the code point.
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ranges[2 * mid] <= codePoint) lo = mid + 1;
            else hi = mid - 1;
        }
        return hi < 0 || codePoint > ranges[2 * hi + 1];
    }
}
