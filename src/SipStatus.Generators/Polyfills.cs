// Language support types that netstandard2.0 lacks; internal, so they never leak out of the generator.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
