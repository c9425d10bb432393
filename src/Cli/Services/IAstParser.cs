using FatSharp.Ast;
using FatSharp.Ast.Parsing;

namespace FatSharp.Cli.Services;

/// <summary>Source bytes to a tree; throws <see cref="PythonSyntaxError"/> for invalid source.</summary>
public interface IAstParser
{
    Mod Parse(byte[] source, string filename, ParseMode mode);
}
