using System;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace SipStatus.Cli;

/// <summary>
/// What the trace filter made of a line, kept by the line's bytes (and one bit of how it was read): lines repeat in a
/// trace, so a line made once costs a hash and a comparison after that. The hash (<see cref="TraceLineHash"/>) takes
/// eight bytes at a time, from a seed drawn at random, and picks one of <see cref="Slots"/> slots, which keeps the
/// last line put there: lines that fall in the same slot only cost being made again, as the comparison tells them
/// apart. (A dictionary, emptied when it held 4,096 lines, cost more to look in: 2.6% of the samples in a profile of the
/// plain filter on the trace of scripts/measure-throughput.sh, against 1.4% for the slots.)
/// </summary>
internal sealed class TraceLineCache<TValue>
    where TValue : class
{
    /// <summary>How many lines are kept at most: a power of two, so that the slot is some of the hash's bits.</summary>
    private const int Slots = 4096;

    private readonly Entry?[] _slots = new Entry?[Slots];

    /// <summary>What was kept for <paramref name="line"/> read as <paramref name="variant"/>; else false, and the <paramref name="key"/> to add it by.</summary>
    public bool TryGet(ReadOnlySpan<byte> line, bool variant, out int key, [MaybeNullWhen(false)] out TValue value)
    {
        key = variant ? ~TraceLineHash.Of(line) : TraceLineHash.Of(line);
        var known = _slots[key & (Slots - 1)];
        if (known is not null && known.Key == key && known.Variant == variant && line.SequenceEqual(known.Line))
        {
            value = known.Value;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/> for <paramref name="line"/> read as <paramref name="variant"/>, by the <paramref name="key"/> <see cref="TryGet"/> gave.</summary>
    public void Add(int key, ReadOnlySpan<byte> line, bool variant, TValue value) =>
        _slots[key & (Slots - 1)] = new Entry(key, line.ToArray(), variant, value);

    private sealed record Entry(int Key, byte[] Line, bool Variant, TValue Value);
}

/// <summary>
/// The hash of <see cref="TraceLineCache{TValue}"/>, outside it so that its seed is one static field, not one per
/// kind of value looked up through the generic class at every call.
/// </summary>
internal static class TraceLineHash
{
    private static readonly ulong s_seed = (ulong)Random.Shared.NextInt64();

    /// <summary>
    /// The line's hash: each eight bytes (the last eight for the bytes left over, those before them again) mixed into
    /// the seed and the length by a multiplication and a shift. In a profile of the plain filter on the trace of
    /// scripts/measure-throughput.sh, <see cref="HashCode"/> (four bytes at a time) had 4.6% of the samples, this hash
    /// 1.2%.
    /// </summary>
    public static int Of(ReadOnlySpan<byte> line)
    {
        var hash = s_seed ^ ((ulong)line.Length * 0x9E37_79B9_7F4A_7C15);
        var at = 0;
        for (; at + sizeof(ulong) <= line.Length; at += sizeof(ulong))
        {
            hash = Mix(hash ^ BinaryPrimitives.ReadUInt64LittleEndian(line[at..]));
        }

        if (at < line.Length)
        {
            ulong last = 0;
            if (line.Length >= sizeof(ulong))
            {
                last = BinaryPrimitives.ReadUInt64LittleEndian(line[^sizeof(ulong)..]);
            }
            else
            {
                foreach (var value in line)
                {
                    last = (last << 8) | value;
                }
            }

            hash = Mix(hash ^ last);
        }

        return (int)(hash ^ (hash >> 32));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong value)
    {
        value *= 0xBF58_476D_1CE4_E5B9;
        return value ^ (value >> 31);
    }
}
