namespace FatSharp.Interpreter.Caching;

/// <summary>Receives the module cache's events (the host logs them with <c>-v</c>). Called from the importing thread.</summary>
public interface IModuleCacheLog
{
    void Report(ModuleCacheEvent cacheEvent);
}
