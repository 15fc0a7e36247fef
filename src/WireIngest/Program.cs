using System.CommandLine;
using Serilog;
using WireIngest.Cli;
using WireIngest.Hosting;

Log.Logger = WireIngestHost.CreateBootstrapLogger();
try
{
    // SIGTERM cancels the verb; the worker then drains within its own WireIngest:Pipeline:ShutdownTimeout (at most 10 minutes),
    // so the parser's default of 2 seconds before it gives up on the verb would cut that short.
    var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromMinutes(11) };
    return await CliApplication.CreateRootCommand().Parse(args).InvokeAsync(invocation).ConfigureAwait(false);
}
catch (Exception ex)
{
    Log.Fatal(ex, "wireingest stopped on an unhandled error");
    return ExitCodes.Fatal;
}
finally
{
    await Log.CloseAndFlushAsync().ConfigureAwait(false);
}
