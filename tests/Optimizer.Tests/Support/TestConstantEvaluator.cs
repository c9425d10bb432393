using System.Globalization;
using System.Numerics;
using System.Text;
using FatSharp.Ast;
using FatSharp.Optimizer;

namespace FatSharp.Tests.Optimizer.Support;

/// <summary>
/// Test double of the interpreter's evaluator: Python semantics computed with .NET for the operations the snapshot
/// cases use (ints, floats, ASCII strings, bytes, tuples). Anything it does not cover is "cannot fold", so a case
/// that needs more shows up as unfolded rather than as a wrong value.
/// </summary>
public sealed class TestConstantEvaluator : IConstantEvaluator
{
    private static FoldResult TypeError => FoldResult.Raises("TypeError");

    private static bool IsIntLike(object? v) => v is long or BigInteger or bool;

    private static BigInteger Int(object? v) => v switch
    {
        bool b => b ? 1 : 0,
        long l => l,
        BigInteger bi => bi,
        _ => throw new InvalidCastException(),
    };

    private static bool IsReal(object? v) => IsIntLike(v) || v is double;

    private static double Float(object? v) => v is double d ? d : (double)Int(v);

    private static object Norm(BigInteger v) => PyInt.Normalize(v);

    public FoldResult BinaryOp(Operator op, object? left, object? right)
    {
        // bool & bool, bool | bool and bool ^ bool stay bools.
        if (left is bool lb && right is bool rb && op is Operator.BitAnd or Operator.BitOr or Operator.BitXor)
            return FoldResult.Of(op switch { Operator.BitAnd => lb & rb, Operator.BitOr => lb | rb, _ => lb ^ rb });
        if (IsIntLike(left) && IsIntLike(right)) return IntOp(op, Int(left), Int(right));
        if (IsReal(left) && IsReal(right)) return FloatOp(op, Float(left), Float(right));
        if ((left is Complex || right is Complex) && (IsReal(left) || left is Complex) && (IsReal(right) || right is Complex))
        {
            var a = left is Complex ca ? ca : Float(left);
            var b = right is Complex cb ? cb : Float(right);
            return op switch
            {
                Operator.Add => FoldResult.Of(a + b),
                Operator.Sub => FoldResult.Of(a - b),
                Operator.Mult => FoldResult.Of(a * b),
                Operator.Div => b == Complex.Zero ? FoldResult.Raises("ZeroDivisionError") : FoldResult.Of(a / b),
                _ => FoldResult.CannotFold,
            };
        }
        switch (op)
        {
            case Operator.Add when left is string a && right is string b: return FoldResult.Of(a + b);
            case Operator.Add when left is byte[] a && right is byte[] b: return FoldResult.Of(a.Concat(b).ToArray());
            case Operator.Add when left is ConstantTuple a && right is ConstantTuple b: return FoldResult.Of(new ConstantTuple([.. a.Items, .. b.Items]));
            case Operator.Mult when IsIntLike(right) || IsIntLike(left):
            {
                var (seq, n) = IsIntLike(right) ? (left, Int(right)) : (right, Int(left));
                var count = n < 0 ? 0 : (int)n;
                return seq switch
                {
                    string s => FoldResult.Of(string.Concat(Enumerable.Repeat(s, count))),
                    byte[] b => FoldResult.Of(Enumerable.Repeat(b, count).SelectMany(x => x).ToArray()),
                    ConstantTuple t => FoldResult.Of(new ConstantTuple(Enumerable.Repeat(t.Items, count).SelectMany(x => x).ToArray())),
                    _ => TypeError,
                };
            }
        }
        return TypeError;
    }

