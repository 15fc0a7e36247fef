using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Context;
using WireIngest.Hosting;

namespace WireIngest.Tests.Hosting;

[TestFixture]
[NonParallelizable]
public sealed class WireIngestHostLoggingTests
{
    [TestCase(true, true, "Stderr")]
    [TestCase(true, false, "Stderr")]
    [TestCase(false, true, "Json")]
    [TestCase(false, false, "Text")]
    public void ChooseFormat_VerbAndTerminal_PicksTheConsoleFormat(bool dataOnStdout, bool outputRedirected, string expected) =>
        Assert.That(WireIngestHost.ChooseFormat(dataOnStdout, outputRedirected).ToString(), Is.EqualTo(expected));

    [Test]
    public void ConfigureLogger_Json_WritesOneCompactEventPerLineOnStdoutWithScopeProperties()
    {
        IConfiguration configuration = new ConfigurationBuilder().Build();
        TextWriter original = Console.Out;
        using var stdout = new StringWriter();
        Console.SetOut(stdout);
        try
        {
            using (Serilog.Core.Logger logger = WireIngestHost.ConfigureLogger(new LoggerConfiguration(), configuration, LogConsoleFormat.Json).CreateLogger())
            using (LogContext.PushProperty("Source", "inbox"))
            {
                logger.Information("{ArticleId} stored\nwith a line break", "abc");
                logger.Warning("second");
            }
        }
        finally
        {
            Console.SetOut(original);
        }

        string[] lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(first.RootElement.GetProperty("ArticleId").GetString(), Is.EqualTo("abc"));
            Assert.That(first.RootElement.GetProperty("Source").GetString(), Is.EqualTo("inbox"));
            Assert.That(first.RootElement.TryGetProperty("@t", out _), Is.True);
        });
    }
}
