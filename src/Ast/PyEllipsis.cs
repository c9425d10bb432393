namespace FatSharp.Ast;

/// <summary>The value of the constant <c>...</c> in a tree.</summary>
public sealed class PyEllipsis
{
    public static readonly PyEllipsis Value = new();
    private PyEllipsis() { }
    public override string ToString() => "Ellipsis";
}
