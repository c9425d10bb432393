using FatSharp.Ast;

namespace FatSharp.Cli.Services;

/// <summary>A tree to the text of CPython's <c>ast.dump</c>.</summary>
public interface IAstDumper
{
    string Dump(Node tree, bool includeAttributes);
}
