using FatSharp.Ast;

namespace FatSharp.Cli.Optimization;

/// <summary>
/// What <c>-O</c> does at compile time, as in CPython: assert statements are removed (a body left empty gets a
/// <c>pass</c>) and <c>__debug__</c> reads become the constant False. Runs before the code transformers.
/// </summary>
public sealed class DebugStripping : NodeRewriter
{
    public override Node? VisitAssert(Assert node) => new Pass(node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);

    public override Node? VisitName(Name node) =>
        node is { Id: "__debug__", Ctx: ExprContext.Load }
            ? new Constant(false, null, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset)
            : node;
}
