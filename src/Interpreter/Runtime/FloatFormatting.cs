using System.Globalization;
using System.Numerics;
using System.Text;

namespace FatSharp.Interpreter.Runtime;

/// <summary>
/// Correctly rounded decimal formatting of doubles ('f', 'e', 'g' with round-half-even on the exact binary value,
/// as CPython's dtoa does) and round(x, n).
/// </summary>
public static class FloatFormatting
{
    /// <summary>The exact decimal digits of |v| and the position of the decimal point (value = 0.DIGITS * 10**point).</summary>
    private static (string Digits, int Point) Exact(double v)
    {
        v = Math.Abs(v);
        if (v == 0) return ("0", 1);
        var bits = BitConverter.DoubleToInt64Bits(v);
        var exp = (int)((bits >> 52) & 0x7FF);
        var mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        exp -= 1075;
        BigInteger n = mant;
        string digits;
        int point;
        if (exp >= 0)
        {
            digits = (n << exp).ToString(CultureInfo.InvariantCulture);
            point = digits.Length;
        }
        else
        {
            digits = (n * BigInteger.Pow(5, -exp)).ToString(CultureInfo.InvariantCulture);
            point = digits.Length + exp;
        }
        var trimmed = digits.TrimEnd('0');
        return (trimmed.Length == 0 ? "0" : trimmed, point);
    }

    /// <summary>Rounds digit string to <paramref name="keep"/> digits (half-even); may carry into a new leading digit.</summary>
    private static (string Digits, int Point) RoundDigits(string digits, int point, int keep)
    {
        if (keep >= digits.Length) return (digits, point);
        if (keep < 0) return ("0", point);
        var chars = digits.ToCharArray(0, keep);
        var next = digits[keep];
        var roundUp = next > '5' || (next == '5' && (digits.Length > keep + 1 || (keep > 0 && (chars[keep - 1] - '0') % 2 == 1)));
        if (keep == 0)
        {
            return roundUp ? ("1", point + 1) : ("0", point);
        }
        if (roundUp)
        {
            var i = keep - 1;
            while (i >= 0)
            {
                if (chars[i] == '9')
                {
                    chars[i] = '0';
                    i--;
                }
                else
                {
                    chars[i]++;
                    break;
                }
            }
            if (i < 0) return ("1" + new string(chars), point + 1);
        }
        return (new string(chars), point);
    }

    /// <summary>'%.{precision}f'</summary>
    public static string FormatFixed(double v, int precision)
    {
        if (!double.IsFinite(v)) return NonFinite(v);
        var (d, p) = Exact(v);
        (d, p) = RoundDigits(d, p, p + precision);
        var sb = new StringBuilder();
        if (double.IsNegative(v)) sb.Append('-');
        if (p <= 0) sb.Append('0');
        else
            for (var i = 0; i < p; i++) sb.Append(i < d.Length ? d[i] : '0');
        if (precision > 0)
        {
            sb.Append('.');
            for (var i = 0; i < precision; i++)
            {
                var idx = p + i;
                sb.Append(idx >= 0 && idx < d.Length ? d[idx] : '0');
            }
        }
        return sb.ToString();
    }

    /// <summary>'%.{precision}e'</summary>
    public static string FormatExp(double v, int precision, bool upper = false)
    {
        if (!double.IsFinite(v)) return upper ? NonFinite(v).ToUpperInvariant() : NonFinite(v);
        var (d, p) = Exact(v);
        int exp;
        if (d == "0")
        {
            d = "0";
            exp = 0;
        }
        else
        {
            (d, p) = RoundDigits(d, p, precision + 1);
            exp = p - 1;
        }
        var sb = new StringBuilder();
        if (double.IsNegative(v)) sb.Append('-');
        sb.Append(d[0]);
        if (precision > 0)
        {
            sb.Append('.');
            for (var i = 1; i <= precision; i++) sb.Append(i < d.Length ? d[i] : '0');
        }
        sb.Append(upper ? 'E' : 'e').Append(exp < 0 ? '-' : '+');
        var ae = Math.Abs(exp);
        if (ae < 10) sb.Append('0');
        sb.Append(ae.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>'%.{precision}g' (alternate keeps trailing zeros). With addDotZero (format spec without a type)
    /// integral fixed results get ".0" and the switch to exponent notation happens one digit earlier.</summary>
    public static string FormatGeneral(double v, int precision, bool alternate = false, bool upper = false, bool addDotZero = false)
    {
        if (!double.IsFinite(v)) return upper ? NonFinite(v).ToUpperInvariant() : NonFinite(v);
        if (precision == 0) precision = 1;
        int exp;
        if (v == 0) exp = 0;
        else
        {
            var (d, p) = Exact(v);
            (d, p) = RoundDigits(d, p, precision);
            exp = p - 1;
        }
        string s;
        if (exp >= -4 && exp < (addDotZero ? precision - 1 : precision))
        {
            s = FormatFixed(v, precision - 1 - exp);
            if (!alternate && s.Contains('.')) s = s.TrimEnd('0').TrimEnd('.');
            if (addDotZero && !s.Contains('.')) s += ".0";
        }
        else
        {
            s = FormatExp(v, precision - 1, upper);
            if (!alternate)
            {
                var e = s.IndexOf(upper ? 'E' : 'e');
                var mant = s[..e];
                if (mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
                s = mant + s[e..];
            }
        }
        if (alternate && !s.Contains('.'))
        {
            var cut = s.IndexOfAny(['e', 'E']);
            s = cut < 0 ? s + "." : s[..cut] + "." + s[cut..];
        }
        return s;
    }

    private static string NonFinite(double v) => double.IsNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";

    /// <summary>round(x, ndigits) for floats: exact half-even rounding of the decimal value.</summary>
    public static double RoundDouble(double v, int ndigits)
    {
        if (!double.IsFinite(v) || v == 0) return v;
        if (ndigits > 22) return v;
        // 10**-ndigits overflows a double; every finite value rounds to a signed zero.
        if (ndigits < -308) return Math.CopySign(0.0, v);
        if (ndigits >= 0)
        {
            var s = FormatFixed(v, ndigits);
            var r = double.Parse(s, CultureInfo.InvariantCulture);
            return r == 0 ? Math.CopySign(0.0, v) : r;
        }
        var pow = Math.Pow(10, -ndigits);
        var y = v / pow;
        var z = Math.Round(y, MidpointRounding.ToEven);
        if (Math.Abs(y - Math.Truncate(y)) == 0.5) z = 2.0 * Math.Round(y / 2.0, MidpointRounding.ToEven);
        var res = z * pow;
        if (double.IsInfinity(res)) throw PyErr.OverflowError("rounded value too large to represent");
        return res == 0 ? Math.CopySign(0.0, v) : res;
    }
}
