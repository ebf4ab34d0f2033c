using System;
using System.IO;

namespace SipStatus.Cli;

/// <summary>
/// The trace filter's output, gathered in a buffer of 256 KiB and written out, on the filter's own thread, each time
/// it is full and whenever the filter flushes (before it waits for input, so that a <c>tail -f</c> that trickles is
/// not held back). Until the scan went to threads of its own (<see cref="TraceInput"/>), a thread of its own wrote the
/// buffers out while the filter went on; since then the filter's thread has had time to spare for writing, and
/// without the hand-overs the plain filter and <c>--json</c> took about a tenth less time (measured side by side, and
/// again with one scanning thread: docs/trace-filter-throughput.md). A write that fails (the reader has gone) throws.
/// </summary>
internal sealed class TraceOutput(Stream stream)
{
    private const int Size = 256 * 1024;

    private readonly byte[] _buffer = new byte[Size];
    private int _count;

    /// <summary>Writes bytes, after everything written before.</summary>
    public void Write(ReadOnlySpan<byte> data)
    {
        while (data.Length > Size - _count)
        {
            var part = Size - _count;
            data[..part].CopyTo(_buffer.AsSpan(_count));
            _count = Size;
            Flush();
            data = data[part..];
        }

        data.CopyTo(_buffer.AsSpan(_count));
        _count += data.Length;
    }

    /// <summary>Writes out what is gathered.</summary>
    public void Flush()
    {
        if (_count > 0)
        {
            var count = _count;
            _count = 0;
            stream.Write(_buffer, 0, count);
        }

        stream.Flush();
    }
}
