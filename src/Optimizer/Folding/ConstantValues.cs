using System.Numerics;
using System.Text;
using FatSharp.Ast;
using Tuple = FatSharp.Ast.Tuple;
using List = FatSharp.Ast.List;

namespace FatSharp.Optimizer;

/// <summary>Reads literal values out of expressions, writes values back as nodes, and answers type and size questions.</summary>
internal static class ConstantValues
{
    /// <summary>
    /// The value of a literal: a Constant, or a tuple, list, set or dict display whose items are literals
    /// (fatoptimizer's "literal" for pure calls). Starred items and non-constant items are refused.
    /// </summary>
    public static bool TryGetLiteral(Expr expr, out object? value)
    {
        DepthGuard.Enter();
        value = null;
        switch (expr)
        {
            case Constant c:
                value = c.Value;
                return true;
            case Tuple { Ctx: ExprContext.Load } t:
            {
                var items = new object?[t.Elts.Count];
                for (var i = 0; i < items.Length; i++)
                    if (!TryGetLiteral(t.Elts[i], out items[i]) || items[i] is MutableLiteral) return false;
                value = new ConstantTuple(items);
                return true;
            }
            case List { Ctx: ExprContext.Load } l:
            {
                if (!TryGetItems(l.Elts, out var items)) return false;
                value = new MutableLiteral(MutableLiteralKind.List, items);
                return true;
            }
            case Set s:
            {
                if (!TryGetItems(s.Elts, out var items) || items.Any(i => i is MutableLiteral)) return false;
                value = new MutableLiteral(MutableLiteralKind.Set, Dedup(items));
                return true;
            }
            case Dict d:
            {
                var keys = new List<object?>();
                var values = new List<object?>();
                for (var i = 0; i < d.Keys.Count; i++)
                {
                    var k = d.Keys[i];
                    if (k == null || !TryGetLiteral(k, out var kv) || kv is MutableLiteral) return false;
                    if (!TryGetLiteral(d.Values[i], out var vv)) return false;
                    var at = keys.FindIndex(x => ConstantFrozenSet.PythonEquals(x, kv));
                    if (at >= 0) values[at] = vv;
                    else { keys.Add(kv); values.Add(vv); }
                }
                value = new MutableLiteral(MutableLiteralKind.Dict, keys, values);
                return true;
            }
            default:
                return false;
        }
    }

    /// <summary>A Constant's value, or a tuple display of constants as a tuple value.</summary>
    public static bool TryGetConstant(Expr expr, out object? value)
    {
        if (TryGetLiteral(expr, out value) && value is not MutableLiteral) return expr is Constant or Tuple;
        value = null;
        return false;
    }

    private static bool TryGetItems(List<Expr> elts, out List<object?> items)
    {
        items = new List<object?>(elts.Count);
        foreach (var e in elts)
        {
            if (!TryGetLiteral(e, out var v)) return false;
            items.Add(v);
        }
        return true;
    }

    private static List<object?> Dedup(List<object?> items)
    {
        var result = new List<object?>();
        foreach (var item in items)
            if (!result.Any(r => ConstantFrozenSet.PythonEquals(r, item))) result.Add(item);
        return result;
    }

    /// <summary>Python's <c>type(v).__name__</c> for a literal value.</summary>
    public static string TypeName(object? v) => v switch
    {
        null => "NoneType",
        bool => "bool",
        long or BigInteger => "int",
        double => "float",
        Complex => "complex",
        string => "str",
        byte[] => "bytes",
        PyEllipsis => "ellipsis",
        ConstantTuple => "tuple",
        ConstantFrozenSet => "frozenset",
        MutableLiteral m => m.TypeName,
        _ => v.GetType().Name,
    };

    /// <summary>True when <paramref name="v"/>'s exact type is listed; bool passes as int (it is a subclass).</summary>
    public static bool MatchesTypes(object? v, IReadOnlyList<string>? types)
    {
        if (types == null) return true;
        var name = TypeName(v);
        foreach (var t in types)
            if (t == name || (t == "int" && name == "bool")) return true;
        return false;
    }

    public static bool IsInt(object? v) => v is long or BigInteger;

    /// <summary>The truth value of a constant, when it is known without running code.</summary>
    public static bool TryTruth(object? v, out bool truth)
    {
        truth = v switch
        {
            null => false,
            bool b => b,
            long l => l != 0,
            BigInteger bi => !bi.IsZero,
            double d => d != 0,
            Complex c => c != Complex.Zero,
            string s => s.Length != 0,
            byte[] b => b.Length != 0,
            PyEllipsis => true,
            ConstantTuple t => t.Count != 0,
            ConstantFrozenSet f => f.Count != 0,
            _ => false,
        };
        return v is null or bool or long or BigInteger or double or Complex or string or byte[] or PyEllipsis or ConstantTuple or ConstantFrozenSet;
    }

