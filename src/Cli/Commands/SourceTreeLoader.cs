using System.Diagnostics;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Cli.Reporting;
using FatSharp.Cli.Services;
using Serilog;

namespace FatSharp.Cli.Commands;

/// <summary>Reads and parses one source file, logging what it did.</summary>
public sealed class SourceTreeLoader(IAstParser parser, ILogger log)
{
    /// <exception cref="SourceFileException">the file cannot be read.</exception>
    /// <exception cref="PythonSyntaxError">the file is not valid Python.</exception>
    public Mod Load(string path)
    {
        // CPython names a script by its absolute path in error reports.
        var fullPath = Path.GetFullPath(path);
        var source = SourceFiles.Read(fullPath);
        var started = Stopwatch.GetTimestamp();
        var tree = parser.Parse(source, fullPath, ParseMode.Exec);
        log.Debug("parsed {Path}: {Bytes} bytes in {Ms:F2} ms", fullPath, source.Length,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return tree;
    }
}
