using FatSharp.Ast;

namespace FatSharp.Cli.Services;

/// <summary>A tree back to source with <see cref="Unparser"/>, CPython 3.11's <c>ast.unparse</c> text.</summary>
public sealed class AstUnparser : IAstUnparser
{
    public string Unparse(Node tree) => Unparser.Unparse(tree);
}
