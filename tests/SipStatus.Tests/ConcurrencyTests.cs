using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>The catalog's data is safe to share from the first use on: raced by eight threads in a fresh process.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void Eight_threads_making_the_first_use_at_once_all_read_the_same_data()
    {
        var (exit, output, error) = ChildProcess.Run(Program.ConcurrencyProbe);
        error.Should().BeEmpty();
        exit.Should().Be(0);
        output.Should().StartWith("accounts=1\n", "every thread read the same data");
        foreach (var entry in Registry.Entries)
        {
            output.Should().Contain($"\n{entry.Code} {entry.ReasonPhrase}\n", "the registry's phrase for {0}", entry.Code);
        }

        output.Should().Contain("\nBusy Here=486\n").And.Contain("\nNot Acceptable=406,606\n");
        output.Should().Contain("\n486|Busy Here\n").And.Contain("\n200| OK\n").And.Contain("\n431|x\n");
        output.Should().Contain("\n17>BusyHere\n").And.Contain("\n16>-\n").And.Contain("\n44>-\n").And.Contain("\n30>ServerInternalError\n");
    }
}
