#if !NETCOREAPP3_0_OR_GREATER
// netstandard2.0 lacks the nullable-analysis attributes; the compiler recognises these internal copies by name.
namespace System.Diagnostics.CodeAnalysis;

/// <summary>The parameter is not null when the method returns <see cref="ReturnValue"/>.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class NotNullWhenAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    /// <summary>The return value for which the parameter is not null.</summary>
    public bool ReturnValue { get; }
}

/// <summary>The parameter may be null when the method returns <see cref="ReturnValue"/>, even if its type says otherwise.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class MaybeNullWhenAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public MaybeNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    /// <summary>The return value for which the parameter may be null.</summary>
    public bool ReturnValue { get; }
}
#endif
