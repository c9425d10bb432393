using FatSharp.Ast;

namespace FatSharp.Cli.Services;

/// <summary>A tree back to source, as CPython's <c>ast.unparse</c>.</summary>
public interface IAstUnparser
{
    string Unparse(Node tree);
}