    /// <summary>A node for <paramref name="value"/> placed at <paramref name="at"/>: a Constant, or a display for a mutable literal.</summary>
    public static Expr ToNode(object? value, LocatedNode at)
    {
        DepthGuard.Enter();
        Expr node = value switch
        {
            MutableLiteral { Kind: MutableLiteralKind.List } m => new List(m.Items.Select(i => ToNode(i, at)).ToList(), ExprContext.Load),
            MutableLiteral { Kind: MutableLiteralKind.Set } m => new Set(m.Items.Select(i => ToNode(i, at)).ToList()),
            MutableLiteral m => new Dict(m.Items.Select(i => (Expr?)ToNode(i, at)).ToList(), m.Values!.Select(v => ToNode(v, at)).ToList()),
            _ => new Constant(value, null),
        };
        return at.CopyLocation((LocatedNode)node) as Expr ?? node;
    }

    public static int BitLength(BigInteger v) => v.IsZero ? 0 : (int)BigInteger.Abs(v).GetBitLength();

    public static int BitLength(object v) => v switch
    {
        long l => BitLength((BigInteger)l),
        BigInteger b => BitLength(b),
        bool b => b ? 1 : 0,
        _ => 0,
    };

    /// <summary>Python's <c>len(str)</c>: code points, not UTF-16 units.</summary>
    public static int StrLength(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n;
    }

    /// <summary>The length of a sized literal (str, bytes, tuple, frozenset, list, set, dict), or -1.</summary>
    public static int Length(object? v) => v switch
    {
        string s => StrLength(s),
        byte[] b => b.Length,
        ConstantTuple t => t.Count,
        ConstantFrozenSet f => f.Count,
        MutableLiteral m => m.Count,
        _ => -1,
    };

    /// <summary>
    /// fatoptimizer's <c>check_result</c>: may a pass put <paramref name="value"/> into the tree? Ints by bit length,
    /// str and bytes by length, every container by item count, then the marshal size.
    /// </summary>
    public static bool FitsLimits(object? value, ConstantLimits limits, out string? reason)
    {
        reason = null;
        switch (value)
        {
            case long or BigInteger when BitLength(value) > limits.MaxIntBits:
                reason = $"int of {BitLength(value)} bits exceeds max_int_bits={limits.MaxIntBits}";
                return false;
            case string s when StrLength(s) > limits.MaxStrLen:
                reason = $"str of length {StrLength(s)} exceeds max_str_len={limits.MaxStrLen}";
                return false;
            case byte[] b when b.Length > limits.MaxBytesLen:
                reason = $"bytes of length {b.Length} exceeds max_bytes_len={limits.MaxBytesLen}";
                return false;
        }
        var len = Length(value);
        if (len > limits.MaxSeqLen)
        {
            reason = $"{TypeName(value)} of length {len} exceeds max_seq_len={limits.MaxSeqLen}";
            return false;
        }
        var size = MarshalSize(value, limits.MaxConstantSize);
        if (size > limits.MaxConstantSize)
        {
            reason = $"marshal size of {TypeName(value)} exceeds max_constant_size={limits.MaxConstantSize}";
            return false;
        }
        return true;
    }

    /// <summary>
    /// The size of <c>marshal.dumps(v)</c> (version 4, without references), stopping early past <paramref name="cap"/>.
    /// </summary>
    public static long MarshalSize(object? v, long cap = long.MaxValue)
    {
        DepthGuard.Enter();
        switch (v)
        {
            case null or bool or PyEllipsis: return 1;
            case long l when l >= int.MinValue && l <= int.MaxValue: return 5;
            case long or BigInteger:
            {
                // TYPE_LONG: a 4-byte digit count, then 15-bit digits of 2 bytes each.
                var bits = BitLength(v);
                return 5 + 2L * ((bits + 14) / 15);
            }
            case double: return 9;
            case Complex: return 17;
            case string s:
            {
                var ascii = s.All(c => c < 128);
                var bytes = ascii ? s.Length : Encoding.UTF8.GetByteCount(s);
                return ascii && bytes < 256 ? 2 + bytes : 5 + bytes;
            }
            case byte[] b: return 5 + b.Length;
            case ConstantTuple t: return Sum(t.Items, t.Count < 256 ? 2 : 5, cap);
            case ConstantFrozenSet f: return Sum(f.Items, 5, cap);
            case MutableLiteral { Kind: MutableLiteralKind.Dict } d: return Sum(d.Items, 1, cap) + Sum(d.Values!, 0, cap);
            case MutableLiteral m: return Sum(m.Items, 5, cap);
            default: return long.MaxValue;
        }
    }

    private static long Sum(IReadOnlyList<object?> items, long header, long cap)
    {
        var total = header;
        foreach (var item in items)
        {
            total += MarshalSize(item, cap);
            if (total > cap || total < 0) return long.MaxValue;
        }
        return total;
    }
}
