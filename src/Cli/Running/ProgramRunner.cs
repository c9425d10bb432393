using System.Text;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Cli.Logging;
using FatSharp.Cli.Optimization;
using FatSharp.Interpreter;
using FatSharp.Interpreter.Caching;
using FatSharp.Interpreter.Execution;
using FatSharp.Interpreter.Objects;
using FatSharp.Interpreter.Runtime;
using FatSharp.Optimizer;
using PyInt = FatSharp.Interpreter.Objects.PyInt;

namespace FatSharp.Cli.Running;

/// <summary>
/// Runs a Python program the way python3 does: a script file, <c>-c CMD</c>, <c>-m MODULE</c>, a script read from
/// a redirected standard input, or the interactive prompt. Sets up the runtime first: <c>sys.argv</c>,
/// <c>sys.path</c> (with PYTHONPATH unless <c>-E</c>), <c>sys._xoptions</c>, <c>-O</c>, and the code transformers.
/// </summary>
public sealed class ProgramRunner(IEnumerable<ICodeTransformer> transformers, Serilog.ILogger log)
{
    /// <summary>Set by Ctrl-C while the interactive prompt waits for input.</summary>
    private volatile bool _interrupted;

    /// <summary>True while the interactive prompt waits for a line (Ctrl-C then only cancels the line).</summary>
    private volatile bool _atPrompt;

    public int Execute(CliOptions options, TextWriter stdout, TextWriter stderr, TextReader? stdin)
    {
        var output = new ProgramOutputWriter(stdout, options.Unbuffered);
        var input = stdin ?? Console.In;
        var interactiveTerminal = stdin is null && !Console.IsInputRedirected;
        var mode = options.Command is not null ? "-c"
            : options.ModuleName is not null ? "-m"
            : options.ProgramArgs.Count > 0 && options.ProgramArgs[0] != "-" ? "file"
            : options.Interactive || (interactiveTerminal && options.ProgramArgs.Count == 0) ? "repl"
            : "stdin";

        if (mode == "file" && !File.Exists(options.ProgramArgs[0]))
        {
            stderr.Write($"fatsharp: can't open file '{Path.GetFullPath(options.ProgramArgs[0])}': [Errno 2] No such file or directory\n");
            return 2;
        }

        var host = new CodeTransformerHost(transformers, options.OptimizeLevel, options.OptimTag);
        log.Debug("code transformers: {Tag}", host.OptimTag);
        var exitCode = 0;
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (_atPrompt)
            {
                e.Cancel = true;
                _interrupted = true;
                return;
            }
            e.Cancel = true;
            // The running code raises KeyboardInterrupt at its next loop iteration or call, so its handlers and
            // finally blocks run. A second Ctrl-C before that (the program is blocked in a read, say) ends the
            // process as python3 ends on an uncaught KeyboardInterrupt.
            if (!Interrupts.Pending)
            {
                Interrupts.Request();
                return;
            }
            output.FlushAtExit();
            stderr.Write("KeyboardInterrupt\n");
            stderr.Flush();
            Environment.Exit(130);
        };
        if (stdin is null) Console.CancelKeyPress += onCancel;
        try
        {
            var thread = new Thread(() =>
            {
                var argv = mode switch
                {
                    "-c" => new List<string> { "-c" },
                    "-m" => new List<string> { "-m" },
                    "repl" => new List<string> { "" },
                    "stdin" => new List<string> { options.ProgramArgs.Count > 0 ? "-" : "" },
                    _ => new List<string> { options.ProgramArgs[0] },
                };
                argv.AddRange(options.ProgramArgs.Skip(mode is "file" || (mode == "stdin" && options.ProgramArgs.Count > 0) ? 1 : 0));
                var rt = new PythonRuntime(output, stderr, input, argv);
                rt.Enter();
                Configure(rt, options, mode);
                host.Install(rt);
                // Imported modules go through the optimized caches of the current tag (the main script never does).
                rt.ModuleCache = new ModuleCache(host, new SerilogModuleCacheLog(log));
                exitCode = mode switch
                {
                    "file" => rt.RunMainFile(Path.GetFullPath(options.ProgramArgs[0])), // __file__ absolute, as python3.9+
                    "-c" => rt.RunMainSource(Encoding.UTF8.GetBytes(options.Command!), "<string>"),
                    "-m" => RunModule(rt, options.ModuleName!, argv, stderr),
                    "repl" => new InteractiveLoop(rt, input, stderr, () => _interrupted, v => _interrupted = v, v => _atPrompt = v).Run(),
                    _ => rt.RunMainSource(Encoding.UTF8.GetBytes(input.ReadToEnd()), "<stdin>"),
                };
                if (rt.EndedByKeyboardInterrupt) InterruptExit.Requested = true;
            }, PythonRuntime.InterpreterStackSize)
            {
                Name = "fatsharp interpreter",
            };
            thread.Start();
            thread.Join();
        }
        finally
        {
            if (stdin is null) Console.CancelKeyPress -= onCancel;
        }

