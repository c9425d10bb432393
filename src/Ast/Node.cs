namespace FatSharp.Ast;

/// <summary>
/// Base of every AST node. The concrete classes are generated from Spec/Python.asdl and mirror CPython 3.11's
/// <c>ast</c> module; <see cref="Kind"/> allows a switch instead of a type test on hot paths.
/// </summary>
public abstract class Node
{
    public abstract NodeKind Kind { get; }

    /// <summary>The Python class name, e.g. <c>"FunctionDef"</c> or <c>"arguments"</c>.</summary>
    public abstract string TypeName { get; }

    public override string ToString() => AstDump.Dump(this);
}
