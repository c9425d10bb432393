using FatSharp.Ast;

namespace FatSharp.Optimizer;

/// <summary>
/// A <see cref="ScopeRewriter"/> for rewrites that hold only while guards hold: guards are checked when the
/// function is entered, so code that may run after the call returns (lambdas, generator expressions) is left alone.
/// </summary>
internal abstract class GuardedScopeRewriter : ScopeRewriter
{
    public override Node? VisitLambda(Lambda node) => node;

    public override Node? VisitGeneratorExp(GeneratorExp node)
    {
        // The first iterable is evaluated at once, in this scope.
        node.Generators[0].Iter = Rewrite(node.Generators[0].Iter);
        return node;
    }
}
