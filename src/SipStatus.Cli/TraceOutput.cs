using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace SipStatus.Cli;

/// <summary>
/// The trace filter's output, gathered in buffers of 256 KiB. Once the output fills a buffer, a thread of its own
/// writes the buffers out, in order, while the filter goes on: writing to a pipe costs about as much as the filtering,
/// and this way the two share the machine's cores. Until then (a short trace, a <c>tail -f</c> that trickles) what is
/// gathered is written out as it is flushed, without a thread. There are four buffers, so memory stays bounded and a
/// slow reader slows the filter down; either side that has to wait for the other sleeps (a monitor, which does not
/// spin the way a semaphore does, taking the core the other side or the reader needs). A write that fails (the reader
/// has gone) stops the writing, and the filter's next call here throws what it threw.
/// </summary>
internal sealed class TraceOutput
{
    private const int Size = 256 * 1024;
    private const int Buffers = 4;

    private readonly Stream _stream;
    private readonly object _gate = new();
    private readonly Queue<(byte[] Buffer, int Count)> _full = new(Buffers);
    private readonly Stack<byte[]> _free = new(Buffers);
    private Thread? _writer;
    private bool _completing;
    private byte[] _buffer = new byte[Size];
    private int _count;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Creates the output on <paramref name="stream"/>.</summary>
    public TraceOutput(Stream stream) => _stream = stream;

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

    /// <summary>Writes out what is gathered, or hands it to the writing thread, which writes it without waiting for more.</summary>
    public void Flush()
    {
        Volatile.Read(ref _failure)?.Throw();
        if (_count == 0)
        {
            return;
        }

        if (_writer is null && _count < Size)
        {
            var count = _count;
            _count = 0;
            _stream.Write(_buffer, 0, count);
            _stream.Flush();
            return;
        }

        if (_writer is null)
        {
            for (var i = 1; i < Buffers; i++)
            {
                _free.Push(new byte[Size]);
            }

            _writer = new Thread(WriteOut) { IsBackground = true, Name = "sipstatus output" };
            _writer.Start();
        }

        lock (_gate)
        {
            _full.Enqueue((_buffer, _count));
            Monitor.PulseAll(_gate);
            while (_free.Count == 0)
            {
                Monitor.Wait(_gate);
            }

            _buffer = _free.Pop();
        }

        _count = 0;
    }

    /// <summary>Writes out everything, waits until it is written, flushes the stream and ends the writing thread.</summary>
    public void Complete()
    {
        try
        {
            Flush();
        }
        finally
        {
            lock (_gate)
            {
                _completing = true;
                Monitor.PulseAll(_gate);
            }

            _writer?.Join();
        }

        _failure?.Throw();
        _stream.Flush();
    }

    private void WriteOut()
    {
        while (true)
        {
            (byte[] Buffer, int Count) next;
            lock (_gate)
            {
                while (_full.Count == 0 && !_completing)
                {
                    Monitor.Wait(_gate);
                }

                if (_full.Count == 0)
                {
                    return;
                }

                next = _full.Dequeue();
            }

            if (Volatile.Read(ref _failure) is null)
            {
                try
                {
                    _stream.Write(next.Buffer, 0, next.Count);
                    _stream.Flush();
                }
                catch (Exception e)
                {
                    Volatile.Write(ref _failure, ExceptionDispatchInfo.Capture(e));
                }
            }

            lock (_gate)
            {
                _free.Push(next.Buffer);
                Monitor.PulseAll(_gate);
            }
        }
    }
}
