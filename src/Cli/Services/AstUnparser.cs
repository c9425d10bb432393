using FatSharp.Ast;

namespace FatSharp.Cli.Services;

/// <summary>
/// Unparsing belongs to <c>FatSharp.Ast.Unparser.Unparse(Node)</c> in src/Ast; until that class exists this
/// service reports the missing piece as Python's NotImplementedError instead of guessing.
/// </summary>
public sealed class AstUnparser : IAstUnparser
{
    public string Unparse(Node tree) =>
        throw new NotImplementedException("unparsing is not available: FatSharp.Ast.Unparser is not implemented yet");
}
