using System;
using System.IO;
using System.IO.Pipes;
using FluentAssertions;
using Xunit;

namespace SipStatus.Cli.Tests;

/// <summary>
/// The trace filter asks for a 1 MiB pipe on standard output (fcntl F_SETPIPE_SZ, Linux only): what the kernel says it
/// set is the reference.
/// </summary>
public class OutputPipeTests
{
    [Fact]
    public void A_pipe_is_widened_to_a_mebibyte_on_Linux_and_nothing_else_is_touched()
    {
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        var descriptor = (int)pipe.SafePipeHandle.DangerousGetHandle();
        var path = Path.GetTempFileName();
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
            var fileDescriptor = (int)file.SafeFileHandle.DangerousGetHandle();
            if (OperatingSystem.IsLinux())
            {
                OutputPipe.Widen(descriptor).Should().Be(1024 * 1024, "the kernel returns the capacity it set");
                OutputPipe.Widen(fileDescriptor).Should().Be(-1, "a file is no pipe");
            }
            else
            {
                OutputPipe.Widen(descriptor).Should().Be(-1, "only Linux has F_SETPIPE_SZ");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_trace_filter_widens_the_pipe_and_the_other_commands_do_not()
    {
        var widened = 0;
        var filter = new Tool { Stdin = "SIP/2.0 486 Busy Here\r\n"u8.ToArray(), WidenOutput = () => widened++ }.Invoke("-");
        filter.Out.Should().Contain("486 Busy Here  # ");
        widened.Should().Be(1, "the trace filter writes as many bytes as it reads");

        new Tool { WidenOutput = () => widened++ }.Invoke("486").Exit.Should().Be(0);
        widened.Should().Be(1, "explaining a code writes a few lines");
    }
}
