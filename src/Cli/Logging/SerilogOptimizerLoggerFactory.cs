using Microsoft.Extensions.Logging;

namespace FatSharp.Cli.Logging;

/// <summary>Gives the optimizer (which asks an <see cref="ILoggerFactory"/>) loggers that write to Serilog.</summary>
public sealed class SerilogOptimizerLoggerFactory(Serilog.ILogger target) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) =>
        new SerilogOptimizerLogger(target.ForContext(Serilog.Core.Constants.SourceContextPropertyName, categoryName));

    public void AddProvider(ILoggerProvider provider) =>
        throw new NotSupportedException("the optimizer's logs go to Serilog; configure sinks there");

    public void Dispose()
    {
    }
}
