namespace FatSharp.Ast.Parsing;

/// <summary>The start rule, as the <c>mode</c> argument of Python's <c>compile()</c>.</summary>
public enum ParseMode
{
    /// <summary>A module: <see cref="Module"/>.</summary>
    Exec,
    /// <summary>One expression: <see cref="Expression"/>.</summary>
    Eval,
    /// <summary>One interactive statement: <see cref="Interactive"/>.</summary>
    Single,
    /// <summary>A signature type comment: <see cref="FunctionType"/>.</summary>
    FuncType,
}
