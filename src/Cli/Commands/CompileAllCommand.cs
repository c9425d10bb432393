using System.Text;
using FatSharp.Ast;
using FatSharp.Cli.Logging;
using FatSharp.Cli.Optimization;
using FatSharp.Interpreter;
using FatSharp.Interpreter.Caching;
using FatSharp.Optimizer;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace FatSharp.Cli.Commands;

/// <summary>
/// <c>fatsharp [-X fat] -m compileall [-f] [-q] [-l] [-j N] [-x REGEX] [FILE|DIR ...]</c>: writes the optimized
/// cache of every <c>.py</c> file below the paths for the current optim tag, with CPython compileall's output
/// (<c>Listing '...'...</c>, <c>Compiling '...'...</c>, <c>*** </c> and the SyntaxError for a file that fails) and
/// exit status (1 if any file failed). On a terminal, unless <c>-q</c>, a progress line (count and bar) follows the
/// output.
/// It is a command of the host rather than a module of the interpreter because each of its parallel workers needs
/// its own code transformers and its own runtime (the constant evaluator folds with the runtime current on its
/// thread), and building transformers is the composition root's job; it runs no Python code. Results are printed
/// in the order of the files, whatever the number of workers, so the output does not depend on timing.
/// </summary>
public sealed class CompileAllCommand(Func<ServiceProvider> newServices, ILogger log)
{
    private enum ItemKind { Listing, CannotList, File }

    private sealed record Item(ItemKind Kind, string Path);

    private sealed record Outcome(bool Failed, string Output);

    public int Execute(CliOptions options, TextWriter stdout, TextWriter stderr, bool terminal)
    {
        CompileAllArguments args;
        try
        {
            args = CompileAllArguments.Parse(options.ProgramArgs);
        }
        catch (CliUsageException e)
        {
            stderr.Write($"{CompileAllArguments.Usage}\ncompileall: error: {e.Message}\n");
            return 2;
        }

        var items = new List<Item>();
        if (args.Paths.Count == 0)
        {
            // The directories of sys.path: the bundled Lib and PYTHONPATH. Unlike CPython (top level only), with
            // their packages, so that `-o TAG` finds every module of the bundled library in its cache.
            foreach (var dir in DefaultPath(options)) CollectDirectory(dir, args.NoRecursion ? 0 : int.MaxValue, args, items);
        }
        else
        {
            foreach (var path in args.Paths)
            {
                if (File.Exists(path)) items.Add(new Item(ItemKind.File, path));
                else CollectDirectory(path, args.NoRecursion ? 0 : int.MaxValue, args, items);
            }
        }

        var fileCount = items.Count(i => i.Kind == ItemKind.File);
        var workers = Math.Max(1, Math.Min(args.Workers, fileCount));
        // Transformers are built here, on the calling thread, so a bad configuration fails the command at once.
        var environments = Enumerable.Range(0, workers).Select(_ =>
        {
            var services = newServices();
            return (services, transformers: services.GetServices<ICodeTransformer>().ToList());
        }).ToList();
        log.Debug("compileall: {Count} file(s), {Workers} worker(s)", fileCount, workers);

        // Largest files first, so that no worker is left with a big file at the end; printing keeps the file order.
        var order = Enumerable.Range(0, items.Count).OrderByDescending(i => items[i].Kind == ItemKind.File ? SizeOf(items[i].Path) : long.MaxValue).ToArray();
        var outcomes = new Outcome?[items.Count];
        var gate = new object();
        var next = -1;
        var threads = environments.Select(env => new Thread(() =>
        {
            var capture = new StringWriter { NewLine = "\n" };
            var runtime = new PythonRuntime(TextWriter.Null, capture);
            runtime.Enter();
            var host = new CodeTransformerHost(env.transformers, options.OptimizeLevel, options.OptimTag);
            runtime.AstTransformers.Add(host.Transform);
            var cache = new ModuleCache(host, new SerilogModuleCacheLog(log));
            int n;
            while ((n = Interlocked.Increment(ref next)) < items.Count)
            {
                var i = order[n];
                var outcome = items[i].Kind == ItemKind.File
                    ? CompileOne(items[i].Path, args, runtime, cache, capture)
                    : new Outcome(false, ListingLine(items[i], args.Quiet));
                lock (gate)
                {
                    outcomes[i] = outcome;
                    Monitor.PulseAll(gate);
                }
            }
        }, PythonRuntime.InterpreterStackSize) { Name = "fatsharp compileall", IsBackground = true }).ToList();
        foreach (var t in threads) t.Start();

        var progress = terminal && args.Quiet == 0 ? new ProgressLine(stdout, fileCount) : null;
        var failed = false;
        var compiled = 0;
        for (var i = 0; i < items.Count; i++)
        {
            Outcome outcome;
            lock (gate)
            {
                while (outcomes[i] is null) Monitor.Wait(gate);
                outcome = outcomes[i]!;
            }
            failed |= outcome.Failed;
            if (outcome.Output.Length > 0)
            {
                progress?.Clear();
                stdout.Write(outcome.Output);
            }
            if (items[i].Kind == ItemKind.File) progress?.Show(++compiled);
        }
        progress?.Clear();
        foreach (var t in threads) t.Join();
        foreach (var env in environments) env.services.Dispose();
        stdout.Flush();
        return failed ? 1 : 0;
    }

