using Microsoft.Extensions.Logging;

namespace FatSharp.Tests.Optimizer.Support;

/// <summary>Keeps the formatted log messages, to show in snapshots what the passes did and why.</summary>
public sealed class ListLogger : ILogger
{
    public List<string> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Add(formatter(state, exception));
}
