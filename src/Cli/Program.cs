using System.Text;
using FatSharp.Cli.Commands;
using FatSharp.Cli.Logging;
using FatSharp.Cli.Optimization;
using FatSharp.Cli.Running;
using FatSharp.Cli.Services;
using FatSharp.Optimizer;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace FatSharp.Cli;

/// <summary>Process entry point and composition root of <c>fatsharp</c>.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(false);
        // Buffered stdout (a dump can be megabytes); stderr unbuffered so errors are never lost.
        var stdout = new StreamWriter(OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8, 1 << 10) { AutoFlush = true };
        int status;
        try
        {
            status = Cli.Run(args, stdout, stderr);
        }
        finally
        {
            try
            {
                stdout.Flush();
            }
            catch (IOException)
            {
                // The reader went away (e.g. `| head`): as python3, stop quietly.
            }
        }
        if (InterruptExit.Requested) InterruptExit.EndBySigint();
        return status;
    }

    /// <summary>
    /// Standard output as a plain file stream on descriptor 1: unlike the console stream, which drops writes to a
    /// closed pipe silently (a program would go on printing into nothing), it reports EPIPE, so a program gets
    /// BrokenPipeError as under python3.
    /// </summary>
    private static Stream OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows()) return Console.OpenStandardOutput();
        try
        {
            var pipe = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 1);
            if (!pipe.CanSeek) return pipe;
            // A regular file: FileStream would write at its own offsets (pwrite), clobbering what others sharing
            // the descriptor wrote (`(a; b) > out`); the console stream writes at the shared offset.
            pipe.Dispose();
            return Console.OpenStandardOutput();
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return Console.OpenStandardOutput();
        }
    }

    /// <summary>
    /// Every service of the command, registered in one place. Registrations use factories (no constructor
    /// discovery by reflection) so that building the container stays cheap at each start; adding a service is
    /// one line here.
    /// </summary>
    public static ServiceProvider BuildServices(ILogger log, CliOptions? options = null) =>
        ConfigureServices(new ServiceCollection(), log, options).BuildServiceProvider();

    /// <summary>The registrations themselves, separate from building so that tests can check each resolves.</summary>
    public static IServiceCollection ConfigureServices(IServiceCollection services, ILogger log, CliOptions? options = null)
    {
        services.AddSingleton(log);
        services.AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(sp => new SerilogOptimizerLoggerFactory(sp.GetRequiredService<ILogger>()));

        // AST tools (src/Ast).
        services.AddSingleton<IAstParser>(_ => new PythonAstParser());
        services.AddSingleton<IAstDumper>(_ => new AstDumper());
        services.AddSingleton<IAstUnparser>(_ => new AstUnparser());

        // Code transformers (PEP 511), in the order they run; the interpreter receives them in registration order
        // through CodeTransformerHost. Folding computes with the interpreter's own operations.
        services.AddSingleton<IConstantEvaluator>(_ => new InterpreterConstantEvaluator());
        var fat = options?.XOption("fat");
        var noopt = options?.OptimTag == "noopt";
        // -o TAG for another tag than opt/noopt: no transformer at all, modules come from the caches of TAG (PEP 511).
        var fromCaches = options?.OptimTag is not (null or "opt" or "noopt");
        if (fat is not null || options?.FatConfig is not null)
        {
            // "fat" first, then CPython's own "opt" (PEP 511: -X fat gives the tag "fat-opt").
            services.AddFatOptimizer(o =>
            {
                o.Preset = fat is null or "" ? OptimizerConfig.DefaultPreset : fat;
                o.ConfigFile = options!.FatConfig;
                o.IncludeCPythonOptimizer = !noopt;
            });
        }
        else if (!noopt && !fromCaches)
        {
            services.AddSingleton<ICodeTransformer>(sp => new CPythonOptimizer(
                sp.GetRequiredService<IConstantEvaluator>(),
                sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>().CreateLogger("FatSharp.Optimizer")));
        }
        services.AddSingleton(sp => new ProgramRunner(sp.GetServices<ICodeTransformer>(), sp.GetRequiredService<ILogger>()));
        services.AddSingleton(sp => new CompileAllCommand(() => BuildServices(sp.GetRequiredService<ILogger>(), options), sp.GetRequiredService<ILogger>()));
        services.AddSingleton(sp => new ShowOptimizedCommand(sp.GetServices<ICodeTransformer>()));

        // Commands.
        services.AddSingleton(sp => new SourceTreeLoader(sp.GetRequiredService<IAstParser>(), sp.GetRequiredService<ILogger>()));
        services.AddSingleton(sp => new AstToolCommand(
            sp.GetRequiredService<SourceTreeLoader>(), sp.GetRequiredService<IAstDumper>(), sp.GetRequiredService<IAstUnparser>()));
        services.AddSingleton(sp => new AstBatchCommand(
            sp.GetRequiredService<SourceTreeLoader>(), sp.GetRequiredService<IAstDumper>(), sp.GetRequiredService<IAstUnparser>()));

        return services;
    }
}
