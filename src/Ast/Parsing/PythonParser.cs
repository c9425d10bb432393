namespace FatSharp.Ast.Parsing;

/// <summary>Entry point of the tokenizer and parser: Python 3.11 source bytes to a tree.</summary>
public static class PythonParser
{
    /// <summary>Parses <paramref name="source"/> (raw file bytes: BOM and coding declaration are honoured).</summary>
    /// <exception cref="PythonSyntaxError">the source is not valid Python 3.11.</exception>
    public static Mod Parse(byte[] source, string filename, ParseMode mode = ParseMode.Exec) =>
        throw new NotImplementedException("parser");

    public static Module ParseModule(byte[] source, string filename) => (Module)Parse(source, filename);
}
