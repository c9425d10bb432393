using System.Text;

namespace FatSharp.Interpreter.Runtime;

/// <summary>printf-style formatting: <c>"%s and %5.2f" % (a, b)</c>.</summary>
public static class PercentFormat
{
    public static string Format(string fmt, PyObject args, bool bytes = false)
    {
        PyObject[] items;
        PyObject? mapping = null;
        if (args is PyTuple t) items = t.Items;
        else
        {
            items = [args];
            if (args is PyDict || (args.Type.IsHeapType && args.Type.Lookup("__getitem__") is not null && args is not PyStr)) mapping = args;
        }
        var sb = new StringBuilder();
        var ai = 0;
        var i = 0;
        PyObject NextArg()
        {
            if (ai >= items.Length) throw PyErr.TypeError("not enough arguments for format string");
            return items[ai++];
        }
        while (i < fmt.Length)
        {
            var c = fmt[i++];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }
            if (i >= fmt.Length) throw PyErr.ValueError("incomplete format");
            PyObject? value = null;
            if (fmt[i] == '(')
            {
                var close = fmt.IndexOf(')', i);
                if (mapping is null) throw PyErr.TypeError("format requires a mapping");
                var key = fmt[(i + 1)..close];
                value = Ops.GetItem(mapping, bytes ? new PyBytes(Encoding.Latin1.GetBytes(key)) : new PyStr(key));
                i = close + 1;
            }
            var flags = "";
            while (i < fmt.Length && fmt[i] is '-' or '+' or ' ' or '#' or '0') flags += fmt[i++];
            var width = -1;
            if (i < fmt.Length && fmt[i] == '*')
            {
                width = (int)Ops.IndexToLong(NextArg());
                i++;
            }
            else
            {
                var ws = i;
                while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) i++;
                if (i > ws) width = int.Parse(fmt[ws..i]);
            }
            var prec = -1;
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                if (i < fmt.Length && fmt[i] == '*')
                {
                    prec = (int)Ops.IndexToLong(NextArg());
                    i++;
                }
                else
                {
                    var ps = i;
                    while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) i++;
                    prec = i > ps ? int.Parse(fmt[ps..i]) : 0;
                }
            }
            while (i < fmt.Length && fmt[i] is 'h' or 'l' or 'L') i++;
            if (i >= fmt.Length) throw PyErr.ValueError("incomplete format");
            var conv = fmt[i++];
            if (conv == '%')
            {
                sb.Append('%');
                continue;
            }
            value ??= NextArg();
            string body;
            var neg = false;
            switch (conv)
            {
                case 's' or 'b' when bytes:
                    body = Encoding.Latin1.GetString(BytesArgument(value));
                    if (prec >= 0 && body.Length > prec) body = body[..prec];
                    break;
                case 's': body = Ops.Str(value); if (prec >= 0 && body.Length > prec) body = body[..prec]; break;
                case 'r' or 'a': body = conv == 'a' || bytes ? StrMethods.Ascii(Ops.Repr(value)) : Ops.Repr(value); if (prec >= 0 && body.Length > prec) body = body[..prec]; break;
                case 'c' when bytes:
                    if (value is PyInt bi)
                    {
                        if (bi.IsBig || bi.Value is < 0 or > 255) throw PyErr.OverflowError("%c arg not in range(256)");
                        body = ((char)bi.Value).ToString();
                    }
                    else if (BytesTextMethods.BytesOf(value) is { Length: 1 } one) body = ((char)one[0]).ToString();
                    else throw PyErr.TypeError($"%c requires an integer in range(256) or a single byte, not {value.Type.Name}");
                    break;
                case 'd' or 'i' or 'u':
                {
                    if (value is not (PyInt or PyFloat) && !(value.Type.Lookup("__int__") is not null || value.Type.Lookup("__index__") is not null))
                        throw PyErr.TypeError($"%{conv} format: a real number is required, not {value.Type.Name}");
                    var iv = IntMethods.FromObject(value).Big;
                    neg = iv.Sign < 0;
                    body = System.Numerics.BigInteger.Abs(iv).ToString();
                    if (prec > body.Length) body = body.PadLeft(prec, '0');
                    break;
                }
                case 'x' or 'X' or 'o':
                {
                    if (value is not PyInt) throw PyErr.TypeError($"%{conv} format: an integer is required, not {value.Type.Name}");
                    var iv = ((PyInt)Ops.Index(value)).Big;
                    neg = iv.Sign < 0;
                    body = IntMethods.ToBase(PyInt.FromBig(System.Numerics.BigInteger.Abs(iv)), conv == 'o' ? 8 : 16, "");
                    if (conv == 'X') body = body.ToUpperInvariant();
                    if (prec > body.Length) body = body.PadLeft(prec, '0');
                    if (flags.Contains('#')) body = (conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X") + body;
                    break;
                }
                case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                {
                    if (value is not (PyInt or PyFloat) && value.Type.Lookup("__float__") is null)
                        throw PyErr.TypeError($"must be real number, not {value.Type.Name}");
                    var d = Ops.ToDouble(value);
                    neg = double.IsNegative(d) && !double.IsNaN(d);
                    var a = Math.Abs(d);
                    var p = prec < 0 ? 6 : prec;
                    body = conv switch
                    {
                        'f' or 'F' => FloatFormatting.FormatFixed(a, p),
                        'e' or 'E' => FloatFormatting.FormatExp(a, p, conv == 'E'),
                        _ => FloatFormatting.FormatGeneral(a, p, flags.Contains('#'), conv == 'G'),
                    };
                    if (conv == 'F') body = body.ToUpperInvariant();
                    if (conv is 'f' or 'F' or 'e' or 'E' && flags.Contains('#') && double.IsFinite(a) && !body.Contains('.'))
                    {
                        var cut = body.IndexOfAny(['e', 'E']);
                        body = cut < 0 ? body + "." : body[..cut] + "." + body[cut..];
                    }
                    break;
                }
                case 'c':
                    body = value is PyInt ci ? char.ConvertFromUtf32((int)ci.Value) : value is PyStr cs && cs.Length == 1 ? cs.Value : throw PyErr.TypeError("%c requires int or char");
                    break;
                default:
                    throw PyErr.ValueError($"unsupported format character '{conv}' (0x{(int)conv:x}) at index {i - 1}");
            }
            var sign = neg ? "-" : conv is 'd' or 'i' or 'u' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'x' or 'X' or 'o' ? (flags.Contains('+') ? "+" : flags.Contains(' ') ? " " : "") : "";
            var total = sign.Length + body.Length;
            if (width > total)
            {
                if (flags.Contains('-')) body = sign + body + new string(' ', width - total);
                else if (flags.Contains('0') && conv is not ('s' or 'r' or 'a' or 'c')) body = sign + new string('0', width - total) + body;
                else body = new string(' ', width - total) + sign + body;
            }
            else body = sign + body;
            sb.Append(body);
        }
        if (ai < items.Length && mapping is null) throw PyErr.TypeError("not all arguments converted during string formatting");
        return sb.ToString();
    }

    /// <summary>The operand of %s/%b in bytes formatting: a bytes-like object or one with __bytes__.</summary>
    private static byte[] BytesArgument(PyObject value)
    {
        if (BytesTextMethods.BytesOf(value) is { } data) return data;
        var m = value.Type.Lookup("__bytes__");
        if (m is not null && Ops.CallMethod(m, value) is PyBytes r) return r.ToArray();
        throw PyErr.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{value.Type.Name}'");
    }
}
