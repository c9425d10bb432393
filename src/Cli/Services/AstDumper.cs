using FatSharp.Ast;

namespace FatSharp.Cli.Services;

/// <summary><see cref="AstDump"/>, text identical to CPython 3.11's <c>ast.dump</c>.</summary>
public sealed class AstDumper : IAstDumper
{
    public string Dump(Node tree, bool includeAttributes) => AstDump.Dump(tree, includeAttributes);
}
