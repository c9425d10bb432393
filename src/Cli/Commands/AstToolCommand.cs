using FatSharp.Cli.Reporting;
using FatSharp.Cli.Services;

namespace FatSharp.Cli.Commands;

/// <summary>
/// <c>--dump-ast</c> / <c>--unparse</c> in plain text: one output per file, in order; errors go to stderr as
/// python3 reports them and the file is skipped. Exit status: 0, 1 if some file was not valid Python, 2 if some
/// file could not be opened.
/// </summary>
public sealed class AstToolCommand(SourceTreeLoader loader, IAstDumper dumper, IAstUnparser unparser)
{
    public int Execute(CliOptions options, IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr)
    {
        var status = 0;
        foreach (var path in files)
        {
            try
            {
                var tree = loader.Load(path);
                var text = options.DumpAst ? dumper.Dump(tree, options.IncludeAttributes) : unparser.Unparse(tree);
                stdout.Write(text);
                stdout.Write('\n');
            }
            catch (SourceFileException e)
            {
                stdout.Flush();
                stderr.Write($"fatsharp: can't open file '{e.Path}': [Errno {e.Errno}] {e.StrError}\n");
                status = 2;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                stdout.Flush();
                stderr.Write(PythonErrorReport.Format(e));
                status = Math.Max(status, 1);
            }
        }
        return status;
    }
}
