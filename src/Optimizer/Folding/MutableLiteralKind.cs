namespace FatSharp.Optimizer;

public enum MutableLiteralKind
{
    List,
    Set,
    Dict,
}
