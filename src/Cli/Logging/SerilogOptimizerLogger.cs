using Microsoft.Extensions.Logging;
using SerilogLogger = Serilog.ILogger;
using SerilogLevel = Serilog.Events.LogEventLevel;

namespace FatSharp.Cli.Logging;

/// <summary>
/// The optimizer logs through Microsoft.Extensions.Logging's <see cref="ILogger"/>; this passes its messages on
/// to the command's Serilog logger (so <c>-v</c> and <c>-X fat-log=FILE</c> see them), keeping the message
/// template and its named values as structured properties.
/// </summary>
public sealed class SerilogOptimizerLogger(SerilogLogger target) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && target.IsEnabled(ToSerilog(logLevel));

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        var level = ToSerilog(logLevel);
        if (state is IReadOnlyList<KeyValuePair<string, object?>> values && values.Count > 0
            && values[^1].Key == "{OriginalFormat}" && values[^1].Value is string template)
        {
            var args = new object?[values.Count - 1];
            for (var i = 0; i < args.Length; i++) args[i] = values[i].Value;
            target.Write(level, exception, template, args);
            return;
        }
        target.Write(level, exception, "{Message}", formatter(state, exception));
    }

    private static SerilogLevel ToSerilog(LogLevel level) => level switch
    {
        LogLevel.Trace => SerilogLevel.Verbose,
        LogLevel.Debug => SerilogLevel.Debug,
        LogLevel.Information => SerilogLevel.Information,
        LogLevel.Warning => SerilogLevel.Warning,
        LogLevel.Error => SerilogLevel.Error,
        _ => SerilogLevel.Fatal,
    };
}
