using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace SipStatus.Cli;

/// <summary>
/// The trace filter's input, read by a thread of its own in chunks of whole lines (<see cref="TraceChunk"/>), each
/// scanned (<see cref="TraceScan"/>) as soon as it is read by a scanning thread, so that while the filter reads one
/// chunk's lines closely the next ones are being read and scanned on the machine's other core. The scan of a chunk
/// needs nothing of the others, so the filter's own thread scans one too when it would otherwise wait for the next
/// (<see cref="Next"/>): where the filter has little to do (<c>--only-responses</c>) the scan takes both cores, and
/// where it has much (the plain filter and <c>--json</c>) no second scanning thread takes turns with it for a core.
/// (With two scanning threads and no scan on the filter's thread, the plain filter took 0.369 s instead of 0.326 s on
/// the trace of scripts/measure-throughput.sh, docs/trace-filter-throughput.md. The thread pool scanned them before
/// that: its workers spun and yielded while they waited for work, and the process switched threads about twice as
/// often.) The filter takes the chunks in input order and gives each back when it is done with it. There are at most
/// <see cref="Chunks"/> chunks, so memory stays bounded and a slow filter slows the reading down. A chunk is handed on
/// as soon as a read returns, however short, so that lines that trickle in (<c>tail -f</c>) are not held back.
/// </summary>
internal sealed class TraceInput : IDisposable
{
    /// <summary>
    /// How much one read asks for. A mebibyte: with 256 KiB the filter's threads handed chunks to each other four times
    /// as often, and --only-responses took about a twentieth longer (measured side by side,
    /// docs/trace-filter-throughput.md).
    /// </summary>
    private const int ReadSize = 1024 * 1024;

    /// <summary>The most chunks there are: one being read, some being scanned, one being read closely.</summary>
    private const int Chunks = 6;

    /// <summary>The most the input is read ahead of the filter: every chunk full.</summary>
    internal const int MostReadAhead = Chunks * ReadSize;

    /// <summary>A chunk's bytes: what one read asks for, after the start of a line carried over from the chunk before.</summary>
    private const int ChunkSize = TraceFilter.MaxLineLength + ReadSize;

    private readonly Stream _stream;
    private readonly bool _everyLine;
    private readonly object _gate = new();

    /// <summary>
    /// Whether a read has filled its chunk: an input that long is likely to fill the others too, and the chunks made
    /// from then on share arrays in huge pages (<see cref="_hugeChunks"/>). A read of a file fills it; one of a pipe
    /// only when the pipe holds a mebibyte (by pipe(7) it holds 64 KiB unless made wider), and the chunks of a narrow
    /// pipe's reads touch no more than those reads' pages.
    /// </summary>
    private bool _filled;

    /// <summary>
    /// The bytes and lines of the chunks made after a read has filled its chunk, each chunk's in turn, in huge pages
    /// (<see cref="HugePages"/>): such chunks take a page fault for every 2 MiB, where they took one for every 4 KiB.
    /// Until then, as for every input that fits in a chunk, the chunks are arrays of their own, so that a short input
    /// touches no more memory than it needs and makes the garbage collector collect no sooner (allocating the huge
    /// arrays makes it collect once, which took about a millisecond and a half of a run's start on this machine).
    /// </summary>
    private (ArraySegment<byte> Bytes, ArraySegment<TraceEvent> Events)? _hugeChunks;
    private int _hugeChunksUsed;

    /// <summary>The chunks read and not yet taken, in input order.</summary>
    private readonly Queue<TraceChunk> _read = new(Chunks);
    private readonly Stack<TraceChunk> _free = new(Chunks);

    /// <summary>The chunks read and not yet taken to be scanned, in input order.</summary>
    private readonly Queue<TraceChunk> _toScan = new(Chunks);
    private int _created;
    private bool _stopped;

    /// <summary>Starts reading <paramref name="stream"/>; <paramref name="everyLine"/> lists every line (<see cref="TraceScan.Scan"/>).</summary>
    public TraceInput(Stream stream, bool everyLine)
    {
        _stream = stream;
        _everyLine = everyLine;
        new Thread(Read) { IsBackground = true, Name = "sipstatus input" }.Start();
        new Thread(ScanChunks) { IsBackground = true, Name = "sipstatus scan" }.Start();
    }

    /// <summary>
    /// The next chunk, scanned, in input order; when <paramref name="wait"/> is false, null if it is not ready yet.
    /// While it waits, the calling thread scans the chunks that the scanning thread has not taken yet, the oldest
    /// first. The last chunk has <see cref="TraceChunk.IsLast"/>; there is none after it.
    /// </summary>
    public TraceChunk? Next(bool wait)
    {
        while (true)
        {
            TraceChunk? unscanned = null;
            lock (_gate)
            {
                if (_read.Count > 0 && _read.Peek().Scanned)
                {
                    return _read.Dequeue();
                }

                if (!wait)
                {
                    return null;
                }

                if (_toScan.Count > 0)
                {
                    unscanned = _toScan.Dequeue();
                }
                else
                {
                    Monitor.Wait(_gate);
                }
            }

            if (unscanned is not null)
            {
                Scan(unscanned);
            }
        }
    }

