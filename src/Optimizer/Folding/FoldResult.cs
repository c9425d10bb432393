namespace FatSharp.Optimizer;

/// <summary>The answer of an <see cref="IConstantEvaluator"/>: a value, "cannot fold", or the exception the operation raises.</summary>
public readonly struct FoldResult
{
    private FoldResult(FoldOutcome outcome, object? value, string? exceptionType)
    {
        Outcome = outcome;
        Value = value;
        ExceptionType = exceptionType;
    }

    public FoldOutcome Outcome { get; }

    public object? Value { get; }

    /// <summary>The Python exception class name when <see cref="Outcome"/> is <see cref="FoldOutcome.Raises"/>.</summary>
    public string? ExceptionType { get; }

    public bool HasValue => Outcome == FoldOutcome.Value;

    public static readonly FoldResult CannotFold = new(FoldOutcome.CannotFold, null, null);

    public static FoldResult Of(object? value) => new(FoldOutcome.Value, value, null);

    public static FoldResult Raises(string exceptionType) => new(FoldOutcome.Raises, null, exceptionType);

    public override string ToString() => Outcome switch
    {
        FoldOutcome.Value => "value " + (Value is MutableLiteral m ? m.ToString() : FatSharp.Ast.PyRepr.Constant(Value)),
        FoldOutcome.Raises => "raises " + ExceptionType,
        _ => "cannot fold",
    };
}
