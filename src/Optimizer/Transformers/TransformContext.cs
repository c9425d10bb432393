namespace FatSharp.Optimizer;

/// <summary>
/// What a transformer is told about the code it rewrites (PEP 511's context): the file name, the optimizer config
/// to use (null: the transformer's own), and the <c>-O</c> level.
/// </summary>
public sealed record TransformContext(string FileName, OptimizerConfig? Config = null, int OptimizeLevel = 0);
