using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace FatSharp.Cli.Logging;

/// <summary>Writes log events to a text writer (the command's stderr), so tests can capture the log too.</summary>
public sealed class TextWriterLogSink(TextWriter writer) : ILogEventSink
{
    private readonly MessageTemplateTextFormatter _formatter =
        new("[{Timestamp:HH:mm:ss.fff} {Level:u3}] {Message:lj}{NewLine}{Exception}");

    public void Emit(LogEvent logEvent)
    {
        lock (writer) _formatter.Format(logEvent, writer);
    }
}
