using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace FatSharp.Cli.Logging;

/// <summary>The logger of one run: silent unless <c>-v</c> is given, then verbose to stderr.</summary>
public static class CliLogger
{
    public static ILogger Create(int verbosity, TextWriter stderr)
    {
        // Without -v nothing is configured at all: starting the command must stay cheap.
        if (verbosity <= 0) return Logger.None;
        return new LoggerConfiguration()
            .MinimumLevel.Is(verbosity == 1 ? LogEventLevel.Debug : LogEventLevel.Verbose)
            .WriteTo.Sink(new TextWriterLogSink(stderr))
            .CreateLogger();
    }
}
