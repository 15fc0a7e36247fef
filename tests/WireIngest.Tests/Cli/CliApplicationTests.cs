using System.CommandLine;
using WireIngest.Cli;

namespace WireIngest.Tests.Cli;

[TestFixture]
public sealed class CliApplicationTests
{
    private static string Invoke(params string[] args)
    {
        using var output = new StringWriter();
        int code = CliApplication.CreateRootCommand().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = output });
        Assert.That(code, Is.Zero, output.ToString());
        return output.ToString();
    }

    [TestCase("ingest", "--jsonl", "--url", "PATH")]
    [TestCase("run", "samples/inbox")]
    public void Help_EveryVerb_DescribesItsUsage(string verb, params string[] expected)
    {
        string help = Invoke(verb, "--help");

        Assert.That(expected, Has.All.Matches<string>(help.Contains));
    }

    [Test]
    public void Help_Root_ListsEveryVerb()
    {
        string help = Invoke("--help");

        Assert.That(help, Does.Contain("ingest").And.Contain("run"));
    }
}
