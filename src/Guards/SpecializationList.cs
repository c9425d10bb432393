using System.Runtime.CompilerServices;

namespace FatSharp.Guards;

/// <summary>
/// The specialized versions of one function (PEP 510), in the order they were added. A function
/// holds a reference to one only once it has a specialization, so a function without any pays a
/// single null check per call.
/// </summary>
/// <remarks>
/// Guards may run interpreter code (a key's <c>__eq__</c>) that changes this list; selection
/// re-reads the list at each step and removes an entry by identity, so it stays consistent.
/// </remarks>
public sealed class SpecializationList<TObj, TCode>
    where TObj : class
    where TCode : class
{
    private readonly TObj _function;
    private Specialization<TObj, TCode>[] _items = [];
    private int _count;

    // Entries whose selection or code needs the call's arguments (see NeedsArguments).
    private int _needingArguments;

    /// <param name="function">The function being specialized (passed to each guard's Init).</param>
    public SpecializationList(TObj function)
    {
        ArgumentNullException.ThrowIfNull(function);
        _function = function;
    }

    public TObj Function => _function;

    public int Count => _count;

    /// <summary>
    /// True when some entry needs the call's arguments to be selected or run (a guard that reads them, or a code
    /// added with <c>codeNeedsArguments</c>); when false, <see cref="Select"/> may be called with no arguments
    /// and a call need not gather them in an array first.
    /// </summary>
    public bool NeedsArguments => _needingArguments > 0;

    public Specialization<TObj, TCode> this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _items[index];
        }
    }

    /// <summary>
    /// Runs each guard's Init in order and appends (code, guards), unless a guard answers
    /// <see cref="GuardInitResult.Ignore"/>: then the later guards are not initialized, nothing is
    /// added, and the result is false. An exception from Init propagates and adds nothing. The
    /// caller validates the code and raises Python's errors for an empty guard list.
    /// </summary>
    public bool Add(TCode code, params ReadOnlySpan<Guard<TObj>> guards) => Add(code, false, guards);

    /// <summary>
    /// As <see cref="Add(TCode, ReadOnlySpan{Guard{TObj}})"/>; <paramref name="codeNeedsArguments"/> says the code
    /// is not run as a body but called with the call's arguments (PEP 510 allows any callable).
    /// </summary>
    public bool Add(TCode code, bool codeNeedsArguments, params ReadOnlySpan<Guard<TObj>> guards)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (guards.IsEmpty)
        {
            throw new ArgumentException("need at least one guard", nameof(guards));
        }

        Guard<TObj>[] copy = guards.ToArray();
        foreach (Guard<TObj> guard in copy)
        {
            ArgumentNullException.ThrowIfNull(guard, nameof(guards));
        }

        foreach (Guard<TObj> guard in copy)
        {
            GuardInitResult result = guard.Init(_function);
            if (result == GuardInitResult.Ignore)
            {
                return false;
            }

            if (result != GuardInitResult.Ok)
            {
                throw new InvalidOperationException($"guard init result must be in the range -1..1, got {(int)result}");
            }
        }

        if (_count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(2, _count * 2));
        }

        var needsArguments = codeNeedsArguments;
        foreach (Guard<TObj> guard in copy)
        {
            needsArguments |= guard.ReadsArguments;
        }

        _items[_count++] = new Specialization<TObj, TCode>(code, copy, needsArguments);
        if (needsArguments)
        {
            _needingArguments++;
        }
        return true;
    }

    /// <summary>
    /// The code of the first specialization whose guards all pass, or null to run the function's
    /// own code. Guards of an entry run in order and stop at the first non-pass answer; an entry
    /// answering <see cref="GuardResult.AlwaysFails"/> is removed. Guard exceptions propagate.
    /// </summary>
    public TCode? Select(ReadOnlySpan<TObj> args, ReadOnlySpan<string> kwnames)
    {
        // Hot path kept small (pass / temporary failure); removal lives in SelectAfterRemoval.
        for (int i = 0; i < _count; i++)
        {
            Specialization<TObj, TCode> entry = _items[i];
            GuardResult result = CheckAll(entry.GuardArray, args, kwnames);
            if (result == GuardResult.Pass)
            {
                return entry.Code;
            }

            if (result != GuardResult.TemporaryFailure)
            {
                return SelectAfterRemoval(entry, i, result, args, kwnames);
            }
        }

        return null;
    }

    private static GuardResult CheckAll(Guard<TObj>[] guards, ReadOnlySpan<TObj> args, ReadOnlySpan<string> kwnames)
    {
        for (int g = 0; g < guards.Length; g++)
        {
            GuardResult result = guards[g].Check(args, kwnames);
            if (result != GuardResult.Pass)
            {
                return result;
            }
        }

        return GuardResult.Pass;
    }

    // Entry `entry` (expected at index i) answered `result` (not pass, not temporary): remove it
    // and go on selecting from the entries after it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private TCode? SelectAfterRemoval(
        Specialization<TObj, TCode> entry, int i, GuardResult result, ReadOnlySpan<TObj> args, ReadOnlySpan<string> kwnames)
    {
        while (true)
        {
            if (result != GuardResult.AlwaysFails)
            {
                throw new InvalidOperationException($"guard check result must be in the range -1..2, got {(int)result}");
            }

            i = RemoveEntry(entry, i);

            while (true)
            {
                if (i >= _count)
                {
                    return null;
                }

                entry = _items[i];
                result = CheckAll(entry.GuardArray, args, kwnames);
                if (result == GuardResult.Pass)
                {
                    return entry.Code;
                }

                if (result != GuardResult.TemporaryFailure)
                {
                    break;
                }

                i++;
            }
        }
    }

    /// <summary>
    /// Removes the entry at <paramref name="index"/>; false (nothing done) when there is none, as
    /// PEP 510's PyFunction_RemoveSpecialized.
    /// </summary>
    public bool RemoveAt(int index)
    {
        if ((uint)index >= (uint)_count)
        {
            return false;
        }

        if (_items[index].NeedsArguments)
        {
            _needingArguments--;
        }

        _count--;
        Array.Copy(_items, index + 1, _items, index, _count - index);
        _items[_count] = null!;
        return true;
    }

    /// <summary>Removes every specialization (the function's <c>__code__</c> was replaced).</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
        _needingArguments = 0;
    }

    /// <summary>The entries in order (fat's <c>get_specialized</c>).</summary>
    public Specialization<TObj, TCode>[] ToArray() => _items.AsSpan(0, _count).ToArray();

    // Removes `entry`, expected at index i unless a guard changed the list, and returns where
    // selection goes on: where the entry was (the next entry shifted there), or i if it is gone.
    private int RemoveEntry(Specialization<TObj, TCode> entry, int i)
    {
        int index = i < _count && ReferenceEquals(_items[i], entry) ? i : Array.IndexOf(_items, entry, 0, _count);
        if (index < 0)
        {
            return i;
        }

        RemoveAt(index);
        return index;
    }
}
