namespace FatSharp.Optimizer;

/// <summary>The largest constants a pass may create (fatoptimizer's <c>check_result</c> limits).</summary>
public sealed record ConstantLimits(int MaxConstantSize, int MaxIntBits, int MaxBytesLen, int MaxStrLen, int MaxSeqLen)
{
    /// <summary>
    /// The limits of CPython's own compile-time folding (Python/ast_opt.c): ints of 128 bits, collections of 256
    /// items, strings of 4096 characters; no marshal size limit.
    /// </summary>
    public static readonly ConstantLimits CPython = new(int.MaxValue, 128, 4096, 4096, 4096);
}
