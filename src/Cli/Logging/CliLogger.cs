using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace FatSharp.Cli.Logging;

/// <summary>
/// The logger of one run: silent unless <c>-v</c> is given (then verbose to stderr) or <c>-X fat-log=FILE</c>
/// (then the same events as JSON lines, compact Serilog format, in FILE).
/// </summary>
public static class CliLogger
{
    public static ILogger Create(int verbosity, TextWriter stderr, string? jsonLogFile = null)
    {
        // Without -v nothing is configured at all: starting the command must stay cheap.
        if (verbosity <= 0 && jsonLogFile is null) return Logger.None;
        var config = new LoggerConfiguration().MinimumLevel.Is(verbosity >= 2 ? LogEventLevel.Verbose : LogEventLevel.Debug);
        if (verbosity > 0)
            config = config.WriteTo.Sink(new TextWriterLogSink(stderr), verbosity >= 2 ? LogEventLevel.Verbose : LogEventLevel.Debug);
        if (jsonLogFile is not null)
            config = config.WriteTo.File(new CompactJsonFormatter(), jsonLogFile, LogEventLevel.Debug);
        return config.CreateLogger();
    }
}
