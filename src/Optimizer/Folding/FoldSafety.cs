using System.Numerics;
using FatSharp.Ast;
using FatSharp.Optimizer.Rules;

namespace FatSharp.Optimizer;

/// <summary>
/// Decides, before anything is computed, whether an operation on constants may be evaluated: its result must stay
/// within the limits (so <c>2 ** 10 ** 10</c> is never computed), it must not warn (<c>b"" == ""</c> warns under
/// <c>-b</c>), and the rules' extra checks must pass.
/// </summary>
internal static class FoldSafety
{
    public static bool CanBinary(Operator op, object? left, object? right, ConstantLimits limits, out string? reason)
    {
        reason = null;
        left = left is bool lb ? (lb ? 1L : 0L) : left;
        var rightInt = right is bool rb ? (rb ? 1L : 0L) : right;
        switch (op)
        {
            case Operator.Pow when ConstantValues.IsInt(left) && ConstantValues.IsInt(rightInt):
            {
                var exp = PyInt.ToBig(rightInt!);
                var bits = ConstantValues.BitLength(left!);
                if (exp.Sign < 0 || bits <= 1) return true;
                if (exp > limits.MaxIntBits || (bits - 1) * (long)exp > limits.MaxIntBits)
                {
                    reason = $"the result would exceed max_int_bits={limits.MaxIntBits}";
                    return false;
                }
                return true;
            }
            case Operator.Mult:
            {
                if (ConstantValues.IsInt(left) && ConstantValues.IsInt(rightInt))
                {
                    if (ConstantValues.BitLength(left!) + ConstantValues.BitLength(rightInt!) > limits.MaxIntBits + 1)
                    {
                        reason = $"the result would exceed max_int_bits={limits.MaxIntBits}";
                        return false;
                    }
                    return true;
                }
                var (seq, count) = ConstantValues.IsInt(rightInt) ? (left, rightInt) : (right, left);
                if (ConstantValues.IsInt(count) || count is bool)
                {
                    var n = count is bool cb ? (cb ? 1 : 0) : PyInt.ToBig(count!);
                    var len = ConstantValues.Length(seq);
                    if (len > 0 && n > 0 && len * n > MaxLength(seq, limits))
                    {
                        reason = $"the repeated {ConstantValues.TypeName(seq)} would exceed the size limits";
                        return false;
                    }
                }
                return true;
            }
            case Operator.LShift when ConstantValues.IsInt(left) && ConstantValues.IsInt(rightInt):
            {
                var shift = PyInt.ToBig(rightInt!);
                if (shift.Sign > 0 && PyInt.ToBig(left!) != 0 && ConstantValues.BitLength(left!) + shift > limits.MaxIntBits)
                {
                    reason = $"the result would exceed max_int_bits={limits.MaxIntBits}";
                    return false;
                }
                return true;
            }
            case Operator.Add when left is string or byte[] or ConstantTuple:
            {
                var total = (long)ConstantValues.Length(left) + Math.Max(0, ConstantValues.Length(right));
                if (total > MaxLength(left, limits))
                {
                    reason = $"the concatenated {ConstantValues.TypeName(left)} would exceed the size limits";
                    return false;
                }
                return true;
            }
            case Operator.Mod when left is string or byte[]:
                reason = "printf-style formatting is left to run time";
                return false;
            case Operator.MatMult:
                reason = "no constant type implements @";
                return false;
            default:
                return true;
        }
    }

    private static long MaxLength(object? seq, ConstantLimits limits) => seq switch
    {
        string => Math.Min(limits.MaxStrLen, limits.MaxSeqLen),
        byte[] => Math.Min(limits.MaxBytesLen, limits.MaxSeqLen),
        _ => limits.MaxSeqLen,
    };

    /// <summary>Comparisons are folded unless they would warn (str against bytes) or depend on identity (is).</summary>
    public static bool CanCompare(CmpOperator op, object? left, object? right, out string? reason)
    {
        reason = null;
        if (op is CmpOperator.Is or CmpOperator.IsNot)
        {
            reason = "identity of constants is an implementation detail";
            return false;
        }
        var (ls, lb) = Contents(left);
        var (rs, rb) = Contents(right);
        if ((ls && rb) || (lb && rs))
        {
            reason = "comparing str with bytes emits BytesWarning under -b";
            return false;
        }
        return true;
    }

    private static (bool HasStr, bool HasBytes) Contents(object? v)
    {
        DepthGuard.Enter();
        switch (v)
        {
            case string: return (true, false);
            case byte[]: return (false, true);
            case ConstantTuple t: return Merge(t.Items);
            case ConstantFrozenSet f: return Merge(f.Items);
            case MutableLiteral m:
            {
                var (s, b) = Merge(m.Items);
                if (m.Values == null) return (s, b);
                var (s2, b2) = Merge(m.Values);
                return (s || s2, b || b2);
            }
            default: return (false, false);
        }
    }

