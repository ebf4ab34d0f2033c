using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace SipStatus.Cli;

/// <summary>
/// What the trace filter made of a line, kept by the line's bytes (and one bit of how it was read): lines repeat in a
/// trace, so a line made once costs a hash and a comparison after that. The hash is .NET's, seeded at random, so no
/// trace can be made to collide. At most <see cref="Limit"/> lines are kept; past it the cache starts again.
/// </summary>
internal sealed class TraceLineCache<TValue>
    where TValue : class
{
    private const int Limit = 4096;

    private readonly Dictionary<int, (byte[] Line, bool Variant, TValue Value)> _values = [];

    /// <summary>What was kept for <paramref name="line"/> read as <paramref name="variant"/>; else false, and the <paramref name="key"/> to add it by.</summary>
    public bool TryGet(ReadOnlySpan<byte> line, bool variant, out int key, [MaybeNullWhen(false)] out TValue value)
    {
        var hash = new HashCode();
        hash.AddBytes(line);
        key = variant ? ~hash.ToHashCode() : hash.ToHashCode();
        if (_values.TryGetValue(key, out var known) && known.Variant == variant && line.SequenceEqual(known.Line))
        {
            value = known.Value;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/> for <paramref name="line"/> read as <paramref name="variant"/>, by the <paramref name="key"/> <see cref="TryGet"/> gave.</summary>
    public void Add(int key, ReadOnlySpan<byte> line, bool variant, TValue value)
    {
        if (_values.Count >= Limit)
        {
            _values.Clear();
        }

        _values[key] = (line.ToArray(), variant, value);
    }
}
