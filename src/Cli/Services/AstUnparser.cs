using FatSharp.Ast;

namespace FatSharp.Cli.Services;

/// <summary><see cref="Unparser"/>: source text as CPython's <c>ast.unparse</c> gives it.</summary>
public sealed class AstUnparser : IAstUnparser
{
    public string Unparse(Node tree) => Unparser.Unparse(tree);
}
