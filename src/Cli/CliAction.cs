namespace FatSharp.Cli;

/// <summary>What one invocation of <c>fatsharp</c> does, decided by its options.</summary>
public enum CliAction
{
    /// <summary>Print the help text.</summary>
    Help,
    /// <summary>Print the version line.</summary>
    Version,
    /// <summary>Developer tools over source files: <c>--dump-ast</c> and/or <c>--unparse</c>.</summary>
    AstTools,
    /// <summary>Run a Python program (the first non-option argument), like <c>python3 FILE ARGS</c>.</summary>
    RunProgram,
    /// <summary>Print a file's module after the code transformers, as source (or a diff against the original).</summary>
    ShowOptimized,
}