    /// <summary>Gives a chunk back, to be read into again.</summary>
    public void Return(TraceChunk chunk)
    {
        lock (_gate)
        {
            _free.Push(chunk);
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// Stops the reading thread at its next chunk, and the scanning thread once nothing is left to scan (a read under
    /// way is not interrupted; the threads do not keep the process).
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
    }

    private void Read()
    {
        var carry = new byte[TraceFilter.MaxLineLength];
        var carried = 0;
        var overlong = false;
        while (Free() is { } chunk)
        {
            carry.AsSpan(0, carried).CopyTo(chunk.Buffer);
            int read;
            try
            {
                read = _stream.Read(chunk.Buffer.AsSpan(carried, ReadSize));
            }
            catch (Exception e)
            {
                chunk.Failure = ExceptionDispatchInfo.Capture(e);
                chunk.IsLast = true;
                Publish(chunk, scan: false);
                return;
            }

            _filled |= read == ReadSize;
            var length = carried + read;
            var lines = chunk.Buffer.AsSpan(0, length).LastIndexOf((byte)'\n') + 1;
            chunk.ContinuesOverlong = overlong;
            chunk.Lines = lines;
            // The bytes after the last line end are a line too long to look at when there are too many of them, or
            // when they go on one that was.
            var tailOverlong = length - lines > TraceFilter.MaxLineLength || (overlong && lines == 0);
            if (read == 0)
            {
                chunk.End = length;
                chunk.IsLast = true;
                chunk.HasLastLine = length > lines && !tailOverlong;
            }
            else if (tailOverlong)
            {
                chunk.End = length;
                carried = 0;
                overlong = true;
            }
            else
            {
                chunk.End = lines;
                carried = length - lines;
                chunk.Buffer.AsSpan(lines, carried).CopyTo(carry);
                overlong = false;
            }

            Publish(chunk, scan: true);
            if (read == 0)
            {
                return;
            }
        }
    }

    /// <summary>A chunk to read into, once there is one; null when the filter has stopped.</summary>
    private TraceChunk? Free()
    {
        lock (_gate)
        {
            while (_free.Count == 0 && _created == Chunks && !_stopped)
            {
                Monitor.Wait(_gate);
            }

            if (_stopped)
            {
                return null;
            }

            TraceChunk chunk;
            if (_free.Count > 0)
            {
                chunk = _free.Pop();
            }
            else
            {
                chunk = NewChunk();
                _created++;
            }

            chunk.EventCount = 0;
            chunk.DenseFrom = int.MaxValue;
            chunk.LineCount = 0;
            chunk.Scanned = false;
            chunk.IsLast = chunk.HasLastLine = chunk.ContinuesOverlong = false;
            return chunk;
        }
    }

    /// <summary>A chunk of arrays of its own until a read has filled its chunk, and of <see cref="_hugeChunks"/> after.</summary>
    private TraceChunk NewChunk()
    {
        if (!_filled)
        {
            return new TraceChunk(GC.AllocateUninitializedArray<byte>(ChunkSize), GC.AllocateUninitializedArray<TraceEvent>(TraceChunk.MaxEvents));
        }

        // The first chunk is made before any read: at most the others are made here.
        var (bytes, events) = _hugeChunks ??= (HugePages.Allocate<byte>((Chunks - 1) * ChunkSize), HugePages.Allocate<TraceEvent>((Chunks - 1) * TraceChunk.MaxEvents));
        var index = _hugeChunksUsed++;
        return new TraceChunk(bytes.Slice(index * ChunkSize, ChunkSize), events.Slice(index * TraceChunk.MaxEvents, TraceChunk.MaxEvents));
    }

    /// <summary>Queues a chunk for the filter, and to be scanned (by the scanning thread, or by the filter's while it waits).</summary>
    private void Publish(TraceChunk chunk, bool scan)
    {
        lock (_gate)
        {
            chunk.Scanned = !scan;
            _read.Enqueue(chunk);
            if (scan)
            {
                _toScan.Enqueue(chunk);
            }

            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The scanning thread: scans the chunks read, the oldest first, until the filter has stopped.</summary>
    private void ScanChunks()
    {
        while (true)
        {
            TraceChunk chunk;
            lock (_gate)
            {
                while (_toScan.Count == 0 && !_stopped)
                {
                    Monitor.Wait(_gate);
                }

                if (_toScan.Count == 0)
                {
                    return;
                }

                chunk = _toScan.Dequeue();
            }

            Scan(chunk);
        }
    }

    /// <summary>Scans a chunk taken off <see cref="_toScan"/>, on the thread that took it, and says so to the filter.</summary>
    private void Scan(TraceChunk chunk)
    {
        try
        {
            TraceScan.Scan(chunk, _everyLine);
        }
        catch (Exception e)
        {
            chunk.Failure = ExceptionDispatchInfo.Capture(e);
        }

        lock (_gate)
        {
            chunk.Scanned = true;
            Monitor.PulseAll(_gate);
        }
    }
}
