using FatSharp.Ast;

namespace FatSharp.Optimizer;

/// <summary>
/// Computes pure operations on constant values exactly as the runtime does, so that a folded constant is the value
/// the program would have computed. The interpreter implements it; the optimizer never computes Python semantics
/// itself. Values are the constants of a tree (long/BigInteger, double, Complex, string, byte[], bool, null,
/// PyEllipsis, <see cref="ConstantTuple"/>, <see cref="ConstantFrozenSet"/>) plus <see cref="MutableLiteral"/>
/// for list, set and dict displays. The optimizer checks sizes before asking, so an implementation may simply
/// compute; it returns <see cref="FoldResult.CannotFold"/> for anything it does not support.
/// </summary>
public interface IConstantEvaluator
{
    FoldResult BinaryOp(Operator op, object? left, object? right);

    FoldResult UnaryOp(UnaryOperator op, object? operand);

    /// <summary>One comparison (<c>a &lt; b</c>, <c>a in b</c>...); the result is a bool.</summary>
    FoldResult Compare(CmpOperator op, object? left, object? right);

    /// <summary><c>container[index]</c> for an int index.</summary>
    FoldResult Subscript(object? container, object? index);

    /// <summary>A call of the builtin <paramref name="name"/> (one of the pure builtins rules) with positional arguments.</summary>
    FoldResult CallBuiltin(string name, IReadOnlyList<object?> args);

    /// <summary>A call of method <paramref name="name"/> of <paramref name="receiver"/> with positional arguments.</summary>
    FoldResult CallMethod(object? receiver, string name, IReadOnlyList<object?> args);
}