    private static (bool, bool) Merge(IReadOnlyList<object?> items)
    {
        bool s = false, b = false;
        foreach (var item in items)
        {
            var (a, c) = Contents(item);
            s |= a;
            b |= c;
        }
        return (s, b);
    }

    /// <summary>Runs the rule's named checks on the arguments (and the receiver of a method).</summary>
    public static bool PassesChecks(PureCallRule rule, object? receiver, IReadOnlyList<object?> args, ConstantLimits limits, out string? reason)
    {
        reason = null;
        foreach (var check in rule.Checks)
        {
            if (Check(check, receiver, args, limits)) continue;
            reason = $"check '{check}' refused the arguments";
            return false;
        }
        return true;
    }

    private static bool Check(string check, object? receiver, IReadOnlyList<object?> args, ConstantLimits limits)
    {
        switch (check)
        {
            case "byte_items":
                return args[0] is not ConstantTuple t || t.Items.All(i => ConstantValues.IsInt(i) && PyInt.ToBig(i!) is var b && b >= 0 && b <= 255);
            case "code_point":
                return PyInt.ToBig(AsInt(args[0])) is var cp && cp >= 0 && cp <= 0x10FFFF;
            case "nonzero_divisor":
                return ConstantValues.TryTruth(args[1], out var truth) && truth;
            case "single_char":
                return ConstantValues.Length(args[0]) == 1;
            case "pow":
                return CheckPow(args, limits);
            case "encoding":
            {
                var encoding = args.Count > 0 ? args[0] as string : "utf-8";
                var errors = args.Count > 1 ? args[1] as string : "strict";
                return encoding != null && errors is "strict" or "replace" or "ignore" && IsSimpleEncoding(encoding);
            }
            case "byte_or_int":
                return args[0] is byte[] || (ConstantValues.IsInt(AsIntOrNull(args[0])) && PyInt.ToBig(AsInt(args[0])) is var v && v >= 0 && v <= 255);
            case "bytes_items":
                return args[0] switch
                {
                    ConstantTuple items => items.Items.All(i => i is byte[]),
                    MutableLiteral m => m.Items.All(i => i is byte[]),
                    _ => false,
                };
            case "width":
            {
                var width = PyInt.ToBig(AsInt(args[0]));
                return width <= (receiver is byte[] ? limits.MaxBytesLen : limits.MaxStrLen);
            }
            case "tab_size":
            {
                var tab = args.Count > 0 ? PyInt.ToBig(AsInt(args[0])) : 8;
                var len = ConstantValues.Length(receiver);
                return BigInteger.Max(tab, 1) * Math.Max(len, 1) <= (receiver is byte[] ? limits.MaxBytesLen : limits.MaxStrLen);
            }
            case "replace_size":
            {
                var len = (long)ConstantValues.Length(receiver);
                var newLen = (long)ConstantValues.Length(args[1]);
                return len + (len + 1) * newLen <= (receiver is byte[] ? limits.MaxBytesLen : limits.MaxStrLen);
            }
            case "no_str_bytes_mix":
                return CanCompare(CmpOperator.Eq, receiver, args[0], out _);
            default:
                throw new InvalidOperationException($"unknown rule check '{check}'");
        }
    }

    private static object AsInt(object? v) => v is bool b ? (b ? 1L : 0L) : v ?? 0L;

    private static object? AsIntOrNull(object? v) => v is bool b ? (b ? 1L : 0L) : v;

    // fatoptimizer's check_pow, plus the size estimate for a modulus-free int power.
    private static bool CheckPow(IReadOnlyList<object?> args, ConstantLimits limits)
    {
        var num = AsIntOrNull(args[0]);
        var exp = AsIntOrNull(args[1]);
        var expValue = exp is double de ? de : (double)PyInt.ToBig(exp!);
        var numValue = num is double dn ? dn : (double)PyInt.ToBig(num!);
        if (numValue == 0 && expValue < 0) return false;
        if (numValue < 0 && expValue != 0 && expValue < 1 && Math.Floor(expValue) != expValue) return false;
        if (args.Count == 3)
        {
            var mod = AsIntOrNull(args[2]);
            if (!ConstantValues.IsInt(num) || !ConstantValues.IsInt(exp) || !ConstantValues.IsInt(mod)) return false;
            return !PyInt.ToBig(mod!).IsZero;
        }
        if (ConstantValues.IsInt(num) && ConstantValues.IsInt(exp))
            return CanBinary(Operator.Pow, num, exp, limits, out _);
        return true;
    }

    private static readonly HashSet<string> SimpleEncodings =
    [
        "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001",
        "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us",
        "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii",
        "latin_1", "iso8859_1", "8859", "cp819", "iso8859", "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1",
    ];

    // codecs.lookup() normalizes case, spaces and hyphens before looking up aliases.
    private static bool IsSimpleEncoding(string encoding) =>
        SimpleEncodings.Contains(encoding.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_'));
}
