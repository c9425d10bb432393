using FatSharp.Interpreter.Caching;
using Serilog;

namespace FatSharp.Cli.Logging;

/// <summary>
/// <c>-v</c> lines for the optimized caches: each hit, miss, stale file (with the header field that differed),
/// rejected file (with what is wrong with it) and each file written or not written.
/// </summary>
public sealed class SerilogModuleCacheLog(ILogger log) : IModuleCacheLog
{
    public void Report(ModuleCacheEvent e)
    {
        switch (e.Outcome)
        {
            case ModuleCacheOutcome.Hit:
                log.Debug("# cache hit: {Source} loaded from {Cache}", e.SourcePath, e.CachePath);
                break;
            case ModuleCacheOutcome.Missing:
                log.Debug("# cache miss: {Source} has no {Cache}", e.SourcePath, e.CachePath);
                break;
            case ModuleCacheOutcome.Stale:
                log.Debug("# cache stale: {Cache} for {Source}: {Reason}", e.CachePath, e.SourcePath, e.Reason);
                break;
            case ModuleCacheOutcome.Rejected:
                log.Debug("# cache rejected: {Cache} for {Source}: {Reason}", e.CachePath, e.SourcePath, e.Reason);
                break;
            case ModuleCacheOutcome.Written:
                log.Debug("# cache written: {Cache}", e.CachePath);
                break;
            case ModuleCacheOutcome.NotWritten:
                log.Debug("# cache not written: {Cache}: {Reason}", e.CachePath, e.Reason);
                break;
        }
    }
}
