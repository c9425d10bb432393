namespace FatSharp.Interpreter.Caching;

/// <summary>
/// What the import system needs to know about the PEP 511 code transformers of a runtime, without knowing the
/// transformers themselves (the host plugs them into <see cref="PythonRuntime.AstTransformers"/>): the optim tag
/// caches are read and written under, the tag computed from the transformers that are actually active, their
/// descriptions, and the <c>-O</c> level.
/// </summary>
public interface ICodeTransformerRegistry
{
    /// <summary><c>sys.implementation.optim_tag</c>: names the cache files that are loaded and written.</summary>
    string OptimTag { get; }

    /// <summary>The tag of the active transformers: <c>noopt</c> without any, else their names joined by '-'.</summary>
    string TransformersTag { get; }

    /// <summary>The active transformers, in the order they run.</summary>
    IReadOnlyList<CodeTransformerDescription> Transformers { get; }

    /// <summary>The <c>-O</c> level (asserts and docstrings stripped before the transformers run).</summary>
    int OptimizeLevel { get; }
}
