using System;
using System.IO;
using System.Text.RegularExpressions;

namespace SipStatus.Tests;

/// <summary>The files of TestData/, copied beside the test assembly: sources quoted verbatim and checked facts.</summary>
internal static class TestFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static string ReadAll(string name) => File.ReadAllText(PathOf(name));

    public static string[] ReadLines(string name) => File.ReadAllLines(PathOf(name));

    /// <summary>A file's text with its line breaks and indentation folded to single spaces, to find a sentence in.</summary>
    public static string Prose(string name) => Regex.Replace(ReadAll(name), @"\s+", " ");
}
