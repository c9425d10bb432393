namespace FatSharp.Optimizer.Scopes;

public enum ScopeKind
{
    Module,
    Class,
    Function,
}
