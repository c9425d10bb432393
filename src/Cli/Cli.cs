using FatSharp.Cli.Commands;
using FatSharp.Cli.Logging;
using FatSharp.Cli.Optimization;
using FatSharp.Cli.Running;
using FatSharp.Cli.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace FatSharp.Cli;

/// <summary>
/// The <c>fatsharp</c> command as a function: arguments and output writers in, exit status out. The process
/// entry point (<see cref="Program"/>) and the tests both call <see cref="Run(string[], TextWriter, TextWriter)"/>.
/// </summary>
public static class Cli
{
    /// <summary>Stack of the thread that does the work: deep trees and deep Python recursion need room.</summary>
    public const int WorkerStackSize = 256 * 1024 * 1024;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, null);

    /// <param name="stdin">read by <c>--files-from -</c>; null means the process's standard input.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin)
    {
        try
        {
            CliOptions options;
            try
            {
                options = CliOptions.Parse(args);
            }
            catch (CliUsageException e)
            {
                stderr.Write($"fatsharp: {e.Message}\n{CliText.Usage}\n{CliText.TryHelp}\n");
                return 2;
            }

            switch (options.Action)
            {
                case CliAction.Help:
                    stdout.Write(CliText.Help + "\n");
                    return 0;
                case CliAction.Version:
                    stdout.Write(CliText.Version + "\n");
                    return 0;
            }

            var status = 1;
            Exception? failure = null;
            var worker = new Thread(() =>
            {
                try
                {
                    status = Execute(options, stdout, stderr, stdin);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            }, WorkerStackSize)
            {
                Name = "fatsharp main",
            };
            worker.Start();
            worker.Join();
            if (failure is not null)
            {
                stdout.Flush();
                stderr.Write(PythonErrorReport.Format(failure));
                return 1;
            }
            return status;
        }
        catch (Exception e)
        {
            // Last line of defence: whatever happens, a Python-style line, never a .NET stack trace.
            try
            {
                stderr.Write(PythonErrorReport.Format(e));
            }
            catch (Exception)
            {
                // stderr itself is gone: nothing left to report to.
            }
            return 1;
        }
    }

    private static int Execute(CliOptions options, TextWriter stdout, TextWriter stderr, TextReader? stdin)
    {
        var log = CliLogger.Create(options.Verbosity, stderr, options.XOption("fat-log") is { Length: > 0 } file ? file : null);
        try
        {
            using var services = Program.BuildServices(log, options);
            switch (options.Action)
            {
                case CliAction.AstTools:
                    List<string> files;
                    try
                    {
                        files = CollectFiles(options, stdin);
                    }
                    catch (SourceFileException e)
                    {
                        stderr.Write($"fatsharp: can't open file '{e.Path}': [Errno {e.Errno}] {e.StrError}\n");
                        return 2;
                    }
                    log.Debug("{Count} file(s) to process", files.Count);
                    return options.Batch
                        ? services.GetRequiredService<AstBatchCommand>().Execute(options, files, stdout)
                        : services.GetRequiredService<AstToolCommand>().Execute(options, files, stdout, stderr);
                case CliAction.ShowOptimized:
                    return services.GetRequiredService<ShowOptimizedCommand>().Execute(options, stdout, stderr);
                case CliAction.RunProgram when options.ModuleName == "compileall":
                    // Handled by the host (see CompileAllCommand); a terminal gets a progress line.
                    return services.GetRequiredService<CompileAllCommand>().Execute(options, stdout, stderr,
                        terminal: stdin is null && !Console.IsOutputRedirected);
                default:
                    return services.GetRequiredService<ProgramRunner>().Execute(options, stdout, stderr, stdin);
            }
        }
        catch (FatSharp.Optimizer.OptimizerConfigException e)
        {
            // A bad -X fat=PRESET or --fat-config: the command line is wrong, nothing ran.
            stderr.Write($"fatsharp: {e.Message}\n");
            return 2;
        }
        finally
        {
            (log as IDisposable)?.Dispose();
        }
    }

    private static List<string> CollectFiles(CliOptions options, TextReader? stdin)
    {
        var files = new List<string>(options.Files);
        foreach (var list in options.FileLists)
        {
            var text = list == "-"
                ? (stdin ?? Console.In).ReadToEnd()
                : System.Text.Encoding.UTF8.GetString(SourceFiles.Read(Path.GetFullPath(list)));
            foreach (var line in text.Split('\n'))
            {
                var path = line.TrimEnd('\r');
                if (path.Length > 0) files.Add(path);
            }
        }
        return files;
    }
}
