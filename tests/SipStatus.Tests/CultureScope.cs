using System;
using System.Globalization;

namespace SipStatus.Tests;

/// <summary>Sets the current UI culture of this thread (and its async flow) for the length of a using block.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _previous;

    public CultureScope(string name)
    {
        _previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
