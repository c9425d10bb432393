namespace FatSharp.Interpreter.Objects;

/// <summary>A node's memory of where one attribute name sits in a <see cref="InstanceKeys"/> list.</summary>
public struct InstanceSlotCache
{
    internal InstanceKeys? Keys;
    internal int Index;
}