    private static FoldResult IntOp(Operator op, BigInteger a, BigInteger b)
    {
        switch (op)
        {
            case Operator.Add: return FoldResult.Of(Norm(a + b));
            case Operator.Sub: return FoldResult.Of(Norm(a - b));
            case Operator.Mult: return FoldResult.Of(Norm(a * b));
            case Operator.FloorDiv:
            case Operator.Mod:
            {
                if (b.IsZero) return FoldResult.Raises("ZeroDivisionError");
                var q = BigInteger.DivRem(a, b, out var r);
                if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) { q -= 1; r += b; }
                return FoldResult.Of(Norm(op == Operator.FloorDiv ? q : r));
            }
            case Operator.Div:
                if (b.IsZero) return FoldResult.Raises("ZeroDivisionError");
                if (BigInteger.Abs(a) > (BigInteger.One << 53) || BigInteger.Abs(b) > (BigInteger.One << 53)) return FoldResult.CannotFold;
                return FoldResult.Of((double)a / (double)b);
            case Operator.Pow:
                if (b.Sign < 0)
                {
                    if (a.IsZero) return FoldResult.Raises("ZeroDivisionError");
                    return FoldResult.Of(Math.Pow((double)a, (double)b));
                }
                // 0, 1 and -1 may be raised to any power; the optimizer lets only those through with a huge exponent.
                if (BigInteger.Abs(a) <= 1) return FoldResult.Of(Norm(a.IsZero ? (b.IsZero ? 1 : 0) : a.IsOne || b.IsEven ? 1 : -1));
                return b > int.MaxValue ? FoldResult.CannotFold : FoldResult.Of(Norm(BigInteger.Pow(a, (int)b)));
            case Operator.LShift:
                if (b.Sign < 0) return FoldResult.Raises("ValueError");
                if (a.IsZero) return FoldResult.Of(0L);
                return b > int.MaxValue ? FoldResult.CannotFold : FoldResult.Of(Norm(a << (int)b));
            case Operator.RShift:
                if (b.Sign < 0) return FoldResult.Raises("ValueError");
                return FoldResult.Of(Norm(b > 4096 ? (a.Sign < 0 ? -1 : 0) : a >> (int)b));
            case Operator.BitAnd: return FoldResult.Of(Norm(a & b));
            case Operator.BitOr: return FoldResult.Of(Norm(a | b));
            case Operator.BitXor: return FoldResult.Of(Norm(a ^ b));
            default: return TypeError;
        }
    }

    private static FoldResult FloatOp(Operator op, double a, double b)
    {
        switch (op)
        {
            case Operator.Add: return FoldResult.Of(a + b);
            case Operator.Sub: return FoldResult.Of(a - b);
            case Operator.Mult: return FoldResult.Of(a * b);
            case Operator.Div: return b == 0 ? FoldResult.Raises("ZeroDivisionError") : FoldResult.Of(a / b);
            case Operator.FloorDiv:
            case Operator.Mod:
            {
                // CPython's float_divmod.
                if (b == 0) return FoldResult.Raises("ZeroDivisionError");
                var mod = a % b;
                var div = (a - mod) / b;
                if (mod != 0)
                {
                    if ((b < 0) != (mod < 0)) { mod += b; div -= 1.0; }
                }
                else mod = Math.CopySign(0.0, b);
                double floordiv;
                if (div != 0)
                {
                    floordiv = Math.Floor(div);
                    if (div - floordiv > 0.5) floordiv += 1.0;
                }
                else floordiv = Math.CopySign(0.0, a / b);
                return FoldResult.Of(op == Operator.Mod ? mod : floordiv);
            }
            case Operator.Pow:
            {
                if (a == 0 && b < 0) return FoldResult.Raises("ZeroDivisionError");
                if (a < 0 && Math.Floor(b) != b) return FoldResult.CannotFold; // a complex result
                var r = Math.Pow(a, b);
                return double.IsInfinity(r) && !double.IsInfinity(a) ? FoldResult.Raises("OverflowError") : FoldResult.Of(r);
            }
            default: return TypeError;
        }
    }

    public FoldResult UnaryOp(UnaryOperator op, object? operand)
    {
        if (op == UnaryOperator.Not) return ConstantTruth(operand) is { } t ? FoldResult.Of(!t) : FoldResult.CannotFold;
        if (IsIntLike(operand))
        {
            var v = Int(operand);
            return op switch
            {
                UnaryOperator.USub => FoldResult.Of(Norm(-v)),
                UnaryOperator.UAdd => FoldResult.Of(Norm(v)),
                UnaryOperator.Invert => FoldResult.Of(Norm(-v - 1)),
                _ => FoldResult.CannotFold,
            };
        }
        return operand switch
        {
            double d when op == UnaryOperator.USub => FoldResult.Of(-d),
            double d when op == UnaryOperator.UAdd => FoldResult.Of(d),
            Complex c when op == UnaryOperator.USub => FoldResult.Of(new Complex(-c.Real, -c.Imaginary)),
            Complex c when op == UnaryOperator.UAdd => FoldResult.Of(c),
            _ => TypeError,
        };
    }

    private static bool? ConstantTruth(object? v) => v switch
    {
        null => false,
        bool b => b,
        long or BigInteger => !Int(v).IsZero,
        double d => d != 0,
        string s => s.Length > 0,
        byte[] b => b.Length > 0,
        ConstantTuple t => t.Count > 0,
        ConstantFrozenSet f => f.Count > 0,
        _ => null,
    };

    public FoldResult Compare(CmpOperator op, object? left, object? right)
    {
        switch (op)
        {
            case CmpOperator.Eq: return Equal(left, right) is { } eq ? FoldResult.Of(eq) : FoldResult.CannotFold;
            case CmpOperator.NotEq: return Equal(left, right) is { } ne ? FoldResult.Of(!ne) : FoldResult.CannotFold;
            case CmpOperator.In or CmpOperator.NotIn:
            {
                var r = Contains(right, left);
                if (!r.HasValue) return r;
                return FoldResult.Of(op == CmpOperator.In ? (bool)r.Value! : !(bool)r.Value!);
            }
            case CmpOperator.Lt or CmpOperator.LtE or CmpOperator.Gt or CmpOperator.GtE:
            {
                var c = Order(left, right);
                if (c == null) return TypeError;
                return FoldResult.Of(op switch
                {
                    CmpOperator.Lt => c < 0,
                    CmpOperator.LtE => c <= 0,
                    CmpOperator.Gt => c > 0,
                    _ => c >= 0,
                });
            }
            default:
                return FoldResult.CannotFold;
        }
    }

    private static bool? Equal(object? a, object? b)
    {
        if (IsReal(a) && IsReal(b))
            return IsIntLike(a) && IsIntLike(b) ? Int(a) == Int(b) : Float(a) == Float(b);
        if ((a is Complex || b is Complex) && (IsReal(a) || a is Complex) && (IsReal(b) || b is Complex))
            return (a is Complex ca ? ca : Float(a)) == (b is Complex cb ? cb : Float(b));
        return a switch
        {
            null => b == null,
            string s => b is string t && s == t,
            byte[] x => b is byte[] y && x.AsSpan().SequenceEqual(y),
            ConstantTuple x => b is ConstantTuple y && x.Count == y.Count && x.Items.Zip(y.Items).All(p => Equal(p.First, p.Second) == true),
            _ => a.GetType() == b?.GetType() ? a.Equals(b) : false,
        };
    }

    private static int? Order(object? a, object? b)
    {
        if (IsReal(a) && IsReal(b))
            return IsIntLike(a) && IsIntLike(b) ? Int(a).CompareTo(Int(b)) : Float(a).CompareTo(Float(b));
        switch (a)
        {
            case string s when b is string t: return Math.Sign(string.CompareOrdinal(s, t));
            case byte[] x when b is byte[] y: return Math.Sign(x.AsSpan().SequenceCompareTo(y));
            case ConstantTuple x when b is ConstantTuple y:
                for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
                {
                    if (Equal(x[i], y[i]) == true) continue;
                    return Order(x[i], y[i]);
                }
                return x.Count.CompareTo(y.Count);
            default: return null;
        }
    }

    private static FoldResult Contains(object? container, object? item) => container switch
    {
        string s when item is string t => FoldResult.Of(s.Contains(t, StringComparison.Ordinal)),
        string => TypeError,
        byte[] x when item is byte[] y => FoldResult.Of(x.AsSpan().IndexOf(y) >= 0),
        byte[] x when IsIntLike(item) => Int(item) is var v && v >= 0 && v <= 255 ? FoldResult.Of(Array.IndexOf(x, (byte)v) >= 0) : FoldResult.Raises("ValueError"),
        ConstantTuple t => FoldResult.Of(t.Items.Any(i => Equal(i, item) == true)),
        ConstantFrozenSet f => FoldResult.Of(f.Items.Any(i => Equal(i, item) == true)),
        MutableLiteral m => FoldResult.Of(m.Items.Any(i => Equal(i, item) == true)),
        _ => FoldResult.CannotFold,
    };

    public FoldResult Subscript(object? container, object? index)
    {
        if (!IsIntLike(index)) return TypeError;
        var i = Int(index);
        var len = container switch { string s => s.Length, byte[] b => b.Length, ConstantTuple t => t.Count, _ => -1 };
        if (len < 0) return FoldResult.CannotFold;
        if (container is string str && str.Any(char.IsSurrogate)) return FoldResult.CannotFold;
        if (i < 0) i += len;
        if (i < 0 || i >= len) return FoldResult.Raises("IndexError");
        return container switch
        {
            string s => FoldResult.Of(s[(int)i].ToString()),
            byte[] b => FoldResult.Of((long)b[(int)i]),
            ConstantTuple t => FoldResult.Of(t[(int)i]),
            _ => FoldResult.CannotFold,
        };
    }

    private static IReadOnlyList<object?>? Iterate(object? v) => v switch
    {
        string s when !s.Any(char.IsSurrogate) => s.Select(c => (object?)c.ToString()).ToList(),
        byte[] b => b.Select(x => (object?)(long)x).ToList(),
        ConstantTuple t => t.Items,
        ConstantFrozenSet f => f.Items,
        MutableLiteral m => m.Items,
        _ => null,
    };

    private static string? Str(object? v) => v switch
    {
        string s => s,
        long or BigInteger or bool => v is bool b ? (b ? "True" : "False") : Int(v).ToString(CultureInfo.InvariantCulture),
        double d => PyRepr.Float(d),
        Complex c => PyRepr.ComplexRepr(c),
        _ => null,
    };

    public FoldResult CallBuiltin(string name, IReadOnlyList<object?> args)
    {
        var a0 = args.Count > 0 ? args[0] : null;
        switch (name)
        {
            case "len":
                return ConstantValues(a0) is { } len ? FoldResult.Of((long)len) : TypeError;
            case "abs":
                return a0 switch
                {
                    double d => FoldResult.Of(Math.Abs(d)),
                    Complex c => FoldResult.Of(Complex.Abs(c)),
                    _ when IsIntLike(a0) => FoldResult.Of(Norm(BigInteger.Abs(Int(a0)))),
                    _ => TypeError,
                };
            case "chr":
                // A lone surrogate is a valid Python str but has no .NET string of its own here: not folded.
                return Int(a0) is var cp && cp >= 0xD800 && cp <= 0xDFFF ? FoldResult.CannotFold : FoldResult.Of(char.ConvertFromUtf32((int)cp));
            case "ord":
                return a0 switch
                {
                    string s => FoldResult.Of((long)char.ConvertToUtf32(s, 0)),
                    byte[] b => FoldResult.Of((long)b[0]),
                    _ => TypeError,
                };
            case "str":
                return Str(a0) is { } str ? FoldResult.Of(str) : FoldResult.CannotFold;
            case "repr":
                return FoldResult.Of(PyRepr.Constant(a0 is bool ? a0 : a0));
            case "bool":
                return ConstantTruth(a0) is { } truth ? FoldResult.Of(truth) : FoldResult.CannotFold;
            case "int":
                switch (a0)
                {
                    case double d:
                        if (double.IsNaN(d)) return FoldResult.Raises("ValueError");
                        if (double.IsInfinity(d)) return FoldResult.Raises("OverflowError");
                        return FoldResult.Of(Norm(new BigInteger(Math.Truncate(d))));
                    case string s:
                        var t = s.Trim().Replace("_", "");
                        return BigInteger.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) && !s.Contains("__")
                            ? FoldResult.Of(Norm(parsed))
                            : FoldResult.Raises("ValueError");
                    default:
                        return IsIntLike(a0) ? FoldResult.Of(Norm(Int(a0))) : FoldResult.CannotFold;
                }
            case "float":
                return a0 switch
                {
                    double d => FoldResult.Of(d),
                    string s => double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? FoldResult.Of(f) : FoldResult.Raises("ValueError"),
                    _ when IsIntLike(a0) => FoldResult.Of((double)Int(a0)),
                    _ => FoldResult.CannotFold,
                };
            case "hex" or "oct" or "bin":
            {
                var v = Int(a0);
                var abs = BigInteger.Abs(v);
                var digits = name switch
                {
                    "hex" => abs.IsZero ? "0" : abs.ToString("x", CultureInfo.InvariantCulture).TrimStart('0'),
                    _ => ToBase(abs, name == "oct" ? 8 : 2),
                };
                var prefix = name == "hex" ? "0x" : name == "oct" ? "0o" : "0b";
                return FoldResult.Of((v.Sign < 0 ? "-" : "") + prefix + digits);
            }
            case "min" or "max":
            {
                var items = args.Count == 1 ? Iterate(a0) : args;
                if (items == null) return TypeError;
                if (items.Count == 0) return FoldResult.Raises("ValueError");
                var best = items[0];
                foreach (var item in items.Skip(1))
                {
                    var c = Order(item, best);
                    if (c == null) return TypeError;
                    if (name == "min" ? c < 0 : c > 0) best = item;
                }
                return FoldResult.Of(best);
            }
            case "sum":
            {
                var items = Iterate(a0);
                if (items == null) return TypeError;
                object? total = args.Count > 1 ? args[1] : 0L;
                foreach (var item in items)
                {
                    var r = BinaryOp(Operator.Add, total, item);
                    if (!r.HasValue) return r;
                    total = r.Value;
                }
                return FoldResult.Of(total);
            }
            case "tuple":
                return Iterate(a0) is { } ti ? FoldResult.Of(new ConstantTuple(ti.ToArray())) : TypeError;
            case "list":
                return Iterate(a0) is { } li ? FoldResult.Of(new MutableLiteral(MutableLiteralKind.List, li.ToList())) : TypeError;
            case "frozenset":
                return args.Count == 0 ? FoldResult.Of(new ConstantFrozenSet([])) : Iterate(a0) is { } fi ? FoldResult.Of(new ConstantFrozenSet(fi)) : TypeError;
            case "divmod":
            {
                var q = BinaryOp(Operator.FloorDiv, a0, args[1]);
                var m = BinaryOp(Operator.Mod, a0, args[1]);
                return q.HasValue && m.HasValue ? FoldResult.Of(new ConstantTuple([q.Value, m.Value])) : q.HasValue ? m : q;
            }
            case "pow" when args.Count == 2:
                return BinaryOp(Operator.Pow, a0, args[1]);
            case "round" when args.Count == 1:
                return a0 is double rd
                    ? double.IsFinite(rd) ? FoldResult.Of(Norm(new BigInteger(Math.Round(rd, MidpointRounding.ToEven)))) : FoldResult.Raises(double.IsNaN(rd) ? "ValueError" : "OverflowError")
                    : FoldResult.Of(Norm(Int(a0)));
            default:
                return FoldResult.CannotFold;
        }
    }

    private static int? ConstantValues(object? v) => v switch
    {
        string s when !s.Any(char.IsSurrogate) => s.Length,
        byte[] b => b.Length,
        ConstantTuple t => t.Count,
        ConstantFrozenSet f => f.Count,
        MutableLiteral m => m.Count,
        _ => null,
    };

    private static string ToBase(BigInteger v, int radix)
    {
        if (v.IsZero) return "0";
        var sb = new StringBuilder();
        while (!v.IsZero)
        {
            sb.Insert(0, (char)('0' + (int)(v % radix)));
            v /= radix;
        }
        return sb.ToString();
    }

    private static bool IsAscii(string s) => s.All(c => c < 128);

    public FoldResult CallMethod(object? receiver, string name, IReadOnlyList<object?> args)
    {
        switch (receiver)
        {
            case string s when IsAscii(s) && args.All(a => a is not string t || IsAscii(t)):
                return StrMethod(s, name, args);
            case byte[] b:
                return BytesMethod(b, name, args);
            case ConstantTuple t when name == "count":
                return FoldResult.Of((long)t.Items.Count(i => Equal(i, args[0]) == true));
            case ConstantTuple t when name == "index" && args.Count == 1:
            {
                for (var i = 0; i < t.Count; i++)
                    if (Equal(t[i], args[0]) == true) return FoldResult.Of((long)i);
                return FoldResult.Raises("ValueError");
            }
            case long or BigInteger when name == "bit_length":
                return FoldResult.Of((long)(Int(receiver).IsZero ? 0 : (int)BigInteger.Abs(Int(receiver)).GetBitLength()));
            case double d when name == "is_integer":
                return FoldResult.Of(double.IsFinite(d) && Math.Floor(d) == d);
            default:
                return FoldResult.CannotFold;
        }
    }

    private static FoldResult StrMethod(string s, string name, IReadOnlyList<object?> args)
    {
        var a0 = args.Count > 0 ? args[0] : null;
        switch (name)
        {
            case "lower": return FoldResult.Of(s.ToLowerInvariant());
            case "upper": return FoldResult.Of(s.ToUpperInvariant());
            case "swapcase": return FoldResult.Of(new string(s.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray()));
            case "capitalize": return FoldResult.Of(s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant());
            case "strip": return FoldResult.Of(a0 is string cs ? s.Trim(cs.ToCharArray()) : s.Trim(' ', '\t', '\n', '\r', '\v', '\f'));
            case "lstrip": return FoldResult.Of(a0 is string ls ? s.TrimStart(ls.ToCharArray()) : s.TrimStart(' ', '\t', '\n', '\r', '\v', '\f'));
            case "rstrip": return FoldResult.Of(a0 is string rs ? s.TrimEnd(rs.ToCharArray()) : s.TrimEnd(' ', '\t', '\n', '\r', '\v', '\f'));
            case "startswith" when args.Count == 1 && a0 is string p: return FoldResult.Of(s.StartsWith(p, StringComparison.Ordinal));
            case "endswith" when args.Count == 1 && a0 is string e: return FoldResult.Of(s.EndsWith(e, StringComparison.Ordinal));
            case "find" when args.Count == 1 && a0 is string f: return FoldResult.Of((long)s.IndexOf(f, StringComparison.Ordinal));
            case "rfind" when args.Count == 1 && a0 is string rf: return FoldResult.Of((long)s.LastIndexOf(rf, StringComparison.Ordinal));
            case "index" when args.Count == 1 && a0 is string ix:
                return s.IndexOf(ix, StringComparison.Ordinal) is var at && at >= 0 ? FoldResult.Of((long)at) : FoldResult.Raises("ValueError");
            case "count" when args.Count == 1 && a0 is string sub:
                return FoldResult.Of((long)(sub.Length == 0 ? s.Length + 1 : (s.Length - s.Replace(sub, "").Length) / sub.Length));
            case "replace" when args.Count == 2 && a0 is string old && args[1] is string neu && old.Length > 0:
                return FoldResult.Of(s.Replace(old, neu, StringComparison.Ordinal));
            case "split" when args.Count == 1 && a0 is string sep:
                if (sep.Length == 0) return FoldResult.Raises("ValueError");
                return FoldResult.Of(new MutableLiteral(MutableLiteralKind.List, s.Split(sep).Select(x => (object?)x).ToList()));
            case "split" when args.Count == 0:
                return FoldResult.Of(new MutableLiteral(MutableLiteralKind.List,
                    s.Split([' ', '\t', '\n', '\r', '\v', '\f'], StringSplitOptions.RemoveEmptyEntries).Select(x => (object?)x).ToList()));
            case "partition" when a0 is string ps:
            {
                if (ps.Length == 0) return FoldResult.Raises("ValueError");
                var pos = s.IndexOf(ps, StringComparison.Ordinal);
                return FoldResult.Of(pos < 0 ? new ConstantTuple([s, "", ""]) : new ConstantTuple([s[..pos], ps, s[(pos + ps.Length)..]]));
            }
            case "isdigit": return FoldResult.Of(s.Length > 0 && s.All(char.IsAsciiDigit));
            case "isalpha": return FoldResult.Of(s.Length > 0 && s.All(char.IsAsciiLetter));
            case "isalnum": return FoldResult.Of(s.Length > 0 && s.All(char.IsAsciiLetterOrDigit));
            case "isspace": return FoldResult.Of(s.Length > 0 && s.All(c => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x1f'));
            case "islower": return FoldResult.Of(s.Any(char.IsAsciiLetterLower) && !s.Any(char.IsAsciiLetterUpper));
            case "isupper": return FoldResult.Of(s.Any(char.IsAsciiLetterUpper) && !s.Any(char.IsAsciiLetterLower));
            case "center" or "ljust" or "rjust" when args.Count == 1:
            {
                var width = (int)Int(a0);
                if (width <= s.Length) return FoldResult.Of(s);
                var pad = width - s.Length;
                return name switch
                {
                    "ljust" => FoldResult.Of(s + new string(' ', pad)),
                    "rjust" => FoldResult.Of(new string(' ', pad) + s),
                    // CPython puts the extra space on the right unless both the padding and the width are odd.
                    _ => FoldResult.Of(new string(' ', pad / 2 + (pad & width & 1)) + s + new string(' ', pad - (pad / 2 + (pad & width & 1)))),
                };
            }
            case "zfill":
            {
                var width = (int)Int(a0);
                if (width <= s.Length) return FoldResult.Of(s);
                var sign = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
                return FoldResult.Of(s[..sign] + new string('0', width - s.Length) + s[sign..]);
            }
            case "encode":
            {
                var encoding = a0 as string ?? "utf-8";
                return encoding.ToLowerInvariant() is "utf-8" or "utf8" or "ascii" or "latin-1" or "latin1"
                    ? FoldResult.Of(Encoding.ASCII.GetBytes(s))
                    : FoldResult.CannotFold;
            }
            default: return FoldResult.CannotFold;
        }
    }

    private static FoldResult BytesMethod(byte[] b, string name, IReadOnlyList<object?> args)
    {
        var a0 = args.Count > 0 ? args[0] : null;
        switch (name)
        {
            case "decode":
            {
                var encoding = (a0 as string ?? "utf-8").ToLowerInvariant().Replace('_', '-');
                var errors = args.Count > 1 ? args[1] as string : "strict";
                if (errors != "strict") return FoldResult.CannotFold;
                switch (encoding)
                {
                    case "utf-8" or "utf8":
                        try
                        {
                            return FoldResult.Of(new UTF8Encoding(false, true).GetString(b));
                        }
                        catch (DecoderFallbackException)
                        {
                            return FoldResult.Raises("UnicodeDecodeError");
                        }
                    case "ascii":
                        return b.All(x => x < 128) ? FoldResult.Of(Encoding.ASCII.GetString(b)) : FoldResult.Raises("UnicodeDecodeError");
                    case "latin-1" or "latin1" or "iso8859-1":
                        return FoldResult.Of(Encoding.Latin1.GetString(b));
                    default:
                        return FoldResult.CannotFold;
                }
            }
            case "upper": return FoldResult.Of(b.Select(x => x is >= (byte)'a' and <= (byte)'z' ? (byte)(x - 32) : x).ToArray());
            case "lower": return FoldResult.Of(b.Select(x => x is >= (byte)'A' and <= (byte)'Z' ? (byte)(x + 32) : x).ToArray());
            case "count" when args.Count == 1:
            {
                var needle = a0 is byte[] nb ? nb : [(byte)Int(a0)];
                if (needle.Length == 0) return FoldResult.Of((long)b.Length + 1);
                long count = 0;
                for (var i = 0; i + needle.Length <= b.Length;)
                {
                    if (b.AsSpan(i, needle.Length).SequenceEqual(needle)) { count++; i += needle.Length; }
                    else i++;
                }
                return FoldResult.Of(count);
            }
            case "find" when args.Count == 1:
            {
                var needle = a0 is byte[] nb ? nb : [(byte)Int(a0)];
                return FoldResult.Of((long)b.AsSpan().IndexOf(needle));
            }
            case "startswith" when args.Count == 1 && a0 is byte[] p: return FoldResult.Of(b.AsSpan().StartsWith(p));
            case "join" when args.Count == 1:
            {
                var items = a0 switch { ConstantTuple t => t.Items, MutableLiteral m => m.Items, _ => null };
                if (items == null || !items.All(i => i is byte[])) return TypeError;
                var result = new List<byte>();
                for (var i = 0; i < items.Count; i++)
                {
                    if (i > 0) result.AddRange(b);
                    result.AddRange((byte[])items[i]!);
                }
                return FoldResult.Of(result.ToArray());
            }
            default: return FoldResult.CannotFold;
        }
    }
}
