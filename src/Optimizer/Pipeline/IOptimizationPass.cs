using FatSharp.Ast;

namespace FatSharp.Optimizer;

/// <summary>
/// One optimization: rewrites the statements of one scope (a module, class or function body) and returns them.
/// A pass does not enter the bodies of nested functions and classes: the optimizer runs it on each of them with
/// that scope's context. It may rewrite nodes in place; it requests guards through the context.
/// </summary>
public interface IOptimizationPass
{
    List<Stmt> Run(List<Stmt> body, PassContext context);
}
