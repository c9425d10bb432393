using System.Text;
using FatSharp.Cli.Commands;
using FatSharp.Cli.Services;
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
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8, 1 << 10) { AutoFlush = true };
        try
        {
            return Cli.Run(args, stdout, stderr);
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
    }

    /// <summary>
    /// Every service of the command, registered in one place. Registrations use factories (no constructor
    /// discovery by reflection) so that building the container stays cheap at each start; adding a service is
    /// one line here.
    /// </summary>
    public static ServiceProvider BuildServices(ILogger log) => ConfigureServices(new ServiceCollection(), log).BuildServiceProvider();

    /// <summary>The registrations themselves, separate from building so that tests can check each resolves.</summary>
    public static IServiceCollection ConfigureServices(IServiceCollection services, ILogger log)
    {
        services.AddSingleton(log);

        // AST tools (src/Ast).
        services.AddSingleton<IAstParser>(_ => new PythonAstParser());
        services.AddSingleton<IAstDumper>(_ => new AstDumper());
        services.AddSingleton<IAstUnparser>(_ => new AstUnparser());

        // Code transformers (PEP 511), in the order they run: one AddSingleton line per transformer here; the
        // interpreter receives them as IEnumerable<...> in registration order. Ordering constraints go beside
        // the lines.

        // Commands.
        services.AddSingleton(sp => new SourceTreeLoader(sp.GetRequiredService<IAstParser>(), sp.GetRequiredService<ILogger>()));
        services.AddSingleton(sp => new AstToolCommand(
            sp.GetRequiredService<SourceTreeLoader>(), sp.GetRequiredService<IAstDumper>(), sp.GetRequiredService<IAstUnparser>()));
        services.AddSingleton(sp => new AstBatchCommand(
            sp.GetRequiredService<SourceTreeLoader>(), sp.GetRequiredService<IAstDumper>(), sp.GetRequiredService<IAstUnparser>()));

        return services;
    }
}