    private static long SizeOf(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
    }

    private static IEnumerable<string> DefaultPath(CliOptions options)
    {
        var lib = Path.Combine(AppContext.BaseDirectory, "Lib");
        if (Directory.Exists(lib)) yield return lib;
        if (!options.IgnoreEnvironment && Environment.GetEnvironmentVariable("PYTHONPATH") is { Length: > 0 } pythonPath)
        {
            foreach (var dir in pythonPath.Split(Path.PathSeparator))
                if (dir.Length > 0 && dir != ".") yield return dir;
        }
    }

    /// <summary>A directory's entries in sorted order, files and subdirectories interleaved, as CPython walks it.</summary>
    private static void CollectDirectory(string dir, int maxLevels, CompileAllArguments args, List<Item> items)
    {
        DepthGuard.Enter();
        items.Add(new Item(ItemKind.Listing, dir));
        string[] names;
        try
        {
            names = Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).OfType<string>().ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            items.Add(new Item(ItemKind.CannotList, dir));
            return;
        }
        Array.Sort(names, StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name == "__pycache__") continue;
            var full = Path.Join(dir, name);
            if (Directory.Exists(full))
            {
                if (maxLevels > 0 && new DirectoryInfo(full).LinkTarget is null) CollectDirectory(full, maxLevels - 1, args, items);
            }
            else if (name.EndsWith(".py", StringComparison.Ordinal)) items.Add(new Item(ItemKind.File, full));
        }
    }

    private static string ListingLine(Item item, int quiet) => item.Kind switch
    {
        ItemKind.Listing when quiet == 0 => $"Listing {PyRepr.Str(item.Path)}...\n",
        ItemKind.CannotList when quiet < 2 => $"Can't list {PyRepr.Str(item.Path)}\n",
        _ => "",
    };

    private static Outcome CompileOne(string path, CompileAllArguments args, PythonRuntime runtime, ModuleCache cache, StringWriter capture)
    {
        if (!path.EndsWith(".py", StringComparison.Ordinal)) return new Outcome(false, "");
        string? error;
        try
        {
            if (args.Exclude is { } exclude && exclude.IsMatch(path)) return new Outcome(false, "");
            if (!args.Force && cache.IsUpToDate(path)) return new Outcome(false, "");
            cache.CompileFile(runtime, path);
            error = null;
        }
        catch (PythonSyntaxError e)
        {
            capture.GetStringBuilder().Clear();
            runtime.PrintSyntaxError(e);
            runtime.Stderr.Writer?.Flush();
            error = capture.ToString() + "\n";
        }
        catch (AstRecursionException)
        {
            error = "RecursionError: maximum recursion depth exceeded during compilation\n";
        }
        catch (Interpreter.Objects.PythonException e)
        {
            error = PythonRuntime.ExceptionOnlyLine(e.Value) + "\n";
        }
        catch (UnauthorizedAccessException e)
        {
            error = $"PermissionError: {e.Message}\n";
        }
        catch (IOException e)
        {
            error = $"{(e is FileNotFoundException or DirectoryNotFoundException ? "FileNotFoundError" : "OSError")}: {e.Message}\n";
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            error = "TimeoutError: the -x regular expression took too long\n";
        }
        catch (ArgumentException e)
        {
            error = $"ValueError: the optimized tree cannot be cached: {e.Message}\n";
        }
        var compiling = $"Compiling {PyRepr.Str(path)}...\n";
        if (error is null) return new Outcome(false, args.Quiet == 0 ? compiling : "");
        return new Outcome(true, args.Quiet switch
        {
            0 => compiling + "*** " + error,
            1 => $"*** Error compiling {PyRepr.Str(path)}...\n" + error,
            _ => "",
        });
    }

    /// <summary>The last line of a terminal: files done, out of how many, and a bar; redrawn in place.</summary>
    private sealed class ProgressLine(TextWriter stdout, int total)
    {
        private bool _shown;

        public void Show(int done)
        {
            const int width = 30;
            var filled = total == 0 ? width : done * width / total;
            var sb = new StringBuilder("\r[");
            sb.Append('#', filled).Append('.', width - filled).Append("] ").Append(done).Append('/').Append(total);
            stdout.Write(sb.ToString());
            stdout.Flush();
            _shown = true;
        }

        public void Clear()
        {
            if (!_shown) return;
            stdout.Write("\r\x1b[K");
            _shown = false;
        }
    }
}
