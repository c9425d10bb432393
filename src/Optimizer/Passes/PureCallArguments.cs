using FatSharp.Ast;
using FatSharp.Optimizer.Rules;

namespace FatSharp.Optimizer.Passes;

/// <summary>Shared by CallPureBuiltins and CallPureMethods: checks a call's arguments against a rule.</summary>
internal static class PureCallArguments
{
    /// <summary>The literal values of the arguments when the call may be folded by <paramref name="rule"/>; else the reason.</summary>
    public static List<object?>? Read(Call call, PureCallRule rule, object? receiver, ConstantLimits limits, out string? reason)
    {
        reason = null;
        if (call.Keywords.Count != 0)
        {
            reason = "keyword arguments";
            return null;
        }
        if (!rule.AcceptsCount(call.Args.Count))
        {
            reason = $"{call.Args.Count} arguments";
            return null;
        }
        var values = new List<object?>(call.Args.Count);
        for (var i = 0; i < call.Args.Count; i++)
        {
            if (!ConstantValues.TryGetLiteral(call.Args[i], out var v)) return null;
            if (!ConstantValues.MatchesTypes(v, rule.TypesOf(i)))
            {
                reason = $"argument {i + 1} is a {ConstantValues.TypeName(v)}";
                return null;
            }
            values.Add(v);
        }
        return FoldSafety.PassesChecks(rule, receiver, values, limits, out reason) ? values : null;
    }

    /// <summary>Turns an evaluator answer into a node within the limits, or null (with the reason logged).</summary>
    public static Expr? Result(FoldResult result, Call call, PassContext context, string pass, string what)
    {
        switch (result.Outcome)
        {
            case FoldOutcome.Raises:
                context.Log(pass, call, $"{what} left: it raises {result.ExceptionType}");
                return null;
            case FoldOutcome.CannotFold:
                context.Log(pass, call, $"{what} left: the evaluator cannot compute it");
                return null;
        }
        if (!ConstantValues.FitsLimits(result.Value, context.Limits, out var reason))
        {
            context.Log(pass, call, $"{what} left: {reason}");
            return null;
        }
        return ConstantValues.ToNode(result.Value, call);
    }
}
