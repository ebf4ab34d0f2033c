using System;
using System.Reflection;
using System.Runtime.Versioning;
using FluentAssertions;
using Xunit;

namespace SipStatus.Tests;

/// <summary>
/// The suite runs once per shipped target: the net10.0 and net8.0 builds each on their own runtime (not a roll-forward
/// onto a newer one), and the netstandard2.0 build on .NET 10 (SipStatus.Tests.NetStandard compiles these sources).
/// </summary>
public class TargetRuntimeTests
{
#if NETSTANDARD_BUILD
    private const int Expected = 10;
    private const string ExpectedLibrary = ".NETStandard,Version=v2.0";
#elif NET10_0
    private const int Expected = 10;
    private const string ExpectedLibrary = ".NETCoreApp,Version=v10.0";
#elif NET8_0
    private const int Expected = 8;
    private const string ExpectedLibrary = ".NETCoreApp,Version=v8.0";
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
        framework!.FrameworkName.Should().Be(ExpectedLibrary);
    }
}
