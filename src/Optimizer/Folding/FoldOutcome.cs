namespace FatSharp.Optimizer;

public enum FoldOutcome
{
    /// <summary>The operation gave a value.</summary>
    Value,

    /// <summary>The evaluator does not compute this operation: leave the node.</summary>
    CannotFold,

    /// <summary>The operation raises at runtime: leave the node so that it raises there.</summary>
    Raises,
}
