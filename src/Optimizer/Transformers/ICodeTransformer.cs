using FatSharp.Ast;

namespace FatSharp.Optimizer;

/// <summary>
/// A code transformer (PEP 511): rewrites a module's tree after parsing and before compilation. Transformers run
/// in the order they are registered; <see cref="Name"/> makes up the optimization tag of cached code
/// (<c>fat-opt</c>), so it must not contain '.', '-' or a path separator.
/// </summary>
public interface ICodeTransformer
{
    string Name { get; }

    /// <summary>Returns the rewritten tree (possibly <paramref name="tree"/> itself, modified in place).</summary>
    Module Transform(Module tree, TransformContext context);
}
