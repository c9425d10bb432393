using FatSharp.Ast;
using FatSharp.Ast.Parsing;

namespace FatSharp.Cli.Services;

/// <summary>The FatSharp tokenizer and parser.</summary>
public sealed class PythonAstParser : IAstParser
{
    public Mod Parse(byte[] source, string filename, ParseMode mode) => PythonParser.Parse(source, filename, mode);
}
