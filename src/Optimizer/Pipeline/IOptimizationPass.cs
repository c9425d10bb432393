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

    /// <summary>
    /// Whether this pass, run on the copy of function <paramref name="def"/> (after the in-place passes), which
    /// calls by a plain name only <paramref name="calledNames"/> (anywhere in it), could request a guard. When no pass of the specialized stage could, the
    /// function is not copied at all: most functions never get a guard, and copying them and running every pass on
    /// the copy was most of the optimizer's time. A pass that does not know says true (the default).
    /// </summary>
    bool MayRequestGuards(Stmt def, IReadOnlySet<string> calledNames, PassContext context) => true;

    /// <summary>
    /// False for a pass whose rewrites give the other passes nothing to do (CopyBuiltinsToConstants only hides
    /// calls): when the only passes that may request guards are such passes, only they run on the copy, since the
    /// passes that need no guard already ran on the function in place.
    /// </summary>
    bool EnablesOtherPasses => true;

    /// <summary>
    /// False when the pass cannot change anything in <paramref name="scope"/>, judged from what the scope analysis
    /// saw in its code (<see cref="Scopes.ScopeInfo.HadNodeKind"/>): the in-place stage then skips it there. The
    /// passes before it only ever add constants, assignments from unrolled loops, displays from unrolled
    /// comprehensions and <c>pass</c>; an answer must account for those.
    /// </summary>
    bool MayChange(Scopes.ScopeInfo scope) => true;

    /// <summary>
    /// Non-null for a pass whose result is a fixed point of itself: run again on a body nothing changed since it
    /// ran, it changes nothing. Passes with equal keys are the same rewrite; the in-place stage skips the second
    /// run when every pass in between <see cref="ReportsChanges"/> and reported none.
    /// </summary>
    object? FixpointKey => null;

    /// <summary>True for a pass that calls <see cref="PassContext.NoteChange"/> whenever it changes the body.</summary>
    bool ReportsChanges => false;
}
