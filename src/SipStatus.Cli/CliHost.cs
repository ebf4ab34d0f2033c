using System;
using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace SipStatus.Cli;

/// <summary>
/// Everything the tool reads from and writes to: standard input and output as streams (the trace filter passes bytes
/// through untouched), standard error, whether they are terminals, the environment and the language. The console in
/// production; memory streams in tests.
/// </summary>
internal sealed class CliHost : IDisposable
{
    private readonly GuardedStream _output;
    private readonly Encoding _encoding;
    private readonly Func<string, string?> _environment;
    private readonly Func<Stream> _input;
    private readonly Func<TextWriter> _error;
    private readonly Action? _widenOutput;
    private Stream? _inputStream;
    private TextWriter? _errorWriter;
    private StreamWriter? _out;

    /// <summary>Creates a host.</summary>
    /// <param name="input">Opens standard input (only when it is read).</param>
    /// <param name="inputRedirected">Whether standard input is a pipe or a file rather than a terminal.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Gives standard error (only when something goes wrong).</param>
    /// <param name="outputIsTerminal">Whether standard output is a terminal (colour is used only then).</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="culture">The user's culture, which gives the default language (<see cref="UserLanguage"/>).</param>
    /// <param name="texts">The texts about the catalog.</param>
    /// <param name="encoding">The encoding of text output; UTF-8 without a byte order mark when null.</param>
    /// <param name="widenOutput">Makes standard output's pipe wider for bulk output (<see cref="WidenOutput"/>); none when null.</param>
    public CliHost(
        Func<Stream> input,
        bool inputRedirected,
        Stream output,
        Func<TextWriter> error,
        bool outputIsTerminal,
        Func<string, string?> environment,
        CultureInfo culture,
        ICatalogTexts texts,
        Encoding? encoding = null,
        Action? widenOutput = null)
    {
        _input = input;
        InputRedirected = inputRedirected;
        _output = new GuardedStream(output);
        _error = error;
        OutputIsTerminal = outputIsTerminal;
        _environment = environment;
        Language = UserLanguage(culture, environment);
        Texts = texts;
        _encoding = encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        _widenOutput = widenOutput;
    }

    /// <summary>Standard input.</summary>
    public Stream Input => _inputStream ??= _input();

    /// <summary>Whether standard input is a pipe or a file.</summary>
    public bool InputRedirected { get; }

    /// <summary>Standard output as bytes. Write text through <see cref="Out"/>, and flush it first.</summary>
    public Stream Output => _output;

    /// <summary>Standard output as text (buffered; flushed at the end and before bytes are written to <see cref="Output"/>).</summary>
    public TextWriter Out => _out ??= new StreamWriter(_output, _encoding, 4096, leaveOpen: true);

    /// <summary>Standard error.</summary>
    public TextWriter Error => _errorWriter ??= _error();

    /// <summary>Whether standard output is a terminal.</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>The user's language, the default of <c>--lang</c>.</summary>
    public SipLanguage Language { get; }

    /// <summary>The texts about the catalog.</summary>
    public ICatalogTexts Texts { get; }

    /// <summary>Whether writing to standard output failed: its reader has gone (a broken pipe).</summary>
    public bool OutputBroken => _output.Failed;

    /// <summary>The console of this process.</summary>
    public static CliHost ForConsole() => new(
        Console.OpenStandardInput,
        Console.IsInputRedirected,
        OpenStandardOutput(),
        () => Console.Error,
        !Console.IsOutputRedirected,
        Environment.GetEnvironmentVariable,
        CultureInfo.CurrentUICulture,
        CatalogTexts.Instance,
        OperatingSystem.IsWindows() && Console.OutputEncoding.CodePage != 65001 ? Console.OutputEncoding : null,
        () => OutputPipe.Widen(1));

    /// <summary>
    /// The user's language: the current UI culture's. Where the runtime has no culture data (invariant globalization,
    /// as the Native AOT tool is built, so that it needs no ICU) the current culture is the invariant one whatever the
    /// locale, and on Unix the language then comes from the locale variables, read as ICU reads them for .NET where it
    /// has culture data (uprv_getPOSIXIDForCategory in ICU's putil.cpp): the first of LC_ALL, LC_MESSAGES and LANG that
    /// is set, even to nothing, names the locale, <c>language[_territory][.codeset][@modifier]</c> (setlocale(3)), and
    /// its language decides; C, POSIX, an empty value and no variable at all give English.
    /// </summary>
    /// <param name="culture">The current UI culture.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <returns>The language.</returns>
    internal static SipLanguage UserLanguage(CultureInfo culture, Func<string, string?> environment)
    {
        if (culture.Name.Length > 0 || OperatingSystem.IsWindows())
        {
            return SipLanguage.FromCulture(culture);
        }

        var locale = environment("LC_ALL") ?? environment("LC_MESSAGES") ?? environment("LANG");
        if (locale is null)
        {
            return SipLanguage.English;
        }

        var end = locale.AsSpan().IndexOfAny('.', '@');
        return SipLanguage.FromTag(end < 0 ? locale : locale[..end]);
    }

    /// <summary>
    /// Before output of many bytes (the trace filter's): makes standard output's pipe wider where it can
    /// (<see cref="OutputPipe"/>); nothing in tests.
    /// </summary>
    public void WidenOutput() => _widenOutput?.Invoke();

    /// <summary>Reads an environment variable.</summary>
    public string? GetEnvironmentVariable(string name) => _environment(name);

    /// <summary>Writes out everything buffered in <see cref="Out"/>.</summary>
    public void Flush()
    {
        _out?.Flush();
        _output.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Flush();
        }
        catch (IOException) when (OutputBroken)
        {
            // Nobody is reading any more.
        }
    }

    /// <summary>
    /// Standard output. On Unix a pipe or terminal is written directly, so that a write to a pipe whose reader has
    /// gone fails (the console stream would pretend it succeeded, and a filter would read its input to the end for
    /// nobody). Files and everything on Windows go through the console stream.
    /// </summary>
    private static Stream OpenStandardOutput()
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
                if (!stream.CanSeek)
                {
                    return stream;
                }

                stream.Dispose();
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Not a usable descriptor: the console stream copes.
            }
        }

        return Console.OpenStandardOutput();
    }

    /// <summary>A write-only stream that remembers whether a write failed.</summary>
    private sealed class GuardedStream(Stream inner) : Stream
    {
        public bool Failed { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                inner.Write(buffer);
            }
            catch (IOException)
            {
                Failed = true;
                throw;
            }
        }

        public override void Flush()
        {
            try
            {
                inner.Flush();
            }
            catch (IOException)
            {
                Failed = true;
                throw;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
