using FatSharp.Optimizer.Passes;

namespace FatSharp.Optimizer;

/// <summary>
/// The ordered passes of the FAT optimizer. <see cref="InPlace"/> runs on every scope of a module (module, class
/// and function bodies) and may not request guards; <see cref="Specialized"/> runs on the copy of each function
/// that may be specialized, after InPlace, and may request guards. A host or a test edits these lists.
/// </summary>
public sealed class OptimizerPipeline
{
    public List<IOptimizationPass> InPlace { get; } = [];

    public List<IOptimizationPass> Specialized { get; } = [];

    /// <summary>The default order; the comments say what each position relies on.</summary>
    public static OptimizerPipeline CreateDefault()
    {
        var pipeline = new OptimizerPipeline();
        pipeline.InPlace.AddRange(
        [
            new ReplaceBuiltinConstant(),  // first: `if __debug__:` becomes a constant test for folding and dead code
            new ConstantFolding(),         // tuple displays become constants, read by CallPureMethods and LoopUnrolling
            new CallPureMethods(),         // needs constant receivers, folded just above
            new SimplifyIterable(),        // constant lists/sets iterated by loops become constants for LoopUnrolling
            new LoopUnrolling(),           // after SimplifyIterable; before ConstantPropagation fills in the copies
            new ConstantPropagation(),     // after unrolling: the unrolled `i = 1` assignments are propagated
            new ConstantFolding(),         // folds what propagation and unrolling exposed
            new CallPureMethods(),         // methods of the new constants
            new DeadCodeElimination(),     // last: tests are as constant as they will get
        ]);
        pipeline.Specialized.AddRange(
        [
            new CallPureBuiltins(),        // len("abc") -> 3 under GuardBuiltins
            new SimplifyIterable(),        // range(3) -> (0, 1, 2) under GuardBuiltins('range'), before LoopUnrolling
            new Inlining(),                // before folding: the inlined expressions are folded below
            new LoopUnrolling(),           // loops over the tuples made from range()
            new ConstantPropagation(),
            new ConstantFolding(),
            new CallPureMethods(),
            new CallPureBuiltins(),        // calls whose arguments became constants above
            new ConstantFolding(),
            new DeadCodeElimination(),
            new CopyBuiltinsToConstants(), // last: its placeholders hide the calls from every other pass
        ]);
        return pipeline;
    }
}
