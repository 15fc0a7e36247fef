using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using WireIngest.Cli;
using WireIngest.Hosting;
using WireIngest.Tests.TestSupport;

namespace WireIngest.Tests.Cli;

[TestFixture]
public sealed class ProbeCommandTests
{
    private WorkerHarness _harness = null!;

    [SetUp]
    public void SetUp() => _harness = new WorkerHarness();

    [TearDown]
    public void TearDown() => _harness.Dispose();

    private static async Task<(int ExitCode, string Output)> ProbeAsync(params string[] args)
    {
        using var output = new StringWriter();
        int code = await CliApplication.CreateRootCommand().Parse(["probe", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        return (code, output.ToString());
    }

    /// <summary>A loopback port nothing listens on (bound, read back, released).</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [TestCase("/healthz", ExitCodes.Success, "answered 200")]
    [TestCase("/nothing-here", ExitCodes.Fatal, "answered 404")]
    [CancelAfter(60_000)]
    public async Task Probe_Url_ExitsZeroOnlyOn200(string path, int expectedCode, string expectedOutput, CancellationToken cancellationToken)
    {
        using IHost worker = WorkerHost.Build(_harness);
        await using HealthEndpointClient endpoint = await HealthEndpointClient.StartAsync(worker);

        (int code, string output) = await ProbeAsync("--url", new Uri(endpoint.Address, path).ToString());

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(expectedCode));
            Assert.That(output, Does.Contain(expectedOutput));
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Probe_NoUrl_UsesTheConfiguredPortOnLoopback(CancellationToken cancellationToken)
    {
        using IHost worker = WorkerHost.Build(_harness);
        await using HealthEndpointClient endpoint = await HealthEndpointClient.StartAsync(worker);

        (int code, string output) = await ProbeAsync("--WireIngest:Health:Port=" + endpoint.Address.Port);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(output, Does.Contain($"http://127.0.0.1:{endpoint.Address.Port}/healthz answered 200"));
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Probe_NothingListening_ExitsOneSayingSo(CancellationToken cancellationToken)
    {
        (int code, string output) = await ProbeAsync("--url", $"http://127.0.0.1:{FreePort()}/healthz");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
            Assert.That(output, Does.Contain("did not answer"));
        });
    }

    [Test]
    public async Task Probe_EndpointOff_ExitsOneNamingTheSetting()
    {
        (int code, string output) = await ProbeAsync("--WireIngest:Health:Port=0");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
            Assert.That(output, Does.Contain("WireIngest:Health:Port"));
        });
    }

    [TestCase("127.0.0.1:8080/healthz")]
    [TestCase("ftp://127.0.0.1/healthz")]
    public async Task Probe_MalformedUrl_ExitsOneNamingTheOption(string url)
    {
        (int code, string output) = await ProbeAsync("--url", url);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Fatal));
            Assert.That(output, Does.StartWith($"probe: --url '{url}' is not an absolute http(s) URL"));
        });
    }

    [TestCase("0.0.0.0", 8080, "http://127.0.0.1:8080/healthz")]
    [TestCase("*", 8080, "http://127.0.0.1:8080/healthz")]
    [TestCase("::", 9000, "http://[::1]:9000/healthz")]
    [TestCase("localhost", 8080, "http://localhost:8080/healthz")]
    [TestCase("10.0.0.7", 8081, "http://10.0.0.7:8081/healthz")]
    [TestCase("fd00::7", 8081, "http://[fd00::7]:8081/healthz")]
    public void LocalUrl_ListenAddress_IsReachableFromTheSameMachine(string address, int port, string expected)
    {
        var options = new HealthOptions { Address = address, Port = port };

        Assert.That(options.LocalUrl("/healthz"), Is.EqualTo(new Uri(expected)));
    }

    [Test]
    public void LocalUrl_PortZero_IsNull() => Assert.That(new HealthOptions { Port = 0 }.LocalUrl("/healthz"), Is.Null);
}
