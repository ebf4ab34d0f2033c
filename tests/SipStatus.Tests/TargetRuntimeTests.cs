using System;
using System.Reflection;
using System.Runtime.Versioning;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The suite runs once per shipped target it can load (net10.0 and net8.0): each run must test that target's build of
/// the library on that target's own runtime, not a roll-forward onto a newer one.
/// </summary>
public class TargetRuntimeTests
{
#if NET10_0
    private const int Expected = 10;
#elif NET8_0
    private const int Expected = 8;
#endif

    [Fact]
    public void The_suite_runs_on_the_runtime_of_its_target()
    {
        Environment.Version.Major.Should().Be(Expected);
    }

    [Fact]
    public void The_library_under_test_is_the_build_for_that_target()
    {
        var framework = typeof(SipStatusCatalog).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();
        framework.Should().NotBeNull();
        framework!.FrameworkName.Should().Be($".NETCoreApp,Version=v{Expected}.0");
    }
}
