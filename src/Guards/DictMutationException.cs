namespace FatSharp.Guards;

/// <summary>
/// A dict was changed while it was being iterated or merged. The message is Python's; the
/// interpreter reports it as a RuntimeError.
/// </summary>
public sealed class DictMutationException : InvalidOperationException
{
    public const string ChangedSize = "dictionary changed size during iteration";
    public const string KeysChanged = "dictionary keys changed during iteration";
    public const string MutatedDuringUpdate = "dict mutated during update";

    public DictMutationException(string message)
        : base(message)
    {
    }
}