        output.FlushAtExit();
        if (output.Broken && !output.Raised)
        {
            // As python3 when the flush at exit meets a closed pipe.
            stderr.Write("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n");
            return 120;
        }
        return exitCode;
    }

    private static void Configure(PythonRuntime rt, CliOptions options, string mode)
    {
        var sys = rt.Sys.ModuleDict;
        if (mode != "file") rt.Path.Insert(0, new PyStr(""));
        if (!options.IgnoreEnvironment && Environment.GetEnvironmentVariable("PYTHONPATH") is { Length: > 0 } pythonPath)
        {
            foreach (var dir in pythonPath.Split(Path.PathSeparator))
                if (dir.Length > 0) rt.Path.Append(new PyStr(dir));
        }
        var xoptions = new PyDict();
        foreach (var (name, value) in options.XOptions)
            xoptions.SetItem(new PyStr(name), value is null ? PyInt.True : new PyStr(value));
        sys.SetItem("_xoptions", xoptions);
        sys.SetItem("dont_write_bytecode", PyInt.FromBool(options.DontWriteBytecode));
        if (options.OptimizeLevel > 0) rt.BuiltinsDict.SetItem("__debug__", PyInt.False);
    }

    /// <summary><c>-m NAME</c>: finds the module (or a package's <c>__main__</c>) on sys.path and runs it as __main__.</summary>
    private static int RunModule(PythonRuntime rt, string name, List<string> argv, TextWriter stderr)
    {
        string? file;
        try
        {
            file = FindModule(rt, name);
        }
        catch (PythonException e)
        {
            stderr.Write(rt.FormatException(e.Value));
            return 1;
        }
        if (file is null)
        {
            stderr.Write($"fatsharp: No module named {name}\n");
            return 1;
        }
        argv[0] = Path.GetFullPath(file);
        ((PyList)rt.Sys.ModuleDict.GetItem("argv")!).Items[0] = new PyStr(argv[0]);
        return rt.RunMainSource(File.ReadAllBytes(file), file);
    }

    private static string? FindModule(PythonRuntime rt, string name)
    {
        IEnumerable<string> search = Ops.ToList(rt.Path).Select(Ops.Str);
        var dot = name.LastIndexOf('.');
        if (dot >= 0)
        {
            // Parent packages are imported first, as runpy does; the module is then looked for in their __path__.
            var parent = rt.Import(name[..dot], new PyDict(), 0);
            foreach (var part in name[..dot].Split('.').Skip(1)) parent = Ops.GetAttr(parent, part);
            if (parent.Dict?.GetItem("__path__") is not { } path) return null;
            search = Ops.ToList(path).Select(Ops.Str);
        }
        var shortName = dot >= 0 ? name[(dot + 1)..] : name;
        foreach (var dir in search)
        {
            var baseDir = dir.Length == 0 ? "." : dir;
            var file = Path.Combine(baseDir, shortName + ".py");
            if (File.Exists(file)) return file;
            var packageMain = Path.Combine(baseDir, shortName, "__main__.py");
            if (File.Exists(Path.Combine(baseDir, shortName, "__init__.py")) && File.Exists(packageMain)) return packageMain;
        }
        return null;
    }
}
